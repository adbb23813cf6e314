"""A charge in a killing told with its full date ("was indicted last year in the Jan. 8, 2023,
shooting death of Abe Lund") reads as one told by the month alone: when the dead is none of
the case's, the accused is charged in a further killing, and its dead is no victim of the
case. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of

CASE = (
    "Rolf Dane, 24, pleaded guilty Monday to second-degree murder in the March 3, 2023, "
    "death of Ike Morrow, 40. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Dane was indicted last year in the Jan. 8, 2023, shooting death of Abe Lund, 19.",
        "Dane was indicted last year in the Jan. 8 shooting death of Abe Lund, 19.",
    ],
)
def test_charged_in_a_killing_dated_with_its_year(told: str) -> None:
    assert link_relations_of(CASE + told) == [("Rolf Dane", "charged", "Abe Lund")]


def test_the_case_own_killing_dated_with_its_year() -> None:
    # near miss: the killing the case is about, told with its year, is no further link
    text = "Rolf Dane, 24, was indicted in the March 3, 2023, shooting death of Ike Morrow, 40."
    assert link_relations_of(text) == []
