import pytest

from casefile.application import time_zone
from casefile.application.time_zone import TimeZoneError


@pytest.mark.parametrize("name", ["UTC", "utc", "Etc/UTC", "Z", "GMT"])
def test_every_spelling_of_utc_is_recorded_as_utc(name):
    assert time_zone.canonical(name) == "UTC"


def test_an_unknown_zone_is_refused_by_name():
    with pytest.raises(TimeZoneError, match="Mars/Olympus"):
        time_zone.canonical("Mars/Olympus")


def test_the_zone_asked_for_is_tz_then_the_environment(monkeypatch):
    monkeypatch.setenv("CASEFILE_TZ", "Europe/Berlin")
    assert time_zone.requested(None) == "Europe/Berlin"
    assert time_zone.requested("America/Chicago") == "America/Chicago"
    monkeypatch.delenv("CASEFILE_TZ")
    assert time_zone.requested(None) is None


def test_a_new_store_takes_the_zone_asked_for_and_refuses_another_later(tmp_path, monkeypatch):
    from casefile.application.tracker import CaseTracker

    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.delenv("CASEFILE_TZ")
    assert time_zone.stored_zone(url) is None
    assert not (tmp_path / "store.db").exists()  # asking made no store
    tracker = CaseTracker.open(url)
    try:
        time_zone.record(tracker.engine, "America/New_York")
        time_zone.record(tracker.engine, "America/New_York")  # the same again: fine
        with pytest.raises(TimeZoneError, match=r"America/New_York.*Europe/Berlin"):
            time_zone.record(tracker.engine, "Europe/Berlin")
    finally:
        tracker.close()
    assert time_zone.stored_zone(url) == "America/New_York"
    assert time_zone.for_reading(None, url) == "America/New_York"
    assert time_zone.for_reading("UTC", url) == "UTC"  # reading may ask for another
    with pytest.raises(TimeZoneError):
        time_zone.for_writing("UTC", url)
