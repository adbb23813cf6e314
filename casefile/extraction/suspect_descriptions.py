"""How a report describes its suspect before (or instead of) naming him: "a 31-year-old Dayton
man is charged", "A man (29) has been charged", "the 30-year-old was arrested", a headline's
"Dunmore man, 34, charged": the age and home town such a description gives the one named
after it, and the first sentence that tells someone described was arrested or charged.
Read by suspects.py.
"""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.cues import CUE_AFTER, DESCRIBED_DOER
from casefile.extraction.cues_before import CUE_BEFORE, REACH
from casefile.extraction.descriptions import described_as_sought, harmed_description
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import (
    compile_scan,
    first_in,
    matches_in,
    prefix_match,
    search_within,
)
from casefile.extraction.pronoun_gender import Gender, described_gender
from casefile.extraction.residence import NOT_PLACES, STATES
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_suspects import ALSO, CO_SUSPECT

# How a report introduces its suspect before (or instead of) naming him: "a 31-year-old
# Dayton man", "a former Dayton resident". A former home is not a residence.
_DESCRIBED = compile_scan(
    r"\b(?:(?:[Aa]n?)\s+(?P<age>\d{1,3})-year-old\s+|[Aa]n?\s+|[Tt]he\s+)(?P<former>former\s+)?"
    r"(?:(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+)?"
    # ("a 41-year-old city man": the home told by a common word, no town's name)
    r"(?:(?:city|local|area|county|town|village|suburban)\s+)?"
    # ("A man (29) has been charged", "A man aged 29 has been charged": the age in brackets or
    # after "aged", as Irish and British papers give it)
    r"(?:man|woman|teen|teenager|youth|resident|mother|father|mom|dad)\b"
    r"(?:\s+\((?P<paren>\d{1,2})\)|\s+aged\s+(?P<aged>\d{1,2})\b)?"
    # ("A Rockford man, 31, was arrested": the age told after the description)
    r"(?:\s*,\s*(?P<after>\d{1,2})\s*,)?"
    # "police arrested a 16-year-old": the age alone (not "the death of a 2-year-old boy").
    r"|(?<!of )\b[Aa]n?\s+(?P<bare>\d{1,2})-year-old\b(?!\s+(?:[\w-]+\s+)?(?:victim|boy|girl|"
    r"child|baby|infant|son|daughter|woman|man|student|clerk|driver))"
    # "Police arrested the 30-year-old at his home": only where a cue says so of it.
    r"|(?<!of )\b[Tt]he\s+(?P<definite>\d{1,2})-year-old\b(?!['’]|\s+(?:[\w-]+\s+)?(?:victim|boy|"
    r"girl|child|baby|infant|son|daughter|woman|man|student|clerk|driver|mother|father)\b)"
    # "A 16-year-old boy has been charged", "A 19-year-old driver has been charged": anyone
    # described by age, only as the subject of custody or a charge.
    # ... with where he studies or works ("An 18-year-old student at Dover High School"), and
    # told as jailed ("is in the county jail")
    r"|(?<!of )\b[Aa]n?\s+(?P<subject>\d{1,2})-year-old\s+(?:[\w-]+\s+){1,2}?"
    r"(?:at\s+(?:[\w'’.-]+\s+){1,5}?)?"
    r"(?=(?:(?:was|has|had|is|been|also|later)\s+){1,3}(?:charged|arrested|booked|indicted|"
    r"detained|taken into custody|in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[Jj]ail)\b)"
    # (after the subject described, which says more of the same words)
    # "identified the one responsible as a 16-year-old male student": only where a cue says so.
    r"|(?<!of )\b[Aa]n?\s+(?P<cued>\d{1,2})-year-old\s+(?:(?:male|female)\s+)?(?:student|juvenile|"
    r"minor|male|female|boy|girl)\b"
    # a headline's subject, with no article: "Dunmore man, 34, charged with murder"
    r"|\A\W*(?:(?P<headplace>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+)?(?:[Mm]an|[Ww]oman|[Tt]een|"
    r"[Tt]eenager|[Yy]outh)\s*,\s*(?P<headage>\d{1,2})\s*,"
)
# The deed someone is accused of, whose object a description right after it is.
_GERUND_BEFORE = re.compile(r"\b(?:of|with|for)\s+(?!being\b)[a-z]+ing\s+\Z")
# ... or told after its doers by a pronoun: "police said they robbed a 68-year-old woman" (not
# custody, which the police do: "they arrested a 19-year-old man").
_DEED_BEFORE = re.compile(
    r"\b(?:he|she|they)\s+(?:allegedly\s+|then\s+)?(?!(?:arrested|detained|charged|booked|"
    r"apprehended|identified|caught|nabbed|indicted|named|sought|located|found|questioned|"
    r"interviewed|cited|jailed|stopped|tracked|pulled)\b)[a-z]+ed\s+\Z"
)
_DESCRIBED_GATE = key_words(
    "man", "teen", "youth", "resident", "mother", "father", "mom", "dad", "-year-old"
)
_CHARGED_WORDS = compile_scan(
    r"\b(?:charged|arrested|accused|facing|faces|held|custody|suspect|booked|jailed|indicted|jail)\b",
    re.I,
)


def _cued(sentence: Sentence, start: int, end: int) -> bool:
    """Whether `sentence` says the description at `start:end` was arrested, charged, sought
    or did the harm."""
    text = sentence.text
    if harmed_description(text, start, end):
        return False  # "a man shot to death outside a store": the one harmed
    return bool(
        prefix_match(CUE_AFTER, text[end:])
        or search_within(CUE_BEFORE, text, max(0, start - REACH), start)
        or prefix_match(DESCRIBED_DOER, text[end:])
        or described_as_sought(text, start)
    )


def lede_description(
    article: Article, none_named: bool = False, gender: Gender | None = None
) -> tuple[int | None, str | None, Sentence | None]:
    """Age and home town from the first "a 31-year-old Dayton man is charged ...", "a
    20-year-old man was arrested", "the Dayton man was charged", and the sentence saying it
    (the one with the age, where there is one); with the `gender` of the one named, never a
    description of the other ("a Dalton woman" is not he)."""
    age: int | None = None
    home: str | None = None
    told: Sentence | None = None
    for sentence in _DESCRIBED_GATE.among(article.sentences):
        other = first_in(CO_SUSPECT, sentence.text)
        if other and (
            not (
                other.group("item")
                or other.group("whotaken")
                # "A 17-year-old charged in the killing was ordered held. Bo Tran ...": the
                # one the report leads with, named after (`unnamed_suspects` counts him so)
                or other.group("accused")
                # "The 38-year-old appeared in court" where no suspect is named: the one
                # described, his name kept back.
                or (none_named and other.group("theaged"))
            )
            or ALSO.search(other.group(0))
        ):
            continue  # "a 17-year-old was also arrested" describes another
        charged = bool(first_in(_CHARGED_WORDS, sentence.text))
        for match in matches_in(_DESCRIBED, sentence.text):
            if not article.in_case(sentence, match.start()):
                continue  # "On March 2, a 37-year-old man was stabbed": another incident's
            if gender and described_gender(match.group(0)) not in (None, gender):
                continue
            if harmed_description(sentence.text, match.start(), match.end()):
                continue  # "charged over the shooting of a 23-year-old man": the one harmed
            if _GERUND_BEFORE.search(
                sentence.text, max(0, match.start() - 40), match.start()
            ) or _DEED_BEFORE.search(sentence.text, max(0, match.start() - 40), match.start()):
                continue  # "accused of shoving a 70-year-old woman": whom the deed was done to
            cued = _cued(sentence, match.start(), match.end())
            if not (charged or cued) or (
                (match.group("definite") or match.group("cued")) and not cued
            ):
                continue  # "A 58-year-old man shot his wife": what he did makes him the one
            place = match.group("place") or match.group("headplace")
            if place in NOT_PLACES:
                place = None
            stated = (
                match.group("age")
                or match.group("bare")
                or match.group("definite")
                or match.group("cued")
                or match.group("subject")
                or match.group("paren")
                or match.group("aged")
                or match.group("headage")
                or match.group("after")
            )
            if age is None and stated:
                age, told = int(stated), sentence  # the sentence with the age is quoted
            if home is None and place and not match.group("former") and place not in STATES:
                home, told = place, told or sentence
            if age is not None and home is not None:
                return age, home, told
    return age, home, told


def described_taken(article: Article) -> Sentence | None:
    """The first sentence about the case that says someone it describes without a name ("A
    man", "A woman") was arrested or charged, or did the harm."""
    for sentence in _DESCRIBED_GATE.among(article.sentences):
        if not first_in(_CHARGED_WORDS, sentence.text):
            continue
        for match in matches_in(_DESCRIBED, sentence.text):
            if (
                match.group(0)[:1] in "Aa"
                and article.in_case(sentence, match.start())
                and prefix_match(CUE_AFTER, sentence.text[match.end() :])
                and not harmed_description(sentence.text, match.start(), match.end())
            ):
                return sentence
    return None
