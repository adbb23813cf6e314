"""The `Article` aggregate: a news report as stored, revision by revision.

An article is identified by its URL's identity form (`urls.py`: scheme, `www.`, tracking
parameters and AMP spellings do not count), or, without a URL, by its text. The same text ingested
again changes nothing; the same URL with different text is a new revision, kept beside the
earlier ones, so every evidence quote can always be shown in the text it was taken from.

Its events change only as `case.py` describes: a new field gets a default or an upcaster.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import lru_cache
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate

from casefile.domain.urls import url_identity


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_key(url: str | None, text: str) -> str:
    """What makes two ingested files the same article: the URL's identity form, else the
    exact text."""
    return f"url:{url_identity(url)}" if url else f"text:{content_hash(text)}"


def article_id_for(key: str) -> str:
    """A short readable article id (12 hex digits), stable for the article's key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


# Asked several times per article ingested; a UUID is immutable, so one is kept per id.
@lru_cache(maxsize=4096)
def article_uuid(article_id: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"casefile:/articles/{article_id}")


class Article(Aggregate):
    TOPIC = "casefile:Article"

    class Created(Aggregate.Created):
        TOPIC = "casefile:Article.Created"
        article_id: str
        url: str | None

    class Revised(Aggregate.Event):
        """A revision of the article's text and metadata was stored (the first one included)."""

        TOPIC = "casefile:Article.Revised"
        revision: str
        text: str
        outlet: str | None
        title: str | None
        path: str | None
        published_raw: str
        reported_at: datetime
        reported_estimated: bool

        def apply(self, article: Article) -> None:
            article.revisions[self.revision] = self

    @staticmethod
    def create_id(article_id: str) -> UUID:
        return article_uuid(article_id)

    def __init__(self, article_id: str, url: str | None) -> None:
        self.article_id = article_id
        self.url = url
        self.revisions: dict[str, Article.Revised] = {}

    def has_revision(self, revision: str) -> bool:
        return revision in self.revisions

    def revise(
        self,
        *,
        text: str,
        outlet: str | None,
        title: str | None,
        path: str | None,
        published_raw: str,
        reported_at: datetime,
        reported_estimated: bool,
    ) -> str:
        """Store a revision of the text; returns its id (the text's content hash)."""
        revision = content_hash(text)
        if revision not in self.revisions:
            self.trigger_event(
                self.Revised,
                revision=revision,
                text=text,
                outlet=outlet,
                title=title,
                path=path,
                published_raw=published_raw,
                reported_at=reported_at,
                reported_estimated=reported_estimated,
            )
        return revision

    def text_of(self, revision: str) -> str:
        return self.revisions[revision].text
