"""A pronoun opening a sentence means the suspect the sentence before told of, not one named
only as an object inside a relative clause about that suspect ("... Ann Lee, 21, of Elmwood,
whom prosecutors accuse of driving Bo Tran to the bank. She was arrested ...": Lee;
extraction/cast_references.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in

_TRAN = "Bo Tran, 24, appeared in court Tuesday on robbery charges. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _TRAN + "The getaway car belongs to Ann Lee, 21, of Elmwood, whom prosecutors accuse "
            "of driving Tran to and from the bank. She was arrested July 8.",
            ["Ann Lee"],
        ),
        (
            "Bo Tran, 24, was charged with robbery. Prosecutors also charged his cousin, Cal Ng, "
            "19, who they say hid Tran in his apartment. He was arrested Friday.",
            ["Cal Ng"],
        ),
        # Near misses: names joined in one clause leave the pronoun to the one told last, and
        # a pronoun passes over the one the report tells is of the other gender.
        (
            _TRAN + "The car belongs to Ann Lee, 21, and was seen near the bank with Tran. He "
            "was arrested July 8.",
            ["Bo Tran"],
        ),
        (
            _TRAN + "The car belongs to a Lorain woman, Ann Lee, 21, whom prosecutors accuse of "
            "lending it to Tran. He was arrested July 8.",
            ["Bo Tran"],
        ),
    ],
)
def test_a_pronoun_passes_over_an_object_in_a_relative_clause(text: str, expected: list) -> None:
    assert arrested_in(text) == expected
