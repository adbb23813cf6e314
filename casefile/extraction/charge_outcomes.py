"""Outcomes said of charges without naming them: "acquitted of all charges", "found guilty
on all counts", "those charges were dropped", "the remaining charges were dismissed", "she
was acquitted", "a jury found him guilty Friday", "the judge accepted his guilty plea",
"prosecutors dismissed that count", "the charge was reduced to manslaughter" (the charge
replaced is dropped).

Such a sentence names no charge; the charges it speaks of are the ones the report names for
the same person: before it, earlier in its own sentence, or just after it as background ("He
was acquitted Tuesday. Lee had been charged with murder."). An outcome said of one charge
("the charge", "that count", a plea that names none) needs exactly one charge left open. Each
charge is given the outcome, with a quote that runs from the sentence naming the charge to the
sentence stating the outcome (a fact drawn from two sentences quotes both).
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from casefile.extraction.charge_people import charged_people
from casefile.extraction.context import CONDITIONAL, Article
from casefile.extraction.key_words import any_key_words, key_words
from casefile.extraction.offences import is_head
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person
from casefile.extraction.scope import OTHER, PRIOR, scope_at
from casefile.extraction.sentences import Sentence

# "all charges", "both counts", "all three felony counts", "those charges", "the charges".
_ALL = (
    r"(?:(?:all|both|each|every one|every)\s+(?:(?:of\s+)?(?:the|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?|(?:the|those|these|his|her|their)\s+(?=(?:charges|counts)\b))"
)
# The charges an outcome is said of as a whole: "the charges", "those charges", "his case".
_THE_CHARGES = (
    r"(?:all\s+)?(?:of\s+)?(?:the|those|these|his|her|their|both)?\s*"
    r"(?:(?:remaining|other|pending|criminal|state|federal)\s+)?(?:charges|counts|case|indictment)\b"
)
# Charges left when others had their own outcome: "the remaining charges were dismissed".
_REST = re.compile(r"\b(?:remaining|other)\s+(?:charges|counts)\b", re.I)
_DROP_VERB = (
    r"(?:dropped|dismissed|withdrew|withdrawn|threw out|tossed(?: out)?|dropping|dismissing|"
    r"drops|dismisses|withdrawing|stayed|stays|staying)"
)
# An object a jury's verb is said of: "convicted him", "acquitted Ann Lee".
_OBJECT = r"(?:him|her|them|(?-i:[A-Z])[\w'’-]+)\b"
# Just after a possessor: "his conviction", "Lee's acquittal" (the match starts after it, so
# that the possessor is the person the outcome is said of).
_WHOSE = r"(?:(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=['’]s )|(?<=s['’] ))"
# Whom a verdict finds guilty: a pronoun, a name, "the defendant", "the 31-year-old", a day;
# not "his brother" (someone else) nor "not".
_FOUND = (
    r"(?:him|her|them|(?:the\s+)?(?:(?!not\b|his\b|her\b|their\b)[\w'’.-]+\s+){0,3}?"
    r"(?-i:[A-Z0-9])[\w'’.-]*|the\s+(?:[\w-]+\s+)?(?:defendant|suspect|man|woman|teen|teenager|"
    r"driver|\d+-year-old)|(?:[\w'’.-]+\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|today|yesterday))"
)
# Verdicts that name no charge ("a jury found him guilty Friday", "she was acquitted", "the
# jury convicted Lee after two days"): said of all the person's charges, unless the clause
# goes on to name an offence ("found guilty of murder" is the cue's, not all charges').
_BARE_OUTCOMES = [
    (
        key_words("acquit", "not guilty"),
        compile_scan(
            r"\b(?:was|were|been|being)\s+acquitted\b|"
            rf"\bacquitted\s+{_OBJECT}|"
            rf"\b(?:found|finding)\s+(?:{_FOUND}\s+)?not guilty\b|"
            r"\b(?:verdicts?\s+of\s+not guilty|not[- ]guilty\s+verdicts?)\b|"
            rf"{_WHOSE}acquittal\b",
            re.I,
        ),
        "acquitted",
    ),
    (
        key_words("convicted", "guilty", "conviction"),
        compile_scan(
            rf"\b(?:found|finding)\s+(?:{_FOUND}\s+)?guilty\b|"
            r"\b(?<!not )(?:(?:a|the)\s+guilty\s+verdicts?|verdicts?\s+of\s+guilty)\b|"
            r"\b(?:was|were|has been|have been)\s+(?:later\s+|also\s+|\w+ly\s+)?convicted\b|"
            # (not "by a Convicted Felon", who someone is in a charge's title-case name)
            rf"\b(?<!\ba )convicted\s+(?!(?:felons?|sex\s+offenders?|offenders?)\b){_OBJECT}|"
            rf"{_WHOSE}convictions?\b(?!\s+(?:of|on|for)\b)",
            re.I,
        ),
        "convicted",
    ),
]
# Where the clause of a verdict ends: what follows is said of something else.
_CLAUSE_END = re.compile(r"[.;]|,\s+(?:but|while|whereas|although)\b|\s+but\b")
_OUTCOMES = [
    (
        key_words("acquit", "not guilty", "cleared"),
        compile_scan(
            rf"\b(?:acquit(?:ted|ting|s)?|cleared|not guilty)\b[^.;]{{0,40}}?\b(?:of|on)\s+{_ALL}"
            r"(?:charges?|counts?)\b",
            re.I,
        ),
        "acquitted",
    ),
    (
        key_words("convicted", "guilty", "sentenced"),
        compile_scan(
            rf"(?<!not )\b(?:convicted|guilty)\b[^.;]{{0,30}}?\b(?:of|on|to)\s+{_ALL}"
            r"(?:charges?|counts?|crimes|offen[cs]es)\b|\b(?:guilty|convicted) as charged\b|"
            r"\bsentenced\b[^.;]{0,60}?\b(?:on|for)\s+(?:the|those|these|both|all)\s+"
            r"(?:charges|counts)\b",
            re.I,
        ),
        "convicted",
    ),
    (
        key_words(
            "dropped",
            "dismissed",
            "withdr",
            "dropping",
            "dismissing",
            "drops",
            "dismisses",
            "pursue",
            "dismissal",
            "prosecute",
            "declined",
            "refused",
            "not to",
            "to indict",
            "no longer",
            "threw out",
            "thrown out",
            "struck out",
            "tossed",
            "agree",
            "nolle",
            "stay",
            "upgraded",
            "reduced",
            "amended",
            "downgraded",
        ),
        compile_scan(
            rf"\b{_DROP_VERB}\s+{_THE_CHARGES}(?!\s+(?:of|for)\b)|"
            # a plea deal's promise: "prosecutors agreed to dismiss the remaining counts"
            rf"\bagree(?:d|s|ing)?\s+to\s+(?:drop|dismiss|withdraw)\s+{_THE_CHARGES}(?!\s+(?:of|for)\b)|"
            # ("Kim's charges were dismissed": the match opens after the possessor)
            rf"(?:\b(?:the|all|those|these|his|her|their|both)\s+|{_WHOSE})"
            r"(?:(?:remaining|other|pending|criminal|state|federal)\s+)?"
            r"(?:charges|counts|indictment|case)\s+(?:against\s+[^.;]{1,40}?\s+)?"
            r"(?:were|was|have been|has been|had been)\s+(?:later\s+|since\s+|all\s+|"
            r"subsequently\s+|ultimately\s+|eventually\s+)?(?:dropped|dismissed|withdrawn|thrown out|stayed|"
            # ("struck out", as British and Irish courts end a case)
            r"struck out|"
            r"tossed|nolle[- ]pross?(?:ed)?)"
            r"\b|"
            # charges replaced by others: "the charges against the driver have been upgraded"
            r"\b(?:the|all|those|these|his|her|their|both)\s+charges\s+(?:against\s+[^.;]{1,100}?\s+)?"
            r"(?:were|have been|had been)\s+(?:later\s+|since\s+)?(?:upgraded|reduced|amended|"
            r"downgraded)\b|"
            r"(?:^|[,;]\s+)charges\s+against\s+[^.;]{1,40}?\s+(?:were|have been|had been)\s+"
            r"(?:\w+\s+)?(?:dropped|dismissed|withdrawn|thrown out)\b|"
            # "Charges were dropped against Lee"
            r"(?:^|[,;]\s+|\band\s+)(?:all\s+)?charges\s+(?:were|have been|had been)\s+(?:\w+\s+)?"
            r"(?:dropped|dismissed|withdrawn)\s+against\b|"
            # prosecutors who will not go on: "declined to pursue the charges"
            r"\b(?:(?:declined|refused|decided not|chose not|opted not)\s+to|will not|would not|"
            r"won['’]t|will no longer|would no longer)\s+(?:pursue|prosecute|proceed with|file|bring)\s+"
            rf"(?:{_THE_CHARGES}|(?:him|her|them)\b)|"
            r"\b(?:declined|refused)\s+to\s+prosecute\b(?=\s*[.;,]|\s*$)|"
            # a grand jury's no bill: "a grand jury declined to indict him"
            r"\b(?:declined|refused|voted not)\s+to\s+indict\s+(?:him|her|them)\b(?=\s*[.;,]|\s*$)|"
            r"\bno longer\s+(?:faces|facing|face)\s+(?:any\s+)?charges\b|"
            rf"\bdismissal\s+of\s+{_THE_CHARGES}",
            re.I,
        ),
        "dropped",
    ),
]
# One charge or count, not named: "the charge", "that count" (not "the charge of X").
_ONE = r"(?:charge|count)\b(?!\s+(?:of|for)\b)"
# "the charge was dismissed": said of a person's one charge, when the report named only one.
_ONE_DROPPED = (
    key_words(
        "dropped",
        "dismissed",
        "withdr",
        "thrown out",
        "threw out",
        "struck out",
        "tossed",
        "dropping",
        "dismissing",
        "pursue",
        "prosecute",
        "declined",
        "refused",
        "not to",
        "dismissal",
        "nolle",
        "stayed",
        "reduced",
        "downgraded",
        "amended",
        "upgraded",
        "lesser",
    ),
    compile_scan(
        # A charge replaced by another: "reduced the charge to manslaughter", "the charge was
        # upgraded to murder".
        r"\b(?:reduced|downgraded|amended|upgraded)\s+(?:the|that|this|his|her)\s+charge\s+"
        r"(?:against\s+[^.;]{1,40}?\s+)?to\b|\b(?:the|that|this|a)\s+charge\s+(?:against\s+"
        r"[^.;]{1,40}?\s+)?(?:was|has been|had been)\s+(?:later\s+|since\s+)?(?:reduced|"
        r"downgraded|amended|upgraded)\s+to\b|"
        # a plea to a lesser charge in place of the one filed: "pleaded guilty to a reduced
        # charge of manslaughter"
        r"\bple(?:aded|d|ads)\s+(?:guilty|no contest)\b[^.;]{0,40}?\bto\s+(?:a|the)\s+"
        r"(?:reduced|lesser|amended)\s+charges?\s+of\b|"
        rf"\b{_DROP_VERB}\s+(?:the|that|this|his|her)\s+{_ONE}|(?:\b(?:the|that|this)\s+|{_WHOSE})"
        r"(?:charge|count)\s+(?:against\s+[^.;]{1,40}?\s+)?"
        r"(?:was|has been|had been)\s+(?:later\s+|since\s+|subsequently\s+)?"
        r"(?:dropped|dismissed|withdrawn|thrown out|struck out|stayed|tossed|nolle[- ]pross?(?:ed)?)\b|"
        rf"\bagree(?:d|s|ing)?\s+to\s+(?:drop|dismiss|withdraw)\s+(?:the|that|this)\s+{_ONE}|"
        r"\b(?:declined|refused|decided not|chose not|opted not|will not|would not|won['’]t)\s+"
        rf"to\s+(?:pursue|prosecute|proceed with|file|bring)\s+(?:the|that|this)\s+{_ONE}|"
        rf"\bdismissal\s+of\s+(?:the|that|this|his|her)\s+{_ONE}",
        re.I,
    ),
    "dropped",
)
# Outcomes that name no charge and no "all": "he pleaded guilty Monday", "the jury convicted
# him", "jurors acquitted her", "sentenced on the charge" - said of a person's one charge.
_ONE_OUTCOMES = [
    _ONE_DROPPED,
    (
        key_words("pleaded", "pled", "pleads", "plea"),
        compile_scan(
            r"\b(?:pleaded|pled|pleads)\s+(?:guilty|no contest|nolo contendere)\b"
            r"(?![^.;]{0,40}?\bto\s+(?!the charge\b))|\b(?:entered|enters|entering)\s+(?:a|an)\s+"
            r"(?:guilty|no[- ]contest|alford)\s+plea\b(?![^.;]{0,40}?\bto\s+(?!the charge\b))|"
            # "changed his plea to guilty"
            r"\bchang(?:ed|es|ing)\s+(?:his|her|their)\s+pleas?\s+to\s+(?:guilty|no contest)\b|"
            # "the judge accepted his guilty plea", "Lee's guilty plea came"
            rf"{_WHOSE}(?:guilty|no[- ]contest|alford)\s+pleas?\b(?![^.;]{{0,40}}?\bto\s+(?!the charge\b))",
            re.I,
        ),
        "convicted",
    ),
    (
        key_words("convicted", "sentenced", "guilty"),
        compile_scan(
            r"\bsentenced\b[^.;]{0,60}?\b(?:on|for)\s+(?:the|that)\s+charge\b|"
            # "found him guilty of the charge", "convicted of that charge"
            r"(?<!not )\b(?:guilty|convicted)\s+(?:[\w'’-]+\s+){0,3}?(?:of|on)\s+(?:the|that|this)\s+"
            r"(?:single\s+|lone\s+|one\s+)?(?:charge|count)\b(?!\s+(?:of|for)\b)",
            re.I,
        ),
        "convicted",
    ),
    (
        key_words("acquitted", "not guilty"),
        compile_scan(
            r"\b(?:acquitted|not guilty)\s+(?:[\w'’-]+\s+){0,3}?(?:of|on)\s+(?:the|that|this)\s+"
            r"(?:single\s+|lone\s+|one\s+)?(?:charge|count)\b(?!\s+(?:of|for)\b)",
            re.I,
        ),
        "acquitted",
    ),
]
_ANY_OUTCOME = any_key_words(*(gate for gate, _, _ in _OUTCOMES + _BARE_OUTCOMES + _ONE_OUTCOMES))
# "if he had been convicted on all the charges": a condition, not an outcome.
IF_BEFORE = re.compile(r"\b(?:if|unless|should|whether)\b[^.;,]{0,40}$", re.I)
_NOT_GUILTY_PLEA = re.compile(r"\bplead\w*\s+not guilty\b|\bnot guilty pleas?\b", re.I)
# "he could be found guilty next week": a verdict still to come.
# ("could have convicted her of murder": what a jury did not do)
_MODAL_BEFORE = re.compile(
    r"\b(?:could|would|may|might|will|can|should)\s+(?:\w+\s+)?(?:be|have)\s+$", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class Outcome(NamedTuple):
    sentence: Sentence
    position: int
    status: str
    single: bool = False  # said of one charge: the person's only one named before
    rest: bool = False  # said of the charges left: those no other outcome was given


def outcomes(article: Article) -> list[Outcome]:
    """Sentences that give all of someone's charges one outcome, with where it is said."""
    found = []
    candidates = _ANY_OUTCOME.among(article.sentences)
    if not candidates:
        return found
    for kind, (gate, pattern, status) in [
        *(("all", outcome) for outcome in _OUTCOMES),
        *(("bare", outcome) for outcome in _BARE_OUTCOMES),
        *(("single", outcome) for outcome in _ONE_OUTCOMES),
    ]:
        single = kind == "single"
        for sentence in gate.among(candidates):
            if kind == "bare":
                match = _bare_verdict(pattern, sentence.text)
            else:
                match = pattern.search(sentence.text)
            if match is None or first_in(CONDITIONAL, sentence.text):
                continue
            if _PART.search(match.group(0)):
                continue  # "pleaded guilty to two of the charges": not all of them
            if _said_already(article, found, sentence, match.start(), status):
                continue
            if IF_BEFORE.search(sentence.text, 0, match.start()):
                continue
            if _of_another_matter(sentence.text, match, article.published):
                continue
            if _MODAL_BEFORE.search(sentence.text, max(0, match.start() - 30), match.start()):
                continue
            if status != "dropped" and _NOT_GUILTY_PLEA.search(sentence.text):
                continue
            prior = article.prior_matter(sentence)
            if prior and match.start() >= prior.start() - 40:
                continue
            if scope_at(article.scope(sentence), match.start()).scope in (OTHER, PRIOR):
                continue  # "That charge was later withdrawn", of the earlier matter just told
            rest = _REST.search(match.group(0)) is not None
            found.append(Outcome(sentence, match.start(), status, single, rest))
    return found


# Some of the charges, not all: "two of the charges", "one of the counts".
_PART = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|most|many|\d+)\s+of\s+"
    r"(?:the|those|these|his|her|their)\s+(?:[\w-]+\s+)?(?:charges|counts)\b",
    re.I,
)


def _said_already(
    article: Article, found: list[Outcome], sentence: Sentence, position: int, status: str
) -> bool:
    """Whether an outcome found already in `sentence` gives the same people the same status:
    "Kim pleaded guilty; Lee was convicted at trial" tells two."""
    earlier = [o for o in found if o.sentence is sentence and o.status == status]
    if not earlier:
        return False
    people = {id(p) for p in charged_people(article, sentence, position, position, "")}
    return any({id(p) for p in people_of(article, o)} == people for o in earlier)


def _bare_verdict(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first verdict of `pattern` in `text` whose clause names no offence."""
    for match in pattern.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        clause = text[match.end() : end.start() if end else len(text)]
        if not any(is_head(word) for word in re.findall(r"[a-z-]+", clause.lower())):
            return match
    return None


# An outcome of another matter: "acquitted of all charges in a 2012 case", "in an unrelated
# case"; and charges of someone else: "the charges against his co-defendant".
_ANOTHER_MATTER = re.compile(
    r"\b(?:in|from|for|on)\s+(?:an?\s+|the\s+)?(?:unrelated|separate|earlier|previous|prior|"
    r"older|another|(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:case|matter|incident|arrest|trial)\b",
    re.I,
)
# (not "the case against her was dropped": "her" alone is the one it is said of)
_SOMEONE_ELSES = re.compile(
    r"\bagainst\s+(?:(?:his|her|their)\s+(?!(?:was|were|is|are|has|have|had)\b)\w+|the other|"
    r"another)\b",
    re.I,
)
# A clause that opens on a year: "In 2012, the charges were dropped".
_OPENING_YEAR = re.compile(r"^\W*(?:in|by|back in)\s+(?:\w+\s+)?((?:19|20)\d\d)\b", re.I)


def _of_another_matter(text: str, match: re.Match[str], published: datetime.date | None) -> bool:
    """Whether the outcome at `match` is said of another matter or another person's charges:
    its clause names one, or a year before the report's."""
    end = _CLAUSE_END.search(text, match.end())
    clause = text[match.start() : end.start() if end else len(text)]
    if _ANOTHER_MATTER.search(clause) or _SOMEONE_ELSES.search(match.group(0)):
        return True
    if published is None:
        return False
    years = _YEAR.findall(clause)
    opening = _OPENING_YEAR.match(text)
    if opening and opening.end() <= match.start():
        years.append(opening.group(1))
    return any(int(year) < published.year for year in years)


# An outcome said of someone other than the people the report speaks of, and not named: "dismissed
# the case against a third man", "against another defendant" (but "against an 18-year-old" may
# be the suspect the report names next).
_AGAINST_UNNAMED = re.compile(
    r"\bagainst\s+(?:another|(?:a|the)\s+(?:other|second|third|fourth|fifth))\b[^.;,]{0,40}",
    re.I,
)


def people_of(article: Article, outcome: Outcome) -> list[Person]:
    """Whose charges an outcome speaks of: none when it is said against someone unnamed."""
    start, sentence = outcome.position, outcome.sentence
    unnamed = _AGAINST_UNNAMED.search(sentence.text, start, start + 80)
    if unnamed and not any(
        unnamed.start() < mention.start <= unnamed.end() + 2
        for mention, _ in article.cast.people_in(sentence)
    ):
        return []
    return charged_people(article, sentence, start, start, "")
