"""Amounts of money in a sentence ("$2 million", "$500,000 cash"), as whole dollars."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casefile.extraction.numbers import NUMBER_WORDS
from casefile.extraction.patterns import compile_scan

_MONEY = compile_scan(
    # The scale may be joined by a hyphen, as some papers write it: "$2-million bail".
    r"\$\s?(\d[\d,]*(?:\.\d+)?)(?:(?:\s*|-)(million|billion|thousand|[mk])\b)?"
    r"|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|one hundred"
    r"|\d+(?:\.\d+)?)\s+(million|thousand|hundred thousand)\s+dollars\b"
    # "500,000 dollars", "a million-dollar bond"
    r"|\b(\d{1,3}(?:,\d{3})+|\d+)\s+dollars\b"
    r"|\b(?:a|one)\s+(million)[\s-]dollar\b",
    re.IGNORECASE,
)
# Amounts in other currencies, as outlets outside the US give bail and fines: the stated
# figure, whatever the currency ("€1,000", "£5,000", "₹50,000", "Rs 5 lakh", "R10 000").
# The rand's "R" only before digits grouped by thousands (a comma or a space) or a scale:
# "R5 rifles", "the R21 highway" are no sums.
_OTHER_MONEY = compile_scan(
    r"(?:[€£₹]|\bRs\.?\s?|\bR(?=\d{1,3}(?:[ ,\u00a0]\d{3})+(?![\d,])|\d+(?:\.\d+)?\s*"
    r"(?:million|billion|bn|m)\b))"
    # (grouped by thousands; by lakhs too, as Indian papers write "₹1,20,000")
    r"(\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,])|\d+(?:\.\d+)?)"
    r"(?:(?:\s*|-)(million|billion|bn|thousand|lakh|crore|[mk])\b)?",
    re.IGNORECASE,
)
_OTHER_GATE = re.compile(r"[€£₹]|\bRs|\bR\d")
_SCALE = {
    "million": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "thousand": 1_000,
    "k": 1_000,
    "hundred thousand": 100_000,
    "bn": 1_000_000_000,
    "lakh": 100_000,
    "crore": 10_000_000,
}
_WORD_VALUES = {"twenty": 20, "fifty": 50, "a hundred": 100, "one hundred": 100}
# A minus sign right before the amount, itself after a space or an opening (not a range's
# hyphen, "$5,000-$10,000"); digits grouped by thousands, or not at all.
_NEGATIVE = re.compile(r"(?:\A|[\s(\[])[-\u2212\u2013]\Z")
_WELL_GROUPED = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?,?")


@dataclass(frozen=True, slots=True)
class Money:
    start: int
    end: int
    amount: int


def find_money(sentence: str) -> list[Money]:
    """Amounts of money: '$2 million', '$250,000', 'one million dollars', 'S$150,000', and
    the stated figure of other currencies: '€1,000', 'R10 000', 'Rs 5 lakh'."""
    found: list[Money] = []
    if _OTHER_GATE.search(sentence):
        for match in _OTHER_MONEY.finditer(sentence):
            value = float(re.sub(r"[,\s]", "", match.group(1)))
            scale = _SCALE.get((match.group(2) or "").lower(), 1)
            found.append(Money(match.start(), match.end(), round(value * scale)))
    if "$" not in sentence and "dollar" not in sentence.lower():
        return found
    others, found = found, []
    for match in _MONEY.finditer(sentence):
        if _NEGATIVE.search(sentence[max(0, match.start() - 2) : match.start()]):
            continue  # "-$500,000": not an amount to keep without its sign
        if match.group(5):  # "500,000 dollars"
            found.append(Money(match.start(), match.end(), int(match.group(5).replace(",", ""))))
            continue
        if match.group(6):  # "a million-dollar bond"
            found.append(Money(match.start(), match.end(), 1_000_000))
            continue
        if match.group(1):
            if not _WELL_GROUPED.fullmatch(match.group(1)):
                continue  # "$5,00,0": malformed, not read as some other amount
            value = float(match.group(1).replace(",", ""))
            scale = _SCALE.get((match.group(2) or "").lower(), 1)
        else:
            word = match.group(3).lower()
            value = (
                float(word) if word[0].isdigit() else _WORD_VALUES.get(word) or NUMBER_WORDS[word]
            )
            scale = _SCALE[match.group(4).lower()]
        found.append(Money(match.start(), match.end(), round(value * scale)))
    return sorted(others + found, key=lambda money: money.start) if others else found
