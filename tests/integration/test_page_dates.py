"""Publication times from saved pages: the page's own dating, never a guess from its text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from casefile.adapters.article_files import read_articles
from casefile.application.ingest import ADDED, REVISED, ingest_article
from casefile.domain.reported_time import as_of_bound

STORY = """<article><h1>Man held after robbery</h1>
<p>SPRINGFIELD, Ill. — Police arrested Darnell Okafor, 34, on Thursday and charged him with armed robbery.</p>
<p>He was first arrested in 2016 on a theft charge, court records show.</p>
<p>Okafor is being held on a $50,000 bond.</p>{extra}
</article>"""
RAISED = "<p>A judge on Friday raised Okafor's bond to $250,000.</p>"


def page(head: str = "", body_top: str = "", footer: str = "", extra: str = "") -> str:
    return (
        f"<html><head><title>Man held | Example News</title>{head}</head><body>{body_top}"
        f"{STORY.format(extra=extra)}{footer}</body></html>"
    )


META = '<meta property="article:published_time" content="2025-03-14T17:45-04:00">'
JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "datePublished": "2025-03-14T17:45:00-04:00"}</script>'
)
TIME = '<p class="byline">By A. Reporter <time datetime="2025-03-14T17:45:00-04:00">March 14</time></p>'
EVENING = datetime(2025, 3, 14, 21, 45, tzinfo=UTC)


def read(tmp_path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    [article] = read_articles(path)
    return article


@pytest.mark.parametrize(
    "html",
    [page(head=META), page(head=JSON_LD), page(body_top=TIME)],
    ids=["meta-with-offset", "json-ld-only", "time-element-only"],
)
def test_the_page_time_with_its_offset_is_the_publication_time(tmp_path, html):
    article = read(tmp_path, html)
    assert article.published is not None
    assert article.published.at == EVENING
    assert article.published.local_date.isoformat() == "2025-03-14"
    assert article.updated is None


@pytest.mark.parametrize(
    "html",
    [page(footer="<footer>© 2025 Example News. All rights reserved.</footer>"), page()],
    ids=["copyright-footer", "a-year-in-the-text"],
)
def test_a_page_without_dating_metadata_has_no_publication_time(tmp_path, html):
    assert read(tmp_path, html).published is None


def test_a_page_without_a_date_is_refused_and_nothing_is_stored(tracker, tmp_path):
    from casefile.application.errors import IngestError

    article = read(tmp_path, page(footer="<footer>© 2025 Example News</footer>"))
    with pytest.raises(IngestError, match=r"page\.html: no publication date.*--published"):
        ingest_article(tracker, article)
    assert tracker.list_cases() == []


def test_a_date_only_page_stays_a_date(tmp_path):
    article = read(tmp_path, page(head='<meta name="date" content="2025-03-14">'))
    assert article.published.raw == "2025-03-14" and article.published.date_only


def test_an_update_is_a_revision_reported_at_the_update_time(tracker, tmp_path):
    modified = '<meta property="article:modified_time" content="2025-03-15T08:10-04:00">'
    canonical = '<link rel="canonical" href="https://example.org/news/man-held">'
    first = read(tmp_path, page(head=META + canonical), "first.html")
    later = read(tmp_path, page(head=META + modified + canonical, extra=RAISED), "later.html")
    assert later.updated is not None
    assert later.reported.at == datetime(2025, 3, 15, 12, 10, tzinfo=UTC)

    assert ingest_article(tracker, first).status == ADDED
    outcome = ingest_article(tracker, later)
    assert outcome.status == REVISED
    case = outcome.case_id

    def bonds(as_of: str) -> list[tuple[int, str]]:
        state = tracker.state(case, as_of_bound(as_of))
        return sorted((f.fields["amount"], f.fields["status"]) for f in state.category("bonds"))

    assert bonds("2025-03-14T09:00-04:00") == []
    assert bonds("2025-03-14T18:00-04:00") == [(50_000, "set")]
    after = bonds("2025-03-15T09:00-04:00")
    assert (250_000, "raised") in after
