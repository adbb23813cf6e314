"""Charges prosecutors will not bring: a charge told before that they "declined to file"
is dropped, one they "will not seek" or "declined to file" against someone charged with
nothing else is none; and a session custody waits for ("held pending her arraignment on
Monday") lies ahead. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of, charges_of, court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Idris Kale, 45, was charged with theft. The district attorney's office later "
            "declined to file the theft charge.",
            {("Idris Kale", "theft", "dropped")},
        ),
        (
            "Idris Kale, 45, was charged with theft and burglary. Prosecutors decided not to "
            "file the burglary charge.",
            {("Idris Kale", "theft", "filed"), ("Idris Kale", "burglary", "dropped")},
        ),
        (
            "Idris Kale, 45, was charged with theft. Prosecutors declined to file the charge.",
            {("Idris Kale", "theft", "dropped")},
        ),
        # Charges never filed are none, whether named after "file" or after "charges of".
        (
            "Idris Kale, 45, was arrested. Prosecutors declined to file murder charges "
            "against Kale.",
            set(),
        ),
        (
            "Idris Kale, 45, was arrested. Prosecutors said they will not file charges of "
            "assault against Kale.",
            set(),
        ),
        (
            "Idris Kale, 45, was arrested. Prosecutors will not seek a murder charge against Kale.",
            set(),
        ),
        # ... and a charge they will bring is still expected.
        (
            "Idris Kale, 45, was arrested. Prosecutors will seek a murder charge against Kale.",
            {("Idris Kale", "murder", "expected")},
        ),
    ],
)
def test_charges_prosecutors_will_not_bring(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Idris Kale, 28, was charged with fraud. She is being held in the county jail "
            "pending her arraignment on Monday.",
            {("Idris Kale", "arraignment", "2024-03-18")},
        ),
        (
            "Idris Kale, 28, was charged with fraud. She is held pending a detention hearing on "
            "Friday.",
            {("Idris Kale", "hearing", "2024-03-15")},
        ),
    ],
)
def test_a_session_custody_waits_for_lies_ahead(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pending trial" waits for no day: the arrest told after it keeps its own, behind.
        (
            "Idris Kale, 30, was charged with murder. He has been held pending trial since his "
            "arrest on Monday.",
            {("Idris Kale", "2024-03-11", False)},
        ),
    ],
)
def test_custody_pending_trial_dates_no_session_ahead(text: str, expected: set) -> None:
    assert arrests_of(text) == expected
