"""A sentence that tells an earlier matter and then, in a clause of its own told as now, the
charge of this case ("was freed from jail last year ..., and he now faces a capital murder
charge") files that charge: the earlier matter ends at the clause. A charge told inside the
earlier matter's own clause stays a record. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

KILLED = "Two men were found shot dead in a Calder home on Monday. "
NAMED = " Pascal Edevane, 29, was booked into the county jail on Tuesday."


def _charges(text: str) -> set[tuple[str | None, str, str]]:
    return {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            KILLED + "The man accused of the killings had been released from prison last year, "
            "records show, and he now faces a capital murder charge." + NAMED,
            {("Pascal Edevane", "capital murder", "filed")},
        ),
        (
            KILLED + "Pascal Edevane, 29, was released from prison in 2021, and he now faces "
            "two counts of murder. Edevane is held in the Calder County jail.",
            {("Pascal Edevane", "murder", "filed")},
        ),
        (
            KILLED + "Pascal Edevane, 29, was paroled in 2021, but he is now charged with murder. "
            "Edevane is held in the Calder County jail.",
            {("Pascal Edevane", "murder", "filed")},
        ),
        # near miss: the charge inside the earlier matter's own clause
        (
            KILLED + "Pascal Edevane, 29, was charged with burglary in 2019 and served a year "
            "in jail. Edevane is held in the Calder County jail.",
            set(),
        ),
    ],
)
def test_present_charge_after_an_earlier_matter(text: str, expected: set) -> None:
    assert _charges(text) == expected
