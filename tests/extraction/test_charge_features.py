"""Invented articles about charges and their outcomes, described in features/charges."""

from __future__ import annotations

import datetime

from pytest_bdd import given, parsers, scenarios, then, when

from casefile.domain.facts import Fact
from casefile.extraction import extract_facts

scenarios("charges")


@given(parsers.parse("the article published on {day}:"), target_fixture="article")
def article(day: str, docstring: str) -> dict:
    return {"text": docstring, "published": datetime.date.fromisoformat(day)}


@when("the facts are extracted", target_fixture="facts")
def facts(article: dict) -> list[Fact]:
    return extract_facts(article["text"], article["published"])


@then(parsers.parse('"{person}" is charged with "{charge}" with status "{status}"'))
def charged_with(facts: list[Fact], person: str, charge: str, status: str) -> None:
    charges = {
        (f.fields["person"], f.fields["charge"], f.fields["status"])
        for f in facts
        if f.kind == "ChargeFiled"
    }
    assert (person, charge, status) in charges, charges


@then("every charge quote names its charge")
def quotes_name_charges(facts: list[Fact]) -> None:
    for fact in facts:
        if fact.kind == "ChargeFiled":
            head = fact.fields["charge"].split()[-1][:5]
            assert head in fact.evidence.quote.lower(), (fact.fields, fact.evidence.quote)


@then(parsers.parse('no charge of "{charge}" is reported'))
def no_charge(facts: list[Fact], charge: str) -> None:
    charges = {f.fields["charge"] for f in facts if f.kind == "ChargeFiled"}
    assert charge not in charges, charges
