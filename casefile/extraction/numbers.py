"""Numbers as news style writes them: digits and the number words ("three counts")."""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words

# The number words news style spells out ("three counts", "killing six people").
CARDINALS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)  # fmt: skip
NUMBER_WORDS = {
    **{word: value for value, word in enumerate(CARDINALS, start=1)},
    "a": 1,
    "an": 1,
    "single": 1,
    "both": 2,
    "double": 2,
    "a pair of": 2,
    "a dozen": 12,
}
NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Numbers spelled out to ninety-nine, as terms ("twenty-five years") and ages at a sentence's
# start ("Nineteen-year-old Bo Tran") are written.
SPELLED_ONES = (
    *CARDINALS, "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
SPELLED_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED_VALUES = {
    **{word: n for n, word in enumerate(SPELLED_ONES, start=1)},
    **{word: 10 * n for n, word in enumerate(SPELLED_TENS, start=2)},
}


def spelled_value(words: str) -> int | None:
    """The integer a spelled-out number stands for ("thirty-four", "twenty five"), or None."""
    parts = re.split(r"[\s-]+", words.lower().strip())
    if not all(part in _SPELLED_VALUES for part in parts):
        return None
    return sum(_SPELLED_VALUES[part] for part in parts)


def number_value(word: str) -> int | None:
    """The integer a digit string or number word stands for."""
    word = word.lower().strip()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


NUMBER_KEYS = key_words(*"0123456789", *CARDINALS)
