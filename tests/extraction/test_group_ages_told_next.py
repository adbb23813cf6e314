"""A counted group of unnamed suspects whose ages the next sentence gives ("Two teenagers have
been charged ... The boys, aged 15 and 17, cannot be named", "They are 19 and 22") gives each
member his age, quoted with both sentences. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two teenagers have been charged after a boy was stabbed in Eastby. The boys, "
            "aged 15 and 17, cannot be named for legal reasons.",
            {(None, 15): 1, (None, 17): 1},
        ),
        (
            "Two men were arrested in the robbery of a Corwen pharmacy. They are 19 and 22.",
            {(None, 19): 1, (None, 22): 1},
        ),
        # Near miss: the ages are of others, not told of the group.
        (
            "Two men were arrested in the robbery of a Corwen pharmacy. Their victims were 19 "
            "and 22.",
            {(None, None): 2},
        ),
    ],
)
def test_group_ages_told_next(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected


def test_the_quote_holds_the_count_and_the_ages() -> None:
    text = "Two men were arrested in the robbery. They are 19 and 22."
    quotes = {f["evidence"]["quote"] for f in facts_of("SuspectIdentified", text)}
    assert quotes == {text}
