"""A read of a case now in the case file gives the same answer through the tracker (SQLAlchemy
and the event library) and through `sqlite3` on the same SQLite file (`plain_index.py`).

The cases are the random ones of the checkpoint tests (articles out of order, revisions that
withdraw reports, a person's retractions and amendments, checkpoints refreshed at random),
one of them merged into another and one with a person split off; every state, diff, timeline,
list of articles and search is compared. A store the plain reads cannot serve (PostgreSQL,
a sealed one, an index to rebuild) is left to the tracker.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from casefile.adapters.plain_index import open_index
from casefile.application.case_reads import CaseReads, changes_between, reporting_timeline
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.followups import followups
from casefile.application.search import _search_through_sqlalchemy, search, words_of
from casefile.application.tracker import CaseTracker
from casefile.cli.render import article_as_dict, state_as_dict
from tests.integration.test_checkpoints import START, store_scenario

SEEDS = range(1, 25, 3)


@pytest.fixture
def stored(sqlite_url: str):  # type: ignore[no-untyped-def]
    """A SQLite store of random cases, one merged into another, one with a person split."""
    from casefile.application.assignment import merge_cases
    from casefile.application.people import split_person

    tracker = CaseTracker.open(sqlite_url)
    cases = [store_scenario(tracker, seed, every=3) for seed in SEEDS]
    merge_cases(tracker, cases[0], cases[1], "one shooting")
    split_person(tracker, cases[2], "Dale R. Quill", "his father, not him")
    refresh_checkpoints(tracker, cases)
    yield tracker, cases
    tracker.close()


def _plain(url: str) -> CaseReads:
    index = open_index(url)
    assert index is not None, "a plain SQLite store is read with sqlite3"
    return CaseReads(index)


def _times(tracker: CaseTracker, case_id: str) -> list:
    times = sorted({e.reported_at for e in tracker.fact_events(case_id)})
    return [START - timedelta(days=1), *times, *(t + timedelta(minutes=1) for t in times)]


def test_both_paths_give_the_same_states_articles_and_reports(stored, sqlite_url) -> None:
    tracker, cases = stored
    plain = _plain(sqlite_url)
    for case_id in cases:  # the merged-away case's id names the case it is part of
        assert plain.current_id(case_id) == tracker.current_id(case_id)
        assert plain.has_case(case_id) == tracker.has_case(case_id)
        for when in [None, *_times(tracker, case_id)]:
            state = plain.state(case_id, when)
            assert state == tracker.state(case_id, when), (case_id, when)
            articles = plain.attached_articles(case_id, when)
            assert [article_as_dict(a) for a in articles] == [
                article_as_dict(a) for a in tracker.attached_articles(case_id, when)
            ]
            # What `show --format json` prints: the state with its sources and disputes.
            expected = state_as_dict(tracker.state(case_id, when), articles)
            assert state_as_dict(state, articles) == expected
        mine = plain.known_events(case_id)
        theirs = tracker.known_events(case_id)
        assert [(type(e).__name__, vars(e)) for e in mine] == [
            (type(e).__name__, vars(e)) for e in theirs
        ]
    assert any(plain.state(case_id).checkpoint for case_id in cases)


def test_both_paths_give_the_same_diffs_timelines_and_followups(stored, sqlite_url) -> None:
    tracker, cases = stored
    plain = _plain(sqlite_url)
    rng = random.Random(7)
    for case_id in cases:
        probes = _times(tracker, case_id)
        for start, end in [tuple(sorted(rng.sample(probes, 2))) for _ in range(6)]:
            mine = changes_between(plain, case_id, start, end)
            assert mine == changes_between(tracker, case_id, start, end), (start, end)
        mine_timeline = reporting_timeline(plain, case_id)
        theirs = reporting_timeline(tracker, case_id)
        assert [(article_as_dict(e.article), e.changes) for e in mine_timeline] == [
            (article_as_dict(e.article), e.changes) for e in theirs
        ]
        for when in (None, probes[len(probes) // 2]):
            found = followups(plain, [case_id], when, 3, 30)
            assert found == followups(tracker, [case_id], when, 3, 30)


def test_both_paths_find_the_same_people_charges_and_places(stored, sqlite_url) -> None:
    for text in ("quill", "Dale Quill", "ferro", "robb", "one count", "nobody"):
        query = words_of(text)
        hits = search(text, sqlite_url)
        assert [h.as_dict() for h in hits] == [
            h.as_dict() for h in _search_through_sqlalchemy(query, sqlite_url)
        ]
    assert search("quill", sqlite_url)


def test_an_unknown_case_is_told_alike(stored, sqlite_url) -> None:
    from casefile.application.errors import UnknownCase

    tracker, _ = stored
    for reads in (_plain(sqlite_url), tracker):
        with pytest.raises(UnknownCase):
            reads.state("no-such-case")
        with pytest.raises(UnknownCase):
            reads.attached_articles("no-such-case")


@pytest.mark.postgres
def test_postgresql_is_read_by_the_tracker(postgres_url) -> None:
    CaseTracker.open(postgres_url).close()
    assert open_index(postgres_url) is None


def test_a_sealed_store_or_an_index_to_rebuild_is_read_by_the_tracker(
    sqlite_url, monkeypatch
) -> None:
    from sqlalchemy import update

    from casefile.adapters import fact_index
    from casefile.adapters.cipher import new_key

    tracker = CaseTracker.open(sqlite_url)
    store_scenario(tracker, 3, every=3)
    with tracker.engine.begin() as connection:
        connection.execute(update(fact_index.index_state).values(version=1))
    tracker.close()
    assert open_index(sqlite_url) is None  # the tracker rebuilds it on opening
    CaseTracker.open(sqlite_url).close()
    assert open_index(sqlite_url) is not None
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", new_key())
    assert open_index(sqlite_url) is None


def test_follow_ups_from_a_checkpoint_read_their_first_reports_not_the_whole_case(
    stored, sqlite_url, monkeypatch
) -> None:
    """A state read back from a checkpoint knows which report stated each fact first: the
    follow-ups read those reports by version and give what the full fold's reports give."""
    from datetime import UTC

    from casefile.application.followups import case_followups
    from tests.integration.test_checkpoints import replayed

    tracker, cases = stored
    plain = _plain(sqlite_url)
    folds: list[str] = []
    full_fold = CaseReads._indexed_fold

    def counted(self, case_id, as_of):  # type: ignore[no-untyped-def]
        folds.append(case_id)
        return full_fold(self, case_id, as_of)

    monkeypatch.setattr(CaseReads, "_indexed_fold", counted)
    checked = 0
    for case_id in cases:
        for when in _times(tracker, case_id)[1::4]:
            state = plain.state(case_id, when)
            # A fact joined with another (an undated arrest) has its reports counted again.
            briefs = all(f.first_report() for f in state.all_facts())
            before = len(folds)
            today = when.date() + timedelta(days=40)
            found = case_followups(state, today, 3, 30, UTC, plain.first_reports(state))
            if state.checkpoint is not None and briefs:
                assert len(folds) == before, "no fold of the whole case for its reports"
                checked += 1
            full = replayed(tracker, state.case_id, when)
            assert found == case_followups(full, today, 3, 30, UTC)
    assert checked


def test_the_names_the_plain_reads_use_are_the_stores_own(sqlite_url) -> None:
    from casefile.adapters import plain_index, store_settings

    tracker = CaseTracker.open(sqlite_url)
    try:
        assert tracker.recorder.events_table_name == plain_index.EVENTS_TABLE
    finally:
        tracker.close()
    assert plain_index._ALIASES_DONE == store_settings._ALIASES_DONE
