"""How many did it, in a report that names no suspect: the people it tells did the crime, as
a counted group that is the subject of the deed ("three masked men forced entry into the
home", "two males approached on foot and opened fire", "a man and a woman carjacked a
mother", "robbed by two men"), when the report holds them for suspects: it calls them so
("The suspects fled on foot", "Both suspects", "persons of interest") or says they are
sought ("searching for", "want to identify", "remain at large").

Unknown doers the report does not seek or call suspects are no suspects of the file ("two men
who shot the dog walker", told for what happened): the same count with no such word gives
none. `suspects.py` reads `doers_count` beside the other counts of unnamed suspects.
"""

from __future__ import annotations

import re

from casefile.domain.facts import Evidence
from casefile.extraction.context import Article, fact
from casefile.extraction.cues import DEED
from casefile.extraction.harm_words import harmed_object
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, first_in, match_at, matches_in

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = r"(?P<count>(?i:two|three|four|five|six)|[2-6])"
# Words of a group's members: people, or what they are called for the deed.
_MEMBERS = (
    r"(?:men|women|males|females|people|persons|individuals|teens|teenagers|juveniles|boys|girls|"
    r"youths|suspects|gunmen|shooters|robbers|intruders|attackers|assailants|thieves|burglars|"
    r"carjackers|perpetrators)"
)
# "three masked men", "four armed robbers", "a group of four teenagers", "a man and a woman",
# "two men and a woman" (each part counted).
_GROUP = (
    r"(?:\b(?:[Aa]\s+group\s+of\s+)?" + _COUNT + r"\s+(?:(?!of\b|the\b|them\b)[\w-]+\s+){0,2}?"
    r"(?P<members>" + _MEMBERS + r")\b"
    r"|\b(?P<pair>(?:[Aa]|[Tt]wo|[Tt]hree)\s+(?:men|man|males?|teens?)\s+and\s+(?:a|an|two)\s+"
    r"(?:women|woman|females?|teens?|girls?|boys?|juveniles?)|[Aa]\s+(?:woman|female)\s+and\s+"
    r"(?:a|two)\s+(?:men|man|males?))\b)"
)
# What doers do at the scene besides the deeds a suspect is told by (`cues.DEED`).
_AT_THE_SCENE = (
    r"(?:forced\s+(?:their\s+way|entry|open)|smashed|broke\s+(?:in|into|through|down)|burst\s+"
    r"into|stormed|rushed\s+(?:in|into)|kicked\s+(?:in|open)|approached|walked\s+up|ran\s+up|"
    r"came\s+in|got\s+out|jumped\s+out|leaped\s+out|pulled\s+up|entered|confronted|surrounded|"
    r"pistol-whipped|zip-tied|tied\s+up|bound|ransacked|grabbed|snatched|took|demanded|threatened|"
    r"fled|ran\s+(?:off|away|out)|sped\s+(?:off|away)|drove\s+(?:off|away))\b"
)
# The group as the subject of the deed, in its clause ("three masked men had forced entry",
# "two men who robbed", "two males approached ... and opened fire"), or its agent ("robbed by
# two men"); not a group the deed was done to ("two men were shot", "shot two men").
DOERS = compile_scan(
    _GROUP + r"(?P<between>[^.;:]{0,90}?)\b(?:" + DEED + r"|" + _AT_THE_SCENE + r")"
    r"|\b(?:robbed|attacked|assaulted|shot|stabbed|beaten|carjacked|held\s+up|ambushed|"
    r"targeted)\s+(?:at\s+gunpoint\s+)?by\s+"
    + _GROUP.replace("count", "agents")
    .replace("members", "agent_members")
    .replace("pair", "agent_pair")
)
# One doer told by what he did, the deed said actively ("a masked man robbed the store",
# "the gunman fired four times"), or as the agent ("robbed at gunpoint by a man"); not
# someone told of doing what anyone may (fled, walked up).
_ONE = (
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:was|were|is|who)\b)[\w-]+\s+){0,2}?(?:man|woman|male|female|"
    r"gunman|shooter|robber|attacker|assailant|person|teen|teenager|driver|motorist)"
)
_ONE_DOER = compile_scan(
    r"\b"
    + _ONE
    + r"\b(?:,[^.;]{0,40}?,)?\s+(?:(?:allegedly|then|reportedly)\s+)?"
    + DEED
    # a hit-and-run's driver: "The driver of the SUV did not stop", "the driver fled the scene"
    + r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?driver\b(?:\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:car|vehicle|truck|SUV|sedan|pickup|van))?\s+(?:fled|did\s+not\s+stop|didn['’]t\s+stop|"
    r"drove\s+(?:off|away)|left\s+the\s+scene|sped\s+(?:off|away))\b"
    + r"|\b(?:robbed|attacked|assaulted|shot|stabbed|carjacked|held\s+up|struck)\s+"
    r"(?:at\s+(?:gunpoint|knifepoint)\s+)?by\s+" + _ONE + r"\b"
)
# A doer who then killed himself is sought by no one: "shot his wife and then himself".
_OWN_HAND = re.compile(r"\b(?:him|her)self\b|\btook\s+(?:his|her)\s+own\s+life\b", re.I)
_ONE_GATE = key_words(
    "man ",
    "woman ",
    "male ",
    "female ",
    "gunman",
    "shooter",
    "robber",
    "attacker",
    "assailant",
    "person ",
    "teen",
    "driver",
    "motorist",
)
# (The group must not be a harm's object either, "shot two men who fled": `harmed_object`.)
# Between the group and the deed: a verb told of the group as done to it, or a clause of
# its own ("Three people were injured when a gunman opened fire": the gunman's deed).
_NOT_THE_DOERS = re.compile(
    r"\A\s*(?:,[^.;]{0,100}?,\s*)?(?:were|was|are|is|had\s+been|have\s+been)\b(?:\s+\w+ly)?"
    r"(?:\s+\w+(?:ed|en|t)\b|\s*\Z)"
    r"|\b(?:were|was|are|is|been|being)\s+(?:\w+\s+)?\Z"
    r"|\b(?:when|after|as|while|before|because|until|since|where)\s+(?:a|an|the|someone|somebody|"
    r"he|she|they|police|officers?|deputies)\b",
    re.I,
)
# What says the doers are suspects the police seek.
_HELD_SUSPECTS = compile_scan(
    r"\b(?:the|both|all|two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+)?suspects\b"
    r"|\bpersons?\s+of\s+interest\b"
    r"|\b(?:searching|looking|hunting)\s+for\b|\bwant(?:s|ed)?\s+to\s+(?:identify|find|locate|"
    r"talk\s+to|speak\s+with)\b|\b(?:help|assistance)\s+(?:in\s+)?(?:identifying|locating|"
    r"finding)\b|\bat\s+large\b|\bon\s+the\s+loose\b|\bbeing\s+sought\b|\bare\s+sought\b"
    # unknown and not caught: "have not identified the three men", "No arrests have been made"
    r"|\b(?:have|has)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:identified|arrested|caught|found|located)\b"
    r"|\bno\s+(?:arrests?\s+(?:has|have)\s+been\s+made|one\s+(?:has\s+been|was)\s+(?:arrested|"
    r"charged|caught))\b"
    # a call for tips: "Anyone with information is asked to call police"
    r"|\banyone\s+with\s+(?:any\s+)?information\b"
    # a headline's "man and woman sought", "Four suspects sought"
    r"|\b(?:man|woman|men|women|suspects?|pair|trio|teens|gunmen|robbers|thieves)\s+sought\b",
    re.IGNORECASE,
)
_DOERS_GATE = key_words(
    "two ",
    "three ",
    "four ",
    "five ",
    "six ",
    "2 ",
    "3 ",
    "4 ",
    "5 ",
    "6 ",
    " and a ",
    " and two ",
    "group of",
)
_HELD_GATE = key_words(
    "suspects",
    "of interest",
    "searching for",
    "looking for",
    "hunting for",
    "want to",
    "wants to",
    "wanted to",
    "identifying",
    "locating",
    "finding",
    "at large",
    "on the loose",
    "sought",
    " not ",
    "no arrest",
    "no one",
    "information",
)


def doers_count(article: Article) -> tuple[int, Evidence | None]:
    """How many people the report tells did the crime, as a counted group it holds for
    suspects, and the sentence that counts them; (0, None) if it tells of no such group."""
    if not any(first_in(_HELD_SUSPECTS, s.text) for s in _HELD_GATE.among(article.sentences)):
        return 0, None
    for sentence in _DOERS_GATE.among(article.sentences):
        if not article.in_case(sentence, 0):
            continue
        for match in _matches(sentence.text):
            count = _group_size(match)
            if count:
                return count, fact("SuspectIdentified", {}, article, sentence).evidence
    # One doer: "robbed at gunpoint by a man who fled", "a masked man robbed the store".
    for sentence in _ONE_GATE.among(article.sentences):
        text = sentence.text
        found = first_in(_ONE_DOER, text)
        if (
            found is not None
            and article.in_case(sentence, found.start())
            and not harmed_object(text, found.start())
            and not _OWN_HAND.search(text, found.end())
        ):
            return 1, fact("SuspectIdentified", {}, article, sentence).evidence
    return 0, None


def _matches(text: str) -> list[re.Match[str]]:
    return [found for found in matches_in(DOERS, text) if _told_as_doers(text, found)]


def _told_as_doers(text: str, found: re.Match[str]) -> bool:
    between = found.group("between")
    return not (between is not None and _NOT_THE_DOERS.search(between)) and not harmed_object(
        text, found.start()
    )


def does_the_deed(text: str, start: int) -> bool:
    """Whether the counted group at `start` of `text` is told as doing the crime ("Two men
    walked up and opened fire, killing ..."): no count of the harmed."""
    found = match_at(DOERS, text, start)
    return found is not None and found.group("between") is not None and _told_as_doers(text, found)


def _group_size(match: re.Match[str]) -> int:
    pair = match.group("pair") or match.group("agent_pair")
    if pair:
        words = re.findall(r"\b(a|an|two|three)\b", pair, re.I)
        return sum({"a": 1, "an": 1}.get(w.lower()) or _NUMBERS[w.lower()] for w in words)
    told = (match.group("count") or match.group("agents") or "").lower()
    return _NUMBERS.get(told) or (int(told) if told.isdigit() else 0)
