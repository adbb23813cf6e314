"""A folder is read, not wherever its links point: a link in the folder to a file outside it
is skipped (and said so) unless `--follow-links` asks for it; a link to a file inside the
folder, and a file named on its own, are read as before."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from casefile.adapters.article_files import find_article_files
from casefile.cli.main import app
from tests.reliability.conftest import opened
from tests.reliability.corpus import write_articles

runner = CliRunner()


def folder_with_links(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A folder of two articles, a link to a third outside it, and a link to one inside."""
    outside = write_articles(tmp_path / "outside", 3, per_case=1)[2]
    folder = tmp_path / "folder"
    write_articles(folder, 2, per_case=1)
    (folder / "zz-out.md").symlink_to(outside)
    (folder / "sub").mkdir()
    (folder / "sub" / "in.md").symlink_to(folder / "article-000.md")
    return folder, folder / "zz-out.md", outside


def test_a_link_out_of_the_folder_is_skipped_unless_asked(tmp_path):
    folder, link, _ = folder_with_links(tmp_path)
    skipped: list[Path] = []
    found = find_article_files([folder], skipped=skipped)
    assert link not in found and skipped == [link]
    assert folder / "sub" / "in.md" in found  # a link inside the folder is read
    assert link in find_article_files([folder], follow_links=True)


def test_ingest_skips_a_link_out_of_the_folder_and_says_so(tmp_path, sqlite_url):
    folder, link, outside = folder_with_links(tmp_path)
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert f"Skipped {link}" in result.stderr and "--follow-links" in result.stderr
    assert str(link) not in result.stdout
    with opened(sqlite_url) as tracker:
        assert len(tracker.list_cases()) == 2
    # Asked for, it is read; named on its own, the file outside is read too.
    followed = runner.invoke(app, ["--db", sqlite_url, "ingest", "--follow-links", str(folder)])
    assert followed.exit_code == 0 and "Skipped" not in followed.stderr, followed.output
    with opened(sqlite_url) as tracker:
        assert len(tracker.list_cases()) == 3
    named = runner.invoke(app, ["--db", sqlite_url, "ingest", str(outside)])
    assert named.exit_code == 0 and "already ingested" in named.stdout, named.output


def test_extract_skips_a_link_out_of_the_folder_too(tmp_path):
    folder, link, _ = folder_with_links(tmp_path)
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert str(link) not in result.stdout and f"Skipped {link}" in result.stderr
    assert str(link) in runner.invoke(app, ["extract", "--follow-links", str(folder)]).stdout
