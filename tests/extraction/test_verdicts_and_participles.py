"""Who a verdict or a plea told by a participle is about, and terms told before "after":
"convicted Bo Tran and his brother, Ali Tran, of murder", "went to prison after pleading
guilty to manslaughter" (the clause's subject pleaded), "sentenced to eight years after
pleading guilty" (a term, not a time), a party word in the plural before names ("Defendants
Ann Lee and Bo Tran"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, court_of, facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jury convicted Tobin Searle and his brother, Arlo Searle, of murder.",
            {("Tobin Searle", "murder", "convicted"), ("Arlo Searle", "murder", "convicted")},
        ),
        (
            "Tobin Searle went to prison after pleading guilty to manslaughter.",
            {("Tobin Searle", "manslaughter", "convicted")},
        ),
        (
            "Tobin Searle will spend eight years in prison after pleading guilty to manslaughter.",
            {("Tobin Searle", "manslaughter", "convicted")},
        ),
        # The clause's subject, not a name between it and the participle.
        (
            "Tobin Searle testified against Mae Ruddock after pleading guilty to manslaughter.",
            {("Tobin Searle", "manslaughter", "convicted")},
        ),
        (
            "Defendants Lucia Orne and Pavel Rusk each face one count of conspiracy to commit "
            "wire fraud.",
            {
                ("Lucia Orne", "conspiracy to commit wire fraud", "filed"),
                ("Pavel Rusk", "conspiracy to commit wire fraud", "filed"),
            },
        ),
    ],
)
def test_who_a_verdict_or_a_participle_is_about(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tobin Searle testified against Mae Ruddock after pleading guilty to manslaughter.",
            {("Tobin Searle", "plea", None)},
        ),
        (
            "Tobin Searle, 30, of Elton, was released after appearing in court Monday.",
            {("Tobin Searle", "appearance", "2024-03-11")},
        ),
    ],
)
def test_a_session_told_by_a_participle_is_the_subjects(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tobin Searle, 30, was sentenced to eight years after pleading guilty to manslaughter.",
            {("Tobin Searle", "prison", 8)},
        ),
        (
            "Tobin Searle, 30, received 15 years after a jury convicted him of robbery.",
            {("Tobin Searle", "prison", 15)},
        ),
        # A time after an event is still no term.
        ("Tobin Searle, 30, was sentenced in 2010, two years after being arrested.", set()),
        (
            "Tobin Searle, 30, was sentenced to 12 years. He was arrested two days after the "
            "shooting.",
            {("Tobin Searle", "prison", 12)},
        ),
    ],
)
def test_a_term_told_before_after(text: str, expected: set) -> None:
    found = {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}
    assert found == expected
