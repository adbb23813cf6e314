"""The fact index's rows as the domain's events, read without SQLAlchemy.

What a row of `casefile_reports` or `casefile_checkpoints` holds, and how it is read back:
shared by the index's SQLAlchemy queries (`index_reads.py`) and the plain SQLite reads of a
read verb (`plain_index.py`), so both give the same events and checkpoints. Read here, an
event is an instance of the domain's plain event classes (`domain/events.py`); the tracker's
reads make the aggregate's own classes of the same rows (`fact_index.AGGREGATE_EVENTS`).
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from uuid import UUID

import orjson

from casefile.domain import events

# Raised when the rows' layout changes: an older index is rebuilt from the events on opening.
INDEX_VERSION = 5  # 5: the search words (`fact_search.search_words`); 4: person splits

CORRECTIONS: dict[str, type] = {
    "FactRetracted": events.FactRetracted,
    "FactAmended": events.FactAmended,
    "FactsWithdrawn": events.FactsWithdrawn,
    # How the fold keys people: read with the corrections (`state.Corrections.splits`).
    "PersonSplit": events.PersonSplit,
}
EVENT_CLASSES: dict[str, type] = {
    **events.FACT_KINDS,
    **CORRECTIONS,
    "ArticleAttached": events.ArticleAttached,
}
FACT_KINDS = tuple(events.FACT_KINDS)
_DATETIMES = ("timestamp", "reported_at")
# After every stored time and position (in the form they take, so any collation agrees).
NO_TIME = "9999-12-31T23:59:59.999999"


# Every event of an article has its publication time: each is formatted once.
@lru_cache(maxsize=1024)
def time_key(when: datetime) -> str:
    """A time as sortable text (UTC, fixed width)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def last_position_at(when: datetime) -> str:
    """A bound above every position published at or before `when` (positions start with the
    time, then `|`), so position ranges stay index ranges."""
    return f"{time_key(when)}|\x7f"


def decode(
    name: str, payload: str, originator_id: UUID, classes: dict[str, type] = EVENT_CLASSES
) -> Any:
    """The event a row holds, as an instance of `classes[name]`."""
    attrs = orjson.loads(payload)
    for field in _DATETIMES:
        if isinstance(attrs.get(field), str):
            attrs[field] = datetime.fromisoformat(attrs[field])
    attrs["originator_id"] = originator_id
    # As the event library does: events are rebuilt from their attributes, not re-initialised.
    event = object.__new__(classes[name])
    event.__dict__.update(attrs)
    return event


# A checkpoint is mostly repeated keys, names and charges: compressed it takes about a
# seventh of the room, and unpacking costs well under a millisecond.
def pack(reading: dict[str, Any]) -> str:
    return base64.b64encode(zlib.compress(orjson.dumps(reading), 6)).decode("ascii")


def unpack(text: str) -> dict[str, Any]:
    return orjson.loads(zlib.decompress(base64.b64decode(text)))


@dataclass(frozen=True)
class Checkpoint:
    position: str
    reading: dict[str, Any]


@dataclass(frozen=True)
class FromCheckpoint:
    """What a state at some time is made of: the last checkpoint at or before it, the reports
    after that checkpoint up to the time, and the corrections of those reports that count."""

    checkpoint: Checkpoint
    reports: list[events.FactReported]
    corrections: list[events.Correction]


def from_checkpoint_rows(
    rows: list[Any], originator_id: UUID, classes: dict[str, type] = EVENT_CLASSES
) -> FromCheckpoint | None:
    """The rows (part, position, event, payload) of the checkpoint query, read: part 0 the
    checkpoint, 1 the reports after it, 2 their corrections; None without a checkpoint."""
    if not rows or rows[0][0] != 0:
        return None
    later, fixes = window_rows(rows, originator_id, classes)
    return FromCheckpoint(Checkpoint(rows[0][1], unpack(rows[0][3])), later, fixes)


def window_rows(
    rows: list[Any],
    originator_id: UUID,
    classes: dict[str, type] = EVENT_CLASSES,
    kinds: Collection[str] | None = None,
) -> tuple[list[Any], list[Any]]:
    """The reports (part 1) and corrections (part 2) of the rows (part, position, event,
    payload) of a checkpoint or window query, read; only the reports of these fact `kinds`
    if given (the others are not read at all)."""
    later = [
        decode(name, payload, originator_id, classes)
        for part, _, name, payload in rows
        if part == 1 and (kinds is None or name in kinds)
    ]
    fixes = [
        decode(name, payload, originator_id, classes)
        for part, _, name, payload in rows
        if part == 2
    ]
    return later, fixes


# -- search words ---------------------------------------------------------------------------

# The fields of each fact kind that a search reads, and what each names.
SEARCHED: dict[str, dict[str, str]] = {
    "SuspectIdentified": {"name": "person", "residence": "place"},
    "ArrestMade": {"person": "person"},
    "ChargeFiled": {"person": "person", "charge": "charge"},
    "BondSet": {"person": "person"},
    "LinkedToHomicide": {"person": "person", "victim": "person"},
    "VictimReported": {"name": "person"},
    "CourtEventReported": {"person": "person"},
    "SentenceImposed": {"person": "person"},
    "CriminalHistoryReported": {"person": "person"},
    "IncidentReported": {"location": "place"},
}
# The corrections that take a report out of a search's answers.
REMOVING = ("FactRetracted", "FactsWithdrawn")


def words_of(text: str | None) -> list[str]:
    """The lower-case words of a text (letters and digits)."""
    return re.findall(r"[^\W_]+", (text or "").lower())
