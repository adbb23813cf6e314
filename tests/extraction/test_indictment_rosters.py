"""A federal indictment told as a prosecutor's release tells it: the co-defendants set after
their verb in a list parted by semicolons ("Also charged with conspiracy are A, 41, his wife;
B, 29, of Wilkes-Barre; C, 35; and four others"), a home town of hyphened parts, and the
unnamed others who "have not yet been arrested", which is no word on the last one named.
Every sentence is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import arrested_in, charges_of, suspects_of

LIST = (
    "Omar Vell, 44, is charged with conspiracy. Also charged with conspiracy are Ona Vell, 41, "
    "his wife; Dane Fenn, 29, of Wilkes-Barre; Cal Ruiz, 35, of Dover; and four others whose "
    "names were not released because they have not yet been arrested."
)


def test_each_of_a_list_set_after_its_verb_is_charged() -> None:
    assert {person for person, _, _ in charges_of(LIST)} == {
        "Omar Vell",
        "Ona Vell",
        "Dane Fenn",
        "Cal Ruiz",
    }


def test_a_town_of_hyphened_parts_is_no_person() -> None:
    suspects = suspects_of(LIST)
    assert "Wilkes-Barre" not in {name for name, _ in suspects}
    assert suspects[("Dane Fenn", 29)] == 1


def test_the_unnamed_others_are_counted() -> None:
    assert suspects_of(LIST)[(None, None)] == 4


def test_others_not_yet_arrested_leave_the_named_arrested() -> None:
    text = LIST + " Omar Vell, Fenn and Ruiz were arrested Tuesday."
    assert arrested_in(text) == ["Cal Ruiz", "Dane Fenn", "Omar Vell"]


def test_one_named_not_yet_arrested_is_still_free() -> None:
    # near miss: the one named is the one still free
    text = (
        "Omar Vell, 44, and Dane Fenn, 29, are charged with conspiracy. Fenn has not yet been "
        "arrested. Vell and Fenn were named in the indictment; Vell was arrested Tuesday."
    )
    assert arrested_in(text) == ["Omar Vell"]


def test_a_third_suspect_told_twice_is_one() -> None:
    text = (
        "Two teenagers have been charged in a string of carjackings, and police are looking for "
        "a third suspect. Omar Vell, 17, and Cal Ruiz, 16, face charges of carjacking. The third "
        "suspect, described as a man in his early 20s, remains at large."
    )
    assert suspects_of(text) == {("Omar Vell", 17): 1, ("Cal Ruiz", 16): 1, (None, None): 1}


def test_a_second_and_a_third_are_two() -> None:
    # near miss: two ordinals are two people
    text = (
        "Omar Vell, 17, was charged with carjacking. A second suspect was arrested Friday, and a "
        "third suspect remains at large."
    )
    assert suspects_of(text)[(None, None)] == 2
