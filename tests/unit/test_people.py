"""Names and canonical persons: one person per real person, every variant kept with its source."""

from __future__ import annotations

import pytest

from casefile.domain.people import Mention, parse_name, resolve_people, same_person


def _same(a: str, b: str) -> bool:
    pa, pb = parse_name(a), parse_name(b)
    assert pa is not None and pb is not None
    return same_person(pa, pb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dana R. Pell", "Dana Pell"),
        ("Dana Pell", "Pell"),
        ("Mike Orrin", "Michael T. Orrin"),
        ("Ron Veck", "Ronald Veck"),
        ("Luis Marin-Oyo", "Luis Marin Oyo"),
        ("Kemal Ostrow Jr.", "Kemal Ostrow"),
        ("K. Ostrow", "Kemal Ostrow"),
    ],
)
def test_variants_of_one_name_are_one_person(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kemal Ostrow Jr.", "Kemal Ostrow Sr."),
        ("Dana Pell", "Lena Pell"),
        ("Dana R. Pell", "Dana T. Pell"),
        ("Dana Pell", "Dana Pelling"),
    ],
)
def test_conflicting_names_are_two_people(a: str, b: str) -> None:
    assert not _same(a, b)


def test_a_name_without_words_is_no_name() -> None:
    assert parse_name("  , ") is None
    assert parse_name(None) is None


def test_one_canonical_person_keeps_every_variant_age_and_residence_with_its_source() -> None:
    mentions = [
        Mention("Dana Pell", "suspect", "a1", age=31, residence="Norwood"),
        Mention("Dana R. Pell", "suspect", "a2", age=32),
        Mention("Pell", "suspect", "a3"),
        Mention("Ivo Brandt", "victim", "a1", age=60),
        Mention("Greta Lund", "official quoted", "a2"),
    ]
    people = resolve_people(mentions)
    assert [p.role for p in people] == ["suspect", "victim", "official quoted"]
    suspect = people[0]
    assert suspect.name == "Dana R. Pell"
    assert suspect.variants == {"Dana Pell": ["a1"], "Dana R. Pell": ["a2"], "Pell": ["a3"]}
    assert suspect.ages == {31: ["a1"], 32: ["a2"]}
    assert suspect.residences == {"Norwood": ["a1"]}


def test_a_surname_alone_that_fits_two_people_is_settled_by_age() -> None:
    mentions = [
        Mention("Kemal Ostrow Jr.", "suspect", "a1", age=24),
        Mention("Kemal Ostrow Sr.", "victim", "a1", age=58),
        Mention("Ostrow", "victim", "a2", age=58),
    ]
    people = resolve_people(mentions)
    assert len(people) == 2
    father = next(p for p in people if p.role == "victim")
    assert "Ostrow" in father.variants and father.ages == {58: ["a1", "a2"]}


def test_a_split_variant_becomes_a_person_of_its_own() -> None:
    mentions = [
        Mention("Dana Pell", "suspect", "a1"),
        Mention("D. Pell", "victim", "a2"),
    ]
    assert len(resolve_people(mentions)) == 1
    people = resolve_people(mentions, splits=["D. Pell"])
    assert sorted(p.name for p in people) == ["D. Pell", "Dana Pell"]
    assert {p.role for p in people} == {"suspect", "victim"}
