"""Fact kinds: what a news report can tell us about a case, and the quote that supports it.

A `Fact` is a value: the kind of fact (the event type of DESIGN.md), its fields, and the
evidence quote with character offsets into the article text. Extraction produces facts;
the `Case` aggregate stores each as one event; the state fold reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Field names of every fact kind, in the order DESIGN.md lists them. This table is the one
# place that says which fields a kind has; events, JSON output and extraction follow it.
FACT_FIELDS: dict[str, tuple[str, ...]] = {
    "SuspectIdentified": ("name", "age", "residence"),
    "ArrestMade": ("person", "date", "prior"),
    "ChargeFiled": ("person", "charge", "status"),
    "BondSet": ("person", "amount", "status"),
    "LinkedToHomicide": ("person", "relation", "victim", "details"),
    "VictimReported": ("name", "description", "age", "outcome"),
    "CourtEventReported": ("person", "kind", "date"),
    # A punishment a court imposed: `years` the term (months / 12, days / 365, 4 decimals);
    # "N years to life" is kind life with years N; null for life without parole, death, a fine.
    "SentenceImposed": ("person", "kind", "years"),
    # Beyond DESIGN.md's core kinds: what a report says of the suspect's record.
    "CriminalHistoryReported": ("person", "prior_arrests", "offenses"),
    # The incident itself: what happened, when and where (a street, block or address as worded).
    "IncidentReported": ("description", "date", "location"),
}

# The same names as sets, for the check every new fact makes (extraction makes thousands).
_FIELD_NAMES = {kind: frozenset(names) for kind, names in FACT_FIELDS.items()}

CHARGE_STATUSES = ("filed", "expected", "dropped", "convicted", "acquitted")
BOND_STATUSES = ("set", "denied", "posted", "reduced", "raised", "revoked")
HOMICIDE_RELATIONS = (
    "person of interest",
    "suspect",
    "believed responsible",
    "expected to be charged",
    "charged",
)
VICTIM_OUTCOMES = ("killed", "injured", "unharmed")
COURT_KINDS = (
    "arraignment",
    "hearing",
    "appearance",
    "indictment",
    "plea",
    "trial",
    "sentencing",
    "other",
)
SENTENCE_KINDS = ("prison", "jail", "probation", "life", "death", "other")


def sentence_years(years: float | None) -> int | float | None:
    """A sentence's term as stored: a whole number of years as an int, else 4 decimals, so
    that a term told in days or months keeps them (180 days is 0.4932 years, not 0.49)."""
    if years is None:
        return None
    rounded = round(float(years), 4)
    return int(rounded) if rounded == int(rounded) else rounded


@dataclass(frozen=True)
class Evidence:
    """The quote that supports a fact: `text[start:end] == quote` in the stored article."""

    quote: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Fact:
    """One fact a report states, with its evidence.

    `fields` holds exactly the names `FACT_FIELDS[kind]` lists (missing ones are None).
    Dates in fields are ISO strings (`YYYY-MM-DD`) or None, so facts serialise as JSON as they are.
    """

    kind: str
    fields: dict[str, Any]
    evidence: Evidence

    def __post_init__(self) -> None:
        names = _FIELD_NAMES.get(self.kind)
        if names is None:
            raise ValueError(f"unknown fact kind {self.kind!r}")
        if not names.issuperset(self.fields):
            unknown = set(self.fields) - names
            raise ValueError(f"{self.kind} has no field(s) {sorted(unknown)}")
        fields = self.fields
        full = {name: fields.get(name) for name in FACT_FIELDS[self.kind]}
        object.__setattr__(self, "fields", full)

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of the extraction contract: type, fields, evidence."""
        return {"type": self.kind, **self.fields, "evidence": self.evidence.as_dict()}


def evidence_in(text: str, start: int, end: int) -> Evidence:
    """Evidence for `text[start:end]`, trimmed of surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(quote=text[start:end], start=start, end=end)
