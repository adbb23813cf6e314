"""Property-based: arbitrary text never crashes the reader, the extractor or the ingester,
and an article is always stored whole or not at all."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.adapters.article_files import ArticleInputError, read_articles
from casefile.application.ingest import IngestError, ingest_article
from casefile.extraction import extract_facts
from tests.reliability.conftest import opened
from tests.reliability.corpus import article_presence, store_picture

# Text that looks like news some of the time: arbitrary characters, mixed with the words and
# shapes the extractor looks for, so its rules run on odd input, not only on noise.
NEWS_WORDS = st.sampled_from(
    [
        "Police", "arrested", "charged", "with", "murder", "bond", "$", "1,000", "held", "on",
        "a", "Jose", "Smith", "Jr.", ",", ".", "\n\n", "Oct.", "15", "Tuesday", "court",
        "arraignment", "victim", "killed", "homicide", "said", '"', "—", "(", ")", "27", "of",
    ]
)  # fmt: skip
NEWSLIKE = st.lists(st.one_of(NEWS_WORDS, st.text(max_size=12)), max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), NEWSLIKE)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=150, deadline=None)
@given(text=ANY_TEXT, published=st.one_of(st.none(), DATES))
def test_the_extractor_never_crashes_and_quotes_exactly(text, published):
    for fact in extract_facts(text, published):
        evidence = fact.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.quote


@settings(max_examples=150, deadline=None)
@given(content=st.one_of(st.binary(max_size=300), ANY_TEXT.map(str.encode)))
def test_the_reader_takes_any_bytes_or_refuses_them_clearly(content):
    with tempfile.TemporaryDirectory() as folder:
        for name in ("a.md", "a.html", "a.jsonl"):
            path = Path(folder) / name
            path.write_bytes(content)
            try:
                articles = read_articles(path)
            except ArticleInputError as error:
                assert str(error).startswith(str(path)) and "\n" not in str(error)
            else:
                assert all(article.text.strip() for article in articles)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(body=ANY_TEXT, published=DATES, with_url=st.booleans())
def test_the_ingester_stores_an_article_whole_or_refuses_it_and_stores_nothing(
    sqlite_url, tmp_path, body, published, with_url
):
    # A new URL each time: a revision repeats facts its earlier revision stated, on purpose
    # not reported twice, which would blur the whole-or-nothing count below.
    url = f"url: https://news.example/{uuid.uuid4().hex}\n" if with_url else ""
    path = tmp_path / "article.md"
    path.write_text(f"---\n{url}published: {published.isoformat()}\n---\n{body}", encoding="utf-8")
    with opened(sqlite_url) as tracker:
        before = store_picture(tracker)
        try:
            [article] = read_articles(path)
            ingest_article(tracker, article)
        except (ArticleInputError, IngestError):
            assert store_picture(tracker) == before
        else:
            assert article_presence(tracker, path) == "complete"
