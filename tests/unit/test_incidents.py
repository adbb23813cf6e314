"""When two reports that name no one in common tell one incident: the days a report can mean
("Tuesday", "over the weekend", "last week") and how much must agree besides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casefile.application.incidents import incident_reason, read_incident

# A Monday, and the Wednesday of the week before.
MONDAY = date(2025, 4, 14)
EARLIER_WEDNESDAY = date(2025, 4, 9)


def incident(text: str, published: date):
    found = read_incident(text, published, [], ["Westmere"])
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was shot Tuesday on Elm Street.", date(2025, 4, 8)),
        ("A man was shot over the weekend on Elm Street.", date(2025, 4, 12)),
        ("A man was shot over the weekend on Elm Street.", date(2025, 4, 13)),
    ],
)
def test_a_day_the_text_names_is_a_day_the_incident_can_have_happened(text, day):
    assert day in incident(text, EARLIER_WEDNESDAY if "Tuesday" in text else MONDAY).days


def test_last_week_is_every_day_of_the_week_before_kept_apart():
    told = incident("A man shot on Elm Street last week has died.", MONDAY)
    week = {date(2025, 4, 7) + timedelta(days=n) for n in range(7)}
    assert told.week_days | told.days >= week
    assert told.week_days and not told.week_days & told.days


@pytest.mark.parametrize(
    ("later", "same"),
    [
        # the street and the age agree: one incident, though "last week" is all it says of the day
        (
            "The 16-year-old accused of a threat against a school on Garfield Avenue last week.",
            True,
        ),
        # the age alone agrees: within a week a town has more than one such threat
        ("The 16-year-old accused of a threat against a school last week.", False),
        # a day that fits closely: the age is enough, as for any two reports
        ("The 16-year-old accused of a threat against a school on Tuesday.", True),
    ],
)
def test_a_report_that_says_only_last_week_needs_one_more_particular(later, same):
    first = incident(
        "A 16-year-old was arrested Tuesday after a threat against a school on Garfield Avenue.",
        date(2025, 4, 9),
    )
    assert (incident_reason(first, incident(later, MONDAY)) is not None) is same


def test_a_threat_is_a_kind_of_crime():
    assert "threat" in incident("A student was arrested after a threat online.", MONDAY).kinds
    assert "threat" in incident("He was charged with terroristic threats.", MONDAY).kinds


@pytest.mark.parametrize(
    "text",
    [
        "A house was destroyed by fire overnight on Elm Street.",
        "A man is accused of setting fire to his former partner's home.",
        "Crews found a structure fire at a home on Elm Street.",
        "He is charged with intentionally causing a fire.",
    ],
)
def test_a_fire_set_is_arson(text: str) -> None:
    assert "arson" in incident(text, MONDAY).kinds


def test_a_shot_fired_is_no_fire() -> None:
    assert "arson" not in incident("A man opened fire on Elm Street.", MONDAY).kinds
