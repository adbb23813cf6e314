"""Arrests of unnamed co-suspects told by their ages: minors arrested beside a named suspect
and told as a group with their ages ("arrested Bo Tran, 18, and two boys, ages 15 and 16"
is an arrest of each), and the custody a lede told of them without ages ("arrested an
18-year-old man and two juveniles Tuesday"), which is the same one told again.
`arrests.py` reads them."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article
from casefile.extraction.people import Person

# A group of minors told with their ages after a named suspect taken into custody:
# "arrested Bo Tran, 18, and two boys, ages 15 and 16" (one arrest for each).
GROUP_AND_AFTER = re.compile(
    r"[^.;]{0,60}?,?\s+and\s+(?:two|three|four)\s+(?:boys|girls|teens|teenagers|juveniles|"
    r"minors|youths),\s+(?:ages?|aged)\s+(?P<ages>\d{1,2}(?:(?:,\s*|,?\s+and\s+)\d{1,2})+)\b",
    re.I,
)


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
