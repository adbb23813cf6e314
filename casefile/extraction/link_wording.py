"""The wordings that tie a person to a killing, read by extraction/homicide.py.

- Statements of a link are read by `link_statements.py`; a charge still to come ("is expected
  to be charged with murder") is here, for the fallback reads it too.
- Counted killings: "suspected in two other killings", "believed to have killed two other
  people" (without "other", "accused of killing six people" counts the case's own dead).
- A homicide charge stated in words the charge family did not read ("pleaded not guilty to
  murder", "has been charged in her death").
- Where the person a statement is about stands: its subject ("Bo Tran, 29, is also a suspect
  in"), the object of a link verb ("links Bo Tran to"), or a reference ("he", "the suspect").
"""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.numbers import NUMBER
from casefile.extraction.patterns import compile_scan, first_in

_KILLINGS = r"(?:murders|killings|homicides|slayings|shooting deaths|deaths|shootings)"
_AT_LEAST = r"(?:at least\s+|as many as\s+|up to\s+|more than\s+)?"
# People counted by sex or age only beside "other": "the deaths of two other women".
OTHER_PEOPLE = r"(?:women|men|girls|boys|teens|teenagers|children|people|persons|victims)"
COUNTED = compile_scan(
    rf"\b(?P<other>another|other|a\s+further)?\s*{_AT_LEAST}(?P<n>{NUMBER})\s+"
    rf"(?P<other2>other\s+|more\s+|additional\s+|further\s+)?(?:[\w-]+\s+){{0,2}}?{_KILLINGS}\b"
    rf"|\b{_KILLINGS} of {_AT_LEAST}(?P<n2>{NUMBER})\s+(?P<other3>other\s+|more\s+|further\s+)?"
    # beside "other", people of any kind ("the deaths of four other patients")
    rf"(?:people|persons|victims|(?:(?<=other )|(?<=more ))(?:{OTHER_PEOPLE}|[a-z]+s\b)|"
    rf"(?P<kind>{OTHER_PEOPLE}))"
    # "is believed to have killed two other people": a killing verb, counted beside "other"
    # (without it, "accused of killing six people" counts the case's own dead).
    rf"|\b(?:killed|killing|murdered|murdering|slain|slaying)\s+{_AT_LEAST}(?P<n3>{NUMBER})\s+"
    rf"(?P<other4>other|more)\s+(?:{OTHER_PEOPLE}|[a-z]+s)\b",
    re.I,
)
LINK_VERB = compile_scan(
    r"\b(?:link\w*|connect\w*|tied|tying|ties|suspect\w*|interest|question\w*|interview\w*|"
    r"charged|accused|"
    r"responsible|implicated|believed to have|believes?|confess\w*|admit\w*|"
    # the doer's verb, not the passive ("two killings were committed")
    r"(?<!was )(?<!were )(?<!been )(?:carried out|committed))\b",
    re.I,
)
POI = compile_scan(r"\bperson of (?:\w+ )?interest\b", re.I)
HOMICIDE_WORD = compile_scan(
    r"\b(?:homicide|murder|killing|slaying|death|shooting|case|fatal|deadly|slain|killed|"
    # (a death told by its means: "a person of interest in the 2009 drowning of his wife")
    r"murdered|drowning|strangling|poisoning)s?\b",
    re.I,
)
COUNTED_GATE = key_words(
    "murders", "killings", "homicides", "slayings", "deaths", "shootings", "killed", "killing",
    "murdered", "murdering", "slain",
)  # fmt: skip
# Shootings are counted as killings only when they were fatal ("suspected in two other fatal
# shootings"); "suspected in two other shootings" tells of no death.
SHOOTINGS = re.compile(r"\bshootings\b", re.I)
HOMICIDE_GATE = key_words(
    "homicide", "murder", "killing", "slaying", "death", "shooting", "case", "fatal", "deadly",
    "slain", "killed", "drowning", "strangling", "poisoning",
)  # fmt: skip
# In a story of a killing, the words that name it without a word of death.
EVENT_WORD = compile_scan(
    r"\b(?:stabbing|beating|strangling|attack|investigation|incident|crime|gunman|shooter|"
    r"killer|attacker|assailant)\b",
    re.I,
)
KILLING_STORY_GATE = key_words(
    "homicide", "murder", "killing", "slaying", "death", "shooting", "case", "fatal", "deadly",
    "slain", "killed", "stabbing", "beating", "strangling", "drowning", "poisoning", "attack", "investigation", "incident",
    "crime", "gunman", "shooter", "killer", "attacker", "assailant", "believed to have",
    "allege", " said ", " say", "confessed", "admitted", "told ", "suspect", "after",
    "searching for", "looking for", "seeking", "hunting for", "sought", "believe",
    "identified as", "named as", "described as", "the man who", "the woman who",
    "the person who", "the one who", "person of interest",
)  # fmt: skip
# A charge still to come: "is expected to be charged with murder", "plans to charge her".
EXPECTED = compile_scan(
    r"\b(?:expected|likely|set|going) to (?:be (?:formally )?charged|face (?:[\w-]+ ){0,3}?"
    r"(?:charges?|counts?))|"
    r"\bwill (?:likely |also |soon )?(?:be (?:formally )?charged|face (?:[\w-]+ ){0,3}?"
    r"(?:charges?|counts?))|"
    # "will be booked into the county jail on two counts of vehicular homicide once he is
    # released from the hospital": the charges he is to be booked on
    r"\bwill (?:likely |also |then )?be booked (?:into (?:[\w'’.-]+ ){1,5}?)?(?:on|for) |"
    r"\b(?:plan|plans|planned|intends?|intended|expects?|expected) to (?:formally )?"
    r"(?:charge|file)\b|"
    # "more charges are expected because of the girl's death"
    r"\b(?:more|additional|further|new|murder|homicide)\s+charges\s+(?:are|were|could be|will be|"
    r"may be)?\s*(?:expected|likely|possible|pending|forthcoming)\b|"
    # "the charge will be upgraded to murder", "plan to upgrade the charges"
    r"\b(?:will|would|could|may|likely|expected to|expect to|plan to|plans to) (?:likely )?"
    r"(?:be upgraded|upgrade)\b",
    re.I,
)
# A link to a homicide besides the charged one.
ANOTHER = compile_scan(
    r"\b(?:another|other|separate|additional|earlier|unrelated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killings?|murders?|homicides?|slayings?|deaths?|shootings?|cases?|victims?)\b|"
    # "a suspect in a second homicide", "believe he killed a second man"
    r"\b(?:a|the) (?:second|third|fourth|fifth) (?:homicide|killing|murder|slaying|shooting death)\b|"
    # "has been connected to a cold case": a killing unsolved for years, not the story's
    r"\b(?:a|an|two|three|several|other) (?:[\w-]+ )?cold cases?\b|"
    r"\b(?:killed|killing|murdered) (?:a|the) (?:second|third|fourth|fifth) (?:man|woman|person)\b|"
    # "a man already jailed in a string of robberies has been charged with murder": the
    # matter he is held in is the story's, the killing a further one
    r"\balready (?:jailed|held|in custody|behind bars|charged|imprisoned|serving (?:a|an) "
    r"(?:[\w-]+ )?(?:sentence|term)) (?:in|for|on) (?:the |a |an |his |her )?(?:[\w-]+ ){0,4}?"
    r"(?:robber(?:y|ies)|burglar(?:y|ies)|carjackings?|assaults?|thefts?|break-ins?|string|"
    r"series|spree)\b|"
    # "is also suspected in the 2021 killing of": a killing besides the charged one.
    r"\balso (?:be |been |being )?(?:a |the )?(?:prime |main |primary |lead |key )?"
    r"(?:suspect(?:ed)?|linked|tied|connected|investigated|wanted|sought|accused|"
    r"under investigation|person of interest)\b|"
    # "prosecutors say he also killed his cellmate", "are also investigating him in"
    r"\balso (?:shot and killed|killed|murdered|fatally shot|strangled)\b"
    r"(?!\s+(?:himself|herself|themselves)\b)|\balso investigating\b",
    re.I,
)
NAMES_A_KILLING = compile_scan(
    r"\b(?:killing|murder|death|homicide|slaying|shooting|stabbing|killed|slain)\b", re.I
)
# What the link is to, as the report words it: "a person of interest in a recent homicide
# that happened on Elm Street" -> "a recent homicide that happened on Elm Street".
_LINKED_HOMICIDE = compile_scan(
    r"\b(?:interest|suspect|responsible|charged|questioning|connection)\W{0,2}\s+"
    r"(?:in|for|with)\s+(?P<what>(?:the|a|an|his|her|their)\s+[^,;.]{0,80}?"
    r"\b(?:homicides?|murders?|killings?|slayings?|deaths?|shooting deaths?)\b[^,;.]{0,60})",
    re.I,
)


def homicide_details(text: str) -> str | None:
    """The homicide a link sentence names, in the report's words, or None."""
    match = first_in(_LINKED_HOMICIDE, text)
    return " ".join(match.group("what").split()) if match else None


def relation_of(text: str) -> str:
    """The relation a sentence that counts someone's other killings tells: questioned or
    investigated in them, charged, believed responsible, or a suspect. (The investigators
    who tell it are no investigation of him: "Investigators believe he killed two others".)"""
    # ("want to interview him about three killings": questioned)
    if first_in(POI, text) or re.search(
        r"\b(?:question|interview|investigat)(?!ors?\b|ers?\b)\w*\b", text, re.I
    ):
        return "person of interest"
    if re.search(r"\bcharged\b", text, re.I):
        return "charged"
    if re.search(
        r"\bbeliev\w* (?:that )?(?:[\w'’-]+ ){0,3}?(?:responsible|to have|killed|murdered)\b",
        text,
        re.I,
    ):
        return "believed responsible"
    return "suspect"


# One the police clear: "is not considered a suspect", "was ruled out as a person of
# interest", "later cleared him".
CLEARED = compile_scan(
    r"\b(?:not|no longer|never)\s+(?:been\s+)?(?:considered\s+|named\s+|viewed\s+|deemed\s+)?"
    r"(?:as\s+)?(?:an?\s+)?(?:suspect|person of interest)\b|"
    r"\bruled\s+(?:\w+\s+)?out\b|\b(?:cleared|exonerated)\s+(?:him|her|them|of)\b",
    re.I,
)
# A suspect no one is: "police have not identified a suspect in", "have no suspects in".
# A denial just before a word: "have not identified a suspect", "do not appear to be linked",
# "has not been charged in her death".
DENIED_BEFORE = re.compile(r"\b(?:no|not|never|n[’']t)\b[^,;]{0,40}\Z", re.I)
# The verb's own denial, right before a word: "has not been", "was never", "isn't" (not "no one
# else has been", which denies nothing of the person named).
_VERB_DENIED = (
    r"\b(?:has|have|had|is|are|was|were)(?:n[’']t|\s+not|\s+never)\s+(?:yet\s+)?(?:been\s+)?"
)
# A charge's own verb denied: "has not been charged in", "was never charged with".
CHARGE_DENIED = re.compile(rf"{_VERB_DENIED}\Z", re.I)
# A link verb denied: "has not been linked to", "is not considered a suspect in".
LINK_DENIED = re.compile(
    rf"{_VERB_DENIED}(?:considered\s+|named\s+|called\s+)?(?:an?\s+|the\s+)?\Z", re.I
)
# A question an official left open is no statement of a link: "Police declined to say whether
# he is a suspect in other killings", "would not say whether the two deaths are connected".
LEFT_OPEN = compile_scan(
    r"\b(?:(?:declined|refused)\s+to|(?:would|will|did|could)\s+not|(?:would|will|did|could)n['’]t)"
    r"\s+(?:say|confirm|comment\s+on|disclose|discuss|speculate\s+on)\s+whether\b",
    re.I,
)
# A charge to come denied of its subject: "No officers or guards will face charges in the death
# of", "No one will be charged" (the subject "no" one, at the start of its clause).
NO_ONE_BEFORE = re.compile(
    r"(?:\A|[,;:]\s+|\s[—–-]+\s+|\b(?:that|said|says|say|announced)\s+)[\"“]?(?:no|none\s+of\s+the)\s+(?:[\w'’-]+\s+){0,7}?"
    r"(?:(?:is|are|was|were)\s+)?\Z",
    re.I,
)
NO_SUSPECT = re.compile(
    r"\b(?:no|not|any|never|yet to)\s+(?:[\w'’-]+\s+){0,3}?(?:an?\s+|any\s+)?"
    r"(?:(?:prime|main|primary|lead|key|only)\s+)?\Z",
    re.I,
)


# What may stand between a person named as the subject and the link: an age or an
# apposition, then auxiliaries ("Bo Tran, 29, is also a", "Bo Tran may have been"), the
# link's words perhaps quoted from the police ('Bo Tran is "a person of interest"').
SUBJECT_GAP = re.compile(
    r"\A(?:,[^.;]{0,80}?,)?\s+(?:[\"“]?(?:is|was|were|are|has|had|have|been|being|be|also|now|"
    r"still|considered|named|identified|believed|thought|may|might|could|as|remains?|the|a|an|"
    r"man|woman|person|one)\s+)*[\"“]?\Z",
    re.I,
)
# A link verb right before the person it ties: "evidence links Bo Tran to".
OBJECT_GAP = re.compile(
    # "police suspect Bo Tran in"
    r"\A(?:connect\w*|link\w*|ties|tied|tying|match\w*|suspect(?:s|ed)?|"
    # "identified Bo Tran, 30, as the man who shot her"
    r"identified|named|"
    # "investigating her boyfriend, Bo Tran, in her death"
    r"investigat\w*(?:\s+(?:his|her|their|the)\s+[\w-]+,)?)\s+\Z",
    re.I,
)
# A reference to a person met before: a pronoun, or a definite noun ("the suspect").
REFERS = compile_scan(
    r"\b(?:he|him|his|she|her|they|them|the (?:[\w-]+ ){0,2}?(?:suspect|man|woman|defendant|"
    r"accused|teen|teenager|gunman|shooter))\b",
    re.I,
)


# A killing or its dead told after a charge's name: "in the death of Cy Hall", "in a second
# fatal crash".
KILLING_TOLD_AFTER = re.compile(
    r"\b(?:in|for)\s+(?:the|a|an|his|her|their|two|three)\s+(?:[\w'’-]+\s+){0,3}?(?:deaths?|"
    r"killings?|crash(?:es)?|murders?|slayings?|shootings?|homicides?|collisions?)\b|"
    r"\b(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])",
    re.I,
)
