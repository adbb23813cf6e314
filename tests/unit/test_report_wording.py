"""The report's words: facts as an editor writes them, from what their sources give, never
a database label, and nothing a source did not say."""

from __future__ import annotations

import pytest

from casefile.adapters.report_wording import (
    audit_sentence,
    change_notes,
    day,
    fact_phrase,
    followup_sentence,
)
from casefile.domain.facts import FACT_FIELDS


@pytest.mark.parametrize(
    ("kind", "fields", "phrase"),
    [
        (
            "SuspectIdentified",
            {"name": "Owen Marsh", "age": 41, "residence": "New Britain"},
            "Owen Marsh, 41, of New Britain",
        ),
        ("SuspectIdentified", {"name": "Owen Marsh"}, "Owen Marsh"),
        (
            "ArrestMade",
            {"person": "Owen Marsh", "date": "2024-05-01", "prior": False},
            "Owen Marsh arrested on Wed 1 May 2024",
        ),
        (
            "ArrestMade",
            {"person": "Owen Marsh", "date": "2019-06", "prior": True},
            "Owen Marsh arrested in Jun 2019 in an earlier matter",
        ),
        (
            "ChargeFiled",
            {"person": "Owen Marsh", "charge": "robbery", "status": "dropped"},
            "Owen Marsh charged with robbery (dropped)",
        ),
        (
            "ChargeFiled",
            {"person": "Owen Marsh", "charge": "robbery", "status": "convicted"},
            "Owen Marsh convicted of robbery",
        ),
        (
            "BondSet",
            {"person": "Owen Marsh", "amount": 25000, "status": "reduced"},
            "Owen Marsh: bond reduced to $25,000",
        ),
        (
            "VictimReported",
            {"description": "officer", "outcome": "injured"},
            "An officer was injured",
        ),
        (
            "VictimReported",
            {"description": "woman", "age": 30, "outcome": "killed"},
            "A woman, 30, was killed",
        ),
        (
            "VictimReported",
            {"description": "the driver", "outcome": "unharmed"},
            "The driver was not hurt",
        ),
        (
            "VictimReported",
            {"name": "Ada Lind", "age": 70, "outcome": "killed"},
            "Ada Lind, 70, was killed",
        ),
        (
            "LinkedToHomicide",
            {"person": "Owen Marsh", "relation": "suspect", "victim": "Ada Lind"},
            "Owen Marsh named a suspect in the killing of Ada Lind",
        ),
        (
            "CourtEventReported",
            {"person": "Owen Marsh", "kind": "arraignment", "date": "2024-05-20"},
            "Arraignment for Owen Marsh on Mon 20 May 2024",
        ),
        (
            "CourtEventReported",
            {"person": "Owen Marsh", "kind": "other"},
            "Court date for Owen Marsh (date not reported)",
        ),
        (
            "SentenceImposed",
            {"person": "Owen Marsh", "kind": "life", "years": 25},
            "Owen Marsh sentenced to 25 years to life",
        ),
        (
            "SentenceImposed",
            {"person": "Owen Marsh", "kind": "prison", "years": 7.5},
            "Owen Marsh sentenced to 7 years and 6 months in prison",
        ),
        (
            "SentenceImposed",
            {"person": "Owen Marsh", "kind": "prison", "years": 3.4167},
            "Owen Marsh sentenced to 3 years and 5 months in prison",
        ),
        (
            "SentenceImposed",
            {"person": "Owen Marsh", "kind": "jail", "years": 0.4932},
            "Owen Marsh sentenced to 180 days in jail",
        ),
        (
            "SentenceImposed",
            {"person": "Owen Marsh", "kind": "other", "years": 3},
            "Owen Marsh sentenced to a term of 3 years other than prison, jail or probation",
        ),
        (
            "SentenceImposed",
            {"person": "Owen Marsh", "kind": "other"},
            "Owen Marsh sentenced to a punishment other than prison, jail or probation",
        ),
        (
            "SentenceImposed",
            {"person": "Owen Marsh", "kind": "probation", "years": 1},
            "Owen Marsh sentenced to 1 year of probation",
        ),
        (
            "CriminalHistoryReported",
            {"person": "Owen Marsh", "prior_arrests": 4, "offenses": "larceny"},
            "Owen Marsh has a criminal record: 4 earlier arrests, on larceny charges",
        ),
        (
            "IncidentReported",
            {"description": "robbery", "date": "2024-05-01", "location": "a Main Street bank"},
            "Robbery on Wed 1 May 2024 at a Main Street bank",
        ),
    ],
)
def test_a_fact_reads_as_a_phrase(kind, fields, phrase):
    full = {name: fields.get(name) for name in FACT_FIELDS[kind]}
    assert fact_phrase(kind, full) == phrase


@pytest.mark.parametrize("kind", sorted(FACT_FIELDS))
def test_no_phrase_shows_a_field_name_or_an_empty_value(kind):
    empty = dict.fromkeys(FACT_FIELDS[kind])
    filled = {name: f"word{n}" for n, name in enumerate(FACT_FIELDS[kind])}
    for fields in (empty, filled):
        phrase = fact_phrase(kind, fields)
        assert phrase and "None" not in phrase and kind not in phrase
        assert not any(f"{name}:" in phrase for name in FACT_FIELDS[kind])


def test_a_disagreement_and_a_refinement_read_as_sentences():
    age = {
        "kind": "SuspectIdentified",
        "subject": "Dana Reyes",
        "field": "age",
        "values": [
            {"value": 29, "by": [{"outlet": "Daily Ledger", "report": "r1"}]},
            {"value": 30, "by": [{"outlet": "Valley Times", "report": "r2"}]},
        ],
    }
    assert audit_sentence(age, "disagreement") == (
        "Sources disagree on the age of Dana Reyes: 29 (Daily Ledger) or 30 (Valley Times)."
    )
    place = {
        "kind": "IncidentReported",
        "subject": "2024-05-01",
        "field": "location",
        "values": [
            {"value": "the 100 block of Elm Street", "by": [{"outlet": "A", "report": "r2"}]},
            {"value": "Elm Street", "by": [{"outlet": "B"}, {"outlet": "C"}, {"outlet": "B"}]},
        ],
    }
    assert audit_sentence(place, "refinement") == (
        "The place of the incident (Wed 1 May 2024) is given as \u201cthe 100 block of Elm "
        "Street\u201d (A), more precisely than \u201cElm Street\u201d (B, C)."
    )


def test_what_a_report_replaced_and_what_to_chase_read_plainly():
    assert change_notes({"amount": 50000, "age": 30}) == " (bond was $50,000; age was 30)"
    assert change_notes({}) == ""
    due = {"person": "Owen Marsh", "what": "arraignment", "date": "2024-05-20", "days": -3}
    assert followup_sentence(due) == "Owen Marsh: arraignment, Mon 20 May 2024 (in 3 days)"
    stale = {"person": None, "what": "arrested; no charge reported since", "date": None}
    assert followup_sentence({**stale, "days": None}) == "arrested; no charge reported since"
    assert followup_sentence({**due, "days": 1}).endswith("(1 day ago)")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2021-10-26", "Tue 26 Oct 2021"),
        ("2021-10", "Oct 2021"),
        ("2021", "2021"),
        ("soon", "soon"),
    ],
)
def test_days_read_as_days(value, shown):
    assert day(value) == shown
