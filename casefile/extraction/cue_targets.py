"""Which name of a sentence a suspect cue is said of: where the cue after a name ends
(`cue_after`), whether it is said of a later name in an aside instead, which names stand in one
list and so share a cue (`joined_pairs`), and whether a name set off by a comma right after
another is a second person. `roles.CastRoles` reads the cues through these."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from casefile.extraction.cue_words import SUSPECT_CUE_WORDS
from casefile.extraction.cues import CUE_AFTER, CUE_RELATIVE_ONLY, DEED
from casefile.extraction.cues_before import AFTER_PREPOSITION, NOT_CALLED_SUSPECT, SPOKE_THEN_TAKEN
from casefile.extraction.mentions import NameMention
from casefile.extraction.patterns import prefix_match
from casefile.extraction.person import Person
from casefile.extraction.pronoun_gender import genders_told_before
from casefile.extraction.reference_cues import COORDINATION
from casefile.extraction.sentences import Sentence


def cue_after(sentence: Sentence, start: int, end: int) -> int | None:
    """Where the suspect cue that follows the name at `start:end` ends, or None if none does.
    The cue's words are looked for first: the full pattern backtracks a great deal on the
    many names that have none."""
    same_offsets = len(sentence.lower) == len(sentence.text)
    if same_offsets and not SUSPECT_CUE_WORDS.occurs_from(sentence, end):
        return None
    return _cue_after(sentence.text, start, end)


# Cached: the cue after a name follows from the sentence's words alone, and a sentence recurs
# across the reports of one case (revisions, syndicated copies).
@lru_cache(maxsize=16384)
def _cue_after(text: str, start: int, end: int) -> int | None:
    after = text[end:]
    if AFTER_PREPOSITION.search(text, max(0, start - 30), start):
        found = prefix_match(CUE_RELATIVE_ONLY, after)
        return end + found.end() if found else None
    if _CAUSATIVE.search(text, max(0, start - 60), start) and _HARM_PARTICIPLE.match(after):
        return None  # "paid to have her ex-husband, Bo Tran, killed": the one to be harmed
    if NOT_CALLED_SUSPECT.search(text, max(0, start - 30), start):
        return None  # "Police do not consider Bo Tran a suspect"
    found = prefix_match(CUE_AFTER, after)  # the pattern anchors with \A
    if (
        found
        and _WHILE_HELD.search(text, max(0, start - 10), start)
        and _HELD_STATE.search(found.group(0))
    ):
        return None  # "struck him while Ann Lee was handcuffed": the state, not an arrest
    if found and _for_another(text, start, found.group(0)):
        return None
    if (
        found
        and _HARMED_BY_VERB.search(text, max(0, start - 70), start)
        and _DEED_LAST.search(found.group(0))
    ):
        return None  # "Bo Tran struck Ann Lee, 57, with a club, choked her": his deeds
    if found:
        return end + found.end()
    # "Bo Tran told the judge before he was sentenced": the speaker, then taken.
    if found := SPOKE_THEN_TAKEN.match(after):
        return end + found.end()
    # "His brother, Cole Marsh, was charged", "A man, identified as Cole Marsh, was charged":
    # the comma after the name closes it.
    closing = after.startswith(",") and bool(
        _APPOSITIVE_OPENS.search(text, max(0, start - 80), start)
    )
    found = prefix_match(CUE_AFTER, after[1:]) if closing else None
    if found is None or _for_another(text, start, found.group(0)):
        return None
    return end + 1 + found.end()


# Bail posted with a possessive: "posted his $5,000 bond".
_POSTED_WHOSE = re.compile(r"\bposted\s+(?:(?P<m>his)|(?P<f>her))\b", re.I)


def _for_another(text: str, start: int, cue: str) -> bool:
    """Whether the cue after the name at `start` is an act for someone else, told by a
    possessive of the other sex than the words before the name give: "His mother, Ann Lee,
    posted his $5,000 bond" (her son's bail, not hers)."""
    posted = _POSTED_WHOSE.search(cue)
    if posted is None:
        return False
    told = genders_told_before(text, start)
    return bool(told) and ("m" if posted.group("m") else "f") not in told


def said_of_later_name(
    sentence: Sentence,
    position: int,
    mentions: list[tuple[NameMention, Person]],
    reach: int,
    joined: list[tuple[Person, Person]],
) -> bool:
    """Whether the cue that ends at `reach`, after the name at `position` of `mentions`, is
    said of a later name in its aside instead: "said Ann Lee, whose son, Bo Tran, was
    arrested" is Bo Tran's arrest. Names of one list share it."""
    person = mentions[position][1]
    for mention, other in mentions[position + 1 :]:
        if mention.start >= reach:
            break
        if (
            other is not person
            and (person, other) not in joined
            and (other, person) not in joined
            and cue_after(sentence, mention.start, mention.end) == reach
        ):
            return True
    return False


def apposed(
    sentence: Sentence,
    mention: NameMention,
    person: Person,
    after: tuple[NameMention, Person] | None,
) -> bool:
    """Whether the name right after `mention`, set off by a comma, is another person's
    that what follows is said of: "the man who police say shot Ann Lee, 30-year-old Bo Tran,
    appeared in court" is Bo Tran appearing, not Ann Lee. A possessive ("Bo Tran, Ann Lee's
    boyfriend, was arrested") renames the first."""
    if after is None or after[1] is person:
        return False
    text, following = sentence.text, after[0]
    gap = _APPOSED.match(text, mention.end)
    return (
        gap is not None
        and gap.end() == following.start
        and not text.startswith(("'", "’"), following.end)
    )


# A clause of circumstance that tells someone's state in custody: "while Ann Lee was
# handcuffed", "as Bo Tran was held down" (harm done to him then is the story's).
_WHILE_HELD = re.compile(r"\b(?:while|as)\s+\Z", re.IGNORECASE)
_HELD_STATE = re.compile(
    r"\b(?:handcuffed|restrained|held|detained|in (?:police )?custody|jailed)\b", re.IGNORECASE
)
# A causative verb makes the name the one a deed was to be done to: "to have her husband, Bo
# Tran, killed", "had Bo Tran beaten" (not "had Bo Tran arrested": a suspect's arrest).
_CAUSATIVE = re.compile(
    r"\b(?:have|has|had|having|get|got|getting)\s+"
    r"(?:(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?\Z",
    re.IGNORECASE,
)
_HARM_PARTICIPLE = re.compile(
    r"(?:,\s*)?(?:\w+ly\s+)?(?:killed|murdered|shot|beaten|stabbed|attacked|assaulted|"
    r"kidnapped|hurt|harmed|poisoned)\b"
)
# The name as the object of an active verb of harm ("Bo Tran struck Ann Lee, 57, with a bat,
# choked her and fled"): the deeds told in a series after her aside are the subject's.
_HARMED_BY_VERB = re.compile(
    r"\b(?:hit|struck|shot|stabbed|attacked|robbed|beat|punched|kicked|kidnapped|abducted|"
    r"raped|assaulted|strangled|choked|ran over)\s+"
    # the name may be told in an aside after the one harmed: "beat his 57-year-old neighbor,
    # Ann Lee, with a club, choked her"
    r"(?:(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
_DEED_LAST = re.compile(r"(?:" + DEED + r")\Z", re.IGNORECASE)
_APPOSED = re.compile(r",\s+(?:\d{1,3}-year-old\s+)?")


# "A passenger, identified as 22-year-old Bo Tran, was also arrested": an age may stand
# before the name, with or without the words that name him.
# "6ix9ine, born Daniel Hernandez, was arrested": the legal name told in an aside.
_APPOSITIVE_OPENS = re.compile(
    # (by whom or where at length: "identified in a county attorney's filing as")
    r",(?:\s+(?:later\s+)?(?:identified|named)\s+(?:(?:by|in|on|through)\s+(?:[\w'’.-]+\s+){1,6}?)?as"
    r"(?:\s+\d{1,3}-year-old)?|\s+born|\s+whose\s+(?:real|legal)\s+name\s+is"
    # "Her boyfriend, 29-year-old Darius Fenn, was also arrested": the age alone
    r"|\s+\d{1,3}-year-old)?\s*\Z"
)


def joined_pairs(
    sentence: Sentence, mentions: list[tuple[NameMention, Person]]
) -> list[tuple[Person, Person]]:
    """Pairs of people named next to each other in one list. A bare comma joins two names
    only in a list with ages ("Ivy Marsh, 22, Cole Marsh, 25") or one that goes on to an
    "and" ("Marsh, Tran and Lee"): "In Dayton, Bo Tran was arrested" is no list."""
    # Each neighbouring pair's join: None (no list), False (a bare comma), True (firm).
    joins: list[bool | None] = []
    for (left, _), (right, _) in pairwise(mentions):
        gap = sentence.text[left.end : right.start]
        if not COORDINATION.match(gap):
            joins.append(None)
        else:
            firm = ("and", "&", ";", "with", "as well", "alongside")
            joins.append(any(mark in gap for mark in firm) or _has_digit(gap))
    joined: list[tuple[Person, Person]] = []
    for position, ((_, left_person), (_, right_person)) in enumerate(pairwise(mentions)):
        join = joins[position]
        if join is None:
            continue
        if not join:
            # A comma joins only if the list goes on, unbroken, to a firmer join.
            ahead = next((j for j in joins[position + 1 :] if j is not False), None)
            if not ahead:
                continue
        joined.append((left_person, right_person))
    return joined


def is_telegraphic(text: str) -> bool:
    stripped = text.rstrip()
    return not stripped.endswith((".", "?", "!", '"', "”", ":")) and stripped.count(" ") < 12


def can_join(person: Person) -> bool:
    return not person.titled and not person.victim


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)
