"""Hostile and broken input: one clear error line, a non-zero exit, and nothing written."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.adapters.article_files import MAX_ARTICLE_BYTES, ArticleInputError, read_articles
from casefile.cli.main import app
from tests.reliability.conftest import opened
from tests.reliability.corpus import store_picture, write_articles

runner = CliRunner()
ARTICLE_BODY = "SPRINGFIELD — Police arrested Marcus Reed, 27, of Springfield, on Monday.\n"
FRONT = "---\nurl: https://news.example/reed\npublished: 2024-03-05\n---\n"
SCRIPTS = "<script>document.write('Police arrested Eve Mallory');alert(1)</script>" * 50

BROKEN_FILES: dict[str, tuple[str, bytes, str]] = {
    # name: (file name, content, what the error says)
    "empty": ("empty.md", b"", "empty file"),
    "blank": ("blank.md", b" \n\t\n", "empty file"),
    "binary": ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "invalid utf-8": ("latin.md", FRONT.encode() + "Señor Núñez".encode("latin-1"), "not UTF-8"),
    "malformed front matter": (
        "front.md",
        b"---\nurl: [unclosed\npublished: 2024-03-05\n---\n" + ARTICLE_BODY.encode(),
        "malformed front matter",
    ),
    "front matter not a mapping": (
        "list.md",
        b"---\n- a\n- b\n---\n" + ARTICLE_BODY.encode(),
        "front matter is not a mapping",
    ),
    "missing date": ("undated.md", ARTICLE_BODY.encode(), "no publication date"),
    "impossible date": (
        "feb30.md",
        b"---\npublished: 2021-02-30\n---\n" + ARTICLE_BODY.encode(),
        "not a real date",
    ),
    "nonsense date": (
        "when.md",
        b"---\npublished: the day after tomorrow\n---\n" + ARTICLE_BODY.encode(),
        "published:",
    ),
    "html full of scripts": (
        "page.html",
        f"<html><head>{SCRIPTS}</head><body>{SCRIPTS}</body></html>".encode(),
        "no article text found",
    ),
    "json lines not json": ("bulk.jsonl", b'{"text": "unterminated\n', "not JSON"),
    "json lines without text": ("bulk2.jsonl", b'{"title": "x"}\n', '"text" string'),
}


def assert_one_error_line(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    for fragment in fragments:
        assert fragment in errors[0], errors[0]


def assert_store_empty(url: str) -> None:
    with opened(url) as tracker:
        picture = store_picture(tracker)
    assert picture["events"] == {}
    assert all(rows == [] for rows in picture["rows"].values()), picture["rows"]


@pytest.mark.parametrize("kind", sorted(BROKEN_FILES))
def test_a_broken_article_file_fails_clearly_and_stores_nothing(kind, tmp_path, sqlite_url):
    name, content, says = BROKEN_FILES[kind]
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(path)])
    assert_one_error_line(result, str(path), says)
    assert_store_empty(sqlite_url)


def test_a_20_mb_file_is_refused_by_its_size_before_it_is_read(tmp_path, sqlite_url):
    path = tmp_path / "huge.md"
    line = "Police arrested Marcus Reed on Monday after a shooting on Elm Street.\n"
    with path.open("w", encoding="utf-8") as file:
        file.write(FRONT)
        for _ in range(20 * 1024 * 1024 // len(line)):
            file.write(line)
    assert path.stat().st_size >= 20 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ArticleInputError, match="too large"):
            read_articles(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MAX_ARTICLE_BYTES // 4, f"{peak} bytes were allocated to refuse the file"
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(path)])
    assert_one_error_line(result, str(path), "too large for an article", "20.0 MB", "5 MB")
    assert_store_empty(sqlite_url)


def test_an_article_just_under_the_limit_is_read_and_one_just_over_is_not(tmp_path):
    fits, too_big = tmp_path / "fits.md", tmp_path / "too-big.md"
    fits.write_bytes(FRONT.encode() + b"a" * (MAX_ARTICLE_BYTES - len(FRONT)))
    too_big.write_bytes(FRONT.encode() + b"a" * (MAX_ARTICLE_BYTES - len(FRONT) + 1))
    assert len(read_articles(fits)) == 1
    with pytest.raises(ArticleInputError, match="too large"):
        read_articles(too_big)


def test_an_oversized_json_lines_record_is_refused(tmp_path):
    path = tmp_path / "bulk.jsonl"
    path.write_text('{"text": "' + "a" * MAX_ARTICLE_BYTES + '"}\n', encoding="utf-8")
    with pytest.raises(ArticleInputError, match=r"bulk.jsonl:1: too large"):
        read_articles(path)


def test_scripts_around_an_article_never_reach_its_stored_text(tmp_path, sqlite_url):
    page = tmp_path / "page.html"
    body = " ".join(
        [
            "Police arrested Marcus Reed, 27, of Springfield, on Monday after a shooting.",
            "Reed was charged with aggravated battery and held on a $50,000 bond.",
        ]
        * 3
    )
    page.write_text(
        '<html><head><title>Arrest</title><meta property="article:published_time" '
        f'content="2024-03-05">{SCRIPTS}</head><body>{SCRIPTS}'
        f"<article><p>{body}</p></article>{SCRIPTS}</body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", "--case", "reed", str(page)])
    assert result.exit_code == 0, result.output
    with opened(sqlite_url) as tracker:
        [attached] = tracker.attached_articles("reed")
        article = tracker.get_article(attached.article_id)
        text = article.text_of(attached.revision)
    assert "Marcus Reed" in text
    assert "Mallory" not in text and "alert(" not in text and "document.write" not in text


def test_a_path_that_does_not_exist(tmp_path, sqlite_url):
    missing = tmp_path / "no-such-article.md"
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(missing)])
    assert_one_error_line(result, str(missing), "no such file or folder")
    assert not Path(sqlite_url.split("///")[1]).exists(), "a store was created for nothing"


@pytest.mark.parametrize("verb", ["show", "timeline", "history"])
def test_an_unknown_case_id(verb, sqlite_url, tmp_path):
    write_articles(tmp_path / "a", 1)
    assert runner.invoke(app, ["--db", sqlite_url, "ingest", str(tmp_path / "a")]).exit_code == 0
    result = runner.invoke(app, ["--db", sqlite_url, verb, "no-such-case-2024"])
    assert_one_error_line(result, "no case 'no-such-case-2024'")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://postgres@127.0.0.1:1/casefile", "cannot use the store"),
        ("postgresql://postgres@127.0.0.1:5432/casefile_no_such_database", "does not exist"),
        ("sqlite:////no/such/folder/casefile.db", "no such folder"),
        ("mysql://root@127.0.0.1/casefile", "unsupported database"),
        ("://not-a-url", "not an SQLAlchemy URL"),  # a plain path is a SQLite file
    ],
)
def test_an_unusable_database_url(url, says, tmp_path):
    article = write_articles(tmp_path / "a", 1)[0]
    for args in (["ingest", str(article)], ["cases"]):
        result = runner.invoke(app, ["--db", url, *args])
        assert_one_error_line(result, says)


def test_a_file_that_is_not_a_database(tmp_path):
    impostor = tmp_path / "casefile.db"
    impostor.write_text("these are my notes, not a database\n" * 200, encoding="utf-8")
    result = runner.invoke(app, ["--db", f"sqlite:///{impostor}", "cases"])
    assert_one_error_line(result, "cannot use the store", "not a database")
    assert impostor.read_text(encoding="utf-8").startswith("these are my notes")


def test_a_folder_import_reports_each_bad_file_and_keeps_the_good_ones(tmp_path, sqlite_url):
    folder = tmp_path / "mixed"
    good = write_articles(folder, 3, per_case=1)
    for name, content, _ in BROKEN_FILES.values():
        (folder / name).write_bytes(content)
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == len(BROKEN_FILES)
    for name, _, says in BROKEN_FILES.values():
        assert any(name in line and says in line for line in errors), (name, errors)
    assert f"{len(BROKEN_FILES)} of {len(BROKEN_FILES) + 3} files failed" in result.stderr
    assert sum(" added to case " in line for line in result.stdout.splitlines()) == len(good)
    with opened(sqlite_url) as tracker:
        assert len(tracker.list_cases()) == 3


@pytest.mark.parametrize(
    ("url", "content", "says"),
    [
        (None, b"", "empty file"),
        (None, b"\x00\x01\x02binary", "binary file"),
        (
            "postgresql://postgres@127.0.0.1:1/casefile",
            FRONT.encode() + b"x",
            "cannot use the store",
        ),
    ],
)
def test_the_installed_command_fails_with_one_line_and_no_traceback(
    url, content, says, tmp_path, sqlite_url, run_casefile
):
    article = tmp_path / "article.md"
    article.write_bytes(content)
    done = run_casefile(url or sqlite_url, "ingest", str(article))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and says in errors[0], done.stderr
