"""A victim described with a clause without "who" that tells the care the accused gave ("a
7-month-old girl she had been babysitting was hospitalized", "a boy he was coaching was
hurt") is the one harmed. Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of


def test_child_she_was_babysitting_was_hospitalized() -> None:
    text = (
        "A 22-year-old Fenwick woman was arrested Monday after a 5-month-old boy she had been "
        "babysitting was hospitalized with a broken arm, police said."
    )
    assert (None, "5-month-old boy", "injured") in described_victims_of(text)


def test_girl_he_was_caring_for_suffered_burns() -> None:
    text = (
        "A Fenwick man was charged Tuesday after a 3-year-old girl he was caring for suffered "
        "burns to her hands, deputies said."
    )
    assert (None, "3-year-old girl", "injured") in described_victims_of(text)


def test_child_she_was_babysitting_who_only_called_is_no_victim() -> None:
    # near miss: the care clause, then no harm told of the child
    text = (
        "A 22-year-old Fenwick woman was arrested Monday on a drug charge. A 9-year-old boy she "
        "had been babysitting was with relatives, police said."
    )
    assert all("boy" not in description for _, description, _ in described_victims_of(text))
