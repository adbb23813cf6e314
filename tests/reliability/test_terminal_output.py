"""Stored text never drives the reader's terminal or spreadsheet.

An outlet, title or quote holding ESC sequences (clear the screen, retitle the window,
recolour) or C1 controls is printed with each control character escaped, by every verb and
in error messages; JSON output still reads back as the stored text. CSV cells that a
spreadsheet would take for a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from casefile.adapters.safe_output import csv_cell, escape_controls
from casefile.cli.main import app

runner = CliRunner()
CASE = "akron-vell-2024"
# As the article's YAML writes them: \e is ESC, \a BEL, \x9b the one-byte CSI.
OUTLET_YAML = r"Evil\e[2J\e]0;pwned\a\e[31mRED"
OUTLET = "Evil\x1b[2J\x1b]0;pwned\x07\x1b[31mRED"
TITLE_YAML = r"Vell\x9b2J arrested\r\x7f"
TITLE = "Vell\x9b2J arrested\r\x7f"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMULA = '=HYPERLINK("http://evil.example","x")'


def ingest(tmp_path, sqlite_url, outlet_yaml: str, title_yaml: str = "A title") -> None:
    article = tmp_path / "a.md"
    article.write_text(
        f'---\noutlet: "{outlet_yaml}"\ntitle: "{title_yaml}"\npublished: 2024-03-05\n'
        "url: https://example.org/a\n---\n"
        "Police arrested Dorian Vell, 34, of Akron on Tuesday. Vell is charged with robbery.\n",
        encoding="utf-8",
    )
    done = runner.invoke(app, ["--db", sqlite_url, "ingest", str(article)])
    assert done.exit_code == 0, done.output


VERBS = [
    ["show", CASE],
    ["cases"],
    ["timeline", CASE],
    ["history", CASE],
    ["report", CASE, "--format", "md"],
    ["export", CASE, "--format", "md"],
    ["export", CASE, "--format", "csv"],
]


@pytest.mark.parametrize("verb", VERBS, ids=lambda verb: " ".join(verb[:1] + verb[2:]))
def test_no_verb_prints_a_stored_control_character_raw(verb, tmp_path, sqlite_url):
    ingest(tmp_path, sqlite_url, OUTLET_YAML, TITLE_YAML)
    shown = runner.invoke(app, ["--db", sqlite_url, *verb])
    assert shown.exit_code == 0, shown.output
    assert not RAW_CONTROL.search(shown.output), repr(shown.output[:2000])
    assert "\\u001b" in shown.output  # shown, as an escape


@pytest.mark.parametrize(
    "verb",
    [
        ["show", CASE, "--format", "json"],
        ["cases", "--format", "json"],
        ["export", CASE, "--format", "json"],
    ],
    ids=lambda verb: verb[0],
)
def test_json_output_escapes_controls_and_reads_back_as_stored(verb, tmp_path, sqlite_url):
    ingest(tmp_path, sqlite_url, OUTLET_YAML, TITLE_YAML)
    shown = runner.invoke(app, ["--db", sqlite_url, *verb])
    assert shown.exit_code == 0, shown.output
    assert not RAW_CONTROL.search(shown.output), repr(shown.output[:2000])
    assert OUTLET in strings(json.loads(shown.output))


def strings(value: object) -> set[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(strings(v) for v in value.values()), set())
    if isinstance(value, list):
        return set().union(*(strings(v) for v in value), set())
    return set()


def test_an_error_message_never_prints_a_control_character_raw(tmp_path, sqlite_url):
    path = tmp_path / "name\x1b]0;pwned\x07\x1b[2J.md"
    path.write_bytes(b"")
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(path)])
    assert result.exit_code == 1
    assert "Error: " in result.stderr and "empty file" in result.stderr
    assert not RAW_CONTROL.search(result.stderr), repr(result.stderr)


def test_extract_prints_a_quote_with_controls_escaped(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(
        "---\npublished: 2024-03-05\n---\n"
        "Police arrested Dorian Vell\x1b[2J, 34, of Akron on Tuesday.\x9b Vell is charged.\n",
        encoding="utf-8",
    )
    for fmt in ("jsonl", "text"):
        shown = runner.invoke(app, ["extract", str(article), "--format", fmt])
        assert shown.exit_code == 0, shown.output
        assert "\\u001b" in shown.output, fmt
        assert not RAW_CONTROL.search(shown.output), (fmt, repr(shown.output))


def test_a_csv_export_neutralises_a_formula_in_an_outlet(tmp_path, sqlite_url):
    ingest(tmp_path, sqlite_url, FORMULA.replace('"', '\\"'))
    shown = runner.invoke(app, ["--db", sqlite_url, "export", CASE, "--format", "csv"])
    assert shown.exit_code == 0, shown.output
    rows = list(csv.DictReader(io.StringIO(shown.output)))
    assert rows and all(row["outlet"] == "'" + FORMULA for row in rows)
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Wire", "Wire"),
        ("", ""),
        ("a=1", "a=1"),
    ],
)
def test_csv_cell_prefixes_what_a_spreadsheet_would_run(cell, written):
    assert csv_cell(cell) == written


def test_escape_controls_keeps_tabs_lines_and_printable_text():
    assert escape_controls("a\tb\nc é ü 中") == "a\tb\nc é ü 中"
    assert escape_controls("\x1b[2J\x07\x9b\x7f\r") == "\\u001b[2J\\u0007\\u009b\\u007f\\u000d"
