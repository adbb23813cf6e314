"""A lean twin (`lean_scans.LeanScan`) finds exactly what its full pattern finds, in every
text it is chosen for: on sentences written for these tests, near misses holding a word of
the dropped alternatives, and random strings of the characters the alternatives need."""

from __future__ import annotations

import random
import re

import pytest

from casefile.extraction import dates, scope
from casefile.extraction.lean_scans import LeanScan

TWINS = {
    "dates": dates._DATE,
    "clause breaks": scope._CLAUSE_BREAK,
}

SENTENCES = [
    "Police arrested Dana Pruitt, 33, on Tuesday after a shooting on Oct. 15, 2023.",
    "She was arraigned on 3 February and is due back Monday 16 June 2025.",
    "He was shot last night and died this morning, police said today.",  # the relative days
    "A hearing is set for tonight; the judge said so yesterday.",
    "Ann Lee was acquitted Friday but remains jailed on an unrelated charge.",  # "but"
    "The suspect -- a 19-year-old man -- fled, and officers followed him.",  # dashes
    "The suspect — a 19-year-old man — fled, so deputies called for help.",
    "Bo Tran was charged, a week after he was arrested in an unrelated robbery.",
    "Butler and Tobuto met at the Todayville diner in the Lastnight Hotel.",  # near misses
    "Nothing in this sentence names a day or breaks a clause",
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _random_texts(alphabet: str, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)]


@pytest.mark.parametrize("twin", TWINS.values(), ids=TWINS.keys())
@pytest.mark.parametrize("text", SENTENCES)
def test_the_twin_chosen_finds_what_the_full_pattern_finds(twin: LeanScan, text: str) -> None:
    assert _found(twin.for_text(text), text) == _found(twin.full, text)


@pytest.mark.parametrize("twin", TWINS.values(), ids=TWINS.keys())
def test_on_random_strings_of_the_words_characters(twin: LeanScan) -> None:
    alphabet = " ,;-—–.3Oct Mondaybutoyesrnigh"
    for text in _random_texts(alphabet, 3000):
        assert _found(twin.for_text(text), text) == _found(twin.full, text), text


@pytest.mark.parametrize(
    ("twin", "text", "lean"),
    [
        (TWINS["dates"], "Police arrested him on Oct. 15.", True),
        (TWINS["dates"], "Police arrested him today.", False),
        (TWINS["clause breaks"], "He was charged, and she was not.", True),
        (TWINS["clause breaks"], "He was charged but not held.", False),
        (TWINS["clause breaks"], "He -- not she -- was charged.", False),
    ],
)
def test_the_lean_twin_is_chosen_only_without_the_words(
    twin: LeanScan, text: str, lean: bool
) -> None:
    assert (twin.for_text(text) is twin.lean) is lean


def test_a_twin_keeps_its_patterns_groups() -> None:
    with pytest.raises(ValueError):
        LeanScan(re.compile(r"(?P<a>x)|(?P<b>y)"), re.compile(r"(?P<a>x)"), ("y",))
