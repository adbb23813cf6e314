"""The fact index and its checkpoints read without SQLAlchemy: on a plain SQLite store,
through the standard library's `sqlite3`.

`show`, `show --as-of`, `diff`, `timeline` and `followups` read a case now in the case file
from the fact index (`fact_index.py`): the last checkpoint at or before a time and the
reports after it, or the case's reports and corrections. Opening the store through the
tracker would load SQLAlchemy and the event library, most of such a verb's start-up, to run a
few SELECTs. On a SQLite file written without a key (`plain_reads.open_plain`), whose index
is built at this version and whose settings need no migration, these reads run here instead;
any other store gets None and goes through the tracker. The queries are `index_reads`'s, the
rows are read by the same functions (`index_rows`), and what is made of them by the same
code (`application/case_reads.py`): both paths give the same answers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from typing import Any

import orjson

from casefile.adapters import index_rows
from casefile.adapters.index_rows import (
    NO_TIME,
    REMOVING,
    FromCheckpoint,
    from_checkpoint_rows,
    last_position_at,
    time_key,
    window_rows,
)
from casefile.adapters.plain_reads import open_plain
from casefile.domain.events import case_uuid

# The event store's table: the library names it after the application (`CaseTracker.name`).
EVENTS_TABLE = "casetracker_events"
# As `store_settings`: a store with articles whose article aliases were never recorded is
# migrated when the tracker opens it.
_ALIASES_DONE = "article_url_aliases"

_TABLES = (
    EVENTS_TABLE,
    "casefile_reports",
    "casefile_checkpoints",
    "casefile_correction_targets",
    "casefile_case_aliases",
    "casefile_search_words",
    "casefile_case_people",
)
_FACTS = ", ".join(f"'{kind}'" for kind in index_rows.FACT_KINDS)
_CORRECTIONS = ", ".join(f"'{kind}'" for kind in index_rows.CORRECTIONS)

# The reports after position :after up to :bound, in reported order (part 1), and those of
# their corrections that count by :until (part 2): `index_reads._reports_after`.
_REPORTS_AFTER = """
    SELECT 1 AS part, position, event, payload FROM casefile_reports
    WHERE case_id = :case_id AND position > {after} AND position <= :bound
    UNION ALL
    SELECT DISTINCT 2 AS part, correction.position, correction.event, correction.payload
    FROM casefile_correction_targets AS targets
    JOIN casefile_reports AS correction
      ON targets.case_id = correction.case_id AND targets.version = correction.version
    WHERE targets.case_id = :case_id
      AND targets.target IN (
        SELECT version FROM casefile_reports
        WHERE case_id = :case_id AND position > {after} AND position <= :bound)
      AND (correction.reported_at IS NULL OR correction.reported_at <= :until)
"""
_LAST_CHECKPOINT = """(SELECT max(position) FROM casefile_checkpoints
    WHERE case_id = :case_id AND position <= :bound)"""
# The checkpoint (part 0), the reports after it and their corrections: `index_reads._FROM_CHECKPOINT`.
_FROM_CHECKPOINT = f"""
    SELECT * FROM (
      SELECT 0 AS part, position, '' AS event, reading AS payload FROM casefile_checkpoints
      WHERE case_id = :case_id AND position = {_LAST_CHECKPOINT}
      UNION ALL {_REPORTS_AFTER.format(after=_LAST_CHECKPOINT)}
    ) ORDER BY part, position
"""
_WINDOW = f"SELECT * FROM ({_REPORTS_AFTER.format(after=':after')}) ORDER BY part, position"

# `case_views.facts_of`, `steps_of` and the row that says the case has views.
_VIEW_STATE = "SELECT facts, steps FROM casefile_view_state WHERE case_id = ?"
_VIEW_FACTS = "SELECT category, document FROM casefile_view_facts WHERE case_id = ? ORDER BY place"
_VIEW_STEPS = {
    column: f"SELECT article_id, revision, {column} FROM casefile_view_steps"
    " WHERE case_id = ? ORDER BY place"
    for column in ("document", "brief")
}


def open_index(explicit: str | None) -> PlainIndex | None:
    """The index of the store (`explicit`, else CASEFILE_DB, else ./casefile.db) read with
    `sqlite3`, or None when the tracker must open the store (not a plain SQLite file, an
    index to build, a migration to run, a table missing)."""
    connection = open_plain(explicit)
    if connection is None:
        return None
    try:
        built = connection.execute(
            "SELECT version FROM casefile_index_state WHERE name = 'reports'"
        ).fetchone()
        migrated = (
            connection.execute(
                "SELECT 1 FROM casefile_settings WHERE name = ?", (_ALIASES_DONE,)
            ).fetchone()
            or not connection.execute("SELECT 1 FROM casefile_case_articles LIMIT 1").fetchone()
        )
        for table in _TABLES:  # each there (the tracker would make a missing one)
            connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
    except sqlite3.Error:
        built, migrated = None, False
    if built is None or built[0] != index_rows.INDEX_VERSION or not migrated:
        connection.close()
        return None
    return PlainIndex(connection)


class PlainIndex:
    """The fact index's reads (`application.case_reads.FactIndex`) on a `sqlite3` connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def close(self) -> None:
        self.connection.close()

    def _events(self, query: str, case_id: str, *args: Any) -> list[Any]:
        originator = case_uuid(case_id)
        return [
            index_rows.decode(name, payload, originator)
            for name, payload in self.connection.execute(query, (case_id, *args))
        ]

    def survivor_of(self, case_id: str) -> str:
        row = self.connection.execute(
            "SELECT survivor FROM casefile_case_aliases WHERE case_id = ?", (case_id,)
        ).fetchone()
        return row[0] if row and row[0] else case_id

    def has_case(self, case_id: str) -> bool:
        query = f"SELECT 1 FROM {EVENTS_TABLE} WHERE originator_id = ? LIMIT 1"
        return self.connection.execute(query, (case_uuid(case_id).bytes,)).fetchone() is not None

    def checkpoint_of(
        self, case_id: str, until: datetime | None
    ) -> tuple[str, FromCheckpoint | None]:
        """The case the id names now, and its `index_reads.from_checkpoint`."""
        current = self.survivor_of(case_id)
        latest = time_key(until) if until is not None else NO_TIME
        rows = self.connection.execute(
            _FROM_CHECKPOINT, {"case_id": current, "bound": f"{latest}|\x7f", "until": latest}
        ).fetchall()
        return current, from_checkpoint_rows(rows, case_uuid(current))

    def fact_reports(self, case_id: str, until: datetime | None) -> list[Any]:
        query = (
            "SELECT event, payload FROM casefile_reports"
            " WHERE case_id = ? AND position IS NOT NULL AND position <= ? ORDER BY position"
        )
        bound = last_position_at(until) if until is not None else f"{NO_TIME}|\x7f"
        return self._events(query, case_id, bound)

    def corrections(self, case_id: str, until: datetime | None) -> list[Any]:
        query = (
            "SELECT event, payload FROM casefile_reports"
            f" WHERE case_id = ? AND event IN ({_CORRECTIONS})"
        )
        if until is None:
            return self._events(f"{query} ORDER BY version", case_id)
        query += " AND (reported_at IS NULL OR reported_at <= ?) ORDER BY version"
        return self._events(query, case_id, time_key(until))

    def known_events(self, case_id: str) -> list[Any]:
        query = (
            "SELECT event, payload FROM casefile_reports"
            f" WHERE case_id = ? AND event IN ({_FACTS}, {_CORRECTIONS}) ORDER BY version"
        )
        return self._events(query, case_id)

    def reports_of(self, case_id: str, versions: Sequence[int]) -> list[Any]:
        """The case's fact reports of these event versions (`index_reads.reports_of`)."""
        wanted = sorted(set(versions))
        found: list[Any] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = (
                "SELECT event, payload FROM casefile_reports WHERE case_id = ?"
                f" AND version IN ({', '.join('?' * len(chunk))}) AND position IS NOT NULL"
            )
            found += self._events(query, case_id, *chunk)
        return found

    def attachments(self, case_id: str, until: datetime | None) -> list[Any]:
        query = "SELECT event, payload FROM casefile_reports WHERE case_id = ?"
        query += " AND event = 'ArticleAttached'"
        if until is None:
            return self._events(f"{query} ORDER BY version", case_id)
        return self._events(
            f"{query} AND reported_at <= ? ORDER BY version", case_id, time_key(until)
        )

    def estimated_attachments(self, case_id: str) -> list[Any]:
        """The article revisions of the case whose publication time is estimated. The rows
        are first narrowed by their text: the index writes the flag of one as below (compact
        JSON, `fact_index._encode`), and an article's own text (a title) can hold those
        words only escaped, so no row of one is left out; each row found is then read and
        its flag checked."""
        query = (
            "SELECT event, payload FROM casefile_reports WHERE case_id = ?"
            " AND event = 'ArticleAttached' AND payload LIKE ? ORDER BY version"
        )
        found = self._events(query, case_id, '%"reported_estimated":true%')
        return [event for event in found if event.reported_estimated]

    def has_checkpoint(self, case_id: str, until: datetime) -> tuple[str, bool]:
        """The case the id names now, and whether it has a checkpoint by `until`."""
        current = self.survivor_of(case_id)
        query = "SELECT 1 FROM casefile_checkpoints WHERE case_id = ? AND position <= ? LIMIT 1"
        found = self.connection.execute(query, (current, last_position_at(until))).fetchone()
        return current, found is not None

    def window(
        self, case_id: str, start: datetime, end: datetime, kinds: Collection[str] | None = None
    ) -> tuple[list[Any], list[Any]]:
        latest = time_key(end)
        rows = self.connection.execute(
            _WINDOW,
            {
                "case_id": case_id,
                "after": last_position_at(start),
                "bound": f"{latest}|\x7f",
                "until": latest,
            },
        ).fetchall()
        return window_rows(rows, case_uuid(case_id), kinds=kinds)

    # -- the case's views (`case_views.py`'s reads) -----------------------------------------

    def _view_rows(self, query: str, case_id: str, column: int) -> list[Any] | None:
        """The case's view rows, or None when it has no views (or the store no such tables)."""
        try:
            counts = self.connection.execute(_VIEW_STATE, (case_id,)).fetchone()
            if counts is None:
                return None
            rows = self.connection.execute(query, (case_id,)).fetchall()
        except sqlite3.Error:
            return None
        return rows if len(rows) == counts[column] else None

    def view_facts(self, case_id: str) -> list[tuple[str, str]] | None:
        return self._view_rows(_VIEW_FACTS, case_id, 0)

    def view_steps(self, case_id: str, column: str) -> list[tuple[str, str, str]] | None:
        return self._view_rows(_VIEW_STEPS[column], case_id, 1)

    # -- search (`fact_search.py`'s reads) ---------------------------------------------------

    def matching_reports(self, words: Sequence[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(case id, fact kind, the event's attributes) of every standing fact report with a
        searched word beginning with each of `words` (`fact_search.matching_reports`)."""
        if not words:
            return
        first, *others = sorted(set(words), key=len, reverse=True)  # the longest: the fewest
        wanted: set[tuple[str, int]] | None = None
        for word in others:
            query = "SELECT case_id, version FROM casefile_search_words WHERE " + _WORD_RANGE
            found = set(self.connection.execute(query, _word_range(word)))
            wanted = found if wanted is None else wanted & found
        query = (
            "SELECT DISTINCT reports.case_id, reports.version, reports.event, reports.payload"
            " FROM casefile_search_words AS words JOIN casefile_reports AS reports"
            " ON reports.case_id = words.case_id AND reports.version = words.version"
            f" WHERE {_WORD_RANGE.replace('word', 'words.word')}"
        )
        rows = [
            row
            for row in self.connection.execute(query, _word_range(first))
            if wanted is None or row[:2] in wanted
        ]
        removed = self._removed(sorted({row[0] for row in rows}))
        for case_id, version, event, payload in rows:
            if (case_id, version) not in removed:
                yield case_id, event, orjson.loads(payload)

    def _removed(self, case_ids: Sequence[str]) -> set[tuple[str, int]]:
        """The fact reports of these cases that a retraction or a revision took out."""
        removing = ", ".join(f"'{kind}'" for kind in REMOVING)
        found: set[tuple[str, int]] = set()
        for start in range(0, len(case_ids), 500):
            chunk = list(case_ids[start : start + 500])
            query = (
                "SELECT targets.case_id, targets.target FROM casefile_correction_targets"
                " AS targets JOIN casefile_reports AS removal"
                " ON removal.case_id = targets.case_id AND removal.version = targets.version"
                f" WHERE targets.case_id IN ({', '.join('?' * len(chunk))})"
                f" AND removal.event IN ({removing})"
            )
            found.update(self.connection.execute(query, chunk))
        return found

    def case_names(self, case_ids: Sequence[str]) -> dict[str, list[str]]:
        """Every name each case lists (the people read model), by case."""
        names: dict[str, list[str]] = {}
        for start in range(0, len(case_ids), 500):
            chunk = list(case_ids[start : start + 500])
            query = (
                "SELECT case_id, name FROM casefile_case_people"
                f" WHERE case_id IN ({', '.join('?' * len(chunk))})"
            )
            for case_id, name in self.connection.execute(query, chunk):
                names.setdefault(case_id, []).append(name)
        return names


# Every word that begins with a given one: a range of the primary key's index (no key is set
# on a store read here, so the words are plain text, `fact_search._word_matches`).
_WORD_RANGE = "word >= ? AND word < ?"


def _word_range(word: str) -> tuple[str, str]:
    return word, word + "\U0010ffff"
