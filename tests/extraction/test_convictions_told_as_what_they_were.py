"""Convictions told as what they were ("The convictions were for kidnapping and arson", "His
conviction was for assault") name the charges he was convicted on; "the convictions" after a
sentence of this case are this case's, but after a record they are the record's. On sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _charges(text: str) -> set[tuple[str, str, str]]:
    return {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Judge Ira Kell sentenced Dale Munro, 40, to 30 years in prison on Monday. The "
            "convictions were for kidnapping and arson.",
            {"kidnapping", "arson"},
        ),
        (
            "A jury found Dale Munro, 40, guilty on Monday. His conviction was for second-degree "
            "assault, prosecutors said.",
            {"second-degree assault"},
        ),
        (
            "Dale Munro, 40, was sentenced to 30 years in prison. The convictions are for robbery "
            "and burglary.",
            {"robbery", "burglary"},
        ),
    ],
)
def test_convictions_told_as_what_they_were(text: str, charges: set[str]) -> None:
    assert _charges(text) == {("Dale Munro", c, "convicted") for c in charges}


def test_the_convictions_of_a_record_are_no_charge() -> None:
    # near miss: "the convictions" point back at his record
    text = (
        "Dale Munro, 40, was charged with robbery on Monday. Convictions for theft and assault "
        "were read into the record. Two of the convictions were for burglary."
    )
    assert _charges(text) == {("Dale Munro", "robbery", "filed")}
