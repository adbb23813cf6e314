"""Whole invented articles, described in features/extraction/*.feature."""

from __future__ import annotations

import datetime

from pytest_bdd import given, parsers, scenarios, then, when

from casefile.domain.facts import Fact
from casefile.extraction import extract_facts

scenarios("extraction")


@given(parsers.parse("the article published on {day}:"), target_fixture="article")
def article(day: str, docstring: str) -> dict:
    return {"text": docstring, "published": datetime.date.fromisoformat(day)}


@when("the facts are extracted", target_fixture="facts")
def facts(article: dict) -> list[Fact]:
    return extract_facts(article["text"], article["published"])


def _of(kind: str, facts: list[Fact]) -> list[dict]:
    return [f.fields for f in facts if f.kind == kind]


@then(parsers.parse('the suspect is "{name}" aged {age:d}'))
def the_suspect(facts: list[Fact], name: str, age: int) -> None:
    assert [(s["name"], s["age"]) for s in _of("SuspectIdentified", facts)] == [(name, age)]


@then(parsers.parse('the suspects are "{names}"'))
def the_suspects(facts: list[Fact], names: str) -> None:
    expected = {n.strip() for n in names.split(",")}
    assert {s["name"] for s in _of("SuspectIdentified", facts)} == expected


@then(parsers.parse('the charges are "{charges}" with status "{status}"'))
def the_charges(facts: list[Fact], charges: str, status: str) -> None:
    expected = {(c.strip(), status) for c in charges.split(",")}
    assert {(c["charge"], c["status"]) for c in _of("ChargeFiled", facts)} == expected


@then(parsers.parse('there is a bond of {amount:d} with status "{status}"'))
def a_bond(facts: list[Fact], amount: int, status: str) -> None:
    assert [(b["amount"], b["status"]) for b in _of("BondSet", facts)] == [(amount, status)]


@then(parsers.parse('the bonds are "{bonds}"'))
def the_bonds(facts: list[Fact], bonds: str) -> None:
    expected = set()
    for bond in bonds.split(","):
        amount, status = bond.split()
        expected.add((None if amount == "none" else int(amount), status))
    assert {(b["amount"], b["status"]) for b in _of("BondSet", facts)} == expected


@then(parsers.parse('the homicide links are "{relations}"'))
def the_links(facts: list[Fact], relations: str) -> None:
    expected = sorted(r.strip() for r in relations.split(","))
    assert sorted(link["relation"] for link in _of("LinkedToHomicide", facts)) == expected


@then("there are no homicide links")
def no_links(facts: list[Fact]) -> None:
    assert _of("LinkedToHomicide", facts) == []


@then(parsers.parse('"{name}" is denied bond'))
def denied_bond(facts: list[Fact], name: str) -> None:
    assert (name, None, "denied") in {
        (b["person"], b["amount"], b["status"]) for b in _of("BondSet", facts)
    }


@then(parsers.parse('there is {count:d} prior arrest dated "{day}"'))
def prior_arrests(facts: list[Fact], count: int, day: str) -> None:
    prior = [a for a in _of("ArrestMade", facts) if a["prior"]]
    assert [a["date"] for a in prior] == [day] * count


@then(parsers.parse('the suspect lives in "{place}"'))
def lives_in(facts: list[Fact], place: str) -> None:
    assert [s["residence"] for s in _of("SuspectIdentified", facts)] == [place]


@then(parsers.parse('there are {killed:d} victims "killed" and {injured:d} victims "injured"'))
def victims_by_outcome(facts: list[Fact], killed: int, injured: int) -> None:
    outcomes = [v["outcome"] for v in _of("VictimReported", facts)]
    assert (outcomes.count("killed"), outcomes.count("injured")) == (killed, injured)
    assert len(outcomes) == killed + injured


@then(parsers.parse('the court events are "{events}"'))
def court_events(facts: list[Fact], events: str) -> None:
    expected = {tuple(e.strip().split(" ")) for e in events.split(",")}
    assert {(c["kind"], c["date"]) for c in _of("CourtEventReported", facts)} == expected


@then("every quote is found in the article at its offsets")
def quotes_found(facts: list[Fact], article: dict) -> None:
    text = article["text"]
    assert facts
    assert all(text[f.evidence.start : f.evidence.end] == f.evidence.quote for f in facts)


@then(parsers.parse('the arrests are of "{names}"'))
def arrests_of(facts: list[Fact], names: str) -> None:
    expected = [n.strip() for n in names.split(",")]
    assert [a["person"] for a in _of("ArrestMade", facts) if not a["prior"]] == expected


@then(parsers.parse('the suspects are "{names}" and {count:d} unnamed'))
def named_and_unnamed(facts: list[Fact], names: str, count: int) -> None:
    found = [s["name"] for s in _of("SuspectIdentified", facts)]
    assert [n for n in found if n] == [n.strip() for n in names.split(",")]
    assert found.count(None) == count
