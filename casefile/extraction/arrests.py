"""ArrestMade: custody taken in this case, and dated arrests in earlier matters."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.mentions import MONTH_ONLY
from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import key_words

_ARREST = compile_scan(
    r"\b(?:arrested|re-?captured|captured|apprehended|taken into custody|took\s+(?:\w+\s+){1,3}?"
    r"into custody|taking\s+(?:\w+\s+){1,3}?into custody|(?:his|her|their|the) (?:most recent |last |prior |previous )?arrest\b|"
    r"turned (?:himself|herself) in|surrendered|booked into|placed under arrest|jailed|"
    # Custody told by where the suspect was taken: "took him back to the police station".
    r"(?:took|(?<!to be )taken|(?<!to be )transported|brought)\s+(?:\w+\s+){0,3}?(?:back\s+)?to\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,4}?(?:jail|police station|police headquarters|detention (?:center|facility)|"
    r"lockup))\b",
    re.I,
)
_ARREST_WORDS = key_words(
    "arrest",
    "captur",
    "apprehend",
    "custody",
    "turned",
    "surrender",
    "booked",
    "jail",
    "police station",
    "police headquarters",
    "detention",
    "lockup",
)
_PRIOR = compile_scan(
    r"\b(?:last arrested|most recent arrest|previously arrested|had been arrested|"
    r"prior arrest|earlier arrest|was (?:also )?arrested (?:in|on) \w+ (?:for|on) (?:an?|the) "
    r"(?:earlier|separate|unrelated))\b",
    re.I,
)
_NOT_AN_ARREST = compile_scan(
    r"\b(?:without (?:taking|arresting)|no arrests?|not (?:been )?arrested|arrests? (?:are|is|were)"
    r" (?:expected|not expected)|could arrest|wanted|warrant for (?:his|her) arrest|re-?arrest|"
    r"(?:would|could|might) have)\b",
    re.I,
)


def extract_arrests(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    # The current arrest of each person, and whether it was told of a group ("two men were
    # arrested"): a later sentence about that person alone tells it better.
    current: dict[int, tuple[int, bool]] = {}
    prior_seen: set[tuple[int, str | None]] = set()
    for sentence in _ARREST_WORDS.among(article.sentences):
        text = sentence.text
        match = _ARREST.search(text)
        if not match or _NOT_AN_ARREST.search(text) or CONDITIONAL.search(text):
            continue
        when = article.date_near(sentence, match.start())
        if _PRIOR.search(text):
            person = article.cast.actor(sentence, match.start())
            dated = bool(article.dates(sentence) or MONTH_ONLY.search(text))
            if person is None or not dated or (id(person), when) in prior_seen:
                continue
            prior_seen.add((id(person), when))
            fields = {"person": person_name(person), "date": when, "prior": True}
            facts.append(fact("ArrestMade", fields, article, sentence))
            continue
        group = article.cast.everyone(sentence)
        people = group if len(group) > 1 else [article.cast.actor(sentence, match.start())]
        for person in people:
            if person is None:
                continue
            arrest = fact(
                "ArrestMade",
                {"person": person_name(person), "date": when, "prior": False},
                article,
                sentence,
            )
            if id(person) not in current:
                current[id(person)] = (len(facts), len(people) > 1)
                facts.append(arrest)
            elif current[id(person)][1] and len(people) == 1:
                index = current[id(person)][0]
                current[id(person)] = (index, False)
                facts[index] = arrest
    return facts
