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

from casefile.extraction.numbers import SPELLED_ONES, SPELLED_TENS, spelled_value
from casefile.extraction.patterns import compile_scan
from casefile.extraction.term_kinds import term_kind

_UNITS = {"year": 1.0, "yr": 1.0, "decade": 10.0, "month": 1 / 12, "week": 7 / 365, "day": 1 / 365}
_NUMBER = (
    r"\d+(?:\.\d+)?|(?:"
    + "|".join(SPELLED_TENS)
    + r")(?:[\s-](?:"
    + "|".join(SPELLED_ONES[:9])
    + r"))?|"
    + "|".join(sorted(SPELLED_ONES, key=len, reverse=True))
    + r"|an?(?=[\s-]+(?:year|decade))"
)
_TERM = compile_scan(
    rf"(?<![/.\d])\b(?P<number>{_NUMBER})(?P<half>\s+and\s+a\s+half|\s*½|\s+1/2)?"
    r"(?:(?P<joint>[\s-]+)"
    r"(?P<unit>years?|yrs?|decades?|months?|weeks?|days?)\b(?![-‐]old)"
    # "two days after the verdict", "three years ago": a time, not a term ("after" read
    # again below: "sentenced to eight years after pleading guilty" is a term).
    r"(?!\s+(?:before|later|ago|earlier|prior|since|into|from|in\s+a\s+row)\b)"
    r"(?:(?=\s+(?P<after>after)\b))?"
    # "11 years and eight months": one term, in a smaller unit after the larger.
    # "eight years, four months": the smaller unit after a comma alone, as US releases write it.
    # (not a part of the term: "two years, 30 days of which were suspended")
    rf"(?:(?:,?\s+and|,)\s+(?P<number2>{_NUMBER})[\s-]+(?P<unit2>months?|weeks?|days?)\b"
    r"(?!\s+(?:of\s+(?:which|it|them|that|the\s+term)|suspended|stayed)\b))?"
    # "two years less a day", "a year and a day": one term, a day off or on.
    r"(?:\s+(?P<day>less|minus|and|plus)\s+(?:a|one)\s+day\b)?)?"
    # "25 years to life", "25-years-to-life", "gets 25 to life".
    r"(?P<to_life>[\s-]+to[\s-]+life\b)?",
    re.I,
)
# "a 20-year veteran" is no term: a hyphened one must go with a word of punishment.
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\Z", re.I
)
_ADJECTIVE_TERM = re.compile(
    r"\A[\s-]*(?:\w+\s+)?(?:prison|jail|probation|term|sentence|suspended|federal|state|county)",
    re.I,
)
_LIFE = compile_scan(
    # ("a whole life order", as British courts give the term that never ends)
    r"\b(?:natural\s+)?life\b(?=\s+(?:in\s+prison|behind\s+bars|imprisonment|without|"
    r"sentences?|terms?|orders?|tariffs?|plus|with|in\s+(?:the\s+)?(?:state|federal)?\s*prison)\b|"
    # "jailed for life at the Old Bailey", "jailed for life and told ...": bare, as below
    r"\s+(?:at|on|for|after|by|and)\b|"
    r"\s*(?:[.,;:)\"”]|$))",
    re.I,
)
_LIFE_WORDS = re.compile(r"\s+(?!(?:at|on|for|after|by|and)\b)\w", re.I)
_BARE_LIFE_BEFORE = re.compile(
    r"\b(?:to|gets|got|get|received|receives|given|imprisonment\s+for|(?:jailed|imprisoned|locked\s+up)\s+"
    r"(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+)?for)\s+\Z",
    re.I,
)
# "sentenced to death", "sentenced him to death" (never "stabbed to death").
_DEATH = compile_scan(
    r"\b(?:sentenced|condemned)\s+(?:(?!for\b|after\b|in\b|of\b)[\w.'’-]+\s+){0,4}?"
    r"to\s+(?P<death>death)\b|"
    # "was sentenced to die by lethal injection"
    r"\b(?:sentenced|condemned)\s+(?:(?!for\b|after\b|in\b|of\b)[\w.'’-]+\s+){0,4}?to\s+die\b|"
    r"\bdeath\s+(?:sentences?|penalty)\b",
    re.I,
)
_FINE = compile_scan(
    # A fine, or restitution ordered paid ("$412,318 in restitution"), in any currency
    # ("fined £500", "a €2,000 fine").
    r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|thousand|m|k))?\s+(?:in\s+)?(?:fines?|"
    r"restitution|compensation)\b|"
    r"\b(?:restitution|compensation)\s+of\s+[$£€]\s?\d|"
    r"(?<=fined )[$£€]\s?\d|\b\d[\d,]*\s+hours\s+of\s+(?:community\s+service|unpaid\s+work)\b|"
    # The orders British, Irish and Australian courts impose in place of custody: "a community
    # order", "a community payback order", "an intensive correction order".
    r"\b(?:community(?:\s+(?:payback|rehabilitation|correction|service|based))?|intensive\s+"
    r"correction|suspended\s+sentence|restriction\s+of\s+liberty|youth\s+referral|"
    r"drug\s+treatment\s+and\s+testing)\s+orders?\b",
    re.I,
)
# A minor committed to the state's youth agency, a juvenile court's disposition: "was
# committed to the Department of Youth Services until his 21st birthday".
_COMMITTED = compile_scan(
    r"\bcommitted\s+to\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:Department|Division|Office)\s+of\s+"
    r"(?:Youth|Juvenile)\s+(?:Services|Corrections|Justice|Rehabilitation)\b",
    re.I,
)
# Orders a court attaches to a sentence, kind other: a ban for so long ("a 10-year firearms
# prohibition", "banned from driving for three years", whose years are no custody), and the
# duty to register as a sex offender the sentence lays down ("must also register as a sex
# offender for life"; not a charge of failing to).
_ANCILLARY = compile_scan(
    rf"\b(?P<number>{_NUMBER})[\s-]+(?P<unit>years?|months?)(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:prohibition|ban|disqualification)\b|"
    r"\b(?:banned|disqualified|prohibited)\s+from\s+(?:[\w-]+\s+){1,4}?for\s+"
    rf"(?P<number2>{_NUMBER})[\s-]+(?P<unit2>years?|months?)\b|"
    # A licence taken away for so long: "suspended his driver's license for 10 years" (said
    # of the judge, it imposes itself), "his licence was revoked for five years" (with a word
    # that imposes it).
    r"\b(?:suspended|revoked)\s+(?:his|her|their|\w+['’]s)\s+(?:driver['’]?s?\s+|driving\s+)?"
    rf"licen[cs]es?\s+for\s+(?P<number3>{_NUMBER})[\s-]+(?P<unit3>years?|months?)\b|"
    r"\blicen[cs]es?\s+(?:was|were|is|will\s+be)\s+(?:also\s+)?(?:suspended|revoked)\s+for\s+"
    rf"(?P<number4>{_NUMBER})[\s-]+(?P<unit4>years?|months?)\b|"
    r"\b(?:must|will\s+(?:also\s+)?have\s+to|(?:was|were)\s+(?:also\s+)?ordered\s+to)\s+"
    r"(?:also\s+)?register\s+as\s+a\s+sex\s+offender\b",
    re.I,
)
# Probation with no term stated: "was sentenced to probation", "received probation".
_BARE_PROBATION = compile_scan(
    r"(?<=\bto )probation\b|(?<=received )probation\b|(?<=placed on )probation\b|"
    r"(?<=given )probation\b|(?<=\bgot )probation\b|(?<=\bgets )probation\b",
    re.I,
)
_TERM_NEAR = re.compile(r"\s+(?:for|of)\s+(?:\w+\s+)?(?:years?|months?|days?)\b", re.I)
# A term followed by a word that names it a sentence: "a 22-year prison term".
_SELF_NAMED = re.compile(
    r"\A[\s-]*(?:(?:federal|state|county|suspended)\s+)?(?:prison|jail|probation)?\s*"
    r"(?:term|sentence)s?\b",
    re.I,
)
_APPROXIMATE = re.compile(
    # (Time credited is no term: "gave him credit for the 107 days he has served"; nor the
    # time a British suspended sentence is suspended for: "18 months, suspended for two years";
    # nor the part of a term served before parole: "with a non-parole period of seven years".)
    r"(?:credit\s+for(?:\s+the)?|suspended\s+for|non-parole\s+period\s+of|minimum\s+term\s+of|"
    r"more\s+than|less\s+than|nearly|almost|about|over|under|roughly|some|at\s+least|"
    # (Not a year: "was sentenced on Feb. 25, 2026 to 46 months".)
    r"between|from|(?<![\d,])(?!(?:19|20)\d\d\b)\d+\s*(?:-|–|to|or|and))\s*\Z",
    re.I,
)
_RANGE_AFTER = re.compile(r"\A\s*(?:-|–|to|or)\s*\d", re.I)
# The rest of an indeterminate term after its lower bound: "15 to 30 years", "eight to 20
# years in prison", "12-24 months".
_RANGE_REST = re.compile(
    r"(?:[\s-]+(?P<unit>years?|months?)\b)?\s*(?:-|–|to)\s*"
    rf"(?P<high>{_NUMBER})[\s-]+(?P<unit2>years?|months?)\b(?![-‐]old)",
    re.I,
)
_SUSPENDED = re.compile(
    r"\A[^.;]{0,25}?(?:,\s*)?(?:with\s+)?all\s+but\s+(?P<number>" + _NUMBER + r")"
    r"(?:[\s-]+(?P<unit>years?|months?|days?))?\s+(?:of\s+(?:it|which)\s+)?suspended"
    r"|\A[^.;]{0,25}?(?:,\s*)?with\s+(?P<off>" + _NUMBER + r")"
    r"(?:[\s-]+(?P<off_unit>years?|months?|days?))?\s+(?:of\s+(?:it|which|them)\s+)?suspended"
    # "10 years, suspended after five", "a 15-year sentence, suspending all but five years":
    # the five are served.
    r"|\A[^.;]{0,25}?,?\s+(?:(?:execution\s+)?suspended\s+after|suspending\s+all\s+but)\s+"
    r"(?P<number_after>" + _NUMBER + r")"
    r"(?:[\s-]+(?P<unit_after>years?|months?|days?))?"
    # "40 years, with 20 years to serve": the 20 are served, the rest suspended.
    r"|\A[^.;]{0,25}?,?\s+with\s+(?P<to_serve>" + _NUMBER + r")"
    r"(?:[\s-]+(?P<unit_serve>years?|months?|days?))?\s+to\s+(?:be\s+)?serve[d]?\b"
    # "a five-year sentence, which was suspended", "a five-year sentence but suspended it".
    # "12 months' imprisonment, wholly suspended", as Irish courts give one.
    # ("90 days in jail, suspended": the place told between)
    r"|\A(?P<whole>(?:[\s-]*(?:\w+\s+)?(?:term|sentence)|['’]s?\s+(?:imprisonment|detention|"
    r"custody)|\s+in\s+(?:the\s+)?(?:county\s+|city\s+|state\s+)?(?:jail|prison))?,?\s+"
    r"(?:(?:but|then)\s+)?"
    r"(?:which\s+was\s+|was\s+|fully\s+|entirely\s+|wholly\s+)*suspended)\b"
    # (not a part of it: "a four-year sentence but suspended the final 12 months")
    r"(?!\s+(?:the\s+)?(?:final|last|remaining|first|all\s+but)\b)",
    re.I,
)

# The suspended part of a term told before it, as Irish and British courts give one: "eight
# years in prison, with the final three years suspended", "six years with the last 18 months
# suspended" (the term is the one pronounced; the part is no term of its own).
_PART_BEFORE = re.compile(r"\bwith\s+the\s+(?:final|last|remaining|first)\s+\Z", re.I)
# ... told after the verb: "a four-year sentence but suspended the final 12 months".
_PART_SUSPENDED_BEFORE = re.compile(
    r"\bsuspend(?:ed|ing)\s+(?:the\s+)?(?:final|last|remaining|first)\s+\Z", re.I
)
_SUSPENDED_PART = re.compile(r"\s+(?:of\s+(?:it|which|them)\s+)?suspended\b", re.I)

_SUSPENDED_BEFORE = re.compile(r"\bsuspended\s+(?:\w+\s+)?(?:sentence|term)\s+of\s+\Z", re.I)


# The words that impose a term right before it: "sentenced to eight years after pleading
# guilty", "was jailed for six years after a trial".
_IMPOSED_JUST_BEFORE = re.compile(
    r"\b(?:sentenced|sentences?|jailed|imprisoned|received|receives|got|gets|given|serve|spend)"
    r"\s+(?:(?:him|her|them)\s+)?(?:to|for|of)?\s*\Z",
    re.I,
)


class Term(NamedTuple):
    start: int
    end: int
    kind: str
    years: float | None
    self_named: bool


def find_terms(text: str, start: int, end: int) -> list[Term]:
    terms: list[Term] = []
    taken: list[tuple[int, int]] = []
    orders = [m for m in _ANCILLARY.finditer(text, start, end)]
    for match in _TERM.finditer(text, start, end):
        if terms and match.start() < terms[-1].end:
            continue  # inside the term before: "with all but two years suspended"
        if any(o.start() <= match.start() < o.end() for o in orders):
            continue  # the years of a ban, read below
        if match.group("after") and not _IMPOSED_JUST_BEFORE.search(
            text, max(start, match.start() - 30), match.start()
        ):
            continue  # "two days after the verdict": a time, unless a term imposed
        if _APPROXIMATE.search(text, max(start, match.start() - 24), match.start()):
            continue
        if terms and (
            (
                _SUSPENDED_PART.match(text, match.end())
                and _PART_BEFORE.search(text, max(start, match.start() - 20), match.start())
            )
            or _PART_SUSPENDED_BEFORE.search(text, max(start, match.start() - 30), match.start())
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
        if _RANGE_AFTER.match(text, match.end()) or _RANGE_AFTER.match(text, match.end("number")):
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
    for match in _LIFE.finditer(text, start, end):
        bare = not _LIFE_WORDS.match(text, match.end())
        if bare and not _BARE_LIFE_BEFORE.search(
            text, max(start, match.start() - 20), match.start()
        ):
            continue  # "for taking her life": no term
        if not any(a <= match.start() < b for a, b in taken):
            named = bool(re.match(r"\s+(?:sentences?|terms?)\b", text[match.end() : end], re.I))
            terms.append(Term(match.start(), match.end(), "life", None, named))
    for match in _DEATH.finditer(text, start, end):
        if match.group("death"):
            terms.append(Term(match.start("death"), match.end("death"), "death", None, False))
        else:
            terms.append(Term(match.start(), match.end(), "death", None, True))
    for match in _FINE.finditer(text, start, end):
        terms.append(Term(match.start(), match.end(), "other", None, False))
    for match in _COMMITTED.finditer(text, start, end):
        terms.append(Term(match.start(), match.end(), "other", None, True))
    for match in orders:
        groups = ("number", "number2", "number3", "number4")
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
        for match in _BARE_PROBATION.finditer(text, start, end):
            if not _TERM_NEAR.match(text, match.end(), end):  # "probation for three years"
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
    r"(?:possibility\s+of|eligib\w+\s+for)\s+parole\s+(?:after|in)(?:\s+serving)?)"
    rf"\s+(?P<number>{_NUMBER})\s+(?P<unit>years?)\b",
    re.I,
)


def _with_minimum_term(text: str, terms: list[Term], start: int, end: int) -> list[Term]:
    """Life with its minimum term is one term, kind life with the minimum's years (as "25
    years to life" is)."""
    life = next((t for t in terms if t.kind == "life" and t.years is None), None)
    if life is None:
        return terms
    minimum = _MINIMUM_TERM.search(text, life.end, end)
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
_SPLIT = re.compile(
    r",?\s+(?:with\s+)?(?:the\s+first|to\s+serve|serving)\s+"
    rf"(?P<served>{_NUMBER})(?:[\s-]+(?P<unit>years?|months?))?\s+(?:of\s+(?:it|them|which)\s+)?"
    r"(?:(?:to\s+be\s+)?(?:served|spent)\s+)?(?P<place>in\s+(?:(?:state|federal|county)\s+)?"
    r"(?:prison|custody|jail)|behind\s+bars)\b"
    r"(?P<rest>,?\s+(?:and|with)\s+the\s+(?:rest|remainder|balance)(?:\s+(?:of\s+it\s+)?"
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
    if split.group("rest"):
        # Read from where the whole term starts: what comes before it decides whether it
        # was imposed, not the "served" of the custody part.
        terms.append(Term(match.start(), split.end("rest"), "probation", years - served, False))
    return terms


def _ranged(text: str, match: re.Match[str], end: int) -> Term | None:
    """An indeterminate term ("15 to 30 years in prison"), as its lower bound: the least the
    court imposed, as "25 years to life" is kind life with years 25."""
    rest = _RANGE_REST.match(text, match.end("number"), end)
    if rest is None or _MONTH_BEFORE.search(text, 0, match.start()):
        return None
    unit = rest.group("unit") or rest.group("unit2")
    low = _value(match.group("number"), unit)
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
        or _UNITS[_unit(match.group("unit2"))] < _UNITS[_unit(match.group("unit") or "years")]
    ):
        return []
    first = _TERM.match(text, match.start(), match.end("unit"))
    second = _TERM.match(text, match.start("number2"), end)
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
        not match.group("to_life") or _MONTH_BEFORE.search(text, 0, match.start())
    ):
        return None  # a number alone, or a day: "on Nov. 15 to life in prison"
    unit = match.group("unit") or "years"
    years = _value(match.group("number"), unit)
    if years is None or years <= 0:
        return None
    if match.group("half"):
        years += 0.5 * _UNITS[_unit(unit)]
    if match.group("number2"):
        more = _value(match.group("number2"), match.group("unit2"))
        if more is None or _UNITS[_unit(match.group("unit2"))] >= _UNITS[_unit(unit)]:
            return None  # "two months and three months": no one term
        years += more
    if match.group("day"):
        years += (-1 if match.group("day").lower() in ("less", "minus") else 1) / 365
    if match.group("to_life"):
        return Term(match.start(), match.end(), "life", years, False)
    after = text[match.end() : end]
    if "-" in (match.group("joint") or "") and not _ADJECTIVE_TERM.match(after):
        return None
    self_named = bool(_SELF_NAMED.match(after))
    suspended = _SUSPENDED.match(after)
    kind = term_kind(text[: match.start()], after, years)
    if (suspended and suspended.group("whole")) or _SUSPENDED_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    ):
        return Term(match.start(), match.end(), "other", years, self_named)
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
    return value * _UNITS[_unit(unit)]
