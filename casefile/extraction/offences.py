"""Offence names: where a charge's name starts and ends in a phrase.

Built from how penal codes name offences, not from the words of any set of articles. A code
names an offence with a head (murder, assault, possession, trafficking, failure to stop,
leaving the scene ...), modifiers before it (a degree, "attempted", "aggravated", "felony",
"criminal", a noun such as "drug" or "child") and complements after it that belong to the name
("of a firearm", "with a deadly weapon", "in the second degree", "in the commission of a
felony", "by a felon", "on a child", "resulting in death").

What follows the name and is not part of it ends the charge: the victim ("murder of Ann Lee",
"in the deaths of ..."), the time and place ("on Monday", "during a hearing", "within weeks"),
a penalty ("punishable by ...", "carrying a minimum ..."), a count ("(3 counts)"), an
enhancement ("with a sentencing enhancement ...", kept apart from the offence) and the next
clause ("and is held"). What comes before the name and is not part of it is left off: counts
("two felony counts of"), lead-ins ("including", "just the", "an additional", "being").
A phrase is a charge only if an offence head comes within its first few words, after nothing
but modifiers ("25 years to life for kidnapping" names a penalty, not a charge): the heads
are in `offence_heads`, and what tells an act done to someone rather than an offence
("murdering his wife") in `offence_acts`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from casefile.extraction.offence_acts import OFFENCE_NOUNS_IN_ING, act_in, singular
from casefile.extraction.offence_heads import is_head, names_offence

__all__ = [
    "Charge",
    "charge_end",
    "clean_item",
    "is_head",
    "names_offence",
    "read_charges",
    "split_charges",
]

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|single|multiple|several|\d+)"
# Where a list of charges ends: the next clause, the source, punctuation.
_LIST_END = re.compile(
    # "in connection with" a drug trafficking crime or crime of violence names a federal
    # firearms offence ("using firearms in connection with drug trafficking"), not its case
    r"\s+(?i:in connection with(?! (?:a |an )?(?:drug[- ]trafficking|crimes? of violence)\b)|"
    # (an earlier conviction some codes name an offence by: "possession of a firearm after
    # former felony conviction")
    r"(?<!stop )(?<!scene )after(?! the fact| (?:a |an )?(?:former|previous|prior) (?:felony )?conviction)|following|related to|stemming from|tied to|linked to|connected to|that|which|who|"
    # "when at fault", "when intoxicated": the state an offence's name requires
    r"according|when(?! (?:at fault|intoxicated|impaired|armed)\b)|because|before|since|but|said|last|earlier|this|today|yesterday|"
    r"as well as other|(?<!well )as (?!well as)(?!(?:a|an) (?:hate|bias)[- ]crimes?\b)(?!to (?:its|the|his|her|their|whether)\b)|instead of|rather than|"
    # the next verdict, which reads its own list: "not guilty of murder and guilty of
    # manslaughter and tampering with evidence"
    r"and (?:[\w'’]+ ){0,2}?(?:not )?(?:guilty|convicted(?! felons?\b)|acquitted)|"
    # why a plea was made: "to manslaughter to avoid a murder trial", "in exchange for ..."
    r"(?<!flight )to (?:avoid|spare|escape|resolve)|in exchange|under (?:a|an|the) (?:[\w-]+ ){0,2}?(?:plea|deal|agreement|doctrine)|by (?:police|authorities|the)\b|from(?! (?:a|the) person\b)|"
    # "failure to stop after an accident", "leaving the scene after a crash": part of the name
    r"(?:(?<=stop )|(?<=scene ))after(?! (?:an?|the) (?:[\w-]+ )?(?:accident|crash|collision)\b)|"
    # "failure to stop at an accident", "failure to remain at the scene": part of the name
    # ("theft over $10,000" is an offence graded by the value taken)
    r"(?<!stop )(?<!remain )(?<!when )at|if|until|over(?! \$)|"
    r"once|upon|unless|by (?:a|an) (?:[\w-]+ )?(?:jury|judge|court|panel|magistrate|verdict)|"
    r"to (?:prosecutors|(?:a|the) (?:[\w-]+ )?(?:prosecutors?|district attorney|grand jury|court)))\b"
    # a verb: the next clause ("and is held"); lower case, so that "in May" is no verb
    r"|\s+(?:was|were|is|are|has|have|had|will|could|would|may|might|can|should|must|"
    # what the law provides for it: "the charge of X provides for a mandatory minimum"
    r"provides|carries)\b"
    # the charge a defendant is one on: "a murder defendant"
    r"|\s+defendants?\b"
    # a clause about another charge: "to murder, and the robbery charge was dismissed"
    r"|,\s+and\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:charges?|counts?)\s+"
    r"(?:was|were|is|are|has|have|had|will)\b"
    r"|[.;:()\"“”—–]|\s--\s|,\s+(?i:police|authorities|officials|prosecutors|court records|"
    r"records|according)\b"
    # a clause of its own: "murder, while Lee faces ...", "murder and charged Lee, 20, with"
    r"|,\s+(?i:while|whereas)\b|,?\s+and\s+(?:also\s+)?(?i:charged|indicted|arrested|cited|"
    r"booked|convicted|acquitted)\s+(?-i:[A-Z])",
)
# Where one charge of a list ends, and what follows it (the victim, the time, the penalty)
# is left off before the next charge.
_ITEM_END = re.compile(
    r"\s+(?i:in (?:his|her|their)\b|"
    # "in" ends a name unless a degree, "the commission of", a vehicle or a school zone follow
    r"(?<!resulting )(?<!causing )(?<!involved )in (?!(?:the\s+)?(?:[\w]+[\s-])?degree\b|"
    r"the commission|furtherance|possession|connection with (?:a |an )?(?:drug[- ]trafficking|crimes? of violence)\b|(?:a|an|the)\s+(?:motor\s+)?vehicle|"
    # what is trafficked: "trafficking in fentanyl", "trafficking in persons"
    r"(?:fentanyl|cocaine|heroin|methamphetamine|narcotics|drugs|controlled|persons|humans|"
    # (not the death a drug caused: "reckless homicide in fentanyl death")
    r"firearms|stolen|counterfeit)\b(?!\s+(?:[\w-]+\s+)?(?:deaths?|overdoses?|killings?)\b)|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}gang\b|"
    # where a code makes the act an offence: "possession of a bladed article in a public place"
    r"(?:a|any)\s+public\s+(?:place|way|building|park|area)|public\b|"
    r"(?:a|an)\s+(?:\w+\s+)?(?:felony|crime|murder|robbery|burglary|homicide|assault|"
    r"drug trafficking)\b|(?:a|the)\s+school)|"
    # (not the purpose a code names: "possession of a weapon for a dangerous purpose",
    # "possession of cocaine for the purpose of trafficking")
    r"for (?!(?:an?|the)\s+(?:[\w-]+\s+)?purposes?\b)(?:the|his|her|their|a|an|allegedly|"
    r"each|every|all|what|which|lack|want|"
    r"insufficient|\w+ing)\b|"
    r"against (?:him|her|them|the|his|their)\b|(?<=charge\s)against\b|(?<=charges\s)against\b|"
    # "against a Saskatoon man": whom the charge is against (not "assault against a child")
    r"against (?:a|an)\s+(?!(?:[\w-]+\s+){0,2}(?:child|children|minor|juvenile|officer|person|"
    r"employee|elderly|disabled|pregnant|family|household|spouse|public|emergency|peace|witness|"
    r"juror|informant|victim)\b)|"
    # "on" ends a name unless the person the offence is against follows ("assault on a child")
    r"on (?!(?:a|an)\s+(?:suspended|revoked|expired)\b|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:child|minor|juvenile|officer|person|employee|"
    r"elderly|disabled|pregnant|family|household|spouse|public|emergency|peace)\b)"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|a|an|the)\b|"
    r"later|next|soon|tomorrow|tonight|ahead|"
    # the court that hears it: "charged with robbery through the juvenile court"
    r"through (?:the|a|an) (?:[\w-]+ ){0,2}?(?:court|system|courts)\b|"
    # how often: "selling fentanyl on two occasions"
    r"on (?:\d+|two|three|four|five|six|several|multiple|numerous|separate) (?:separate )?occasions|"
    # the charges a new one joins: "adding a count of assault to the charges he faced"
    r"to (?:the|his|her|their|an?) (?:[\w-]+ ){0,4}?(?:charges?|counts?)\b|"
    # what a charge is about: "involving two girls", "of more than $1 million"
    r"involving (?:two|three|four|five|six|several|multiple|\d+)\b|"
    r"(?:of|totall?ing|worth|valued at|in excess of) (?:more than |over |nearly |about |"
    r"almost |at least |roughly |up to |less than |under )?\$|"
    r"while (?!intoxicated|impaired|under|dui\b|dwi\b|owi\b|drunk|high\b|ability|license|licence|suspended|revoked|armed)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # ("within" a place a code names is part of the name: "carrying weapons within school
    # safety zones", "within 1,000 feet of a school")
    r"within(?! (?:a |an |the )?(?:school|\d[\d,]* (?:feet|foot|yards|meters|metres)\b))|"
    # a deadline: "expects to charge him with murder by Wednesday"
    r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|the end|tomorrow)\b|"
    r"during (?!(?:the\s+)?commission\b|(?:a|an)\s+(?:[\w-]+\s+)?(?:felony|crime|robbery|burglary|"
    r"drug trafficking|crime of violence)\b)|"
    r"carrying (?:up to|(?:a |an )?(?:[\w-]+ ){0,2}?(?:minimum|maximum|mandatory|possible|"
    r"penalty|penalties|sentences?|terms?|punishment))|punishable|being \w+ed\b|"
    # an enhancement, kept apart from the offence it enhances
    r"(?:with|and|plus) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:enhancements?|allegations?|"
    r"special circumstances?|specifications?)\b|with great bodily injury|"
    # "assault in the second degree as a hate crime": an enhancement too
    r"as (?:a|an) (?:hate|bias)[- ]crimes?)\b"
    # "murder of John Doe", but not "Use of a Firearm" in a list set in title case
    r"|\s+(?:in|of|against|on|at|near|outside|for) (?!(?:Use|Possession|Firearms?|Weapons?|Controlled|Commission|"
    r"Property|Drugs?|Narcotics|Murder|Assault|Robbery|Hire|Class|Criminal|Aggravated|Attempted|"
    r"Felony|Misdemeanor|First|Second|Third|Fourth)\b)[A-Z]",
)
# (not before a degree set after its offence: "Assault, second degree")
_ITEM_SPLIT = re.compile(
    # (nor inside a sum: "theft over $10,000")
    r",(?!\d{3}\b)(?!\s*(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]degree(?=\s*(?:$|[,(;.]|and\b|or\b)))"
    r"\s*(?:and\s+|or\s+)?|"
    r"\s+and\s+|\s+as well as\s+|\s+in addition to\s+",
    re.I,
)
# Lead-ins before a charge's name: quantities, "including", "just the", "an additional", and
# counts ("two felony counts of", "one count each of").
_LEAD_IN = re.compile(
    rf"^(?:(?:{_COUNT}|each|the|including|includes?|included|just|only|also|now|even|being|"
    r"alleged|additional|further|more|new|pending|unrelated|separate|related|original|initial|"
    r"lesser|top|same|other|formal|state|federal|criminal charges? of|felony charges? of)\s+)*"
    r"(?:(?:[\w-]+\s+){0,2}?(?:counts?|charges?|offen[cs]es?|complaints?)\s+(?:each\s+)?of\s+"
    r"(?:(?:[\w-]+\s+){0,2}?counts?\s+of\s+)?(?:the\s+)?|"
    r"(?:[\w-]+\s+){0,2}?(?:charges?|counts?|offen[cs]es)\s+(?:that\s+)?(?:include|included|including)\s+)?"
    # "one count of being a felon in possession of a firearm"
    r"(?:being\s+(?:an?\s+)?)?",
    re.I,
)
# The victim of a killing: "murder of a police officer" is the charge of murder, "the
# manslaughter of lorry driver Owen Pryce" of manslaughter.
# (but a class of victim the code names is part of it: "murder of a law enforcement officer",
# "murder of an unborn child")
_VICTIM_OF = re.compile(
    r"(?:(?<=murder)|(?<=manslaughter))\s+of\s+(?!(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:officer|child|minor|unborn|"
    r"firefighter|juror|witness|judge)\b).*$"
)
_ANY_VICTIM_OF = re.compile(r"(?:(?<=murder)|(?<=manslaughter))\s+of\s+.*$")
_COUNTED = re.compile(r"\b(?:counts?|charges?)\s+(?:each\s+)?of\s*$")
# Offence names that hold an "and" of their own.
_BINOMIAL = re.compile(
    r"\b(?:hit and run|breaking and entering|aiding and abetting|assault and battery|"
    r"drunk and disorderly|lewd and lascivious|fleeing and eluding|armed and dangerous|possess and distribute|distribute and possess|"
    r"possession and distribution|manufacture and deliver|sale and delivery|"
    r"firearms? and ammunition)\b",
    re.I,
)
# The state of mind an act is an offence with, joined to it by "and": "intentionally causing a
# fire and being reckless as to its spread", "cause fire and be reckless" (one offence), not
# "and being a felon in possession" (a second, an offence a status makes).
_STATE_JOINED = re.compile(
    r"\s(?:and|or)\s(?:being|be)\s(?!(?:a|an|the|found|in|on|under)\b)[a-z]+(?:\s(?:as|to))*\b"
)
# An item cut inside its object by a comma between adjectives: "raping an intoxicated".
_OPEN_OBJECT = re.compile(
    r"\b\w+ing\s+(?:a|an|the|his|her|their)\s+[\w-]+(?:ed|ous|ful|al|ive|ic|less|able|ible|ent|ant)$",
    re.I,
)
_INCLUDING = re.compile(r"\s*including\b", re.I)
# (at the end of the item before, or a short clause after it: "several charges, including
# murder" and "the nine charges he faced, including murder" name charges; "charges of
# smuggling drugs, including heroin" tells what the drugs were)
_CHARGE_NOUN_END = re.compile(
    r"\b(?:charges?|counts?|offen[cs]es?|crimes?|felonies|misdemeanors|others)\b"
    r"(?:\s+(?!of\b)[\w'’-]+){0,8}\W*$",
    re.I,
)
_TRAILING_AND = re.compile(r"(?:,|\s+and|\s+or|\s+as well as)\s*$")
# Events a report names by what happened, not offences: "charged for an on-duty shooting".
_EVENT_NOUNS = frozenset(["shooting", "shootings", "stabbing", "stabbings", "killing", "killings"])
# The words for any offence: "charged in connection with the crime" names none.
_GENERIC_OFFENCE_NOUNS = frozenset(
    ["crime", "crimes", "offense", "offenses", "offence", "offences", "felonies"]
)
_GENERIC_CHARGE_HEAD = {"gun", "firearm", "firearms", "weapon", "weapons", "drug", "drugs"}
_NOT_A_CHARGE_START = frozenset(
    ["his", "her", "their", "these", "those", "all", "any", "its", "whose", "both"]
)


class Charge(NamedTuple):
    name: str
    act: bool  # read from an act ("murdering his wife" is murder): a summary of the charge


def clean_item(item: str, counted: bool = False) -> Charge | None:
    """The charge one item of a list names, in lower case, or None if it names none;
    `counted` when the list is one of counts ("three counts: A, B and C")."""
    end = _ITEM_END.search(item)
    if end:
        item = item[: end.start()]
    item = " ".join(item.split()).strip(" ,.-•*\"“”‘’'").lower()
    # "the victim's murder", "Ann Lee's murder charge": whose it is, not its name
    item = re.sub(r"^(?:[\w.-]+\s+){0,3}?[\w-]+['’]s\s+", "", item)
    if item.split()[:1] and item.split()[0] in _NOT_A_CHARGE_START:
        return None
    lead_in = _LEAD_IN.match(item)
    counted = counted or (lead_in is not None and bool(_COUNTED.search(lead_in.group(0))))
    # ("in the murder of a police officer" names the killing, not the code's offence)
    event = item.startswith("the ")
    item = item[lead_in.end() :].strip() if lead_in else item
    item = (_ANY_VICTIM_OF if event else _VICTIM_OF).sub("", item)
    words = item.split()
    if len(words) > 2 and words[0] in ("hate", "bias") and is_head(words[2]):
        # "hate crime murder": an enhancement of the offence named after it, as "murder as a
        # hate crime" is
        if words[1] == "crime":
            words = words[2:]
    elif len(words) > 1 and words[0] in ("hate-crime", "bias-crime") and is_head(words[1]):
        words = words[1:]
    if (
        words
        and words[-1] in ("charge", "charges", "count", "counts", "case")
        and not (len(words) == 2 and words[0] in _GENERIC_CHARGE_HEAD)
    ):
        words = words[:-1]
    elif len(words) > 1 and words[-1] in ("warrant", "warrants", "indictment", "complaint"):
        words = words[:-1]  # "on a murder warrant": the charge the warrant names is murder
    elif len(words) > 1 and words[-1] in ("conviction", "convictions") and "after" not in words:
        words = words[:-1]  # "on a murder conviction": the charge it convicts of is murder
    if words and words[-1] in ("murders", "homicides"):
        words[-1] = words[-1][:-1]
    elif words and len(words[-1]) > 5:
        words[-1] = singular(words[-1])
    # (a federal offence's name runs long: "conspiracy to distribute and possess with intent
    # to distribute 400 grams or more of fentanyl")
    if not words or len(words) > 18 or not names_offence(words):
        return None
    act, offence = act_in(words) if not counted else (False, None)
    if act:
        return Charge(offence, True) if offence else None
    if words[0] in _NOT_A_CHARGE_START:
        return None
    # a bare act ("charged for shooting", "for participating"), not an offence's name
    if (
        len(words) == 1
        and words[0].endswith("ing")
        and not words[0].endswith(tuple(OFFENCE_NOUNS_IN_ING))  # "cyberstalking"
    ):
        return None
    if len(words) == 1 and words[0] in _GENERIC_OFFENCE_NOUNS:
        return None
    if words[-1] in ("spree", "sprees", "rampage") or words[-1] in _EVENT_NOUNS:
        # "a carjacking spree", "an on-duty shooting": what was done, not a charge
        return None
    return Charge(" ".join(words), False)


# Between the items of a list set apart by semicolons: "A; B; and C".
_SEMICOLON = re.compile(r";\s*(?:and\s+|or\s+)?")


@lru_cache(maxsize=4096)
def charge_end(phrase: str) -> int:
    """Where the list of charges that opens `phrase` ends: a semicolon ends it unless what
    follows, up to the next one or the end, is one more offence's name and nothing else
    ("aggravated battery; resisting arrest without violence; and grand theft"); the last item,
    after "; and", ends where a list does ("...; and reckless endangerment after a fire")."""
    end = _LIST_END.search(phrase)
    while end and phrase[end.start()] == ";":
        after = _SEMICOLON.match(phrase, end.start())
        nxt = _LIST_END.search(phrase, after.end()) if after else None
        stop = nxt.start() if nxt else len(phrase)
        last = after is not None and after.group(0).rstrip() != ";"  # "; and", "; or"
        if (nxt and phrase[stop] not in ";." and not last) or not _names_one_offence(
            phrase[after.end() : stop]
        ):
            break
        end = nxt
        if last:
            break
    return end.start() if end else len(phrase)


def _names_one_offence(part: str) -> bool:
    """Whether `part` is one offence's name, whole: what the list's end and an item's end
    leave of it is all of it."""
    part = part.strip()
    # (an "and" of the name's own is no second item: "a firearm and ammunition")
    joined = _BINOMIAL.sub(lambda m: m.group(0).replace(" ", "_"), part)
    if not part or _ITEM_SPLIT.search(joined) or _ITEM_END.search(part):
        return False
    return clean_item(part) is not None


def split_charges(phrase: str) -> list[str]:
    """Charge names in a phrase like 'A, B and two counts of C in the death of D'."""
    return [charge.name for charge in read_charges(phrase)]


# A statute or a count in brackets inside a list: "murder (ORS 163.115) and robbery",
# "assault (two counts) and theft"; it ends no list.
_BRACKETS = re.compile(r"\s*\(([^()]{0,80})\)")
# (and the class of an offence: "murder (a Class A felony)")
_CITATION = re.compile(r"\d|§|\bcounts?\b|\b(?:felony|misdemeanou?r|class)\b", re.I)


def _without_citations(phrase: str) -> str:
    if "(" not in phrase:
        return phrase
    return _BRACKETS.sub(lambda m: "" if _CITATION.search(m.group(1)) else m.group(0), phrase)


# What a list line says in brackets of the item before it, in lower case: "receiving stolen
# property (motor vehicle)" names the offence by what was taken.
_QUALIFIER = re.compile(
    r"\s*\(((?!(?:[a-z-]+ )*(?:he|she|they|it|his|her|their|is|was|are|were|has|had|not|no)\b)"
    r"[a-z][a-z-]*(?: [a-z-]+){0,2})\)"
)


# Cached: the same charge phrase recurs across the reports of a case and in revised and
# syndicated copies of one report.
# A word's ending shared by two words: "first- and second-degree murder" is first-degree
# murder and second-degree murder.
_SHARED_ENDING = re.compile(
    r"\b(\w+)-\s+(and|or)\s+(\w+)-(\w+)((?:\s+(?!and\b|or\b)[\w-]+){1,4}?)"
    r"(?=\s+(?:charges?|counts?)\b|[,.;]|\s+(?:and|or|in|of|after|for)\b|$)"
)


def _shared_ending(found: re.Match[str]) -> str:
    first, joint, second, ending, rest = found.groups()
    return f"{first}-{ending}{rest} {joint} {second}-{ending}{rest}"


# Two verbs of one offence's name: "conspiracy to pay and receive kickbacks" (not "conspiracy
# to murder and assault": two offences).
_TWO_VERBS = re.compile(r"\bto (\w+) (and|or) (\w+)\b")


def _two_verbs(found: re.Match[str]) -> str:
    if is_head(found.group(1).lower()) or is_head(found.group(3).lower()):
        return found.group(0)
    return found.group(0).replace(" ", "_")


# What a relative clause inside a list says of the item before it: "attempted murder, which
# carries a life sentence, and robbery", "murder, a charge that carries up to 40 years, and
# of robbery" (the list goes on after it).
_ASIDE = re.compile(
    r",\s+(?:which|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?|offen[cs]es?|felon(?:y|ies)|"
    r"misdemeanou?rs?|crimes?)\s+(?:that|which))\s+[^,;.:()]{1,80},(?=\s+(?:and|or)\s+\S)"
)
# A preposition said again before the next item: "of manslaughter and of affray", "with murder
# for the shooting and with arson for the fire".
_SAID_AGAIN = re.compile(r"\s+(and|or)\s+(?:of|on|to|with)\s+(?=\S)")
# A term told again for the next item: "12 years for manslaughter and three years for a gun
# charge".
_TERM_AGAIN = re.compile(
    r",?\s+and\s+(?:an?\s+|another\s+)?(?:[\w-]+\s+){1,3}?(?:years?|months?|days?)\s+"
    r"(?:in\s+prison\s+|of\s+probation\s+)?(?:each\s+)?for\s+(?=\S)"
)


@lru_cache(maxsize=4096)
def read_charges(phrase: str, counted: bool = False) -> tuple[Charge, ...]:
    """The charges a list opening `phrase` names; `counted` as for `clean_item`."""
    phrase = _without_citations(phrase.lstrip(" \"“‘'"))
    qualified = "(" in phrase and _QUALIFIER.search(phrase) is not None
    if qualified:  # kept whole, and no end of the list: "receiving stolen property (motor vehicle)"
        phrase = _QUALIFIER.sub(lambda m: f" \x01{m.group(1)}\x02", phrase)
    if "- " in phrase:
        phrase = _SHARED_ENDING.sub(_shared_ending, phrase)
    if ", which " in phrase or " that " in phrase:
        phrase = _ASIDE.sub(",", phrase)
    if " and " in phrase or " or " in phrase:
        phrase = _SAID_AGAIN.sub(r" \1 ", phrase)
        phrase = _TERM_AGAIN.sub(" and ", phrase)
    phrase = _TRAILING_AND.sub("", _SEMICOLON.sub(", ", phrase[: charge_end(phrase)]))
    items: list[Charge] = []
    previous = ""
    pending: Charge | None = None
    phrase = _BINOMIAL.sub(lambda m: m.group(0).replace(" ", "_"), phrase)
    if " be" in phrase:
        phrase = _STATE_JOINED.sub(lambda m: m.group(0).replace(" ", "_"), phrase)
    if " to " in phrase:
        phrase = _TWO_VERBS.sub(_two_verbs, phrase)
    for raw in _ITEM_SPLIT.split(phrase):
        raw = raw.replace("_", " ")
        # "drugs, including heroin": examples of what a charge is about, not charges.
        if _INCLUDING.match(raw) and previous and not _CHARGE_NOUN_END.search(previous):
            break
        if _OPEN_OBJECT.search(previous):
            raw = previous + ", " + raw  # "raping an intoxicated, unconscious woman"
            if items and items[-1] == pending:
                items.pop()
        item = clean_item(raw, counted) if raw.strip() else None
        if item and qualified:
            item = item._replace(name=item.name.replace("\x01", "(").replace("\x02", ")"))
        pending = item
        if item:
            items.append(item)
        previous = raw
    return tuple(items)
