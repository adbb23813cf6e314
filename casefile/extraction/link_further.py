"""The killings besides the case's a suspect is tied to: which wording tells one apart from
the case's own dead, the dead a statement names for it where no victim of the case is read,
and how its links are kept, one per killing. Read by extraction/homicide.py."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, person_name
from casefile.extraction.harm_words import LEAD
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence

# A killing told as one besides the case's, not as one of its own dead ("the other victim").
FURTHER = re.compile(
    r"(?:another|a|an|separate|additional|unrelated|earlier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killing|murder|homicide|slaying|death|shooting death)s?\b",
    re.I,
)


# "Hammond police also want to talk to him about the killing of a man found shot in an alley":
# a killing whose dead the statement brings in as someone new ("a man"), told as one more
# ("also"), is no killing of the case's, whose dead the report has already told of.
_ALSO = re.compile(r"\balso\b", re.I)
_NEW_DEAD = re.compile(
    r"\b(?:killing|death|murder|slaying|homicide|shooting death|stabbing death)\s+of\s+an?\s+"
    r"(?!\d|few\b|number\b|couple\b)",
    re.I,
)


def told_as_new(text: str, start: int) -> bool:
    """Whether a link statement at `start` of `text` ties its subject "also" to the killing of
    someone it brings in as new ("also wanted for questioning in the killing of a man")."""
    return bool(_ALSO.search(text, 0, start + 40)) and bool(_NEW_DEAD.search(text, start))


def add_other(links: list[Fact], link: Fact) -> None:
    """Add a link to a further killing: one that names its dead takes the place of an earlier
    one that named none ("also a suspect in the killing of a man outside a laundromat ... a
    suspect in the April 19 shooting death of Cy Hall": one killing, told twice)."""
    if link.fields["victim"] is not None:
        for i, had in enumerate(links):
            if had.fields["victim"] is None:
                links[i] = link
                return
    links.append(link)


def new_dead(links: list[Fact], named: list[str]) -> list[str | None]:
    """The dead a further statement ties someone to that no earlier link of his named ("tied
    to the killing of Ann Lee ... also suspected in Ann Lee's death": one killing); an unnamed
    one when it names none."""
    if not named:
        return [None]
    told = {f.fields["victim"] for f in links}
    return [n for n in named if n not in told]


# The dead of a killing named right after its noun: "the 2019 death of Cy Hall", "another
# killing, that of Cy Hall", "the death of his landlord, Cy Hall" (lower case: a killing word,
# not a street or a unit's name).
_DEAD_OF = re.compile(
    r"(?:\b(?:killings?|deaths?|murders?|slayings?|homicides?|shootings?|stabbings?|strangling|"
    r"beating)\s+of|,\s+(?:that|those)\s+of)\s+"
    r"(?:(?:a|an|the|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*,\s+)?" + LEAD + r"\Z"
)


def further_dead(article: Article, sentence: Sentence, start: int, person: Person) -> list[str]:
    """The dead a statement at `start` names for a killing it tells apart from the case's
    ("also a suspect in another killing, the 2019 death of Cy Hall"): no victims of the case,
    so no killed names of it either."""
    found: list[str] = []
    last = -1  # where the last of them named ends: "those of Cy Hall and Ann Lee" lists two
    for mention, named in article.cast.people_in(sentence):
        if mention.start < start or named is person or named.official or named.name is None:
            continue
        before = sentence.text[max(start, mention.start - 80) : mention.start]
        listed = last >= 0 and _LISTED.match(sentence.text[last : mention.start])
        if (listed or _DEAD_OF.search(before)) and person_name(named) not in found:
            found.append(person_name(named))
            last = mention.end
    return found


_LISTED = re.compile(r"(?:,\s*\d{1,3})?(?:,\s+|,?\s+and\s+)" + LEAD + r"\Z")


# A statement that ties its subject to the killing the sentence before told: "Investigators
# consider him a person of interest in that case", "He is expected to be charged in that
# killing".
_THAT_KILLING = re.compile(
    r"[^.;]{0,40}?\bin\s+that\s+(?:case|killing|death|slaying|shooting|homicide|murder)\b",
    re.I,
)


def told_before(article: Article, sentence: Sentence, start: int) -> str:
    """The text of the sentence before `sentence` when the statement at `start` names its
    killing as "that case" or "that killing", whose dead it tells; else ""."""
    if not sentence.index or not _THAT_KILLING.match(sentence.text, start):
        return ""
    return article.sentences[sentence.index - 1].text
