"""The list of cases (`casefile cases`), read from the read model alone.

Listing needs neither the event library nor the domain: reading the rows straight from the
store spares the command the third of a second those take to import and set up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casefile.adapters import plain_reads
from casefile.adapters.plain_reads import CaseArticleRow


@dataclass(frozen=True)
class CaseSummary:
    case_id: str
    articles: list[CaseArticleRow]
    # The revisions (of `articles`) whose publication time is estimated.
    estimated: frozenset[str] = frozenset()

    def is_estimated(self, row: CaseArticleRow) -> bool:
        return row.revision in self.estimated

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "articles": [
                {
                    "article": row.article_id,
                    "url": row.url,
                    "path": row.path,
                    "outlet": row.outlet,
                    "title": row.title,
                    "published": row.published,
                }
                for row in self.articles
            ],
        }


def summaries(
    rows: list[CaseArticleRow], estimated: set[tuple[str, str]] | None = None
) -> list[CaseSummary]:
    """The cases of `rows` (sorted by case), each with its articles in reported order;
    `estimated` gives the (case, revision) whose publication time is estimated."""
    by_case: dict[str, list[CaseArticleRow]] = {}
    for row in rows:
        by_case.setdefault(row.case_id, []).append(row)
    marked = estimated or set()
    return [
        CaseSummary(
            case_id,
            articles,
            frozenset(row.revision for row in articles if (case_id, row.revision) in marked),
        )
        for case_id, articles in by_case.items()
    ]


def read_case_list(db_url: str | None = None) -> list[CaseSummary] | None:
    """The cases of the configured store, or None when its read model is not there yet (a
    new store: opening the tracker creates it)."""
    plain = plain_reads.case_list_rows(db_url)  # a plain SQLite file: read without SQLAlchemy
    if plain is not None:
        rows, estimated = plain
        return summaries(rows, estimated) if rows else []
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from casefile.adapters import read_model
    from casefile.adapters.store import read_engine, store_url

    engine = read_engine(store_url(db_url))
    try:
        with engine.connect() as connection:
            try:
                marker = read_model.key_marker_of(connection)
            except (OperationalError, ProgrammingError):
                return None  # no tables yet
            if marker is None:
                return None  # a store from before the key check: opening records it
            read_model.check_key_marker(marker)
            rows = read_model.case_rows(connection)
            if not rows:
                return []
            try:  # which times are estimated: recorded with the case's events
                estimated = read_model.estimated_revisions(connection)
            except (OperationalError, ProgrammingError):
                return None  # a store from before the index: opening it builds the index
            return summaries(rows, estimated)
    finally:
        engine.dispose()
