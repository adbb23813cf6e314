"""Who else a charge sentence's subject may be than the suspect the report names: a name that
is an officer's or a victim's ("Rolfe was charged" of the officer Rolfe), someone new and
unnamed ("A 15-year-old boy was also charged", "he" right after one), a relative in a clause of
its own (", and his brother was charged with"), or an official the report names with a title
("A third deputy, Sgt. Ann Lee, pleaded guilty"). `charge_people.py` asks these before it
gives a charge to the suspect; the gaps between a subject and its verb are shared with it."""

from __future__ import annotations

import re

from casefile.extraction.charge_people_next import PRONOUN_BEFORE
from casefile.extraction.context import Article
from casefile.extraction.harm_words import HARM_GATE
from casefile.extraction.mentions import NameMention
from casefile.extraction.people import Person
from casefile.extraction.pronoun_gender import described_gender
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_suspects import BLOTTER_LABEL

# Between a subject's name and its verb: an age or apposition, an auxiliary, an adverb.
SUBJECT_GAP = re.compile(
    # ("Bo Tran (31), from Elgin, is charged": an age in brackets, as Irish reports give it)
    r"(?:\s*\(\d{1,3}\))?"
    # (a home told without commas: "Bo Tran of Vernon Heights pleaded not guilty")
    r"(?:\s+(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?=\s))?"
    r"(?:,(?!\s*(?:who|whose|whom|which|he|she|they)\b)[^,;]{0,60}){0,2},?\s*(?:(?:was|were|is|are|has|"
    r"have|had|been|being|also|later|then|now|since|still|instead|remains?|remained|stands?|stood|"
    r"\w+ly)\s+)*"
)
# A capitalised subject right before its verb: "Rolfe was charged with".
_NAMED_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|\band\s+|,\s+)([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+"
    r"(?:was|were|is|has been|had been|have been)\s+"
    r"(?:also\s+|later\s+|since\s+|\w+ly\s+)?$"
)
_CAPITALISED_WORDS = frozenset(
    ["He", "She", "They", "It", "We", "I", "Both", "Each", "All", "Police", "Authorities",
     "This", "That", "Who", "Which", "Prosecutors", "Officials", "Investigators", "Jr", "Sr"]
)  # fmt: skip
# Where a subject's name (after its title) opens its clause: the sentence's start or a comma
# ("A third deputy, Sgt. Ann Lee, pleaded"), not after a verb ("killing Agent Ann Lee").
CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s*)(?:[A-Z][\w.]*\s+){0,3}\Z")


def someone_else(cast, sentence: Sentence, start: int) -> bool:
    """Whether the verb's subject is a name that is no suspect's: "Rolfe was charged" where
    Rolfe is an officer or a victim the article names."""
    subject = _NAMED_SUBJECT.search(sentence.text, 0, start)
    if subject is None or subject.group(1) in _CAPITALISED_WORDS:
        return False
    at = subject.start(1)
    for mention, person in cast.people_in(sentence):
        if mention.start <= at < mention.end:
            return not person.suspect and (person.official or person.victim)
    return False


# A clause's subject that is someone new and unnamed: "A 15-year-old boy", "The other suspect,
# a 15-year-old,", "Her 16-year-old co-defendant".
UNNAMED_OTHER = re.compile(
    rf"\W*(?-i:{BLOTTER_LABEL})?"
    r"(?:(?:another|the other|a second|a third|the second|the third)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|person|boy|"
    r"girl|teen|teenager|juvenile|minor|suspect|defendant|co-defendant|\d{1,2}-year-old)|"
    # "A 15-year-old boy", "a juvenile"; not "A Dayton man", the lead's way to name him again
    r"an?\s+(?:[\w-]+\s+){0,3}?(?:boy|girl|teen|teenager|juvenile|minor|"
    r"\d{1,2}-year-old(?!\s+(?:man|woman)\b))|"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?co-?defendant)\b",
    re.I,
)


# A clause of its own whose subject is a relative or companion the sentence does not name:
# "..., and his brother was charged with".
# (or a time clause of it: "was arrested Tuesday, a day after her boyfriend was charged with",
# or a relative one: "a trial in which his brother was accused of arson")
_KIN = (
    r"(?:brother|sister|son|daughter|wife|husband|mother|father|girlfriend|boyfriend|"
    r"fianc[ée]e?|partner|cousin|uncle|aunt|nephew|niece|stepson|stepdaughter|stepfather|"
    r"stepmother|grandson|granddaughter|friend|roommate|accomplice|co-?defendant)"
)
KIN_SUBJECT = re.compile(
    r"(?:,\s*|\s)(?:and|but|while|whereas|(?:(?:a|one|two|three|\w+)\s+(?:days?|hours?|weeks?)\s+)?"
    r"(?P<time>after|before|since)|(?P<relative>(?:(?:in|at|during)\s+)?which|where))\s+"
    r"(?:his|her|their)\s+(?P<kin>(?:[\w-]+\s+){0,2}?" + _KIN + r")s?\s+"
    r"(?:(?:was|were|is|are|has|have|had|been|also|later|then)\s+)*$",
    re.I,
)


def named_kin(article: Article, kin: str) -> Person | None:
    """The person the report names by the relation `kin` in apposition ("her boyfriend, Bo
    Tran, 26,"), if one is."""
    relation = re.compile(r"\b(?:his|her|their)\s+" + re.escape(kin) + r",\s+\Z", re.I)
    for sentence in article.sentences:
        if kin.split()[-1].lower() not in sentence.lower:
            continue
        for mention, person in article.cast.people_in(sentence):
            if relation.search(sentence.text, max(0, mention.start - 60), mention.start):
                return person
    return None


# The verb of a charge clause before it: "Lee was charged with murder, and his brother ...".
CHARGE_VERB = re.compile(
    r"\b(?:charged|indicted|convicted|acquitted|pleaded|pled|faces|facing|sentenced)\b", re.I
)


def of_the_unnamed_before(
    article: Article, sentence: Sentence, start: int, mentions: list[tuple[NameMention, Person]]
) -> bool:
    """Whether the pronoun a cue follows stands for the unnamed person the sentence before
    opens on ("Lee was charged with murder. A second person in the car, a 17-year-old, was
    detained. Police said he is expected to be charged with robbery."), not for the suspect
    named earlier."""
    if sentence.index == 0 or any(m.start < start for m, _ in mentions):
        return False
    if not PRONOUN_BEFORE.search(sentence.text, 0, start):
        return False
    previous = article.sentences[sentence.index - 1]
    # (not a person the sentence before tells harmed: "Another man was injured.")
    return (
        UNNAMED_OTHER.match(previous.text) is not None
        and not article.cast.people_in(previous)
        and not HARM_GATE.opens(previous)
        and named_before(article, sentence)
    )


def named_before(article: Article, sentence: Sentence) -> bool:
    """Whether a suspect the report names was named before `sentence`."""
    return any(
        index < sentence.index
        for person in article.cast.named_suspects
        if person.name
        for index, _, _ in person.mentions
    )


def official_subject(cast, sentence: Sentence, start: int) -> bool:
    """Whether the verb's subject is someone the report names with a title and not as a
    suspect ("A third deputy, Sgt. Ann Lee, pleaded guilty"): not the suspect named last."""
    before = [(m, p) for m, p in cast.people_in(sentence) if m.start < start]
    if not before:
        return False
    mention, person = before[-1]
    return (
        person.titled
        and not person.suspect
        and CLAUSE_OPENING.search(sentence.text, 0, mention.start) is not None
        and SUBJECT_GAP.fullmatch(sentence.text, mention.end, start) is not None
    )


# The subject a clause opens with after a time or place told first: "In April, a Dalton woman
# was acquitted".
_OPENING_ADVERBIAL = re.compile(r"\W*(?:(?:in|on|last|earlier|later|also)\b[^,;]{0,30},\s+)?", re.I)


# The object of a verdict or a charge told in the active voice: "a jury acquitted a Dalton
# woman of manslaughter".
_DESCRIBED_OBJECT = re.compile(
    r"\b(?:acquitted|convicted|found|sentenced|charged|indicted)\s+(?=an?\s)", re.I
)


def described_other_gender(article: Article, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the one the verb at `start:end` charges is someone described anew ("In April,
    a Dalton woman was acquitted", "a jury acquitted a Dalton woman of") whose gender is none
    of the suspects' the report named before: another defendant, not the suspect."""
    text = sentence.text
    opening = _OPENING_ADVERBIAL.match(text)
    subject = text[opening.end() if opening else 0 : start]
    active = _DESCRIBED_OBJECT.search(text, start, end)
    if active is not None:
        subject = text[active.end() : end]
    if not re.match(r"an?\s", subject, re.I):
        return False
    gender = described_gender(subject)
    if gender is None:
        return False
    cast = article.cast
    named = [
        p
        for p in cast.named_suspects
        if p.name and any(index < sentence.index for index, _, _ in p.mentions)
    ]
    told = [cast.told_gender(p) for p in named]
    return bool(told) and all(g is not None and g != gender for g in told)
