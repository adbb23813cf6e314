"""Court sessions told of several defendants or of another than the one named: a session
named in the plural with no one beside it ("detention hearings are scheduled for Monday",
after "All three appeared before a magistrate judge") is one for each defendant the sentence
before told together, and with several beside it one for each of them; and what a
co-defendant who pleaded guilty tells the jury ("Lee told jurors she saw bruises") is her
testimony at another's trial, no trial of hers, as is what one told by description says to
it ("a 24-year-old who told jurors he choked her")."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.charge_cue_parts import STAND_IN_VERB
from casefile.extraction.context import Article
from casefile.extraction.court_people import defendants_together
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence

# A session's noun in the plural, at the end of the words that name it.
_PLURAL_SESSION = re.compile(
    r"\b(?:hearings|arraignments|appearances|trials|sentencings)\s*$", re.I
)


def plural_session(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Person]:
    """The defendants a session named in the plural at `match` is held for: those the sentence
    before (or the one before it) told together, when `sentence` names no one itself."""
    if not _PLURAL_SESSION.search(match.group(0)) or article.cast.people_in(sentence):
        return []
    for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        together = defendants_together(article, article.sentences[index])
        if together:
            return together
    return []


def sessions_of_those_named(
    article: Article, sentence: Sentence, match: re.Match[str]
) -> list[Person]:
    """The suspects a session named in the plural is held for when `sentence` names several:
    "At first-appearance hearings Wednesday, a judge set bail at $50,000 for Ann Lee, $20,000
    for Bo Tran and $10,000 for Cy Moss" is a session for each of the three."""
    if not (
        _PLURAL_SESSION.search(match.group(0)) or _HEARINGS_AFTER.match(match.string, match.end())
    ):
        return []
    named: list[Person] = []
    for _, person in article.cast.people_in(sentence):
        if person.suspect and not person.official and not person.victim and person not in named:
            named.append(person)
    return named if len(named) > 1 else []


# "first-appearance hearings": the plural after the words that name the session's kind.
_HEARINGS_AFTER = re.compile(r"\s+hearings\b", re.I)


# The words of a witness before a jury: "told jurors", "testified", "took the stand".
_WITNESS = re.compile(
    r"^(?:told|tell|tells|telling) (?:the )?jur(?:ors|y)|^(?:took|takes|take|taking) the "
    r"(?:witness )?stand",
    re.I,
)


# One told by description before "who" tells the jury as a witness: "a 24-year-old who told
# jurors", "the clerk who took the stand" (not "the defendant who took the stand").
_UNNAMED_WITNESS = re.compile(
    r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:defendant|accused|suspect|man\s+accused)\b)[a-z0-9][\w-]*\s+who\s+\Z"
)


def witness_only(
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]],
    pleas: dict[int, str | None],
    person: Person,
    match: re.Match[str],
) -> bool:
    """Whether the trial words at `match` tell `person` as a witness: she pleaded guilty
    earlier in the report, so what she tells the jury is said at another's trial."""
    if not _WITNESS.match(match.group(0)):
        return False
    if _UNNAMED_WITNESS.search(match.string, max(0, match.start() - 60), match.start()):
        return True  # "Four women testified, including a 24-year-old who told jurors"
    return any(pleas.get(id(told)) == "guilty" for _, told in found.get((id(person), "plea"), []))


# A verb standing in for the one before, said of another subject: "and Ann Lee, 30, did the
# same on counts of theft", "Bo Tran followed suit".
_STAND_IN = re.compile(STAND_IN_VERB + r"\b", re.I)
# Between the subject's name and the stand-in verb: an age, "also".
_SUBJECT_GAP = re.compile(r"(?:,\s*\d{1,3},?)?\s*(?:also\s+|then\s+|later\s+)?")


def stand_in_subject(article: Article, sentence: Sentence) -> tuple[Person, int] | None:
    """The suspect a stand-in verb of `sentence` tells the sessions before it again of ("Bo
    Tran entered a plea, and Ann Lee did the same"), with where the verb is; or None."""
    verb = _STAND_IN.search(sentence.text)
    if verb is None:
        return None
    named = [
        (mention, person)
        for mention, person in article.cast.people_in(sentence)
        if not (person.official or person.victim) and mention.end <= verb.start()
    ]
    if not named:
        return None
    mention, person = max(named, key=lambda pair: pair[0].start)
    if not _SUBJECT_GAP.fullmatch(sentence.text, mention.end, verb.start()):
        return None
    return person, verb.start()
