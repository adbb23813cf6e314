"""What the extraction tests read off an article: the facts of one kind, as plain values.

Every test sentence is dated by `PUBLISHED`, a Thursday, so that "Monday" and "next week"
resolve to known days."""

from __future__ import annotations

import datetime
from collections import Counter

from casefile.extraction import extract_facts

PUBLISHED = datetime.date(2024, 3, 14)  # a Thursday


def facts_of(kind: str, text: str) -> list[dict]:
    return [f.as_dict() for f in extract_facts(text, PUBLISHED) if f.kind == kind]


def court_of(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(f["person"], f["kind"], f["date"]) for f in facts_of("CourtEventReported", text)}


def bonds_of(text: str) -> set[tuple[str | None, int | None, str]]:
    return {(f["person"], f["amount"], f["status"]) for f in facts_of("BondSet", text)}


def suspects_of(text: str) -> Counter[tuple[str | None, int | None]]:
    return Counter(
        (f.fields["name"], f.fields["age"])
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "SuspectIdentified"
    )


def arrested_in(text: str) -> list[str | None]:
    return sorted(
        (
            f.fields["person"]
            for f in extract_facts(text, PUBLISHED)
            if f.kind == "ArrestMade" and not f.fields["prior"]
        ),
        key=str,
    )


def charges_of(text: str) -> set[tuple[str | None, str, str]]:
    """The (person, charge, status) of each charge, read with no publication date."""
    return {
        (f.fields["person"], f.fields["charge"], f.fields["status"])
        for f in extract_facts(text)
        if f.kind == "ChargeFiled"
    }


def victims_of(text: str) -> list[tuple[str | None, int | None, str]]:
    """The victims found in `text`: (name, age, outcome), sorted."""
    return sorted(
        (
            (f.fields["name"], f.fields["age"], f.fields["outcome"])
            for f in extract_facts(text, PUBLISHED)
            if f.kind == "VictimReported"
        ),
        key=lambda v: (v[0] or "", v[1] or 0, v[2]),
    )


def described_victims_of(text: str) -> list[tuple[str | None, str, str]]:
    """The (name, description, outcome) of each victim found in `text`, sorted."""
    return sorted(
        ((f["name"], f["description"], f["outcome"]) for f in facts_of("VictimReported", text)),
        key=str,
    )


def outcomes_of(text: str) -> list[tuple[str | None, str | None]]:
    """The (name, outcome) of each victim found in `text`, sorted."""
    found = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    return sorted(found, key=lambda pair: (pair[0] or "", pair[1] or ""))


def links_of(text: str) -> list[tuple[str | None, str | None]]:
    """The (person, victim) of each homicide link found in `text`, sorted."""
    found = [(f["person"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]
    return sorted(found, key=lambda pair: (pair[0] or "", pair[1] or ""))


def link_relations_of(text: str) -> list[tuple[str | None, str, str | None]]:
    """The (person, relation, victim) of each homicide link found in `text`, sorted."""
    found = [(f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]
    return sorted(found, key=str)


def arrests_of(text: str) -> set[tuple[str | None, str | None, bool]]:
    """The (person, date, prior) of each arrest found in `text`."""
    return {(f["person"], f["date"], f["prior"]) for f in facts_of("ArrestMade", text)}


def terms_of(text: str) -> set[tuple[str | None, str, float | None]]:
    """(person, kind, years) of each term a court imposed."""
    return {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}
