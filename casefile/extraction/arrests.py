"""ArrestMade: custody taken in this case, and dated arrests in earlier matters."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.mentions import MONTH_ONLY
from casefile.extraction.sentences import key_words

_ARREST = re.compile(
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
_PRIOR = re.compile(
    r"\b(?:last arrested|most recent arrest|previously arrested|had been arrested|"
    r"prior arrest|earlier arrest|was (?:also )?arrested (?:in|on) \w+ (?:for|on) (?:an?|the) "
    r"(?:earlier|separate|unrelated))\b",
    re.I,
)
_NOT_AN_ARREST = re.compile(
    r"\b(?:without (?:taking|arresting)|no arrests?|not (?:been )?arrested|arrests? (?:are|is|were)"
    r" (?:expected|not expected)|could arrest|wanted|warrant for (?:his|her) arrest|re-?arrest|"
    r"(?:would|could|might) have)\b",
    re.I,
)


def extract_arrests(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    current: set[int] = set()
    prior_seen: set[tuple[int, str | None]] = set()
    for sentence in article.sentences:
        if not _ARREST_WORDS.search(sentence.lower):
            continue
        text = sentence.text
        match = _ARREST.search(text)
        if not match or _NOT_AN_ARREST.search(text) or CONDITIONAL.search(text):
            continue
        person = article.cast.actor(sentence, match.start())
        if person is None:
            continue
        when = article.date_near(sentence, match.start())
        if _PRIOR.search(text):
            dated = bool(article.dates(sentence) or MONTH_ONLY.search(text))
            key = (id(person), when)
            if dated and key not in prior_seen:
                prior_seen.add(key)
                facts.append(
                    fact(
                        "ArrestMade",
                        {"person": person_name(person), "date": when, "prior": True},
                        article,
                        sentence,
                    )
                )
            continue
        if id(person) in current:
            continue
        current.add(id(person))
        facts.append(
            fact(
                "ArrestMade",
                {"person": person_name(person), "date": when, "prior": False},
                article,
                sentence,
            )
        )
    return facts
