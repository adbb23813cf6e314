"""Grouping rules on invented reports: what ties two articles to one case, and case ids."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.application.assignment import new_case_id
from casefile.application.grouping import link_reason
from casefile.application.profiles import LINKED_VICTIM, OFFICIAL, SUSPECT, Profile, build_profile
from casefile.application.text_names import dateline_place, towns
from casefile.domain.facts import Fact, evidence_in
from casefile.extraction import extract_facts

ARREST = (
    "NORWOOD, Ohio — Police arrested Dana Pell, 31, of Norwood on Monday in the shooting death "
    "of Ivo Brandt. Pell was booked into the Hale County Jail. Police Chief Greta Lund said "
    "the investigation continues.\n\nBy Tomas Reyes"
)
PLEA = "Dana R. Pell pleaded not guilty on Tuesday. Pell, 32, is accused of killing Ivo Brandt."
UNNAMED = (
    "A man is in custody after a shooting on Elm Street, Police Chief Greta Lund said. "
    "Lund said the victim died at the scene."
)
OTHER_CASE = (
    "Kemal Ostrow, 24, was charged with robbery on Friday. Ostrow is held without bond. "
    "Police Chief Greta Lund said more arrests may follow.\n\nBy Tomas Reyes"
)


def _profile(text: str, day: str, facts: list[Fact] | None = None) -> Profile:
    return build_profile(text[:8], text, date.fromisoformat(day), facts or [])


def _fact(text: str, kind: str, quote: str, **fields: object) -> Fact:
    start = text.index(quote)
    return Fact(kind, dict(fields), evidence_in(text, start, start + len(quote)))


def test_the_text_alone_names_the_people_and_marks_officials() -> None:
    profile = _profile(ARREST, "2024-03-04")
    people = {p.name: p for p in profile.people}
    assert people["Dana Pell"].central
    assert people["Greta Lund"].roles == {OFFICIAL} and not people["Greta Lund"].central
    assert "Tomas Reyes" not in people  # a byline is nobody in the story
    assert "Hale County" not in " ".join(people)
    assert profile.place == "Norwood"


def test_two_reports_naming_the_same_suspect_are_one_case() -> None:
    reason = link_reason(_profile(ARREST, "2024-03-04"), _profile(PLEA, "2024-05-20"))
    assert reason is not None and "Pell" in reason


def test_an_official_quoted_never_ties_two_reports() -> None:
    arrest = _profile(ARREST, "2024-03-04")
    assert link_reason(arrest, _profile(UNNAMED, "2024-03-05")) is None
    assert link_reason(arrest, _profile(OTHER_CASE, "2024-03-04")) is None


@pytest.mark.parametrize(
    "speaker",
    [
        "Ana Ruiz, a spokeswoman for the Norwood police,",
        "defense attorney Ana Ruiz",
        "Ana Ruiz, who represents the family,",
        "Ana Ruiz, an assistant district attorney,",
        "Ana Ruiz, a criminologist at the state university,",
        "police spokesperson Ana Ruiz",
    ],
)
def test_a_spokesperson_lawyer_or_expert_named_again_is_no_tie(speaker: str) -> None:
    first = (
        f"Dana Pell was charged with robbery, {speaker} said. Ruiz said more charges may follow."
    )
    second = f"Kemal Ostrow was arrested after a crash, {speaker} said. Ruiz said he was not hurt."
    profile = _profile(first, "2024-03-04")
    assert OFFICIAL in next(p for p in profile.people if p.name == "Ana Ruiz").roles
    assert link_reason(profile, _profile(second, "2024-03-04")) is None


def test_different_people_in_the_same_town_are_different_cases() -> None:
    assert link_reason(_profile(ARREST, "2024-01-04"), _profile(OTHER_CASE, "2024-03-01")) is None


def test_the_victim_of_a_linked_homicide_does_not_make_one_case() -> None:
    text = "Dana Pell is also a suspect in the killing of Ivo Brandt, police said. Pell denies it."
    facts = [
        _fact(text, "SuspectIdentified", "Dana Pell", name="Dana Pell"),
        _fact(
            text,
            "LinkedToHomicide",
            "Dana Pell is also a suspect in the killing of Ivo Brandt",
            person="Dana Pell",
            relation="suspect",
            victim="Ivo Brandt",
        ),
    ]
    linking = _profile(text, "2024-03-04", facts)
    brandt = next(p for p in linking.people if p.name == "Ivo Brandt")
    assert brandt.roles == {LINKED_VICTIM}
    about_brandt = _profile("Ivo Brandt was found dead. Brandt was 60.", "2023-11-02")
    assert link_reason(linking, about_brandt) is None


def test_facts_mark_the_suspect_even_when_named_once() -> None:
    text = "Jurors heard from Dana Pell on Monday."
    profile = _profile(
        text,
        "2024-03-04",
        [_fact(text, "ArrestMade", "Dana Pell", person="Dana Pell", prior=False)],
    )
    [pell] = [p for p in profile.people if p.name == "Dana Pell"]
    assert SUSPECT in pell.roles and pell.central


def test_a_new_case_id_is_place_surname_year_and_never_reused() -> None:
    profile = _profile(ARREST, "2024-03-04")
    taken = {"norwood-pell-2024"}
    assert new_case_id(profile, 2024, lambda c: False) == "norwood-pell-2024"
    assert new_case_id(profile, 2024, taken.__contains__) == "norwood-pell-2024-2"


@pytest.mark.parametrize("cases_there", [1, 2, 3, 7, 40, 1000])
def test_the_next_free_suffix_is_found_in_a_few_look_ups(cases_there: int) -> None:
    profile = _profile(ARREST, "2024-03-04")
    taken = {"norwood-pell-2024", *(f"norwood-pell-2024-{n}" for n in range(2, cases_there + 1))}
    asked: list[str] = []

    def is_taken(case_id: str) -> bool:
        asked.append(case_id)
        return case_id in taken

    assert new_case_id(profile, 2024, is_taken) == f"norwood-pell-2024-{cases_there + 1}"
    assert len(asked) <= 2 * cases_there.bit_length() + 2


def test_a_gap_left_by_a_move_is_reused_rather_than_a_taken_id() -> None:
    profile = _profile(ARREST, "2024-03-04")
    taken = {"norwood-pell-2024", "norwood-pell-2024-2", "norwood-pell-2024-4"}
    assert new_case_id(profile, 2024, taken.__contains__) not in taken


def test_datelines_in_several_styles() -> None:
    assert dateline_place("HOUSTON (AP) — A jury ...") == "Houston"
    assert dateline_place("RALEIGH, N.C. — Authorities ...") == "Raleigh"
    assert dateline_place("A man was arrested in Houston on Monday.") is None
    assert dateline_place("NEWS RELEASE — FOR IMMEDIATE RELEASE") is None
    assert dateline_place("HIT-AND-RUN ARREST — A man was charged ...") is None
    assert dateline_place("FORT WORTH, Texas — A man was charged ...") == "Fort Worth"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("He appeared before Kurri Flats Local Court on Monday.", "Kurri Flats"),
        ("The case moves to Dayton Municipal Court.", "Dayton"),
        ("He was sentenced at Northby Crown Court.", "Northby"),
    ],
)
def test_a_court_named_by_its_town_tells_the_town(text: str, town: str) -> None:
    assert town in list(towns(text))


def test_a_county_court_names_no_town() -> None:
    assert list(towns("He appeared in Travis County Court.")) == []


def test_profiles_survive_a_round_trip_through_json() -> None:
    profile = _profile(ARREST, "2024-03-04")
    assert Profile.from_dict(profile.as_dict()).as_dict() == profile.as_dict()


def test_a_town_named_twice_is_not_a_person_who_ties_two_cases() -> None:
    first = (
        "Police in Baton Rouge, La., arrested Dana Pell on Monday. Pell was held in Baton Rouge."
    )
    second = (
        "Kemal Ostrow was charged in Baton Rouge on Friday. Ostrow had moved to Baton Rouge, La."
    )
    assert "Baton Rouge" not in {p.name for p in _profile(first, "2024-03-04").people if p.central}
    assert link_reason(_profile(first, "2024-03-04"), _profile(second, "2024-03-05")) is None


def test_a_report_naming_nobody_joins_only_a_report_of_the_same_incident() -> None:
    unnamed = (
        "NORWOOD, Ohio — A 40-year-old man was shot on Elm Street on Sunday night, police said."
    )
    arrest = _profile(
        "NORWOOD, Ohio — Police arrested Dana Pell, 31, on Monday in the shooting of a "
        "40-year-old man on Elm Street. Pell was charged with assault.",
        "2024-03-04",
    )
    same_town_same_day = _profile(
        "NORWOOD, Ohio — A 19-year-old woman was shot on Oak Avenue on Sunday, police said.",
        "2024-03-04",
    )
    assert link_reason(_profile(unnamed, "2024-03-04"), arrest) is not None
    assert link_reason(arrest, _profile(unnamed, "2024-03-04")) is not None
    assert link_reason(_profile(unnamed, "2024-03-15"), arrest) is None
    # The town and the day alone are not enough: another shooting, street and victim.
    assert link_reason(same_town_same_day, arrest) is None
    assert link_reason(same_town_same_day, _profile(unnamed, "2024-03-04")) is None
    # Nor is a report of another kind of crime on that street.
    theft = "NORWOOD, Ohio — A 40-year-old man's car was stolen on Elm Street on Sunday."
    assert link_reason(_profile(theft, "2024-03-04"), arrest) is None


def test_a_suspects_given_name_misspelt_by_one_letter_still_ties_the_reports() -> None:
    first = "Johnathan Morrow, 31, was charged with murder. Morrow is held without bond."
    second = "Jonathan Morrow pleaded not guilty on Friday. Morrow returns to court in May."
    facts_1 = [_fact(first, "SuspectIdentified", "Johnathan Morrow", name="Johnathan Morrow")]
    facts_2 = [_fact(second, "SuspectIdentified", "Jonathan Morrow", name="Jonathan Morrow")]
    assert link_reason(
        _profile(first, "2024-03-04", facts_1), _profile(second, "2024-04-04", facts_2)
    )
    # The text alone is not enough to take two spellings for one person.
    assert link_reason(_profile(first, "2024-03-04"), _profile(second, "2024-04-04")) is None


def test_accented_names_are_read_from_the_text_and_match_unaccented_forms() -> None:
    first = "José Núñez, 40, was arrested on Monday. Núñez was held at the county jail."
    second = "Jose Nunez pleaded not guilty. Nunez returns to court in June."
    assert "José Núñez" in {p.name for p in _profile(first, "2024-03-04").people}
    assert link_reason(_profile(first, "2024-03-04"), _profile(second, "2024-04-04"))


# -- common names: the rest of the story decides --------------------------------------------

ARREST_DAYTON = (
    "DAYTON, Ohio — Police arrested James Smith, 34, of Dayton on Monday after a shooting on "
    "Elm Street. Smith is charged with attempted murder. Police said Smith shot Maria Lopez."
)
ARREST_TULSA = (
    "TULSA, Okla. — Police arrested James Smith, 52, of Tulsa on Friday after a robbery at a "
    "gas station. Smith is charged with robbery. Nobody was hurt, police said."
)
TRIAL_DAYTON = (
    "DAYTON, Ohio — James Smith, 35, of Dayton, went on trial Monday in the 2016 shooting of "
    "Maria Lopez. Smith has pleaded not guilty."
)
PLEA_DAYS_LATER = "James Smith pleaded not guilty on Tuesday. Smith returns to court next month."


def _read(text: str, day: str) -> Profile:
    """A profile from the real extractor's facts, as ingest builds it."""
    published = date.fromisoformat(day)
    return build_profile(text[:8], text, published, extract_facts(text, published))


def test_a_common_name_in_another_town_years_later_is_another_case() -> None:
    dayton, tulsa = _read(ARREST_DAYTON, "2016-03-07"), _read(ARREST_TULSA, "2021-06-11")
    assert {p.name for p in dayton.people if p.central} >= {"James Smith"}
    assert link_reason(dayton, tulsa) is None
    # The same two reports, days apart and with nothing that disagrees, would be one case:
    # it is the towns and ages, not the name, that keep them apart.
    quiet = _read(PLEA_DAYS_LATER, "2021-06-13")
    assert link_reason(tulsa, quiet) is not None


def test_a_trial_a_year_later_naming_the_suspect_town_and_victim_joins_the_case() -> None:
    reason = link_reason(_read(ARREST_DAYTON, "2016-03-07"), _read(TRIAL_DAYTON, "2017-05-15"))
    assert reason is not None
    assert "James Smith" in reason and "Maria Lopez" in reason and "Dayton" in reason


def test_a_common_name_alone_ties_reports_days_apart_but_not_years_apart() -> None:
    arrest = _read(ARREST_DAYTON, "2016-03-07")
    assert link_reason(arrest, _read(PLEA_DAYS_LATER, "2016-03-09")) is not None
    assert link_reason(arrest, _read(PLEA_DAYS_LATER, "2018-03-09")) is None


def test_a_rare_name_ties_reports_years_apart_unless_town_and_age_both_differ() -> None:
    arrest = ARREST_DAYTON.replace("James Smith", "Ivo Quandt").replace("Smith", "Quandt")
    later = PLEA_DAYS_LATER.replace("James Smith", "Ivo Quandt").replace("Smith", "Quandt")
    other = ARREST_TULSA.replace("James Smith", "Ivo Quandt").replace("Smith", "Quandt")
    assert link_reason(_read(arrest, "2016-03-07"), _read(later, "2018-03-09")) is not None
    assert link_reason(_read(arrest, "2016-03-07"), _read(other, "2021-06-11")) is None


def test_a_common_surname_with_a_rarer_given_name_needs_one_more_agreement() -> None:
    arrest = ARREST_DAYTON.replace("James Smith", "Shania Smith")
    trial = TRIAL_DAYTON.replace("James Smith", "Shania Smith").replace("Maria Lopez", "a man")
    later = PLEA_DAYS_LATER.replace("James Smith", "Shania Smith")
    # Two years on, the name alone: not enough; the same town and a fitting age: enough.
    assert link_reason(_read(arrest, "2016-03-07"), _read(later, "2018-03-09")) is None
    assert link_reason(_read(arrest, "2016-03-07"), _read(trial, "2017-05-15")) is not None


def test_a_profile_keeps_ages_charges_and_recalled_years_and_reads_older_profiles() -> None:
    trial = _read(TRIAL_DAYTON, "2017-05-15")
    arrest = _read(ARREST_DAYTON, "2016-03-07")
    assert trial.recalls == {2016} and "attempted murder" in arrest.charges
    for profile in (trial, arrest):
        again = Profile.from_dict(profile.as_dict())
        assert again.as_dict() == profile.as_dict()
        assert [p.ages for p in again.people] == [p.ages for p in profile.people]
    older = arrest.as_dict()
    older.pop("charges")
    for person in older["people"]:
        person.pop("ages", None)
    read = Profile.from_dict(older)
    assert read.charges == frozenset() and all(not p.ages for p in read.people)


def test_names_are_stored_by_surname_and_initial_and_found_by_their_short_forms() -> None:
    michael = _read("Michael Ostrow, 40, was charged with robbery. Ostrow is held.", "2024-03-04")
    mike = _read("Mike Ostrow pleaded not guilty on Friday. Ostrow returns in May.", "2024-03-08")
    robert = _read("Robert Ostrow, 22, was charged with arson. Ostrow is held.", "2024-03-04")
    assert "name:ostrow:m" in michael.index_keys and "ostrow" not in michael.index_keys
    assert michael.index_keys & mike.lookup_keys
    assert not robert.index_keys & mike.lookup_keys
    # A suspect named by surname alone finds every full name with that surname.
    alone = build_profile(
        "alone",
        "Ostrow is held without bond.",
        date(2024, 3, 5),
        [_fact("Ostrow is held without bond.", "SuspectIdentified", "Ostrow", name="Ostrow")],
    )
    assert michael.index_keys & alone.lookup_keys and robert.index_keys & alone.lookup_keys


def test_a_common_name_years_later_from_another_town_joins_when_two_particulars_agree() -> None:
    # A sentencing filed from the county seat recalls the year and repeats the charge.
    sentencing = (
        "LAKEVIEW, Ohio — James Smith was sentenced Friday for the 2016 shooting on Elm Street. "
        "Smith had been convicted of attempted murder."
    )
    arrest = _read(ARREST_DAYTON, "2016-03-07")
    assert link_reason(arrest, _read(sentencing, "2018-03-09")) is not None
    # One particular (the year) against another town is not enough for a common name.
    brief = "LAKEVIEW, Ohio — James Smith was sentenced Friday for a 2016 robbery."
    assert link_reason(arrest, _read(brief, "2018-03-09")) is None


@pytest.mark.parametrize(
    ("first_name", "later_name", "links"),
    [
        ("Joshua Kell-Brantley", "Josh Brantley", True),
        ("Dora Hays", "Dora Hayes", True),
        ("John Hall", "John Hill", False),
    ],
)
def test_a_suspect_written_differently_by_another_outlet(
    first_name: str, later_name: str, links: bool
) -> None:
    first = (
        f"NORWOOD, Ohio — Police arrested {first_name}, 31, on Monday in a robbery. "
        f"{first_name.split()[-1]} is held at the county jail."
    )
    later = (
        f"NORWOOD, Ohio — {later_name}, 31, pleaded not guilty to robbery on Friday. "
        f"{later_name.split()[-1]} returns to court next month."
    )
    a, b = _read(first, "2024-03-04"), _read(later, "2024-03-08")
    assert (link_reason(a, b) is not None) is links
    assert (link_reason(b, a) is not None) is links
    if links:  # and found by the look-up, whichever was stored first
        assert a.index_keys & b.lookup_keys and b.index_keys & a.lookup_keys


def test_evidence_spans_overlapping_a_span_are_found_as_comparing_every_pair_finds_them() -> None:
    """Whether a victim's evidence overlaps a homicide link's, by the sorted spans' furthest
    end, is what comparing it with every link's span gives."""
    import random

    from casefile.application.profiles import _Spans
    from casefile.domain.facts import Evidence

    rng = random.Random(5)
    for _ in range(400):
        links = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 60)
            links.append(Evidence("", start, start + rng.randint(0, 15)))
        spans = _Spans(links)
        for start in range(0, 80, 3):
            evidence = Evidence("", start, start + rng.randint(0, 12))
            plain = any(evidence.start < b.end and b.start < evidence.end for b in links)
            assert spans.overlap(evidence) == plain, (evidence, links)
