"""SQL read models written in the same transaction as the events they summarise.

They answer list queries (`cases`, which case holds an article, who is in a case) without
replaying events. They hold nothing the events do not: `rebuild` can always recreate them.
Columns that can hold names (case ids, people, urls, titles, profiles) are `SealedText`:
encrypted at rest when `CASEFILE_CIPHER_KEY` is set (see `cipher.py`), so they are only
compared for equality in SQL and ordered in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    delete,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from casefile.adapters import pending as pending_rows
from casefile.adapters.cipher import SealedText, check_key_marker, implied_marker, key_marker
from casefile.adapters.plain_reads import (
    CASE_ROW_COLUMNS,
    CaseArticleRow,
    estimated_of,
    sorted_case_rows,
)

if TYPE_CHECKING:
    # Not at run time: `cases` reads the read model without loading the ORM (~60 ms).
    from sqlalchemy.orm import Session

metadata = MetaData()

case_articles = Table(
    "casefile_case_articles",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    # Two outlets may run the same wire text: an article (URL) and its revision make the key.
    Column("article_id", String(32), primary_key=True),
    Column("revision", String(64), primary_key=True),
    Column("url", SealedText),
    Column("path", SealedText),
    Column("outlet", SealedText),
    Column("title", SealedText),
    Column("published", String(64), nullable=False),
    # ISO-8601 UTC text: sorts correctly and reads back the same on SQLite and PostgreSQL.
    Column("reported_at", String(40), nullable=False),
)

case_people = Table(
    "casefile_case_people",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("name", SealedText, primary_key=True),
    Column("surname", SealedText, nullable=False, index=True),
    # A name is listed once: an insert of one listed already is skipped (`record_people`).
    info={pending_rows.SKIPS_LISTED: True},
)

# What grouping knows of each article (its profile, JSON), indexed by the surnames it names
# (read and written by `grouping_profiles.py`).
article_profiles = Table(
    "casefile_article_profiles",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("case_id", SealedText, nullable=False, index=True),
    Column("profile", SealedText, nullable=False),
)

profile_surnames = Table(
    "casefile_profile_surnames",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("surname", SealedText, primary_key=True, index=True),
)

# How the store is sealed (see `cipher.py`): a wrong or missing key fails on opening,
# before anything could be written under another key.
key_check = Table(
    "casefile_key_check",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("marker", Text, nullable=False),
)

# A merged case's id stays a name for the case it was merged into.
case_aliases = Table(
    "casefile_case_aliases",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("survivor", SealedText, nullable=False),
)

# Cases a person separated (by moving an article between them): grouping never re-merges them.
kept_apart = Table(
    "casefile_kept_apart",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("other", SealedText, primary_key=True),
)


# Which case holds an article: asked for every article ingested (a table scan without it).
# Declared apart from the table so stores made before it get it too (`create_tables`).
_case_articles_by_article = Index(
    "ix_casefile_case_articles_article_id", case_articles.c.article_id
)
# A case's earliest report (its id is named from it): asked for every article that joins a
# case, one look-up however large the case.
_case_articles_by_time = Index(
    "ix_casefile_case_articles_case_time",
    case_articles.c.case_id,
    case_articles.c.reported_at,
    case_articles.c.article_id,
)


def create_tables(engine: Engine) -> None:
    """Create the missing tables and indexes, and check the cipher key against the store's.

    The key is checked before anything is created: a wrong or missing key changes nothing on
    disk. A store from before the key check records how it was sealed, as its rows show."""
    with engine.connect() as connection:
        found = _marker_before_creating(connection)
    if found is not None:
        check_key_marker(found)
    metadata.create_all(engine)
    _case_articles_by_article.create(engine, checkfirst=True)
    _case_articles_by_time.create(engine, checkfirst=True)
    with engine.begin() as connection:
        marker = key_marker_of(connection)
        if marker is None:
            # New (nothing found), or written under the key just checked, or without one.
            marker = key_marker(sealed=found != key_marker(sealed=False))
            connection.execute(insert(key_check).values(id=1, marker=marker))
        check_key_marker(marker)


def _marker_before_creating(connection: Connection) -> str | None:
    """The store's key marker, or for a store from before it the one its rows imply; None
    for a new store. Reads only tables that exist."""
    tables = set(inspect(connection).get_table_names())
    if key_check.name in tables and (marker := key_marker_of(connection)) is not None:
        return marker
    if case_articles.name not in tables:
        return None
    sample = connection.exec_driver_sql(f"SELECT case_id FROM {case_articles.name} LIMIT 1")
    return implied_marker(sample.scalar())


def key_marker_of(connection: Connection) -> str | None:
    """How the store records it is sealed (None: not recorded yet)."""
    return connection.scalar(select(key_check.c.marker))


_CASE_ROWS = select(*(case_articles.c[name] for name in CASE_ROW_COLUMNS))

# Statements run for every article ingested, built once: SQLAlchemy then reuses their
# compiled form without rebuilding and re-keying the statement each time.
_INSERT_ARTICLE = insert(case_articles)
_CASES_OF_ARTICLE = select(case_articles.c.case_id).where(
    case_articles.c.article_id == bindparam("article_id")
)
_SURVIVOR = select(case_aliases.c.survivor).where(case_aliases.c.case_id == bindparam("case_id"))
_KEPT_APART = select(kept_apart.c.other).where(kept_apart.c.case_id == bindparam("case_id"))


# The writers below run once or more per article ingested: they execute on the session's
# connection (the same transaction), skipping the ORM's handling of a session execute. In an
# ingest batch, their inserts wait in the batch's pending rows (`pending.py`) and are sent
# together before it commits.


def record_article(session: Session, row: CaseArticleRow) -> None:
    pending = pending_rows.of(session)
    if pending is not None:
        pending.add(case_articles, [dict(row.__dict__)])
        return
    session.connection().execute(_INSERT_ARTICLE, row.__dict__)


def record_people(session: Session, case_id: str, names: Iterable[str]) -> None:
    """List the names under the case; a name the case lists already is left as it is (no
    look-up first: the insert skips it)."""
    pending = pending_rows.of(session)
    known = pending.people_of(case_id) if pending is not None else set()
    rows = [
        {"case_id": case_id, "name": name, "surname": name.split()[-1].lower()}
        for name in sorted(set(names) - known)
    ]
    if not rows:
        return
    if pending is not None:
        pending.add(case_people, rows)
    else:
        connection = session.connection()
        pending_rows.send_rows(connection, case_people, rows)


def case_rows(connection: Connection) -> list[CaseArticleRow]:
    # Fetched at once and built positionally: `cases` reads every row of the table.
    return sorted_case_rows(connection.execute(_CASE_ROWS).all())


# The fact index's table of case events (`fact_index.reports`), seen from here with only the
# columns `estimated_revisions` reads: `casefile cases` loads neither the index nor the domain.
_case_events = Table(
    "casefile_reports",
    MetaData(),
    Column("case_id", SealedText),
    Column("event", String(40)),
    Column("payload", SealedText),
)


def estimated_revisions(connection: Connection) -> set[tuple[str, str]]:
    """The (case, revision) of every article revision whose publication time is estimated
    (as its case recorded it when the article was attached)."""
    query = select(_case_events.c.case_id, _case_events.c.payload).where(
        _case_events.c.event == "ArticleAttached"
    )
    return estimated_of(connection.execute(query))


def core_of(connection: Connection | Session) -> Connection:
    # A session's look-ups run on its connection (the same transaction): the ORM's handling
    # of a session execute costs more than a small query's own work.
    return connection if isinstance(connection, Connection) else connection.connection()


def cases_of_article(connection: Connection | Session, article_id: str) -> list[str]:
    cases = set(core_of(connection).scalars(_CASES_OF_ARTICLE, {"article_id": article_id}))
    pending = pending_rows.of(connection)
    if pending is not None:
        cases |= pending.cases_of(article_id)
    return sorted(cases)


def revisions_stored(connection: Connection, article_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(article id, revision) of those articles listed under a case."""
    wanted = sorted(set(article_ids))
    if not wanted:
        return set()
    query = select(case_articles.c.article_id, case_articles.c.revision).where(
        case_articles.c.article_id.in_(bindparam("ids", expanding=True))
    )
    return {(row.article_id, row.revision) for row in connection.execute(query, {"ids": wanted})}


def earliest_report(connection: Connection | Session, case_id: str) -> tuple[str, str] | None:
    """(reported time, article id) of the case's earliest report (the batch's pending rows
    too), by the index on the case and time: one look-up whatever the case's size."""
    query = (
        select(case_articles.c.reported_at, case_articles.c.article_id)
        .where(case_articles.c.case_id == case_id)
        .order_by(case_articles.c.reported_at, case_articles.c.article_id)
        .limit(1)
    )
    row = core_of(connection).execute(query).first()
    found = [(row[0], row[1])] if row is not None else []
    pending = pending_rows.of(connection)
    if pending is not None:
        rows = pending.rows.get(case_articles, [])
        found += [(r["reported_at"], r["article_id"]) for r in rows if r["case_id"] == case_id]
    return min(found) if found else None


def move_article(session: Session, article_id: str, to_case: str) -> None:
    """The article's rows now list under `to_case`."""
    pending_rows.flush_pending(session)
    for table in (case_articles, article_profiles):
        session.execute(
            update(table).where(table.c.article_id == article_id).values(case_id=to_case)
        )


def merge_cases(session: Session, absorbed: str, survivor: str) -> None:
    """Everything listed under `absorbed` now lists under `survivor`; its id becomes an alias."""
    pending_rows.flush_pending(session)  # the absorbed case's rows may be pending
    for table in (case_articles, article_profiles):
        session.execute(update(table).where(table.c.case_id == absorbed).values(case_id=survivor))
    known = set(
        session.scalars(select(case_people.c.name).where(case_people.c.case_id == survivor))
    )
    session.execute(
        delete(case_people).where(
            case_people.c.case_id == absorbed, case_people.c.name.in_(sorted(known))
        )
    )
    session.execute(
        update(case_people).where(case_people.c.case_id == absorbed).values(case_id=survivor)
    )
    session.execute(
        update(case_aliases).where(case_aliases.c.survivor == absorbed).values(survivor=survivor)
    )
    session.execute(insert(case_aliases).values(case_id=absorbed, survivor=survivor))
    # A case renamed back to an id it had (`assignment.assign`): that id names it again.
    session.execute(delete(case_aliases).where(case_aliases.c.case_id == survivor))
    # Cases kept apart from the absorbed one stay apart from the survivor (a merge by hand of
    # two cases kept apart overrides the earlier separation).
    apart = kept_apart_from(session.connection(), absorbed) - {survivor}
    session.execute(
        delete(kept_apart).where(
            (kept_apart.c.case_id == absorbed) | (kept_apart.c.other == absorbed)
        )
    )
    for other in sorted(apart):
        keep_apart(session, survivor, other)


def keep_apart(session: Session, case_id: str, other: str) -> None:
    for a, b in ((case_id, other), (other, case_id)):
        exists = select(kept_apart).where(kept_apart.c.case_id == a, kept_apart.c.other == b)
        if session.execute(exists).first() is None:
            session.execute(insert(kept_apart).values(case_id=a, other=b))


def kept_apart_from(connection: Connection | Session, case_id: str) -> set[str]:
    return set(core_of(connection).scalars(_KEPT_APART, {"case_id": case_id}))


def survivor_of(connection: Connection | Session, case_id: str) -> str:
    """The case a (possibly merged) case id names now."""
    return core_of(connection).scalar(_SURVIVOR, {"case_id": case_id}) or case_id


def aliases_of(connection: Connection | Session, survivors: Iterable[str]) -> list[str]:
    """The ids that name one of these cases (ids of cases merged or renamed into them)."""
    query = select(case_aliases.c.case_id).where(case_aliases.c.survivor.in_(sorted(survivors)))
    return sorted(core_of(connection).scalars(query))


def survivors_of(connection: Connection, case_ids: Iterable[str]) -> dict[str, str]:
    """`survivor_of` for many case ids at once (a few queries, not one per case)."""
    wanted = sorted(set(case_ids))
    found = {case_id: case_id for case_id in wanted}
    for start in range(0, len(wanted), 500):
        query = select(case_aliases.c.case_id, case_aliases.c.survivor).where(
            case_aliases.c.case_id.in_(wanted[start : start + 500])
        )
        for case_id, survivor in connection.execute(query):
            found[case_id] = survivor
    return found


def clear(session: Session) -> None:
    tables = (case_articles, case_people, article_profiles, profile_surnames, case_aliases)
    for table in (*tables, kept_apart):
        session.execute(delete(table))
