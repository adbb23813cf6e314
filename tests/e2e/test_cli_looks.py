"""How the verbs look on a terminal: changes coloured as git colours a diff (added green,
withdrawn and retracted red, changed yellow), never in a pipe, with NO_COLOR, or in JSON and
CSV; `history` cuts nothing at 80 columns; `show` says when nothing was reported yet.

The colour tests run the installed command in a process of its own, as a user does, with
FORCE_COLOR standing in for a terminal (the colours are chosen when the command starts)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CASE = "hartford-cajigas-2021"
MORNING, NOON = "2021-10-26T09:00-04:00", "2021-10-26T13:00-04:00"
ANY_STYLE = re.compile("\x1b\\[")
# A colour: SGR 30-37, 90-97 (foreground), 38;... (256 and true colour); bold (1) is not one.
COLOUR = re.compile("\x1b\\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]")
GREEN, RED, YELLOW = "\x1b[32m", "\x1b[31m", "\x1b[33m"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of the seeds with one retraction, written through the real command."""
    store = tmp_path_factory.mktemp("looks") / "cases.db"
    runner = CliRunner()
    for args in (
        ["ingest", str(SEEDS)],
        ["retract", CASE, "5", "--reason", "not this arrest", "--by", "desk"],
    ):
        done = runner.invoke(app, ["--db", str(store), *args])
        assert done.exit_code == 0, done.output
    return str(store)


def _run(command: list[str], store: str, *args: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environ.update(TERM="xterm-256color", COLUMNS="100", CASEFILE_TZ="America/New_York", **env)
    done = subprocess.run(
        [*command, "--db", store, *args], capture_output=True, text=True, env=environ, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_terminal_sees_changes_coloured_as_in_a_diff(casefile_command, seeded) -> None:
    diff = _run(casefile_command, seeded, "diff", CASE, "--from", MORNING, "--to", NOON,
                FORCE_COLOR="1")  # fmt: skip
    lines = diff.splitlines()
    added = [line for line in lines if "added" in line and "suspects:" in line]
    refined = [line for line in lines if "refined" in line]
    assert added and all(line.startswith(GREEN) for line in added)
    assert refined and all(line.startswith(YELLOW) for line in refined)

    history = _run(casefile_command, seeded, "history", CASE, FORCE_COLOR="1")
    assert f"{RED}FactRetracted" in history
    conflicts = _run(casefile_command, seeded, "conflicts", CASE, FORCE_COLOR="1")
    assert f"  {YELLOW}location of" in conflicts or YELLOW + "  location of" in conflicts
    # The case id of `show`'s title is bold as a whole (its year was coloured as a number).
    show = _run(casefile_command, seeded, "show", CASE, FORCE_COLOR="1")
    assert show.startswith(f"\x1b[1m{CASE}\x1b[0m as known at now")
    for verb in (["search", "cajigas"], ["followups", "--as-of", "2021-11-01", "--open-days", "1"]):
        listed = _run(casefile_command, seeded, *verb, FORCE_COLOR="1")
        assert listed.startswith(f"\n\x1b[1m{CASE}\x1b[0m\n"), verb


def test_no_colour_in_a_pipe_with_no_color_or_in_json_and_csv(casefile_command, seeded) -> None:
    diff = ["diff", CASE, "--from", MORNING, "--to", NOON]
    piped = _run(casefile_command, seeded, *diff)
    assert "added" in piped and not ANY_STYLE.search(piped)
    no_color = _run(casefile_command, seeded, *diff, FORCE_COLOR="1", NO_COLOR="1")
    assert "added" in no_color and not COLOUR.search(no_color)
    for args in (
        [*diff, "--format", "json"],
        ["show", CASE, "--format", "json"],
        ["show", CASE, "--format", "csv"],
        ["history", CASE, "--format", "json"],
        ["conflicts", CASE, "--format", "json"],
    ):
        printed = _run(casefile_command, seeded, *args, FORCE_COLOR="1")
        assert printed.strip() and not ANY_STYLE.search(printed), args


def test_coloured_lines_still_escape_control_characters_from_articles(
    casefile_command, tmp_path: Path
) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        '---\noutlet: "Evil\\e[2JOutlet"\npublished: 2024-03-05\nurl: https://example.org/a\n'
        "---\nPolice arrested Dorian Vell, 34, of Akron on Tuesday. Vell is charged with "
        "robbery.\n",
        encoding="utf-8",
    )
    store = str(tmp_path / "cases.db")
    _run(casefile_command, store, "ingest", str(article))
    shown = _run(casefile_command, store, "diff", "akron-vell-2024", "--from", "2024-03-01",
                 "--to", "2024-03-09", FORCE_COLOR="1")  # fmt: skip
    assert GREEN in shown  # coloured, and yet:
    assert "\x1b[2J" not in shown and "Evil\\u001b[2JOutlet" in shown


def test_history_cuts_nothing_at_80_columns(tmp_path: Path) -> None:
    outlet = "The Northern Lakeshore Evening Chronicle and Sunday Courier"
    url = "https://news.example.org/2024/03/05/" + "a-very-long-headline-slug-" * 4 + "vell"
    article = tmp_path / "a.md"
    article.write_text(
        f"---\noutlet: {outlet}\npublished: 2024-03-05\nurl: {url}\n---\n"
        "Police arrested Dorian Vell, 34, of Akron on Tuesday. Vell is charged with "
        "aggravated robbery, felonious assault and tampering with evidence.\n",
        encoding="utf-8",
    )
    runner = CliRunner(env={"COLUMNS": "80"})
    store = str(tmp_path / "cases.db")
    reason = "the court docket names another Dorian Vell, of Canton, born ten years later"
    for args in (
        ["ingest", str(article)],
        ["retract", "akron-vell-2024", "3", "--reason", reason, "--by", "desk"],
    ):
        assert runner.invoke(app, ["--db", store, *args]).exit_code == 0
    printed = runner.invoke(app, ["--db", store, "history", "akron-vell-2024"]).output
    assert "…" not in printed and "originator" not in printed and "topic" not in printed
    for line in printed.splitlines():
        # Only a single word longer than the width (the URL) may pass it, whole.
        assert len(line) <= 80 or len(line.split()) == 1, line
    flowing = " ".join(printed.split())
    for value in (outlet, reason, "ArticleAttached", "FactRetracted", "by: desk",
                  "aggravated robbery"):  # fmt: skip
        assert value in flowing, value
    assert f"    {url}" in printed.splitlines()


def test_show_before_the_first_report_says_so(tmp_path: Path) -> None:
    store = str(tmp_path / "cases.db")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", store, "ingest", str(SEEDS)]).exit_code == 0
    early = runner.invoke(app, ["--db", store, "show", CASE, "--as-of", "2021-10-01"])
    assert early.exit_code == 0
    assert early.output.splitlines() == [
        f"{CASE} as known at 2021-10-01 23:59:59 UTC (0 articles)",
        "No report of this case was published by then.",
    ]
    one = runner.invoke(app, ["--db", store, "show", CASE, "--as-of", MORNING])
    assert one.output.startswith(f"{CASE} as known at 2021-10-26 13:00:00 UTC (1 article)\n")
