"""An arrest dated by its year on a charge told as since dropped ("was arrested in March 2022
on a theft charge that was later dismissed") is an earlier matter: a prior arrest, and the
dropped charge no charge of this case. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of, facts_of

CASE = (
    "Rolf Dane, 31, of Marlow is charged with second-degree murder in the death of Ike "
    "Morrow, 40. A judge ordered him held without bond Monday. "
)


def _charges(text: str) -> set[tuple[str, str]]:
    return {(f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}


@pytest.mark.parametrize(
    "told",
    [
        "Court records show Dane was arrested in March 2022 on a theft charge that was later "
        "dismissed.",
        "Prosecutors noted that Dane was arrested in 2019 on a gun charge in Kent County that "
        "was later dropped.",
    ],
)
def test_arrest_on_a_charge_since_dropped(told: str) -> None:
    text = CASE + told
    assert arrests_of(text) == {("Rolf Dane", None, True)}
    assert _charges(text) == {("second-degree murder", "filed")}


def test_this_cases_arrest_and_its_charge_dropped() -> None:
    # near miss: the case's own arrest, its charge dropped after, told with no year
    text = (
        "Rolf Dane, 31, was arrested Monday on a murder charge that was later dropped, "
        "prosecutors said."
    )
    assert arrests_of(text) == {("Rolf Dane", "2024-03-11", False)}
