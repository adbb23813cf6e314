"""Wordings around an unnamed victim that decide whether it is one, and what befell it.

Read by extraction/victims.py:

- A charge's name is not a report of harm: "charged with attempted murder of a police officer"
  or "two counts of assault on a police officer" name offences; the harm, if any, is told in
  the report's own words elsewhere. An attempt never makes anyone killed ("in the attempted
  murder of a clerk"), and neither does harm a charge of an attempt or an assault is laid for
  ("charged with attempted murder in the shooting of a man": he lived, whatever other killing
  the story tells).
- Harm done by police is no victim of the case unless the case is the officer's (read in
  victim_police.py).
- Harm that an earlier year's plea, conviction, sentence or arrest was for ("pleaded guilty in
  2012 to robbing a clerk") is another matter's: no victim of the case.
- Money taken from someone ("stealing $200,000 from an 86-year-old woman", "defrauding an
  elderly man") makes that person a victim, unharmed.
- A victim introduced by age and the word "victim" ("approached the 54-year-old victim as she
  loaded groceries. She was not injured.") is a victim of the case, whatever the crime: the
  outcome is read from the sentence, else from the next one when it opens with a pronoun or
  "the victim", else from the case (killed in a story of a killing, else taken_outcome).
- Lists of victims: "the deaths of Ann Lee, 45, and her son, Cy Lee" and "Bo Tran and Pastor
  Ann Lee were killed" say the harm of every name listed (read by extraction/victim_names.py).
- A death told by a pronoun after a named suspect's arrest or suspicion ("Bo Tran was arrested
  and is a suspect in her death", "evidence links Bo Tran to her death") is not his: he is tied to it as the suspect (read by
  extraction/victim_names.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.context import Article
from casefile.extraction.harm_words import ATTEMPT_GRADE, NOT_UNHARMED
from casefile.extraction.key_words import KeyWords, key_words
from casefile.extraction.patterns import compile_scan, match_at
from casefile.extraction.sentences import Sentence

# A charge's words just before the match: "charged with (attempted) murder of a ...".
_CHARGE_BEFORE = re.compile(
    r"\b(?:(?:counts?|charges?|indictments?)\s+of|charged with|charging (?:him|her|them) with|"
    r"accused of|convicted of|guilty of|indicted (?:on|for)|arrested (?:on|for)|faces|facing)\s+"
    # (any words of the offence's name before its noun: "predatory criminal sexual assault")
    r"(?:(?:one|two|three|four|five|\d+|attempt to commit|counts? of|[a-z-]+)\s+){0,4}\Z|"
    r"\b(?:counts?|charges?|indictments?)\s+of\s+\Z",
    re.I,
)
# What a charge calls an offence (a noun), as against a verb that reports harm ("killing a man",
# "accused of kidnapping a girl").
_OFFENCE_NOUN = re.compile(
    r"(?:murder|assault|sexual assault|robbery|rape|abduction|battery|homicide)",
    re.I,
)
_ATTEMPT_BEFORE = re.compile(
    # "for nearly killing a man", "almost killed her": he lived; "conspiracy to commit the
    # murder of" tells no one killed either
    rf"\b(?:attempted[\s-]+{ATTEMPT_GRADE}|(?:(?:attempt|conspiracy|solicitation) to commit"
    r"(?:\s+the)?|attempt(?:ing)? to|nearly|almost)\s+)\Z",
    re.I,
)


# Cached: read for each victim wording found, it follows from its arguments alone, and a
# sentence recurs (stock lines, syndicated and revised copies).
@lru_cache(maxsize=16384)
def charge_wording(text: str, start: int, what: str) -> bool:
    """Whether the match at `text[start:]` with harm word `what` is the name of a charge."""
    before = text[max(0, start - 60) : start]
    if re.search(r"\b(?:counts?|charges?|indictments?)\s+of\s+\Z", before, re.I):
        return True
    offence = what.strip().lower()
    if offence in _KILLING_OFFENCES and not (attempted(text, start) or intended(text, start)):
        # "charged with the murder of a 16-year-old boy": the charge tells the boy is dead
        return False
    return bool(_OFFENCE_NOUN.fullmatch(offence) and _CHARGE_BEFORE.search(before))


# Offences that are named for a death: the one they are "of" was killed (unless attempted).
_KILLING_OFFENCES = frozenset(["murder", "homicide"])


# A legal event of an earlier year whose object is the harm: "pleaded guilty in 2012 to
# robbing a clerk", "was convicted in 2015 of assaulting a woman".
_EARLIER_LEGAL_BEFORE = re.compile(
    r"\b(?:pleaded|pled|convicted|sentenced|arrested|charged|jailed|imprisoned|served)\b"
    r"[^.;]{0,40}?\b(?P<year>(?:19|20)\d\d)\b[^.;]{0,25}?"
    r"\b(?:to|of|for|in which (?:he|she|they))\s+\Z",
    re.I,
)


def earlier_matter(article: Article, text: str, start: int) -> bool:
    """Whether the harm word at `text[start:]` is what a plea, conviction, sentence or arrest
    of a year before the case's was for: a victim of another matter. The case's year is its
    harm's, else taken to be the year before publication (a court story may come years
    after the harm)."""
    found = _EARLIER_LEGAL_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return False
    incident = article.incident()
    if incident is not None:
        return int(found.group("year")) < incident.start.year
    return article.published is None or int(found.group("year")) < article.published.year - 1


_INTENT_BEFORE = re.compile(
    r"\b(?:intent(?:ion)?|(?:tried|trying|meant|meaning|planned|planning|plotted|plotting|"
    r"wanted|intended|intending|hoped|hoping)\s+to|intent(?:ion)?\s+of|plot\s+to|plan\s+to|"
    # a death planned is none done: "the months she spent planning the death of Ann Lee"
    r"(?:planned|planning|plotted|plotting|arranged|arranging|plans?|plots?)\s+"
    r"(?:for\s+)?(?:the|a|an|his|her|their)(?:\s+[\w-]+)?)\s+\Z",
    re.I,
)


def intended(text: str, start: int) -> bool:
    """Whether the harm word at `text[start:]` is only meant: "the intent of killing a man"."""
    return bool(_INTENT_BEFORE.search(text, max(0, start - 25), start))


def attempted(text: str, start: int) -> bool:
    """Whether the harm word at `text[start:]` is said as an attempt: "attempted murder of"."""
    return bool(_ATTEMPT_BEFORE.search(text, max(0, start - 25), start))


# A charge of an attempt or of harm short of a killing, then "in the shooting of": "charged
# with attempted murder in the shooting of a man", "faces assault charges in the stabbing of".
_CHARGED_SHORT_OF_DEATH = re.compile(
    rf"\b(?:attempted[\s-]{ATTEMPT_GRADE}(?:murder|homicide)|"
    r"attempt(?:ed)? to (?:commit )?(?:murder|kill)|"
    r"(?:aggravated |felonious |first-degree |second-degree )?(?:assault|battery)|"
    r"(?:assault|battery) with (?:a |intent)[\w -]*?)\b(?:\s+charges?)?\s+in\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?\Z",
    re.I,
)


def charged_short_of_death(text: str, start: int) -> bool:
    """Whether the harm noun at `text[start:]` ("the shooting of a man") is what a charge of an
    attempt or an assault is laid for: the person lived ("charged with attempted murder in the
    shooting of a 19-year-old man")."""
    return bool(_CHARGED_SHORT_OF_DEATH.search(text, max(0, start - 90), start))


_AGED_VICTIM = compile_scan(r"\bthe\s+(?P<age>\d{1,3})-year-old\s+victim\b(?!s)", re.I)
_GATE = key_words("year-old victim")
_UNHARMED = re.compile(
    rf"\b(?:{NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|escaped injury)\b", re.I
)
_KILLED = re.compile(
    r"\b(?:killed|died|dead|fatally|murdered|slain|pronounced (?:dead|deceased)|death)\b", re.I
)
_INJURED = re.compile(
    r"\b(?:shot|wounded|injured|injuries|hurt|stabbed|beaten|hospitali[sz]ed|treated|"
    r"sexually assaulted|raped|struck|hit|hospital|critical condition|serious condition|coma)\b",
    re.I,
)
_TOLD_OF_HER = re.compile(r"\A\W*(?:He|She|They|The victim)\b")


# A clause that goes on about the one just named: "..., and the victim was treated for".
_GOES_ON = re.compile(
    r"\A\W*(?:and\s+|but\s+)?(?:he|she|they|the victim|the woman|the man)\b", re.I
)


def clause_outcome(article: Article, sentence: Sentence, position: int) -> str | None:
    """The outcome the clause holding `position` tells, else the one the next clause tells
    when it goes on about the same person ("pushed the 72-year-old victim to the ground, and
    the victim was treated for a broken wrist")."""
    clause = article.scope_at(sentence, position)
    outcome = said_outcome(sentence.text[clause.start : clause.end])
    if outcome is None and clause.end < len(sentence.text):
        following = article.scope_at(sentence, clause.end + 1)
        rest = sentence.text[clause.end : following.end]
        if following.start > clause.start and _GOES_ON.match(sentence.text[following.start :]):
            outcome = said_outcome(rest)
    return outcome


def said_outcome(text: str) -> str | None:
    """The outcome a stretch of text tells: stated unharmed, else killed, else injured."""
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
            outcome, until = clause_outcome(article, sentence, match.start()), None
            following = (
                article.sentences[sentence.index + 1]
                if sentence.index + 1 < len(article.sentences)
                else None
            )
            if outcome is None and following is not None and _TOLD_OF_HER.match(following.text):
                outcome = said_outcome(following.text)
                until = following if outcome is not None else None
            found.append((sentence, outcome, int(match.group("age")), until))
    return found


def fraud_victim(role: str, describing: str) -> re.Pattern[str]:
    """The pattern of someone money was taken from, for the role words of victims.py."""
    return compile_scan(
        r"\b(?:(?:steal|stole|stolen|stealing|took|taking|embezzl\w*|swindl\w*|bilk\w*|scam\w*|"
        r"cheat\w*|defraud\w*|drain\w*|siphon\w*|divert\w*)\b[^.;]{0,50}?\bfrom|"
        r"defraud(?:ed|ing)?|swindl(?:ed|ing)|"
        r"bilk(?:ed|ing)|scamm(?:ed|ing)|cheat(?:ed|ing)|exploit(?:ed|ing)|"
        # "used the debit card of a 79-year-old resident"
        r"(?:used|using|drained|draining|emptied|emptying|stole|stealing)\s+the\s+(?:[\w-]+\s+)?"
        r"(?:cards?|accounts?|identity|savings|checks|checkbook)\s+of)\s+(?:a|an|another|"
        # "drained $412,000 from the older woman's bank accounts"
        r"(?:the|his|her)(?=\s+(?:[\w-]+\s+){0,3}?[\w-]+[’']s\s+(?:[\w-]+\s+){0,3}?"
        r"(?:accounts?|savings|funds|money|estate|retirement)\b))\s+"
        rf"(?P<desc>(?:\d+-year-old\s+)?{describing}{{0,3}}?{role})\b",
        re.I,
    )


def money_lost(role: str, describing: str) -> re.Pattern[str]:
    """The pattern of someone told as losing or sending money ("an 81-year-old woman lost
    $40,000", "a retiree wired nearly $95,000"), for the role words of victim_phrases.py."""
    return compile_scan(
        rf"\b(?:a|an|another|one victim,\s+an?)\s+(?P<desc>(?:\d+-year-old\s+)?{describing}{{0,3}}?"
        # not "handed over" or "gave": what a robbery's victim does too
        rf"{role})\b[^.;$]{{0,40}}?\b(?:lost|wired|sent|withdrew)\s+"
        r"(?:\w+\s+){0,3}?\$\d",
        re.I,
    )


MONEY_LOST_GATE = key_words("lost", "wired", "sent", "withdrew")
FRAUD_GATE = key_words(
    "card of",
    "cards of",
    "account of",
    "accounts of",
    "identity of",
    "savings of",
    "checks of",
    "checkbook of",
    "steal",
    "stole",
    "took",
    "taking",
    "embezzl",
    "swindl",
    "bilk",
    "scam",
    "cheat",
    "defraud",
    "exploit",
    "drain",
    "siphon",
    "divert",
)


def aged_role(role: str) -> re.Pattern[str]:
    """ "The woman, 29, was treated for injuries": a victim referred back to by role, with the
    age. Not "the man", who in crime news is as often the suspect."""
    return compile_scan(
        rf"\bthe\s+(?P<desc>(?!man\b){role}),\s+(?P<age>\d{{1,3}}),\s+(?:who\s+)?"
        r"(?:was|were|is|remains|had|has)\b",
        re.I,
    )


def aged_role_gate(role: str) -> KeyWords:
    """The key words of `aged_role`: each role word with its comma ("woman,")."""
    return key_words(*(f"{word}," for word in role.strip("(?:)").split("|")))


# "Bo Tran was arrested and is a suspect in her death": the death is someone else's, the one
# the pronoun stands for; the named person is tied to it as its suspect.
TIED_AS_SUSPECT = re.compile(
    r"\b(?:suspect(?:s|ed)?|charged|arrested|accused|custody|connection|wanted|sought|questioned|"
    r"interest|responsible|involvement|involved|indicted|convicted|jailed|booked|detained|"
    r"links?|linked|linking|connects?|connected|connecting|ties|tied|tying)\b",
    re.I,
)
# "evidence links Bo Tran to her death": the person a link verb ties to a death.
LINKED_OBJECT = re.compile(
    r"\b(?:links?|linked|linking|connects?|connected|connecting|ties|tied|tying|"
    # "detectives are investigating her boyfriend, Bo Tran, in her death"
    r"investigat\w*(?:\s+(?:his|her|their|the)\s+[\w-]+,)?)\s+\Z",
    re.I,
)


# What may stand between two victims named in one list: "the murders of Ann Lee in May, Bo
# Tran in 2013 and Cy Hall"; an age or a short time phrase, then a list separator.
LIST_GAP = re.compile(
    r"\A(?:[’']s?)?(?:,\s*\d{1,3})?(?:\s+(?:in|on)\s+[\w .]{1,25}?)?(?:,\s*(?:and\s+)?|,?\s+and\s+)"
    # "the deaths of Ann Lee, 45, and her son, Cy Lee": a relation before the next name.
    r"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:son|daughter|wife|husband|mother|father|brother|"
    r"sister|child|boyfriend|girlfriend|partner|friend|cousin|grandson|granddaughter),?\s+)?\Z"
)
# Between two subjects of one verb: "Bo Tran and Pastor Ann Lee were killed", "Bo Tran, 19,
# and Ann Lee, 22, were found dead".
AND_GAP = re.compile(r"\A(?:,\s*\d{1,3},)?\s+and\s+(?:[A-Z][\w.’'-]*\s+)?\Z")


# Taken to a hospital, said of one described: harm, unless it is told of his custody ("was
# arrested and taken to a hospital", "taken to a hospital for evaluation before being booked").
_TAKEN_TO_CARE = re.compile(r"(?:airlifted|flown|rushed|taken|transported|brought)\b", re.I)
_IN_CUSTODY = re.compile(r"\b(?:arrested|booked|handcuffed|detained)\b", re.I)
_CUSTODY_AFTER = re.compile(
    r"[^;.]{0,40}?\b(?:for (?:a |an )?(?:medical |mental health )?(?:evaluation|clearance)|"
    r"(?:before|after) being (?:booked|jailed|arrested|charged|taken to jail))\b",
    re.I,
)


def custody_care(what: str, match: re.Match[str], text: str) -> bool:
    """Whether the care `what` a description `match` tells of is his custody's, no harm: "was
    arrested and taken to a hospital for evaluation"."""
    return bool(_TAKEN_TO_CARE.match(what)) and bool(
        _IN_CUSTODY.search(match.group(0)) or match_at(_CUSTODY_AFTER, text, match.end())
    )


# The same clause going on to the death: "was found with a gunshot wound and died at the scene".
_AND_DIED = re.compile(
    r"[^.;]{0,80}?\band\s+(?:later\s+|then\s+)?(?:died|was pronounced (?:dead|deceased))\b|"
    # "was transported to a medical center, where he was pronounced deceased"
    r"[^;]{0,120}?,\s+where\s+(?:he|she)\s+(?:later\s+)?(?:died|was\s+pronounced\s+(?:dead|deceased))\b|"
    # "stabbed a neighbor, who died at a hospital": the one harmed, told dead by a relative
    # clause right after her
    r",\s+who\s+(?:later\s+|then\s+|also\s+)?(?:died|was\s+pronounced\s+(?:dead|deceased))\b|"
    # "hit a pedestrian, killing her": the harm's outcome told of her by a participle
    r"(?:\s+[^,.;]{0,40}?)?,\s+(?:fatally\s+(?:injuring|wounding)|killing)\s+(?:her|him)\b",
    re.I,
)


def died_after(text: str, end: int) -> bool:
    """Whether the clause of harm ending at `end` goes on to tell the person died."""
    return match_at(_AND_DIED, text, end) is not None
