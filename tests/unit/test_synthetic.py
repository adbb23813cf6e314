"""The benchmarks' generated articles: the same from a seed, and named like a population (a
few names many people share, a long tail of rare ones)."""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import date
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import synthetic

from casefile.application.profiles import build_profile
from casefile.extraction import extract_facts


def test_the_same_seed_gives_the_same_articles() -> None:
    first = [(a.url, a.text, a.published) for a in synthetic.articles(60, seed=3)]
    again = [(a.url, a.text, a.published) for a in synthetic.articles(60, seed=3)]
    other = [(a.url, a.text, a.published) for a in synthetic.articles(60, seed=4)]
    assert first == again and first != other
    assert len(first) == 60


def test_names_have_a_few_common_ones_and_a_long_tail() -> None:
    rng = random.Random(7)
    cases = [synthetic._case(rng, date(2015, 1, 1)) for _ in range(20_000)]
    people = [f"{c.first} {c.last}" for c in cases] + [c.victim for c in cases]
    surnames = Counter(name.split()[-1] for name in people)
    top, count = surnames.most_common(1)[0]
    assert top == "Smith" and 0.005 < count / len(people) < 0.02  # the census: 0.8%
    names = Counter(people)
    once = sum(1 for n in names.values() if n == 1)
    assert once / len(names) > 0.8  # most full names are nearly unique
    assert names["James Smith"] >= 5  # and a few are shared by many


def test_a_fifth_of_cases_report_a_trial_months_later_naming_the_victim() -> None:
    trials = [
        a for a in islice(synthetic.articles(2000, seed=7), 2000) if "went on trial" in a.text
    ]
    assert 40 < len(trials) < 150
    assert all(" shooting of " in a.text for a in trials)


def test_few_sentences_repeat_word_for_word_across_articles() -> None:
    # Real stories share few sentences verbatim (a tip line, a stock phrase, a revision): an
    # extractor that remembers sentences must not look faster here than on real articles.
    seen: set[str] = set()
    repeated = total = 0
    for article in synthetic.articles(1000, seed=7):
        for sentence in article.text.replace("\n\n", " ").split(". "):
            total += 1
            repeated += sentence in seen
            seen.add(sentence)
    assert repeated / total < 0.25


def test_background_sentences_state_no_facts_and_name_nobody() -> None:
    rng = random.Random(5)
    case = synthetic._case(rng, date(2020, 1, 1))
    slots = random.Random(6)
    text = " ".join(synthetic._filler(t, slots, case) for t in synthetic.FILLER * 20)
    facts = extract_facts(text, date(2020, 1, 5))
    assert facts == []
    assert build_profile("filler", text, date(2020, 1, 5), facts).people == []
