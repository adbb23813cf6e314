"""Someone told as wanted is arrested when the sentence goes on to tell his surrender, however
long the description of what he is wanted in ("The driver wanted in Monday's hit-and-run that
killed a road worker walked into the police station and gave himself up Wednesday"); one only
wanted, or who has not surrendered, is not (extraction/custody_words.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The driver wanted in Sunday's hit-and-run that left a crossing guard dead near "
            "Orchard Road walked into the Kellerton police station and gave himself up "
            "Wednesday, troopers said.",
            [None],
        ),
        (
            "Cal Voss, 34, wanted on a warrant in last week's robbery of a pawn shop on Elm "
            "Street in Marlow, turned himself in at the county jail Friday.",
            ["Cal Voss"],
        ),
        (
            "A woman wanted in the arson of a church on the east side of Brantley last month "
            "surrendered to deputies on Tuesday morning.",
            [None],
        ),
        # Near misses: wanted, and not yet in custody.
        ("Cal Voss, 34, is wanted in the robbery of a pawn shop on Elm Street.", []),
        (
            "Cal Voss, 34, wanted in the robbery of a pawn shop, has not turned himself in.",
            [],
        ),
    ],
)
def test_wanted_then_surrendered(text: str, expected: list) -> None:
    assert arrested_in(text) == expected
