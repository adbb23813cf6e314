"""An act in -ing whose object is someone the report names, by his title too ("charged with
fatally shooting Special Agent Bo Rand", "charged with shooting Bo Rand"), tells what was
done, not the offence's name; the offence is only named when the act's verb shares its stem
("kidnapping Ann Lee" is kidnapping). A capitalised place after a preposition ("trafficking
in Hudson County") or a law's name ("violating Ohio law") leaves an offence. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Cal Dorrin, the man charged with fatally shooting State Police Special Agent Bo T. "
            "Rand, was arraigned on capital murder Thursday.",
            {("Cal Dorrin", "capital murder", "filed")},
        ),
        (
            "Cal Dorrin, 30, was charged with shooting Bo Rand and with attempted murder.",
            {("Cal Dorrin", "attempted murder", "filed")},
        ),
        (
            "Cal Dorrin, 30, is charged with murder and with fatally shooting Deputy Ivo Marr.",
            {("Cal Dorrin", "murder", "filed")},
        ),
        (
            "Cal Dorrin, 30, was charged Monday with kidnapping Ann Lorrow.",
            {("Cal Dorrin", "kidnapping", "filed")},
        ),
        # Near misses: a capitalised place after a preposition, a law's name.
        (
            "Cal Dorrin, 30, was charged Monday with trafficking in Hudson County.",
            {("Cal Dorrin", "trafficking", "filed")},
        ),
        (
            "Cal Dorrin, 30, was charged Monday with violating Ohio law.",
            {("Cal Dorrin", "violating ohio law", "filed")},
        ),
    ],
)
def test_act_on_one_named_with_his_title(text: str, charges: set) -> None:
    assert charges_of(text) == charges
