"""Another incident told to compare the case with ("It is the second time this year a child
has been exposed to fentanyl. In February, a 1-year-old girl died ..."), and what the next
sentence says of her relatives ("Her father, Al Roe, was sentenced last week"), are not
this case's facts (extraction/scope.py, context.py)."""

from __future__ import annotations

from tests.extraction.reading import facts_of

CASE = (
    "Kia Moss, 24, was arrested Monday and charged with child endangering after her son was "
    "found unresponsive at their home. "
)
OTHER = (
    "It is the second time this year a child in the city has been exposed to fentanyl. In "
    "January, a 1-year-old girl died after ingesting the drug at an apartment on Elm Street. "
    "Her father, Al Roe, 30, was sentenced last week to 11 years in prison for involuntary "
    "manslaughter."
)


def _names(kind: str, field: str, text: str) -> set:
    return {f[field] for f in facts_of(kind, text)}


def test_the_compared_incident_and_its_people_are_not_the_case_s() -> None:
    text = CASE + OTHER
    assert _names("SuspectIdentified", "name", text) == {"Kia Moss"}
    assert _names("ChargeFiled", "person", text) == {"Kia Moss"}
    assert facts_of("SentenceImposed", text) == []
    assert [v["age"] for v in facts_of("VictimReported", text)] == []


def test_near_miss_the_case_s_own_victim_s_relative_is_still_the_case_s() -> None:
    text = (
        "A 1-year-old girl died Monday after ingesting fentanyl. Her father, Al Roe, 30, was "
        "charged Tuesday with involuntary manslaughter."
    )
    assert _names("ChargeFiled", "person", text) == {"Al Roe"}
