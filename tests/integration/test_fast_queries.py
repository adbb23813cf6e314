"""States at many times from one read (`CaseTracker.states_at`, used by the report) give what
`state` gives at each time, on a real store: after revisions, a person's retraction and a merge.
"""

from __future__ import annotations

from datetime import timedelta

from casefile.adapters.article_files import SourceArticle
from casefile.application.assignment import merge_cases
from casefile.application.audit import retract_fact
from casefile.application.ingest import REVISED, ingest_article
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


def test_states_at_many_times_equal_state_at_each_time(tracker) -> None:
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
