"""SQL read models written in the same transaction as the events they summarise.

They answer list queries (`cases`, which case holds an article, who is in a case) without
replaying events. They hold nothing the events do not: `rebuild` can always recreate them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Column, MetaData, String, Table, Text, delete, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

metadata = MetaData()

case_articles = Table(
    "casefile_case_articles",
    metadata,
    Column("case_id", String(200), primary_key=True),
    Column("revision", String(64), primary_key=True),
    Column("article_id", String(32), nullable=False, index=True),
    Column("url", Text),
    Column("path", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", String(64), nullable=False),
    # ISO-8601 UTC text: sorts correctly and reads back the same on SQLite and PostgreSQL.
    Column("reported_at", String(40), nullable=False),
)

case_people = Table(
    "casefile_case_people",
    metadata,
    Column("case_id", String(200), primary_key=True),
    Column("name", String(200), primary_key=True),
    Column("surname", String(100), nullable=False, index=True),
)


@dataclass(frozen=True)
class CaseArticleRow:
    case_id: str
    revision: str
    article_id: str
    url: str | None
    path: str | None
    outlet: str | None
    title: str | None
    published: str
    reported_at: str


def create_tables(engine: Engine) -> None:
    metadata.create_all(engine)


def record_article(session: Session, row: CaseArticleRow) -> None:
    session.execute(insert(case_articles).values(**row.__dict__))


def record_people(session: Session, case_id: str, names: Iterable[str]) -> None:
    known = set(session.scalars(select(case_people.c.name).where(case_people.c.case_id == case_id)))
    for name in sorted(set(names) - known):
        surname = name.split()[-1].lower()
        session.execute(insert(case_people).values(case_id=case_id, name=name, surname=surname))


def case_rows(connection: Connection) -> list[CaseArticleRow]:
    query = select(case_articles).order_by(
        case_articles.c.case_id, case_articles.c.reported_at, case_articles.c.article_id
    )
    return [CaseArticleRow(**row._mapping) for row in connection.execute(query)]


def cases_of_article(connection: Connection, article_id: str) -> list[str]:
    query = select(case_articles.c.case_id).where(case_articles.c.article_id == article_id)
    return sorted(set(connection.scalars(query)))


def people_by_case(connection: Connection, surnames: Iterable[str]) -> dict[str, set[str]]:
    """Names of people in the cases that have someone with one of these surnames."""
    wanted = sorted({s.lower() for s in surnames})
    if not wanted:
        return {}
    query = select(case_people.c.case_id, case_people.c.name).where(
        case_people.c.surname.in_(wanted)
    )
    found: dict[str, set[str]] = {}
    for case_id, name in connection.execute(query):
        found.setdefault(case_id, set()).add(name)
    return found


def clear(session: Session) -> None:
    session.execute(delete(case_articles))
    session.execute(delete(case_people))
