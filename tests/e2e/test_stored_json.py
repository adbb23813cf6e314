"""`--format json` on the verbs that store: ingest and every correction print one JSON
document of what they stored or changed, and what it names is what the store then holds
(invented reports)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from casefile.cli.main import app

ARREST = (
    "NORWOOD, Ohio — Police arrested Oren Vasko, 45, of Millbrook on Monday in the shooting "
    "death of Ivo Brandt. Vasko was charged with murder and is held without bond."
)
FOLLOW_UP = (
    "NORWOOD, Ohio — Oren T. Vasko, 46, pleaded not guilty Tuesday to murder in the killing "
    "of Ivo Brandt. Vasko's lawyer asked for a lower bond."
)
runner = CliRunner()


def _article(folder: Path, slug: str, text: str, day: str) -> Path:
    path = folder / f"{slug}.md"
    path.write_text(
        f"---\nurl: https://example.org/{slug}\noutlet: Outlet {slug}\npublished: {day}\n---\n"
        f"{text}\n",
        encoding="utf-8",
    )
    return path


def _json(db: str, *args: str) -> Any:
    result = runner.invoke(app, ["--db", db, *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _stored(tmp_path: Path) -> tuple[str, dict[str, Any]]:
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    folder = tmp_path / "articles"
    folder.mkdir()
    _article(folder, "arrest", ARREST, "2024-03-04")
    _article(folder, "plea", FOLLOW_UP, "2024-04-09")
    return db, _json(db, "ingest", str(folder))


def test_ingest_says_in_json_what_it_stored_and_the_store_holds_it(tmp_path: Path) -> None:
    db, document = _stored(tmp_path)
    articles = document["articles"]
    assert [a["status"] for a in articles] == ["added", "added"]
    [case] = {a["case"] for a in articles}
    assert document["stored"] == 2 and document["failed"] == 0 and document["errors"] == []
    for article in articles:
        assert article["facts"] == len(article["events"]) == sum(article["by_type"].values())
        assert article["reason"]
    assert document["facts"] == sum(a["facts"] for a in articles) > 0
    listed = _json(db, "cases")
    assert [c["case"] for c in listed] == [case]
    history = _json(db, "history", case)
    stored_facts = [row for row in history if "fact" in row]
    assert len(stored_facts) == document["facts"]
    assert {row["article"] for row in history if "article" in row} == {
        a["article"] for a in articles
    }

    again = _json(db, "ingest", str(tmp_path / "articles"))
    assert [a["status"] for a in again["articles"]] == ["already", "already"]
    assert (again["stored"], again["facts"]) == (0, 0)


def test_ingest_json_lists_each_refused_file_and_exits_1(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    folder = tmp_path / "articles"
    folder.mkdir()
    _article(folder, "arrest", ARREST, "2024-03-04")
    (folder / "undated.md").write_text("Police arrested Oren Vasko on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "ingest", str(folder), "--format", "json"])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert [e["path"] for e in document["errors"]] == [str(folder / "undated.md")]
    assert "no publication date" in document["errors"][0]["error"]
    assert document["stored"] == 1 and document["failed"] == 1
    assert "Error: " in result.stderr


def test_a_dry_run_in_json_plans_and_stores_nothing(tmp_path: Path) -> None:
    db, _ = _stored(tmp_path)
    late = _article(tmp_path, "late", ARREST.replace("Monday", "Friday"), "2024-05-01")
    before = _json(db, "history", _json(db, "cases")[0]["case"])
    planned = _json(db, "ingest", str(late), "--dry-run")
    assert planned["dry_run"] is True and planned["stored"] == 0
    [article] = planned["articles"]
    assert article["status"] == "added" and article["case"] and article["reason"]
    assert _json(db, "history", article["case"]) == before


def test_each_correction_says_in_json_what_it_stored(tmp_path: Path) -> None:
    db, document = _stored(tmp_path)
    case = document["articles"][0]["case"]
    history = _json(db, "history", case)
    [suspect, *_] = [row for row in history if row["type"] == "SuspectIdentified"]
    arrests = [row for row in history if row["type"] == "ArrestMade"]

    retracted = _json(db, "retract", case, str(arrests[0]["version"]), "--reason", "not him")
    assert (retracted["action"], retracted["case"]) == ("retract", case)
    assert retracted["fact_version"] == arrests[0]["version"]
    last = _json(db, "history", case)[-1]
    assert retracted["event"]["version"] == last["version"]
    assert retracted["event"]["type"] == last["type"] == "FactRetracted"
    assert retracted["event"]["reason"] == "not him"

    amended = _json(
        db, "amend", case, str(suspect["version"]), "--set", "age=47", "--reason", "court record"
    )
    assert amended["fields"] == {"age": 47} and amended["event"]["type"] == "FactAmended"
    assert amended["event"]["version"] == _json(db, "history", case)[-1]["version"]

    split = _json(db, "split-person", case, "Oren T. Vasko")
    assert split == {
        "action": "split-person",
        "case": case,
        "name": "Oren T. Vasko",
        "split_from": ["Oren Vasko"],
        "reason": "two people joined by mistake",
    }
    joined = _json(db, "join-person", case, "Oren T. Vasko")
    assert (joined["action"], joined["joined_with"]) == ("join-person", ["Oren Vasko"])

    plea = document["articles"][1]["article"]
    moved = _json(db, "move", plea, "vasko-plea", "--reason", "another hearing")
    assert moved == {
        "action": "move",
        "article": plea,
        "from_case": case,
        "case": "vasko-plea",
        "reason": "another hearing",
    }
    merged = _json(db, "merge", case, "vasko-plea")
    assert (merged["action"], merged["case"], merged["merged"]) == ("merge", case, "vasko-plea")
    assert [c["case"] for c in _json(db, "cases")] == [case]
