"""`ingest --dry-run` (which case each article would join, and why; nothing stored) and
`ingest --new-case` (never join a case stored before), on the beat folder's reports."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from casefile.cli.main import app

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "beat_folder"
runner = CliRunner()


def _run(db: str, *args: str) -> str:
    result = runner.invoke(app, ["--db", db, *args], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


def _groups(db: str) -> set[frozenset[str]]:
    listed = json.loads(_run(db, "cases", "--format", "json"))
    return {frozenset(Path(a["path"]).name for a in c["articles"]) for c in listed}


def test_a_dry_run_says_where_each_article_would_go_and_stores_nothing(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    _run(
        db, "ingest", str(FOLDER / "a1-ledger-shooting.md"), str(FOLDER / "s05-another-shooting.md")
    )
    [first] = [
        c["case"]
        for c in json.loads(_run(db, "cases", "--format", "json"))
        if c["articles"][0]["path"].endswith("a1-ledger-shooting.md")
    ]
    before = _groups(db)
    names = [
        "a1-ledger-shooting.md",
        "a2-channel7-arrest.md",
        "a3-courier-plea.md",
        "b1-ledger-stabbing.md",
    ]
    output = _run(db, "ingest", "--dry-run", *(str(FOLDER / n) for n in names))
    lines = output.splitlines()
    assert f"a1-ledger-shooting.md: already ingested to case {first}" in lines[0]
    assert f"a2-channel7-arrest.md: would be added to case {first}" in lines[2]
    assert "the same shooting in Westmere" in lines[3]
    assert f"a3-courier-plea.md: would be added to case {first}" in lines[4]
    assert "earlier in this run" in lines[5]  # it links to a2, which is not stored
    assert "b1-ledger-stabbing.md: would be added to case" in lines[6]
    assert "opened a new case" in lines[7]
    assert _groups(db) == before  # nothing stored


def test_new_case_never_joins_a_stored_case(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    _run(db, "ingest", str(FOLDER / "a1-ledger-shooting.md"))
    later = [str(FOLDER / n) for n in ("a2-channel7-arrest.md", "a3-courier-plea.md")]
    _run(db, "ingest", "--new-case", *later)
    assert _groups(db) == {
        frozenset({"a1-ledger-shooting.md"}),
        frozenset({"a2-channel7-arrest.md", "a3-courier-plea.md"}),  # with each other
    }
    result = runner.invoke(app, ["--db", db, "ingest", "--case", "x", "--new-case", later[0]])
    assert result.exit_code == 1 and "give one" in result.output
