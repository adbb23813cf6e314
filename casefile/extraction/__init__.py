"""Extraction: the text of one news article -> the facts it states, each with its evidence.

The pipeline reads the text in its plain form (`layout.py`: one space for any run of spaces,
a hard-wrapped paragraph as one line), marks page chrome, splits sentences, works out who the article's people are
(suspects, victims, officials) and then lets each fact family read the sentences.
"""

from __future__ import annotations

import datetime

from casefile.domain.facts import Fact
from casefile.extraction.arrests import extract_arrests
from casefile.extraction.bonds import extract_bonds
from casefile.extraction.charges import extract_charges
from casefile.extraction.chrome import chrome_spans
from casefile.extraction.context import Article
from casefile.extraction.court import extract_court_events
from casefile.extraction.criminal_history import extract_criminal_history
from casefile.extraction.homicide import extract_homicide_links
from casefile.extraction.incident import extract_incident
from casefile.extraction.layout import plain_text
from casefile.extraction.link_unnamed import unnamed_links
from casefile.extraction.people import Cast
from casefile.extraction.punishments import extract_sentences_imposed
from casefile.extraction.sentences import split_sentences, without_cut_number
from casefile.extraction.suspects import extract_suspects
from casefile.extraction.victims import extract_victims

__all__ = ["extract_facts"]


def extract_facts(text: str, published: datetime.date | None = None) -> list[Fact]:
    """Facts stated by the article `text`, published on the local date `published`; each
    fact's evidence is quoted from `text` as given."""
    plain = plain_text(text)
    found = _facts_of(plain.text, published)
    return [plain.restore(f) for f in found] if plain.changed else found


def _facts_of(text: str, published: datetime.date | None) -> list[Fact]:
    sentences = without_cut_number(text, split_sentences(text, chrome_spans(text)))
    article = Article(text, sentences, Cast(sentences), published)
    charges = extract_charges(article)
    victims = extract_victims(article)
    killed = [
        v.fields["name"] for v in victims if v.fields["outcome"] == "killed" and v.fields["name"]
    ]
    imposed = extract_sentences_imposed(article)
    arrests = extract_arrests(article)
    elsewhere: set[str] = set()  # the dead of other killings a suspect is tied to
    tied: set[str] = set()  # tied to the case's own killing by a statement about the case
    links = extract_homicide_links(article, charges, killed, arrests, elsewhere, tied)
    facts = [
        *arrests,
        *charges,
        *extract_bonds(article),
        *links,
        *(v for v in victims if v.fields["name"] not in elsewhere),
        *extract_court_events(article, imposed),
        *imposed,
        *extract_criminal_history(article),
        *extract_incident(article),
    ]
    suspects = extract_suspects(article, facts)
    found = [*suspects, *facts, *unnamed_links(text, suspects, facts)]
    # One the case's killing is tied to is of the case, even if first named in a clause about
    # another matter ("held on an unrelated probation violation").
    outsiders = article.outsiders() - tied
    if not outsiders:
        return found
    return [f for f in found if not _of_outsider(f, outsiders)]


def _of_outsider(fact: Fact, outsiders: set[str]) -> bool:
    """Whether `fact` is said of someone the article brings in with another incident."""
    return any(fact.fields.get(key) in outsiders for key in ("person", "name"))
