"""Harm a report tells beside its case is another incident's: harm told from a month or a
date right after a tally of the place's harm ("Marlow has recorded 19 homicides this year. In
October, 34-year-old Al Roe was killed"), an open case a tally counts ("Among the unsolved
cases is the Feb. 17 killing of ..."), and the harm the case is told as coming after ("It
comes a fortnight after 17-year-old Al Roe was stabbed to death"). Harm told from the case's
own day after a tally is still the case's. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of

LEAD = (
    "A 30-year-old man was shot dead outside a bar on Keel Street, police said. "
    "Bo Tran, 38, of Marlow, is charged with murder. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Marlow has recorded 19 homicides this year. In February, 34-year-old Al Roe was killed "
        "in a shooting on Ferry Road.",
        "Robberies in the county are down 9% this year, according to police data. On March 2, "
        "clerk Al Roe, 47, was shot and killed during a robbery at a gas station.",
        "The Fire Department says 14 fires have been set in the city this year. In January, "
        "71-year-old Al Roe died in a blaze on Mill Lane.",
        "Police say 58% of the county's homicides this year have been solved. Among the unsolved "
        "cases is the Feb. 17 killing of 19-year-old Al Roe on Ferry Road.",
        "It comes a fortnight after 17-year-old Al Roe was stabbed to death in Westfield.",
        "The shooting came two days after Al Roe, 22, was wounded on Ferry Road.",
    ],
)
def test_harm_told_beside_the_case(text: str) -> None:
    assert ("Al Roe", "killed") not in outcomes_of(LEAD + text)
    assert ("Al Roe", "injured") not in outcomes_of(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the case's own day after a tally, and no tally before the month
        "Marlow has recorded 19 homicides this year. On Saturday, Al Roe, 30, was killed in "
        "a shooting on Keel Street.",
        "The bar had been quiet for years. In the shooting, Al Roe, 30, was killed.",
    ],
)
def test_harm_of_the_case_after_a_sentence(text: str) -> None:
    assert ("Al Roe", "killed") in outcomes_of(LEAD + text)
