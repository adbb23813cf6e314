"""Which reports are one fact, and what a later report of it may change.

Each kind of fact has a key (a charge: the person and the charge's words without "one count
of"); reports with the same key are one known fact. A later report overrides a field only with
a value that says as much (`merge_report`); an undated report of an arrest joins the one dated
report of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from casefile.domain.events import FactReported
from casefile.domain.person_keys import PersonNames, name_words
from casefile.domain.places import refines

if TYPE_CHECKING:
    from casefile.domain.state import KnownFact

CATEGORIES: dict[str, str] = {
    "SuspectIdentified": "suspects",
    "ArrestMade": "arrests",
    "ChargeFiled": "charges",
    "BondSet": "bonds",
    "LinkedToHomicide": "homicide_links",
    "VictimReported": "victims",
    "CourtEventReported": "court",
    "SentenceImposed": "sentences",
    "CriminalHistoryReported": "criminal_history",
    "IncidentReported": "incidents",
}


_CHARGE_NOISE = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:counts?|charges?)\s+of\s+|^(?:a|an|the)\s+"
)


def normalise_charge(charge: str | None) -> str:
    words = " ".join(re.findall(r"[a-z0-9]+", (charge or "").lower()))
    previous = None
    while previous != words:
        previous, words = words, _CHARGE_NOISE.sub("", words)
    return words


NAME_FIELDS = {
    kind: ("name" if kind == "SuspectIdentified" else "person")
    for kind in CATEGORIES
    if kind not in ("VictimReported", "IncidentReported")
}


def names_in(counted: Iterable[tuple[FactReported, dict[str, Any]]]) -> Iterable[str | None]:
    for event, fields in counted:
        if event.fact_kind == "SuspectIdentified":
            yield fields["name"]
        elif event.fact_kind != "VictimReported":
            yield fields.get("person")


# Wording fields keep the first report's words: a later report of the same charge in other
# words ("one count of robbery") is the same fact, not a change.
_WORDING_FIELDS = {"charge", "description"}


# Free-text descriptions ("a recent homicide in the city"): another report's different words
# for the same thing are not a change; only words that say more (a refinement) replace them.
_DESCRIPTION_FIELDS = {"details"}


# A charge's status moves on from expected to filed to a verdict: a later report that says
# only that the charge was filed (or expected), as background to a story, undoes no verdict.
_CHARGE_STAGES = {"expected": 0, "filed": 1, "convicted": 2, "acquitted": 2}


def merge_report(current: dict[str, Any], later: dict[str, Any]) -> None:
    """A later report overrides a field only with a value (an unstated age is not a correction),
    and not with a less precise form of the value known ("Elm Street" after "412 Elm St."),
    nor a charge's verdict with an earlier stage of the charge."""
    for name, value in later.items():
        known = current.get(name)
        if value is None or (name in _WORDING_FIELDS and known):
            continue
        if name == "status" and _CHARGE_STAGES.get(value, 9) < _CHARGE_STAGES.get(known, -1):
            continue
        if isinstance(known, str) and isinstance(value, str) and refines(known, value):
            continue
        if name in _DESCRIPTION_FIELDS and known and not refines(value, known):
            continue
        current[name] = value


def _victim_key(fields: dict[str, Any], people: PersonNames) -> tuple[Any, ...]:
    if fields.get("name"):
        return ("named", tuple(name_words(fields["name"])[-1:]))
    words = name_words(fields.get("description"))
    return ("unnamed", words[-1] if words else "")


_KEYS: dict[str, Callable[[dict[str, Any], PersonNames], tuple[Any, ...]]] = {
    "SuspectIdentified": lambda f, p: (p.key(f["name"]),),
    "ArrestMade": lambda f, p: (p.key(f["person"]), bool(f["prior"]), f["date"]),
    "ChargeFiled": lambda f, p: (p.key(f["person"]), normalise_charge(f["charge"])),
    "BondSet": lambda f, p: (p.key(f["person"]), f["amount"], f["status"]),
    "LinkedToHomicide": lambda f, p: (
        p.key(f["person"]),
        tuple(name_words(f["victim"])[-1:]) or None,
    ),
    "VictimReported": _victim_key,
    "CourtEventReported": lambda f, p: (p.key(f["person"]), f["kind"], f["date"]),
    "SentenceImposed": lambda f, p: (p.key(f["person"]), f["kind"], f["years"]),
    "CriminalHistoryReported": lambda f, p: (p.key(f["person"]),),
    # One incident per date: the wording of what and where varies from outlet to outlet.
    "IncidentReported": lambda f, p: (f["date"],),
}


def join_undated_arrests(
    arrests: dict[tuple[Any, ...], KnownFact],
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """An undated report of an arrest is the same arrest as the one dated report of it, if only
    one. The keys joined, each to the key it joined."""
    joined = {}
    for key in [k for k in arrests if k[2] is None]:
        dated = [k for k in arrests if k[:2] == key[:2] and k[2] is not None]
        if len(dated) == 1:
            arrests[dated[0]].join(arrests.pop(key))
            joined[key] = dated[0]
    for fact in arrests.values():
        fact.sort_sources()
    return joined


def keyed(
    event: FactReported, reported: dict[str, Any], people: PersonNames
) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """A counted report's fields as the fold holds them (people by their fullest name) and the
    key of the fact it reports."""
    fields = dict(reported)
    for name_field in ("person", "name"):
        if name_field in fields and event.fact_kind != "VictimReported":
            fields[name_field] = people.display(fields[name_field])
    return fields, _KEYS[event.fact_kind](fields, people)
