"""Grouping rules on invented reports: what ties two articles to one case, and case ids."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.application.assignment import new_case_id
from casefile.application.grouping import (
    LINKED_VICTIM,
    OFFICIAL,
    SUSPECT,
    Profile,
    build_profile,
    dateline_place,
    link_reason,
)
from casefile.domain.facts import Fact, evidence_in

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


def test_an_official_quoted_ties_reports_only_when_close_in_time() -> None:
    arrest = _profile(ARREST, "2024-03-04")
    assert link_reason(arrest, _profile(UNNAMED, "2024-03-05")) is not None
    assert link_reason(arrest, _profile(UNNAMED, "2024-06-05")) is None


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


def test_a_report_naming_nobody_joins_a_report_from_the_same_place_days_apart() -> None:
    unnamed = "NORWOOD, Ohio — A man was arrested after a shooting on Elm Street, police said."
    arrest = _profile(ARREST, "2024-03-04")
    assert link_reason(_profile(unnamed, "2024-03-05"), arrest) is not None
    assert link_reason(_profile(unnamed, "2024-03-15"), arrest) is None
    assert link_reason(_profile(unnamed, "2024-03-05"), _profile(OTHER_CASE, "2024-03-05")) is None


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
