"""A list's items are alike: the item after a person's given name and surname (and what the
list says of that one, a when or a where) is a person's name too, so a common word ending it
("Park", "Love", "Church") is the surname. A list of places stays a list of places. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Odell Brisk, 61, is accused of the killings of Maren Tove in April, Idris Kell "
            "in 2009 and Sunniva Park nearly twenty years ago.",
            ["Maren Tove", "Idris Kell", "Sunniva Park"],
        ),
        (
            "The three people shot dead on Friday were Jarek Holm, Vita Osk and Corliss Church, "
            "police said. Odell Brisk, 30, was charged with murder.",
            ["Jarek Holm", "Vita Osk", "Corliss Church"],
        ),
        (
            "Odell Brisk, 45, was charged with murder in the deaths of Jarek Holm, Vita Osk, "
            "and Pell Fox.",
            ["Jarek Holm", "Vita Osk", "Pell Fox"],
        ),
    ],
)
def test_list_item_after_a_person_ends_in_a_surname(text: str, names: list[str]) -> None:
    assert sorted(n for n, _, _ in victims_of(text)) == sorted(names)


def test_list_of_places_stays_places() -> None:
    # near miss: the items before "Orla Park" are towns, told as a single word each
    text = "A man was fatally shot after driving through Dorn, Vessey and Orla Park on Friday."
    assert [n for n, _, _ in victims_of(text)] == [None]
