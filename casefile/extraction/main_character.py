"""Whom an article that reports a charge or arrest without putting a name next to the verb
is about: the subject a cued "He" or "She" refers to, else the person it names most often with
an age, or most often at all (`adopt_main_character`). `roles.CastRoles` asks it when no
cue names a suspect."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from casefile.extraction.ages import age_near
from casefile.extraction.cue_words import SUSPECT_CUE_WORDS, SUSPECT_WORDS
from casefile.extraction.cues import CUE_AFTER
from casefile.extraction.descriptions import harmed_description
from casefile.extraction.patterns import prefix_match
from casefile.extraction.person import core_words
from casefile.extraction.reference_cues import OPENING_PRONOUN
from casefile.extraction.references import introduced_after_description

if TYPE_CHECKING:
    from casefile.extraction.person import Person
    from casefile.extraction.roles import CastRoles


# The report says the suspect's name is kept back: "Police have not released the man's name",
# "his name was not released", "The suspect has not been identified".
_WITHHELD = re.compile(
    r"\b(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:released|disclosed|made\s+public|given)\s+"
    r"(?:the\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?(?:name|identity)\b"
    r"|\b(?:his|her|the\s+(?:man|woman|suspect|driver)['’]s)\s+(?:name|identity)\s+"
    r"(?:was|has|had|is|will)\s+(?:not|n['’]t)\b"
    r"|\bsuspect\s+(?:has|had)\s+not\s+(?:yet\s+)?been\s+(?:identified|named)\b",
    re.IGNORECASE,
)


def adopt_main_character(cast: CastRoles) -> None:
    """An article that reports a charge or arrest but never puts a name next to the verb
    ("A Dayton man is charged ... Omar Reyes approached ...") is about the person it
    names most often with an age, or most often at all. Only someone the report makes
    the subject of its sentences can be he: not one it says was harmed ("hit 26-year-old
    Ann Lee"), nor one named only beside a relative, lawyer or official word."""
    if not any(SUSPECT_WORDS.search(s.text) for s in cast.sentences):
        return
    if any(_WITHHELD.search(s.text) and "victim" not in s.text.lower() for s in cast.sentences):
        return  # "Police have not released the man's name": the suspect is no one named
    subject = _pronoun_subject(cast)
    if subject is not None:
        subject.suspect = True
        subject.first_cue = cast.sentences[subject.mentions[0][0]]
        return
    candidates = [
        p
        for p in cast.people
        if not p.titled
        and not p.victim
        and len(core_words(p.words)) >= 2
        and not any(cast._harmed_object(i, a) for i, a, _ in p.mentions)
        and not _named_for_the_harmed(cast, p)
        and not _cleared(cast, p)
    ]
    aged = [
        p
        for p in candidates
        if any(
            age_near(cast.sentences[i].text, a, b) is not None
            and SUSPECT_WORDS.search(cast.sentences[i].text)
            for i, a, b in p.mentions
        )
    ]
    frequent = [p for p in candidates if len(p.mentions) >= 3]
    if aged:
        chosen = min(aged, key=lambda p: p.mentions[0])
    elif frequent:
        chosen = max(frequent, key=lambda p: len(p.mentions))
    elif introduced := introduced_after_description(cast, candidates):
        chosen = introduced
    else:
        return
    chosen.suspect = True
    chosen.first_cue = cast.sentences[chosen.mentions[0][0]]


# Told as no suspect: "Bo Tran, 30, is not considered a suspect", "has been ruled out",
# "police do not consider Bo Tran a suspect".
_CLEARED_AFTER = re.compile(
    r"\A(?:,[^.;]{0,60}?,)?[^.;]{0,60}?\b(?:is|was|are|were|has\s+been|had\s+been|remains)\s+"
    r"(?:not|never|no\s+longer)\s+(?:been\s+)?(?:considered\s+|named\s+|viewed\s+as\s+)?"
    r"(?:a|the)\s+(?:suspect|person\s+of\s+interest)\b"
    r"|\A(?:,[^.;]{0,60}?,)?\s+(?:has\s+been|was|is)\s+(?:since\s+)?(?:ruled\s+out|cleared)\b",
    re.I,
)
_CLEARED_BEFORE = re.compile(
    r"\b(?:not|n['’]t|never|no\s+longer)\s+(?:consider|considered|believe|name|named)\s+\Z", re.I
)


def _cleared(cast: CastRoles, person: Person) -> bool:
    """Whether the report says `person` is no suspect, at any of his mentions."""
    for index, start, end in person.mentions:
        text = cast.sentences[index].text
        if _CLEARED_AFTER.match(text[end:]) or _CLEARED_BEFORE.search(
            text, max(0, start - 30), start
        ):
            return True
    return False


# "The bartender, Kim Hale,": the name given to a description.
_THE_NOUN_APPOSED = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z][\w-]+),\s+(?:\d{1,3}-year-old\s+)?\Z")


def _named_for_the_harmed(cast: CastRoles, person: Person) -> bool:
    """Whether `person` is first named as the description an earlier sentence told as harmed:
    "in the stabbing of a bartender ... The bartender, Kim Hale, 29, ..."."""
    index, start, _ = person.mentions[0]
    found = _THE_NOUN_APPOSED.search(cast.sentences[index].text, max(0, start - 40), start)
    if found is None:
        return False
    told = re.compile(
        rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(found.group('noun'))}\b", re.I
    )
    for sentence in cast.sentences[:index]:
        for match in told.finditer(sentence.text):
            if harmed_description(sentence.text, match.start(), match.end()):
                return True
    return False


# A sentence whose subject is someone described, not named, whom a "He" after it stands for:
# "A 41-year-old man was arrested", "The suspect, a 25-year-old man,", "The teen, whose name
# was not released,", "The man who threatened him" (not "The man", who may be one named).
_SOMEONE_DESCRIBED = re.compile(
    r"\A\W*(?:(?:A|An)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|juvenile|minor|"
    r"youth|person|suspect|driver)\b|(?:A|An|The)\s+\d{1,2}-year-old\b|The\s+(?:[\w-]+\s+)?"
    r"(?:suspect|gunman|shooter|attacker|assailant|robber|teen|teenager|juvenile|minor|youth)\b"
    r"|The\s+(?:man|woman|boy|girl|person|driver)\s+(?:who|whom|whose|that)\b)"
)

# Someone new as the subject of a later clause: "when a man set fire", "after a woman stabbed".
_SOMEONE_DESCRIBED_LATER = re.compile(
    r"\b(?:when|after|as|where|because|until)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|"
    r"girl|teen|teenager|juvenile|youth|driver|gunman)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|was|had|"
    r"set|shot|stole|broke|hit|ran|drove|took|threw|struck|stabbed)\b"
)


def _pronoun_subject(cast: CastRoles) -> Person | None:
    """ "Ann Lee approached Bo Tran and stabbed him. ... She was charged": whom a cued
    "He"/"She" that opens a sentence refers to, the subject (first person named) of the
    nearest sentence before it that names anyone."""
    for sentence in SUSPECT_CUE_WORDS.among(cast.sentences):
        opener = prefix_match(OPENING_PRONOUN, sentence.text)
        if not opener or not prefix_match(CUE_AFTER, sentence.text[opener.end() :]):
            continue
        for index in range(sentence.index - 1, -1, -1):
            if not cast._mentions.get(index) and (
                prefix_match(_SOMEONE_DESCRIBED, cast.sentences[index].text)
                # "... since 2019, when a man set fire to a house. He was sentenced": the man
                # a clause of its own brought in
                or _SOMEONE_DESCRIBED_LATER.search(cast.sentences[index].text)
            ):
                break  # "The suspect, a 25-year-old man, was arrested. He ...": the one described
            named = [
                (m, p)
                for m, p in cast._mentions.get(index, [])
                if (not p.titled or cast._may_be_charged(cast.sentences[index], m))
                and not p.victim
                and len(core_words(p.words)) >= 2
            ]
            if not cast._mentions.get(index):
                continue
            if named and not cast._harmed_object(index, named[0][0].start):
                return named[0][1]
            break
    return None
