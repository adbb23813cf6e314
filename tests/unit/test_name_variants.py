"""Names written differently by two outlets (invented names)."""

from __future__ import annotations

import pytest

from casefile.application.name_variants import sound_key, written_variants
from casefile.domain.people import parse_name


def _variants(a: str, b: str) -> bool:
    pa, pb = parse_name(a), parse_name(b)
    assert pa is not None and pb is not None
    return written_variants(pa, pb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Josh Brantley", "Joshua Brantley"),  # a short form no list holds
        ("Joshua Kell-Brantley", "Josh Brantley"),  # and part of a hyphenated surname
        ("Dora Hays", "Dora Hayes"),  # a letter added
        ("Marek Slugansky", "Marek Sluganski"),  # a letter for another, in a long name
        ("Jonathon Quist", "Jonathan Quist"),
        ("Tavion Oduya Jr.", "Tavion Oduyah Jr."),
    ],
)
def test_one_name_written_differently(a: str, b: str) -> None:
    assert _variants(a, b) and _variants(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Hall", "John Hill"),  # short surnames a letter apart are two names
        ("Dora Hays", "Nora Hays"),  # short given names too
        ("Marek Slugansky", "Marek Slugansky-Pike"),
        ("Tavion Oduya Jr.", "Tavion Oduyah Sr."),  # father and son
        ("Dana R. Quist", "Dana T. Quiste"),  # middle initials disagree
        ("Quist", "Dana Quiste"),  # a surname alone is no full name
        ("Al Quist", "Alexander Quist"),  # too short to be a short form
    ],
)
def test_different_names_stay_different(a: str, b: str) -> None:
    assert not _variants(a, b) and not _variants(b, a)


def test_misspelt_surnames_share_a_sound_key() -> None:
    keys = {sound_key(parse_name(n)) for n in ("Dora Hays", "Dora Hayes", "Dorothy Haies")}  # type: ignore[arg-type]
    assert keys == {"sound:h200:d"}
    assert sound_key(parse_name("Dora Hill")) != sound_key(parse_name("Dora Hays"))  # type: ignore[arg-type]
    assert sound_key(parse_name("Hays")) is None  # type: ignore[arg-type]
