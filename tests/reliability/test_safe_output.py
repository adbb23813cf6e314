"""Output safety: article text is escaped in HTML and Markdown; files go only where asked."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.adapters.safe_output import (
    UnsafeOutputError,
    escape_html,
    escape_markdown,
    safe_output_path,
    write_output,
)

HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))'


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text.append(data)


@given(st.text())
def test_escaped_html_is_only_text_and_reads_back_as_given(text):
    page = f'<p title="{escape_html(text)}">{escape_html(text)}</p>'
    parser = _Collector()
    parser.feed(page)
    parser.close()
    assert parser.tags == ["p"]
    assert html.unescape(escape_html(text)) == text


def test_script_in_article_text_is_not_markup_in_html():
    escaped = escape_html(HOSTILE)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped


@given(st.text())
def test_escaped_markdown_has_no_raw_html_links_or_line_structure(text):
    escaped = escape_markdown(text)
    assert "<" not in escaped and ">" not in escaped
    assert "\n" not in escaped
    assert "](" not in escaped.replace("\\](", "")
    assert not escaped.startswith(("#", "-", "+", ">", "="))


def test_markdown_escaping_defuses_links_emphasis_and_headings():
    assert escape_markdown(HOSTILE).count("\\[") == 1
    assert escape_markdown("# Headline\n- item *bold*") == "\\# Headline - item \\*bold\\*"
    assert escape_markdown("1. first") == "1\\. first"


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "..", ".hidden", "a/b\\c", "x\x00y", "", "\n"]
)
def test_a_name_from_data_stays_inside_the_folder(tmp_path, name):
    path = safe_output_path(tmp_path, name, ".md")
    assert path.parent == tmp_path
    assert path.name.endswith(".md") and not path.name.startswith(".")


def test_a_symlinked_name_pointing_outside_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "case.md").symlink_to(outside / "case.md")
    with pytest.raises(UnsafeOutputError, match="outside"):
        safe_output_path(folder, "case", ".md")


def test_write_output_writes_exactly_the_given_file(tmp_path):
    target = tmp_path / "export.md"
    write_output(target, "hello")
    assert target.read_text(encoding="utf-8") == "hello"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.md"]


def test_write_output_replaces_a_symlink_instead_of_writing_through_it(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    link = tmp_path / "out" / "report.md"
    link.parent.mkdir()
    link.symlink_to(victim)
    write_output(link, "report")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert link.read_text(encoding="utf-8") == "report" and not link.is_symlink()


@pytest.mark.parametrize("where", ["folder", "missing-parent"])
def test_write_output_refuses_folders_and_missing_folders_and_leaves_nothing(tmp_path, where):
    target = tmp_path if where == "folder" else tmp_path / "missing" / "x.md"
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(UnsafeOutputError):
        write_output(target, "x")
    assert sorted(tmp_path.rglob("*")) == before


def test_a_failed_write_leaves_neither_file_nor_temporary(tmp_path, monkeypatch):
    import os

    def broken_replace(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UnsafeOutputError, match="No space left"):
        write_output(tmp_path / "x.md", "x")
    assert list(Path(tmp_path).iterdir()) == []


# -- what the tool itself writes, end to end ---------------------------------------------------

HOSTILE_ARTICLE = """---
url: https://news.example/hostile
outlet: "<script>alert('outlet')</script>"
title: "[Click me](javascript:alert(1)) <img src=x onerror=alert(2)>"
published: 2024-03-05
---
SPRINGFIELD — Police arrested Marcus Reed, 27, of Springfield, on Monday <img src=x onerror=alert(3)> after a *shooting* on [Elm Street](javascript:alert(4)).

Reed was charged with aggravated battery <script>alert(5)</script> and held on a $50,000 bond.
"""


@pytest.fixture
def hostile_case(sqlite_url, tmp_path) -> str:
    from typer.testing import CliRunner

    from casefile.cli.main import app

    article = tmp_path / "hostile.md"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", sqlite_url, "ingest", "--case", "reed", str(article)])
    assert result.exit_code == 0, result.output
    return sqlite_url


def _casefile(url: str, *args: str):  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from casefile.cli.main import app

    result = CliRunner().invoke(app, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return result


def test_the_html_report_shows_hostile_article_text_as_text(hostile_case, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    _casefile(hostile_case, "report", "reed", "--html", str(out / "reed.html"))
    assert sorted(p.name for p in out.iterdir()) == ["reed.html"]
    page = (out / "reed.html").read_text(encoding="utf-8")
    assert "Marcus Reed" in page and "onerror=alert(3)" in page  # the text is there, escaped
    for raw in ("<script>alert", "<img src=x", 'href="javascript:'):
        assert raw not in page


def test_the_markdown_report_and_export_show_hostile_text_as_text(hostile_case, tmp_path):
    report = _casefile(hostile_case, "report", "reed", "--format", "md").stdout
    out = tmp_path / "out"
    out.mkdir()
    _casefile(hostile_case, "export", "reed", "--format", "md", "--output", str(out / "reed.md"))
    assert sorted(p.name for p in out.iterdir()) == ["reed.md"]
    export = (out / "reed.md").read_text(encoding="utf-8")
    for markdown in (report, export):
        assert "Marcus Reed" in markdown
        assert "<script>" not in markdown and "<img src=x" not in markdown
        # A link needs an unescaped "](": the article's one must read "\](".
        assert not re.search(r"(?<!\\)\]\(javascript:", markdown)


def test_show_prints_an_outlet_that_looks_like_console_markup_as_written(tmp_path, sqlite_url):
    from typer.testing import CliRunner

    from casefile.cli.main import app

    outlet = "[red]Wire[/red]"
    article = tmp_path / "a.md"
    article.write_text(
        f"---\noutlet: '{outlet}'\npublished: 2024-03-05\nurl: https://example.org/a\n---\n"
        "Police arrested Dorian Vell, 34, of Akron on Tuesday. Vell is charged with robbery.\n"
    )
    runner = CliRunner()
    assert runner.invoke(app, ["--db", sqlite_url, "ingest", str(article)]).exit_code == 0
    shown = runner.invoke(app, ["--db", sqlite_url, "show", "akron-vell-2024"])
    assert shown.exit_code == 0, shown.output
    assert shown.output.count(outlet) >= 2  # in the facts' table and in the sources
    for verb in (["cases"], ["timeline", "akron-vell-2024"], ["history", "akron-vell-2024"]):
        listed = runner.invoke(app, ["--db", sqlite_url, *verb])
        assert listed.exit_code == 0, listed.output
        assert "[red]" in listed.output, verb  # as markup it would vanish (tables may wrap it)


@pytest.mark.parametrize(
    "inside",
    ["", "\x1b[2J", "\x07", "\x7f", "\x85", "\x9b", "\u00a0", "\u00e9", "\u2014", "\n\t", "\ud800"],
)
def test_a_long_text_is_escaped_as_a_short_one(inside: str) -> None:
    """Megabytes of JSON are told to hold a control character by their UTF-8 bytes, not by
    the regular expression: the same answer, a no-break space (0xC2 0xA0) and a lone
    surrogate included."""
    from casefile.adapters.safe_output import escape_controls

    short = f"Zoë said {inside} and left"
    long = "Zoë — " * 2000 + short
    assert escape_controls(long) == "Zoë — " * 2000 + escape_controls(short)
