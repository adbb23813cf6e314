"""What a store records about how its data is read: its time zone, and the article ids that
older versions gave to URLs the identity rule now reads as one.

* The time zone (`time_zone`): where dates alone and times without an offset are read, and
  times are shown. Recorded at the store's first write, so that every machine folds the same
  data the same way. A store written before zones were recorded read such times as UTC, and
  keeps doing so.
* Article aliases: an article is identified by its URL's identity form (`domain/urls.py`);
  a store written before that rule keyed its articles by the URL exactly as given. Once, on
  opening such a store, each stored article's URL is read in the new form, and where that
  form's id is not the article's, the id is recorded as an alias of it: the same story given
  again under any spelling finds the stored article. Two stored articles whose URLs the rule
  now reads as one stay two (nothing is merged or lost); a new spelling finds the first.

Both are kept outside the read models' `clear`: they are not rebuilt from the events.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Column, String, Table, Text, bindparam, insert, select
from sqlalchemy.engine import Connection, Engine

# The settings' names, defined where they are read without SQLAlchemy too.
from casefile.adapters.plain_reads import LEGACY_ZONE, TIME_ZONE
from casefile.adapters.read_model import case_articles, metadata

_ALIASES_DONE = "article_url_aliases"

settings = Table(
    "casefile_settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

article_aliases = Table(
    "casefile_article_aliases",
    metadata,
    Column("alias_id", String(32), primary_key=True),
    Column("article_id", String(32), nullable=False),
)

_SETTING = select(settings.c.value).where(settings.c.name == bindparam("name"))
_ALIASES = select(article_aliases.c.alias_id, article_aliases.c.article_id).where(
    article_aliases.c.alias_id.in_(bindparam("ids", expanding=True))
)


def setting(connection: Connection, name: str) -> str | None:
    return connection.scalar(_SETTING, {"name": name})


def record_setting(connection: Connection, name: str, value: str) -> None:
    connection.execute(insert(settings).values(name=name, value=value))


def claim_zone(connection: Connection, name: str) -> str:
    """The store's zone, recorded as `name` if it has none yet (its first write, or a store
    from before zones whose articles read in UTC). A store written from its start with the
    identity rule is marked so at the same time: `migrate` has nothing to do for it."""
    stored = setting(connection, TIME_ZONE)
    if stored is not None:
        return stored
    if has_articles(connection):
        stored = LEGACY_ZONE  # written before zones (and not opened since): it read UTC
    else:
        stored = name
        if setting(connection, _ALIASES_DONE) is None:
            record_setting(connection, _ALIASES_DONE, "1")
    record_setting(connection, TIME_ZONE, stored)
    return stored


def has_articles(connection: Connection) -> bool:
    return connection.execute(select(case_articles.c.article_id).limit(1)).first() is not None


def migrate(engine: Engine) -> None:
    """Bring a store written by an older version up to this one's records (run on opening,
    while the tables are created; at most once per store)."""
    # Here, not at the top: `cases` reads the time zone without loading the event library.
    from casefile.domain.article import article_id_for, article_key

    with engine.begin() as connection:
        if setting(connection, _ALIASES_DONE) is not None or not has_articles(connection):
            return  # done, or nothing to do (an empty store stays without a row)
        if setting(connection, TIME_ZONE) is None:
            record_setting(connection, TIME_ZONE, LEGACY_ZONE)
        found: dict[str, str] = {}
        rows = connection.execute(
            select(case_articles.c.article_id, case_articles.c.url, case_articles.c.reported_at)
        ).all()
        # The earliest reported article of a URL identity is the one a new spelling finds.
        for article_id, url, _reported in sorted(rows, key=lambda row: (row[2], row[0])):
            if not url:
                continue
            alias = article_id_for(article_key(url, ""))
            if alias != article_id:
                found.setdefault(alias, article_id)
        stored = {row[0] for row in rows}
        found = {alias: target for alias, target in found.items() if alias not in stored}
        if found:
            connection.execute(
                insert(article_aliases),
                [{"alias_id": alias, "article_id": target} for alias, target in found.items()],
            )
        record_setting(connection, _ALIASES_DONE, "1")


def resolve_aliases(connection: Connection, article_ids: Iterable[str]) -> dict[str, str]:
    """The stored article each of these ids stands for, where it is an alias."""
    wanted = sorted(set(article_ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        for alias, target in connection.execute(_ALIASES, {"ids": wanted[start : start + 500]}):
            found[alias] = target
    return found
