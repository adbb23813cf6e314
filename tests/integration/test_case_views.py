"""The case views (`case_views.py`) give exactly what the fold gives, on every write path.

`timeline` and `show --format json` read a case now from rows made after each command that
writes. Each write here (a revision's withdrawals, retractions and amendments, a merge, a
move, a person split and joined again) is followed by the comparison of the rows with a
replay of the case's events: each fact's document (its reports, corroboration, corrections
and disputes) and each revision's changes. A save that is not followed by a refresh leaves
the case without views (the reads fold it), never with stale ones.
"""

from __future__ import annotations

import pytest

from casefile.adapters import case_views as view_rows
from casefile.adapters import index_reads
from casefile.application import checkpoints
from casefile.application.assignment import merge_cases
from casefile.application.audit import amend_fact, retract_fact
from casefile.application.case_reads import CaseReads, reporting_timeline
from casefile.application.case_views import (
    article_document,
    encode,
    entry_brief,
    entry_document,
    fact_documents,
    nested,
)
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.people import join_person, split_person
from casefile.application.tracker import CaseTracker
from casefile.domain.case import AttachedArticle, case_uuid
from casefile.domain.reading import fold
from tests.integration.test_checkpoints import START, random_fact, store_scenario

SEEDS = (2, 5, 11)


def _folded(tracker: CaseTracker, case_id: str) -> tuple[str, list, list, list]:
    """The case now from a replay of every one of its events, as its views would hold it:
    its facts' and articles' JSON, and its timeline entries' JSON and briefs."""
    current = tracker.current_id(case_id)
    state = fold(current, tracker.known_events(current), None)
    facts = [(category, nested(encode(d, indent=True), 2)) for category, d in fact_documents(state)]
    facts += [
        ("articles", nested(encode(article_document(a), indent=True), 2))
        for a in tracker.attached_articles(current)
    ]
    entries = reporting_timeline(tracker, current)
    documents = [nested(encode(entry_document(e), indent=True), 1) for e in entries]
    return current, facts, documents, [encode(entry_brief(e)) for e in entries]


def _assert_views_are_the_fold(tracker: CaseTracker, reads: CaseReads, case_id: str) -> None:
    current, facts, documents, briefs = _folded(tracker, case_id)
    assert reads.stored_facts(case_id) == (current, facts)
    assert reads.stored_timeline(case_id) == documents
    assert reads.stored_timeline(case_id, brief=True) == briefs


def _has_views(tracker: CaseTracker, case_id: str) -> bool:
    with tracker.engine.connect() as connection:
        return not view_rows.unbuilt(connection, [tracker.current_id(case_id)])


def _standing(tracker: CaseTracker, case_id: str, kinds: set[str]) -> int:
    """The version of a report that counts now, of one of these kinds."""
    state = tracker.state(case_id)
    return min(s.version for f in state.all_facts() if f.kind in kinds for s in f.sources)


def test_views_are_the_fold_after_every_write(tracker, monkeypatch) -> None:
    # Each write refreshes with the checkpoints' interval: views for these short cases too.
    monkeypatch.setattr(checkpoints, "CHECKPOINT_EVERY", 2)
    cases = [store_scenario(tracker, seed, every=3) for seed in SEEDS]
    for case_id in cases:  # the refresh after a command: every case has its views
        _assert_views_are_the_fold(tracker, tracker.now, case_id)
    first, second, third = cases
    everything = {"SuspectIdentified", "ArrestMade", "BondSet", "CourtEventReported"}
    retract_fact(tracker, first, _standing(tracker, first, everything), by="ed", reason="misread")
    _assert_views_are_the_fold(tracker, tracker.now, first)
    version = _standing(tracker, first, {"ChargeFiled"})
    amend_fact(tracker, first, version, {"status": "dropped"}, by="ed", reason="court records")
    _assert_views_are_the_fold(tracker, tracker.now, first)
    split_person(tracker, second, "Dale R. Quill", "his father")
    _assert_views_are_the_fold(tracker, tracker.now, second)
    join_person(tracker, second, "Dale R. Quill", "one man after all")
    _assert_views_are_the_fold(tracker, tracker.now, second)
    merge_cases(tracker, third, first, "one robbery")
    for case_id in cases:  # the merged case's id reads the case it joined
        _assert_views_are_the_fold(tracker, tracker.now, case_id)


def test_a_revision_published_earlier_or_later_changes_the_views_with_it(tracker) -> None:
    """An article arriving out of order, and a revision that corrects its publication
    time: the views follow the case's reported order as the fold does."""
    import random

    rng = random.Random(4)
    case_id = store_scenario(tracker, 8, every=3)
    case = tracker.get_case(case_id)
    for hours, revision in ((-48, "late-r1"), (200, "late-r2")):  # before all, then after
        attached = AttachedArticle(
            "late",
            revision,
            None,
            "Channel 9",
            None,
            None,
            START + _hours(hours),
            "",
            False,
        )
        case.attach(attached)
        for _ in range(3):
            case.report(random_fact(rng), attached)
        tracker.save(case)
        assert not _has_views(tracker, case_id), "a save drops the views it makes untrue"
        refresh_checkpoints(tracker, [case_id], every=3)
        _assert_views_are_the_fold(tracker, tracker.now, case_id)


def _hours(hours: int):  # type: ignore[no-untyped-def]
    from datetime import timedelta

    return timedelta(hours=hours)


def test_a_store_without_views_is_folded_and_rebuilding_the_index_drops_them(
    sqlite_url,
) -> None:
    tracker = CaseTracker.open(sqlite_url)
    case_id = store_scenario(tracker, 5, every=3)
    assert _has_views(tracker, case_id)
    tracker.rebuild_index()
    assert not _has_views(tracker, case_id)
    assert tracker.now.stored_facts(case_id) is None
    assert tracker.now.stored_timeline(case_id) is None
    refresh_checkpoints(tracker, [case_id], every=3)
    _assert_views_are_the_fold(tracker, tracker.now, case_id)
    tracker.close()


def test_a_case_too_short_for_a_checkpoint_gets_no_views(sqlite_url) -> None:
    """It is folded at each read, as fast as its rows would be read."""
    tracker = CaseTracker.open(sqlite_url)
    case_id = store_scenario(tracker, 5, every=3)
    tracker.rebuild_index()
    with tracker.engine.connect() as connection:  # every fact report the index holds
        reports = len(index_reads.fact_reports(connection, case_id, case_uuid(case_id)))
    refresh_checkpoints(tracker, [case_id], every=reports + 1)
    assert not _has_views(tracker, case_id)
    refresh_checkpoints(tracker, [case_id], every=reports)
    _assert_views_are_the_fold(tracker, tracker.now, case_id)
    tracker.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_the_plain_reads_give_the_same_views(sqlite_url, seed: int) -> None:
    from casefile.adapters.plain_index import open_index

    tracker = CaseTracker.open(sqlite_url)
    case_id = store_scenario(tracker, seed, every=3)
    index = open_index(sqlite_url)
    assert index is not None
    _assert_views_are_the_fold(tracker, CaseReads(index), case_id)
    index.close()
    tracker.close()


@pytest.mark.parametrize("estimated", [True, False])
def test_diff_finds_the_estimated_articles_whatever_their_titles_say(
    sqlite_url, estimated: bool
) -> None:
    """`diff` reads only the articles whose publication time is estimated; a title that
    holds the very words of the flag changes nothing."""
    from casefile.adapters.plain_index import open_index
    from casefile.domain.case import Case

    tracker = CaseTracker.open(sqlite_url)
    case = Case.open("case-titles")
    titles = ['"reported_estimated":true', 'x "reported_estimated":true, y']
    for number, title in enumerate(titles):
        case.attach(
            AttachedArticle(
                f"t{number}",
                f"t{number}-r1",
                None,
                "Metro Gazette",
                title,
                None,
                START + _hours(number),
                "",
                estimated and number == 1,
            )
        )
    tracker.save(case)
    index = open_index(sqlite_url)
    assert index is not None
    for reads in (CaseReads(index), tracker.now):
        found = [a.article_id for a in reads.estimated_articles("case-titles")]
        assert found == (["t1"] if estimated else [])
    index.close()
    tracker.close()
