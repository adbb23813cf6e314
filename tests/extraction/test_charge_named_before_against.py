"""A charge named before the one it is against ("the murder charge against him") is his
charge whatever the clause does with it: a judge sends it on, a court finds cause for it, a
lawyer calls it weak. A charge named only by a word that is no offence ("the new charge"), or
one still sought, is not read so. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEDE = "Deputies arrested Lars Okafor, 44, last week. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "After two witnesses spoke, the judge sent the second-degree murder charge "
            "against Okafor on to a grand jury.",
            {("Lars Okafor", "second-degree murder", "filed")},
        ),
        (
            _LEDE + "A magistrate found probable cause for the burglary charges against Okafor.",
            {("Lars Okafor", "burglary", "filed")},
        ),
        (
            _LEDE + "His lawyer called the aggravated arson charge against him thin.",
            {("Lars Okafor", "aggravated arson", "filed")},
        ),
        (
            _LEDE + "The kidnapping count against Okafor will be heard in the spring.",
            {("Lars Okafor", "kidnapping", "filed")},
        ),
        # near misses: the charge named by no offence; a charge still sought; one dismissed
        (_LEDE + "The new charge against Okafor surprised his family.", set()),
        (
            _LEDE + "Detectives are seeking a robbery charge against Okafor.",
            {("Lars Okafor", "robbery", "expected")},
        ),
        (
            _LEDE + "A judge dismissed the theft charge against Okafor on Monday.",
            {("Lars Okafor", "theft", "dropped")},
        ),
    ],
)
def test_a_charge_named_before_the_one_it_is_against(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected
