"""A case now, as `show --format json` and `timeline` give it, stored as rows: each fact with
its reports, and each report's changes.

Both verbs list every report behind every fact of a case, so a long case's fold (ten thousand
events) was most of their time. The rows here hold what that fold gives: `casefile_view_facts`
each fact of the case now (its document, with its sources), `casefile_view_steps` each
article revision of the case in reported order with what it changed (the timeline's entry).
A case's rows count only while its row of `casefile_view_state` is there.

They are derived, never a source: every save of a case deletes its rows in the same
transaction (`drop`, called by `fact_index.project` for any event of the case), and after a
command that writes, `application/case_views.refresh` makes them again from the fold, holding
the store's write lock, for a case long enough to have checkpoints (a short one is folded
at once). A read that finds no rows (a case not refreshed yet, a store from
before them) folds the case as before; `rebuild` of the index deletes them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Integer, String, Table, delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from casefile.adapters.cipher import SealedText
from casefile.adapters.read_model import metadata

# A case's views are built (its rows below are the case now).
view_state = Table(
    "casefile_view_state",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("facts", Integer, nullable=False),
    Column("steps", Integer, nullable=False),
)

view_facts = Table(
    "casefile_view_facts",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("place", Integer, primary_key=True),
    Column("category", String(40), nullable=False),
    # The fact as `show --format json` lists it, as JSON (sealed: names and quotes).
    Column("document", SealedText, nullable=False),
)

view_steps = Table(
    "casefile_view_steps",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("place", Integer, primary_key=True),
    Column("article_id", String(32), nullable=False),
    Column("revision", String(64), nullable=False),
    # The entry (the revision and what it changed) as `timeline --format json` lists it,
    # and what the timeline's text shows of it (`application.case_views.entry_brief`).
    Column("document", SealedText, nullable=False),
    Column("brief", SealedText, nullable=False),
)

TABLES = (view_state, view_facts, view_steps)


def drop(connection: Session | Connection, case_ids: Iterable[str]) -> None:
    """The cases' views are no longer true: their rows go."""
    wanted = sorted(set(case_ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for table in TABLES:
            connection.execute(delete(table).where(table.c.case_id.in_(chunk)))


def clear(connection: Session | Connection) -> None:
    for table in TABLES:
        connection.execute(delete(table))


def unbuilt(connection: Connection, case_ids: Iterable[str], at_least: int = 0) -> list[str]:
    """Those of the cases with no views, and at least `at_least` fact reports."""
    from casefile.adapters.fact_index import reports

    wanted = sorted(set(case_ids))
    built: set[str] = set()
    long: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = select(view_state.c.case_id).where(view_state.c.case_id.in_(chunk))
        built.update(connection.scalars(query))
        counted = (
            select(reports.c.case_id)
            .where(reports.c.case_id.in_(chunk), reports.c.position.is_not(None))
            .group_by(reports.c.case_id)
            .having(func.count() >= at_least)
        )
        long.update(connection.scalars(counted) if at_least > 0 else chunk)
    return [case_id for case_id in wanted if case_id not in built and case_id in long]


def write(
    connection: Connection,
    case_id: str,
    facts: list[tuple[str, str]],
    steps: list[tuple[str, str, str, str]],
) -> None:
    """Store the case's views: (category, JSON) of each fact and article, and (article,
    revision, JSON, brief JSON) of each timeline entry, in order. The case's earlier rows
    are replaced."""
    drop(connection, [case_id])
    if facts:
        connection.execute(
            insert(view_facts),
            [
                {"case_id": case_id, "place": place, "category": category, "document": document}
                for place, (category, document) in enumerate(facts)
            ],
        )
    if steps:
        connection.execute(
            insert(view_steps),
            [
                {
                    "case_id": case_id,
                    "place": place,
                    "article_id": article_id,
                    "revision": revision,
                    "document": document,
                    "brief": brief,
                }
                for place, (article_id, revision, document, brief) in enumerate(steps)
            ],
        )
    connection.execute(
        insert(view_state).values(case_id=case_id, facts=len(facts), steps=len(steps))
    )


def _built(connection: Connection, case_id: str) -> tuple[int, int] | None:
    row = connection.execute(
        select(view_state.c.facts, view_state.c.steps).where(view_state.c.case_id == case_id)
    ).first()
    return (row[0], row[1]) if row is not None else None


def facts_of(connection: Connection, case_id: str) -> list[tuple[str, str]] | None:
    """(category, JSON) of each fact of the case now, then ("articles", JSON) of each
    article, in order; None without views."""
    counts = _built(connection, case_id)
    if counts is None:
        return None
    query = (
        select(view_facts.c.category, view_facts.c.document)
        .where(view_facts.c.case_id == case_id)
        .order_by(view_facts.c.place)
    )
    rows = [(category, document) for category, document in connection.execute(query)]
    return rows if len(rows) == counts[0] else None


def steps_of(
    connection: Connection, case_id: str, column: str
) -> list[tuple[str, str, str]] | None:
    """(article, revision, the `column` JSON: "document" or "brief") of each timeline entry
    of the case, in reported order; None without views."""
    counts = _built(connection, case_id)
    if counts is None:
        return None
    query = (
        select(view_steps.c.article_id, view_steps.c.revision, view_steps.c[column])
        .where(view_steps.c.case_id == case_id)
        .order_by(view_steps.c.place)
    )
    rows: list[Any] = [tuple(row) for row in connection.execute(query)]
    return rows if len(rows) == counts[1] else None
