"""Property-based: a court date told by its weekday lies in the week of the report, before
it when the session was held and after it when it is to come, whatever the day of
publication, the time of day told with it or the words that tell it ahead."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.extraction import extract_facts

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
LEAD = "Marcus Dell, 27, was charged with robbery in the holdup of a Fairview store. "
AHEAD = [
    "Dell will be arraigned {at}{day}.",
    "His arraignment is set for {at}{day}.",
    "Dell is scheduled to be arraigned {at}{day}.",
    "Dell is due in court for his arraignment {at}{day}.",
    "Dell was remanded in custody to appear for arraignment {at}{day}.",
]
HELD = ["Dell was arraigned {at}{day}.", "Dell pleaded not guilty at his arraignment {at}{day}."]
TIMES = st.sampled_from(["", "at 9 a.m. ", "at 1:30 p.m. ", "on "])
PUBLISHED = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


def court_days(text: str, published: date) -> list[date]:
    return [
        date.fromisoformat(f.fields["date"])
        for f in extract_facts(LEAD + text, published)
        if f.kind == "CourtEventReported" and f.fields["date"]
    ]


@settings(max_examples=120, deadline=None)
@given(told=st.sampled_from(AHEAD), day=st.sampled_from(WEEKDAYS), at=TIMES, published=PUBLISHED)
def test_a_session_to_come_is_in_the_days_after_the_report(told, day, at, published):
    days = court_days(told.format(at=at, day=day), published)
    assert days
    for when in days:
        assert published <= when <= published + timedelta(days=6)
        assert when.strftime("%A") == day


@settings(max_examples=120, deadline=None)
@given(told=st.sampled_from(HELD), day=st.sampled_from(WEEKDAYS), at=TIMES, published=PUBLISHED)
def test_a_session_held_is_in_the_days_before_the_report(told, day, at, published):
    days = court_days(told.format(at=at, day=day), published)
    assert days  # the arraignment, and the plea told with it
    for when in days:
        assert published - timedelta(days=6) <= when <= published
        assert when.strftime("%A") == day
