"""Terms of punishment as a news report words them: how long, and of what kind.

A term is a number and a unit ("25 years", "18 months", "180 days", "a six-month", "two and
a half years"), "life" ("life in prison", "life without parole", "three consecutive life
sentences"), death ("sentenced to death", "a death sentence") or a fine ("$500 fines",
"fined $1,000", "$412,318 in restitution", "40 hours of community service"). What this
module decides:

- **What is a term.** An indeterminate term ("15 to 30 years") is its lower bound, as "N
  years to life" is; round figures ("more than 20 years"), times ("two days after the verdict", "three years ago") and ages ("a 20-year-old")
  are none; a hyphened term must go with a word of punishment ("a 22-year prison term").
- **Its years.** Months / 12, weeks * 7 / 365, days / 365, added up in "11 years and eight
  months"; "N years to life" is kind `life`
  with years N; a term split between custody and probation ("25 years, with the first 15 to be
  served in prison and the rest on probation") is two; life, death and a fine have none. "with all but two years suspended" keeps
  the two years; "with 8 years suspended" the rest.
- **Its kind.** Read from the words around it by `term_kinds.py`; a fine, community
  service and a wholly suspended term are kind other.

Whether a court imposed it, and on whom, is for `punishments.py`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from casefile.extraction.numbers import spelled_value
from casefile.extraction.term_kinds import term_kind
from casefile.extraction.term_words import (
    ADJECTIVE_TERM,
    ANCILLARY,
    APPROXIMATE,
    BARE_LIFE_BEFORE,
    BARE_PROBATION,
    COMMITTED,
    DEATH,
    FINE,
    IMPOSED_JUST_BEFORE,
    LIFE,
    LIFE_WORDS,
    MONTH_BEFORE,
    NUMBER,
    PART_BEFORE,
    PART_SUSPENDED_BEFORE,
    RANGE_AFTER,
    RANGE_REST,
    SELF_NAMED,
    SUSPENDED,
    SUSPENDED_BEFORE,
    SUSPENDED_PART,
    TERM,
    TERM_NEAR,
    UNITS,
)


class Term(NamedTuple):
    start: int
    end: int
    kind: str
    years: float | None
    self_named: bool


# A whole term suspended to probation, as Tennessee courts put it.
_TO_PROBATION = re.compile(r"\s+to\s+(?:supervised\s+|formal\s+)?probation\b", re.I)


def find_terms(text: str, start: int, end: int) -> list[Term]:
    terms: list[Term] = []
    taken: list[tuple[int, int]] = []
    orders = [m for m in ANCILLARY.finditer(text, start, end)]
    for match in TERM.finditer(text, start, end):
        if terms and match.start() < terms[-1].end:
            continue  # inside the term before: "with all but two years suspended"
        if any(o.start() <= match.start() < o.end() for o in orders):
            continue  # the years of a ban, read below
        if match.group("after") and not IMPOSED_JUST_BEFORE.search(
            text, max(start, match.start() - 30), match.start()
        ):
            continue  # "two days after the verdict": a time, unless a term imposed
        if APPROXIMATE.search(text, max(start, match.start() - 24), match.start()):
            continue
        if terms and (
            (
                SUSPENDED_PART.match(text, match.end())
                and PART_BEFORE.search(text, max(start, match.start() - 20), match.start())
            )
            or PART_SUSPENDED_BEFORE.search(text, max(start, match.start() - 30), match.start())
        ):
            continue  # "eight years, with the final three years suspended": part of the term
        split = _split(text, match, end)
        if split:
            terms.extend(split)
            taken.extend((t.start, t.end) for t in split)
            continue
        ranged = _ranged(text, match, end)
        if ranged is not None:
            terms.append(ranged)
            taken.append((ranged.start, ranged.end))
            continue
        if RANGE_AFTER.match(text, match.end()) or RANGE_AFTER.match(text, match.end("number")):
            continue
        listed = _listed(text, match, end)
        if listed:
            terms.extend(listed)
            taken.extend((t.start, t.end) for t in listed)
            continue
        term = _numbered(text, match, end)
        if term is not None:
            terms.append(term)
            taken.append((term.start, term.end))
    for match in LIFE.finditer(text, start, end):
        bare = not LIFE_WORDS.match(text, match.end())
        if bare and not BARE_LIFE_BEFORE.search(
            text, max(start, match.start() - 20), match.start()
        ):
            continue  # "for taking her life": no term
        if not any(a <= match.start() < b for a, b in taken):
            named = bool(re.match(r"\s+(?:sentences?|terms?)\b", text[match.end() : end], re.I))
            terms.append(Term(match.start(), match.end(), "life", None, named))
    for match in DEATH.finditer(text, start, end):
        if match.group("death"):
            terms.append(Term(match.start("death"), match.end("death"), "death", None, False))
        else:
            terms.append(Term(match.start(), match.end(), "death", None, True))
    for match in FINE.finditer(text, start, end):
        terms.append(Term(match.start(), match.end(), "other", None, False))
    for match in COMMITTED.finditer(text, start, end):
        terms.append(Term(match.start(), match.end(), "other", None, True))
    for match in orders:
        groups = ("number", "number2", "number3", "number4", "number5")
        told = next((g for g in groups if match.group(g)), None)
        years = (
            _value(match.group(told), match.group(told.replace("number", "unit"))) if told else None
        )
        # "a 10-year firearms prohibition" and "his licence was revoked for five years" need a
        # word that imposes them ("imposed", "was sentenced to ... and"); "banned from driving
        # for three years" and "must register" say it themselves.
        said = told not in ("number", "number4")
        terms.append(Term(match.start(), match.end(), "other", years, said))
    if not any(t.kind == "probation" for t in terms):
        for match in BARE_PROBATION.finditer(text, start, end):
            if not TERM_NEAR.match(text, match.end(), end):  # "probation for three years"
                terms.append(Term(match.start(), match.end(), "probation", None, False))
    terms.sort()
    return _with_minimum_term(text, terms, start, end)


# A life sentence's minimum term as British courts give it ("jailed for life and told he must
# serve at least 24 years", "a life sentence with a minimum term of 24 years"), and the years
# before parole may be granted ("life with the possibility of parole after 20 years").
_MINIMUM_TERM = re.compile(
    r"\b(?:(?:serve|serving)\s+(?:at\s+least|a\s+minimum(?:\s+term)?\s+of)|minimum\s+(?:term\s+)?of|"
    r"non-parole\s+period\s+of|"
    # and parole first open after so long: "life with the possibility of parole after 20 years"
    r"(?:possibility\s+of|eligib\w+\s+for)\s+parole\s+(?:after|in)(?:\s+serving)?|"
    # ... or parole shut for so long, as Canadian courts give it: "life with no chance of
    # parole for 25 years", "no parole eligibility for 10 years", "parole ineligibility of"
    r"(?:no|without(?:\s+the)?)\s+(?:chance|possibility|eligibility)\s+(?:of|for)\s+parole\s+"
    r"for|no\s+parole\s+eligibility\s+for|parole\s+ineligibility\s+(?:period\s+)?of)"
    rf"\s+(?P<number>{NUMBER})\s+(?P<unit>years?)\b",
    re.I,
)

# ... or told before life, as the low end of a range whose top is life: "to a minimum of 47
# years and a maximum of life in prison".
_MINIMUM_BEFORE = re.compile(
    rf"\bminimum\s+(?:term\s+)?of\s+(?P<number>{NUMBER})\s+(?P<unit>years?)\s+(?:and|to|with)\s+"
    r"(?:a\s+)?maximum\s+(?:term\s+)?of\s+\Z",
    re.I,
)


def _with_minimum_term(text: str, terms: list[Term], start: int, end: int) -> list[Term]:
    """Life with its minimum term is one term, kind life with the minimum's years (as "25
    years to life" is)."""
    life = next((t for t in terms if t.kind == "life" and t.years is None), None)
    if life is None:
        return terms
    minimum = _MINIMUM_TERM.search(text, life.end, end) or _MINIMUM_BEFORE.search(
        text, start, life.start
    )
    if minimum is None:
        return terms
    years = _value(minimum.group("number"), minimum.group("unit"))
    if years is None:
        return terms
    # the minimum read as a term of its own is the life term's
    rest = [t for t in terms if t is not life and not (minimum.start() <= t.start < minimum.end())]
    return sorted([*rest, life._replace(years=years)])


# A term split between custody and probation: "25 years, with the first 15 to be served in
# prison and the rest on probation", "20 years, to serve eight in prison".
# (the rest may be told by its number: "30 years, with 25 to be served in the Department of
# Correction and five on probation"; a state's prisons by the department that runs them)
_SPLIT = re.compile(
    r",?\s+(?:with\s+(?:the\s+first\s+)?|(?:the\s+first|to\s+serve|serving)\s+)"
    rf"(?P<served>{NUMBER})(?:[\s-]+(?P<unit>years?|months?))?\s+(?:of\s+(?:it|them|which)\s+)?"
    r"(?:(?:to\s+be\s+)?(?:served|spent)\s+)?(?P<place>in\s+(?:(?:state|federal|county)\s+)?"
    r"(?:prison|custody|jail)|behind\s+bars|"
    r"in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){0,3}?(?-i:D)epartment\s+of\s+(?-i:C)orrections?)\b"
    # ("and the remaining eight on probation", "and the remaining years on probation")
    r"(?P<rest>,?\s+(?:and|with)\s+(?:the\s+(?:rest|remainder|balance|remaining\s+(?:years|"
    rf"months|time))|(?:the\s+remaining\s+)?(?P<rest_number>{NUMBER})(?:[\s-]+(?:years?|months?))?)"
    r"(?:\s+(?:of\s+it\s+)?"
    r"(?:to\s+be\s+)?(?:served|spent))?\s+on\s+(?:supervised\s+)?probation\b)?",
    re.I,
)


def _split(text: str, match: re.Match[str], end: int) -> list[Term]:
    """The custody, and the probation after it, of a term split between them ("25 years,
    with the first 15 to be served in prison and the rest on probation"); [] if not split."""
    if not match.group("unit") or match.group("to_life"):
        return []
    split = _SPLIT.match(text, match.end(), end)
    if split is None:
        return []
    years = _value(match.group("number"), match.group("unit"))
    served = _value(split.group("served"), split.group("unit") or match.group("unit"))
    if years is None or served is None or not 0 < served < years:
        return []
    kind = "jail" if "jail" in split.group("place").lower() else "prison"
    terms = [Term(match.start(), split.end("place"), kind, served, False)]
    # the probation told by its own number where it is ("with 25 in prison and two on
    # probation": the rest suspended), else the rest of the term
    told = split.group("rest_number")
    rest = years - served
    if told is not None:
        rest = _value(told, split.group("unit") or match.group("unit")) or rest
    if split.group("rest"):
        # Read from where the whole term starts: what comes before it decides whether it
        # was imposed, not the "served" of the custody part.
        terms.append(Term(match.start(), split.end("rest"), "probation", rest, False))
    return terms


def _ranged(text: str, match: re.Match[str], end: int) -> Term | None:
    """An indeterminate term ("15 to 30 years in prison"), as its lower bound: the least the
    court imposed, as "25 years to life" is kind life with years 25."""
    # (its lower bound may have a half: "11 1/2 to 23 months")
    rest = RANGE_REST.match(text, match.end("half" if match.group("half") else "number"), end)
    if rest is None or MONTH_BEFORE.search(text, 0, match.start()):
        return None
    unit = rest.group("unit") or rest.group("unit2")
    low = _value(match.group("number"), unit)
    if low is not None and match.group("half"):
        low += 0.5 * UNITS[_unit(unit)]
    high = _value(rest.group("high"), rest.group("unit2"))
    if low is None or high is None or not 0 < low < high:
        return None  # "cut from 15 to 10 years": a change, not a range
    after = text[rest.end() : end]
    return Term(match.start(), rest.end(), term_kind(text[: match.start()], after, low), low, False)


def _listed(text: str, match: re.Match[str], end: int) -> list[Term]:
    """Two terms in one unit joined by "and" ("87 months and 63 months in federal prison,
    respectively"): each its own, of the kind the words after both say; [] if not so."""
    if (
        not match.group("number2")
        or UNITS[_unit(match.group("unit2"))] < UNITS[_unit(match.group("unit") or "years")]
    ):
        return []
    first = TERM.match(text, match.start(), match.end("unit"))
    second = TERM.match(text, match.start("number2"), end)
    if first is None or second is None:
        return []
    later = _numbered(text, second, end)
    if later is None:
        return []
    earlier = _numbered(text, first, match.end("unit"))
    if earlier is None:
        return []
    return [earlier._replace(kind=later.kind, self_named=later.self_named), later]


def _numbered(text: str, match: re.Match[str], end: int) -> Term | None:
    if not match.group("unit") and (
        not match.group("to_life") or MONTH_BEFORE.search(text, 0, match.start())
    ):
        return None  # a number alone, or a day: "on Nov. 15 to life in prison"
    unit = match.group("unit") or "years"
    years = _value(match.group("number"), unit)
    if years is None or years <= 0:
        return None
    if match.group("half"):
        years += 0.5 * UNITS[_unit(unit)]
    if match.group("number2"):
        more = _value(match.group("number2"), match.group("unit2"))
        if more is None or UNITS[_unit(match.group("unit2"))] >= UNITS[_unit(unit)]:
            return None  # "two months and three months": no one term
        years += more
    if match.group("day"):
        years += (-1 if match.group("day").lower() in ("less", "minus") else 1) / 365
    if match.group("to_life"):
        return Term(match.start(), match.end(), "life", years, False)
    after = text[match.end() : end]
    if "-" in (match.group("joint") or "") and not ADJECTIVE_TERM.match(after):
        return None
    self_named = bool(SELF_NAMED.match(after))
    suspended = SUSPENDED.match(after)
    kind = term_kind(text[: match.start()], after, years)
    if (suspended and suspended.group("whole")) or SUSPENDED_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    ):
        # "an eight-year sentence suspended to probation": served as probation, so long
        to_probation = suspended is not None and _TO_PROBATION.match(after, suspended.end())
        kind = "probation" if to_probation else "other"
        return Term(match.start(), match.end(), kind, years, self_named)
    if suspended and suspended.group("off"):
        unit = suspended.group("off_unit") or match.group("unit")
        off = _value(suspended.group("off"), unit)
        if off is None or off >= years:
            return None
        served = years - off
    elif suspended and suspended.group("number_after"):
        unit = suspended.group("unit_after") or match.group("unit")
        served = _value(suspended.group("number_after"), unit) or 0.0
    elif suspended and suspended.group("to_serve"):
        unit = suspended.group("unit_serve") or match.group("unit")
        served = _value(suspended.group("to_serve"), unit) or 0.0
    elif suspended:
        unit = suspended.group("unit") or match.group("unit")
        served = _value(suspended.group("number"), unit) or 0.0
    if suspended:
        # The term runs to the end of "with all but two years suspended".
        stop = match.end() + suspended.end()
        return Term(match.start(), stop, term_kind("", after, served), served, self_named)
    return Term(match.start(), match.end(), kind, years, self_named)


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "year" if word == "yr" else word


def _value(number: str, unit: str) -> float | None:
    word = number.lower().replace("-", " ")
    if word[0].isdigit():
        value = float(word)
    elif word in {"a", "an"}:
        value = 1.0
    else:
        spelled = spelled_value(word)
        if spelled is None:
            return None
        value = float(spelled)
    return value * UNITS[_unit(unit)]
