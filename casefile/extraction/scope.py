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
- `OPINION`: a condition or someone's general talk ("if you hurt ...", "should be", "under
  state law, a 16-year-old charged with murder is tried as an adult");
- `HYPOTHETICAL`: what could be or could have been ("faces up to 20 years", "could face
  life", "the maximum penalty is", "could have faced life had the case gone to trial", "a
  $5,000 bond would be enough"), from the predicate that says it to the end of its clause
  ("was held on $1 million bond and faces up to life": the bond is the case's).

The signals are how news is written, not the words of any one story: time far from the
incident, places wider than the incident's, counts of events, and the small words that open
a digression (their patterns are in extraction/scope_words.py). The labels are read through
`Article.scope_at` (extraction/context.py), which adds what the words of one clause cannot
tell: an earlier matter or another incident told by its time (extraction/earlier.py), a
clause referring back to the incident told just before ("in that case",
extraction/scope_carried_over.py), and the people the article first names with another
incident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from casefile.extraction.lean_scans import LeanScan
from casefile.extraction.patterns import compile_scan, may_match
from casefile.extraction.scope_words import (
    ANOTHER_TIME,
    ARGUED,
    BAIL_WORD,
    CHANGE,
    COUNTED,
    COURT_ACTED,
    DIGRESSION,
    GATE,
    HARMED,
    MANY_CHARGED,
    MIGHT_BE,
    MIGHT_FACE,
    OPINION_CLAUSE,
    OTHER_CLAUSE,
    SAME_PLACE,
    STATISTIC_CUE,
)
from casefile.extraction.sentences import Sentence

CASE, PRIOR, OTHER, STATISTICS, OPINION = "case", "prior", "other", "statistics", "opinion"
HYPOTHETICAL = "hypothetical"

# Where a sentence breaks into clauses: a semicolon, a dash, or a comma before a conjunction
# that starts a clause of its own. (Tried on every sentence: `compile_scan` skips to spaces and
# punctuation.)
_CLAUSE_DASH = r"\s+[—–]\s+|\s+--\s+|"
_CLAUSE_COMMA = (
    r",\s+(?=(?:and|but|while|whereas|although|though|as)\s)|"
    # "Under state law a magistrate cannot set bond, so the judge ordered him held": what
    # follows "so" is what happened for that reason
    r",\s+(?=so\s+(?!far\b|much\b|many\b|long\b|that\b|to\b|as\b)(?-i:[a-z]+\s|[A-Z]))|"
)
# "was acquitted Friday but remains jailed on an unrelated charge": "but" opens a clause
_CLAUSE_BUT = r"(?<![,;])\s+(?=but\s+(?!also\b|not\b|only\b))|"
_CLAUSE_TIME = (
    # a time told from another event opens a clause of its own: "charged Bo Tran with murder
    # in the death of Cy Hall, a week after he was arrested in an unrelated robbery"
    r",\s+(?=(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:hours?|days?|"
    r"weeks?|months?|years?)\s+(?:after|before)\s)"
)
# (the dashes and "but", alternatives that start at any space, left out of the lean twin a
# sentence without them is read with: `lean_scans.py`)
_CLAUSE_BREAK = LeanScan(
    compile_scan(r";\s+|" + _CLAUSE_DASH + _CLAUSE_COMMA + _CLAUSE_BUT + _CLAUSE_TIME),
    compile_scan(r";\s+|" + _CLAUSE_COMMA + _CLAUSE_TIME),
    ("but", "—", "–", "--"),
)
# Back from an earlier matter to the case: "was out on bond when he shot Ann Lee".
_BACK_TO_CASE = re.compile(r"\b(?:when|as|after|before)\s+(?:he|she|they|police|officers)\b")
# Where the predicate of a possibility opens: "and faces up to life", "that a bond would be".
_PREDICATE_OPENING = re.compile(
    # ", sparing him a mandatory life term": what the outcome saved him from
    r"(?:\s+and\s+|,\s+(?:which|who|and)\s+|\s+that\s+|,\s+(?=(?:if|when|once)\s)|"
    r",\s+(?=(?:sparing|avoiding)\s))",
    re.I,
)
# A penalty a court gave, not one it could give: "sentenced him to the maximum of 25 years",
# "received a mandatory life sentence".
_IMPOSED_BEFORE = re.compile(
    r"\b(?:sentenced|received|receiving|imposed|imposing|gave|given|giving|handed|got|gets|"
    r"ordered|serving|served)\b[^,;]*\Z",
    re.I,
)
# The relative clause a possibility may be told in: "X, who faced up to 40 years, was ...".
_RELATIVE_WORD = re.compile(r",\s+(?:which|who)\b", re.I)


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
    if not GATE.opens(sentence) and prior is None:
        # No word of another matter: every clause is about the case, but each still ends at
        # its break ("Ann Lee died; Bo Tran survived" tells two outcomes).
        return case_clauses(sentence.text)
    if prior is None:
        return _clauses(sentence.text)
    # Kept by what it follows from, the text and the words of the earlier matter: read for
    # each article, and a sentence recurs (stock lines, syndicated and revised copies).
    key = (sentence.text, prior.start(), prior.end(), prior.group(0))
    kept = _PRIOR_CLAUSES.get(key)
    if kept is not None:
        return kept
    found = list(_clauses(sentence.text))
    # From the words that open the earlier matter to the end of their clause, or to a
    # "when" that returns to the case: "was out on bond when he shot Ann Lee".
    split: list[Clause] = []
    for c in found:
        if c.scope == CASE and c.start <= prior.start() < c.end:
            opens = _predicate_start(sentence.text, prior, c.start)
            if opens > c.start:
                split.append(Clause(c.start, opens, CASE))
            back = _BACK_TO_CASE.search(sentence.text, prior.end(), c.end)
            cut = back.start() if back else relative_clause_end(sentence.text, prior, c.end)
            split.append(Clause(opens, cut, PRIOR, prior.group(0)))
            if cut < c.end:
                split.append(Clause(cut, c.end, CASE))
        else:
            split.append(c)
    found = _going_on(sentence.text, split)
    if len(_PRIOR_CLAUSES) >= _PRIOR_CLAUSES_KEPT:
        _PRIOR_CLAUSES.clear()
    kept = _PRIOR_CLAUSES[key] = tuple(found)
    return kept


# The clauses of sentences that speak of an earlier matter, by the text and that matter's
# words (see `clauses`).
_PRIOR_CLAUSES: dict[tuple[str, int, int, str], tuple[Clause, ...]] = {}
_PRIOR_CLAUSES_KEPT = 8192


# A clause that goes on with the one before: "...; he was later acquitted".
_GOES_ON = re.compile(
    r"\W*(?:and\s+)?(?:(?:he|she|they)\s+)?(?:(?:was|were|had)\s+)?(?:later|then|eventually|"
    r"subsequently|ultimately)\b",
    re.I,
)


def _going_on(text: str, found: list[Clause]) -> list[Clause]:
    """`found`, with a clause that goes on from an earlier matter ("In 2019 he was charged
    with assault; he was later acquitted") about that matter too."""
    for i in range(1, len(found)):
        before, clause = found[i - 1], found[i]
        if before.scope == PRIOR and clause.scope == CASE and _GOES_ON.match(text, clause.start):
            found[i] = Clause(clause.start, clause.end, PRIOR, before.cue)
    return found


# An earlier matter told in a phrase after what it is of: "revoked his bond in his pending
# drug case", "was held on a warrant in an unrelated case".
_PHRASE_AFTER = re.compile(r"(?:in|from|for)\s", re.I)


def _predicate_start(text: str, prior: re.Match[str], start: int) -> int:
    """Where the earlier matter at `prior` starts, in a clause starting at `start`: at its
    words, or, when they are a phrase after what they are of, at the predicate that phrase
    ends ("was charged Monday and was held on a warrant in an unrelated case")."""
    if not _PHRASE_AFTER.match(prior.group(0)):
        return prior.start()
    openings = list(_PREDICATE_OPENING.finditer(text, start, prior.start()))
    return openings[-1].start() if openings else start


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
def case_clauses(text: str) -> tuple[Clause, ...]:
    """The clauses of `text`, cut at its breaks, each about the case."""
    cuts = list(_CLAUSE_BREAK.for_text(text).finditer(text))
    if not cuts:
        return (Clause(0, len(text), CASE),)
    starts = [0, *(cut.end() for cut in cuts)]
    ends = [*(cut.start() for cut in cuts), len(text)]
    return tuple(Clause(start, end, CASE) for start, end in zip(starts, ends, strict=True))


@lru_cache(maxsize=8192)
def _clauses(text: str) -> tuple[Clause, ...]:
    found: list[Clause] = []
    start = 0
    for cut in [*(m for m in _CLAUSE_BREAK.for_text(text).finditer(text)), None]:
        end = cut.start() if cut else len(text)
        digressions = DIGRESSION.finditer(text, start, end) if may_match(DIGRESSION, text) else ()
        for digression in digressions:
            if digression.start() > start:
                found.append(_label(text, start, digression.start()))
                start = digression.start()
        for aside in _relative_aside(text, _label(text, start, end)):
            for clause in _also_aside(text, aside):
                found.extend(_hypothetical_aside(text, clause))
        start = cut.end() if cut else len(text)
    return tuple(_tally_goes_on(text, found))


# What a clause's count is counted among, referring back: "and 37 people died in them".
_AMONG_THOSE = re.compile(r"\b(?:in|of|among|from)\s+(?:them|those|these)\b", re.I)


def _tally_goes_on(text: str, found: list[Clause]) -> list[Clause]:
    """`found`, with a count told among what a statistic just counted ("the county recorded
    412 crashes in 2024, and 37 people died in them") a statistic too."""
    for i in range(1, len(found)):
        before, clause = found[i - 1], found[i]
        if (
            before.scope == STATISTICS
            and clause.scope == CASE
            and _AMONG_THOSE.search(text, clause.start, clause.end)
            and _cue(COUNTED, text, text[clause.start : clause.end])
        ):
            found[i] = Clause(clause.start, clause.end, STATISTICS, before.cue)
    return found


def _hypothetical_aside(text: str, clause: Clause) -> tuple[Clause, ...]:
    """`clause`, or its parts when it goes on to what could be: from the predicate that says
    it to the clause's end ("was held on $1 million bond and faces up to life": the bond is
    the case's, the term a possibility)."""
    if clause.scope != CASE:
        return (clause,)
    cues = [
        p.search(text, clause.start, clause.end)
        for p in (MIGHT_BE, MIGHT_FACE)
        if may_match(p, text)
    ]
    cue = min((c for c in cues if c), key=lambda c: c.start(), default=None)
    if cue is None or _IMPOSED_BEFORE.search(
        text, max(clause.start, cue.start() - 60), cue.start()
    ):
        return (clause,)  # "sentenced him to the maximum sentence of 25 years": imposed
    openings = list(_PREDICATE_OPENING.finditer(text, clause.start, cue.start()))
    end = clause.end
    if openings:
        start = openings[-1].start()
        if _RELATIVE_WORD.match(openings[-1].group(0)):
            closed = text.rfind(",", openings[-1].end(), cue.start())
            if closed >= 0:
                # "X, who was sentenced Monday, could have faced life": the main predicate's
                start = closed
            else:
                # "X, who faced up to 40 years, was sentenced to 12": the aside ends at its comma
                comma = text.find(",", cue.end(), clause.end)
                end = comma if comma >= 0 else end
    else:
        start = cue.start() if cue.re is MIGHT_FACE else clause.start
    parts = [Clause(start, end, HYPOTHETICAL, cue.group(0))]
    if start > clause.start:
        parts.insert(0, Clause(clause.start, start, CASE))
    if end < clause.end:
        parts.append(Clause(end, clause.end, CASE))
    return tuple(parts)


# The predicate that "also" opens, with its verb: "is also a suspect in", "are also investigating".
_ALSO_PREDICATE = re.compile(r"(?:\b(?:is|are|was|were|has been|have been|had been)\s+)?\Z", re.I)


def _also_aside(text: str, clause: Clause) -> tuple[Clause, ...]:
    """`clause`, or its parts when another incident is told in a predicate "also" opens
    ("Bo Tran, arrested Monday in Ann Lee's killing, is also a suspect in an unsolved
    shooting"): the subject and what it says of this case come before."""
    if clause.scope != OTHER or clause.cue is None or not clause.cue.lower().startswith("also"):
        return (clause,)
    cue = text.find(clause.cue, clause.start, clause.end)
    if cue <= clause.start:
        return (clause,)
    verb = _ALSO_PREDICATE.search(text, clause.start, cue)
    start = verb.start() if verb is not None else cue
    if start <= clause.start:
        return (clause,)
    return (Clause(clause.start, start, CASE), Clause(start, clause.end, OTHER, clause.cue))


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
    if (cue := _cue(OPINION_CLAUSE, text, clause)) is not None:
        return Clause(start, end, OPINION, cue.group(0))
    if (
        (cue := _cue(ARGUED, text, clause)) is not None
        and _cue(BAIL_WORD, text, clause)
        and not _cue(COURT_ACTED, text, clause)
    ):
        return Clause(start, end, OPINION, cue.group(0))
    statistic = _cue(STATISTIC_CUE, text, clause)
    if statistic is not None and _cue(COUNTED, text, clause):
        return Clause(start, end, STATISTICS, statistic.group(0))
    if (change := _cue(CHANGE, text, clause) or _cue(MANY_CHARGED, text, clause)) is not None:
        return Clause(start, end, STATISTICS, change.group(0))
    if (cue := _cue(OTHER_CLAUSE, text, clause)) is not None:
        return Clause(start, end, OTHER, cue.group(0))
    if (
        (cue := _cue(SAME_PLACE, text, clause)) is not None
        and _cue(HARMED, text, clause)
        and _cue(ANOTHER_TIME, text, clause)
    ):
        return Clause(start, end, OTHER, cue.group(0))
    return Clause(start, end, CASE)


def _cue(pattern: re.Pattern[str], text: str, clause: str) -> re.Match[str] | None:
    """`pattern.search(clause)`, not tried when the sentence `text` holding the clause has
    none of the words every match of `pattern` holds (`may_match`)."""
    return pattern.search(clause) if may_match(pattern, text) else None


_CONDITION_CUE = re.compile(r"\W*(?:if|unless|whether|should)\b", re.I)


def is_condition(clause: Clause) -> bool:
    """Whether an OPINION `clause` is a condition on this case ("If Tran is convicted ...")
    rather than talk of people in general ("Under state law, anyone charged with ...")."""
    return clause.cue is not None and _CONDITION_CUE.match(clause.cue) is not None


def scope_at(found: tuple[Clause, ...], position: int) -> Clause:
    """The clause of `found` that holds `position` (the last one past the end)."""
    for clause in found:
        if position < clause.end:
            return clause
    return found[-1]


def quoted(text: str, position: int) -> bool:
    """Whether `position` of `text` stands inside a quotation: someone's words, not the
    report's ("she is not guilty of murder", "a slap on the wrist for nearly killing a man")."""
    before = text[:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
