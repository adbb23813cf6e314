"""A report that counts the case among its kind back to an earlier one ("the second capital
case since Ann Lee stood trial") tells of another case after "since": the one named there is
no suspect of this one, whatever was done to him. A "since" that tells only when, or follows
no count of cases, leaves the clause the case's. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

CHARGED = "Cal Dorrin, 27, is charged with capital murder in the fatal shooting of a trooper. "
DORRIN = {("Cal Dorrin", 27): 1}


@pytest.mark.parametrize(
    ("text", "suspects"),
    [
        (
            CHARGED + "It is only the second capital case in the city since Rusk Feeney stood "
            "trial for killing a grocer.",
            DORRIN,
        ),
        (
            CHARGED + "It is the county's first death-penalty prosecution since Maren Yost was "
            "convicted of killing two clerks.",
            DORRIN,
        ),
        (
            CHARGED + "This is only the third capital trial in the state since a jury sent "
            "Ruben Azar to death row.",
            DORRIN,
        ),
        (
            CHARGED + "The killing was the town's first homicide since Pella Sund was charged "
            "with shooting her husband.",
            DORRIN,
        ),
        # Near misses: no count of cases before "since", or one the case's own people are in.
        (
            CHARGED + "Dorrin has been held since Teddy Voss was arrested with him and charged "
            "with murder.",
            {("Cal Dorrin", 27): 1, ("Teddy Voss", None): 1},
        ),
        (
            CHARGED + "It was his first court appearance since Teddy Voss was charged with "
            "helping him.",
            {("Cal Dorrin", 27): 1, ("Teddy Voss", None): 1},
        ),
    ],
)
def test_case_counted_since_another(text: str, suspects: dict) -> None:
    assert dict(suspects_of(text)) == suspects
