"""Corrections by a person, the recorded axis and exports, on a real store (SQLite and PostgreSQL).

The case here is written straight to the store (no extraction), so these tests pin down what
the audit layer does with whatever facts a case holds.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from casefile.adapters.safe_output import write_output
from casefile.application.audit import (
    AuditError,
    amend_fact,
    case_conflicts,
    case_export,
    retract_fact,
)
from casefile.application.tracker import changes_between
from casefile.cli.audit_render import export_csv, export_json
from casefile.domain.case import AttachedArticle, Case
from casefile.domain.facts import Evidence, Fact

CASE = "ruiz-case"


def source(article_id: str, day: int, outlet: str) -> AttachedArticle:
    return AttachedArticle(
        article_id=article_id,
        revision=f"rev-{article_id}",
        url=f"https://example.org/{article_id}",
        outlet=outlet,
        title=f"Arrest in the Main Street <b>shooting</b> [{article_id}]",
        path=None,
        reported_at=datetime(2024, 5, day, 9, tzinfo=UTC),
        reported_raw=f"2024-05-{day:02d}T09:00Z",
        reported_estimated=False,
    )


def fact(kind: str, quote: str, **fields) -> Fact:
    return Fact(kind, fields, Evidence(quote, 0, len(quote)))


@pytest.fixture
def versions(tracker) -> dict[str, int]:
    """A case of two reports; the versions of its fact events by name."""
    case = Case.open(CASE)
    first, second = source("post", 1, "Daily Post"), source("gazette", 2, "Town Gazette")
    case.attach(first)
    case.report(
        fact("SuspectIdentified", "Ana Ruiz, 13, of Hartford", name="Ana Ruiz", age=13), first
    )
    case.report(
        fact("BondSet", "held on $50,000 bond", person="Ana Ruiz", amount=50000, status="set"),
        first,
    )
    case.report(
        fact(
            "IncidentReported",
            "on the 1900 block of Main Street",
            date="2024-05-01",
            location="the 1900 block of Main Street",
        ),
        first,
    )
    case.attach(second)
    case.report(
        fact(
            "ChargeFiled",
            "charged with *robbery* <script>",
            person="Ruiz",
            charge="robbery",
            status="filed",
        ),
        second,
    )
    case.report(
        fact("IncidentReported", "at 1921 Main St.", date="2024-05-01", location="1921 Main St."),
        second,
    )
    tracker.save(case)
    named = {}
    for event in tracker.fact_events(CASE):
        named.setdefault(event.fact_kind, event.originator_version)
    return named


def test_a_retraction_is_a_new_event_and_the_report_stays_on_file(tracker, versions):
    before = [(e.originator_version, type(e)) for e in tracker.case_events(CASE)]
    retract_fact(
        tracker, CASE, versions["BondSet"], by="Kim (desk)", reason="another defendant's bond"
    )
    after = tracker.case_events(CASE)
    assert [(e.originator_version, type(e)) for e in after[:-1]] == before
    retraction = after[-1]
    assert isinstance(retraction, Case.FactRetracted)
    assert (retraction.by, retraction.reason, retraction.fact_version) == (
        "Kim (desk)",
        "another defendant's bond",
        versions["BondSet"],
    )
    assert tracker.state(CASE).category("bonds") == []
    [removed] = tracker.state(CASE).removed
    assert removed.source.version == versions["BondSet"]
    # What the case file said before the retraction is still answerable.
    [bond] = tracker.state(CASE, recorded_by=after[-2].timestamp).category("bonds")
    assert bond.fields["amount"] == 50000


def test_the_case_file_as_it_stood_before_a_correction(tracker, versions):
    stood = tracker.case_events(CASE)[-1].timestamp
    amend_fact(
        tracker,
        CASE,
        versions["SuspectIdentified"],
        {"age": "31"},
        by="Kim",
        reason="court record says 31",
    )
    [now] = tracker.state(CASE).category("suspects")
    [then] = tracker.state(CASE, recorded_by=stood).category("suspects")
    assert (now.fields["age"], then.fields["age"]) == (31, 13)
    assert now.as_dict()["corrections"][0]["reason"] == "court record says 31"
    changes = changes_between(
        tracker, CASE, datetime(2024, 5, 1, 12, tzinfo=UTC), datetime(2024, 5, 3, tzinfo=UTC), stood
    )
    assert all(c.fact.kind != "SuspectIdentified" for c in changes)


@pytest.mark.parametrize(
    ("target", "changes", "message"),
    [
        ("SuspectIdentified", {"height": "6 ft"}, "has no field 'height'"),
        ("SuspectIdentified", {"age": "thirty"}, "whole number"),
        ("ChargeFiled", {"status": "pending"}, "must be one of"),
        ("SuspectIdentified", {"age": "13"}, "already says that"),
        ("BondSet", {}, "nothing to amend"),
    ],
)
def test_a_bad_amendment_is_refused_and_stores_nothing(tracker, versions, target, changes, message):
    count = len(tracker.case_events(CASE))
    with pytest.raises(AuditError, match=message):
        amend_fact(tracker, CASE, versions[target], changes, by="Kim", reason="checking")
    assert len(tracker.case_events(CASE)) == count


def test_retracting_twice_or_an_unknown_fact_is_refused(tracker, versions):
    retract_fact(tracker, CASE, versions["BondSet"], by="Kim", reason="wrong")
    count = len(tracker.case_events(CASE))
    with pytest.raises(AuditError, match="already retracted"):
        retract_fact(tracker, CASE, versions["BondSet"], by="Kim", reason="again")
    with pytest.raises(AuditError, match="no fact report v999"):
        retract_fact(tracker, CASE, 999, by="Kim", reason="wrong")
    with pytest.raises(AuditError, match="needs --reason"):
        retract_fact(tracker, CASE, versions["ChargeFiled"], by="Kim", reason="  ")
    assert len(tracker.case_events(CASE)) == count


def test_conflicts_on_the_stored_case(tracker, versions):
    found = case_conflicts(tracker, CASE)
    assert found.disagreements == []
    [refinement] = found.refinements
    assert refinement.claims[0].value == "1921 Main St."
    [person] = found.names
    assert {c.value for c in person.spellings} == {"Ana Ruiz", "Ruiz"}


def test_exports_hold_every_report_with_its_status(tracker, versions, tmp_path):
    retract_fact(tracker, CASE, versions["BondSet"], by="Kim", reason="wrong person")
    export = case_export(tracker, CASE)
    as_json = json.loads(export_json(export))
    statuses = {e["version"]: e["standing"] for e in as_json["events"]}
    assert statuses[versions["BondSet"]] == "retracted"
    assert statuses[versions["ChargeFiled"]] == "counted"
    assert as_json["corrections"][0]["reason"] == "wrong person"
    assert as_json["bonds"] == []
    rows = list(csv.DictReader(io.StringIO(export_csv(export))))
    assert len(rows) == len(versions) + 1  # two incident reports
    assert {r["standing"] for r in rows} == {"counted", "retracted"}

    target = tmp_path / "out" / "case.json"
    target.parent.mkdir()
    write_output(target, export_json(export))
    assert [p.name for p in target.parent.iterdir()] == ["case.json"]
    assert json.loads(target.read_text(encoding="utf-8")) == as_json


def test_conflicts_on_the_command_line(store_url, versions):
    from typer.testing import CliRunner

    from casefile.cli.main import app

    result = CliRunner().invoke(app, ["--db", store_url, "conflicts", CASE])
    assert result.exit_code == 0, result.output
    refinements = result.output.split("Refinements")[1].split("Name variants")[0]
    assert (
        "“1921 Main St.” (Town Gazette) refines “the 1900 block of Main Street” (Daily Post)"
        in refinements
    )
    assert "“Ruiz” (Town Gazette)" in result.output.split("Name variants")[1]
    as_json = json.loads(
        CliRunner().invoke(app, ["--db", store_url, "conflicts", CASE, "--format", "json"]).output
    )
    assert [r["verdict"] for r in as_json["refinements"]] == ["refinement"]
    assert as_json["disagreements"] == []
