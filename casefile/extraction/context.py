"""What every fact family reads: the article's text, sentences, people and publication date."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.dates import DATE_KEYS, DateMention, dates_in, nearest_date
from casefile.extraction.earlier import (
    BEFORE_GATE,
    COUNTS_ON_GATE,
    LEGAL_GATE,
    Incident,
    before_incident,
    before_the_incident,
    counts_on,
    harm_long_before,
    incident_of,
    noun_dated_before,
)
from casefile.extraction.harm_words import HARM_GATE
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, matches_in
from casefile.extraction.people import Cast, Person
from casefile.extraction.scope import CASE, OTHER, PRIOR, STATISTICS, Clause, clauses, scope_at
from casefile.extraction.scope_carried_over import (
    REFERS_BACK_GATE,
    carried_over,
    opens_with_pronoun,
    pronoun_of_other,
    refers_back,
)
from casefile.extraction.scope_tallies import told_after_a_count
from casefile.extraction.sentences import Sentence
from casefile.extraction.told_times import TIME_GATE, Time, times_in

# Statements about an earlier matter: "last arrested on Oct. 15", "was out on a $100 bond".
# The cue of a clause telling harm dated long before the case's: another incident's.
LONG_BEFORE = "long before"
PRIOR_MATTER = compile_scan(
    # (a not-guilty plea told as before is this case's: "He previously pleaded not guilty to
    # the charge"; a record holds no such plea)
    r"\b(?:last arrested|most recent arrest|previously (?:been )?(?:arrested|jailed|convicted|bonded|"
    r"(?:pleaded|pled)(?! not guilty)|served|sentenced|found)|"
    r"served (?:\w+ ){0,3}?(?:years?|months?|time) (?:in|behind)|"
    # (not this case's bail told as lasting: "had been free on bond since her arrest",
    # "out on bail pending trial")
    r"who (?:had )?previously(?! (?:pleaded|pled) not guilty)|(?:(?:was|were|is) out|free) on(?![^.;]{0,40}\b(?:since|pending|"
    r"until|awaiting)\b)|criminal history|"
    # (a record's convictions, not those of a case told by its defendant: "affirmed the
    # murder convictions of Bo Tran")
    r"convictions(?!\s+of\s+(?-i:[A-Z]))|"
    # ("a previous conviction for assault", as British courts tell a record)
    r"(?:prior|previous) (?:arrests?|charges?|convictions?)|earlier (?:arrest|burglary|charge|case)|"
    r"in (?:an|a) (?:earlier|separate|unrelated) (?:case|matter)|had (?:\w+ )?bonded (?:\w+ )?out|"
    # "in his pending drug case", "from an older gun case"
    r"(?:in|from|for) (?:an?|his|her|their) (?:(?:pending|earlier|separate|unrelated|other|older|"
    r"previous|prior)\s+)+(?:[\w-]+\s+)?(?:case|cases|matter|charges?)|"
    r"had been arrested|misdemeanors|in that case|(?:was|is|were|while) (?:on|serving) (?:probation|"
    # ("released from jail after posting bond", "... after posting $20,000" is this case's
    # release on bail.)
    r"parole)|criminal record|"
    r"released from (?:prison|jail)(?![^.;]{0,50}\b(?:bond\b|bail\b|posting\b|paying \$))|"
    # an arrest dated by its year on a charge told as since dropped: a closed matter ("was
    # arrested in March 2023 on a burglary charge that was later dismissed")
    r"arrested\s+in\s+(?:[A-Z][a-z]+\.?\s+)?\d{4}\s+(?:[^.;]{0,40}?\s)?on\s+(?:a|an)\s+[^.;]{0,50}?"
    r"\bcharges?\s+(?:[^.;,]{0,40}?\s)?(?:that|which)\s+(?:was|were)\s+(?:later\s+|eventually\s+|subsequently\s+)?"
    r"(?:dismissed|dropped)|"
    r"after serving)\b",
    re.IGNORECASE,
)
# Harm told in a sentence: what "in that case" after it may refer back to.
_HARM_TOLD = re.compile(
    r"\b(?:killed|wounded|shot|died|injured|stabbed|slain|hurt)\b", re.IGNORECASE
)
# ... or this case named as one known ("the assault case", "the May 18 shooting"; not "a 2022
# burglary case", "the 2019 case": another).
_CASE_NOUN = re.compile(
    r"\bthe\s+(?:(?!\d{4}\b)[\w-]+\s+){0,3}?(?:case|shooting|killing|stabbing|slaying|homicide|"
    r"crash|attack|death|robbery|burglary|fire|incident)\b",
    re.I,
)
_PRIOR_GATE = key_words(
    "last arrested",
    "served",
    "most recent arrest",
    "previously",
    "out on",
    "free on",
    "criminal history",
    "convictions",
    "pending",
    "older",
    "other",
    "prior",
    "previous",
    "earlier",
    "separate",
    "unrelated",
    "bonded",
    "had been arrested",
    "misdemeanors",
    "in that case",
    "on probation",
    "on parole",
    "serving probation",
    "serving parole",
    "criminal record",
    "released from",
    "after serving",
    "dismissed",
    "dropped",
)
# Someone's own matter besides the case, told as what he is held or charged on: "was arrested
# on an unrelated warrant", "is jailed on separate drug charges".
_OWN_OTHER_MATTER = re.compile(
    r"\b(?:on|for)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:unrelated|separate)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:warrants?|charges?|counts?|offen[cs]es?|violations?)\b",
    re.I,
)
# The stretch of a sentence an earlier matter told by its time covers (see extraction/earlier.py).
_STRETCH = re.compile(r"[\s\S]*")
# "If X is convicted ...": a condition, not an event.
CONDITIONAL = compile_scan(r"^\W*(?:If|Unless|Should)\b|\bif (?:convicted|found guilty)\b", re.I)


@dataclass
class Article:
    text: str
    sentences: list[Sentence]
    cast: Cast
    published: datetime.date | None
    _dates: dict[int, Sequence[DateMention]] = field(default_factory=dict, repr=False)
    _prior: dict[int, re.Match[str] | None] = field(default_factory=dict, repr=False)
    _timed_prior: set[int] = field(default_factory=set, repr=False)  # sentences dated before
    _scopes: dict[int, tuple[Clause, ...]] = field(default_factory=dict, repr=False)
    _times: dict[int, list[Time]] = field(default_factory=dict, repr=False)
    _incident: list[Incident | None] = field(default_factory=list, repr=False)

    def sentence_holding(self, offset: int) -> Sentence | None:
        """The sentence whose span holds `offset` of the text (a fact's evidence start), or
        None where the offset falls between sentences (page chrome)."""
        at = bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if at >= 0 and offset < self.sentences[at].end:
            return self.sentences[at]
        return None

    def prior_matter(self, sentence: Sentence) -> re.Match[str] | None:
        """Where `sentence` starts speaking of an earlier matter, if it does: in words
        ("previously arrested", "was out on bond") or by its time, a plea, sentence or arrest
        dated before the incident ("In 2015 he pleaded guilty", extraction/earlier.py)."""
        if sentence.index not in self._prior:
            timed = self._prior_by_time(sentence)
            if timed is not None:
                self._timed_prior.add(sentence.index)
            stated = self._stated_prior(sentence)
            # the one that starts first (the stated one of two starting together)
            if stated is None or (timed is not None and timed.start() < stated.start()):
                stated = timed
            self._prior[sentence.index] = stated
        return self._prior[sentence.index]

    def _convictions_told_before(self, sentence: Sentence, start: int) -> bool:
        """Whether "the convictions" at `start` point back at those of the sentence before,
        which tells no earlier matter: this case's verdict or sentence, not a record ("Her
        convictions ranged from theft to assault. Three of the convictions were for theft")."""
        return (
            sentence.text[max(0, start - 4) : start].lower() == "the "
            and sentence.index > 0
            and self.prior_matter(self.sentences[sentence.index - 1]) is None
        )

    def _stated_prior(self, sentence: Sentence) -> re.Match[str] | None:
        if not _PRIOR_GATE.opens(sentence):
            return None
        for found in matches_in(PRIOR_MATTER, sentence.text):
            if found.group(0).lower() == "convictions" and self._convictions_told_before(
                sentence, found.start()
            ):
                continue  # "sentenced him to 30 years. The convictions were for kidnapping"
            if found.group(0).lower() != "in that case" or not self._case_told_before(sentence):
                return found
            # "A 17-year-old and a 19-year-old were wounded. In that case Bo Tran faces
            # murder", "waived his preliminary hearing in the strangulation case ... He is
            # charged in that case with strangulation": this case, no earlier matter
        return None

    def _case_told_before(self, sentence: Sentence) -> bool:
        """Whether the sentence just before `sentence` tells this case's harm ("were
        wounded") or names it as one known ("in the strangulation case"), and no earlier
        matter."""
        if not sentence.index:
            return False
        last = self.sentences[sentence.index - 1]
        if self.prior_matter(last) is not None:
            return False
        if _HARM_TOLD.search(last.text) and self.scope(last)[-1].scope == CASE:
            return True
        return _CASE_NOUN.search(last.text) is not None

    def _prior_by_time(self, sentence: Sentence) -> re.Match[str] | None:
        text = sentence.text
        if sentence.index > 0 and COUNTS_ON_GATE.opens(sentence) and counts_on(text):
            # "Six years later he pleaded no contest ...": on with the matter before.
            if self.prior_matter(self.sentences[sentence.index - 1]) is not None:
                return _STRETCH.match(text, 0, len(text))
            return None
        if not LEGAL_GATE.opens(sentence):
            return None
        told = before_the_incident(text) if BEFORE_GATE.opens(sentence) else None
        if told is not None:
            return _STRETCH.match(text, *told)
        if not TIME_GATE.opens(sentence):
            return None  # no time coarse or with its year: none sure enough to date a matter
        times = [t for t in self.times(sentence) if t.sure]
        incident = self.incident() if times else None
        found = before_incident(text, times, incident.start) if incident else None
        if found is None and incident is None and times and self.published:
            # no day of the harm told: "his 2016 conviction" two years and more before the
            # report is an earlier matter's
            found = noun_dated_before(text, times, datetime.date(self.published.year - 1, 1, 1))
        return _STRETCH.match(text, *found) if found else None

    def times(self, sentence: Sentence) -> list[Time]:
        """Times `sentence` states, to the day or coarser ("in 2015", "last year")."""
        found = self._times.get(sentence.index)
        if found is None:
            dated, coarse = DATE_KEYS.opens(sentence), TIME_GATE.opens(sentence)
            found = _times_of(sentence.text, self.published, dated, coarse)
            self._times[sentence.index] = found
        return found

    def incident(self) -> Incident | None:
        """When the case's harm happened (extraction/earlier.py)."""
        if not self._incident:
            harmed = [
                (s.index, s.text, times)
                for s in HARM_GATE.among(self.sentences)
                if (times := self.times(s))
            ]

            def in_case(index: int, position: int) -> bool:
                sentence = self.sentences[index]
                stated = clauses(sentence, self._stated_prior(sentence))
                return scope_at(stated, position).scope == CASE

            self._incident.append(incident_of(harmed, in_case))
        return self._incident[0]

    def scope(self, sentence: Sentence) -> tuple[Clause, ...]:
        """The clauses of `sentence` and what each is about (see extraction/scope.py)."""
        found = self._scopes.get(sentence.index)
        if found is None:
            found = clauses(sentence, self.prior_matter(sentence))
            if (
                sentence.index > 0
                and REFERS_BACK_GATE.opens(sentence)
                and refers_back(sentence.text)
            ):
                # "Police arrested a man in that case": of the matter the sentence before
                # ended on.
                before = self.scope(self.sentences[sentence.index - 1])[-1]
                found = carried_over(sentence.text, found, before)
            if sentence.index > 0 and opens_with_pronoun(sentence.text):
                # (asked only of a sentence opening on "He" or "She", so the chain of
                # sentences read back is short)
                last = self.sentences[sentence.index - 1]
                if pronoun_of_other(sentence.text, last.text, self.scope(last)[-1]):
                    found = tuple(
                        Clause(c.start, c.end, OTHER, "he of another") if c.scope == CASE else c
                        for c in found
                    )
            if HARM_GATE.opens(sentence) and TIME_GATE.opens(sentence):
                found = self._harm_long_before(sentence, found)
            if (
                sentence.index > 0
                and HARM_GATE.opens(sentence)
                # ("In February, a girl died": a month will do; a killing named for what it
                # was, "a murder-suicide", is told apart with no time)
                and (self.times(sentence) or "murder-suicide" in sentence.lower)
                and told_after_a_count(sentence.text, self.sentences[sentence.index - 1].text)
            ):
                found = tuple(
                    Clause(c.start, c.end, OTHER, "after a count")
                    if c.scope in (CASE, PRIOR)
                    else c
                    for c in found
                )
            self._scopes[sentence.index] = found
        return found

    def _harm_long_before(
        self, sentence: Sentence, found: tuple[Clause, ...]
    ) -> tuple[Clause, ...]:
        """`found`, with a clause telling harm dated long before the case's about another
        incident ("Pruitt also killed Al Roe, who was found shot on Oct. 14, 2024")."""
        times = self.times(sentence)
        incident = self.incident()
        if incident is None:
            return found
        before, near = harm_long_before(sentence.text, times, incident)

        def only_before(c: Clause) -> bool:
            # "the murders of Ann Lee in May and Bo Tran in 2013": one series, the case's
            inside = range(c.start, c.end)
            return any(p in inside for p in before) and not any(p in inside for p in near)

        return tuple(
            Clause(c.start, c.end, OTHER, LONG_BEFORE) if c.scope == CASE and only_before(c) else c
            for c in found
        )

    def scope_at(self, sentence: Sentence, position: int) -> Clause:
        """The clause of `sentence` holding `position`: `.scope` is CASE when it is about this
        case, else PRIOR, OTHER, STATISTICS or OPINION (see extraction/scope.py)."""
        return scope_at(self.scope(sentence), position)

    def outsiders(self) -> set[str]:
        """Names of the people the article first names in a clause about another incident
        ("In an unrelated case, the judge sentenced Al Roe ..."): what it says of them later
        ("Roe pleaded guilty in July") is of that incident too, not of this case."""
        found: set[str] = set()
        for person in self.cast.people:
            if person.name is None or not person.mentions:
                continue
            mentions = sorted(person.mentions)
            index, start, _ = mentions[0]
            clause = self.scope_at(self.sentences[index], start)
            if clause.scope == OTHER and _OWN_OTHER_MATTER.search(
                self.sentences[index].text, clause.start, clause.end
            ):
                # "Bo Tran was arrested Monday on an unrelated warrant": his own other
                # matter, not another incident's people; what follows may tie him to the case.
                continue
            if clause.scope in (OTHER, STATISTICS):
                found.add(person.name)
            elif index in self._timed_prior and all(
                self.scope_at(self.sentences[i], at).scope != CASE for i, at, _ in mentions
            ):
                # someone's own earlier case, dated before this one and never named in it:
                # "His brother, Ken Roe, was sentenced to 20 years in 2020"
                found.add(person.name)
        return found

    def in_case(self, sentence: Sentence, position: int) -> bool:
        """Whether what `sentence` says at `position` is about this case."""
        return self.scope_at(sentence, position).scope == CASE

    def dates(self, sentence: Sentence) -> Sequence[DateMention]:
        """Dates in `sentence`, found once per article however many families ask."""
        found = self._dates.get(sentence.index)
        if found is None:
            opens = DATE_KEYS.opens(sentence)
            found = dates_in(sentence.text, self.published) if opens else ()
            self._dates[sentence.index] = found
        return found

    def date_near(self, sentence: Sentence, position: int) -> str | None:
        """ISO date stated in `sentence` closest to `position`, or None."""
        return nearest_date(self.dates(sentence), position)


# Cached: a sentence's times follow from its text and the publication date, and a sentence
# recurs across the reports of one case (revisions, syndicated copies). Callers only read them.
@lru_cache(maxsize=8192)
def _times_of(text: str, published: datetime.date | None, dated: bool, coarse: bool) -> list[Time]:
    dates = dates_in(text, published) if dated else ()
    return times_in(text, dates, published, coarse) if dates or coarse else []


def fact(kind: str, fields: dict[str, Any], article: Article, sentence: Sentence) -> Fact:
    """A fact whose evidence is the whole sentence."""
    return Fact(kind, fields, evidence_in(article.text, sentence.start, sentence.end))


def person_name(person: Person | None) -> str | None:
    return person.name if person is not None else None
