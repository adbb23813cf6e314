"""States at many times from one read (`CaseTracker.states_at`, used by the report) give what
`state` gives at each time, and `diff` from checkpoints what two replays give, on a real store:
after revisions, a person's retraction and a merge.
"""

from __future__ import annotations

from datetime import timedelta

from casefile.adapters.article_files import SourceArticle
from casefile.application.assignment import merge_cases
from casefile.application.audit import retract_fact
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.ingest import REVISED, ingest_article
from casefile.application.tracker import changes_between
from casefile.domain.changes import compare
from casefile.domain.reading import fold
from casefile.domain.reported_time import ReportedTime

ARREST = (
    "Police arrested Dorian Vell, 34, of Akron on Tuesday after a shooting on Elm Street. "
    "Vell is charged with attempted murder and robbery. "
    "He is being held on a $250,000 bond, records show."
)
COURT = (
    "Dorian Vell, 34, appeared in court Friday on charges of attempted murder and robbery. "
    "A judge set bond for Vell at $500,000 during the hearing."
)
OTHER = (
    "Police arrested Marta Quill, 29, of Macon on Monday after a burglary on Oak Street. "
    "Quill is charged with burglary. She is being held on a $10,000 bond."
)


def article(path: str, text: str, published: str, url: str) -> SourceArticle:
    return SourceArticle(
        path=path,
        text=text,
        url=url,
        outlet="Metro Gazette",
        published=ReportedTime.parse(published),
    )


def store_story(tracker) -> str:  # type: ignore[no-untyped-def]
    """Two articles and a revision of one, a person's retraction, and a case merged in."""
    first = ingest_article(
        tracker, article("a.md", ARREST, "2024-03-05T09:00Z", "https://example.org/a")
    )
    case_id = first.case_id
    assert case_id is not None
    ingest_article(
        tracker, article("b.md", COURT, "2024-03-08T18:00Z", "https://example.org/b"), case_id
    )
    # A revision drops the robbery charge: its withdrawal counts from the revision's time.
    revised = ARREST.replace(" and robbery", "")
    outcome = ingest_article(
        tracker, article("a2.md", revised, "2024-03-06T09:00Z", "https://example.org/a")
    )
    assert outcome.status == REVISED
    # A person's retraction counts whatever the reported time.
    bond = next(e for e in tracker.fact_events(case_id) if type(e).__name__ == "BondSet")
    retract_fact(tracker, case_id, bond.originator_version, by="editor", reason="wrong amount")
    other = ingest_article(
        tracker, article("c.md", OTHER, "2024-03-07T12:00Z", "https://example.org/c"), "other"
    )
    assert other.case_id == "other"
    merge_cases(tracker, case_id, "other", reason="one story")
    return case_id


def test_states_at_many_times_equal_state_at_each_time(tracker) -> None:
    case_id = store_story(tracker)
    reported = [a.reported_at for a in tracker.attached_articles(case_id)]
    times = [t + delta for t in reported for delta in (-timedelta(seconds=1), timedelta(0))]
    for asked in (case_id, "other"):  # the merged case's id names the survivor
        many = tracker.states_at(asked, times)
        assert set(many) == set(times)
        for when in times:
            assert many[when] == tracker.state(asked, when), when
    # The figures differ from time to time, so equality above is not about empty states.
    sizes = {len(tracker.state(case_id, when).all_facts()) for when in times}
    assert len(sizes) > 2


def test_diff_from_checkpoints_equals_the_diff_of_two_replays(tracker, window_answers) -> None:
    """`diff` now in the case file (two states from checkpoints and the reports in between)
    gives what comparing two replays of the events gives, also for the merged case's id."""
    case_id = store_story(tracker)
    assert refresh_checkpoints(tracker, [case_id], every=2) > 0
    reported = sorted({a.reported_at for a in tracker.attached_articles(case_id)})
    times = [t + delta for t in reported for delta in (-timedelta(seconds=1), timedelta(0))]
    compared = 0
    for start in times:
        for end in times:
            if start > end:
                continue
            slow = compare(replayed(tracker, case_id, start), replayed(tracker, case_id, end))
            for asked in (case_id, "other"):
                fast = changes_between(tracker, asked, start, end)
                assert [c.as_dict() for c in fast] == [c.as_dict() for c in slow], (start, end)
            compared += bool(slow)
    assert compared > 3  # not only empty diffs
    assert any(window_answers)  # and some told from the window alone


def replayed(tracker, case_id: str, when):  # type: ignore[no-untyped-def]
    return fold(case_id, tracker.known_events(case_id, reported_by=when), when)
