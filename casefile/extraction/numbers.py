"""Numbers as news style writes them: digits and the number words ("three counts")."""

from __future__ import annotations

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


def number_value(word: str) -> int | None:
    """The integer a digit string or number word stands for."""
    word = word.lower().strip()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


NUMBER_KEYS = key_words(*"0123456789", *CARDINALS)
