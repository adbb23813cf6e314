"""How a command makes the rows it keeps beside the cases it changed (the checkpoints, the
views): which of the cases are due, then each case in a transaction of its own holding the
store's write lock, so that no report can be stored between the reads they are made from and
the rows (they would be untrue), and another writer waits for one case at most.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from casefile.adapters import read_model
from casefile.adapters.store import hold_write_lock

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from casefile.application.tracker import CaseTracker


def refresh_each(
    tracker: CaseTracker,
    case_ids: Iterable[str],
    due: Callable[[Connection, Iterable[str], int], list[str]],
    at_least: int,
    make: Callable[[Session, str], int],
) -> tuple[set[str], int]:
    """`make(session, case_id)` for each of the cases (as they are named now) that
    `due(connection, cases, at_least)` gives, in its own transaction holding the write lock
    (the tracker's reads join the one under way). Returns the cases as they are named now, and
    the sum of what `make` returned (how many rows it made)."""
    with tracker.engine.connect() as connection:
        current = set(read_model.survivors_of(connection, case_ids).values())
        picked = due(connection, current, at_least)
    made = 0
    for case_id in picked:
        with tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
            hold_write_lock(session)
            made += make(session, case_id)
    return current, made
