"""Named victims: which people the article names were harmed in the case's incident, and how.

A role rests on what a clause says of one mention of a person, not on the person as a whole:
"the death of X", "D shot X", "X was pronounced dead", "X suffered non-life-threatening
injuries", "X was not hit" each say what happened to X. Only clauses about this case count
(see extraction/scope.py): the killing that sparked protests or a relative killed years earlier
names no victim of the case. Harm done by police to a suspect ("shot by officers") makes no
victim either.

An outcome word belongs to the person it is said of: the outcome is read from the cue that
links harm to the mention, else from the outcome word nearest the mention in its clause.
"Attempted murder of X" does not make X killed; "was not hit", "escaped gunfire", "unharmed"
make X unharmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casefile.extraction.context import Article
from casefile.extraction.mentions import age_near
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, key_words

KILLED, INJURED, UNHARMED = "killed", "injured", "unharmed"
# killed > stated unharmed ("was not hit") > injured > unharmed by default (a kidnapping, a
# robbery, a target with no harm stated).
# "injured?" is harm read from the cue alone ("the shooting of X"): X is taken to be killed when
# the case is a killing and no one else is said to have died.
_RANK = {"unharmed?": 0, "injured?": 1, INJURED: 2, UNHARMED: 3, KILLED: 4}
_DEFAULT_UNHARMED, _WEAK_INJURED = "unharmed?", "injured?"

_KILL = (
    r"killings?|killed|kill|deaths?|murders?|murdered|murdering|slayings?|slain|homicides?|"
    r"shooting deaths?|(?:hit|struck|run over|ran over|shot|stabbed|beaten|beat) and killed|"
    r"fatally (?:shot|shooting|stabbed|stabbing|struck|wounded|injured|beaten)|"
    r"shot (?:and killed|to death|dead)|stabbed to death|beaten to death|strangled|strangling|"
    r"drowned|drowning|suffocated"
)
_HURT = (
    r"shooting|shot|wounding|wounded|injuring|injured|stabbing|stabbed|beating|"
    r"beat|beaten|assaulting|assaulted|sexually assaulting|sexually assaulted|raping|raped|"
    r"rape|sexual assault|attacking|attacked|attack|struck|striking|hitting|hit|running over|"
    r"ran over|abusing|abused|abuse|torturing|tortured|torture|burned|burning|choking|choked"
)
_TAKE = (
    r"kidnapping|kidnapped|abducting|abducted|abduction|robbing|robbed|robbery|carjacking|"
    r"ambushed|ambushing|targeted|targeting|threatened|threatening"
)
# Meaning to harm: "there to kill X", "tried to kill X". X is a target, not harmed by it.
_TARGET = (
    r"(?:(?:there|meant|intended|wanted|planned|plotted|trying|tried|attempting|attempted|"
    r"intent|intending|plan|plot)\s+)?to\s+(?:kill|murder|shoot|harm|hurt)"
)
# Words that may stand between a harm word and the name: a title, a role, an age, a relation
# ("killing his wife, Ann Lee", "shot Deputy Bo Tran", "the death of 4-year-old Cy Hall").
_LEAD = (
    r"(?:(?:the|a|an|his|her|their|its|then-|[Oo]fficer|[Dd]eputy|[Ss]ergeant|[Ss]gt\.|"
    r"[Tt]rooper|[Aa]gent|[Ss]pecial|[Dd]etective|[Cc]orporal|[Cc]pl\.|[Pp]olice|[Ss]tate|"
    r"[Cc]ounty|\d{1,3}-year-old|[A-Z][\w.’'-]*|(?:[a-z][\w’'-]*\s+){0,2}?(?:son|daughter|wife|husband|mother|"
    r"father|brother|sister|child|boy|girl|baby|infant|toddler|girlfriend|boyfriend|partner|"
    r"friend|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|stepson|stepdaughter|"
    r"officer|deputy|trooper|clerk|worker|walker|neighbor|student|teacher|victim|man|woman|person|"
    r"teen|teenager)(?:,|\s+named)?)\s+){0,6}?"
)
# Harm said before the name: "the death of X", "X's killing" is below, "D shot X".
_HARM_BEFORE = re.compile(
    rf"(?:\b(?P<noun>(?:attempted |the attempted )?(?:{_KILL}|{_HURT}|{_TAKE}|shootings|"
    r"stabbings))\s+(?:of|on|against)"
    rf"\s+|\b(?P<verb>(?:allegedly\s+)?(?:{_TARGET}|{_KILL}|{_HURT}|{_TAKE}|fired (?:at|on)|"
    r"shot at|missed)\s+)|"
    r"\b(?:slain|wounded|injured|dead|deceased|victims?)\b[\w\s,'’-]{0,30}?\bas\s+)" + _LEAD + r"\Z"
)
_NOT_UNHARMED = r"(?:not|n[o’']t)\s+(?:physically\s+)?(?:hit|injured|hurt|wounded|struck|harmed)"
# Harm said after the name: "X was shot", "X, 31, died", "X's death", "X suffered injuries".
_PASSIVE = (
    rf"{_NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|{_KILL}|{_HURT}|{_TAKE}|"
    r"pronounced dead|found dead|found shot|found stabbed|found unconscious|found with|"
    r"declared dead|treated for|hospitali[sz]ed|taken to (?:a|the) (?:[\w-]+ ){0,3}?hospital|"
    r"rushed to|transported to|flown to|expected to survive|recovering|in (?:critical|serious|"
    r"stable|good|fair) condition|in good health"
)
_INTRANSITIVE = (
    r"died|dies|die|suffered|sustained|suffering|received|survived|recovering|remains? in "
    r"(?:critical|serious|stable|fair) condition|escaped (?:injury|unharmed|unhurt|gunfire|"
    r"the gunfire|being hit)"
)
_ADVERBS = (
    r"(?:(?:who|also|all|later|then|allegedly|reportedly|eventually|initially|subsequently|"
    r"apparently|both|had|has|have|would|and)\s+)*"
)
# Harm said after the name: "X was shot", "X, 31, died", "X's death", "X suffered injuries";
# not an active verb ("X shot Y" makes X the one who did it).
_HARM_AFTER = re.compile(
    r"\A(?P<possessive>(?:[’']s?)?(?:\s+and\s+[A-Z][\w’'-]+(?:[’']s?)?)?\s+"
    r"(?:(?:tragic|violent|brutal|shooting|stabbing|untimely|alleged)\s+)*"
    r"(?:death|deaths|killing|killings|murder|murders|slaying|slayings)\b)"
    r"|\A(?:,[^.;]{0,90}?,|\s+\(\d{1,3}\))?\s+"
    + _ADVERBS
    + r"(?:(?:was|were|is|are|be|being|been)\s+)+(?:(?:also|all|later|then|fatally|critically|"
    r"seriously|severely|allegedly|reportedly|reported|not)\s+)*"
    rf"(?P<what>{_PASSIVE})\b"
    r"|\A(?:,[^.;]{0,90}?,|\s+\(\d{1,3}\))?,?\s+"
    + _ADVERBS
    + rf"(?P<intransitive>{_INTRANSITIVE})\b"
    # "Ann Lee, 61, the woman shot to death in her home"
    r"|\A,(?:\s*\d{1,3},)?\s+(?:the|a|an)\s+(?:(?!(?:of|accused|charged|suspected|arrested|"
    r"who|that)\b)[\w-]+\s+){0,3}?(?:who\s+(?:was|were)\s+)?"
    r"(?P<appositive>shot to death|shot and killed|shot dead|fatally \w+|killed|slain|murdered|"
    r"stabbed(?: to death)?|beaten(?: to death)?|wounded|injured|hurt|struck and killed|"
    r"found dead|strangled)\b"
    # "Cy Hall was 4 when he died"
    r"|\A\s+was\s+(?:just\s+|only\s+)?\d{1,3}(?:\s+years\s+old)?\s+when\s+(?:he|she)\s+"
    rf"(?:was\s+)?(?P<when>{_INTRANSITIVE}|{_PASSIVE})\b",
    re.I,
)
# "Ann Lee's family marked the anniversary of her death": a pronoun's harm in the same clause.
_PRONOUN_HARM = compile_scan(
    r"\b(?:his|her)\s+(?:(?:tragic|violent|brutal|untimely|shooting)\s+)?(?P<what>death|killing|"
    r"murder|slaying)\b",
    re.I,
)
# Outcome words read in the clause around a mention when no cue gave one.
_OUTCOME_WORDS = compile_scan(
    rf"\b(?P<unharmed>{_NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|"
    r"escaped (?:injury|unharmed|unhurt|gunfire|the gunfire|being hit)|in good health)\b|"
    r"\b(?P<attempt>attempted (?:murder|homicide|killing)|to (?:murder|kill)|expected to survive|survived|survivor|non-life-threatening)\b|"
    rf"\b(?P<killed>{_KILL}|died|dies|die|dead|pronounced dead|fatal|deadly|lifeless|body|"
    r"remains)\b|"
    r"\b(?P<injured>shot|wounded|wounds?|injured|injuries|hurt|stabbed|beaten|hospitali[sz]ed|"
    r"gunshot|critical condition|serious condition|stable condition|recovering|"
    r"sexually assault(?:ed|ing)?|raped|rape|abused|tortured|struck|assaulted|unconscious|"
    r"expected to survive|survived|survivor|non-life-threatening)\b",
    re.I,
)
# Harm done by police: "shot by officers", "police shot X". Not a victim of the case.
_BY_POLICE = compile_scan(
    r"\b(?:by|at the hands of) (?:(?:the|an?|two|three|several|responding|other|[A-Z][\w.-]*)\s+)"
    r"{0,3}(?:police|"
    r"officers?|deput(?:y|ies)|troopers?|agents?|SWAT)\b|\b(?:police|officers?|deput(?:y|ies)|troopers?)\s+"
    r"(?:(?:who|then|later|had|returned fire and)\s+)*(?:shot|killed|fatally shot|wounded|"
    r"returned fire)\b",
    re.I,
)
# Words without which a sentence says nothing of harm (lower case).
_HARM_WORDS = (
    "kill death dead murder slay slain homicide fatal shot shoot wound injur stab beat "
    "assault rap attack struck strik hit abus tortur burn chok strangl drown suffocat kidnap "
    "abduct robb carjack died dies unharmed uninjured unhurt escaped suffer sustain hospital "
    "surviv recovering condition health victim deceased missed missing fired"
)
HARM_GATE = key_words(*_HARM_WORDS.split(), "die ", "treated for")


@dataclass
class NamedVictim:
    person: Person
    outcome: str
    sentence: Sentence
    age: int | None


def named_victims(article: Article) -> list[NamedVictim]:
    """The people the article names as harmed (or targeted) in its case, each with the
    outcome and the sentence that states it."""
    harms: dict[int, list[tuple[str, Sentence, int, int]]] = {}
    suspect_cues: dict[int, int] = {}
    by_police: set[int] = set()
    for sentence in article.sentences:
        mentions = article.cast.people_in(sentence)
        harm_words = HARM_GATE.opens(sentence)
        previous: tuple[int, str | None, str] | None = None  # end, outcome, how
        for mention, person in mentions:
            key = id(person)
            start, end, text = mention.start, mention.end, sentence.text
            if _MODIFIER.match(text, end):
                continue  # "an Ann Lee Middle School teacher": part of a longer name
            if person.suspect and (
                _SUSPECT_AFTER.match(text, end)
                or _SUSPECT_BEFORE.search(text, max(0, start - 80), start)
            ):
                suspect_cues[key] = suspect_cues.get(key, 0) + 1
            if not harm_words or not article.in_case(sentence, start):
                previous = None
                continue
            outcome, how = _harm_of(article, sentence, start, end)
            if (
                outcome is None
                and previous is not None
                and previous[2] == "before"
                and previous[1] is not None
                and _LIST_GAP.match(text[previous[0] : start])
            ):
                outcome, how = previous[1], "before"
            previous = (end, outcome, how)
            if how == "police":
                by_police.add(key)
            elif outcome is not None:
                harms.setdefault(key, []).append((outcome, sentence, start, end))
    killing = case_killing(article)
    found: list[NamedVictim] = []
    for person in article.cast.people:
        key = id(person)
        if person.name is None or person.official or key in by_police:
            continue
        if key not in harms:
            harms[key] = _named_as_victim(article, person, killing)
            if not harms[key]:
                continue
        if person.suspect and suspect_cues.get(key, 0) >= len(harms[key]):
            continue  # a suspect harmed (shot by police, hurt in a fight) stays a suspect
        outcome, sentence, start, end = max(harms[key], key=lambda h: _RANK[h[0]])
        age = next(
            (a for _, s, b, e in harms[key] if (a := age_near(s.text, b, e)) is not None), None
        )
        if age is None:
            age = next(
                (
                    a
                    for i, b, e in person.mentions
                    if (a := age_near(article.sentences[i].text, b, e)) is not None
                ),
                None,
            )
        found.append(NamedVictim(person, outcome, sentence, age))
    anyone_killed = any(v.outcome == KILLED for v in found)
    for victim in found:
        if victim.outcome == _WEAK_INJURED:
            victim.outcome = KILLED if killing and not anyone_killed else INJURED
        elif victim.outcome == _DEFAULT_UNHARMED:
            victim.outcome = UNHARMED
    return found


def case_killing(article: Article) -> bool:
    """Whether the article's case is a killing: a word of death in a clause about the case."""
    for sentence in _KILL_GATE.among(article.sentences):
        for match in _OUTCOME_WORDS.finditer(sentence.text):
            if (
                match.group("killed")
                and not _UNIT.match(sentence.text, match.end())
                and article.in_case(sentence, match.start())
            ):
                return True
    return False


def _named_as_victim(
    article: Article, person: Person, killing: bool
) -> list[tuple[str, Sentence, int, int]]:
    """A person the cast found named as a victim in words this module does not read: the
    outcome word nearest a mention, else killed when the case is a killing."""
    if not person.victim or person.suspect:
        return []
    for index, start, end in person.mentions:
        sentence = article.sentences[index]
        if not article.in_case(sentence, start):
            continue
        clause = article.scope_at(sentence, start)
        low, high = _own_stretch(article, sentence, clause.start, clause.end, start, end)
        outcome = _outcome("", sentence.text, low, high)
        if outcome != _DEFAULT_UNHARMED:
            return [(outcome, sentence, start, end)]
    if not killing:
        return []
    index, start, end = person.mentions[0]
    return [(KILLED, article.sentences[index], start, end)]


# "homicide detectives", "the Robbery-Homicide Division": a unit, not a killing.
_UNIT = re.compile(
    r"\s+(?:detectives?|division|unit|investigators?|squad|bureau|section|team)\b", re.I
)
_KILL_GATE = key_words(
    "kill",
    "death",
    "dead",
    "murder",
    "slay",
    "slain",
    "homicide",
    "fatal",
    "died",
    "body",
    "remains",
)


_MODIFIER = re.compile(r"\s+[A-Z][a-z]")
# What may stand between two victims named in one list: "the murders of Ann Lee in May, Bo
# Tran in 2013 and Cy Hall"; an age or a short time phrase, then a list separator.
_LIST_GAP = re.compile(
    r"\A(?:[’']s?)?(?:,\s*\d{1,3})?(?:\s+(?:in|on)\s+[\w .]{1,25}?)?(?:,\s*(?:and\s+)?|,?\s+and\s+)\Z"
)
_SUSPECT_AFTER = re.compile(
    r"(?:,[^.;]{0,90}?,)?\s+(?:(?:was|were|is|has been|had been|also|later)\s+)*(?:arrested|"
    r"charged|indicted|accused|booked|convicted|sentenced|pleaded|pled|faces|facing|"
    r"surrendered|apprehended|arraigned)\b",
    re.I,
)
_SUSPECT_BEFORE = compile_scan(
    r"\b(?:arrested|charged|charging|indicted|booked|convicted|sentenced|suspect|defendant|"
    r"accused)\s+(?:[\w,-]+\s+){0,4}?\Z",
    re.I,
)


def _harm_of(article: Article, sentence: Sentence, start: int, end: int) -> tuple[str | None, str]:
    """What the clause around the mention at `sentence.text[start:end]` says happened to that
    person, if it says anything, and how it says it: "before" the name ("the death of X"),
    "after" it ("X was shot"), or "police" (harm done by police: no victim of the case)."""
    text = sentence.text
    clause = article.scope_at(sentence, start)
    before = _HARM_BEFORE.search(text, max(clause.start, start - 120), start)
    after = _HARM_AFTER.match(text[end : clause.end])
    how = "after"
    if _POSSESSOR.match(text, end):
        before = None  # "the shooting of Ann Lee's dog walker": someone else
    if after is not None:
        cue = next((g for g in after.groups() if g), "")
    elif before is not None:
        cue, how = before.group("noun") or before.group("verb") or "", "before"
    elif (pronoun := _PRONOUN_HARM.search(text, end, clause.end)) is not None and not any(
        end <= m.start < pronoun.start() for m, _ in article.cast.people_in(sentence)
    ):
        cue = pronoun.group("what")
    else:
        return None, "none"
    low, high = _own_stretch(article, sentence, clause.start, clause.end, start, end)
    if _BY_POLICE.search(text, low, high):
        return None, "police"
    return _outcome(_POSSESSIVE.sub("", cue).strip().lower(), text, low, high), how


_POSSESSIVE = re.compile(
    r"^[’']s?|\band\s+[A-Z][\w’'-]+(?:[’']s?)?|\b(?:tragic|violent|brutal|shooting|"
    r"stabbing|untimely|alleged)\s+"
)


# A name followed by "'s" and a word that is no harm: the possessor of someone else.
_POSSESSOR = re.compile(r"[’']s?\s+(?!(?:death|killing|murder|slaying|shooting|stabbing)s?\b)")
_HURT_CUE = re.compile(
    rf"(?:{_HURT})\b|suffer|sustain|treated|hospital|surviv|recover|found (?:shot|stabbed|"
    r"unconscious|with)|in (?:critical|serious|stable) condition|taken to|rushed|transported|flown"
)


def _own_stretch(
    article: Article, sentence: Sentence, low: int, high: int, start: int, end: int
) -> tuple[int, int]:
    """The part of the clause that speaks of the mention at `start`: up to the mentions of
    other people on either side, and no further than 100 characters."""
    text = sentence.text
    for mention, _ in article.cast.people_in(sentence):
        if mention.end <= start:
            low = max(low, mention.end)
        elif mention.start >= end and mention.start < high:
            # up to the next name, or to the harm said of it ("... that killed Bo Tran")
            cue = _HARM_BEFORE.search(text, max(end, mention.start - 120), mention.start)
            high = cue.start() if cue else mention.start
    return max(low, start - 100), min(high, end + 100)


def _outcome(cue: str, text: str, low: int, high: int) -> str:
    if re.match(_NOT_UNHARMED, cue) or re.search(
        r"unharmed|uninjured|unhurt|escaped|good health", cue
    ):
        return UNHARMED
    if re.search(r"\bto\s+(?:kill|murder|shoot|harm|hurt)$", cue):
        cue = "attempt"
    if not cue.startswith("attempt") and re.fullmatch(
        rf"(?:{_KILL}|died|dies|die|pronounced dead|found dead|"
        r"declared dead)",
        cue,
    ):
        return KILLED
    kinds = {
        next(k for k, v in m.groupdict().items() if v)
        for m in _OUTCOME_WORDS.finditer(text, low, high)
    }
    if KILLED in kinds:
        return KILLED
    if UNHARMED in kinds:
        return UNHARMED
    if INJURED in kinds:
        return INJURED
    if _HURT_CUE.match(cue):
        return _WEAK_INJURED
    return _DEFAULT_UNHARMED
