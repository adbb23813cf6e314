"""`casefile ingest --dry-run`: which case each article would join, and why; nothing stored.

Each article is read and its facts extracted as ingest does; its case is chosen by the same
rule (`assignment.assign` against the stored profiles, `grouping.link_reason`), and the
articles of the run are also compared with each other, in the order given, as ingest would
have stored them one after another. Nothing is written: the cases named for new articles
are the ids ingest would give now (another writer may take one first).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from casefile.adapters import read_model
from casefile.adapters.article_files import SourceArticle
from casefile.application import assignment
from casefile.application.errors import IngestError
from casefile.application.grouping import link_reason
from casefile.application.profiles import Profile, build_profile
from casefile.application.tracker import CaseTracker
from casefile.domain.article import article_id_for, article_key, content_hash
from casefile.extraction import extract_facts

Tag = TypeVar("Tag")
WOULD_ADD, WOULD_REVISE, ALREADY = "would be added", "would be revised", "already ingested"


@dataclass(frozen=True)
class PlannedArticle:
    """Where ingest would put one article, and why."""

    path: str
    article_id: str
    status: str
    case_id: str | None
    reason: str
    merges: tuple[str, ...] = field(default=())  # the cases it would merge into `case_id`

    def line(self) -> str:
        where = f"case {self.case_id}" if self.case_id else "no case"
        merged = f" (merging {', '.join(self.merges)})" if self.merges else ""
        return f"{self.path}: {self.status} to {where}{merged} as article {self.article_id}"


def plan_ingest(
    tracker: CaseTracker,
    items: Iterable[tuple[Tag, SourceArticle | Exception]],
    case_id: str | None = None,
    new_case: bool = False,
) -> Iterator[tuple[Tag, PlannedArticle | Exception]]:
    """For each article given, where `ingest` (with `--case`, `--new-case`) would put it."""
    run: list[tuple[Profile, str]] = []  # this run's articles and their planned cases
    taken: set[str] = set()
    with tracker.engine.connect() as connection:
        for tag, source in items:
            if isinstance(source, Exception):
                yield tag, source
                continue
            if source.published is None:
                yield tag, IngestError(f"{source.path}: no publication date")
                continue
            article_id = article_id_for(article_key(source.url, source.text))
            revision = content_hash(source.text)
            held = read_model.cases_of_article(connection, article_id)
            if (article_id, revision) in read_model.revisions_stored(connection, [article_id]):
                reason = "the same text is stored already"
                yield tag, PlannedArticle(source.path, article_id, ALREADY, held[0], reason)
                continue
            published = source.published.local_date
            profile = build_profile(
                article_id, source.text, published, extract_facts(source.text, published)
            )
            if held:
                reason = "a revision of an article already in this case"
                yield tag, PlannedArticle(source.path, article_id, WOULD_REVISE, held[0], reason)
                continue
            if case_id:
                current = read_model.survivor_of(connection, case_id)
                planned = PlannedArticle(
                    source.path, article_id, WOULD_ADD, current, "case given with --case"
                )
            else:
                planned = _choose(
                    connection, tracker, profile, published.year, run, taken, new_case
                )
                planned = PlannedArticle(source.path, article_id, WOULD_ADD, *planned)
            run.append((profile, planned.case_id or ""))
            taken.add(planned.case_id or "")
            yield tag, planned


def _choose(
    connection: object,
    tracker: CaseTracker,
    profile: Profile,
    year: int,
    run: list[tuple[Profile, str]],
    taken: set[str],
    new_case: bool,
) -> tuple[str, str, tuple[str, ...]]:
    """(case, reason, cases merged): the stored cases it links to (none with `new_case`),
    else the case of an earlier article of this run it links to, else a new case."""

    def is_taken(candidate: str) -> bool:
        return candidate in taken or tracker.has_case(candidate)

    ours = {case for _, case in run}
    joinable = ours.__contains__ if new_case else None
    chosen = assignment.assign(connection, profile, year, is_taken, joinable=joinable)  # type: ignore[arg-type]
    in_run = [
        (case, other, reason)
        for other, case in run
        if (reason := link_reason(profile, other)) is not None
    ]
    if chosen.reason != assignment.OPENED or not in_run:
        return chosen.case_id, chosen.reason, chosen.absorbed
    case, other, reason = in_run[0]
    merges = tuple(sorted({c for c, _, _ in in_run if c != case}))
    return case, f"{reason} with article {other.article_id} (earlier in this run)", merges
