"""Arrests of unnamed co-suspects told by their ages: minors arrested beside a named suspect
and told as a group with their ages ("arrested Bo Tran, 18, and two boys, ages 15 and 16"
is an arrest of each), one taken beside a counted group of adults ("arrested two men and
detained a 17-year-old boy"), and the custody a lede told of them without ages ("arrested an
18-year-old man and two juveniles Tuesday"), which is the same one told again.
`arrests.py` reads them."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article
from casefile.extraction.patterns import match_at
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_defendants import unnamed_suspect

# Custody words whose object is the one taken ("arrested", not "were arrested").
ACTIVE = re.compile(r"arrested|apprehended|detained|took\b", re.I)
# Someone told by an age alone, as the subject of the custody: "The 17-year-old arrested
# alongside Bo Tran", "and a 17-year-old male juvenile were taken into custody", "A 16-year-old
# boy was also arrested". An age no one the report names has is a co-suspect it does not name.
_DESCRIBED = r"(?:male|female|boy|girl|juvenile|teen|teenager|man|woman|youth|minor|suspect)"
# Someone told by an age or a description: "a 17-year-old male juvenile", "a juvenile".
UNNAMED = rf"(?:(\d{{1,2}})-year-old(?:\s+{_DESCRIBED}){{0,2}}|{_DESCRIBED}(?:\s+{_DESCRIBED})?)"
# ... or as the one taken into custody with a name: "arrested Bo Tran, 22, and a 16-year-old
# boy on Monday" (not "and a woman was hurt", a clause of its own).
_AND_AFTER = re.compile(
    rf"[^.;]{{0,60}}?,?\s+and\s+(?:a|an)\s+{UNNAMED}\b(?!\s+(?:was|were|is|are|had|has)\b)",
    re.I,
)
# A group of minors told with their ages after a named suspect taken into custody:
# "arrested Bo Tran, 18, and two boys, ages 15 and 16" (one arrest for each).
_GROUP_AND_AFTER = re.compile(
    r"[^.;]{0,60}?,?\s+and\s+(?:two|three|four)\s+(?:boys|girls|teens|teenagers|juveniles|"
    r"minors|youths),\s+(?:ages?|aged)\s+(?P<ages>\d{1,2}(?:(?:,\s*|,?\s+and\s+)\d{1,2})+)\b",
    re.I,
)


# One told by age beside a counted group of adults: "arrested two men and detained a
# 17-year-old boy" (not the men the report names after).
_BESIDE_COUNTED = re.compile(
    r"\s+(?:two|three|four)\s+(?:men|women|adults|people)\s+and\s+(?:(?:detained|arrested|"
    r"apprehended)\s+)?an?\s+(\d{1,2})-year-old\b",
    re.I,
)


def minor_beside_counted(article: Article, sentence: Sentence, end: int) -> Person | None:
    """The unnamed one taken beside a counted group of adults by the custody words ending at
    `end` ("arrested two men and detained a 17-year-old boy"), unless a named suspect has
    his age."""
    beside = _BESIDE_COUNTED.match(sentence.text, end)
    if beside is None:
        return None
    age = int(beside.group(1))
    if any(p.age == age for p in article.cast.people if p.name):
        return None
    return unnamed_suspect(article, age)


def unnamed_object(
    article: Article, sentence: Sentence, match: re.Match[str]
) -> tuple[list[Person], int] | None:
    """The unnamed co-suspects taken into custody beside a named one at `match` ("arrested Bo
    Tran, 22, and a 16-year-old boy", "... and two boys, ages 15 and 16"), with where their
    description starts."""
    if not ACTIVE.match(match.group(0)):
        return None
    joined = match_at(_AND_AFTER, sentence.text, match.end())
    group = None if joined else match_at(_GROUP_AND_AFTER, sentence.text, match.end())
    told = joined or group
    if told is None or not any(
        p.suspect and match.end() <= m.start < told.end()
        for m, p in article.cast.people_in(sentence)
    ):
        return None
    named_ages = {p.age for p in article.cast.people if p.name}
    if group is not None:
        ages = [int(n) for n in re.findall(r"\d{1,2}", group.group("ages"))]
        if named_ages.intersection(ages):
            return None
        return [unnamed_suspect(article, age) for age in ages], group.end()
    age = int(told.group(1)) if told.group(1) else None
    if age is not None and age in named_ages:
        return None
    return [unnamed_suspect(article, age)], told.end()


def told_again_by_age(
    article: Article,
    facts: list[Fact],
    current: dict[tuple[int, bool], tuple[int, tuple[bool, bool, bool]]],
) -> list[Fact]:
    """`facts`, less the arrest of an unnamed co-suspect told without an age where the report
    tells the unnamed ones arrested the same day by their ages ("arrested an 18-year-old man
    and two juveniles Tuesday ... arrested Bo Tran, 18, and two boys, ages 15 and 16"): the
    same custody, told again. `current` maps (id of the one arrested, again) to the index of
    his arrest in `facts`."""
    unnamed: dict[int | None, Person] = article.__dict__.get("_unnamed_by_age", {})
    ageless = unnamed.get(None)
    if ageless is None or (id(ageless), False) not in current:
        return facts
    index = current[(id(ageless), False)][0]
    when = facts[index].fields["date"]
    if not any(
        (id(p), False) in current and facts[current[(id(p), False)][0]].fields["date"] == when
        for age, p in unnamed.items()
        if age is not None
    ):
        return facts  # (another custody: "another man was arrested Friday")
    return facts[:index] + facts[index + 1 :]
