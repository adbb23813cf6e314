"""One article, one identity: spellings of its URL, canonical links, and older stores."""

from __future__ import annotations

import shutil
from pathlib import Path

from casefile.adapters.article_files import read_articles
from casefile.application.ingest import ADDED, ALREADY, REVISED, ingest_article
from casefile.application.tracker import CaseTracker

BODY = (
    "SPRINGFIELD, Ill. — Police arrested Darnell Okafor, 34, on Thursday and charged him "
    "with armed robbery.\n\nOkafor is being held on a $50,000 bond.\n"
)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def markdown(folder: Path, name: str, url: str, extra: str = "") -> Path:
    path = folder / name
    path.write_text(
        f"---\nurl: {url}\noutlet: Example News\npublished: 2025-03-14T17:45-04:00\n---\n"
        + BODY
        + extra,
        encoding="utf-8",
    )
    return path


def ingest(tracker: CaseTracker, path: Path):
    [article] = read_articles(path)
    return ingest_article(tracker, article)


def test_the_same_page_under_four_spellings_is_one_article(tracker, tmp_path):
    spellings = [
        "https://www.example-news.com/crime/man-held/",
        "http://example-news.com/crime/man-held?utm_source=facebook&fbclid=abc",
        "https://example-news.com/crime/man-held#comments",
        "https://example-news.com/crime/man-held/amp",
    ]
    outcomes = [
        ingest(tracker, markdown(tmp_path, f"{n}.md", url, "\nMore details.\n" * n))
        for n, url in enumerate(spellings)
    ]
    assert [o.status for o in outcomes] == [ADDED, REVISED, REVISED, REVISED]
    assert len({o.article_id for o in outcomes}) == 1
    assert len(tracker.get_article(outcomes[0].article_id).revisions) == 4


def test_the_same_text_under_another_spelling_is_already_ingested(tracker, tmp_path):
    first = ingest(tracker, markdown(tmp_path, "a.md", "https://example-news.com/crime/man-held"))
    again = ingest(
        tracker, markdown(tmp_path, "b.md", "https://www.example-news.com/crime/man-held/")
    )
    assert (first.status, again.status) == (ADDED, ALREADY)


def page(canonical: str = "", og: str = "") -> str:
    head = '<meta property="article:published_time" content="2025-03-14T17:45-04:00">'
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if og:
        head += f'<meta property="og:url" content="{og}">'
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (
        "<!-- saved from url=(0045)https://example-news.com/saved?utm_source=rss -->\n"
        f"<html><head>{head}</head><body><article>{paragraphs}</article></body></html>"
    )


def test_a_canonical_link_wins_over_og_url_and_the_saved_address(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(page("https://example-news.com/crime/man-held", og="https://x.example/other"))
    assert read_articles(path)[0].url == "https://example-news.com/crime/man-held"
    path.write_text(page(og="https://example-news.com/crime/og"))
    assert read_articles(path)[0].url == "https://example-news.com/crime/og"
    path.write_text(page())
    assert read_articles(path)[0].url == "https://example-news.com/saved?utm_source=rss"


def test_a_saved_page_and_a_markdown_copy_with_its_canonical_url_are_one_article(tracker, tmp_path):
    html = tmp_path / "page.html"
    html.write_text(page("https://www.example-news.com/crime/man-held/"), encoding="utf-8")
    md = markdown(tmp_path, "copy.md", "https://example-news.com/crime/man-held")
    assert ingest(tracker, html).article_id == ingest(tracker, md).article_id


def test_a_store_from_before_the_rule_still_finds_its_articles(tmp_path):
    copy = tmp_path / "store_v1.db"
    shutil.copy(FIXTURES / "store_v1.db", copy)
    tracker = CaseTracker.open(f"sqlite:///{copy}")
    try:
        before = {row.url: row.article_id for row in tracker.list_cases()[0].articles}
        old_id = next(
            row.article_id
            for case in tracker.list_cases()
            for row in case.articles
            if row.url == "https://news.example/springfield/reed-arrest"
        )
        path = tmp_path / "reed.md"
        path.write_text(
            "---\nurl: http://www.news.example/springfield/reed-arrest/?utm_source=x\n"
            "published: 2024-03-07\n---\nSPRINGFIELD — Marcus Reed, 27, was released on "
            "Wednesday after posting bond.\n",
            encoding="utf-8",
        )
        outcome = ingest(tracker, path)
        assert (outcome.status, outcome.article_id) == (REVISED, old_id)
        assert before
    finally:
        tracker.close()
    # Opened again, nothing is migrated twice and the article is still found.
    tracker = CaseTracker.open(f"sqlite:///{copy}")
    try:
        assert ingest(tracker, path).status == ALREADY
    finally:
        tracker.close()
