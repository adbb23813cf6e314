"""Victims listed and counted by kin: children named by first name and age after a plural
relation noun ("their daughters, Ava, 4, and Lily, 3"), each a victim with the outcome their
sentence tells (`listed_by_first_name`, `children_listed`), and whether a victim described as
one person may be one of a counted group ("a 12-year-old boy" among "three boys",
`counted_among`). Read by extraction/victims.py and victim_unnamed.py."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact
from casefile.extraction.key_words import key_words
from casefile.extraction.outcome_words import INJURED_NEAR, KILLED_NEAR
from casefile.extraction.patterns import compile_scan

# Relatives named by first names only, each with an age: "their daughters, Ava, 4, and Lily, 3".
# The names are too short for the cast; each one listed is a victim.
_FIRST_NAME_LIST = compile_scan(
    r"\b(?:daughters|sons|children|kids|grandchildren|boys|girls|twins|stepchildren),\s+"
    r"(?P<list>(?:[A-Z][a-z]+,\s*\d{1,2},\s+)*[A-Z][a-z]+,\s*\d{1,2},?\s+and\s+[A-Z][a-z]+,\s*"
    r"\d{1,2})\b"
)
_LISTED_AGE = re.compile(r"\b[A-Z][a-z]+,\s*(\d{1,2})\b")
_LIST_GATE = key_words(
    "daughters,", "sons,", "children,", "kids,", "grandchildren,", "boys,", "girls,", "twins,",
    "stepchildren,",
)  # fmt: skip


def listed_by_first_name(article: Article) -> list[Fact]:
    """Victims listed by first name and age after a plural relation noun ("killed his wife and
    their daughters, Ava, 4, and Lily, 3"), with the outcome the sentence tells."""
    found = []
    for sentence in _LIST_GATE.among(article.sentences):
        text = sentence.text
        for match in _FIRST_NAME_LIST.finditer(text):
            if not article.in_case(sentence, match.start()):
                continue
            outcome = (
                "killed"
                if KILLED_NEAR.search(text)
                else "injured"
                if INJURED_NEAR.search(text)
                else None
            )
            if outcome is None:
                continue
            for age in _LISTED_AGE.findall(match.group("list")):
                fields = {"name": None, "description": "child", "age": int(age), "outcome": outcome}
                found.append(fact("VictimReported", fields, article, sentence))
    return found


# The one of each counted noun: a group of "boys" counts a "boy"; "people" count anyone.
_ONE_OF = {
    "boys": "boy", "girls": "girl", "children": "child", "grandchildren": "grandchild",
    "sons": "son", "daughters": "daughter", "officers": "officer", "men": "man",
    "women": "woman", "kids": "kid", "siblings": "sibling", "brothers": "brother",
    "sisters": "sister",
}  # fmt: skip
_CHILD_WORDS = frozenset(
    ["boy", "girl", "child", "son", "daughter", "kid", "infant", "baby", "grandchild", "toddler"]
)


def counted_among(group: Fact, description: str) -> bool:
    """Whether a victim described as `description` may be one of the counted `group`."""
    one = _ONE_OF.get(group.fields["description"])
    if one is None:
        return True  # "people", "victims", "others": anyone
    kind = description.split()[-1] if description else ""
    if one in ("child", "kid", "grandchild"):
        return kind in _CHILD_WORDS or kind == "victim"
    if one == "sibling":  # "his two siblings": a sister or a brother, not the boy they are his
        return kind in ("sibling", "sister", "brother", "victim")
    return kind in (one, "victim") or kind.endswith("-year-old")


def children_listed(article: Article, found: list[Fact]) -> list[Fact]:
    """Children listed by first name (`listed_by_first_name`) not among the victims `found`:
    they are never among the named (their names are too short for the cast), but may be the
    children counted ("his two daughters, Ava, 4, and Lily, 3")."""
    added: list[Fact] = []
    for outcome in ("killed", "injured"):
        listed = [f for f in listed_by_first_name(article) if f.fields["outcome"] == outcome]
        counted = sum(
            1
            for f in found
            if f.fields["name"] is None
            and f.fields["outcome"] == outcome
            and _kind(f.fields["description"]) in _CHILD_WORDS
        )
        added.extend(listed[counted:])
    return added


def _kind(description: str) -> str:
    """The singular noun a description ends with ("daughters" -> "daughter")."""
    word = description.split()[-1] if description else ""
    return _ONE_OF.get(word, word)


# The ages of a counted group told after it: "Three people, ages 17, 19 and 22, were wounded",
# "The other two, aged 19 and 22,".
_AGES_TOLD = re.compile(
    r"\b(?:ages|aged)\s+(?P<ages>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+and\s+\d{1,3})\b", re.I
)


def group_ages(group: Fact, count: int) -> list[int | None]:
    """The age of each of `count` members of a counted `group`, when its sentence tells as
    many ages in one list ("ages 17, 19 and 22"), else none."""
    told = _AGES_TOLD.findall(group.evidence.quote)
    ages = [int(a) for a in re.findall(r"\d{1,3}", told[0])] if len(told) == 1 else []
    return ages if len(ages) == count else [None] * count


def with_counted(
    found: list[tuple[str, Fact]], groups: dict[str, tuple[int, Fact]]
) -> list[tuple[str, Fact]]:
    """`found` (outcome, victim) with the heads of each counted group of `groups` (outcome:
    (count, fact)) that are not among them, each with his age where the group tells them."""
    for outcome, (count, victim) in groups.items():
        # A counted group ("three boys") also covers single victims of the same outcome it may
        # count ("a 12-year-old boy"); not others ("the driver ... Her two children").
        # (not the one the sentence of "two other men" told first: "A man is fighting for his
        # life and two other men were injured" is three)
        others = re.search(
            rf"\b(?:other|more)\s+(?:[\w-]+\s+)?{re.escape(victim.fields['description'])}\b",
            victim.evidence.quote,
        )
        singles = [
            f
            for o, f in found
            if o == outcome
            and counted_among(victim, f.fields["description"])
            and not (others and f.evidence.start == victim.evidence.start)
        ]
        rest = max(count - len(singles), 0)
        # "Three people, ages 17, 19 and 22, were wounded": each with his age
        ages = group_ages(victim, count) if rest == count else [None] * rest
        found.extend(
            (outcome, Fact("VictimReported", {**victim.fields, "age": age}, victim.evidence))
            if age is not None
            else (outcome, victim)
            for age in ages
        )
    return found
