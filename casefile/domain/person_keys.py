"""One key per person within a fold of a case's reports.

The fold keys each fact on the person it is about: "John Smith" and "Smith" are one person
when only one full name ends in that surname; a name variant a person split off (a
correction) keys on itself alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from casefile.domain.events import PersonSplit

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def name_words(name: str | None) -> list[str]:
    return list(_name_words(name or ""))


@lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _SUFFIXES)


def person_splits(events: Iterable[Any]) -> tuple[str, ...]:
    """The name variants a person split off as people of their own (`Case.PersonSplit`) and
    did not join back (a `PersonSplit` with `undone`), from the case's events in recorded
    order."""
    split: dict[str, str] = {}
    for event in sorted(
        (e for e in events if isinstance(e, PersonSplit)),
        key=lambda e: e.originator_version,
    ):
        if getattr(event, "undone", False):
            split.pop(_split_key(event.name), None)
        else:
            split[_split_key(event.name)] = event.name
    return tuple(sorted(split.values()))


def _split_key(name: str | None) -> str:
    """A split variant's own key: every word of the name as written, suffixes too
    ("shane james sr" is not "shane james jr")."""
    return "split:" + " ".join(re.findall(r"[a-z0-9]+", (name or "").lower()))


class PersonNames:
    """Resolves the names of one fold to one key per person.

    A full name keys on first and last word; a surname alone joins the only full name that
    ends in it (if there is exactly one), so "Smith" and "John Smith" are one person. A name
    variant a person split off (`splits`, see `person_splits`) keys on itself alone.
    """

    def __init__(self, names: Iterable[str | None], splits: Iterable[str] = ()) -> None:
        self._by_surname: dict[str, set[str]] = {}
        self._display: dict[str, str] = {}
        self._splits = {_split_key(name) for name in splits}
        for name in names:
            words = name_words(name)
            if len(words) >= 2:
                key = self._full_key(name, words)
                self._by_surname.setdefault(words[-1], set()).add(key)
                shown = self._display.get(key, "")
                if name and len(name) > len(shown):
                    self._display[key] = name

    def _full_key(self, name: str | None, words: list[str]) -> str:
        # Only called with a full name; a split variant keys on itself.
        if self._splits:
            split = _split_key(name)
            if split in self._splits:
                return split
        return f"{words[0]} {words[-1]}"

    def key(self, name: str | None) -> str:
        words = name_words(name)
        if not words:
            return ""
        if len(words) >= 2:
            return self._full_key(name, words)
        if self._splits and _split_key(name) in self._splits:
            return _split_key(name)
        full = self._by_surname.get(words[-1], set())
        return next(iter(full)) if len(full) == 1 else words[-1]

    def shown(self, key: str, name: str) -> str:
        """How a person keyed `key` is shown: the fullest form seen, else `name` as given."""
        return self._display.get(key, name)

    def display(self, name: str | None) -> str | None:
        """The fullest form of the person's name seen in this fold."""
        return self._display.get(self.key(name), name)
