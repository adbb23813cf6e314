"""How the reporting changed, corrections and revisions (features/audit/), on SQLite and
PostgreSQL, driven through the command line as a reporter would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from typer.testing import CliRunner

from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SHOOTING_CHARGES = (
    "criminal attempt to commit murder",
    "criminal possession of a firearm",
    "unlawful discharge of a firearm",
)
REPORTER = "Dana Reyes (court desk)"

scenarios("audit")


class AuditDesk:
    """A reporter at the command line, on one store."""

    def __init__(self, db_url: str, folder: Path) -> None:
        self.db_url = db_url
        self.folder = folder
        self.case = ""
        self.seen: dict[str, Any] = {}

    def run(self, *args: str) -> str:
        result = CliRunner().invoke(app, ["--db", self.db_url, *args])
        assert result.exit_code == 0, result.output
        return result.output

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--format", "json"))

    def show(self, *args: str) -> dict[str, Any]:
        return self.json("show", self.case, *args)

    def history(self) -> list[dict[str, Any]]:
        return self.json("history", self.case)


@pytest.fixture(autouse=True)
def desk(store_url: str, tmp_path: Path) -> AuditDesk:
    """Every scenario runs on a real SQLite file and on the real PostgreSQL server."""
    return AuditDesk(store_url, tmp_path)


def outlets(fact: dict[str, Any]) -> set[str]:
    return {source["outlet"] for source in fact["sources"]}


# -- given ----------------------------------------------------------------------------------------


@given("my case file holds the three seed reports")
def seeds_ingested(desk: AuditDesk) -> None:
    desk.run("ingest", str(SEEDS))
    [case] = desk.json("cases")
    desk.case = case["case"]


ARTICLE = """---
url: https://example.org/news/reed-arrest
outlet: Springfield Daily
published: {published}
---
SPRINGFIELD, Ill. — Police arrested Marcus Reed, 27, of Springfield, on Monday after a shooting on Elm Street.

Reed was charged with aggravated battery and unlawful possession of a weapon.

{last}
"""


def ingest_version(desk: AuditDesk, name: str, published: str, last: str) -> None:
    path = desk.folder / name
    path.write_text(ARTICLE.format(published=published, last=last), encoding="utf-8")
    desk.run("ingest", str(path), "--case", "reed-case")
    desk.case = "reed-case"


@given(parsers.parse('a report published at "{published}" saying "{sentence}"'))
def first_version(desk: AuditDesk, published: str, sentence: str) -> None:
    ingest_version(desk, "first.md", published, sentence)
    desk.seen["dropped"] = sentence
    [article] = desk.json("cases")[0]["articles"]
    desk.seen["article"] = article


# -- when -----------------------------------------------------------------------------------------


@when("I ask where the reports differ")
def ask_conflicts(desk: AuditDesk) -> None:
    desk.seen["conflicts"] = desk.json("conflicts", desk.case)


@when("I compare the case as known after the first report with the case as known after the last")
def compare_first_and_last(desk: AuditDesk) -> None:
    articles = desk.show()["articles"]
    first, last = articles[0]["reported_at"], articles[-1]["reported_at"]
    desk.seen["diff"] = desk.json("diff", desk.case, "--from", first, "--to", last)


@when(parsers.parse('I export the case as Markdown to "{name}"'))
def export_markdown(desk: AuditDesk, name: str) -> None:
    desk.seen["export_dir"] = desk.folder / "exports"
    desk.seen["export_dir"].mkdir()
    desk.run("export", desk.case, "--format", "md", "--output", str(desk.seen["export_dir"] / name))


@when(parsers.parse('I retract the bond as reported by "{outlet}" because "{reason}"'))
def retract_bond(desk: AuditDesk, outlet: str, reason: str) -> None:
    desk.seen["before"] = desk.history()[-1]["recorded_at"]
    [bond] = desk.show()["bonds"]
    [source] = [s for s in bond["sources"] if s["outlet"] == outlet]
    desk.seen["retracted"] = source["version"]
    desk.seen["reason"] = reason
    desk.run("retract", desk.case, str(source["version"]), "--reason", reason, "--by", REPORTER)


@when(parsers.parse('I amend the suspect\'s age to {age:d} because "{reason}"'))
def amend_age(desk: AuditDesk, age: int, reason: str) -> None:
    desk.seen["before"] = desk.history()[-1]["recorded_at"]
    [suspect] = desk.show()["suspects"]
    first = suspect["sources"][0]["version"]
    desk.run(
        "amend", desk.case, str(first), "--set", f"age={age}", "--reason", reason, "--by", REPORTER
    )


@when(
    parsers.parse(
        'the outlet revises it at "{published}", dropping that sentence and adding "{sentence}"'
    )
)
def revise(desk: AuditDesk, published: str, sentence: str) -> None:
    ingest_version(desk, "revised.md", published, sentence)
    desk.seen["added"] = sentence


# -- then -----------------------------------------------------------------------------------------


@then(
    parsers.parse(
        "each of the {count:d} charges of the shooting is carried by {outlet_count:d} independent outlets"
    )
)
def charges_corroborated(desk: AuditDesk, count: int, outlet_count: int) -> None:
    charges = {c["charge"]: c for c in desk.show()["charges"]}
    assert len(SHOOTING_CHARGES) == count
    for charge in SHOOTING_CHARGES:
        assert charges[charge]["corroboration"]["independent_outlets"] == outlet_count
    desk.seen["charges"] = [charges[c] for c in SHOOTING_CHARGES]


@then(parsers.parse('each of them was first reported by "{outlet}"'))
def first_reported_by(desk: AuditDesk, outlet: str) -> None:
    for charge in desk.seen["charges"]:
        assert charge["corroboration"]["first_reported"]["outlet"] == outlet


@then(parsers.parse("the {count:d} wordings of the location are grouped as one refinement"))
def locations_refine(desk: AuditDesk, count: int) -> None:
    found = [r for r in desk.seen["conflicts"]["refinements"] if r["field"] == "location"]
    assert len(found) == 1, desk.seen["conflicts"]
    assert len(found[0]["values"]) == count
    desk.seen["location"] = found[0]


@then(parsers.parse('"{wording}" is given as the most precise'))
def most_precise(desk: AuditDesk, wording: str) -> None:
    assert desk.seen["location"]["values"][0]["value"] == wording


@then("no location is listed as a disagreement")
def no_location_disagreement(desk: AuditDesk) -> None:
    assert all(d["field"] != "location" for d in desk.seen["conflicts"]["disagreements"])


DETAILS = {
    "suspect's age": ("suspects", "age"),
    "count of prior arrests": ("criminal_history", "prior_arrests"),
    "homicide details": ("homicide_links", "details"),
}


@then(parsers.parse('the {detail} is listed as added, by "{outlet}"'))
def detail_added(desk: AuditDesk, detail: str, outlet: str) -> None:
    category, field = DETAILS[detail]
    [change] = [
        c
        for c in desk.seen["diff"]["changes"]
        if c["category"] == category and field in c.get("added", {})
    ]
    assert change["change"] == "added"
    assert change["stated_by"][field]["outlet"] == outlet


@then(parsers.parse('the homicide details are listed as refined, by "{outlet}"'))
def homicide_details_refined(desk: AuditDesk, outlet: str) -> None:
    [change] = [c for c in desk.seen["diff"]["changes"] if c["category"] == "homicide_links"]
    assert change["change"] == "refined"
    assert "was" in change and change["fact"]["details"] != change["was"]["details"]
    assert change["stated_by"]["details"]["outlet"] == outlet


@then(parsers.parse('a woman killed in the linked homicide is listed as added, by "{outlet}"'))
def linked_victim_added(desk: AuditDesk, outlet: str) -> None:
    [change] = [
        c
        for c in desk.seen["diff"]["changes"]
        if c["category"] == "victims" and c["fact"]["outcome"] == "killed"
    ]
    assert change["change"] == "added"
    assert change["fact"]["description"] == "woman"
    assert {source["outlet"] for source in change["by"]} == {outlet}


@then(parsers.parse('"{name}" is the only file written'))
def only_file(desk: AuditDesk, name: str) -> None:
    assert [p.name for p in desk.seen["export_dir"].iterdir()] == [name]
    desk.seen["markdown"] = (desk.seen["export_dir"] / name).read_text(encoding="utf-8")


@then(parsers.parse('the report lists the charge "{charge}" with its outlets'))
def report_lists_charge(desk: AuditDesk, charge: str) -> None:
    # The case-state table row: | fact | reported by | first report | independent outlets |
    [row] = [
        line
        for line in desk.seen["markdown"].splitlines()
        if line.startswith("| [") and charge in line
    ]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[-1] == "3"
    for outlet in ("FOX61 (WTIC)", "Daily Voice", "WFSB"):
        assert outlet in cells[1]


@then(parsers.parse("the bond is carried by {count:d} outlets"))
def bond_outlets(desk: AuditDesk, count: int) -> None:
    [bond] = desk.show()["bonds"]
    assert len(outlets(bond)) == count
    assert bond["corroboration"]["independent_outlets"] == count


@then("the case history records the retraction, with my name and my reason")
def history_records(desk: AuditDesk) -> None:
    last = desk.history()[-1]
    assert last["type"] == "FactRetracted"
    assert desk.seen["retracted"] in {
        e["version"] for e in desk.history() if e["type"] == "BondSet"
    }
    retraction = desk.json("export", desk.case)["corrections"][-1]
    assert (retraction["by"], retraction["reason"], retraction["fact_version"]) == (
        REPORTER,
        desk.seen["reason"],
        desk.seen["retracted"],
    )


@then(
    parsers.parse(
        "the case file as it stood before my retraction still has the bond carried by {count:d} outlets"
    )
)
def bond_before(desk: AuditDesk, count: int) -> None:
    [bond] = desk.show("--recorded-before", desk.seen["before"])["bonds"]
    assert len(outlets(bond)) == count


@then(parsers.parse("the case file gives the suspect's age as {age:d}"))
def age_now(desk: AuditDesk, age: int) -> None:
    [suspect] = desk.show()["suspects"]
    assert suspect["age"] == age


@then(parsers.parse("the case file as it stood before my amendment gives it as {age:d}"))
def age_before(desk: AuditDesk, age: int) -> None:
    [suspect] = desk.show("--recorded-before", desk.seen["before"])["suspects"]
    assert suspect["age"] == age


@then("the link to the killing is withdrawn by the revision, and still on file")
def link_withdrawn(desk: AuditDesk) -> None:
    assert desk.show()["homicide_links"] == []
    exported = desk.json("export", desk.case)
    links = [e for e in exported["events"] if e["type"] == "LinkedToHomicide"]
    assert links and all(e["standing"] == "withdrawn" for e in links)
    assert all(e["evidence"]["quote"] == desk.seen["dropped"] for e in links)


@then(parsers.parse('the case as known at "{when}" still links Reed to the killing'))
def link_then(desk: AuditDesk, when: str) -> None:
    [link] = desk.show("--as-of", when)["homicide_links"]
    assert link["person"] == "Marcus Reed"


@then(parsers.parse('the bond is known at "{later}" but not at "{earlier}"'))
def bond_from_revision(desk: AuditDesk, later: str, earlier: str) -> None:
    [bond] = desk.show("--as-of", later)["bonds"]
    assert bond["amount"] == 50000
    assert desk.show("--as-of", earlier)["bonds"] == []


@then("the article's revisions show the sentence removed and the sentence added")
def revisions_shown(desk: AuditDesk) -> None:
    article = desk.show()["articles"][0]["article"]
    shown = desk.json("revisions", article)
    [_first, second] = shown["revisions"]
    assert second["sentences"] == [
        {"change": "removed", "sentence": desk.seen["dropped"]},
        {"change": "added", "sentence": desk.seen["added"]},
    ]
