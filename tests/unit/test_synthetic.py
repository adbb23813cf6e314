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
