"""Faults found by reading whole invented articles: a relation and an age before a name in
apposition ("Her boyfriend, 29-year-old Darius Fenn, was also arrested"), harm that could have
been ("You could very easily have killed him"), a warrant's counts ("is wanted on two counts
of"). Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import bonds_of, charges_of, links_of, suspects_of, victims_of


def test_a_relation_and_an_age_before_the_name_told_arrested() -> None:
    text = (
        "Tia Bly, 24, was arrested Sunday. She is held on a $500,000 bond. Her boyfriend, "
        "29-year-old Dane Fenn, was also arrested and charged with failure to report child "
        "abuse. He was released after posting a $10,000 bond."
    )
    assert dict(suspects_of(text)) == {("Tia Bly", 24): 1, ("Dane Fenn", 29): 1}
    assert charges_of(text) == {("Dane Fenn", "failure to report child abuse", "filed")}
    assert bonds_of(text) == {("Tia Bly", 500000, "set"), ("Dane Fenn", 10000, "posted")}


def test_harm_that_could_have_been_kills_no_one() -> None:
    text = (
        "Kerry Whitlow, 36, admitted wounding with intent. She attacked Dean Purcell, 41, with a "
        'knife. Judge Ray Olney said: "You could very easily have killed him."'
    )
    assert victims_of(text) == [("Dean Purcell", 41, "injured")]
    assert links_of(text) == []


def test_a_warrants_counts() -> None:
    text = (
        "Marc Ortiz, 23, is wanted on two counts of aggravated assault with a deadly weapon and "
        "one count of unlawful possession of a firearm by a felon."
    )
    assert charges_of(text) == {
        ("Marc Ortiz", "aggravated assault with a deadly weapon", "filed"),
        ("Marc Ortiz", "unlawful possession of a firearm by a felon", "filed"),
    }


def test_a_year_in_a_relative_clause_dates_the_harm_not_the_verdict() -> None:
    from tests.extraction.reading import facts_of

    text = (
        "A jury on Wednesday found Wayne Petti, 47, guilty of two counts of felony murder and "
        "one count of arson for setting a fire that killed two of his neighbors in 2021. Petti "
        "was acquitted of attempted murder."
    )
    found = {(f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}
    assert found == {
        ("felony murder", "convicted"),
        ("arson", "convicted"),
        ("attempted murder", "acquitted"),
    }
    # Near miss: a conviction of its own year beside a charge of this case is a record.
    text = "Wayne Petti, 47, was convicted of arson in 2019. He is now charged with murder."
    assert {(f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)} == {
        ("murder", "filed")
    }


def test_an_event_a_charge_is_about_names_no_charge() -> None:
    text = (
        "Gordon Leary, 52, has been charged in connection with a hit-and-run crash that killed a "
        "cyclist. He was charged with leaving the scene of a fatal crash."
    )
    assert charges_of(text) == {("Gordon Leary", "leaving the scene of a fatal crash", "filed")}


def test_a_group_inside_the_cue_named_next() -> None:
    text = (
        "A grand jury returned an indictment charging three people with conspiring to "
        "distribute methamphetamine. Charged are Luis Andra, 38, of Carver; Mel Dunn, 29, of "
        "Eastmoor; and Troy Whit, 44, of Pine Bluff."
    )
    assert {person for person, _, _ in charges_of(text)} == {"Luis Andra", "Mel Dunn", "Troy Whit"}


def test_a_garda_station_names_no_one_and_the_injured_man_is_harmed() -> None:
    text = (
        "A man has been charged in connection with a stabbing on Saturday night. The man was "
        "arrested on Sunday and detained at Tallaght Garda Station. The injured man, aged in "
        "his 30s, was taken to hospital where his condition is described as serious."
    )
    assert dict(suspects_of(text)) == {(None, None): 1}
    assert victims_of(text) == [(None, None, "injured")]


def test_a_man_charged_with_no_offence_named_is_one_suspect() -> None:
    assert dict(suspects_of("A man has been charged in connection with a stabbing.")) == {
        (None, None): 1
    }
    # Near miss: a man harmed.
    assert dict(suspects_of("A man was stabbed in Tallaght on Saturday.")) == {}


def test_an_age_in_brackets_after_the_description() -> None:
    assert dict(suspects_of("A man (29) has been charged with assault.")) == {(None, 29): 1}
