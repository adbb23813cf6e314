"""On PostgreSQL, a command that writes leaves the planner statistics of what it wrote, so the
first `show --as-of` after a bulk ingest plans with true row counts (`store.refresh_planner_statistics`)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, insert, select, text
from typer.testing import CliRunner

from casefile.adapters import fact_index, read_model
from casefile.adapters.store import refresh_planner_statistics
from casefile.application.tracker import CaseTracker
from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def planner_rows(tracker: CaseTracker, table: str) -> float:
    with tracker.engine.connect() as connection:
        return connection.execute(
            text("SELECT reltuples FROM pg_class WHERE relname = :table"), {"table": table}
        ).scalar_one()


def test_ingest_leaves_the_planner_the_row_counts_it_wrote(postgres_url: str) -> None:
    result = CliRunner().invoke(app, ["--db", postgres_url, "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    tracker = CaseTracker.open(postgres_url)
    try:
        with tracker.engine.connect() as connection:
            stored = connection.scalar(select(func.count()).select_from(fact_index.reports))
        assert stored > 0
        # Never analysed, a table's count is -1 (unknown) to the planner.
        assert planner_rows(tracker, "casefile_reports") == stored
        assert refresh_planner_statistics(tracker.engine, read_model.metadata.tables) == []
    finally:
        tracker.close()


def test_a_table_grown_by_more_than_a_tenth_is_analysed_again(postgres_url: str) -> None:
    tracker = CaseTracker.open(postgres_url)
    tables = read_model.metadata.tables
    try:
        refresh_planner_statistics(tracker.engine, tables)
        assert refresh_planner_statistics(tracker.engine, tables) == []
        rows = [
            {"case_id": f"case-{n}", "name": f"Person {n}", "surname": "Person"}
            for n in range(3000)
        ]
        with tracker.engine.begin() as connection:
            connection.execute(insert(read_model.case_people), rows)
        assert refresh_planner_statistics(tracker.engine, tables) == ["casefile_case_people"]
        assert planner_rows(tracker, "casefile_case_people") == 3000
        assert refresh_planner_statistics(tracker.engine, tables) == []
    finally:
        tracker.close()


def test_sqlite_has_nothing_to_analyse(sqlite_url: str) -> None:
    tracker = CaseTracker.open(sqlite_url)
    try:
        assert refresh_planner_statistics(tracker.engine, read_model.metadata.tables) == []
    finally:
        tracker.close()
