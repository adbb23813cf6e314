"""Shared fixtures: real stores (a SQLite file, and a fresh database on the PostgreSQL server)."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests assert what holds of every input, never how fast: a first example slowed by
# a busy machine (imports, the regex cache) is no failure. Speed is measured by benchmarks.
settings.register_profile("casefile", deadline=None)
settings.load_profile("casefile")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT_ROOT / "seeds"
POSTGRES_ADMIN_URL = os.environ.get(
    "CASEFILE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)

# pytest-xdist starts its workers with COLUMNS=80. The command line's console takes a COLUMNS
# set when it is imported as its fixed width, and the in-process CLI tests set their own width
# per invocation (`CliRunner(env={"COLUMNS": ...})`): unset here, before any test module
# imports the CLI, as it is in a plain run.
os.environ.pop("COLUMNS", None)


# Pinned: the suite reads and shows times in UTC whatever the machine's zone (a test that is
# about zones sets its own with `--tz` or CASEFILE_TZ).
TEST_ZONE = "UTC"


@pytest.fixture(autouse=True)
def pinned_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_TZ", TEST_ZONE)


def _postgres_unreachable_reason() -> str | None:
    import psycopg

    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.OperationalError as error:
        return f"no PostgreSQL server reachable at {POSTGRES_ADMIN_URL}: {str(error).strip()[:120]}"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    reason = _postgres_unreachable_reason()
    if reason:
        pytest.skip(reason)
    return POSTGRES_ADMIN_URL


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import psycopg

    name = f"casefile_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = postgres_server.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        _dispose_engines()
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _dispose_engines() -> None:
    import gc

    from sqlalchemy.engine import Engine

    for obj in gc.get_objects():
        if isinstance(obj, Engine):
            obj.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'casefile.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest) -> str:
    """Each store test runs on a real SQLite file and on the real PostgreSQL server."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def tracker(store_url: str):  # type: ignore[no-untyped-def]
    from casefile.application.tracker import CaseTracker

    app = CaseTracker.open(store_url)
    yield app
    app.close()


@pytest.fixture
def window_answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each `diff` asked now in the case file: whether the reports between its two times
    told it (`compare_window`), or every report had to be compared."""
    from casefile.domain import changes as domain_changes

    answered: list[bool] = []
    compare_window = domain_changes.compare_window

    def counted(*args):  # type: ignore[no-untyped-def]
        changes = compare_window(*args)
        answered.append(changes is not None)
        return changes

    # Read where `diff` imports it, when it runs (`case_reads._changes_in_window`).
    monkeypatch.setattr(domain_changes, "compare_window", counted)
    return answered


@pytest.fixture
def row_inserts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Each insert of a batch's pending rows, in order: (table, how many rows)."""
    from casefile.adapters import pending

    inserts: list[tuple[str, int]] = []
    send_rows = pending.send_rows

    def counted(connection, table, rows):  # type: ignore[no-untyped-def]
        inserts.append((table.name, len(rows)))
        return send_rows(connection, table, rows)

    monkeypatch.setattr(pending, "send_rows", counted)
    return inserts


@pytest.fixture(scope="session")
def casefile_command() -> list[str]:
    """The installed `casefile` command of the environment running the tests.

    The one beside the running Python comes first, so a virtual environment's own command
    is used even when the environment is not activated (as `make test` runs it).
    """
    beside = Path(sys.executable).with_name("casefile")
    found = str(beside) if beside.exists() else shutil.which("casefile")
    assert found, "the `casefile` command is not installed (pip install -e .)"
    return [found]


@pytest.fixture
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.md"))
