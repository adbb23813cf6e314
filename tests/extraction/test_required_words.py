"""The gates a pattern's own words make: a sentence holding none of the words every match of
a pattern holds is not searched, and searching it would have found nothing.

Sentences and words are written for these tests."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import casefile.extraction as extraction
from casefile.extraction.literals import lowers_alike, required_word_sets, required_words
from casefile.extraction.patterns import compile_scan, first_in, matches_in, may_match
from casefile.extraction.sentences import Sentence, split_sentences

SENTENCES = [
    "Police arrested Dana Pruitt, 33, of Dayton on Tuesday after a shooting on Elm Street.",
    "If convicted, she faces up to 20 years; the judge set bail at $50,000.",
    "In an unrelated case, Omar Reyes was sentenced in 2019 for a robbery.",
    "Neighbors said they heard several shots and saw a car speed away.",
    "Homicides rose 12 percent statewide this year, according to state data.",
    "Anyone convicted of drunk driving should lose the license, the senator argued.",
    "HE SAID THE PAIR WERE BOOKED INTO THE COUNTY JAIL ON MONDAY.",
]


@pytest.mark.parametrize(
    ("source", "flags", "words"),
    [
        (r"\b(?:bond|bail)\b", re.I, {"bond", "bail"}),
        # A choice of phrases: the words each alternative holds.
        (r"\b(?:another|unrelated) (?:\w+ )?(?:case|shooting)\b", re.I, {"another", "unrelated"}),
        # What may be absent requires nothing; what follows it does.
        (r"(?:previously )?arrested\s+\d+", 0, {"arrested"}),
        # A case-sensitive pattern is tested lower-cased: its words are lower case.
        (r"\bDistrict Attorney\b", 0, {"district attorney"}),
        # Look-arounds and anchors match no text.
        (r"^\W*(?=[A-Z])(?:If|Unless)\b(?! not)", re.I, {"if", "unless"}),
    ],
)
def test_the_words_every_match_holds(source: str, flags: int, words: set[str]) -> None:
    assert required_words(re.compile(source, flags)) == words


@pytest.mark.parametrize(
    "source",
    [
        r"\b\w+\s+\d+",  # no literal at all
        r"\b(?:a|an)\s+\d+",  # one letter tells nothing
        r"(?:bond|bail)?\s*\$\d+",  # the only word may be absent
        r"\b(?:bond|[A-Z]\w+)\b",  # one alternative holds no word
    ],
)
def test_no_words_where_a_match_may_hold_none(source: str) -> None:
    assert required_words(re.compile(source, re.I)) is None


def _module_patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for module in pkgutil.iter_modules(extraction.__path__):
        loaded = importlib.import_module(f"casefile.extraction.{module.name}")
        for value in vars(loaded).values():
            items = value if isinstance(value, (list, tuple)) else [value]
            for item in items:
                if isinstance(item, re.Pattern):
                    found[id(item)] = item
    return list(found.values())


def _texts(words: frozenset[str], rng: random.Random) -> list[str]:
    """Texts of the sentences above cut and joined with pieces of the pattern's words, so
    that some hold a word and some hold only a piece of one."""
    texts = list(SENTENCES)
    for _ in range(12):
        pieces = [rng.choice(SENTENCES)[: rng.randint(0, 60)]]
        for word in rng.sample(sorted(words), min(3, len(words))):
            cut = rng.randint(0, len(word))
            pieces.append(word[:cut] if rng.random() < 0.5 else word.upper())
        texts.append(" ".join(pieces))
    return texts


def _opens(gate: tuple, lower: str) -> bool:
    words, conjunctions = gate
    return any(w in lower for w in words) or any(
        all(any(w in lower for w in s) for s in c) for c in conjunctions
    )


def test_no_pattern_of_extraction_matches_a_text_without_its_words() -> None:
    rng = random.Random(11)
    patterns = _module_patterns()
    assert len(patterns) > 300
    gated = 0
    for pattern in patterns:
        words = required_words(pattern)
        if words:
            gated += 1
            for text in _texts(words, rng):
                lower = text.lower()
                if lowers_alike(text) and not any(word in lower for word in words):
                    assert pattern.search(text) is None, (pattern.pattern, text)
        gate = required_word_sets(pattern)
        if gate is not None:
            every = gate[0].union(*(w for c in gate[1] for w in c))
            for text in _texts(every, rng):
                if lowers_alike(text) and not _opens(gate, text.lower()):
                    assert pattern.search(text) is None, (pattern.pattern, text)
    assert gated > 200


def test_an_alternative_holding_words_of_several_kinds_needs_one_of_each() -> None:
    pattern = re.compile(
        r"\b(?:nationwide|(?:police|detectives) (?:say|said) (?:\w+ ){1,3}?(?:shot|stabbed))\b",
        re.I,
    )
    gate = required_word_sets(pattern)
    assert gate is not None
    assert _opens(gate, "police said he shot a man.")
    assert not _opens(gate, "police said a man was found dead.")
    assert not _opens(gate, "a man was shot, his sister said.")
    assert _opens(gate, "arrests rose nationwide.")


def test_a_choice_inside_an_alternative_gives_each_of_its_alternatives_a_gate() -> None:
    # The outer choice's first alternative is itself a choice between word boundaries: a word
    # one of its alternatives needs ("killing", with "follows") opens no gate by itself.
    pattern = re.compile(
        r"\b(?:another (?:case|shooting)|(?:death|killing)s?\s+(?:follows|came)\s+\w+)\b|^\W*also,",
        re.I,
    )
    gate = required_word_sets(pattern)
    assert gate is not None
    assert not _opens(gate, "police said the killing was a robbery.")
    assert _opens(gate, "her killing follows the shooting of a teen.")
    assert _opens(gate, "he is charged in another shooting.")
    assert _opens(gate, "also, police arrested a man.")


def test_a_sentence_without_the_words_is_not_searched_and_one_with_them_is() -> None:
    pattern = compile_scan(r"\b(?:shot|stabbed)\s+(?:a|an)\s+(?:man|woman)\b", re.I)
    may_match(pattern, "")  # the gate is made on the first test
    with_words, without = split_sentences("A gunman shot a man. Police arrested a woman.")
    assert may_match(pattern, with_words.text)
    assert not may_match(pattern, without.text)
    assert first_in(pattern, with_words.text).group(0) == "shot a man"
    assert first_in(pattern, without.text) is None
    assert matches_in(pattern, without.text) == ()
    # A text that is no sentence's is searched.
    assert may_match(pattern, "Police arrested a woman.!")


def test_a_pattern_first_tested_after_sentences_were_read_gates_the_next_ones() -> None:
    pattern = re.compile(r"\bzeppelins?\s+(?:\w+\s+)?moored\b", re.I)
    before = Sentence(0, 0, 30, "She was returned to the state.")
    assert may_match(pattern, before.text)  # read before the gate's words were known
    after = Sentence(0, 0, 31, "He was returned to the county.")
    assert not may_match(pattern, after.text)
    assert may_match(pattern, Sentence(0, 0, 37, "Two zeppelins were moored at noon.").text)


def test_a_text_with_letters_that_match_without_lower_casing_alike_is_always_searched() -> None:
    # Under IGNORECASE the long s matches "s", yet "ſ".lower() is no "s".
    pattern = compile_scan(r"\bperson of interest\b", re.I)
    may_match(pattern, "")
    odd = Sentence(0, 0, 28, "Police named a perſon of interest.")
    assert not lowers_alike(odd.text)
    assert may_match(pattern, odd.text)
    assert first_in(pattern, odd.text) is not None


def test_the_odd_letters_are_every_character_ignorecase_matches_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.I)
    odd = [
        chr(c)
        for c in range(0x80, 0x110000)
        if letter.fullmatch(chr(c)) and not (chr(c).lower().isascii() and len(chr(c).lower()) == 1)
    ]
    assert odd and all(not lowers_alike(f"a{c}b") for c in odd)
    assert lowers_alike("Café “quoted” — Kelvin \u212a")
