"""Acts and offences: whether words tell an act done to someone ("murdering his wife",
"kidnapping a 9-year-old girl", "stealing more than $1.2 million", "the burning of a house")
rather than name an offence ("endangering the welfare of a child", "recklessly endangering
another person", "improper handling of a firearm"), and the offence such an act is, where its
name shares the verb's stem ("murdering" is murder); and an offence named in the plural, as
one charge names it ("burglaries" is burglary)."""

from __future__ import annotations

import re

from casefile.extraction.offence_heads import is_head

# Whom an act is done to: "murdering his wife", "kidnapping a 9-year-old girl" tell what was
# done, not the offence charged ("endangering the welfare of a child", "leaving the scene").
_PERSON_OBJECT = frozenset(
    ["him", "her", "them", "himself", "herself", "wife", "husband", "girlfriend", "boyfriend",
     "partner", "girl", "boy", "girls", "boys", "woman", "man", "women", "men", "child",
     "children", "daughter", "daughters", "son", "sons", "baby", "infant", "toddler", "mother",
     "father", "stepfather", "stepmother", "brother", "sister", "officer", "officers", "deputy",
     "trooper", "teen", "teenager", "student", "classmate", "neighbor", "neighbour", "victim",
     "friend", "roommate", "people", "person", "stranger", "customer", "clerk", "driver",
     # those in a coach's, a teacher's or a pastor's charge: "sexually assaulting a player"
     "player", "players", "athlete", "athletes", "pupil", "pupils", "parishioner", "patient",
     "patients"]
)  # fmt: skip


# A sum of money an act is told by: "$40,000", "more than $1.2 million".
_AMOUNT = re.compile(
    r"(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|about\s+|almost\s+|at\s+least\s+|"
    r"roughly\s+|up\s+to\s+|some\s+)?\$"
)
_POSSESSIVES = frozenset(["her", "his", "their"])
# What is left of someone once dead: "leaving their bodies", "hiding her remains" tell a deed
# done to particular dead people (not "concealing a dead body", an offence's name).
_REMAINS = frozenset(["body", "bodies", "remains", "corpse", "corpses"])
_AGED = re.compile(r"\d{1,3}-(?:year|month|week)-olds?")


def _person_object(words: list[str], at: int) -> bool:
    """Whether `words[at]` is a person an act is done to: "her" is one at the end ("assaulting
    her") or before a person ("her husband", "his 2-year-old son"), not before a thing
    ("violating her bond conditions")."""
    word = words[at].strip(",.")
    if _AGED.fullmatch(word):
        return True  # one told by an age alone: "murdering a 22-year-old"
    if word in _POSSESSIVES and _REMAINS & {w.strip(",.;") for w in words[at + 1 : at + 3]}:
        return True  # "her body", "their bodies", "his wife's remains"
    if word.split("-")[-1] not in _PERSON_OBJECT:  # "ex-girlfriend"
        return False
    if word in _POSSESSIVES and at + 1 < len(words):
        # "her former boyfriend", "his 2-year-old son"
        return any(_person_object(words, after) for after in range(at + 1, min(at + 4, len(words))))
    return True


_NUMBER_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several"]
)
# The offence an act in -ing is ("murdering his wife" is murder); only where the offence's
# name shares the verb's stem, so that the quote still states it ("raping" holds no "rape").
_OFFENCE_OF_ACT = {
    "murdering": "murder", "assaulting": "assault", "kidnapping": "kidnapping",
    "abducting": "abduction", "torturing": "torture", "molesting": "molestation",
    "stalking": "stalking", "embezzling": "embezzlement", "defrauding": "fraud",
    "strangling": "strangulation", "threatening": "threats", "endangering": "endangerment",
    "harassing": "harassment", "imprisoning": "false imprisonment", "battering": "battery",
}  # fmt: skip


# Words no run of words naming a person after a verb holds: a preposition, an article, a
# conjunction.
_NOT_A_PERSON_BEFORE = frozenset(
    ["of", "in", "on", "at", "to", "for", "from", "with", "into", "by", "against", "under",
     "within", "near", "across", "the", "a", "an", "and", "or"]
)  # fmt: skip


# Things whose handling a code makes an offence of: "improper handling of a firearm".
_CONTROLLED_THING = frozenset(
    ["firearm", "firearms", "gun", "guns", "handgun", "weapon", "weapons", "ammunition",
     "explosive", "explosives", "substance", "substances", "narcotics", "drugs"]
)  # fmt: skip


# Offences whose own name ends in -ing.
OFFENCE_NOUNS_IN_ING = frozenset(
    ["wounding", "kidnapping", "stalking", "carjacking", "trafficking", "shoplifting",
     "racketeering", "trespassing", "loitering", "looting", "smuggling", "speeding", "hazing",
     "poaching", "gambling", "prowling", "littering", "counterfeiting", "bootlegging",
     "hijacking", "pandering", "pimping", "voyeurism", "jaywalking", "rioting", "menacing"]
)  # fmt: skip


def act_in(
    words: list[str], capitals: frozenset[str] = frozenset(), event: bool = False
) -> tuple[bool, str | None]:
    """Whether `words` tell an act done to someone rather than name an offence (a verb in -ing
    whose object is a person: "sexually assaulting an unconscious woman", "murdering Ann Lee"
    when `capitals`, the words written with a capital, hold "ann"; an act named with "of":
    "the burning of a restaurant", `event` when the phrase opened with "the"), and the offence
    that act is, if known."""
    for position, word in enumerate(words):
        if is_head(word) and not word.endswith("ly"):
            if not word.endswith("ing") or word in _OFFICE_OBJECT_VERBS:
                return False, None
            after = words[position + 1 : position + 6]
            of_whom = after[1].strip(",.;") if len(after) > 1 else ""
            # (a bare "burning of a building", with no "the" and no one named after it, is a
            # code's name for the offence, as Massachusetts charges it)
            code_name = (
                not position
                and not event
                and of_whom in ("a", "an")
                and len(after) > 2
                and after[2].strip(",.;") not in capitals  # not "burning of a Wendy's"
            )
            if (
                after[:1] == ["of"]
                and not code_name
                and not _CONTROLLED_THING & set(after[1:5])
                and of_whom not in _PROTECTED_CLASSES | _ANYONE | {"another"}
            ):
                # "the wounding of Ann Lee", "the burning of a house" (but "improper handling
                # of a firearm" names an offence, and so does a class a code protects, named
                # by a bare plural: "continuous trafficking of persons", "trafficking of minors")
                return True, word if word in OFFENCE_NOUNS_IN_ING else None
            if not after and not position and word in _OFFENCE_OF_ACT:  # "murdering and ..."
                return True, _OFFENCE_OF_ACT[word]
            if after[:1] and after[0] in capitals and word in _OFFENCE_OF_ACT:
                return True, _OFFENCE_OF_ACT[word]  # "murdering Ann Lee" is murder
            rest = [w.strip(",.;") for w in words[position + 1 :]]
            if rest and rest[-1] in capitals and not _NOT_A_PERSON_BEFORE & set(rest):
                # an act on someone the report names, by his title too: "fatally shooting
                # Special Agent Bo Rand" (not "trafficking in Hudson County", a place, nor
                # "violating the Clean Water Act", a thing a name with "the" tells)
                return True, _OFFENCE_OF_ACT.get(word) or (
                    word if word in OFFENCE_NOUNS_IN_ING else None
                )
            if after and (
                after[0][:1].isdigit()
                or after[0] in _NUMBER_WORDS
                or _AMOUNT.match(" ".join(after))
            ):
                # "burning five trucks", "stealing more than $1.2 million", "shooting
                # 29-year-old Ann Lee": what was done, not an offence
                return True, None
            # A particular fire is the event the report tells: "setting a fire last month that
            # gutted a building", "not guilty of setting the fire" tell the deed, no offence's
            # name ("setting fire to a building" is one).
            if after[:1] in (["a"], ["the"]) and after[1:2] in (["fire"], ["blaze"]):
                return True, None
            # A person after "of" is the object of a thing, not of the act: "endangering the
            # welfare of a child" names an offence.
            if "of" in after:
                after = after[: after.index("of")]
            # Anyone a code protects is no one in particular: "recklessly endangering another
            # person", "causing the death of another" name offences.
            # A class named by a bare plural is whom a code protects too: "endangering
            # children", "corrupting minors" (not "endangering her children", "two children").
            if after[:1] and (
                after[0] in _ANYONE
                or after[0] in _PROTECTED_CLASSES
                or after[:2] in (["another"], ["another", "person"])
            ):
                return False, None
            # ... and so is an office a code protects from an assault or a threat: "menacing
            # a police officer", "assaulting an emergency worker" (not "the officer", "two
            # officers": people the report tells of)
            if word in _AGAINST_OFFICE_VERBS and _AN_OFFICE.match(" ".join(after)):
                return False, None
            if not any(_person_object(after, at) for at in range(len(after))):
                return False, None
            # (an act whose verb is an offence's own name is that offence: "carjacking a
            # woman at gunpoint" is carjacking)
            offence = _OFFENCE_OF_ACT.get(word) or (word if word in OFFENCE_NOUNS_IN_ING else None)
            if offence and position and words[position - 1] == "sexually":
                offence = "sexual " + offence
            return True, offence
    return False, None


# Offences against a person that codes name by the office protected.
_AGAINST_OFFICE_VERBS = frozenset(
    ["assaulting", "battering", "menacing", "threatening", "harassing", "obstructing"]
)
_AN_OFFICE = re.compile(
    r"^(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:officer|constable|firefighter|worker|servant|official)$"
)


# Plural names that are offences' own ("threats") or things a charge is about ("drugs").
_PLURAL_NAMES = frozenset(
    ["threats", "drugs", "weapons", "firearms", "narcotics", "guns", "handguns", "explosives",
     "crimes", "substances", "goods", "arms", "controlled", "looting", "menaces"]
)  # fmt: skip


def singular(word: str) -> str:
    """An offence named in the plural, as one charge names it: "burglaries" is burglary."""
    if word in _PLURAL_NAMES or not is_head(word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us")) and is_head(word[:-1]):
        return word[:-1]
    return word


# The words a code names its victim with: anyone, not a person the report tells of.
_ANYONE = frozenset(["others", "any"])
_PROTECTED_CLASSES = frozenset(["children", "minors", "juveniles", "persons"])


# Verbs whose object is part of the offence's name: "resisting an officer", "enticing a minor",
# "evading a peace officer".
_OFFICE_OBJECT_VERBS = frozenset(
    ["resisting", "obstructing", "impersonating", "eluding", "evading", "fleeing", "intimidating",
     "tampering", "soliciting", "enticing", "luring", "contributing", "harboring",
     "harbouring", "hindering", "interfering", "disarming"]
)  # fmt: skip
