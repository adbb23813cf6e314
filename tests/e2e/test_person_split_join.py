"""`split-person` applies in every view that resolves people, and `join-person` undoes it:
people, show, conflicts, diff and the report are as before the split (invented reports)."""

from __future__ import annotations

import json
from pathlib import Path

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


def _run(db: str, *args: str) -> str:
    result = runner.invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _views(db: str, case: str, tmp_path: Path) -> dict[str, object]:
    return {
        "people": json.loads(_run(db, "people", case, "--format", "json")),
        "show": json.loads(_run(db, "show", case, "--format", "json")),
        "conflicts": json.loads(_run(db, "conflicts", case, "--format", "json")),
        "diff": json.loads(
            _run(db, "diff", case, "--from", "2024-03-01", "--to", "2024-05-01", "--format", "json")
        ),
        "report": _run(db, "report", case, "--format", "md"),
    }


def test_split_person_then_join_person_leaves_every_view_as_before(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    for slug, text, day in (("arrest", ARREST, "2024-03-04"), ("plea", FOLLOW_UP, "2024-04-09")):
        path = tmp_path / f"{slug}.md"
        path.write_text(
            f"---\nurl: https://example.org/{slug}\noutlet: Outlet {slug}\n"
            f"published: {day}\n---\n{text}\n",
            encoding="utf-8",
        )
        _run(db, "ingest", str(path))
    [case] = json.loads(_run(db, "cases", "--format", "json"))
    before = _views(db, case["case"], tmp_path)
    suspects = before["show"]["suspects"]  # type: ignore[index]
    assert len(suspects) == 1

    _run(db, "split-person", case["case"], "Oren T. Vasko")
    split = _views(db, case["case"], tmp_path)
    assert {s["name"] for s in split["show"]["suspects"]} == {"Oren Vasko", "Oren T. Vasko"}  # type: ignore[index]
    assert split["people"] != before["people"] and split["conflicts"] != before["conflicts"]
    assert split["diff"] != before["diff"] and split["report"] != before["report"]
    assert "Oren T. Vasko" in _run(db, "show", case["case"])

    assert "again one person" in _run(db, "join-person", case["case"], "Oren T. Vasko")
    assert _views(db, case["case"], tmp_path) == before
    # Joining what is not split is refused.
    result = runner.invoke(app, ["--db", db, "join-person", case["case"], "Oren T. Vasko"])
    assert result.exit_code == 1 and "was not split off" in result.output
