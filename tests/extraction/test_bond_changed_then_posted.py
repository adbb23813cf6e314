"""A bond changed and then posted in one sentence: "reduced bond for Bo Tran from $250,000 to
$40,000, and he posted it within hours" posts the amount it was changed to, not the one it
was (which stays set, as the project reads "from ... to"). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

CHARGED = "Bo Tran, 22, was charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "The judge reduced bond for Bo Tran, 22, from $250,000 cash to $40,000, "
            "and he posted it within hours.",
            {
                ("Bo Tran", 250000, "set"),
                ("Bo Tran", 40000, "reduced"),
                ("Bo Tran", 40000, "posted"),
            },
        ),
        (
            CHARGED
            + "The judge raised his bond from $50,000 to $400,000, which he posted Tuesday.",
            {
                ("Bo Tran", 50000, "set"),
                ("Bo Tran", 400000, "raised"),
                ("Bo Tran", 400000, "posted"),
            },
        ),
        # near miss: a change with nothing posted
        (
            CHARGED + "The judge reduced his bond from $250,000 to $40,000.",
            {("Bo Tran", 250000, "set"), ("Bo Tran", 40000, "reduced")},
        ),
    ],
)
def test_the_changed_amount_is_the_one_posted(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
