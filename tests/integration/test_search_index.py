"""The word index `casefile search` reads: written with each report, on SQLite and PostgreSQL,
and built again for a store indexed before it existed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, update

from casefile.adapters import fact_index
from casefile.adapters.fact_search import search_words
from casefile.application.search import search
from casefile.application.tracker import CaseTracker
from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _ingest(url: str) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["--db", url, "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output


def _found(url: str, text: str) -> list[tuple[str, str]]:
    return [(hit.kind, hit.value) for hit in search(text, url)]


def test_people_and_places_are_found_in_every_store(store_url: str) -> None:
    _ingest(store_url)
    assert ("person", "Jose Cajigas") in _found(store_url, "cajigas")
    assert ("person", "Jose Cajigas") in _found(store_url, "JOSE caj")
    assert ("place", "Hartford") in _found(store_url, "hartford")
    assert _found(store_url, "zzyzx") == []
    [hit] = [h for h in search("cajigas", store_url) if h.kind == "person"]
    assert {s["outlet"] for s in hit.sources} >= {"WFSB"}
    assert all(s["quote"] and s["article"] for s in hit.sources)


def test_a_store_indexed_before_the_words_gets_them_on_opening(sqlite_url: str) -> None:
    _ingest(sqlite_url)
    tracker = CaseTracker.open(sqlite_url)
    with tracker.engine.begin() as connection:
        connection.execute(delete(search_words))
        connection.execute(update(fact_index.index_state).values(version=3))
    tracker.close()
    assert _found(sqlite_url, "cajigas") == []
    CaseTracker.open(sqlite_url).close()  # an older index is rebuilt on opening
    assert ("person", "Jose Cajigas") in _found(sqlite_url, "cajigas")
