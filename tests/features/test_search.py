"""Finding a person, a charge or a place across cases (features/search/)."""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, scenarios, then, when

CaseFile = Any  # the `case_file` fixture of conftest.py

scenarios("search")


@given(parsers.parse('the report of the charge "{charge}" is retracted in the case "{case}"'))
def retract(case_file: CaseFile, charge: str, case: str) -> None:
    [event] = [
        e for e in case_file.json("history", case) if e.get("fact", {}).get("charge") == charge
    ]
    case_file.run("retract", case, str(event["version"]), "--reason", "wrong charge")


@when(parsers.parse('I search for "{text}"'), target_fixture="hits")
def search(case_file: CaseFile, text: str) -> list[dict[str, Any]]:
    return case_file.json("search", text)


@then(parsers.parse('1 person is found, "{name}" in the case "{case}"'))
def one_person(hits: list[dict[str, Any]], name: str, case: str) -> None:
    [hit] = [h for h in hits if h["kind"] == "person"]
    assert (hit["value"], hit["case"]) == (name, case)


@then(parsers.parse('the person is also spelled "{name}"'))
def spelled(hits: list[dict[str, Any]], name: str) -> None:
    [hit] = [h for h in hits if h["kind"] == "person"]
    assert name in hit["variants"]


@then(parsers.parse('the person is reported by "{outlet}" and "{other}"'))
def reported_by(hits: list[dict[str, Any]], outlet: str, other: str) -> None:
    [hit] = [h for h in hits if h["kind"] == "person"]
    assert {s["outlet"] for s in hit["sources"]} == {outlet, other}
    assert all(s["quote"] and "Marlow" in s["quote"] for s in hit["sources"])


@then(parsers.parse('the {kind} "{value}" is found in the case "{case}"'))
def found(hits: list[dict[str, Any]], kind: str, value: str, case: str) -> None:
    assert [(h["value"], h["case"]) for h in hits if h["kind"] == kind] == [(value, case)]


@then(parsers.parse('it quotes "{words}"'))
def quotes(hits: list[dict[str, Any]], words: str) -> None:
    assert all(words in s["quote"] for h in hits for s in h["sources"])


@then(parsers.parse('nothing is found in the case "{case}"'))
def nothing_in(hits: list[dict[str, Any]], case: str) -> None:
    assert [h for h in hits if h["case"] == case] == []


@then("nothing is found")
def nothing(hits: list[dict[str, Any]]) -> None:
    assert hits == []


@when(parsers.parse('the article "{name}" is moved to the case "{case}"'))
def move(case_file: CaseFile, name: str, case: str) -> None:
    [article] = [
        a["article"]
        for c in case_file.json("cases")
        for a in c["articles"]
        if a["url"].endswith(f"/{name}")
    ]
    case_file.run("move", article, case)
