"""The one a fraud was done to ("charges that they swindled Ann Lee") is a victim, never a
suspect, even when the report names her first. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

LEAD = "Ada Strand was 74 when a man knocked on her door offering to fix her roof. "


@pytest.mark.parametrize(
    "verb", ["swindled", "defrauded", "scammed", "bilked", "cheated", "conned"]
)
def test_the_one_defrauded_is_no_suspect(verb: str) -> None:
    text = (
        LEAD + f"On Thursday, Rob Kinnear, 46, and his wife, Tess Kinnear, 43, pleaded not "
        f"guilty to charges that they {verb} Strand and 140 other homeowners. The couple is "
        "charged with wire fraud."
    )
    assert {name for name, _ in suspects_of(text)} == {"Rob Kinnear", "Tess Kinnear"}
