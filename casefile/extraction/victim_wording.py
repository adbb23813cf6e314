"""Wordings around an unnamed victim that decide whether it is one, and what befell it.

Read by extraction/victims.py:

- A charge's name is not a report of harm: "charged with attempted murder of a police officer"
  or "two counts of assault on a police officer" name offences; the harm, if any, is told in
  the report's own words elsewhere. An attempt never makes anyone killed ("in the attempted
  murder of a clerk").
- A victim introduced by age and the word "victim" ("approached the 54-year-old victim as she
  loaded groceries. She was not injured.") is a victim of the case, whatever the crime: the
  outcome is read from the sentence, else from the next one when it opens with a pronoun or
  "the victim", else from the case (killed in a story of a killing, else taken_outcome).
"""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.harm_words import NOT_UNHARMED
from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import Sentence, key_words

# A charge's words just before the match: "charged with (attempted) murder of a ...".
_CHARGE_BEFORE = re.compile(
    r"\b(?:(?:counts?|charges?|indictments?)\s+of|charged with|charging (?:him|her|them) with|"
    r"accused of|convicted of|guilty of|indicted (?:on|for)|arrested (?:on|for)|faces|facing)\s+"
    r"(?:(?:one|two|three|four|five|\d+|attempted|attempt to commit|criminal|aggravated|felony|"
    r"capital|first|second|third|[\w-]*degree|counts? of)\s+){0,4}\Z|"
    r"\b(?:counts?|charges?|indictments?)\s+of\s+\Z",
    re.I,
)
# What a charge calls an offence (a noun), as against a verb that reports harm ("killing a man",
# "accused of kidnapping a girl").
_OFFENCE_NOUN = re.compile(
    r"(?:murder|assault|sexual assault|robbery|rape|abduction|battery|homicide)",
    re.I,
)
_ATTEMPT_BEFORE = re.compile(r"\b(?:attempted|attempt to commit|attempt(?:ing)? to)\s+\Z", re.I)


def charge_wording(text: str, start: int, what: str) -> bool:
    """Whether the match at `text[start:]` with harm word `what` is the name of a charge."""
    before = text[max(0, start - 60) : start]
    if re.search(r"\b(?:counts?|charges?|indictments?)\s+of\s+\Z", before, re.I):
        return True
    return bool(_OFFENCE_NOUN.fullmatch(what.strip().lower()) and _CHARGE_BEFORE.search(before))


def attempted(text: str, start: int) -> bool:
    """Whether the harm word at `text[start:]` is said as an attempt: "attempted murder of"."""
    return bool(_ATTEMPT_BEFORE.search(text, max(0, start - 25), start))


_AGED_VICTIM = compile_scan(r"\bthe\s+(?P<age>\d{1,3})-year-old\s+victim\b(?!s)", re.I)
_GATE = key_words("year-old victim")
_UNHARMED = re.compile(
    rf"\b(?:{NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|escaped injury)\b", re.I
)
_KILLED = re.compile(r"\b(?:killed|died|dead|fatally|murdered|slain|pronounced dead|death)\b", re.I)
_INJURED = re.compile(
    r"\b(?:shot|wounded|injured|injuries|hurt|stabbed|beaten|hospitali[sz]ed|treated|"
    r"sexually assaulted|raped|struck)\b",
    re.I,
)
_TOLD_OF_HER = re.compile(r"\A\W*(?:He|She|They|The victim)\b")


def _said(text: str) -> str | None:
    if _UNHARMED.search(text):
        return "unharmed"
    if _KILLED.search(text):
        return "killed"
    return "injured" if _INJURED.search(text) else None


def aged_victims(article: Article) -> list[tuple[Sentence, str | None, int, Sentence | None]]:
    """ "the 54-year-old victim": (sentence, outcome, age, the next sentence when it told the
    outcome). The outcome is None when neither sentence tells one."""
    found = []
    for sentence in _GATE.among(article.sentences):
        for match in _AGED_VICTIM.finditer(sentence.text):
            if not article.in_case(sentence, match.start()):
                continue
            clause = article.scope_at(sentence, match.start())
            outcome, until = _said(sentence.text[clause.start : clause.end]), None
            following = (
                article.sentences[sentence.index + 1]
                if sentence.index + 1 < len(article.sentences)
                else None
            )
            if outcome is None and following is not None and _TOLD_OF_HER.match(following.text):
                outcome = _said(following.text)
                until = following if outcome is not None else None
            found.append((sentence, outcome, int(match.group("age")), until))
    return found
