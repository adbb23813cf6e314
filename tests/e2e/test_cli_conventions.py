"""What every verb of `casefile` keeps to: JSON from each verb that lists facts or cases, help
in words (no Python types), `--version`, `--db` as a path or URL before or after the verb, and
no store made by a verb that only reads (a clear one-line error instead)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from casefile.cli.command import db_first
from casefile.cli.help_format import SECTIONS
from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Every verb prints JSON with `--format json` (a verb that stores prints what it stored),
# except `report`: it writes a page or Markdown for people; `export --format json` gives
# the same case as JSON.
NO_JSON = {"report"}
# The verbs that list facts or cases also give a table for a spreadsheet.
TABLES = {"cases", "show", "followups", "search"}
# Verbs that may make a store; extract reads files and never opens one.
CREATING = {"ingest"}
NO_STORE = {"extract"}
EXTRA = {"report": ["--format", "md"]}  # report asks for what to make first
PYTHON_TYPE = re.compile(r"<[^>]*\b(str|int|float|bool|Path|datetime|list\[)[^>]*>|list\[")


def commands() -> dict[str, Any]:
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def _formats(command: Any) -> set[str]:
    options = [p for p in command.params if "--format" in getattr(p, "opts", ())]
    return {str(c) for p in options for c in p.type_descriptor.choices or ()}


def test_every_verb_gives_json() -> None:
    missing = [
        name
        for name, command in commands().items()
        if name not in NO_JSON and not _formats(command) & {"json", "jsonl"}
    ]
    assert missing == []
    assert set(commands()) >= NO_JSON  # an exemption names a verb that exists


def test_every_verb_that_lists_facts_or_cases_gives_text_json_and_csv() -> None:
    for name in TABLES:
        assert _formats(commands()[name]) >= {"text", "json", "csv"}, name


def test_no_help_shows_a_python_type() -> None:
    runner = CliRunner()
    for args in [[], *([name] for name in commands())]:
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0, result.output
        assert not PYTHON_TYPE.search(result.output), (args, result.output)


def test_the_help_groups_every_verb_by_what_a_user_does() -> None:
    output = CliRunner().invoke(app, ["--help"]).output
    for title in ("Reading in:", "Looking:", "Auditing:", "Correcting:", "Grouping:", "Reporting:"):
        assert title in output
    assert output.index("Reading in:") < output.index("ingest") < output.index("Looking:")
    listed = {n for verbs in SECTIONS.values() for n in verbs}
    assert "Other:" not in output or set(commands()) - listed


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert re.fullmatch(r"casefile \d+\.\d+\S*\n", result.output)


def _arguments(command: Any) -> list[str]:
    """Values for a verb's required parameters: enough to reach the store."""
    args: list[str] = []
    for param in command.params:
        if not param.required:
            continue
        choices = [str(c) for c in param.type_descriptor.choices or ()]
        value = "1" if param.type_descriptor.annotation is int else "2024-01-01"
        value = choices[0] if choices else value
        if param.param_type_name == "option":
            value = "age=1" if param.opts[0] == "--set" else value
            args += [param.opts[0], value]
        else:
            args.append(value)
    return args


@pytest.mark.parametrize("name", sorted(set(commands()) - CREATING - NO_STORE))
def test_a_verb_that_finds_no_store_says_so_and_makes_none(tmp_path: Path, name: str) -> None:
    store = tmp_path / "elsewhere.db"
    args = [name, *_arguments(commands()[name]), *EXTRA.get(name, [])]
    result = CliRunner().invoke(app, ["--db", str(store), *args])
    assert result.exit_code == 1, result.output
    assert not store.exists()
    assert result.output.startswith(f"Error: no case file at {store}")
    assert result.output.count("\n") == 1


def test_db_is_a_path_or_a_url_before_or_after_the_verb(tmp_path: Path) -> None:
    store = tmp_path / "cases.db"
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(store)])
    assert ingested.exit_code == 0, ingested.output
    for args in (
        ["--db", str(store), "cases", "--format", "json"],
        ["cases", "--format", "json", "--db", str(store)],
        ["cases", f"--db=sqlite:///{store}", "--format", "json"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert [case["case"] for case in json.loads(result.output)] == ["hartford-cajigas-2021"]


def test_only_options_named_db_move_before_the_verb() -> None:
    assert db_first(["show", "c", "--db", "x.db"]) == ["--db", "x.db", "show", "c"]
    assert db_first(["show", "--db=x.db", "c"]) == ["--db=x.db", "show", "c"]
    assert db_first(["ingest", "--", "--db", "x"]) == ["ingest", "--", "--db", "x"]


def test_counts_read_as_english() -> None:
    from casefile.cli.render import count

    assert (count(1, "fact"), count(0, "fact"), count(3, "fact")) == (
        "1 fact",
        "0 facts",
        "3 facts",
    )


def test_history_leaves_the_event_library_out(tmp_path: Path) -> None:
    store = tmp_path / "cases.db"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(store), "ingest", str(SEEDS)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(store), "history", "hartford-cajigas-2021"])
    assert result.exit_code == 0, result.output
    assert "originator" not in result.output


def test_cases_and_show_as_csv(tmp_path: Path) -> None:
    import csv
    import io

    store = tmp_path / "cases.db"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(store), "ingest", str(SEEDS)]).exit_code == 0
    listed = runner.invoke(app, ["--db", str(store), "cases", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(listed.output)))
    assert {row["case"] for row in rows} == {"hartford-cajigas-2021"} and len(rows) == 3
    shown = runner.invoke(
        app, ["--db", str(store), "show", "hartford-cajigas-2021", "--format", "csv"]
    )
    facts = list(csv.DictReader(io.StringIO(shown.output)))
    charges = [row for row in facts if row["category"] == "Charges"]
    assert charges and all(row["quote"] and row["article"] for row in charges)
