"""Suspects the report does not name, tied to the story's own killing: in a story of a
killing, each unnamed suspect it does not tell taken into custody or charged is the
killing's suspect ("Police are searching for the two gunmen"), or its person of interest where
the report calls the unknown so and never a suspect. One link for each of the dead, named
where the report names them. Named suspects are tied by `link_fallback.py`; a charge ends the
link, as it does theirs. The driver sought after a fatal crash ("looking for the driver of a
pickup after a woman was struck and killed") is no killing's suspect, as a named one is not."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.unnamed_suspects import CUSTODY

# The sentence that tells of an unnamed suspect says he was taken or charged ("he and his
# brother were indicted"), not that he is still free ("has not been arrested").
_TAKEN = re.compile(r"\b(?<!not )(?<!not been )" + CUSTODY + r"\b", re.IGNORECASE)
_SUSPECT_WORD = re.compile(r"\bsuspects?\b", re.IGNORECASE)
_INTEREST = re.compile(r"\bpersons?\s+of\s+interest\b", re.IGNORECASE)
_DRIVER = re.compile(r"\bdrivers?\b", re.IGNORECASE)
_CRASH = re.compile(
    r"\b(?:crash|collision|hit-and-run|struck (?:and killed )?by (?:a|an|the) )", re.I
)


def unnamed_links(text: str, suspects: list[Fact], facts: list[Fact]) -> list[Fact]:
    """The links of the unnamed suspects in `suspects` to the killing the `facts` tell of
    (none if the report tells of no one killed, or ties an unnamed suspect already)."""
    unnamed = [s for s in suspects if s.fields["name"] is None]
    dead = [f for f in facts if f.kind == "VictimReported" and f.fields["outcome"] == "killed"]
    if not unnamed or not dead:
        return []
    if any(f.kind == "LinkedToHomicide" and f.fields["person"] is None for f in facts):
        return []
    unnamed_facts = [f for f in facts if f.fields.get("person", "") is None]
    taken = sum(1 for f in unnamed_facts if f.kind == "ArrestMade" and not f.fields["prior"])
    if any(f.kind in ("ChargeFiled", "CourtEventReported") for f in unnamed_facts):
        taken = max(taken, 1)
    relation = (
        "person of interest"
        if _INTEREST.search(text) and not _SUSPECT_WORD.search(_INTEREST.sub("", text))
        else "suspect"
    )
    return [
        Fact(
            "LinkedToHomicide",
            {
                "person": None,
                "relation": relation,
                "victim": victim.fields["name"],
                "details": None,
            },
            suspect.evidence,
        )
        for suspect in unnamed[taken:]
        if not _TAKEN.search(suspect.evidence.quote)
        and not (_DRIVER.search(suspect.evidence.quote) and _CRASH.search(text))
        for victim in dead
    ]
