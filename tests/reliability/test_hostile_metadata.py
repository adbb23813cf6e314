"""Hostile metadata: YAML alias bombs, fields of the wrong type or size, JSON nested too deep.

Each is refused with one error line naming the file; in a folder, the good files are stored.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from casefile.adapters.article_files import ArticleInputError, read_articles
from casefile.adapters.article_metadata import (
    FIELD_LIMITS,
    MAX_STORED_BYTES,
    MetadataError,
    checked_metadata,
)
from casefile.cli.main import app
from tests.reliability.conftest import opened
from tests.reliability.corpus import write_articles
from tests.reliability.test_hostile_input import (
    ARTICLE_BODY,
    assert_one_error_line,
    assert_store_empty,
)

runner = CliRunner()


def alias_bomb(levels: int, width: int = 10) -> str:
    """Front matter whose `url` expands to `width ** levels` copies of a short string."""
    lines = ["a0: &a0 lol"]
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    lines += [f"url: *a{levels}", "published: 2024-03-05"]
    return "---\n" + "\n".join(lines) + "\n---\n" + ARTICLE_BODY


HOSTILE_FRONT_MATTER: dict[str, tuple[str, str]] = {
    # kind: (front matter lines, what the error says)
    "an alias": ("url: &u https://news.example/a\ntitle: *u", "anchors and aliases"),
    "an anchor alone": ("url: &u https://news.example/a", "anchors and aliases"),
    "a merge key": ("base: &b {outlet: Wire}\n<<: *b", "anchors and aliases"),
    "a url that is a list": ("url: [https://a.example, https://b.example]", "url: must be text"),
    "an outlet that is a mapping": ("outlet: {name: Wire}", "outlet: must be text"),
    "a title that is true": ("title: yes", "title: must be text"),
    "a url too long": (f"url: https://news.example/{'a' * FIELD_LIMITS['url']}", "url: too long"),
    "an outlet too long": (f"outlet: {'W' * (FIELD_LIMITS['outlet'] + 1)}", "outlet: too long"),
    "a title too long": (f"title: {'T' * (FIELD_LIMITS['title'] + 1)}", "title: too long"),
    "a date that is a list": ("published: [2024-03-05]", "published: must be text"),
    "an estimate that is text": ("published_estimated: maybe", "published_estimated"),
    "nesting too deep": ("title: " + "[" * 50_000 + "]" * 50_000, "front matter"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_FRONT_MATTER))
def test_hostile_front_matter_is_refused_with_one_line_and_nothing_stored(
    kind, tmp_path, sqlite_url
):
    lines, says = HOSTILE_FRONT_MATTER[kind]
    if "published:" not in lines:
        lines += "\npublished: 2024-03-05"
    path = tmp_path / "hostile.md"
    path.write_text(f"---\n{lines}\n---\n{ARTICLE_BODY}", encoding="utf-8")
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(path)])
    assert_one_error_line(result, str(path), says)
    assert_store_empty(sqlite_url)


def test_an_alias_bomb_is_refused_before_it_expands(tmp_path):
    path = tmp_path / "bomb.md"
    # 10**9 copies: composed, it would need tens of gigabytes.
    path.write_text(alias_bomb(9), encoding="utf-8")
    assert len(path.read_bytes()) < 3_000
    with pytest.raises(ArticleInputError, match="anchors and aliases"):
        read_articles(path)


def test_a_folder_with_an_alias_bomb_stores_the_good_files(tmp_path, sqlite_url):
    folder = tmp_path / "mixed"
    good = write_articles(folder, 3, per_case=1)
    (folder / "article-000-bomb.md").write_text(alias_bomb(4), encoding="utf-8")
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "bomb.md" in errors[0] and "aliases" in errors[0], errors
    assert sum(" added to case " in line for line in result.stdout.splitlines()) == len(good)
    with opened(sqlite_url) as tracker:
        assert len(tracker.list_cases()) == 3


JSON_LINES: dict[str, tuple[str, str]] = {
    "nested too deep": ('{"text": "x", "title": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
    "a url that is a list": ('{"text": "Police arrested Al Roe.", "url": ["a"]}', "url: must be"),
    "a title too long": (
        '{"text": "Police arrested Al Roe.", "title": "' + "T" * 5000 + '"}',
        "title: too long",
    ),
}


@pytest.mark.parametrize("kind", sorted(JSON_LINES))
def test_a_hostile_json_lines_record_is_refused_with_one_line(kind, tmp_path, sqlite_url):
    line, says = JSON_LINES[kind]
    path = tmp_path / "bulk.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(path)])
    assert_one_error_line(result, f"{path}:1", says)
    assert_store_empty(sqlite_url)


def test_what_is_stored_of_an_article_is_bounded_not_only_its_file():
    text = "a" * (MAX_STORED_BYTES - 100)
    assert checked_metadata({"title": "t" * 100}, text)["title"] == "t" * 100
    with pytest.raises(MetadataError, match="too large"):
        checked_metadata({"title": "t" * 101}, text)


def test_a_number_as_a_title_is_taken_as_its_text(tmp_path):
    path = tmp_path / "numbers.md"
    path.write_text(f"---\ntitle: 1984\npublished: 2024-03-05\n---\n{ARTICLE_BODY}")
    [article] = read_articles(path)
    assert article.title == "1984"


@pytest.mark.parametrize("failure", [MemoryError, RecursionError])
def test_a_file_that_exhausts_the_reader_gets_its_line_and_the_files_after_it_are_stored(
    failure, tmp_path, sqlite_url, monkeypatch
):
    from casefile.cli import ingest_input

    folder = tmp_path / "mixed"
    good = write_articles(folder, 3, per_case=1)
    read = ingest_input.iter_results

    def exhausting(path, zone):
        if path == good[0]:
            raise failure
        return read(path, zone)

    monkeypatch.setattr(ingest_input, "iter_results", exhausting)
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and str(good[0]) in errors[0] and "cannot be read" in errors[0]
    with opened(sqlite_url) as tracker:
        assert len(tracker.list_cases()) == 2
