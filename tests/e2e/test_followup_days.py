"""`followups` counts days in the store's time zone: `--as-of 2024-03-10` is that day there,
and a report published late in the evening is dated that evening, not the next UTC day
(invented report)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.cli.main import app

REPORT = (
    "SPRINGFIELD — Police arrested Ada Pell, 41, of Riverton on Friday. Pell is expected to "
    "be charged with arson, police said. Pell is scheduled to be arraigned on March 20, 2024."
)


def test_followup_days_are_the_store_zones_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEFILE_TZ", "America/New_York")
    article = tmp_path / "late.md"
    # 22:30 in New York is 03:30 the next day in UTC.
    article.write_text(
        f"---\nurl: https://example.org/late\noutlet: Example Courier\n"
        f"published: 2024-03-02T22:30-05:00\n---\n{REPORT}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    db = str(tmp_path / "cases.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(article)]).exit_code == 0
    done = runner.invoke(
        app, ["--db", db, "followups", "--as-of", "2024-03-10", "--format", "json"]
    )
    assert done.exit_code == 0, done.output
    found = {item["kind"]: item for item in json.loads(done.stdout)}
    assert (found["next_court_date"]["date"], found["next_court_date"]["days"]) == (
        "2024-03-20",
        -10,
    )
    assert (found["expected_charge"]["date"], found["expected_charge"]["days"]) == (
        "2024-03-02",
        8,
    )
    text = runner.invoke(app, ["--db", db, "followups", "--as-of", "2024-03-10"]).output
    assert "2024-03-20 (in 10 days)" in text and "Example Courier, 2024-03-02" in text
