"""What looks like harm to a person of the case and is not, read by extraction/victim_names.py
and victim_counts.py: a death no one died (a threat, "could have been killed", an animal), a
count over a span of time (a statistic), a place named like a person ("the Fox Hollow trail"),
the one the police name as who did the harm ("identified the gunman as"), and a speaker
("the sheriff said her death ...") who is not the one the pronoun stands for."""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person

# A death no one died: meant or threatened ("threatened to kill her"), or only possible ("could
# have been killed"), or denied of everyone ("nobody died", "no one was killed", "none of
# them was hurt": a fire or a crash told as one that took no life).
NO_DEATH_BEFORE = re.compile(
    r"(?:\bto|\b(?:could|would|might|may)\s+(?:have\s+)?(?:been|be)|\bnearly|\balmost|"
    r"\b(?:nobody|no[\s-]one|none(?:\s+of\s+them)?)(?:\s+(?:was|were|has\s+been|had\s+been))?)\s+\Z",
    re.I,
)
# "killed the woman's dog": an animal.
ANIMAL_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:dog|dogs|cat|cats|puppy|kitten|horse|horses|pet|pets|animal|animals|cattle|goat|chickens?)\b",
    re.I,
)
# "The family's dog died in the fire": an animal's death told before the verb.
ANIMAL_BEFORE = re.compile(
    r"\b(?:dog|dogs|cat|cats|puppy|kitten|horse|horses|pet|pets|animal|animals|cattle|goat|"
    r"chickens?)\s+(?:(?:was|were|also|later|had|has)\s+)*\Z",
    re.I,
)
# A count over a span of time: "14 women were killed by a partner in the county last year",
# "the fourth killing in the neighborhood this month", "since 2010".
STATISTIC_SPAN = compile_scan(
    r"\b(?:(?:last|this|each|every|per|a)\s+(?:year|month|decade)|so far (?:this|in)\b|"
    r"since (?:19|20)\d\d|(?:over|in) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)|"
    r"annually|(?:unsolved|homicide|murder) (?:count|rate|total)|"
    # a rate or a rank over a place: "ranked sixth in the nation for the rate of women killed"
    r"(?:the|a|its|their) rates? of|rank(?:s|ed)? (?:\w+ )?(?:in|among) (?:the )?(?:nation|"
    r"country|state|states|region|province)|(?:the|a) (?:\w+ )?year (?:earlier|before)|"
    # a tally over a place or a time: "nine people were shot across the city", "citywide",
    # "during a weekend in which nine people were shot across Dayton"
    r"across (?:the )?(?:city|county|state|country|nation|region|metro(?: area)?)|"
    r"citywide|countywide|statewide|nationwide|"
    r"(?:weekend|week|month|year) in which|"
    r"across (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+)?(?=\s*[.;]|,\s+(?:and|but|police|according)\b))\b",
    re.I,
)


def a_place(article: Article, person: Person) -> bool:
    """Whether a name is a place's: its last word names a kind of place ("Crow Indian
    Reservation"), or every mention stands before one ("on the Fox Hollow trail")."""
    if person.words and person.words[-1].lower() in _PLACE_WORDS:
        return True
    return all(
        _PLACE_AFTER.match(article.sentences[i].text, e) is not None for i, _, e in person.mentions
    )


# Kinds of place a name may end with, or be followed by; not words that are also surnames
# ("Park", "Hill", "Lake").
_PLACE_WORDS = frozenset([
    "reservation", "creek", "river", "trail", "road", "street", "avenue", "boulevard", "highway",
    "county", "township", "parkway", "freeway", "interstate", "bridge", "beach", "canyon",
    "apartments", "plaza", "mall",
    # street kinds British, Irish and Australian reports name too ("on Market Row")
    "row", "drive", "crescent", "terrace", "gardens", "square", "parade", "esplanade", "circle",
])  # fmt: skip
_PLACE_AFTER = re.compile(
    r"\s+(?:trail|park|road|street|avenue|highway|river|creek|lake|reservation|campus|"
    r"apartments?|complex|school|church|mall|store|restaurant|bar|station|parking|neighborhood|"
    r"county|township|village|bridge|beach|forest|woods|canyon|hotel|motel|plaza)\b"
)

# The one the police name as who did it: "identified the gunman as", "The shooter, ".
NAMED_KILLER_BEFORE = re.compile(
    r"\b(?:(?:identified|named) the (?:suspected )?(?:gunman|shooter|killer|attacker|assailant) as|"
    r"[Tt]he (?:suspected )?(?:gunman|shooter|killer|attacker|assailant),"
    r"(?:\s+(?:later\s+)?(?:identified|named)\s+(?:by\s+\w+\s+)?as)?)\s+\Z"
)

# A speaker's verb: "Sheriff Bo Tran said her death is a homicide" speaks of someone else.
SPEECH = re.compile(r"\b(?:said|says|say|told|added|stated|noted|explained|confirmed)\b")
