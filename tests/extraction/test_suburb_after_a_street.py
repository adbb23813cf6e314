"""The suburb or town told after a street in an address ("a home on Elm Road, Glen Orrin,")
is a place, so a headline that ends on it, as police releases name the suburb ("Man charged
over home invasion - Glen Orrin"), names no one. The sentences are written for these
tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import arrested_in, suspects_of


@pytest.mark.parametrize(
    "text",
    [
        "Man charged over alleged home invasion - Glen Orrin\n\n"
        "A man has been charged over an alleged break and enter on the weekend.\n\n"
        "Police were called to a home on Barrow Road, Glen Orrin, after reports of a break-in.\n\n"
        "A 31-year-old man was arrested this morning.",
        "Woman charged over robbery - Port Kells\n\n"
        "A woman has been charged over an alleged robbery.\n\n"
        "Officers were called to a unit on Pell Street, Port Kells.\n\n"
        "A 31-year-old woman was arrested at a house nearby.",
    ],
)
def test_a_suburb_after_a_street_names_no_one(text: str) -> None:
    assert suspects_of(text) == Counter({(None, 31): 1})
    assert arrested_in(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a name told with an age after a street, a suburb never told as a place
        "Police were called to Barrow Road, Glen Orrin. On Barrow Road, Dane Fenn, 31, was "
        "arrested this morning.",
        "Man charged over home invasion - Dane Fenn\n\nDane Fenn, 31, was arrested this morning.",
    ],
)
def test_a_name_after_a_street_told_with_an_age_is_a_person(text: str) -> None:
    assert suspects_of(text) == Counter({("Dane Fenn", 31): 1})
