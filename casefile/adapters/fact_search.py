"""Finding fact reports across every case by the words of a name, a charge or a place.

`casefile search` must answer on a store of 10,000 cases without replaying any of them or
reading every report. Each fact report's searched fields (a person's name, a charge, a
residence, an incident's location: `SEARCHED`) are split into lower-case words, and each word
is a row of `casefile_search_words` (word, case, event version), written with the report's
index row in the same transaction (`fact_index.project`; rebuilt with the index). A search
looks its first word up by the word index (as a prefix range on a store without a cipher key;
exactly, sealed, with one), keeps the reports that hold every other word too, and reads only
those reports' rows (`fact_index.reports`) to show them; reports a retraction or a revision
took out, or that a move or merge removed from the case, are left out.

The reading side names the tables with SQLAlchemy's light `table()` constructs rather than
importing `fact_index`, so the verb starts without the event library.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import orjson
from sqlalchemy import Column, Index, Integer, String, Table, and_, column, select, table
from sqlalchemy.engine import Connection

from casefile.adapters.cipher import SealedText, cipher_key
from casefile.adapters.index_rows import REMOVING as _REMOVING
from casefile.adapters.index_rows import SEARCHED, words_of
from casefile.adapters.read_model import metadata

search_words = Table(
    "casefile_search_words",
    metadata,
    Column("word", SealedText, primary_key=True),
    Column("case_id", SealedText, primary_key=True),
    Column("version", Integer, primary_key=True),
    Index("ix_casefile_search_words_report", "case_id", "version"),
)

_reports = table(
    "casefile_reports",
    column("case_id", SealedText),
    column("version", Integer),
    column("event", String),
    column("payload", SealedText),
)
_targets = table(
    "casefile_correction_targets",
    column("case_id", SealedText),
    column("target", Integer),
    column("version", Integer),
)
_people = table(
    "casefile_case_people",
    column("case_id", SealedText),
    column("name", SealedText),
    column("surname", SealedText),
)


def word_rows(case_id: str, event: Any) -> list[dict[str, Any]]:
    """The search rows of one fact report (none for a kind that names nothing searched)."""
    fields = SEARCHED.get(type(event).__name__, {})
    words = {w for name in fields for w in words_of(getattr(event, name, None))}
    version = event.originator_version
    return [{"word": w, "case_id": case_id, "version": version} for w in sorted(words)]


def _word_matches(word: str, dialect: str) -> Any:
    if cipher_key() is not None:
        return search_words.c.word == word  # sealed: only equal words can be compared
    if dialect == "postgresql":  # its collations do not sort by code point: a pattern
        return search_words.c.word.startswith(word, autoescape=True)
    # Every word that begins with `word`: a range of the primary key's index.
    return and_(search_words.c.word >= word, search_words.c.word < word + "\U0010ffff")


def matching_reports(
    connection: Connection, words: Sequence[str]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(case id, fact kind, the event's attributes) of every standing fact report with a
    searched word beginning with each of `words` (lower case); the caller matches the fields."""
    if not words:
        return
    dialect = connection.dialect.name
    first, *others = sorted(set(words), key=len, reverse=True)  # the longest: the fewest rows
    wanted: set[tuple[str, int]] | None = None
    for word in others:
        query = select(search_words.c.case_id, search_words.c.version).where(
            _word_matches(word, dialect)
        )
        found = {(case_id, version) for case_id, version in connection.execute(query)}
        wanted = found if wanted is None else wanted & found
    query = (
        select(_reports.c.case_id, _reports.c.version, _reports.c.event, _reports.c.payload)
        .select_from(
            search_words.join(
                _reports,
                and_(
                    _reports.c.case_id == search_words.c.case_id,
                    _reports.c.version == search_words.c.version,
                ),
            )
        )
        .where(_word_matches(first, dialect))
        .distinct()
    )
    rows = [row for row in connection.execute(query) if wanted is None or row[:2] in wanted]
    removed = _removed(connection, sorted({row[0] for row in rows}))
    for case_id, version, event, payload in rows:
        if (case_id, version) not in removed:
            yield case_id, event, orjson.loads(payload)


def _removed(connection: Connection, case_ids: Sequence[str]) -> set[tuple[str, int]]:
    """The fact reports of these cases that a retraction or a revision took out."""
    removal = _reports.alias("removal")
    found: set[tuple[str, int]] = set()
    for start in range(0, len(case_ids), 500):
        query = (
            select(_targets.c.case_id, _targets.c.target)
            .select_from(
                _targets.join(
                    removal,
                    and_(
                        removal.c.case_id == _targets.c.case_id,
                        removal.c.version == _targets.c.version,
                    ),
                )
            )
            .where(
                _targets.c.case_id.in_(list(case_ids[start : start + 500])),
                removal.c.event.in_(_REMOVING),
            )
        )
        found.update((case_id, target) for case_id, target in connection.execute(query))
    return found


def case_names(connection: Connection, case_ids: Sequence[str]) -> dict[str, list[str]]:
    """Every name each case lists (the people read model), by case."""
    names: dict[str, list[str]] = {}
    for start in range(0, len(case_ids), 500):
        query = select(_people.c.case_id, _people.c.name).where(
            _people.c.case_id.in_(list(case_ids[start : start + 500]))
        )
        for case_id, name in connection.execute(query):
            names.setdefault(case_id, []).append(name)
    return names
