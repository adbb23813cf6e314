"""Offence heads: the words an offence's name is built on (murder, assault, possession,
trafficking, failure, a thing possessed such as a firearm or a drug), and whether a phrase reads
as an offence's name: a head within its first few words, after nothing but modifiers (a
degree, "attempted", "aggravated", a noun such as "drug"; or a gerund and its article:
"offering an indignity to human remains")."""

from __future__ import annotations

import re

from casefile.extraction.scan_compile import compile_scan
from casefile.extraction.sentences import CALENDAR_WORDS

# Offence heads, as word stems: the noun or verb a code's offence name is built on, the things
# possessed, carried or traded that name an offence by themselves ("a gun charge", "drug
# charges"), and "crime" ("hate crime").
# (compile_scan: searched at every position, it skips in C to where a match can start)
_HEAD = compile_scan(
    r"(?:murder|homicid|manslaughter|assault|batter(?:y|ies)$|robb|burglar|theft|"
    r"thiev|steal|larcen|shoplift|embezzl|fraud|forg(?:e|ed|ery|eries|ing)$|counterfeit|"
    r"extort|brib|launder|racketeer|kidnap|abduct|rap(?:e|es|ed|ing)$|sodom|molest|abus|"
    r"neglect|mistreat|maltreat|abandon|endanger|cruelt|tortur|imprison|restrain|strangl|strangul|suffocat|entic|lur(?:e|ing)$|stalk|harass|menac|"
    r"threat|intimidat|terroris|riot|loot|trespass|mischief|vandal|arson|burning$|possess|"
    r"traffick|distribut|deliver(?:y|ies|ing)$|manufactur|production$|producing$|smuggl|sale$|selling$|dealing$|conspir|solicit|facilitat|induc(?:e|es|ed|ing|ement)$|"
    r"attempt|accessor|abet|obstruct|resist|evad|elud|flee|escap|tamper|perjur|contempt|"
    r"violat|misconduct|interfer|hinder|conceal|desecrat|mutilat|dismember|hijack|carjack|"
    r"mak(?:ing)$|maintaining$|assisting$|armed$|violen|disturb|break(?:ing)?$|false$|damag|jumping$|loiter|defraud|prowl|"
    r"gambl|poach|bigam|unauthoriz|intrusion|touching$|aid(?:ing)?$|retaliat|cyber|utter|"
    r"passing$|filing$|destruct|setting$|contribut|misus|misappl|evasion|incit|prohibited$|demanding$|"
    r"conduct$|chok|confine|disguis(?:e|ed|ing)$|transport(?:ing|ation)$|graffiti|dispos|mayhem|maim|gang|participat|racing$|speeding$|boating$|"
    r"penetrat|incest|pornograph|exploit|prostitut|pander|indecen|lewd|exposure|voyeur|"
    r"discharg|brandish|caus(?:e|es|ing)$|handling$|hiding$|oppress|blackmail|poison|hazing$|"
    r"dereliction|inflict|copulat|contraband|servitude|misprision|indignit|(?:infanti|feti|foeti|patri|"
    r"matri|parri|fratri)cid|shooting$|harm$|lying$|corrupt|falsif|fabricat|flight$|accidents?$|"
    r"coerci|asphyxia|porn|disorder$|parad|enter(?:ing)?$|entry$|genocid|suicid|harbor|trading$|"
    r"hostage|depriv|misappropriat|insurrection|bestialit|obscen|risk$|ovi$|oui$|duii$|ccw$|cpw$|rico$|gbh$|abh$|us(?:e|ing)$|carrying$|fail(?:ure|ing|s)?$|leaving$|operating$|driving$|intoxicat|dui$|dwi$|owi$|"
    r"negligen|wound|injur(?:y|ies|ing)$|crimes?$|firearm|weapon|gun(?!n)|guns|handgun|pistol|rifle|"
    # the blades British law makes having in public an offence: "having a knife in a public
    # place", "having a bladed article"
    r"knife$|knives$|bladed$|machetes?$|"
    r"ammunition|explosive|drug|narcotic|cocaine|heroin|fentanyl|marijuana|"
    r"methamphetamine|meth$|opioid|substance|termination|desert|disorderly|fighting$|affray|"
    r"invasion|jack(?:ing)?$|hit-and-run|hit$|piracy|treason|sedition|espionage|stolen|"
    r"impersonat|felons?$|unlawful|illegal|reckless|sex|sexual(?:ly)?|"
    # the verbs Commonwealth codes name offences by: "destroy or damage property",
    # "contravening an apprehended violence order", "breach of bail"
    r"destroy(?:s|ed|ing)?$|contraven|breach|"
    # ... and their fraud offences: "dishonestly obtain financial advantage by deception",
    # "obtaining property by deception"
    r"obtain(?:s|ed|ing)?$|"
    # what crosses a border: "importing a commercial quantity of a border controlled drug",
    # "importation of cocaine", "exporting firearms"
    r"(?:im|ex)port(?:s|ed|ing|ation|ations)?$|"
    # as Canada's Criminal Code names one: "invitation to sexual touching"
    r"invitation$|"
    # what British money laundering law makes an offence of: "converting criminal property",
    # "acquiring criminal property"
    r"convert(?:s|ed|ing)?$|acquir(?:es|ed|ing)$|"
    # what British terrorism law makes an offence of: "preparing acts of terrorism",
    # "collecting information useful to a terrorist", "preparation of terrorist acts"
    r"prepar(?:ing|ation)$|collect(?:ing|ion)$|"
    # ... and British theft law: "going equipped for theft", "going equipped to steal"
    r"equipped$|"
    # what Indian law makes an offence of: "dowry death", "dowry harassment"
    r"dowry$|"
    # a plan a code makes an offence of, and one who takes part in another's offence, as
    # Florida's statutes name them: "organized scheme to defraud", "principal to grand theft"
    r"schemes?$|principal$|"
    # ... and as Ohio's code names the one who helps another commit an offence: "complicity
    # to aggravated robbery", "complicity to commit murder"
    r"complicit(?:y|ies)$)"
)
# Words that cannot stand before an offence's head in its name: articles, prepositions,
# pronouns, verbs of being, numbers, spans of time, and the adverbs that open a clause of what
# was done next ("facing murder charges, then evaded capture").
_NOT_MODIFIER = frozenset(
    ["the", "a", "an", "of", "to", "for", "in", "on", "at", "with", "by", "from", "and", "or",
     "his", "her", "their", "its", "which", "that", "who", "whom", "is", "was", "were", "are",
     "be", "been", "has", "have", "had", "will", "would", "could", "may", "might", "shall",
     "should", "can", "he", "she", "they", "it", "years", "year", "months", "month", "days",
     "life", "after", "before", "during", "while", "prison", "jail", "sentence", "faces",
     "face", "facing", "faced", "make", "made", "minus", "except", "then", "later",
     "subsequently",
     *CALENDAR_WORDS]
)  # fmt: skip
_MAX_MODIFIERS = 4


def is_head(word: str) -> bool:
    """Whether `word` (lower case) can be the head of an offence's name."""
    return _HEAD.match(word) is not None


def names_offence(words: list[str]) -> bool:
    """Whether `words` read as an offence's name: a head within the first few words, with
    nothing before it that cannot modify it."""
    if "class" in words:
        # A code's class of the offence ("Class A felony burglary", "a Class 2 felony count
        # of theft") modifies it as a degree does.
        words = _CLASS.sub("class", " ".join(words)).split()
    if len(words) > 1 and words[0] in _GRADES and words[1] not in _NOT_OFFENCE_AFTER_GRADE:
        # a grade names an offence whatever its head: "felony speed competition",
        # "misdemeanor unsafe movement" (not "felony charges", "a misdemeanor record")
        return words[1] not in _NOT_MODIFIER
    for position, word in enumerate(words[: _MAX_MODIFIERS + 1]):
        if is_head(word):
            return True
        if word in ("death", "deaths") and words[position + 1 : position + 2] == ["by"]:
            # the harm a code names by its means: "felony death by vehicle" (not "the death by
            # drowning of his son", the harm told)
            return bool(set(words[position + 2 : position + 3]) & _MEANS_OF_DEATH)
        if word in ("deal", "deals") and words[position + 1 : position + 2] == ["with"]:
            # a Commonwealth code's verb: "deal with proceeds of crime" (not "a plea deal")
            return True
        if word == "operation" and words[position + 1 : position + 2] in (["of"], ["while"]):
            # Canada's code names driving offences by the operation of a conveyance:
            # "impaired operation of a motor vehicle", "dangerous operation causing bodily
            # harm" ("operation while impaired"); not "a police operation"
            return True
        if position == 1 and word in _ARTICLES and words[0].endswith("ing"):
            continue  # an act a code names by its object: "offering an indignity to ..."
        if position == 1 and word == "and" and words[0].endswith("ing"):
            continue  # two acts of one object: "receiving and concealing stolen property"
        if word in _NOT_MODIFIER or (any(c.isdigit() for c in word) and not _ORDINAL.match(word)):
            return False
    return False


_ARTICLES = frozenset(["a", "an"])
_CLASS = re.compile(r"\bclass (?:[a-e]|[1-6]|i{1,3}|iv|v)\b")
_GRADES = frozenset(["felony", "misdemeanor", "misdemeanour"])
_NOT_OFFENCE_AFTER_GRADE = frozenset(
    ["charge", "charges", "count", "counts", "warrant", "warrants", "record", "records",
     "conviction", "convictions", "probation", "offense", "offenses", "offence", "offences",
     "level", "class", "case", "cases", "arrest", "arrests", "crime", "crimes", "court",
     "suspect", "suspects", "defendant", "defendants", "offender", "offenders", "bond", "bonds",
     "trial", "trials", "docket", "division", "judge", "judges", "prosecutor", "prosecutors"]
)  # fmt: skip
_MEANS_OF_DEATH = frozenset(
    ["vehicle", "motor", "auto", "automobile", "vessel", "watercraft", "dangerous", "careless",
     "reckless", "impaired", "drunk", "inconsiderate"]
)  # fmt: skip
# A degree in figures: "1st-degree murder", "2nd degree assault".
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)(?:-degree)?$")
