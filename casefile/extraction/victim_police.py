"""Harm done by police ("an officer shot and killed a man", "a man was shot by deputies")
makes no victim of the case: that man is the suspect, or the subject of a police shooting;
unless the case is the officer's (an officer charged, indicted or arrested in it). A person
named after a role police harmed ("the driver was killed when troopers returned fire ... The
driver, Lamar Hicks, 40, died") is no victim either. Read by the victim and case-harm stages.
"""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.harm_words import BY_POLICE
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, matches_in, search_within


def police_accused(article: Article) -> bool:
    """Whether the case is a police officer's: an officer charged, indicted, arrested or
    convicted in it ("Officer Bo Tran, 40, was indicted", "a former deputy was charged with
    murder"). Then harm done by police is the case's harm, and the one harmed its victim.
    Read once per article."""
    if _POLICE_READ[0] is not article:
        _POLICE_READ[:] = [
            article,
            any(
                article.in_case(sentence, match.start())
                for sentence in _OFFICER_GATE.among(article.sentences)
                for match in matches_in(_OFFICER_ACCUSED, sentence.text)
            ),
        ]
    return bool(_POLICE_READ[1])


_POLICE_READ: list = [None, False]  # the last article asked about, and the answer
_OFFICER = r"(?:officer|deputy|trooper|policeman|policewoman|sergeant|detective|jailer)"
_OFFICER_ACCUSED = compile_scan(
    rf"\b{_OFFICER}s?(?:\s+(?-i:[A-Z])[\w.'’-]+){{0,3}}(?:,[^.;]{{0,60}}?,)?\s+"
    r"(?:(?:who|was|were|has|have|had|been|is|now|later|also)\s+)*(?:charged|indicted|arrested|"
    r"accused|convicted|sentenced|pleaded|surrendered|booked)\b|"
    rf"\b(?:charged|indicted|arrested|convicted|charging|indicting)\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_OFFICER}\b",
    re.I,
)
_OFFICER_GATE = key_words(
    "officer", "deputy", "trooper", "policeman", "policewoman", "sergeant", "detective", "jailer"
)  # fmt: skip


def by_police(text: str, start: int, end: int) -> bool:
    """Whether the harm matched at `text[start:end]` is said to be done by police: the police
    its subject ("deputies shot and wounded a man") or its agent ("a man was shot by police")."""
    return bool(
        search_within(BY_POLICE, text, max(0, start - 40), end)
        or search_within(BY_POLICE, text, end, min(len(text), end + 40))
    )


# "the driver was killed when troopers returned fire", "officers shot the gunman"
_ROLE_HARMED = re.compile(
    # ("the man who shot him was killed when other officers returned fire")
    r"\bthe\s+(?P<role>[a-z]+)\s+(?:who\s+[^,.;]{1,40}?\s+)?(?:was|were)\s+(?:fatally\s+|critically\s+)?(?:shot|killed|"
    r"wounded|struck)\b|\b(?:shot|killed|wounded|struck)\s+the\s+(?P<object>[a-z]+)\b"
)
_POLICE_GATE = key_words("police", "officer", "deput", "trooper", "agent", "swat")


def police_roles(article: Article) -> set[str]:
    """The role words ("driver", "gunman") of people the article says police harmed."""
    roles: set[str] = set()
    for sentence in _POLICE_GATE.among(article.sentences):
        text = sentence.text
        for match in matches_in(_ROLE_HARMED, text):
            if search_within(
                BY_POLICE, text, max(0, match.start() - 40), min(len(text), match.end() + 60)
            ):
                roles.add(match.group("role") or match.group("object"))
    return roles - {"victim", "officer", "deputy", "trooper", "agent"}


def named_after_role(text: str, start: int, roles: set[str]) -> bool:
    """Whether the name at `text[start:]` follows one of `roles`: "The driver, Lamar Hicks"."""
    before = re.search(
        r"\bthe\s+(?P<role>[a-z]+),\s+(?:(?:later\s+)?identified\s+(?:by\s+\w+\s+)?as\s+)?\Z"
        # "Police identified the man who was killed as Dion Ramsey"
        r"|\bidentified\s+the\s+(?P<killed>[a-z]+)\s+who\s+(?:was|were)\s+(?:fatally\s+)?"
        r"(?:killed|shot|wounded)\s+as\s+\Z",
        text[max(0, start - 50) : start],
        re.I,
    )
    return before is not None and (before.group("role") or before.group("killed")).lower() in roles
