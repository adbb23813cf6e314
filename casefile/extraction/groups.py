"""Which suspects a plural subject means: "both", "each", "the two", "all three", "the
defendants", "their next court date", or "They" after a sentence naming several suspects.

Court events and bonds are often told of all defendants at once ("Bail was set at $3 million
each", "The defendants have all pleaded not guilty"); this decides whom such a sentence covers.
"""

from __future__ import annotations

import re
from itertools import pairwise

from casefile.extraction.context import Article
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d)"
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNTS = {word: value for value, word in enumerate(_NUMBERS, 2)}
# Not a group of people: "both counts", "each charge", "the two cases", "at both trials".
_THINGS = (
    r"(?!\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:counts?|charges?|cases?|incidents?|shootings?|"
    r"victims?|killings?|homicides?|crimes?|offenses?|trials?|hearings?|days?|times?|sides?)\b)"
)
_KIN = (
    r"mother|father|stepmother|stepfather|grandmother|grandfather|husband|wife|boyfriend|"
    r"girlfriend"
)
_GROUP = compile_scan(
    rf"\b(?:both{_THINGS}|each{_THINGS}|all (?:of them|(?P<all>{_COUNT})\b)|"
    # ("two young men": an age told of the group)
    rf"(?<!other )(?P<n>{_COUNT}) (?:(?:young|teenage|adult|older) )?(?:people|men|women|suspects|"
    r"defendants|teens|teenagers|"
    rf"adults|of them)\b|the (?:(?P<the>{_COUNT})\b{_THINGS}|pair|trio|couple|defendants|"
    r"suspects|accused|parents)|"
    # A pair told by their ties, as "the parents" is: "The mother and father of the boy",
    # "the boy's mother and her boyfriend".
    rf"\bthe (?:[\w-]+['’]s )?(?P<pair>{_KIN}) and (?:(?:his|her|the) )?(?:{_KIN})\b|"
    # "A Fresno couple accused of ...", "a Dayton pair" (not "a couple of hours").
    r"\b(?:a|an) (?:[\w-]+ ){0,2}?(?:couple|pair)\b(?! of\b)|"
    r"their (?:next |first |initial )?(?:court|arraignments?|hearings?|trials?|sentencings?|"
    r"bail|bonds?|pleas?|cases?|behalf)\b)",
    re.I,
)
_GATE = key_words(
    "both", "each", "all ", "two", "three", "four", "five", "six", "defendants", "suspects",
    "pair", "trio", "couple", "accused", "their", "parents", "mother", "father", "wife",
    "husband", "friend",
)  # fmt: skip
# Someone else's group: "the other defendants", "two other men".
OTHERS = compile_scan(
    r"\b(?:other|another|remaining)\s+(?:[\w-]+\s+)?(?:defendants?|co-defendants?|suspects?|"
    r"men|women|people|individuals)\b|"
    r"\b(?:a|the) (?:second|third|fourth|fifth) (?:defendant|co-defendant|suspect|man|woman)\b",
    re.I,
)
_THEY = re.compile(r"\W*They\b")
# What a group is told with, after it: "The two adults arrested with him Monday".
_WITH_HIM = re.compile(r"[^.;,]{0,40}?\b(?:with|alongside|besides)\s+(?:him|her)\b", re.I)
# A name after "the parents of" is a relative of the subject, not the subject.
_RELATIVE_OF = compile_scan(
    r"\b(?:parents?|mother|father|family|relatives?|son|daughter|children|wife|husband|brother|"
    r"sister|grandmother|grandfather|uncle|aunt|cousin|boyfriend|girlfriend|widow)\s+of\s+"
    r"(?:(?:the\s+)?\d+-year-old\s+)?\Z",
    re.I,
)


def relative_only(article: Article, sentence: Sentence, person: Person) -> bool:
    """Whether `sentence` names `person` only as someone's relative ("the parents of X")."""
    text = sentence.text
    mentions = [m for m, p in article.cast.people_in(sentence) if p is person]
    return bool(mentions) and all(
        _RELATIVE_OF.search(text, max(0, m.start - 40), m.start) for m in mentions
    )


def named_together(article: Article, sentence: Sentence) -> list[Person]:
    """The suspects `sentence` names when it names several of them coordinated ("Kim Lee
    and Ann Dunn each pleaded guilty"), or [] (one name, or names in separate clauses)."""
    mentions = [(m, p) for m, p in article.cast.people_in(sentence) if p.suspect and p.name]
    if len({id(p) for _, p in mentions}) < 2:
        return []
    mentions = [(m, p) for m, p in mentions if not relative_only(article, sentence, p)]
    chosen: list[Person] = []
    for (left, left_person), (right, right_person) in pairwise(mentions):
        gap = sentence.text[left.end : right.start]
        if left_person is not right_person and _JOINED.fullmatch(gap):
            for person in (left_person, right_person):
                if person not in chosen:
                    chosen.append(person)
    return chosen if len(chosen) > 1 else []


# Between two coordinated names: ", 32, and", " and ", ", ".
_JOINED = re.compile(r"(?:,\s*\d{1,3})?,?\s+(?:and|&)\s+(?:\w+\s+)?|(?:,\s*\d{1,3})?,\s+")


def they_mean(article: Article, sentence: Sentence) -> list[Person]:
    """The suspects "They" opening `sentence` means: the several the sentence before speaks
    of together ("Bo Tran, 31, and Ann Lee, 28, fled. They were booked into the jail"), or []."""
    if not (sentence.index and _THEY.match(sentence.text)):
        return []
    several = article.cast.everyone(article.sentences[sentence.index - 1])
    return several if len(several) > 1 else []


def _group_told_before(article: Article, sentence: Sentence) -> list[Person]:
    """The group a sentence before spoke of by a plural subject of its own, naming no one
    ("The two waived an appeal. They are due back ...", "Both were caught. They are held
    ..."): "They" goes on with it."""
    previous = article.sentences[sentence.index - 1]
    if any(True for _ in article.cast.people_in(previous)):
        return []
    return group(article, previous)


def group(article: Article, sentence: Sentence) -> list[Person]:
    """The named suspects a plural subject of `sentence` means, or [] if it has none."""
    # The sentence's own words first: most sentences speak of no group, and a long article
    # (a digest of many cases) names hundreds of suspects.
    they = _THEY.match(sentence.text) and sentence.index
    if not they and not _GATE.opens(sentence):
        return []
    named = [p for p in article.cast.named_suspects if p.name]
    if len(named) < 2:
        return []
    # Only someone the sentence names can be named in it only as a relative (a long text
    # names hundreds of suspects, most of them nowhere near this sentence).
    here = {id(p) for _, p in article.cast.people_in(sentence)}
    named = [p for p in named if id(p) not in here or not relative_only(article, sentence, p)]
    if len(named) < 2:
        return []
    if they:
        several = they_mean(article, sentence) or _group_told_before(article, sentence)
        if several:
            return several
        if not _GATE.opens(sentence):
            return []
    match = _GROUP.search(sentence.text)
    if match is None or OTHERS.search(sentence.text):
        return []

    def last_mention(person: Person) -> int:
        return max((i for i, _, _ in person.mentions if i <= sentence.index), default=-1)

    # "The two men arrested with him": the ones a group is told with are not in it.
    besides = _WITH_HIM.match(sentence.text, match.end())
    if besides:
        before = [p for p in named if 0 <= last_mention(p) < sentence.index]
        if before:
            him = max(before, key=last_mention)
            named = [p for p in named if p is not him]
    count = None
    number = match.group("all") or match.group("n") or match.group("the")
    if number:
        count = int(number) if number.isdigit() else _COUNTS[number.lower()]
    elif match.group("pair") or match.group(0).lower().startswith("both"):
        count = 2  # "Both were booked" of three named: the two told of last
    if count is None or count >= len(named):
        return named
    if count < 2:
        return []
    # "the three" of four: the three the report last named together, as a sentence's list
    # ("found A, B and C guilty. Jurors acquitted D. ... Sentencing for the three is set").
    for index in range(sentence.index, max(-1, sentence.index - 6), -1):
        listed = named_together(article, article.sentences[index])
        if len(listed) == count:
            return listed

    # "the two" of three: the two mentioned last before (or in) this sentence.
    recent = sorted(named, key=last_mention, reverse=True)[:count]
    return sorted(recent, key=named.index)


__all__ = ["OTHERS", "group", "named_together", "relative_only", "they_mean"]
