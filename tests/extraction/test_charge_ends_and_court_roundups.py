"""Where a charge's name ends when an adverb opens the act it is for ("for nearly striking"),
or the paper holding the counts follows ("counts on which a grand jury indicted her"); and a
court round-up after the story ("In other Talbridge County court news, ...") is another
matter. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, terms_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, 53, pleaded guilty to reckless endangerment for nearly striking Tia Reese.",
            {("Ann Lee", "reckless endangerment", "convicted")},
        ),
        (
            "Ann Lee, 53, pleaded guilty. Prosecutors dismissed the first-degree murder and "
            "attempted first-degree murder counts on which a grand jury indicted her.",
            {
                ("Ann Lee", "first-degree murder", "dropped"),
                ("Ann Lee", "attempted first-degree murder", "dropped"),
            },
        ),
        # Near miss: a count's own "of" stays.
        ("Ann Lee, 53, was charged with two counts of theft.", {("Ann Lee", "theft", "filed")}),
    ],
)
def test_where_a_charge_name_ends(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_a_court_roundup_after_the_story_is_another_matter() -> None:
    text = (
        "Ann Lee, 53, was sentenced to 25 years in prison. In other Talbridge County court "
        "news, a Harlow man was sentenced Monday to 18 months for thefts."
    )
    assert terms_of(text) == {("Ann Lee", "prison", 25)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brad Eck, 28, was convicted of two counts of felony death by vehicle and driving "
            "while impaired.",
            {
                ("Brad Eck", "felony death by vehicle", "convicted"),
                ("Brad Eck", "driving while impaired", "convicted"),
            },
        ),
        # Near miss: a death told by its means, no offence.
        ("Brad Eck, 28, was sentenced for the death by drowning of his son.", set()),
    ],
)
def test_a_death_a_code_names_by_its_means(text: str, expected: set) -> None:
    assert charges_of(text) == expected
