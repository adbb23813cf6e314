"""`show --as-of` from checkpoints gives exactly what replaying the case's events gives.

Each scenario stores a small random case on a real store: articles from three outlets arriving
out of order, names given in full, in part and by surname, repeated and echoed wordings,
revisions that withdraw reports, and a person's retractions and amendments. Checkpoints are
refreshed at random moments with a small interval, so stores, invalidations and extensions
all happen; then the state at every reported time is compared with the replay of the events.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.adapters import fact_index, index_reads
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.tracker import CaseTracker
from casefile.domain.case import AttachedArticle, Case
from casefile.domain.facts import Evidence, Fact
from casefile.domain.reading import fold
from casefile.domain.sources import Corroboration

OUTLETS = ["Metro Gazette", "Valley Wire", "Channel 9"]
NAMES = ["Dale Quill", "Quill", "Dale R. Quill", "Ann Quill", "Bo Ferro", "Ferro", None]
QUOTES = [
    "Quill was arrested on Tuesday.",
    "Police said Quill was arrested.",
    "Quill, 31, was charged with robbery.",
    "He faces a robbery charge.",
    "Bond was set at $50,000.",
]
START = datetime(2024, 3, 1, 9, tzinfo=UTC)
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def random_fact(rng: random.Random) -> Fact:
    person = rng.choice(NAMES)
    kind = rng.choice(
        ["SuspectIdentified", "ArrestMade", "ChargeFiled", "BondSet", "CourtEventReported"]
    )
    fields = {
        "SuspectIdentified": {"name": person or "Quill", "age": rng.choice([None, 31, 32])},
        "ArrestMade": {"person": person, "date": rng.choice([None, "2024-03-01"]), "prior": False},
        "ChargeFiled": {
            "person": person,
            "charge": rng.choice(["robbery", "one count of robbery", "assault"]),
            "status": rng.choice(["filed", "dropped"]),
        },
        "BondSet": {"person": person, "amount": rng.choice([50000, 75000]), "status": "set"},
        "CourtEventReported": {"person": person, "kind": "hearing", "date": "2024-04-02"},
    }[kind]
    quote = rng.choice(QUOTES)
    start = rng.randrange(0, 400)
    return Fact(kind, fields, Evidence(quote, start, start + len(quote)))


def store_scenario(tracker: CaseTracker, seed: int, every: int) -> str:
    rng = random.Random(seed)
    case_id = f"case-{seed}"
    articles = []
    for number in range(rng.randrange(6, 14)):
        published = START + timedelta(hours=rng.choice(range(0, 120, 6)))
        facts = [random_fact(rng) for _ in range(rng.randrange(1, 5))]
        articles.append((f"a{number:02d}", rng.choice(OUTLETS), published, facts))
    rng.shuffle(articles)  # an archive arrives in any order
    for article_id, outlet, published, facts in articles:
        case = tracker.get_case(case_id) if tracker.has_case(case_id) else Case.open(case_id)
        attached = AttachedArticle(
            article_id, f"{article_id}-r1", None, outlet, None, None, published, "", False
        )
        case.attach(attached)
        first = case.version + 1
        for fact in facts:
            case.report(fact, attached)
        if rng.random() < 0.3:  # a revision a day later drops some of the reports
            revision = AttachedArticle(
                article_id,
                f"{article_id}-r2",
                None,
                outlet,
                None,
                None,
                published + timedelta(days=1),
                "",
                False,
            )
            case.attach(revision)
            dropped = [v for v in range(first, first + len(facts)) if rng.random() < 0.5]
            if dropped:
                case.withdraw(dropped, revision, reason="no longer in the text")
        tracker.save(case)
        if rng.random() < 0.4:
            refresh_checkpoints(tracker, [case_id], every=every)
    case = tracker.get_case(case_id)
    facts = [e.originator_version for e in tracker.fact_events(case_id)]
    for version in rng.sample(facts, k=min(2, len(facts))):
        if rng.random() < 0.5:
            case.retract(version, by="editor", reason="wrongly read")
        else:
            case.amend(
                version,
                {"status": "convicted"} if rng.random() < 0.5 else {},
                by="editor",
                reason="court records",
            )
    if rng.random() < 0.5:
        tracker.save(case)
    refresh_checkpoints(tracker, [case_id], every=every)
    return case_id


def replayed(tracker: CaseTracker, case_id: str, when: datetime):
    return fold(case_id, tracker.known_events(case_id, reported_by=when), when)


@pytest.mark.parametrize("seed", range(40))
def test_state_from_checkpoints_equals_the_replay_at_every_time(tracker, seed: int) -> None:
    case_id = store_scenario(tracker, seed, every=3)
    times = sorted({e.reported_at for e in tracker.fact_events(case_id)})
    probes = [START - timedelta(days=1), *times, *(t + timedelta(minutes=1) for t in times)]
    extended = 0
    for when in probes:
        fast = tracker.state(case_id, when)
        extended += fast.checkpoint is not None
        slow = replayed(tracker, case_id, when)
        # Fields, keys and order first: what the checkpoint itself carries.
        assert [(f.kind, f.key, f.fields, f.corrections) for f in fast.all_facts()] == [
            (f.kind, f.key, f.fields, f.corrections) for f in slow.all_facts()
        ], when
        for fact, expected in zip(fast.all_facts(), slow.all_facts(), strict=True):
            assert fact.corroboration == expected.corroboration, (when, fact)
            assert fact.corroboration == Corroboration.of(expected.sources)
        assert fast == slow, when  # reports, what each stated, and the removed ones
    assert extended > 0 or fact_index_is_small(tracker, case_id)


def fact_index_is_small(tracker: CaseTracker, case_id: str) -> bool:
    """A case too small for a checkpoint (fewer reports than the interval) is fine unextended."""
    return len(tracker.fact_events(case_id)) < 3


def test_checkpoints_are_stored_and_a_report_published_before_them_drops_them(tracker) -> None:
    case_id = store_scenario(tracker, 7, every=3)
    with tracker.engine.connect() as connection:
        before = index_reads.checkpoint_count(connection, case_id)
    assert before > 0
    case = tracker.get_case(case_id)
    early = AttachedArticle("early", "early-r1", None, "Valley Wire", None, None, START, "", False)
    case.attach(early)
    case.report(random_fact(random.Random(1)), early)
    tracker.save(case)
    with tracker.engine.connect() as connection:
        assert index_reads.checkpoint_count(connection, case_id) == 0
    assert refresh_checkpoints(tracker, [case_id], every=3) > 0
    later = max(e.reported_at for e in tracker.fact_events(case_id))
    assert tracker.state(case_id, later) == replayed(tracker, case_id, later)


def test_rebuilding_the_index_from_the_events_gives_the_same_rows(tracker) -> None:
    case_id = store_scenario(tracker, 11, every=3)

    def rows() -> list[tuple]:
        with tracker.engine.connect() as connection:
            found = connection.execute(select(fact_index.reports)).all()
        return sorted(
            (r.case_id, r.version, r.event, r.position, sorted(json.loads(r.payload).items()))
            for r in found
        )

    indexed = rows()
    assert any(row[0] == case_id for row in indexed)
    tracker.rebuild_index()
    assert rows() == indexed


def test_ingest_leaves_checkpoints_that_show_as_of_uses(sqlite_url, monkeypatch) -> None:
    from typer.testing import CliRunner

    from casefile.application import checkpoints
    from casefile.cli.main import app

    monkeypatch.setattr(checkpoints, "CHECKPOINT_EVERY", 4)
    result = CliRunner().invoke(app, ["--db", sqlite_url, "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    tracker = CaseTracker.open(sqlite_url)
    try:
        [case_id] = [summary.case_id for summary in tracker.list_cases()]
        with tracker.engine.connect() as connection:
            assert index_reads.checkpoint_count(connection, case_id) > 0
        for when in sorted({e.reported_at for e in tracker.fact_events(case_id)}):
            state = tracker.state(case_id, when)
            assert state == replayed(tracker, case_id, when)
        assert state.checkpoint is not None
    finally:
        tracker.close()


@pytest.mark.parametrize("seed", range(0, 40, 2))
def test_diff_from_checkpoints_equals_the_diff_of_two_replays(
    tracker, seed, window_answers
) -> None:
    """`diff` from two checkpoint states and the reports in between gives what comparing the
    two replays gives, at random pairs of times; the window is what answers most of them."""
    from casefile.application.tracker import changes_between
    from casefile.domain.changes import compare

    case_id = store_scenario(tracker, seed, every=3)
    times = sorted({e.reported_at for e in tracker.fact_events(case_id)})
    probes = [START - timedelta(days=1), *times, *(t + timedelta(minutes=1) for t in times)]
    rng = random.Random(seed)
    pairs = [tuple(sorted(rng.sample(probes, 2))) for _ in range(12)] + [(probes[0], probes[-1])]
    for start, end in pairs:
        fast = changes_between(tracker, case_id, start, end)
        slow = compare(replayed(tracker, case_id, start), replayed(tracker, case_id, end))
        assert [c.as_dict() for c in fast] == [c.as_dict() for c in slow], (start, end)
        assert fast == slow, (start, end)
    assert any(window_answers)


def test_a_sealed_store_answers_from_its_checkpoints_as_its_replay(store_url, monkeypatch) -> None:
    """With a cipher key, the checkpoint, the reports after it and their corrections (read in
    one statement) and the window of a diff are unsealed as they are read."""
    from casefile.adapters.cipher import new_key
    from casefile.application.tracker import changes_between
    from casefile.domain.changes import compare

    monkeypatch.setenv("CASEFILE_CIPHER_KEY", new_key())
    tracker = CaseTracker.open(store_url)
    try:
        case_id = store_scenario(tracker, 5, every=3)
        times = sorted({e.reported_at for e in tracker.fact_events(case_id)})
        states = [tracker.state(case_id, when) for when in times]
        assert any(state.checkpoint is not None for state in states)
        for when, state in zip(times, states, strict=True):
            assert state == replayed(tracker, case_id, when), when
        start, end = times[1], times[-1]
        slow = compare(replayed(tracker, case_id, start), replayed(tracker, case_id, end))
        assert changes_between(tracker, case_id, start, end) == slow
    finally:
        tracker.close()


def test_a_long_article_gets_one_checkpoint_after_its_last_report(tracker) -> None:
    """A query reads the last checkpoint of a publication time, so none is placed before the
    last report of one: an article of many reports is one checkpoint, not one per interval
    (each the whole fold so far), and the states still equal the replay."""
    rng = random.Random(3)
    case_id = "case-long"
    case = Case.open(case_id)
    times = [START, START + timedelta(hours=6)]
    for number, (published, reports) in enumerate(zip(times, [10, 4], strict=True)):
        article = AttachedArticle(
            f"long{number}",
            f"long{number}-r1",
            None,
            "Metro Gazette",
            None,
            None,
            published,
            "",
            False,
        )
        case.attach(article)
        for _ in range(reports):
            case.report(random_fact(rng), article)
    tracker.save(case)
    assert refresh_checkpoints(tracker, [case_id], every=3) == 2
    with tracker.engine.connect() as connection:
        checkpoint = index_reads.last_checkpoint(connection, case_id, times[0])
        assert checkpoint is not None
        first = [e for e in tracker.fact_events(case_id) if e.reported_at == times[0]]
        assert checkpoint.position == max(fact_index.position_of(e) for e in first)
    for when in times:
        state = tracker.state(case_id, when)
        assert state.checkpoint is not None
        assert state == replayed(tracker, case_id, when)


@pytest.mark.parametrize("seed", range(20))
def test_disputes_and_followups_from_checkpoints_read_no_report_again(
    tracker, seed: int, monkeypatch
) -> None:
    """`show`'s disputed marks and `followups` from a state read from a checkpoint are what
    the replay gives, without folding the case again (the facts' coverage keeps the names
    and ages stated, and their first and last reports; the first ones are read by version),
    unless an undated arrest was joined to a dated one."""
    from casefile.application.disputes import disputed_facts
    from casefile.application.followups import case_followups, followups

    case_id = store_scenario(tracker, seed, every=3)
    times = sorted({e.reported_at for e in tracker.fact_events(case_id)})
    slow = {when: replayed(tracker, case_id, when) for when in times}
    folds: list[datetime | None] = []
    fold_again = tracker.now._indexed_fold
    monkeypatch.setattr(
        tracker.now,
        "_indexed_fold",
        lambda case, when: folds.append(when) or fold_again(case, when),
    )
    for when in times:
        fast = tracker.state(case_id, when)
        if fast.checkpoint is None:
            continue
        folds.clear()
        assert disputed_facts(fast) == disputed_facts(slow[when]), when
        found = followups(tracker, [case_id], when, stale_days=1, open_days=1)
        expected = case_followups(slow[when], when.date(), 1, 1)
        assert [f.as_dict() for f in found] == [f.as_dict() for f in expected], when
        # An undated arrest joined to a dated one counts its reports again from its sources.
        assert folds == [] or fast.joins, when
