"""What the words around a victim described without a name tell of him: the outcome a
sentence names when its wording names none of its own, a death told next by his pronoun ("A
man was shot. He died Sunday"), a death told as the time of something else, quoted speech,
one more harmed, an age in apposition to one told with "the" ("the woman, an 18-year-old
who was hit"), and the descriptions that may stand for anyone named. Read by
`victim_unnamed.py`."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.context import Article
from casefile.extraction.outcome_words import INJURED_NEAR, KILLED_NEAR
from casefile.extraction.victim_phrases import NOT_HARMED

# Descriptions that may stand for anyone named: the named victim may be the one described.
ANYONE = frozenset(
    [
        "victim",
        "man",
        "woman",
        "person",
        "boy",
        "girl",
        "child",
        "teen",
        "teenager",
        "adult",
        "individual",
        "youth",
        "male",
        "female",
        "baby",
        "infant",
        "toddler",
    ]
)

OUTCOME_RANK = {"unharmed": 0, "injured": 1, "killed": 2}


# The outcome told after the one harmed: "beat a man to death", "shot a father-of-two dead".
TO_DEATH_AFTER = re.compile(
    r"[\w-]*(?:\s+(?!(?:and|but|who|that|was|were|is|are|after|before|when)\b)[\w-]+){0,3}?"
    r"\s+(?:to\s+death|dead)\b",
    re.I,
)


# Care only harm calls for: "were taken to Regional Hospital", "in critical condition".
_TAKEN_FOR_CARE = re.compile(
    r"\b(?:(?:taken|rushed|transported|airlifted|flown|brought) to [^.;]{0,50}?\b(?:hospital|"
    r"medical center|trauma center)|in (?:critical|serious|grave) condition)\b",
    re.I,
)


def sentence_outcome(text: str) -> str | None:
    """What a sentence says happened, when the wording names no harm of its own: a stated
    "not injured" first ("The victim, a 52-year-old woman, was not injured")."""
    if NOT_HARMED.search(text):
        return "unharmed"
    if KILLED_NEAR.search(text):
        return "killed"
    if (
        INJURED_NEAR.search(text)
        or re.search(r"\b(?:sexually assault|rap(?:ed|e)\b|shot\b|treated for)", text)
        or _TAKEN_FOR_CARE.search(text)
    ):
        return "injured"
    return "unharmed" if re.search(r"\b(?:robbed|kidnapped|abducted)\b", text) else None


# A death told as the time of something else: "after her husband died".
TIME_CLAUSE = re.compile(r"\b(?:after|when|since|before|until|once)\s+\Z", re.I)
# ... or by its noun: "had relapsed after the death of her grandmother", unless what the death
# is the time of is a step of the case ("was charged after the death of").
AFTER_THE = re.compile(r"\b(?:after|since|following|before)\s+the\s+\Z", re.I)
CASE_STEP = re.compile(
    r"\b(?:charged|charges?|arrest\w*|indicted|accused|booked|jailed|detained|convicted|"
    r"sentenced|suspect\w*|investigat\w*|custody|killed|killing|murder\w*|shot|stabbed)\b",
    re.I,
)


# Words that tell of one more harmed: "Another young father was wounded too".
ONE_MORE = re.compile(r"\b(?:[Aa]nother|second|third|also|too)\b")


# What a relative clause right after a victim says of one who lived: ", who survived".
LIVED_AFTER = re.compile(
    r",?\s+who\s+(?:later\s+|also\s+)?(?:survived|is expected to survive|is recovering|"
    r"(?:was|were)\s+(?:seriously\s+|critically\s+)?(?:wounded|injured|hurt|treated|hospitali[sz]ed))\b"
)


def died_next(
    article: Article, sentence, key: str, by_description: dict[str, tuple[str, Fact]]
) -> None:
    """ "A man was shot outside a bar. He died Sunday at a hospital.": a sentence that opens
    with the pronoun of the victim told just before, names no one, and says the subject died
    makes that victim killed, quoted from both sentences."""
    died = PRONOUN_DIED.match(sentence.text)
    outcome, had = by_description[key]
    if died is None or outcome != "injured" or article.cast.people_in(sentence):
        return
    if not article.in_case(sentence, died.end()):
        return
    noun = had.fields["description"].split()[-1]
    if noun in (HE_NOUNS if died.group("pronoun") == "She" else SHE_NOUNS):
        return  # "A man was shot. She died": someone else
    span = evidence_in(article.text, had.evidence.start, sentence.end)
    by_description[key] = (
        "killed",
        Fact("VictimReported", {**had.fields, "outcome": "killed"}, span),
    )


PRONOUN_DIED = re.compile(
    r"\A\W*(?P<pronoun>He|She)\b[^.;]{0,80}?\b(?:died|was pronounced (?:dead|deceased)|succumbed|"
    r"did not survive)\b"
)
HE_NOUNS = frozenset(
    ["man", "boy", "father", "husband", "son", "brother", "grandfather", "boyfriend", "stepson"]
)
SHE_NOUNS = frozenset(
    [
        "woman",
        "girl",
        "mother",
        "wife",
        "daughter",
        "sister",
        "grandmother",
        "girlfriend",
        "stepdaughter",
        "widow",
    ]
)


# The main verb after a described subject harmed in a relative clause, telling his death: "A man
# who was shot Friday has died", "... died Sunday at a hospital" (not "... who died").
SUBJECT_DIED = re.compile(
    r"(?:(?!,\s+(?:but|and|while|whereas|although)\b|\b(?:survived|survives|is|was|remains)\b)"
    r"[^.;]){0,100}?(?<!who)\s(?:has\s+|had\s+|later\s+|since\s+)?(?:died|succumbed)\b"
)
# A sentence whose subject, described, is told harmed in a relative clause and accused in the
# main one: "A man who was shot during a robbery he is accused of has been charged". (A
# relative clause of someone else, "..., who was arrested", accuses no one of the subject.)
ACCUSED_SUBJECT = re.compile(
    r"\A\W*(?:A|An|The)\s+(?:[\w-]+\s+){0,3}?\w+\s+who\b[^.;]{0,150}?(?<!who)\s(?:has|have|had)\s+"
    r"been\s+(?:\w+\s+)?(?:charged|arrested|indicted)\b"
)


# One told with "the" just before an age in apposition: "the woman, an 18-year-old who".
_APPOSED_TO_THE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?P<noun>woman|man|girl|boy|teen|teenager|victim),\s+\Z", re.I
)
_AGE_ONLY = re.compile(r"\d{1,3}-year-old")


def apposed_to_the(text: str, start: int, description: str) -> str | None:
    """The noun of the one told with "the" whom an age alone at `start` is said of in
    apposition ("the wounding of the woman, an 18-year-old who was hit": "woman"), if so."""
    if not _AGE_ONLY.fullmatch(description):
        return None
    found = _APPOSED_TO_THE.search(text, max(0, start - 40), start)
    return found.group("noun").lower() if found else None


# Words of kin: one called by a relation is no one told before by another ("stabbed his wife
# ... Their 9-year-old daughter suffered a cut": two).
KIN_WORDS = (
    "mother father wife husband son daughter girlfriend boyfriend grandmother grandfather "
    "sister brother stepson stepdaughter stepfather stepmother niece nephew grandson "
    "granddaughter sibling cousin aunt uncle"
)
KIN = frozenset(KIN_WORDS.split())
# The condition of one alive in care: "in critical condition", "remains hospitalized".
ALIVE_IN_CARE = re.compile(
    r"\b(?:critical|serious|stable|fair|grave|guarded) condition\b|"
    r"\bremains?\s+(?:hospitali[sz]ed|in (?:the )?hospital)\b|\bis recovering\b",
    re.I,
)
