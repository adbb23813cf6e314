"""How many people a description of a group counts, and their ages: "two men and a woman"
counts three, "His mother, stepfather and grandmother" three, "two teens, ages 15 and 16" gives
15 and 16. Read by `suspects.py` for a report that names no one, and by `unnamed_groups.py`
for the co-suspects counted beside the named ones."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.key_words import key_words

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5,
           "6": 6}  # fmt: skip

# How many a coordinated description counts: "two men and a woman", "a man, a woman and a
# 17-year-old".
_PART = (
    r"(?:(?:a|an|one|two|three|four|2|3|4)\s+(?:\d{1,2}-year-old\s+)?(?:men|women|man|woman|"
    r"boys|girls|boy|girl|teens|teen|teenagers|teenager|juveniles|juvenile|adults|adult|males|"
    r"male|females|female)"
    r"|(?:a|an)\s+\d{1,2}-year-old|(?:two|three|four)\s+\d{1,2}-year-olds)"
)
_MEMBERS_TOLD = re.compile(
    r"\b(?P<list>" + _PART + r"(?:(?:,\s+|,?\s+and\s+)" + _PART + r"){1,4})\s+(?:were|have\s+been|"
    r"had\s+been|are)\s+(?:\w+\s+)?(?:arrested|charged|detained|taken\s+into\s+custody|booked|"
    r"indicted)\b"
    # "searching for two men and a woman who robbed a store", "arrested two men and a woman".
    r"|\b(?:(?:searching|looking|hunting)\s+for|seeking|arrested|detained|charged)\s+"
    r"(?P<object>" + _PART + r"(?:(?:,\s+|,?\s+and\s+)" + _PART + r"){1,4})\b"
    r"(?!\s+(?:who|that)\s+(?:was|were)\s+(?:shot|hurt|injured|killed|wounded))",
    re.I,
)
# The ties or roles a report names unnamed suspects by ("His mother, stepfather and
# grandmother were arrested", "The girl's parents were charged", "The couple was arrested",
# "Two deputies and a jail nurse were charged"); "parents", "couple" are two.
_KIN = (
    r"(?:mother|father|stepfather|stepmother|grandmother|grandfather|boyfriend|girlfriend|husband|"
    r"wife|brother|sister|uncle|aunt|cousin|fianc[ée]e?|guardian|babysitter|caregiver|nanny|"
    r"roommate|neighbor|nurse|(?P<two>parents|couple|pair))"
)
_KIN_ITEM = r"(?:(?:his|her|their|the\s+[\w-]+['’]s|the|a|an)\s+)?(?:[\w-]+\s+)?" + _KIN
_KIN_TOLD = re.compile(
    r"(?:\A\W*|,\s+)(?P<list>"
    + _KIN_ITEM
    + r"(?:(?:,\s+|,?\s+and\s+)"
    + _KIN_ITEM.replace("(?P<two>", "(?:")
    + r"){0,4})\s+(?:were|have\s+been|had\s+been|are|was|has\s+been)\s+(?:\w+\s+){0,2}?"
    r"(?:arrested|charged|indicted|detained|booked|taken\s+into\s+custody)\b",
    re.I,
)
_KIN_WORD = re.compile(r"\b" + _KIN.replace("(?P<two>", "(?:") + r"\b", re.I)
_TWO = re.compile(r"\b(?:parents|couple|pair)\b", re.I)


def kin_told(text: str) -> int | None:
    """How many people the ties a sentence tells as arrested or charged count ("His mother,
    stepfather and grandmother were arrested" counts three), or None."""
    found = _KIN_TOLD.search(text)
    if found is None:
        return None
    items = found.group("list")
    return len(_KIN_WORD.findall(items)) + len(_TWO.findall(items))


# Every coordinated description holds "and"; ties are told with their nouns.
MEMBERS_GATE = key_words(" and ", "parents", "couple", "pair")
_PART_COUNT = re.compile(r"\b(a|an|one|two|three|four|[234])\s+", re.I)


# Cached: it follows from the sentence's text alone, which recurs.
@lru_cache(maxsize=8192)
def members_told(text: str) -> int | None:
    """How many people a coordinated description the sentence `text` tells as arrested or
    charged counts ("Two men and a woman were arrested" counts three), or None."""
    found = _MEMBERS_TOLD.search(text)
    if found is None:
        return None
    words = _PART_COUNT.findall(found.group("list") or found.group("object"))
    counts = [{"a": 1, "an": 1, "one": 1}.get(w.lower()) or COUNTS[w.lower()] for w in words]
    if len(counts) > 2 and counts[0] == sum(counts[1:]):
        return counts[0]  # "two juveniles, a 14-year-old boy and a 15-year-old girl": who they are
    return sum(counts)


# The ages of a group told together: "two teens, ages 15 and 16", "a 14-year-old boy and a
# 15-year-old girl", "a 15-year-old and a 16-year-old", "three 15-year-old boys".
# Only a list set beside the group (after a comma) or opening the sentence as its subject: not
# "arrested after a 14-year-old and a 15-year-old were shot".
# ("A 16-year-old and two 17-year-olds", "three people: a 45-year-old man, a 39-year-old woman
# and a 17-year-old boy": a member counted by a number word stands for as many.)
_AGED_ITEM = (
    r"(?:(?i:an?)\s+\d{1,2}-year-old(?:\s+(?:boy|girl|man|woman|teen|teenager|juvenile|male|"
    r"female))?|(?i:two|three)\s+\d{1,2}-year-olds)"
)
_AGES_LISTED = re.compile(
    r",\s+(?:ages?|aged)\s+(?P<list>\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\b"
    r"|(?:\A\W*|[,:]\s+)(?P<each>"
    + _AGED_ITEM
    + r"(?:,\s+"
    + _AGED_ITEM
    + r")*,?\s+and\s+"
    + _AGED_ITEM
    + r")"
    r"|\b(?P<count>(?i:two|three|four))\s+(?P<age>\d{1,2})-year-old\s+(?:boys|girls|teens|"
    r"teenagers|juveniles|men|women)\b"
)
_AGE_NUMBER = re.compile(r"\d{1,2}")


def group_ages(text: str) -> list[int]:
    """The ages, in order, of the unnamed group `text` tells them of together."""
    return list(_group_ages(text))


# Cached: it follows from the text alone, a sentence's, which recurs (stock lines, syndicated
# and revised copies); a tuple, so that no caller changes what the next one reads.
@lru_cache(maxsize=4096)
def _group_ages(text: str) -> tuple[int, ...]:
    found = _AGES_LISTED.search(text)
    if found is None:
        return ()
    if found.group("age"):
        return (int(found.group("age")),) * COUNTS[found.group("count").lower()]
    if found.group("list"):
        return tuple(int(n) for n in _AGE_NUMBER.findall(found.group("list")))
    ages: list[int] = []
    for item in _ITEM_AGE.finditer(found.group("each")):
        ages += [int(item.group("age"))] * COUNTS.get((item.group("n") or "").lower(), 1)
    return tuple(ages)


def group_ages_next(text: str) -> list[int]:
    """The ages, in order, a sentence that opens on a counted group told just before gives
    its members: "The boys, aged 15 and 17, cannot be named", "They are 19 and 22"."""
    found = _GROUP_AGES_NEXT.match(text)
    return [int(n) for n in _AGE_NUMBER.findall(found.group("list"))] if found else []


# A sentence opening on a group told before, with its ages: "The boys, aged 15 and 17,",
# "The two teens, ages 15 and 16, were", "They are 19 and 22".
_GROUP_AGES_NEXT = re.compile(
    r"\W*(?:(?:The|Both|All)\s+(?:(?:two|three|four)\s+)?(?:boys|girls|teens|teenagers|juveniles|"
    r"youths|men|women|suspects|defendants|minors)\s*,\s+(?:ages?|aged)\s+|They\s+are\s+"
    r"(?:ages?\s+|aged\s+)?)(?P<list>\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\b"
)
_ITEM_AGE = re.compile(r"(?:(?P<n>two|three)\s+)?(?P<age>\d{1,2})-year-old", re.I)
