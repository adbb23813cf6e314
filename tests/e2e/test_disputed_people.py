"""Name variants and conflicting ages of every person, victims too: listed by `conflicts`,
marked "disputed" by `show` (invented reports)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from casefile.cli.main import app

FIRST = (
    "NORWOOD, Ohio — Dora Hays, 40, was shot and killed outside her home on Elm Street on "
    "Sunday. Police arrested Kemal Ostrow, 31, on Monday. Ostrow was charged with murder."
)
SECOND = (
    "NORWOOD, Ohio — Kemal Ostrow, 32, pleaded not guilty Thursday to murder in the killing "
    "of Dora Hayes, 41. Ostrow is held without bond."
)
runner = CliRunner()


def _run(db: str, *args: str) -> str:
    result = runner.invoke(app, ["--db", db, *args], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


def test_conflicts_list_every_persons_variants_and_ages_and_show_marks_them(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    for slug, text, day in (("first", FIRST, "2024-03-04"), ("second", SECOND, "2024-03-08")):
        path = tmp_path / f"{slug}.md"
        path.write_text(
            f"---\nurl: https://example.org/{slug}\noutlet: Outlet {slug}\n"
            f"published: {day}\n---\n{text}\n",
            encoding="utf-8",
        )
        _run(db, "ingest", str(path))
    [case] = json.loads(_run(db, "cases", "--format", "json"))
    found = json.loads(_run(db, "conflicts", case["case"], "--format", "json"))
    spellings = [{s["spelling"] for s in n["spellings"]} for n in found["name_variants"]]
    assert {"Dora Hays", "Dora Hayes"} in spellings
    ages = {
        (d["type"], tuple(v["value"] for v in d["values"]))
        for d in found["disagreements"]
        if d["field"] == "age"
    }
    assert ("VictimReported", (40, 41)) in ages and ("SuspectIdentified", (31, 32)) in ages

    shown = json.loads(_run(db, "show", case["case"], "--format", "json"))
    victims = [v for v in shown["victims"] if "Hay" in (v.get("name") or "")]
    assert victims and all(v["disputed"]["age"] == [40, 41] for v in victims)
    assert all(v["disputed"]["name"] == ["Dora Hayes", "Dora Hays"] for v in victims)
    [suspect] = shown["suspects"]
    assert suspect["disputed"] == {"age": [31, 32]}
    text = _run(db, "show", case["case"])
    assert "(disputed: age 31 / 32)" in text
    assert text.count("(disputed: name Dora Hayes / Dora Hays; age 40 / 41)") == 2
