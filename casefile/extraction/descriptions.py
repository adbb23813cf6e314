"""Whom a name stands for when the report gives it to a description: "A man was arrested
Friday. He was identified as Bo Tran", "Police identified the driver as Ann Lee", "Four men
were indicted. The men are Bo Tran, 20; ...". The name takes the role the report gave the
description: a suspect when the sentence that introduced "a man" says he was arrested,
charged, sought or did the harm. A description of someone harmed ("A woman was found dead.
She was identified as ...") gives no suspect. Reports also name a group by what was done to
it: "Charged are Bo Tran and Ann Lee", "Those arrested include ...".
"""

from __future__ import annotations

import re

from casefile.extraction.cues import CUE_AFTER, DESCRIBED_DOER
from casefile.extraction.cues_before import CUE_BEFORE, REACH
from casefile.extraction.harm_words import BY_POLICE
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, matches_in, prefix_match, search_within
from casefile.extraction.reference_cues import MISSING, SOUGHT
from casefile.extraction.sentences import Sentence

# The nouns a report calls a person by before it names him, by whom a pronoun can stand for.
_MALE = ("man", "boy", "father", "son", "husband", "brother", "boyfriend", "gunman")
_FEMALE = ("woman", "girl", "mother", "daughter", "wife", "sister", "girlfriend")
_EITHER = (
    "driver", "motorist", "suspect", "teen", "teenager", "juvenile", "minor", "person", "youth",
    "shooter", "robber", "attacker", "assailant", "passenger", "resident", "student", "teacher",
    "employee", "worker", "parent", "caregiver", "babysitter", "neighbor", "roommate",
    "individual", "defendant", "inmate", "officer", "deputy",
    # those a report most often tells harmed before it names them ("A pedestrian was struck
    # and killed ... She was identified as")
    "pedestrian", "cyclist", "bicyclist", "motorcyclist", "bystander", "customer", "clerk",
    "cashier", "jogger", "hiker", "patron", "victim",
)  # fmt: skip
_PLURAL = (
    "men", "women", "people", "persons", "suspects", "teens", "teenagers", "juveniles", "minors",
    "defendants", "individuals", "brothers", "sisters", "parents", "couple", "pair", "boys",
    "girls", "adults", "others", "officers", "deputies",
)  # fmt: skip
# Nouns that are a suspect's by themselves ("the suspect was identified as").
_SUSPECT_NOUNS = frozenset(
    ["suspect", "suspects", "gunman", "shooter", "robber", "attacker", "assailant", "defendant",
     "defendants"]
)  # fmt: skip
_SINGULAR = _MALE + _FEMALE + _EITHER
# The nouns a report calls a suspect by before it says whether a man or a woman.
_UNSEXED = frozenset(["suspect", "person", "individual"])
_ANY_ONE = frozenset(["teen", "teenager", "youth", "juvenile", "minor", "person", "individual"])
_NOUN = r"(?:" + "|".join(_SINGULAR + _PLURAL) + r")"
PLURAL_NOUN = r"(?:" + "|".join(_PLURAL) + r")"
PLURAL_NOUNS = frozenset(_PLURAL)
# What a report says was done to the one it describes, told right after the noun: "a man
# arrested Friday was identified as".
_DONE = (
    r"(?:arrested|charged|indicted|detained|accused|booked|taken into custody|wanted|sought|"
    # "Others named in the complaint include", "Others facing charges are".
    r"named in (?:the|an?) (?:[\w-]+ ){0,2}?(?:indictment|complaint|warrant|affidavit)|"
    r"facing (?:[\w-]+ ){0,2}?charges)"
)

# Who named him and when, between "identified" and "as": "identified by the county coroner
# as", "identified Wednesday as".
_BY_WHOM = r"(?:(?:by|on|in|through|late|early|[\w'’.-]+day)\s+(?:[\w'’.-]+\s+){0,6}?)?"
# The words just before a name that give it to a description. Each alternative ends where
# the name starts.
NAMED_FOR = compile_scan(
    # "He was identified as", "the 31-year-old man has been identified as", "the man arrested
    # Friday was identified as", "the two men were named as".
    r"(?:\b(?P<subject>he|she|they|the\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + _NOUN + r"))"
    r"(?:,?\s+(?:who\s+(?:was|were)\s+)?(?P<done>" + _DONE + r")\b[^.;]{0,60}?,?)?"
    # "The gunman — identified by police as Bo Tran — fled": an aside between dashes.
    r"(?:,|\s*[—–]|\s+--)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?"
    r"(?:later\s+|also\s+)?(?:identified|named)\s+" + _BY_WHOM + r"as\s+"
    # "Police identified the driver as", "deputies named him as".
    # "Police identified one of them as": one of the group told before.
    r"|\b(?:identified|named)\s+(?P<object>him|her|them|one\s+of\s+them|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<onoun>" + _NOUN + r"))\s+" + _BY_WHOM + r"as\s+"
    # "They are Bo Tran, 19, and Ann Lee, 22", "The men are ...", "The four were identified as".
    # "Among them were Bo Tran, 19, and ...": of the group the sentence before tells.
    r"|\A\W*(?P<group>they|among\s+them|the\s+(?:[\w-]+\s+){0,2}?(?P<gnoun>"
    + PLURAL_NOUN
    + r"|two|three|"
    r"four|five|six|seven|eight|nine|ten))(?:\s+(?:are|were|include|included)\s+|"
    # "Among them: Bo Tran, Ann Lee and ...".
    r"(?<=them):\s+)(?:identified\s+as\s+)?"
    # "Charged are Bo Tran and Ann Lee", "Those arrested include", "Also indicted were".
    r"|\A\W*(?P<inverted>(?:(?:among\s+)?(?:those|others|the\s+(?:[\w-]+\s+){0,2}?"
    + PLURAL_NOUN
    + r")\s+)?"
    # ("Arrested at the scene were", "Charged after the raid were": where or when, between)
    r"(?:also\s+)?" + _DONE + r"(?:\s+(?:in|with|on|at|after|during|following)\s+[^.;:]{0,40}?)?)"
    r"\s+(?:are|were|was|is|"
    r"include|included)\s+"
    # "Also arrested was his girlfriend, Ann Lee".
    r"(?:(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?"
    # "He is Bo Tran, 39, of Elgin, police said", "The driver was Ann Lee": a sentence that
    # opens on the description and says who it is.
    # "That man is Bo Tran": the one the sentence before spoke of. Also in what someone said
    # ("the chief said the man is Bo Tran"), and with what was done to him after the noun
    # ("The man in custody is Bo Tran", "said the man arrested Friday was Bo Tran").
    r"|(?:\A\W*|\b(?:said|says|confirmed|announced)\s+(?:that\s+)?)"
    r"(?P<single>he|she|(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?P<snoun>"
    + "|".join(_SINGULAR)
    + r"))"
    r"(?:\s+(?P<sdone>in\s+custody|" + _DONE + r")\b[^.;,]{0,40}?)?"
    r"\s+(?:is|was)\s+"
    # "The man, Bo Tran, 41, was taken to a hospital": a sentence opening on the description
    # with the name beside it; "Two others, Ann Lee and ...": the rest of a group told before.
    r"|\A\W*(?P<apposed>(?:the|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<anoun>" + _NOUN + r"|(?<=other )(?:two|three|four|five|six))),\s+"
    # "Police identified the woman as his girlfriend, Ann Lee": a relation beside the name.
    r")(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?"
    # "The others are two women: Ann Lee and ...": a count's label before the names; "The
    # others are a deputy whose name was not released and two women: Ann Lee and ...": an
    # unnamed member told first, then the named ones under their count.
    r"(?:(?:an?\s+[^.;:]{0,80}?\s+and\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten)\s))?"
    r"(?:[\w-]+\s+){0,2}?[\w-]+:\s+)?(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
NAMED_FOR_GATE = key_words(
    "identified", "named", " are ", " were ", "include", " is ", " was ", "among",
    *(f"{noun}, " for noun in _SINGULAR + _PLURAL),
    *(f"other {count}, " for count in ("two", "three", "four", "five", "six")),
)  # fmt: skip
# How a report first mentions someone it has not named: "a 31-year-old Dayton man", "two men".
_DESCRIBED = re.compile(
    r"\b(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,3}|both|several|"
    r"dozens\s+of)\s+"
    # (not a thing someone has: "in the driver's seat"; but "a woman's body" is hers)
    r"(?:[\w'’-]+\s+){0,3}?(?P<head>" + _NOUN + r")\b(?!['’]s?\s+(?!(?:body|bodies|remains)\b))",
    re.IGNORECASE,
)
# How far back the description may have been introduced.
_LOOK_BACK = 3


def _fits(head: str, noun: str | None, pronoun: str | None) -> bool:
    """Whether the description `head` can be what `noun` or the pronoun refers to."""
    head = head.lower()
    if noun:
        noun = noun.lower()
        # "the teen" may be the "16-year-old boy" told before: a noun that says no more than
        # age or person stands for any one description.
        # "The others are ..." are the rest of any group told before ("three people").
        # "That man" may be the "person of interest" or the "suspect" told before, whom the
        # report gave no gender.
        return (
            head == noun
            or (noun in _ANY_ONE and head in _SINGULAR)
            or (head in _UNSEXED and (noun in _MALE or noun in _FEMALE))
            or (noun == "others" and head in _PLURAL)
        )
    pronoun = (pronoun or "").lower()
    if pronoun == "he":
        return head in _MALE or head in _EITHER
    if pronoun == "she":
        return head in _FEMALE or head in _EITHER
    return head in _PLURAL  # they, them, or a number ("the four")


def _suspect_described(sentence: Sentence, end: int, noun: str | None, pronoun: str) -> bool | None:
    """Whether the nearest description before `end` of `sentence` that the noun or pronoun
    can refer to is one the sentence says was arrested, charged, sought or did the harm;
    None when the sentence has no such description."""
    text = sentence.text
    found = [m for m in _DESCRIBED.finditer(text, 0, end) if _fits(m.group("head"), noun, pronoun)]
    if not found:
        return None
    last = found[-1]
    if last.group("head").lower() in _SUSPECT_NOUNS and _HARM_AFTER_DESCRIPTION.match(
        text[last.end() :]
    ):
        return True  # "A robbery suspect died after a shootout": the suspect, though harmed
    if harmed_description(text, last.start(), last.end()):
        return False  # "a 17-year-old was charged after a woman's body was found": she is not
    if _OF_INTEREST.match(text, last.end()):
        return True  # "Police have a person of interest. That man is Bo Tran"
    if last.group("head").lower() in _SUSPECT_NOUNS and not _AGENT.search(
        text, max(0, last.start() - 10), last.start()
    ):
        # "Police have named a suspect in the robbery. He is Bo Tran" (not "a man was shot
        # by a robber. He was identified as", where "he" is the one shot).
        return True
    return bool(
        prefix_match(CUE_AFTER, text[last.end() :])
        or DESCRIBED_DOER.match(text[last.end() :])
        or search_within(CUE_BEFORE, text, max(0, last.start() - REACH), last.start())
        or described_as_sought(text, last.start())
    )


_OF_INTEREST = re.compile(r"\s+of\s+interest\b", re.IGNORECASE)
# The preposition before a description that makes it no subject a pronoun can stand for.
_AGENT = re.compile(r"\b(?:by|of|from|with|to)\s+\Z", re.IGNORECASE)


def described_as_sought(text: str, start: int) -> bool:
    """Whether `text` says the police look for the description at `start` ("searching for a
    33-year-old man"), not for someone missing."""
    return bool(search_within(SOUGHT, text, max(0, start - REACH), start)) and not MISSING.search(
        text
    )


# What a report says befell the one it describes, right after the description: "a woman was
# found dead", "a man who was shot", "a woman's body", "the man died".
_HARM_AFTER_DESCRIPTION = re.compile(
    r"\A(?:['’]s\s+(?:body|remains)\b|\s+(?:dead|unresponsive)\b|\s+whose\s+bod(?:y|ies)\b|"
    # ("found two men in the front seats of a car with gunshot wounds": where, between)
    r"(?:\s+(?:in|inside|at|on|near|outside|behind)\s+[^.;,]{1,50}?)?"
    r"\s+(?:with|suffering\s+from)\s+(?:\w+\s+)?(?:gunshot|stab|fatal|life-threatening)\b|,?\s+(?:who\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:(?:found|later)\s+)?(?:fatally\s+)?(?:dead|killed|shot|stabbed|slain|murdered|beaten|"
    r"strangled|wounded|injured|struck|hit|run\s+over|robbed|carjacked|kidnapped|abducted|"
    r"assaulted|attacked|raped)|(?:has\s+|have\s+|had\s+)?died|"
    r"(?:is|are|was|were|lay|lies)\s+dead|(?:was|were)\s+pronounced\s+dead)\b"
    # The participle alone: "the family of a man shot to death outside a store", "a woman
    # killed in a crash" (not "a man killed his wife", "a man fatally shot a clerk").
    r"|\s+(?:shot|stabbed|beaten|struck)\s+(?:to\s+death|and\s+killed)\b"
    r"|\s+(?:killed|slain|fatally\s+(?:shot|stabbed|struck|wounded|injured))\b"
    r"(?!\s+(?:his|her|their|a|an|the|two|three|four|one)\b))",
    re.IGNORECASE,
)
# "the body of a woman", "the death of a man", "shot and killed a man".
# (compile_scan: searched at every position, it skips in C to where a match can start)
_HARM_BEFORE_DESCRIPTION = compile_scan(
    r"\b(?:(?:body|bodies|remains|death|deaths|killing|murder|slaying|shooting|stabbing)\s+of|"
    r"killed|shot|stabbed|murdered|strangled|struck|hit|ran\s+over|run\s+over)\s+\Z",
    re.IGNORECASE,
)


def harmed_description(text: str, start: int, end: int) -> bool:
    """Whether the description at `start:end` of `text` is told as the one harmed in the
    case: harm done by police ("an officer shot a man") makes no victim of it."""
    harmed = prefix_match(_HARM_AFTER_DESCRIPTION, text[end:]) or _HARM_BEFORE_DESCRIPTION.search(
        text, max(0, start - 40), start
    )
    return bool(harmed) and not search_within(BY_POLICE, text, max(0, start - 60), end + 80)


def _harmed_described(sentence: Sentence, end: int, noun: str | None, pronoun: str) -> bool | None:
    """Whether the nearest description before `end` of `sentence` that the noun or pronoun
    can refer to is told as the one harmed; None when the sentence has no such description."""
    text = sentence.text
    found = [m for m in _DESCRIBED.finditer(text, 0, end) if _fits(m.group("head"), noun, pronoun)]
    if not found:
        return None
    last = found[-1]
    if last.group("head").lower() in _SUSPECT_NOUNS and _HARM_AFTER_DESCRIPTION.match(
        text[last.end() :]
    ):
        return False  # "A robbery suspect died after a shootout": harmed, but the suspect
    return harmed_description(text, found[-1].start(), found[-1].end())


def _group_noun(match: re.Match[str]) -> str | None:
    """The noun of the description a `NAMED_FOR` match gives the name to ("man", "two")."""
    return (
        match.group("noun")
        or match.group("onoun")
        or match.group("gnoun")
        or match.group("anoun")
        or match.group("snoun")
    )


def _group_word(match: re.Match[str]) -> str:
    """The words that stand for the description in a `NAMED_FOR` match ("he", "the man")."""
    for name in ("subject", "object", "group", "apposed", "single"):
        if match.group(name):
            return match.group(name)
    return ""


def names_the_harmed(sentences: list[Sentence], sentence: Sentence, start: int) -> bool:
    """Whether the words before the name at `start` give it to a description the report told
    as the one harmed: "A woman was found dead ... The woman was identified as Ann Lee",
    "A 17-year-old was charged after a woman's body was found. Police identified her as"."""
    match = search_within(NAMED_FOR, sentence.text, max(0, start - REACH), start)
    if match is None or match.group("inverted") or match.group("done") or match.group("sdone"):
        return False
    noun = _group_noun(match)
    pronoun = _group_word(match)
    if not pronoun or (noun and noun.lower() in _SUSPECT_NOUNS):
        return False
    if noun and noun.lower() not in _SINGULAR + _PLURAL:
        noun = None  # "the two were identified as": a number stands for a group
        pronoun = "they"
    pronoun = {"him": "he", "her": "she", "them": "they"}.get(pronoun.lower(), pronoun.lower())
    if noun:
        pronoun = ""
    own = _harmed_described(sentence, match.start(), noun, pronoun)
    if own is not None:
        return own
    # A noun ("the woman") keeps to its description however far back the report gave it; a
    # pronoun only to one near.
    first = 0 if noun else max(0, sentence.index - _LOOK_BACK)
    for earlier in sentences[first : sentence.index][::-1]:
        told = _harmed_described(earlier, len(earlier.text), noun, pronoun)
        if told is not None:
            return told
    return False


def names_a_suspect(sentences: list[Sentence], sentence: Sentence, start: int) -> bool:
    """Whether the words before the name at `start` give it to a description that the
    report says is a suspect (see the module's docstring)."""
    match = search_within(NAMED_FOR, sentence.text, max(0, start - REACH), start)
    if match is None:
        return False
    if match.group("inverted") or match.group("done") or match.group("sdone"):
        # "Charged are ...", "the man arrested Friday was identified as", "the man in
        # custody is"
        return True
    noun = _group_noun(match)
    if noun and noun.lower() in _SUSPECT_NOUNS:
        return True
    if noun and noun.lower() not in _SINGULAR + _PLURAL:
        noun = None  # "the four": a number stands for a group, as "they" does
        pronoun = "they"
    else:
        pronoun = _group_word(match).lower()
        pronoun = {"him": "he", "her": "she", "them": "they"}.get(pronoun, pronoun)
    # The description in this sentence before the words, else in the sentences before it.
    own = _suspect_described(sentence, match.start(), noun, pronoun)
    if own is not None:
        return own
    for earlier in sentences[max(0, sentence.index - _LOOK_BACK) : sentence.index][::-1]:
        told = _suspect_described(earlier, len(earlier.text), noun, pronoun)
        if told is not None:
            return told
    return False


# "A Tulsa woman pleaded guilty ... Denise Harlow, 52, admitted ...": a report that leads with
# an unnamed suspect and then introduces one person, with an age, as a sentence's subject,
# means that person. Only an indefinite description ("a man", "a 31-year-old driver") that the
# sentence says was arrested, charged or did the harm leads so.
_INDEFINITE = re.compile(
    r"\b(?:a|an)\s+(?:(?P<age>\d{1,3})-year-old\s+)?(?:[\w'’-]+\s+){0,2}?(?P<head>"
    + "|".join(_SINGULAR)
    + r")\b",
    re.IGNORECASE,
)
# A name opening its sentence, or after who said it ("Police said Ann Lee, 44, drove ...").
# "The man, Ann Lee, ...": after the description it names.
# "Photo: Ann Lee, 44.": after a caption's label. "His girlfriend, Ann Lee": after a relation.
_OPENS = re.compile(
    r"\A\W*(?:(?:photo|pictured|above|mugshot|booking photo)\s*:\s*)?"
    r"(?:(?:[\w'’.-]+\s+){1,6}?(?:said|says|say|reported|allege|alleges|alleged)"
    r"(?:\s+that)?\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r",\s+"
    # "His girlfriend, Ann Lee, 25, drove the getaway car": after the relation it names.
    r"|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:girlfriend|boyfriend|wife|husband|brother|"
    r"sister|son|daughter|cousin|friend|accomplice|roommate|nephew|niece|partner|mother|father|"
    r"stepmother|stepfather|"
    # (or by work: "His former manager, Ann Lee, 39, ran the front desk")
    r"manager|employee|employer|boss|associate|co-?worker|assistant|bookkeeper|"
    r"co-?defendant),\s+)?\Z",
    re.IGNORECASE,
)
# What the subject does next: speaking is a witness's or an official's part.
# (testimony for the prosecution is a cooperating defendant's as often as a witness's: "Ann
# Lee, 39, also testified for the prosecution. She pleaded guilty in December")
_SPEAKS = re.compile(
    r"\A,[^.;]{0,80}?,?\s+(?:\w+\s+)?(?:said|says|told|"
    # (not one who testified for the state or against another, as a co-defendant does)
    r"testified(?!\s+(?:for|on behalf of)\s+the\s+(?:prosecution|state|government)\b|"
    r"\s+against\b)|"
    r"recalled|added|explained|described|wrote|posted)\b",
    re.IGNORECASE,
)


def unnamed_suspect_ages(sentences: list[Sentence]) -> list[int | None]:
    """The age (or None) of each unnamed suspect the report leads with ("A 44-year-old man was
    charged ...", "Officers arrested a woman ...", "A Dayton man accused of stealing ...",
    "a man who robbed a bank"), in the order told."""
    ages: list[int | None] = []
    for sentence in sentences:
        text = sentence.text
        for match in matches_in(_INDEFINITE, text):
            after = text[match.end() :]
            if (
                prefix_match(CUE_AFTER, after)
                or prefix_match(DESCRIBED_DOER, after)
                or search_within(CUE_BEFORE, text, max(0, match.start() - REACH), match.start())
            ):
                ages.append(int(match.group("age")) if match.group("age") else None)
    return ages


def introduced_as_subject(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the name at `start:end` opens `sentence` (perhaps after who said it) and does
    something other than speak."""
    text = sentence.text
    return bool(prefix_match(_OPENS, text[:start])) and not prefix_match(_SPEAKS, text[end:])


# What is said of someone hurt or caught up in the incident rather than of who caused it.
_HARMED = re.compile(
    r"\A(?:,[^.;]{0,80}?,)?\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:treated|"
    r"hospitalized|taken|rushed|airlifted|flown|injured|hurt|wounded|found|pronounced|killed|"
    r"shot|stabbed|struck|hit|driving|walking|riding|sitting|standing|sleeping|inside|home)|"
    r"suffered|sustained|died|survived|remains\s+in|is\s+recovering|was\s+in\s+(?:critical|"
    r"serious|stable))\b",
    re.IGNORECASE,
)


def undergoes_harm(sentence: Sentence, end: int) -> bool:
    """Whether `sentence` says the name ending at `end` was hurt, treated or going about his
    day when it happened."""
    return bool(prefix_match(_HARMED, sentence.text[end:]))
