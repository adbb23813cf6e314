"""Schema evolution: a store written by earlier code still loads with today's code.

`tests/fixtures/store_v1.db` was written by the version-1 code (see `make_store_v1.py`), with
every event type of its day; `store_v1.json` is what that code read back. `store_v2.db` and
`store_v2.json` (`make_store_v2.py`) do the same for the event types added after it. Today's code must read every
stored event with each field its class declares now (a new field needs a default or an
upcaster, see the rule in `casefile/domain/case.py`) and the old values unchanged.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from eventsourcing.domain import CanMutateAggregate
from eventsourcing.utils import get_topic
from typer.testing import CliRunner

from casefile.cli.main import app
from casefile.domain.article import Article
from casefile.domain.case import Case
from tests.reliability.conftest import opened

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MANIFEST = json.loads((FIXTURES / "store_v1.json").read_text(encoding="utf-8"))
MANIFEST_V2 = json.loads((FIXTURES / "store_v2.json").read_text(encoding="utf-8"))
# Event types added after version 1 (they cannot be in the v1 store); list each new one here,
# and have `make_store_v2.py` store some.
ADDED_AFTER_V1: set[str] = {"casefile:Case.SentenceImposed"}


def event_classes() -> dict[str, type]:
    """Every event class that can be stored, by topic (bases that are never stored left out)."""
    found: dict[str, type] = {}
    for aggregate in (Case, Article):
        for value in vars(aggregate).values():
            if isinstance(value, type) and issubclass(value, CanMutateAggregate):
                found[get_topic(value)] = value
    bases = {base for cls in found.values() for base in cls.__mro__[1:]}
    # Topics are pinned (`casefile:...`); the library's generated `Event` base is not stored.
    return {
        topic: cls
        for topic, cls in found.items()
        if cls not in bases and topic.startswith("casefile:")
    }


def store_copy(tmp_path: Path, name: str) -> str:
    """A copy of a fixture store: the committed file is never written to."""
    copy = tmp_path / name
    shutil.copy(FIXTURES / name, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def v1_url(tmp_path) -> str:
    return store_copy(tmp_path, "store_v1.db")


def decoded_events(url: str) -> list[Any]:
    with opened(url) as tracker:
        notifications = tracker.recorder.select_notifications(start=1, limit=10_000)
        return [tracker.mapper.to_domain_event(n) for n in notifications]


def test_the_v1_store_holds_every_event_type_of_today():
    stored = {entry["topic"] for entry in MANIFEST}
    missing = set(event_classes()) - stored - ADDED_AFTER_V1
    assert not missing, (
        f"event types not in the v1 store: {sorted(missing)}; a type added after v1 goes in "
        "ADDED_AFTER_V1 (and in a make_store_v2.py fixture)"
    )


def test_the_v2_store_holds_every_event_type_added_after_v1():
    stored = {entry["topic"] for entry in MANIFEST_V2}
    assert stored >= ADDED_AFTER_V1, "a type added after v1 needs events in make_store_v2.py"


@pytest.mark.parametrize("topic", sorted(event_classes()))
def test_every_stored_event_of_each_type_loads_with_all_its_fields(topic, tmp_path):
    newer = topic in ADDED_AFTER_V1
    url = store_copy(tmp_path, "store_v2.db" if newer else "store_v1.db")
    cls = event_classes()[topic]
    events = [e for e in decoded_events(url) if type(e) is cls]
    expected = [entry for entry in (MANIFEST_V2 if newer else MANIFEST) if entry["topic"] == topic]
    assert len(events) == len(expected) > 0
    for event, entry in zip(events, expected, strict=True):
        for field in dataclasses.fields(event):
            try:
                getattr(event, field.name)
            except AttributeError:
                pytest.fail(
                    f"{topic} stored events have no {field.name!r}: give the field a default, or "
                    "raise class_version and add an upcaster (see casefile/domain/case.py)"
                )
        now = json.loads(json.dumps(vars(event), default=str, sort_keys=True))
        for name, value in entry["fields"].items():
            assert now.get(name) == value, f"{topic} v{entry['version']}: {name} changed"


def test_the_v1_cases_fold_and_show_with_todays_code(v1_url):
    runner = CliRunner()
    cases = json.loads(runner.invoke(app, ["--db", v1_url, "cases", "--format", "json"]).stdout)
    assert {c["case"] for c in cases} >= {"reed-2024", "vance-2024", "vance-release-2024"}
    for case in cases:
        show = runner.invoke(app, ["--db", v1_url, "show", case["case"], "--format", "json"])
        assert show.exit_code == 0, show.output
        assert json.loads(show.stdout)["articles"]
    with opened(v1_url) as tracker:
        reed = tracker.state("reed-2024")
        # The index this code builds on opening gives what the v1 events give when replayed.
        now = datetime.now(UTC)
        for case in cases:
            case_id = case["case"]
            replayed = tracker.state(case_id, recorded_by=now)
            assert tracker.state(case_id) == replayed
    assert reed.facts["charges"] and reed.facts["court"]


def test_the_v2_sentences_fold_and_show_with_todays_code(tmp_path):
    url = store_copy(tmp_path, "store_v2.db")
    runner = CliRunner()
    show = runner.invoke(app, ["--db", url, "show", "hale-2024", "--format", "json"])
    assert show.exit_code == 0, show.output
    terms = {(s["kind"], s["years"]) for s in json.loads(show.stdout)["sentences"]}
    assert terms == {
        (e["fields"]["kind"], e["fields"]["years"])
        for e in MANIFEST_V2
        if e["topic"] == Case.SentenceImposed.TOPIC
    }
    assert any(isinstance(years, float) for _kind, years in terms)


def test_an_event_class_that_gains_a_field_loads_v1_events_through_its_upcaster(
    v1_url, monkeypatch
):
    """The rule at work: `BondSet` gains `currency`; version 2 of the class upcasts v1 events."""

    def upcast_v1_v2(state: dict[str, Any]) -> None:
        state["currency"] = "USD"

    monkeypatch.setattr(Case.BondSet, "class_version", 2, raising=False)
    monkeypatch.setattr(Case.BondSet, "upcast_v1_v2", staticmethod(upcast_v1_v2), raising=False)
    bonds = [e for e in decoded_events(v1_url) if isinstance(e, Case.BondSet)]
    assert bonds and all(vars(b)["currency"] == "USD" for b in bonds)
    assert {b.amount for b in bonds} == {
        e["fields"]["amount"] for e in MANIFEST if e["topic"] == Case.BondSet.TOPIC
    }
