"""Two descriptions of one kind told with different ages ("robbed a 52-year-old clerk ... a
19-year-old clerk was robbed") are two victims, not one told again; the same age told again is
the same one. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_two_clerks_of_two_ages_are_two_victims() -> None:
    text = (
        "Bo Tran, 31, was charged with two counts of armed robbery. Police said Tran robbed a "
        "52-year-old clerk at a Marbury liquor store on Friday. Five days earlier, a "
        "19-year-old clerk was robbed at a service station in Dunmere."
    )
    assert victims_of(text) == [(None, 19, "unharmed"), (None, 52, "unharmed")]


def test_one_clerk_told_again_with_the_same_age_is_one() -> None:
    text = (
        "Bo Tran, 31, was charged with armed robbery. Police said a 52-year-old clerk was "
        "robbed at a Marbury liquor store on Friday. Tran robbed a 52-year-old clerk there "
        "once before, police said."
    )
    assert victims_of(text) == [(None, 52, "unharmed")]
