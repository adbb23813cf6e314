"""A lean twin (`lean_scans.LeanScan`, `lean_scans.lean_alternatives`) finds exactly what its
full pattern finds, in every text it is chosen for: on sentences written for these tests,
near misses holding a word of the dropped alternatives, and random strings of the characters
the alternatives need."""

from __future__ import annotations

import random
import re

import pytest

from casefile.extraction import dates, scope
from casefile.extraction.lean_scans import LeanScan, top_level_alternatives
from casefile.extraction.patterns import LEAN_TWINS
from casefile.extraction.sentences import split_sentences

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


def _named(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


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


# Patterns scanned as the twin of the alternatives a sentence's words open
# (`lean_scans.lean_alternatives`): sentences that match one alternative or another, and near
# misses that hold some of an alternative's words but not all.
ALTERNATIVES_SENTENCES = [
    "Bo Tran and his brother were arrested Tuesday, police said.",
    "He and her cousin have been charged with robbery.",  # a near miss: "he ... her"
    "A 17-year-old was also arrested in the shooting.",
    "Another suspect remains at large, deputies said.",
    "A second man is being held at the county jail.",
    "Police arrested Ann Lee, 19, and a 16-year-old boy on Friday.",
    "The other suspect, a 15-year-old, was released to his parents.",
    "His 16-year-old accomplice was taken to a juvenile detention center.",
    "News 3 is not naming the teen because he is a minor.",
    "Two men are behind bars and a third is being hunted.",
    "Prosecutors said they will seek an indictment against him on charges of arson.",
    "Charges are expected to include murder, police said.",
    "He could face additional charges once he is released from the hospital.",
    "She faces possible federal charges in the case.",
    "Police will ask prosecutors to file charges, the chief said.",
    "Detectives will seek a warrant charging her with arson.",
    "He will face trial in May.",  # a near miss: the trial a filed charge brings
    "Bo Tran is believed to have shot Ann Lee before he fled.",
    "He confessed to the killing, deputies said.",
    "Police called him the prime suspect in the case.",
    "Police are searching for Bo Tran, the chief said.",
    "Police say Bo Tran, 30, shot her in the driveway.",
    "A judge denied a request to lower the bond during a hearing in courtroom 12.",
    "Neighbors on the 100 block described the street as quiet.",
]


def _lean_patterns() -> dict[str, re.Pattern[str]]:
    from casefile.extraction.charge_status import _EXPECTED_CONTEXT
    from casefile.extraction.link_statements import HARMED_IN_KILLING
    from casefile.extraction.unnamed_suspects import CO_SUSPECT

    return {"co-suspect": CO_SUSPECT, "expected": _EXPECTED_CONTEXT, "harmed": HARMED_IN_KILLING}


@pytest.mark.parametrize("name", ["co-suspect", "expected", "harmed"])
def test_a_pattern_scanned_by_its_twins_finds_what_it_finds(name: str) -> None:
    pattern = _lean_patterns()[name]
    assert id(pattern) in LEAN_TWINS
    for text in ALTERNATIVES_SENTENCES:
        split_sentences(text, [])  # the sentence's key words, as an article's are read
        LEAN_TWINS[id(pattern)].for_text(text)  # the gates made (new words drop the bits)
    twins = []
    for text in ALTERNATIVES_SENTENCES:
        split_sentences(text, [])
        twin = LEAN_TWINS[id(pattern)].for_text(text)
        twins.append(twin)
        # (read by span and group name: the twin's groups are numbered otherwise)
        assert _named(twin, text) == _named(pattern, text), text
        found = pattern.search(text)
        first = twin.search(text)
        assert (first and (first.span(), first.groupdict())) == (
            found and (found.span(), found.groupdict())
        ), text
    assert any(twin is not pattern for twin in twins)  # twins were tried


def test_a_sentence_opening_no_alternative_is_scanned_by_none() -> None:
    pattern = _lean_patterns()["harmed"]
    text = "Neighbors on the 100 block described the street as quiet."
    split_sentences(text, [])
    LEAN_TWINS[id(pattern)].for_text(text)
    split_sentences(text, [])
    assert LEAN_TWINS[id(pattern)].for_text(text).search(text) is None


@pytest.mark.parametrize(
    ("source", "alternatives"),
    [
        (r"a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]),
        (r"[|]x|y\|z|w", ["[|]x", r"y\|z", "w"]),
        (r"[]|]a|b", ["[]|]a", "b"]),
        (r"[^]|]a|[\]|]b", ["[^]|]a", r"[\]|]b"]),
        (r"(?P<n>a|b)|(?<!x|y)c", ["(?P<n>a|b)", "(?<!x|y)c"]),
        (r"\b(?:one)\b", [r"\b(?:one)\b"]),
    ],
)
def test_top_level_alternatives(source: str, alternatives: list[str]) -> None:
    assert top_level_alternatives(source) == alternatives
    assert "|".join(alternatives) == source
