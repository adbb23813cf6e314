"""A witness who takes the stand at a hearing ("took the stand at his preliminary hearing",
"took the witness stand during a bond hearing") testifies at that hearing, no trial; taking the
stand in one's own defense or at a trial is a trial's. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

LEAD = "Bo Tran, 50, faces a murder charge, accused of shooting Cy Dunn to death last year. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Two witnesses took the stand at his preliminary hearing Monday.",
        "A detective took the witness stand during a bond hearing on Friday.",
        "The victim's mother took the stand Tuesday at Tran's sentencing hearing.",
    ],
)
def test_stand_taken_at_a_hearing_is_no_trial(sentence: str) -> None:
    assert not {k for _, k, _ in court_of(LEAD + sentence) if k == "trial"}


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the stand of a trial
        "Tran took the stand in his own defense on Tuesday.",
        "A detective took the stand Tuesday at Tran's trial.",
    ],
)
def test_stand_taken_at_a_trial_is_its_session(sentence: str) -> None:
    assert ("Bo Tran", "trial", "2024-03-12") in court_of(LEAD + sentence)
