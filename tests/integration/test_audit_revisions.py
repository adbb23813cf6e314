"""Article revisions through ingest, and the audit verbs through the command line, on a real
store (SQLite file and PostgreSQL)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.adapters.article_files import read_articles
from casefile.application.audit import article_revisions
from casefile.application.ingest import REVISED, ingest_article
from casefile.application.tracker import changes_between
from casefile.cli.main import app
from casefile.domain.case import Case
from casefile.domain.reported_time import as_of_bound

KEPT = "Reed was charged with aggravated battery and unlawful possession of a weapon."
DROPPED = "Police said Reed is a person of interest in the killing of Dana White last month."
ADDED = "Reed is being held on a $50,000 bond."
ARTICLE = """---
url: https://example.org/news/reed-arrest
outlet: Springfield Daily
published: {published}
title: Arrest in Elm Street shooting
---
SPRINGFIELD, Ill. — Police arrested Marcus Reed, 27, of Springfield, on Monday after a shooting on Elm Street.

{body}
"""


def write(folder: Path, name: str, published: str, *sentences: str) -> Path:
    path = folder / name
    path.write_text(ARTICLE.format(published=published, body="\n\n".join(sentences)), "utf-8")
    return path


def ingest(tracker, path: Path):
    [article] = read_articles(path)
    return ingest_article(tracker, article, "reed-case")


@pytest.fixture
def revised(tracker, tmp_path):
    """The article as first published at 09:00, then revised at 15:00."""
    first = ingest(tracker, write(tmp_path, "v1.md", "2024-03-05T09:00-05:00", KEPT, DROPPED))
    second = ingest(tracker, write(tmp_path, "v2.md", "2024-03-05T15:00-05:00", KEPT, ADDED))
    assert second.status == REVISED
    return first, second


def test_a_revision_withdraws_what_it_no_longer_says_and_adds_what_it_says_new(tracker, revised):
    events = tracker.case_events("reed-case")
    reports = [e for e in events if isinstance(e, Case.FactReported)]
    from_dropped = {e.originator_version for e in reports if e.evidence["quote"] == DROPPED}
    from_added = [e for e in reports if e.evidence["quote"] == ADDED]
    assert from_dropped, "the extractor found no fact in the dropped sentence"
    assert from_added, "the extractor found no fact in the added sentence"
    [withdrawal] = [e for e in events if isinstance(e, Case.FactsWithdrawn)]
    assert set(withdrawal.fact_versions) == from_dropped
    assert withdrawal.reported_at == as_of_bound("2024-03-05T15:00-05:00")
    # What both revisions say is stored once, from the first revision's time.
    kept = [e for e in reports if e.evidence["quote"] == KEPT]
    assert kept and {e.revision for e in kept} == {kept[0].revision}
    assert all(e.reported_at == as_of_bound("2024-03-05T15:00-05:00") for e in from_added)

    noon = tracker.state("reed-case", as_of_bound("2024-03-05T12:00-05:00"))
    evening = tracker.state("reed-case", as_of_bound("2024-03-05T18:00-05:00"))
    versions_at = lambda state: {s.version for f in state.all_facts() for s in f.sources}  # noqa: E731
    assert from_dropped <= versions_at(noon) and not from_dropped & versions_at(evening)
    assert noon.category("bonds") == [] and evening.category("bonds") != []
    assert {r.source.version for r in evening.removed} == from_dropped


def test_the_diff_names_the_revision_as_the_cause(tracker, revised):
    changes = changes_between(
        tracker,
        "reed-case",
        as_of_bound("2024-03-05T12:00-05:00"),
        as_of_bound("2024-03-05T18:00-05:00"),
    )
    withdrawn = [c for c in changes if c.change == "withdrawn"]
    assert withdrawn and all(c.corrections[0].action == "withdrawn" for c in withdrawn)
    assert {c.corrections[0].article_id for c in withdrawn} == {revised[0].article_id}
    [bond] = [c for c in changes if c.category == "bonds"]
    assert bond.change == "added" and bond.by[0].quote == ADDED


def test_revisions_show_the_sentence_level_change(tracker, revised):
    first, second = article_revisions(tracker, revised[0].article_id)
    assert [(c.change, c.sentence) for c in second.sentences] == [
        ("removed", DROPPED),
        ("added", ADDED),
    ]
    assert {e.evidence["quote"] for e in second.facts_withdrawn} == {DROPPED}
    assert {e.evidence["quote"] for e in second.facts_added} == {ADDED}
    assert first.facts_withdrawn == []


def test_the_same_revision_again_changes_nothing_and_the_first_text_again_withdraws_nothing_new(
    tracker, revised, tmp_path
):
    count = len(tracker.case_events("reed-case"))
    again = ingest(tracker, write(tmp_path, "v2b.md", "2024-03-05T15:00-05:00", KEPT, ADDED))
    assert again.status == "already ingested"
    assert len(tracker.case_events("reed-case")) == count


def run(db: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--db", db, *args])
    return result.exit_code, result.output


def test_the_audit_verbs_on_the_command_line(store_url, revised, tmp_path):
    code, output = run(store_url, "revisions", revised[0].article_id)
    assert code == 0
    assert f"- {DROPPED}" in output and f"+ {ADDED}" in output
    history = json.loads(run(store_url, "history", "reed-case", "--format", "json")[1])
    charge = next(r for r in history if r["type"] == "ChargeFiled")
    last_before = history[-1]["recorded_at"]

    code, output = run(
        store_url,
        "retract",
        "reed-case",
        str(charge["version"]),
        "--reason",
        "misread",
        "--by",
        "Kim",
    )
    assert code == 0 and f"Retracted fact v{charge['version']}" in output
    shown = json.loads(run(store_url, "show", "reed-case", "--format", "json")[1])
    assert charge["fact"]["charge"] not in {c["charge"] for c in shown["charges"]}
    before = json.loads(
        run(store_url, "show", "reed-case", "--recorded-before", last_before, "--format", "json")[1]
    )
    assert charge["fact"]["charge"] in {c["charge"] for c in before["charges"]}

    code, output = run(
        store_url, "retract", "reed-case", str(charge["version"]), "--reason", "again"
    )
    assert code == 1 and "already retracted" in output and "Traceback" not in output

    suspect = next(r for r in history if r["type"] == "SuspectIdentified")
    code, output = run(
        store_url,
        "amend",
        "reed-case",
        str(suspect["version"]),
        "--set",
        "age=28",
        "--reason",
        "court record",
    )
    assert code == 0
    [shown_suspect] = json.loads(run(store_url, "show", "reed-case", "--format", "json")[1])[
        "suspects"
    ]
    assert shown_suspect["age"] == 28 and shown_suspect["corrections"][0]["by"]
    code, output = run(
        store_url, "amend", "reed-case", str(suspect["version"]), "--set", "age", "--reason", "x"
    )
    assert code == 1 and "FIELD=VALUE" in output

    target = tmp_path / "report.md"
    code, _ = run(store_url, "export", "reed-case", "--format", "md", "--output", str(target))
    assert code == 0
    assert "misread" in target.read_text("utf-8")
    code, output = run(store_url, "export", "reed-case", "--format", "csv")
    assert code == 0 and output.splitlines()[0].startswith("version,type,standing")
    code, output = run(
        store_url, "export", "reed-case", "--format", "md", "--output", str(tmp_path)
    )
    assert code == 1 and "is a folder" in output
    code, output = run(store_url, "conflicts", "nope-case")
    assert code == 1 and "no case 'nope-case'" in output


def test_the_installed_command_exports_to_exactly_the_file_given(
    sqlite_url, tmp_path, casefile_command
):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "v1.md", "2024-03-05T09:00-05:00", KEPT, DROPPED)
    env = {**os.environ, "CASEFILE_DB": sqlite_url}
    casefile = casefile_command
    subprocess.run(
        [*casefile, "ingest", str(folder), "--case", "reed-case"],
        env=env,
        check=True,
        capture_output=True,
    )
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    done = subprocess.run(
        [*casefile, "export", "reed-case", "--format", "json", "-o", str(out_dir / "reed.json")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out_dir.iterdir()] == ["reed.json"]
    exported = json.loads((out_dir / "reed.json").read_text("utf-8"))
    assert exported["case"] == "reed-case"
    assert {e["evidence"]["quote"] for e in exported["events"]} >= {KEPT, DROPPED}
