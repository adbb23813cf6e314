"""Who in a story only speaks for it: officials, spokespeople, prosecutors, judges, lawyers,
reporters and experts.

Such people never tie two articles to one case: a police spokesperson speaks for every crime
of a town, a judge hears many cases, a defence lawyer has many clients. Grouping marks a
person a speaker when the text gives them such a role, before the name ("defense attorney
Ana Ruiz", "police spokesman Lt. ...": the capitalised titles are read with the name, the
lower-case roles here) or in an apposition after it ("Ana Ruiz, a spokeswoman for the
police", "Ana Ruiz, who represents the family"). The extracted facts outrank this: a person
the facts make a suspect or victim stays one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

_ROLE = (
    r"(?:spokes(?:man|woman|person)|public information officer|prosecutor|district attorney"
    r"|attorney|lawyer|counsel|defender|judge|magistrate|justice|reporter|correspondent"
    r"|editor|journalist|columnist|expert|professor|analyst|researcher|criminologist"
    r"|psychologist|consultant|official|detective|investigator|sergeant|lieutenant"
    r"|captain|chief|sheriff|commissioner|superintendent|coroner"
    r"|medical examiner|mayor|councilman|councilwoman|council member|spokesperson|director"
    r"|advocate|representative|clerk|warden)"
)
# Right before the name: "defense attorney", "police spokeswoman", "said prosecutor".
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}s?\s*,?\s*$", re.IGNORECASE)
# An apposition right after the name: ", a police spokeswoman", ", who represents ...",
# ", the county's chief medical examiner", ", an assistant district attorney".
_ROLE_AFTER = re.compile(
    rf"^\s*,\s*(?:(?:a|an|the|who\s+is|who\s+was)\s+)?(?:[\w'’.-]+\s+){{0,5}}?{_ROLE}s?\b"
    r"|^\s*,\s*who\s+(?:represents|is\s+representing|prosecut\w*|presid\w*)\b",
    re.IGNORECASE,
)
# How far before and after a mention the role is looked for.
_BEFORE, _AFTER = 40, 80


def speaks_for_the_story(text: str, name: str) -> bool:
    """Whether the text gives the person named `name` (as written) a role that only speaks
    for a story (see the module), at any of the places it writes the name in full."""
    at = text.find(name)
    while at >= 0:
        if _role_at(text, name, at):
            return True
        at = text.find(name, at + len(name))
    return False


def _role_at(text: str, name: str, at: int) -> bool:
    before = text[max(0, at - _BEFORE) : at]
    after = text[at + len(name) : at + len(name) + _AFTER]
    # Only the clause of the mention: an apposition ends at the next full stop.
    after = after.split(". ", 1)[0]
    return bool(_ROLE_BEFORE.search(before) or _ROLE_AFTER.search(after))


# A text longer than this has the places of all its names found in one pass.
_ONE_PASS_CHARS = 100_000


class StorySpeakers:
    """`speaks_for_the_story` for the names of one text, each read once. A long text (a
    digest naming hundreds of people) is read once for all its names by an automaton, rather
    than once per name, which grew with text x names."""

    def __init__(self, text: str, names: Iterable[str]) -> None:
        self.text = text
        self._read: dict[str, bool] = {}
        self._starts: dict[str, list[int]] | None = None
        if len(text) > _ONE_PASS_CHARS:
            self._starts = _starts_of(text, {name for name in names if name})

    def __call__(self, name: str) -> bool:
        found = self._read.get(name)
        if found is None:
            if self._starts is None or name not in self._starts:
                found = speaks_for_the_story(self.text, name)
            else:
                found = any(_role_at(self.text, name, at) for at in self._starts[name])
            self._read[name] = found
        return found


def _starts_of(text: str, names: set[str]) -> dict[str, list[int]]:
    """Where `text` writes each of `names`, as `str.find` from the end of the one before
    finds them (occurrences of one name do not overlap)."""
    starts: dict[str, list[int]] = {name: [] for name in names}
    if not names:
        return starts
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    ends: dict[str, int] = {}
    for end, name in automaton.iter(text):  # in order of end, so of start for one name
        start = end - len(name) + 1
        if start >= ends.get(name, 0):
            starts[name].append(start)
            ends[name] = end + 1
    return starts
