"""A verdict and a sentence reported after the charges (features/court_outcomes/)."""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, scenarios, then, when

CaseFile = Any  # the `case_file` fixture of conftest.py

scenarios("court_outcomes")


@given(parsers.parse('both articles are ingested into the case "{case}"'))
def ingest(case_file: CaseFile, context: dict[str, Any], case: str) -> None:
    case_file.run("ingest", *map(str, context["articles"]), "--case", case)


@when(
    parsers.parse('I compare the case as known at "{before}" with the case as known at "{after}"'),
    target_fixture="diff",
)
def compare(case_file: CaseFile, before: str, after: str) -> dict[str, Any]:
    return case_file.json("diff", case_file.only_case(), "--from", before, "--to", after)


def _charge(state: dict[str, Any], charge: str) -> dict[str, Any]:
    [found] = [c for c in state["charges"] if c["charge"] == charge]
    return found


@then(parsers.parse('the charge "{charge}" is "{status}"'))
def charge_status(state: dict[str, Any], charge: str, status: str) -> None:
    assert _charge(state, charge)["status"] == status


@then(parsers.parse('the charge "{charge}" is "{status}", as first reported by "{outlet}"'))
def charge_status_first(state: dict[str, Any], charge: str, status: str, outlet: str) -> None:
    fact = _charge(state, charge)
    assert fact["status"] == status
    assert fact["corroboration"]["first_reported"]["outlet"] == outlet


@then(parsers.parse('the charge "{charge}" is not "{status}"'))
def charge_not(state: dict[str, Any], charge: str, status: str) -> None:
    assert _charge(state, charge)["status"] != status


@then("no sentence is known")
def no_sentence(state: dict[str, Any]) -> None:
    assert state["sentences"] == []


@then(
    parsers.parse('"{person}" is sentenced to "{kind}" for {years:d} years, reported by "{outlet}"')
)
def sentenced(state: dict[str, Any], person: str, kind: str, years: int, outlet: str) -> None:
    matching = [
        s
        for s in state["sentences"]
        if (s["person"], s["kind"], s["years"]) == (person, kind, years)
    ]
    assert len(matching) == 1, state["sentences"]
    [fact] = matching
    assert [source["outlet"] for source in fact["sources"]] == [outlet]


@then("no other sentence is known")
def no_other_sentence(state: dict[str, Any]) -> None:
    assert len(state["sentences"]) == 2


@then(parsers.parse('the charge "{charge}" is listed as changed from "{old}" to "{new}"'))
def changed(diff: dict[str, Any], charge: str, old: str, new: str) -> None:
    [change] = [
        c for c in diff["changes"] if c["category"] == "charges" and c["fact"]["charge"] == charge
    ]
    assert change["change"] == "changed"
    assert (change["was"]["status"], change["fact"]["status"]) == (old, new)


@then(parsers.parse("{count:d} sentences are listed as added"))
def sentences_added(diff: dict[str, Any], count: int) -> None:
    added = [c for c in diff["changes"] if c["category"] == "sentences"]
    assert [c["change"] for c in added] == ["added"] * count
