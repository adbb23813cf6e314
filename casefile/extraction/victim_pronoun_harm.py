"""Victims described and then harmed by a pronoun: "approached the woman as she was pumping gas,
pointed a handgun at her, and shoved her to the pavement", "a woman told police he choked her",
"slashed his wife's tires and threatened her", and one held against her will ("held his
ex-girlfriend at knifepoint"). Read by extraction/victim_unnamed.py through the gate table of
victim_phrases.py."""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.harm_words import BY_POLICE
from casefile.extraction.patterns import compile_scan, search_within
from casefile.extraction.sentences import Sentence
from casefile.extraction.victim_police import by_police
from casefile.extraction.victim_roles import DESCRIBING, ROLE

# One described, then harmed by a pronoun in the same sentence: "approached the woman as she
# was pumping gas, pointed a handgun at her, and shoved her to the pavement".
# The verbs of harm done to one told before by a pronoun ("choked her"), read by the pattern
# and its gate.
HARM_VERBS_AFTER = (
    "shot", "stabbed", "shoved", "pushed", "punched", "hit", "struck", "beat", "kicked", "knocked",
    "choked", "strangled", "slashed", "dragged", "pistol-whipped", "threw", "raped", "assaulted",
)  # fmt: skip
# Shots at one told before, a target whom they need not have hit: "told officers he fired a
# shot at her", "escaped after her father fired at her".
# (not shots that then hit: "fired at him and hit him in the arm", read by the verb after)
SHOTS_AT = (
    r"(?:fired|shot)\s+(?:(?:a\s+shot|shots|a\s+gun|twice|once|several\s+times)\s+)?at"
    r"(?=\s+(?:her|him)\b(?!,?\s+(?:and\s+|then\s+)*(?:hit|struck|striking|hitting|wounded|"
    r"wounding|injured|injuring|killed|killing)\b))"
)
# A weapon held to one told before: "approached a woman pumping gas, pressed a gun to her side",
# "pointed a knife at him" (a target, unharmed unless told hurt).
WEAPON_AT = (
    r"(?:pointed|pressed|held|put|aimed|shoved|jammed)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+)?"
    r"(?:gun|handgun|pistol|revolver|rifle|shotgun|knife|blade|machete|weapon|firearm)\s+"
    r"(?:at|to|against)"
    # (not where a harm to the same one follows: "pointed a handgun at her, and shoved her to
    # the pavement", read by the harm's verb)
    rf"(?=\s+(?:her|him)\b(?![^.;]{{0,80}}?\b(?:{'|'.join(HARM_VERBS_AFTER)})\s+(?:her|him)\b))"
)
_SHE = r"woman|girl|mother|wife|daughter|grandmother|girlfriend|sister"
_HE = r"boy|father|husband|son|grandfather|boyfriend|brother"
HARMED_AFTER = compile_scan(
    # "the clerk", or one of a sex told by any determiner: "a woman told police he choked her",
    # "whose wife told police he strangled her" (the pronoun must be of her sex, below)
    # (or by whose she is: "the victim's 17-year-old daughter", "the couple's son")
    rf"\b(?:the\s+|(?:a|an|his|her|their|whose|the\s+[a-z]+[’']s)\s+"
    rf"(?=(?:\d+-year-old\s+)?(?:{_SHE}|{_HE})\b))"
    rf"(?P<desc>(?:\d+-year-old\s+)?(?:(?P<she>{_SHE})|(?P<he>{_HE})|clerk|cashier|"
    r"driver|victim|teen|teenager|student|customer|employee|neighbor|pedestrian|jogger))\b"
    # (not whose relative is harmed: "the victim's daughter", read from "daughter")
    r"(?![’']s\b)"
    # (a sentence's own dots are an abbreviation's: "about 7:40 p.m. Saturday")
    rf"[^;]{{0,120}}?\b(?P<what>{'|'.join(HARM_VERBS_AFTER)}|{SHOTS_AT}|{WEAPON_AT})\s+(?P<pronoun>her|him)\b"
    # (not "she stabbed her boyfriend": "her" whose, of someone else)
    rf"(?!\s+(?:[\w-]+\s+)?{ROLE}\b)",
    re.I,
)
# One named by whose relation she is, whose things are harmed, then harmed or pursued by a
# pronoun: "hid a tracker under his ex-girlfriend's car and followed her for weeks", "slashed
# his wife's tires and threatened her".
POSSESSED_HARMED_AFTER = compile_scan(
    r"\b(?:his|her|their)\s+(?P<desc>(?:(?:former|estranged)\s+)?(?:(?P<she>ex-girlfriend|"
    r"ex-wife|girlfriend|wife|mother|daughter|sister|grandmother)|(?P<he>ex-boyfriend|"
    r"ex-husband|boyfriend|husband|father|son|brother|grandfather)|partner|neighbor|roommate))"
    r"[’']s\s+[^;.]{0,80}?\b(?P<what>followed|stalked|tracked|threatened|harassed|shot|stabbed|"
    r"attacked|assaulted|punched|beat|choked|strangled)\s+(?P<pronoun>her|him)\b",
    re.I,
)
# Following or tracking someone is stalking when told as lasting or as going where she went:
# "followed her for weeks", "tracked him to work" (not "followed her inside").
STALKING_AFTER = re.compile(
    r"\s+(?:for\s+(?:days|weeks|months|years)|around|everywhere|home|to\s+(?:and\s+from\s+)?"
    r"(?:her|his|their)\s+(?:work|job|home|school|workplace))\b",
    re.I,
)
# Held against one's will: "held his ex-girlfriend at knifepoint", "took a clerk hostage".
HELD = compile_scan(
    r"\b(?:held|holding|took|taking|kept|keeping)\s+(?:a|an|his|her|their)\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,3}}?{ROLE})\s+"
    r"(?P<what>hostage|captive|at\s+(?:gun|knife)point)\b",
    re.I,
)


# What the one harmed told of the doer she names next: "the victim's daughter told officers
# (that) Bo Tran fired a shot at her" (the name is the doer's, not one harmed instead, and the
# police are the ones told, not the ones who fired).
_TOLD_DOER = re.compile(
    r"\s+(?:later\s+)?(?:told|tells)\s+(?:police|officers|deputies|detectives|investigators|"
    r"troopers|a\s+\w+)\s+(?:that\s+)?",
    re.I,
)


def someone_else_harmed(article: Article, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the harm of a `HARMED_AFTER` or `POSSESSED_HARMED_AFTER` match is not done to the
    one it describes: the pronoun of the other sex, someone named between ("the woman ... Bo
    Tran shot him"), harm done by police, or following that is no stalking."""
    text, what = sentence.text, match.group("what")
    if (match.group("she") and match.group("pronoun").lower() != "her") or (
        match.group("he") and match.group("pronoun").lower() != "him"
    ):
        return True
    told = None
    for mention, _ in article.cast.people_in(sentence):
        if match.end("desc") < mention.start < match.start("what"):
            if not _TOLD_DOER.fullmatch(text, match.end("desc"), mention.start):
                return True
            told = mention.start
    if told is not None:
        if search_within(BY_POLICE, text, told, match.end()):
            return True
    elif by_police(text, match.start("what"), match.end()):
        return True
    return what.lower() in ("followed", "tracked") and not STALKING_AFTER.match(text, match.end())
