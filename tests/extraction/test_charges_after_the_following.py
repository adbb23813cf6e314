"""A list of charges introduced by "the following:" after any charging, plea or verdict verb
("a complaint accuses Oren Vasko of the following: arson and theft", "pleaded guilty to the
following:") is read after the colon, with the status the verb gives. "The following" with no
colon names no list. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A criminal complaint accuses Oren Vasko, 41, of the following: arson and theft.",
            {("Oren Vasko", "arson", "filed"), ("Oren Vasko", "theft", "filed")},
        ),
        (
            "Oren Vasko, 41, pleaded guilty to the following: forgery and identity theft.",
            {("Oren Vasko", "forgery", "convicted"), ("Oren Vasko", "identity theft", "convicted")},
        ),
        (
            "A jury convicted Oren Vasko, 41, of the following: burglary; and criminal mischief.",
            {
                ("Oren Vasko", "burglary", "convicted"),
                ("Oren Vasko", "criminal mischief", "convicted"),
            },
        ),
        # Near miss: "following" with no colon is no list's opening.
        (
            "Oren Vasko, 41, was charged with arson following a fire at his own shop.",
            {("Oren Vasko", "arson", "filed")},
        ),
    ],
)
def test_charges_after_the_following(text: str, expected: set) -> None:
    assert charges_of(text) == expected
