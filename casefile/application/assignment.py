"""Which case an article belongs to, when the user does not say.

An article joins the existing case that shares a suspect with it (same first and last name,
or the same surname where one side gives only the surname). Otherwise it opens a new case
with a readable id, `<place>-<surname>-<year>`: the dateline's city (or the suspect's
residence), the main suspect's surname, the publication year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from casefile.domain.facts import Fact
from casefile.domain.state import name_words

_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'\- ]{2,40}?)\s*,\s*(?:[A-Z][a-zA-Z]{1,6}\.?)", re.MULTILINE
)


@dataclass(frozen=True)
class Assignment:
    case_id: str
    is_new: bool
    reason: str


def suspect_names(facts: Sequence[Fact]) -> list[str]:
    """Suspects' names in order of first mention (the fullest form of each)."""
    names: list[str] = []
    for fact in sorted(facts, key=lambda f: f.evidence.start):
        if fact.kind == "VictimReported":
            continue
        name = (
            fact.fields.get("name")
            if fact.kind == "SuspectIdentified"
            else fact.fields.get("person")
        )
        if name and name not in names:
            names.append(name)
    full = [n for n in names if len(name_words(n)) >= 2]
    return full + [n for n in names if len(name_words(n)) < 2 and not _covered(n, full)]


def match_case(names: Sequence[str], people_by_case: dict[str, set[str]]) -> tuple[str, str] | None:
    """The existing case sharing the most suspects with the article, and why; None if none does."""
    best: tuple[int, str, str] | None = None
    for case_id in sorted(people_by_case):
        shared = [n for n in names if any(_same_person(n, p) for p in people_by_case[case_id])]
        if shared and (best is None or len(shared) > best[0]):
            best = (len(shared), case_id, ", ".join(shared))
    if best is None:
        return None
    return best[1], f"shares {best[2]} with case {best[1]}"


def new_case_id(text: str, facts: Sequence[Fact], year: int | None, taken: set[str]) -> str:
    names = suspect_names(facts)
    victims = [
        f.fields["name"] for f in facts if f.kind == "VictimReported" and f.fields.get("name")
    ]
    person = (names or victims or ["unknown"])[0]
    parts = [_place(text, facts), name_words(person)[-1] if name_words(person) else "unknown"]
    if year:
        parts.append(str(year))
    base = _slug("-".join(parts))
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _place(text: str, facts: Sequence[Fact]) -> str:
    dateline = _DATELINE.search(text[:800])
    if dateline:
        return dateline.group(1)
    for fact in facts:
        if fact.kind == "SuspectIdentified" and fact.fields.get("residence"):
            return str(fact.fields["residence"])
    return "case"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _same_person(a: str, b: str) -> bool:
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    return len(wa) < 2 or len(wb) < 2 or wa[0] == wb[0]


def _covered(surname_only: str, full_names: Sequence[str]) -> bool:
    return any(_same_person(surname_only, full) for full in full_names)
