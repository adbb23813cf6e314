"""Places and precision: when one wording of a value says what another says, more precisely.

"412 Elm St." lies within "the 400 block of Elm Street", which lies on "Elm Street";
"Springfield, Ill." says what "Springfield" says. The fold keeps the more precise of two such
values, and the audit calls them refinements rather than disagreements.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_STREET_TYPES = {
    "st": "street",
    "street": "street",
    "ave": "avenue",
    "av": "avenue",
    "avenue": "avenue",
    "rd": "road",
    "road": "road",
    "blvd": "boulevard",
    "boulevard": "boulevard",
    "dr": "drive",
    "drive": "drive",
    "ln": "lane",
    "lane": "lane",
    "ct": "court",
    "court": "court",
    "pl": "place",
    "place": "place",
    "ter": "terrace",
    "terrace": "terrace",
    "hwy": "highway",
    "highway": "highway",
    "pkwy": "parkway",
    "parkway": "parkway",
    "way": "way",
    "circle": "circle",
    "square": "square",
    "turnpike": "turnpike",
}
_NAME_WORD = r"(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))"
_STREET = re.compile(
    rf"(?:(?P<block>\d+)\s+block\s+of\s+(?:the\s+)?|(?P<number>\d+)(?:-\d+)?\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+"
    rf"(?P<type>(?i:{'|'.join(sorted(_STREET_TYPES, key=len, reverse=True))}))\b\.?"
)


def find_street_place(text: str) -> tuple[int, int] | None:
    """Where `text` names a place on a street ("412 Elm St.", "the 400 block of Elm Street")."""
    match = _STREET.search(text)
    if match is None:
        return None
    # A full stop after a spelt-out street type ends the sentence; after "St" it is the word's.
    spelt_out = match["type"].lower() == _STREET_TYPES[match["type"].lower()]
    return match.start(), match.end() - (spelt_out and match.group().endswith("."))


@dataclass(frozen=True)
class StreetPlace:
    """A place on a street: the street, and a house number or a hundred block if given."""

    street: str
    number: int | None = None
    block: int | None = None

    @classmethod
    def parse(cls, text: str) -> StreetPlace | None:
        match = _STREET.search(text)
        if match is None:
            return None
        street = f"{' '.join(words(match['name']))} {_STREET_TYPES[match['type'].lower()]}"
        number, block = match["number"], match["block"]
        return cls(street, int(number) if number else None, int(block) if block else None)

    def within(self, other: StreetPlace) -> bool:
        """Whether this place lies within `other` (the same, or more precise)."""
        if self.street != other.street:
            return False
        if other.number is not None:
            return self.number == other.number
        if other.block is not None:
            if self.number is not None:
                return self.number // 100 * 100 == other.block
            return self.block == other.block
        return True


def refines(precise: Any, general: Any) -> bool:
    """Whether `precise` says what `general` says, as precisely or more (so both can be true)."""
    if isinstance(precise, str) and isinstance(general, str):
        return precise == general or _text_refines(precise, general)
    return precise == general


# Folds ask this of the same few wordings over and over (a charge, a place, a name).
@lru_cache(maxsize=8192)
def _text_refines(precise: str, general: str) -> bool:
    places = StreetPlace.parse(precise), StreetPlace.parse(general)
    if places[0] and places[1]:
        return places[0].within(places[1])
    return set(words(general)) - _FUNCTION_WORDS <= set(words(precise))


# Words that carry no content of their own: "a recent homicide in Springfield" says nothing
# that "a recent Springfield homicide on Elm Street" does not.
_FUNCTION_WORDS = frozenset({"a", "an", "the", "in", "on", "at", "of", "that", "which", "who"})


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", folded)
