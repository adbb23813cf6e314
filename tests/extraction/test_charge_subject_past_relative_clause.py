"""A subject's relative clause between it and its charge verb may name someone else ("Ann Lee,
26, of Elton, who sold Cy Hall the pills, pleaded guilty to"): the plea is the subject's, not
that other person's nor the suspect named before. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_BEFORE = "Jurors found Bo Tran guilty of delivery of a controlled substance. "


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, 26, of Elton, who gave Cy Hall the pills, pleaded no contest in July to "
        "delivery of a controlled substance and was sentenced to probation.",
        "Ann Lee, 26, who sold Cy Hall the pills, pleaded guilty to delivery of a controlled "
        "substance.",
    ],
)  # fmt: skip
def test_the_subject_pleads(text: str) -> None:
    assert ("Ann Lee", "delivery of a controlled substance", "convicted") in charges_of(
        _BEFORE + text
    )


def test_the_one_in_the_clause_is_charged_when_the_verb_is_his() -> None:
    text = _BEFORE + "Ann Lee, a witness, said Cy Hall, 30, was charged with theft."
    assert ("Cy Hall", "theft", "filed") in charges_of(text)
    assert not any(p == "Ann Lee" for p, _, _ in charges_of(text))
