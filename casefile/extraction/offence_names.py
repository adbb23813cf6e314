"""Offence names: where the charge one item of a list names starts and ends in it.

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
("murdering his wife") in `offence_acts`. Where a list of charges ends and how it divides into
items is for `offences.py`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from casefile.extraction.charge_cue_parts import EACH
from casefile.extraction.dates import MONTH_NAME, SHORT_MONTHS
from casefile.extraction.offence_acts import OFFENCE_NOUNS_IN_ING, act_in, singular
from casefile.extraction.offence_heads import is_head, names_offence
from casefile.extraction.scan_compile import compile_scan

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|single|multiple|several|\d+)"
# Where one charge of a list ends, and what follows it (the victim, the time, the penalty)
# is left off before the next charge.
# (compile_scan: searched at every position, it skips in C to where a match can start)
ITEM_END = compile_scan(
    r"\s+(?i:in (?:his|her|their)\b|"
    # "in" ends a name unless a degree, "the commission of", a vehicle or a school zone follow
    # ("dealing in the proceeds of crime": the verb and its "in" are one)
    r"(?<!resulting )(?<!causing )(?<!involved )(?<!dealing )in (?!(?:the\s+)?(?:[\w]+[\s-])?degree\b|"
    # (Tennessee's felony murder: "first-degree murder in perpetration of a robbery")
    r"the commission|(?:the\s+)?(?:perpetration|attempted\s+perpetration)\s+of|furtherance|possession|company\b|connection with (?:a |an )?(?:drug[- ]trafficking|crimes? of violence)\b|(?:a|an|the)\s+(?:motor\s+)?vehicle|"
    # what is trafficked: "trafficking in fentanyl", "trafficking in persons"
    r"(?:fentanyl|cocaine|heroin|methamphetamine|narcotics|drugs|controlled|persons|humans|"
    # (not the death a drug caused: "reckless homicide in fentanyl death")
    r"firearms|stolen|counterfeit)\b(?!\s+(?:[\w-]+\s+)?(?:deaths?|overdoses?|killings?)\b)|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}gang\b|"
    # where a code makes the act an offence: "possession of a bladed article in a public place"
    r"(?:a|any)\s+public\s+(?:place|way|building|park|area)|public\b|"
    r"(?:a|an)\s+(?:\w+\s+)?(?:felony|crime|murder|robbery|burglary|homicide|assault|"
    r"drug trafficking)\b|(?:a|the)\s+school|"
    # the offender a code names: "sexual battery by a person in a position of authority"
    r"(?:a\s+)?position\s+of\s+(?:authority|trust|familial)|"
    # the alcohol level a code names: "over 80 mg of alcohol in blood"
    r"(?:blood|breath)\b)|"
    # (not the purpose a code names: "possession of a weapon for a dangerous purpose",
    # "possession of cocaine for the purpose of trafficking")
    # ("for nearly striking Ann Lee": the act told with an adverb)
    r"for (?!(?:an?|the)\s+(?:[\w-]+\s+)?purposes?\b)(?:\w+ly\s+(?=\w+ing\b))?(?:the|his|her|their|a|an|allegedly|"
    r"each|every|all|what|which|lack|want|"
    r"insufficient|\w+ing)\b|"
    r"against (?:him|her|them|the|his|their)\b|(?<=charge\s)against\b|(?<=charges\s)against\b|"
    # "against both men", "against each of them", "against all three": the accused together
    r"against (?:both|each|all)\b|"
    # "against 27-year-old Bo Tran": whom the charge is against, told by his age (not
    # "assault against a 3-year-old", the one harmed)
    r"against \d{1,3}-year-old\b|"
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
    # the paper that holds the counts: "murder counts on which a grand jury indicted her";
    # or a caption cut off after its preposition, before the credit ("torture counts in
    # (Daily News)")
    r"(?:counts?|charges?) (?:on|in|of|for|under)(?: which\b|(?=\s*(?:\(|$)))|"
    # the court that hears it: "charged with robbery through the juvenile court"
    r"through (?:the|a|an) (?:[\w-]+ ){0,2}?(?:court|system|courts)\b|"
    # how often: "selling fentanyl on two occasions"
    r"on (?:\d+|two|three|four|five|six|several|multiple|numerous|separate) (?:separate )?occasions|"
    # the charges a new one joins: "adding a count of assault to the charges he faced"
    r"to (?:the|his|her|their|an?) (?:[\w-]+ ){0,4}?(?:charges?|counts?)\b|"
    # the office a charge is sent to: "forward charges of theft to the county attorney"
    r"to (?:the )?(?:[\w'’-]+ ){0,3}?(?:attorney|attorneys|prosecutors?|solicitor|DA|D\.A\.)(?:['’]s)?\b|"
    # what a charge is about: "involving two girls", "of more than $1 million"
    r"involving (?:two|three|four|five|six|several|multiple|\d+)\b|"
    # ... or the one it was against, by name ("malicious wounding involving Ann Lee"; not a
    # list set in title case, "Sexual Assault Involving A Minor")
    r"(?-i:involving (?:[A-Z]\.\s*)*[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][\w'’.-]*)+)|"
    # ... or the one it was against, told by who she is ("statutory sexual assault involving a
    # former player"; not a class a code names, "involving a minor")
    r"involving (?:a|an|another|the|his|her|their) (?:[\w-]+ ){0,2}?(?:woman|man|girl|boy|"
    r"player|student|teen|teenager|patient|girlfriend|boyfriend|wife|husband|neighbou?r|"
    r"employee|athlete|parishioner|relative)\b|"
    r"(?:of|totall?ing|worth|valued at|in excess of) (?:more than |over |nearly |about |"
    r"almost |at least |roughly |up to |less than |under )?\$"
    # (not a threshold a code names: "proceeds of crime worth $100,000 or more")
    r"(?![\d,.]+(?:\s+(?:million|thousand|billion))?\s+or\s+(?:more|over|greater)\b)|"
    # (the state a code names an offence by: "homicide by vehicle while driving under the
    # influence", "assault while armed")
    r"while (?!intoxicated|impaired|under|dui\b|dwi\b|owi\b|drunk|high\b|ability|license|licence|suspended|revoked|armed|disqualified|banned|unlicensed|uninsured|prohibited|"
    r"(?:driving|operating) (?:under|while|intoxicated|impaired|drunk|with)\b|"
    # ... or the offence another is done in, named by its class ("using a firearm while
    # committing a felony", "while in the commission of a crime")
    r"(?:[a-z]+ing|engaged in|in (?:the )?commission of) (?:a |an |another )?(?:[\w-]+ )?"
    r"(?:felony|felonies|crime|crimes|offen[cs]e|misdemeanou?r)\b|"
    # ... or by its own name: what is committed or perpetrated is an offence ("using a gun
    # while committing murder", "while perpetrating a robbery")
    r"(?:committing|perpetrating|in (?:the )?(?:commission|perpetration) of)\b)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # where the deed was done: "a serious assault outside a pub"
    r"(?:outside|inside|behind) (?:a|an|the|his|her|their)\b|"
    # ("within" a place a code names is part of the name: "carrying weapons within school
    # safety zones", "within 1,000 feet of a school")
    r"within(?! (?:a |an |the )?(?:school|\d[\d,]* (?:feet|foot|yards|meters|metres)\b))|"
    # a deadline: "expects to charge him with murder by Wednesday"
    r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|the end|tomorrow)\b|"
    # who gave the verdict: "found guilty of murder by a NSW Supreme Court jury"
    r"by (?:a|an|the) (?:[\w'’.-]+ ){0,4}?(?:jury|judge|magistrates?|justice|bench)\b|"
    # (not the offence a code names another in: "kidnapping during a carjacking")
    r"during (?!(?:the\s+)?commission\b|(?:a|an)\s+(?:[\w-]+\s+)?(?:felony|crime|robbery|burglary|"
    r"drug trafficking|crime of violence|carjacking|kidnapping|rape)\b)|"
    r"carrying (?:up to|(?:a |an )?(?:[\w-]+ ){0,2}?(?:minimum|maximum|mandatory|possible|"
    r"penalty|penalties|sentences?|terms?|punishment))|punishable|being \w+ed\b|"
    # an enhancement, kept apart from the offence it enhances
    r"(?:with|and|plus) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:enhancements?|allegations?|"
    r"special circumstances?|specifications?)\b|with great bodily injury|"
    # "assault in the second degree as a hate crime": an enhancement too
    r"as (?:a|an) (?:hate|bias)[- ]crimes?)\b"
    # "murder of John Doe", but not "Use of a Firearm" in a list set in title case
    # (not a count's or a charge's own "of": "one count of Hobbs Act robbery", "two counts of
    # OVI"; nor an offence known by its capitals: "of DUI")
    # a day told after the list without "on": "charged with arson March 9"
    r"|\s+(?-i:" + MONTH_NAME + r")\s+\d{1,2}\b"
    # (its abbreviation's period cut off by the list's end: "with arson Sept. 9")
    r"|\s+(?-i:" + SHORT_MONTHS + r")$"
    # (nor a preposition joined by "or" to the one before: "on or near Prohibited Premises")
    r"|(?<!\bor)\s+(?:in|(?<!count )(?<!counts )(?<!charge )(?<!charges )of|against|on|at|near|"
    r"outside|for) (?![A-Z]{2,}\b)(?!(?:Use|Possession|Firearms?|Weapons?|Controlled|Commission|"
    r"Property|Drugs?|Narcotics|Murder|Assault|Robbery|Hire|Class|Criminal|Aggravated|Attempted|"
    r"Felony|Misdemeanor|First|Second|Third|Fourth)\b)[A-Z]",
)
# Lead-ins before a charge's name: quantities, "including", "just the", "an additional", and
# counts ("two felony counts of", "one count each of").
# (compile_scan: searched at every position, it skips in C to where a match can start)
_LEAD_IN = compile_scan(
    rf"^(?:(?:{_COUNT}|each|the|including|among\s+them|includes?|included|just|only|also|now|even|being|"
    r"alleged|additional|further|more|new|pending|unrelated|separate|related|original|initial|"
    r"lesser|top|same|other|remaining|formal|state|federal|criminal charges? of|felony charges? of)\s+)*"
    # ("a Class 2 felony count of": a code's class before the count)
    r"(?:(?:class\s+\w{1,3}\s+)?(?:[\w-]+\s+){0,2}?(?:counts?|charges?|offen[cs]es?|complaints?)\s+"
    rf"(?:{EACH}\s+)?of\s+"
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
# (compile_scan: searched at every position, it skips in C to where a match can start)
_VICTIM_OF = compile_scan(
    r"(?:(?<=murder)|(?<=murders)|(?<=manslaughter))\s+of\s+(?!(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:officer|child|minor|unborn|"
    r"firefighter|juror|witness|judge)\b).*$"
)
_ANY_VICTIM_OF = re.compile(r"(?:(?<=murder)|(?<=murders)|(?<=manslaughter))\s+of\s+.*$")
# A count whose noun a list leaves unsaid after the first: "... and one of assault", not "one
# of the charges", "two of three counts".
_ELLIPTICAL_COUNT = re.compile(
    r"^(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?!(?:the|his|her|their|"
    r"them|those|these|its|us|you|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"
)
_COUNTED = re.compile(rf"\b(?:counts?|charges?)\s+(?:{EACH}\s+)?of\s*$")
# Events a report names by what happened, not offences: "charged for an on-duty shooting".
# ("a hit-and-run crash", "a deadly collision": the event a charge is about, not its name)
_EVENT_NOUNS = frozenset(
    ["shooting", "shootings", "stabbing", "stabbings", "killing", "killings", "crash", "crashes",
     "collision", "collisions", "wreck", "accident"]
)  # fmt: skip
_EVENT_PREPOSITIONS = frozenset(["of", "after", "at", "in", "from", "following", "involving"])
# The words for any offence: "charged in connection with the crime" names none.
_GENERIC_OFFENCE_NOUNS = frozenset(
    ["crime", "crimes", "offense", "offenses", "offence", "offences", "felonies"]
)
_CHARGE_NOUNS = frozenset(["charge", "charges", "count", "counts"])
# The words a charge's noun goes on with: "counts of", "two counts each of".
_COUNT_GOES_ON = frozenset(["of", "each", "apiece"])
_GENERIC_CHARGE_HEAD = {"gun", "firearm", "firearms", "weapon", "weapons", "drug", "drugs"}
_TRY_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "next", "last", "final"])
_CLAUSE_ADVERBS = frozenset(["instead", "too", "again", "also"])
_NOT_A_CHARGE_START = frozenset(
    ["his", "her", "their", "these", "those", "all", "any", "its", "whose", "both"]
)


# An item set in title case, as press releases list charges ("Dealing in Stolen Property",
# "Grand Theft of a Firearm (2 counts)"): every word capitalized but the small ones.
_TITLE_CASED = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|in|on|a|an|the|to|by|for|with|and|or|while|under)\s+)*"
    r"[A-Z][\w'’-]*)+(?:\s+\([^)]*\))?"
)


_IN_OR_OF_CAPITAL = re.compile(r"\b(?:in|of) [A-Z]")
_FIRST_CAPITAL = re.compile(r"\b[A-Z]")


def untitled(item: str) -> str:
    """`item`, where it is set in title case, with a capital after "in" or "of" in lower case:
    there it goes on with the name ("Dealing in Stolen Property"), as in a headline a capital
    after "for" does not ("Manslaughter for Fatal Shove")."""
    start = _FIRST_CAPITAL.search(item)  # (after a lead-in: "the charge of Leaving ...")
    if start is None or not _TITLE_CASED.fullmatch(item[start.start() :].strip()):
        return item
    head, rest = item[: start.start()], item[start.start() :]
    return head + _IN_OR_OF_CAPITAL.sub(lambda m: m.group(0).lower(), rest)


# A participle that opens a clause telling when or where counted offences were done:
# "three murders spread over 11 years", "burglaries committed across two counties".
_CLAUSE_PARTICIPLES = frozenset(["spread", "done", "undertaken", "spanning", "stretching"])
_WHEN_OR_WHERE = frozenset(
    ["over", "across", "between", "in", "during", "from", "throughout", "on", "at", "since",
     "within", "along", "out"]
)  # fmt: skip


def _without_reduced_clause(words: list[str]) -> list[str]:
    """`words` up to an offence named in the plural, where a participle after it opens a
    clause of when or where they were done ("murders spread over 11 years", "robberies
    carried out in May"): the counted offences are named, the clause tells of them."""
    for position, word in enumerate(words[:-1]):
        if singular(word) == word and word not in ("murders", "homicides"):
            continue
        participle, after = words[position + 1], words[position + 2 : position + 3]
        # (the list's item may already end before the clause's preposition)
        if (participle.endswith("ed") or participle in _CLAUSE_PARTICIPLES) and (
            not after or after[0] in _WHEN_OR_WHERE or participle in ("spanning", "stretching")
        ):
            return words[: position + 1]
    return words


class Charge(NamedTuple):
    name: str
    act: bool  # read from an act ("murdering his wife" is murder): a summary of the charge


def clean_item(item: str, counted: bool = False) -> Charge | None:
    """The charge one item of a list names, in lower case, or None if it names none;
    `counted` when the list is one of counts ("three counts: A, B and C")."""
    item = untitled(item)
    end = ITEM_END.search(item)
    if end:
        item = item[: end.start()]
    item = " ".join(item.split()).strip(" ,.-•*\"“”‘’'")
    # Words written with a capital after the first: a name an act may be done to.
    capitals = frozenset(w.lower() for w in item.split()[1:] if w[:1].isupper())
    item = item.lower()
    # "the victim's murder", "Ann Lee's murder charge": whose it is, not its name
    item = re.sub(r"^(?:[\w.-]+\s+){0,3}?[\w-]+['’]s\s+", "", item)
    # "not guilty of both murder and manslaughter": the first of a pair, named after "both"
    item = re.sub(r"^both\s+(?!of\b)", "", item)
    # "convicted him of all three murders": the offence counted after "all" (not "all three
    # counts", an outcome of the charges told before)
    item = re.sub(
        r"^all\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
        r"(?!counts?\b|charges?\b|offen[cs]es\b|of\b)\w)",
        "",
        item,
    )
    if item.split()[:1] and item.split()[0] in _NOT_A_CHARGE_START:
        return None
    # "two counts of robbery and one of assault": a count told again leaves its noun unsaid
    item = _ELLIPTICAL_COUNT.sub(r"\1 counts of ", item)
    lead_in = _LEAD_IN.match(item)
    counted = counted or (lead_in is not None and bool(_COUNTED.search(lead_in.group(0))))
    # ("in the murder of a police officer" names the killing, not the code's offence)
    event = item.startswith("the ")
    item = item[lead_in.end() :].strip() if lead_in else item
    item = (_ANY_VICTIM_OF if event else _VICTIM_OF).sub("", item)
    words = item.split()
    # "convicted him of manslaughter instead", "charged with robbery too": an adverb of the
    # clause, no word of the offence
    while len(words) > 1 and words[-1] in _CLAUSE_ADVERBS:
        words = words[:-1]
    if len(words) > 2 and words[0] in ("hate", "bias") and is_head(words[2]):
        # "hate crime murder": an enhancement of the offence named after it, as "murder as a
        # hate crime" is
        if words[1] == "crime":
            words = words[2:]
    elif len(words) > 1 and words[0] in ("hate-crime", "bias-crime") and is_head(words[1]):
        words = words[1:]
    # "three murder counts covering the deaths of ...", "the theft charges filed Monday": what
    # follows the noun of the charges tells of them, no word of the offence
    for position in range(1, len(words) - 1):
        if words[position] in _CHARGE_NOUNS and words[position + 1] not in _COUNT_GOES_ON:
            words = words[: position + 1]
            break
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
    words = _without_reduced_clause(words)
    if words and words[-1] in ("murders", "homicides"):
        words[-1] = words[-1][:-1]
    elif words and len(words[-1]) > 5:
        words[-1] = singular(words[-1])
    # (a federal offence's name runs long: "conspiracy to distribute and possess with intent
    # to distribute 400 grams or more of fentanyl")
    if not words or len(words) > 18 or not names_offence(words):
        return None
    act, offence = act_in(words, capitals, event) if not counted else (False, None)
    if act:
        return Charge(offence, True) if offence else None
    if words[0] in _NOT_A_CHARGE_START:
        return None
    if len(words) == 2 and words[1] in ("attempt", "attempts") and words[0] in _TRY_ORDINALS:
        return None  # "convicted on the second attempt": a try at trial, no offence
    if words[-1] in ("it", "them", "this", "that"):
        return None  # "charged with violating it": an act on what was told before, no name
    # a bare act ("charged for shooting", "for participating"), not an offence's name
    if (
        len(words) == 1
        and words[0].endswith("ing")
        and not words[0].endswith(tuple(OFFENCE_NOUNS_IN_ING))  # "cyberstalking"
    ):
        return None
    if len(words) == 1 and words[0] in _GENERIC_OFFENCE_NOUNS:
        return None
    if words[-1] in ("spree", "sprees", "rampage") or (
        # not "leaving the scene of a crash", "failure to stop after an accident"
        words[-1] in _EVENT_NOUNS and not _EVENT_PREPOSITIONS & set(words)
    ):
        # "a carjacking spree", "an on-duty shooting": what was done, not a charge
        return None
    if ("death" in words[1:3] or "deaths" in words[1:3]) and (
        words[0] in _EVENT_NOUNS or words[0] in ("beating", "strangulation", "crash")
    ):
        # "sentenced to 45 years for the shooting death of his neighbor": the death the
        # report tells, not the offence a code names ("causing death by dangerous driving" is
        # one: its head comes first)
        return None
    return Charge(" ".join(words), False)
