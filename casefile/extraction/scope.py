"""Scope: what each clause of a sentence is about, decided before the fact families read it.

A crime story tells more than its case. Beside the incident and the people charged with it,
it recalls other matters: the killing that sparked the protests during which a fire was set,
another shooting the same night, a relative killed years earlier, the suspect's earlier
arrests; it gives statistics ("the 30th homicide in the city this year", "N deputies were
killed nationwide"); and it quotes people's conditions and policy talk ("if you kill a road
worker, it's 15 years"). A fact family that reads every clause alike turns these into facts of
the case.

This stage splits a sentence into clauses and labels each one:

- `CASE`: about this case (the default);
- `PRIOR`: an earlier matter of the same person ("previously arrested", "was out on bond");
- `OTHER`: another incident ("another killing", "a separate shooting", "years ago", the
  incident that "sparked" protests, a place named by what happened there before);
- `STATISTICS`: counts beyond the case ("nationwide", "so far this year", "the city's 30th
  homicide");
- `OPINION`: a condition or someone's general talk ("if you hurt ...", "should be").

The signals are how news is written, not the words of any one story: time far from the
incident, places wider than the incident's, counts of events, and the small words that open
a digression. The labels are read through `Article.scope_at` (extraction/context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import Sentence, key_words

CASE, PRIOR, OTHER, STATISTICS, OPINION = "case", "prior", "other", "statistics", "opinion"

# Where a sentence breaks into clauses: a semicolon, a dash, or a comma before a conjunction
# that starts a clause of its own.
_CLAUSE_BREAK = re.compile(
    r";\s+|\s+[—–]\s+|\s+--\s+|,\s+(?=(?:and|but|while|whereas|although|though|as)\s)"
)
# Words that make a clause a statistic, given a count or a plural of harm in it.
_STATISTIC_CUE = compile_scan(
    r"\b(?:nationwide|nationally|across the (?:country|nation|state|region|county|city)|"
    r"statewide|countywide|this year|so far|to date|year to date|each year|every year|per year|"
    r"annually|on average|in the (?:U\.S\.|United States|nation|country)|record (?:number|pace)|"
    r"(?:homicide|murder|crime|shooting) rate|since (?:19|20)\d\d|"
    r"\d+(?:st|nd|rd|th)\s+(?:homicide|killing|murder|shooting|slaying)|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:homicide|killing|murder|shooting|slaying)\s+(?:of|in|this))\b",
    re.I,
)
# A count of harm: what a statistic counts ("nine deputies have been killed", "30 homicides").
_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many)"
_COUNTED = compile_scan(
    rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:homicides|killings|murders|shootings|slayings|"
    r"deaths|victims)\b|"
    rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|officers|deputies|troopers|children|"
    r"women|men)\s+(?:[\w-]+\s+){0,3}?(?:killed|shot|died|dead|slain|murdered|wounded|injured)\b|"
    # An ordinal counts too: "the city's third homicide this year".
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:homicide|killing|murder|shooting|slaying)",
    re.I,
)
# Words that turn a whole clause to another incident.
_OTHER_CLAUSE = compile_scan(
    r"\b(?:another (?:\w+ )?(?:killings?|shootings?|homicides?|murders?|stabbings?|incidents?|"
    r"attacks?|crash|case|slayings?)(?!\s+victims?\b)|(?:an)?other (?:two|three|four|\d+) "
    r"(?:killings|shootings|homicides|murders|slayings)|a separate|an unrelated|unrelated|"
    r"in separate|in (?:an|a) (?:earlier|previous|prior) (?:incident|case|shooting|attack))\b|"
    # the same person tied to an incident told in passing: "is also a suspect in a shooting"
    r"\balso\s+(?:a\s+|the\s+)?(?:suspect|suspected|charged|accused|wanted|sought|a person of "
    r"interest)\s+in\s+(?:a|an|another|two|three|several|other)\s|"
    # a relative's loss years before: "his brother was killed years ago"
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:brother|sister|son|daughter|father|mother|cousin|"
    r"uncle|aunt|nephew|niece|husband|wife|friend|relative)\b[^;]{0,80}?\b(?:(?:years|"
    r"decades|a year|a decade) (?:ago|earlier|before))\b",
    re.I,
)
# Words that open a digression inside a clause: "the fire set during protests over X's death".
# What follows is told of the incident named there, which may be this one or another (a
# protest follows as often the case's own killing as a police shooting), so they only start a
# new clause; what it is about is read from it like any other.
_DIGRESSION = compile_scan(
    r"\b(?:protests?|demonstrations?|unrest|riots?|rallies|rally|vigils?|marches)\s+(?:over|"
    r"following|after|against|sparked by|in response to|that followed|for)\b|\bsparked by\b|"
    r"\bin the wake of\b",
    re.I,
)
# Back from an earlier matter to the case: "was out on bond when he shot Ann Lee".
_BACK_TO_CASE = re.compile(r"\b(?:when|as|after|before)\s+(?:he|she|they|police|officers)\b")
# Conditions and general talk: "if you injure a road worker", "anyone who kills".
_OPINION_CLAUSE = compile_scan(
    r"^\W*(?:if|unless|whether|should)\b|\bif (?:you|someone|anyone|somebody|a person|people)\b|"
    r"\b(?:anyone|whoever) who\b",
    re.I,
)
# Any signal above opens with one of these words (lower case).
_GATE = key_words(
    "nationwide",
    "nationally",
    "across the",
    "statewide",
    "countywide",
    "this year",
    "so far",
    "to date",
    "each year",
    "every year",
    "per year",
    "annually",
    "on average",
    "in the u.s.",
    "united states",
    "in the nation",
    "in the country",
    "record",
    " rate",
    "since 19",
    "since 20",
    "homicide",
    "killing",
    "murder",
    "shooting",
    "slaying",
    "another",
    "other",
    "separate",
    "unrelated",
    "also",
    "ago",
    "earlier",
    "before",
    "previous",
    "prior",
    "protest",
    "rall",
    "vigil",
    "march",
    "sparked",
    "in the wake",
    "demonstration",
    "unrest",
    "riot",
    "if",
    "unless",
    "whether",
    "should",
    "anyone who",
    "whoever",
)


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence (offsets into its text) and what it is about."""

    start: int
    end: int
    scope: str
    cue: str | None = None


def clauses(sentence: Sentence, prior: re.Match[str] | None = None) -> tuple[Clause, ...]:
    """The clauses of `sentence` with their scope; `prior` is where the sentence starts
    speaking of an earlier matter (see `Article.prior_matter`), if it does."""
    if not _GATE.opens(sentence) and prior is None:
        # No word of another matter: every clause is about the case, but each still ends at
        # its break ("Ann Lee died; Bo Tran survived" tells two outcomes).
        return _case_clauses(sentence.text)
    found = list(_clauses(sentence.text))
    if prior is not None:
        # From the words that open the earlier matter to the end of their clause, or to a
        # "when" that returns to the case: "was out on bond when he shot Ann Lee".
        split: list[Clause] = []
        for c in found:
            if c.scope == CASE and c.start <= prior.start() < c.end:
                if prior.start() > c.start:
                    split.append(Clause(c.start, prior.start(), CASE))
                back = _BACK_TO_CASE.search(sentence.text, prior.end(), c.end)
                cut = back.start() if back else relative_clause_end(sentence.text, prior, c.end)
                split.append(Clause(prior.start(), cut, PRIOR, prior.group(0)))
                if cut < c.end:
                    split.append(Clause(cut, c.end, CASE))
            else:
                split.append(c)
        found = split
    return tuple(found)


# A relative clause opening before an earlier matter: "X, who was previously arrested, ...".
_RELATIVE_OPENING = re.compile(r",\s+(?:who|whose)\b[^,;]*\Z", re.I)


def relative_clause_end(text: str, prior: re.Match[str], end: int) -> int:
    """Where the earlier matter at `prior` ends, by `end`: at the comma closing the relative
    clause it is told in ("X, who was on probation at the time, is due in court Friday":
    the main clause is this case's), else at `end`."""
    if not _RELATIVE_OPENING.search(text, max(0, prior.start() - 80), prior.start()):
        return end
    comma = text.find(",", prior.end(), end)
    return comma if comma >= 0 else end


@lru_cache(maxsize=8192)
def _case_clauses(text: str) -> tuple[Clause, ...]:
    cuts = list(_CLAUSE_BREAK.finditer(text))
    if not cuts:
        return (Clause(0, len(text), CASE),)
    starts = [0, *(cut.end() for cut in cuts)]
    ends = [*(cut.start() for cut in cuts), len(text)]
    return tuple(Clause(start, end, CASE) for start, end in zip(starts, ends, strict=True))


@lru_cache(maxsize=8192)
def _clauses(text: str) -> tuple[Clause, ...]:
    found: list[Clause] = []
    start = 0
    for cut in [*(m for m in _CLAUSE_BREAK.finditer(text)), None]:
        end = cut.start() if cut else len(text)
        for digression in _DIGRESSION.finditer(text, start, end):
            if digression.start() > start:
                found.append(_label(text, start, digression.start()))
                start = digression.start()
        found.extend(_relative_aside(text, _label(text, start, end)))
        start = cut.end() if cut else len(text)
    return tuple(found)


def _relative_aside(text: str, clause: Clause) -> tuple[Clause, ...]:
    """`clause`, or its parts when what makes it another matter is told in a relative clause
    ("X, who is also charged in another shooting, was arraigned Monday"): the relative
    clause is about the other matter, the main clause around it about this case."""
    if clause.scope != OTHER or clause.cue is None:
        return (clause,)
    cue = text.find(clause.cue, clause.start, clause.end)
    opening = _RELATIVE_OPENING.search(text, max(clause.start, cue - 80), cue) if cue >= 0 else None
    if opening is None:
        return (clause,)
    comma = text.find(",", cue + len(clause.cue), clause.end)
    if comma < 0:
        return (clause,)
    return (
        Clause(clause.start, opening.start(), CASE),
        Clause(opening.start(), comma, OTHER, clause.cue),
        Clause(comma, clause.end, CASE),
    )


def _label(text: str, start: int, end: int) -> Clause:
    """The clause `text[start:end]`, labelled."""
    clause = text[start:end]
    if (cue := _OPINION_CLAUSE.search(clause)) is not None:
        return Clause(start, end, OPINION, cue.group(0))
    statistic = _STATISTIC_CUE.search(clause)
    if statistic is not None and _COUNTED.search(clause):
        return Clause(start, end, STATISTICS, statistic.group(0))
    if (cue := _OTHER_CLAUSE.search(clause)) is not None:
        return Clause(start, end, OTHER, cue.group(0))
    return Clause(start, end, CASE)


def scope_at(found: tuple[Clause, ...], position: int) -> Clause:
    """The clause of `found` that holds `position` (the last one past the end)."""
    for clause in found:
        if position < clause.end:
            return clause
    return found[-1]
