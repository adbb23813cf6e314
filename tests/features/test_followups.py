"""What to chase next in a case (features/followups/)."""

from __future__ import annotations

import csv
import io
from typing import Any

from pytest_bdd import parsers, scenarios, then, when

CaseFile = Any  # the `case_file` fixture of conftest.py

scenarios("followups")


@when(parsers.parse('I ask what to follow up as of "{when}"'), target_fixture="found")
def ask(case_file: CaseFile, when: str) -> list[dict[str, Any]]:
    return case_file.json("followups", "--as-of", when)


@when(
    parsers.parse('I ask what to follow up as of "{when}" counting {days:d} days as stale'),
    target_fixture="found",
)
def ask_stale(case_file: CaseFile, when: str, days: int) -> list[dict[str, Any]]:
    return case_file.json("followups", "--as-of", when, "--stale-days", str(days))


@when(parsers.parse('I ask for the follow-ups as CSV as of "{when}"'), target_fixture="rows")
def ask_csv(case_file: CaseFile, when: str) -> list[dict[str, str]]:
    text = case_file.run("followups", "--as-of", when, "--format", "csv")
    return list(csv.DictReader(io.StringIO(text)))


def _of(found: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [f for f in found if f["kind"] == kind]


@then(parsers.parse('the next court date is "{date}", the "{what}" of "{person}"'))
def next_date(found: list[dict[str, Any]], date: str, what: str, person: str) -> None:
    [entry] = _of(found, "next_court_date")
    assert (entry["date"], entry["what"], entry["person"]) == (date, what, person)


@then(parsers.parse('it was set up by "{outlet}" saying "{words}"'))
def set_up_by(found: list[dict[str, Any]], outlet: str, words: str) -> None:
    [entry] = _of(found, "next_court_date")
    assert entry["source"]["outlet"] == outlet
    assert words in entry["source"]["quote"]


@then(parsers.parse('"{person}" has an expected charge never confirmed: "{charge}"'))
def expected(found: list[dict[str, Any]], person: str, charge: str) -> None:
    [entry] = _of(found, "expected_charge")
    assert entry["person"] == person and charge in entry["what"]
    assert charge in entry["source"]["quote"]


@then("no arrest is listed without a charge")
def no_arrest(found: list[dict[str, Any]]) -> None:
    assert _of(found, "uncharged_arrest") == []


@then(parsers.parse('"{person}" is listed as arrested with no charge reported'))
def arrest(found: list[dict[str, Any]], person: str) -> None:
    [entry] = _of(found, "uncharged_arrest")
    assert entry["person"] == person and entry["date"] == "2024-03-01"
    assert "arrested" in entry["source"]["quote"]


@then(parsers.parse('the "{what}" of "{person}" on "{date}" is listed as never reported'))
def unreported(found: list[dict[str, Any]], what: str, person: str, date: str) -> None:
    [entry] = _of(found, "unreported_outcome")
    assert (entry["what"], entry["person"], entry["date"]) == (what, person, date)


@then("no next court date is listed")
def no_next(found: list[dict[str, Any]]) -> None:
    assert _of(found, "next_court_date") == []


@then("no charge is listed without a disposition")
def no_open(found: list[dict[str, Any]]) -> None:
    assert _of(found, "open_charge") == []


@then(parsers.parse('the charge "{charge}" of "{person}" is listed without a disposition'))
def open_charge(found: list[dict[str, Any]], charge: str, person: str) -> None:
    [entry] = _of(found, "open_charge")
    assert entry["person"] == person and charge in entry["what"]


@then(parsers.parse('nothing is listed for "{person}"'))
def nothing_for(found: list[dict[str, Any]], person: str) -> None:
    assert [f for f in found if f["person"] == person] == []


@then(parsers.parse('the CSV has a row "{kind}" for "{person}" quoting "{words}"'))
def csv_row(rows: list[dict[str, str]], kind: str, person: str, words: str) -> None:
    [row] = [r for r in rows if r["kind"] == kind]
    assert row["person"] == person and words in row["quote"]
    assert row["case"] == "springfield-elm-2024"
