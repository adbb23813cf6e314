"""A name before "murder conviction" (or charge, sentence, appeal) is the defendant's, as a
headline tells it ("Appeals court upholds Voss murder conviction"): no one killed; "the Voss
murder" still names the dead. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

BODY = (
    "\n\nThe appeals court on Tuesday affirmed the second-degree murder conviction of Dale "
    "Voss in the 2022 shooting death of Abe Lund in Marlow."
)


@pytest.mark.parametrize(
    "headline",
    ["Appeals court upholds Voss murder conviction", "Judge rejects Voss murder appeal"],
)
def test_murder_conviction_is_the_defendants(headline: str) -> None:
    assert [name for name, _, _ in victims_of(headline + BODY)] == ["Abe Lund"]


def test_the_name_before_murder_is_the_dead() -> None:
    # near miss: "Lund murder" with nothing after it tells whose death it was
    text = "Arrest made in Lund murder" + BODY
    assert [name for name, _, _ in victims_of(text)] == ["Abe Lund"]
