"""SentenceImposed: the punishments a court imposed on a suspect of this case.

The terms a clause names, their years and kinds, are read by `terms.py`. This stage decides,
clause by clause (a clause ends at ";", at ", but" or at "while", so "X faced up to 20 years,
but was sentenced to five" is two):

- **Whether a court imposed the term.** It counts only after an imposing word in the same
  clause ("was sentenced to", "sentenced X to", "received", "gets", "was given", "handed
  down", "tacked on", "will spend", "ordered to pay", "fined") or when the term names itself
  a sentence ("a 22-year prison term", "sentences of five years", "a life sentence"). It
  does not count when the clause says what may come rather than what came: a maximum or a
  minimum, what someone faces, seeks, asks for or recommends, what a plea or a deal calls
  for (until a judge imposes it: "As part of a plea deal, X was sentenced to ..." counts),
  "could have been sentenced", "is expected to be sentenced", "if convicted".
- **Whether it is this case's.** A sentence of an earlier matter ("previously", "had been
  sentenced", "after serving", "released from prison", "In 2009, X was sentenced ...") is
  criminal history, not a sentence in this case; but a relative clause about the person's
  past ends before the main verb ("X, who previously served 10 years for a robbery, was
  sentenced to 30 years" is this case's 30 years).
- **Whom.** The one the imposing word speaks of: the object of "sentenced X to", the subject
  of "X, 31, was sentenced" / "X received" (never a judge, a victim or an official); "they",
  "each" or "both" stand for the suspects named together in this or the two sentences
  before; else the suspect the Cast reads at the term ("X ..., while Y received ..." gives
  each their own). A term whose clause names no one ("He will also pay a $500 fine") goes to
  the one person the article names as sentenced, if only one.

The evidence is the sentence, which holds the term as worded.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from casefile.domain.facts import Fact, sentence_years
from casefile.extraction.case_years import earliest_case_year
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.scope import CASE, PRIOR
from casefile.extraction.sentenced_people import (
    IMPOSING,
    SUPERVISED,
    respectively,
    sentenced_people,
    victim_subject,
)
from casefile.extraction.sentences import Sentence
from casefile.extraction.terms import Term, find_terms
from casefile.extraction.unnamed_defendants import is_unnamed_suspect

# A clause with a term imposed holds an imposing word (or a term naming itself a sentence)
# and a term's word: two gates, both opened by few sentences (lower case).
_CUE_GATE = key_words(
    "sentenc", "receiv", "gets", "got", "given", "gave", "give", "handed", "impos", "tacked",
    "ordered", "be on", "will spend", "will serve", "will also", "ll spend", "ll serve", "must", "fined",
    "term", "placed", "put ", "to serve", "to spend", "jailed", "imprisoned", "locked up", "added",
    "committed to", "banned", "barred", "disqualified", "licens", "licenc", "assessed",
)  # fmt: skip
_TERM_GATE = key_words(
    "year", "yr", "month", "week", "day", "decade", "life", "death", "to die", "fine", "servic",
    "probation", "restitution", "youth", "juvenile", "order", "program", "unpaid work", "compensation", "prohibition", "ban", "disqualif", "sex offender",
)  # fmt: skip

# "placed on" imposes supervision, not "placed on administrative leave".
# Imposing words that say it happened: with one of them, a deal or a maximum spoken of in
# the same clause does not make the term a prospect ("As part of a plea deal, he was
# sentenced to ...", "sentenced to the maximum of 20 years").
_DONE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:\w+\s+){0,2}?sentenced|sentenced\s+(?!to\b)\S|received|"
    r"receives|gets|got|gave|handed\s+down|imposed|tacked|added|fined|"
    # one seen to receive it: "was in court to see the gunman receive a 21-year sentence"
    r"\b(?:see|saw|seen|watch|watched|watching)\s+[^.;]{1,120}?\breceive\b|"
    r"(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:jailed|imprisoned|locked\s+up|given|handed)|"
    # a judge who jails someone, as British and Irish reports tell it: "jailed Bo Tran for
    # life with a minimum term of 18 years" (the minimum is the term's, no plea's prospect)
    r"(?:jailed|imprisoned)\s+(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+){1,2}for\b|"
    r"(?:placed|put)\s+(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?)?on"
    + SUPERVISED,
    re.I,
)
# Words before an imposing word that make it a prospect: "could have been sentenced",
# "is expected to be sentenced", "would receive", and a term arranged but not yet imposed:
# "for which she is to receive 22 years to life" (under a plea deal, before the sentencing).
_MODAL_BEFORE = re.compile(
    r"\b(?:could|would|might|(?-i:may)|should|can|cannot|will\s+be|to\s+be|if|unless|whether|"
    r"faces?\s+being|(?:is|are|was|were)\s+(?:also\s+)?to)\s+(?:\w+\s+){0,2}\Z",
    re.I,
)
# In the clause before the term: what may come rather than what came, or another matter.
_PROSPECT = compile_scan(
    r"\b(?:could|would|might|(?-i:may)|faces?|faced|facing|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|"
    # (what prosecutors go after, or will not: "won't pursue a death sentence")
    r"pursu(?:e|es|ed|ing)|"
    r"request(?:s|ed|ing)?|recommend(?:s|ed|ing|ation)?|urg(?:e|es|ed|ing)|"
    r"call(?:s|ed|ing)?\s+for|up\s+to|as\s+(?:much|many|long)\s+as|punishable|"
    # ("carries a maximum of", not "carrying a weapon".)
    r"carr(?:y|ies|ied|ying)(?=\s+(?:(?:a|an|the)\s+)?(?:maximum|minimum|mandatory|possible|"
    r"potential|penalt(?:y|ies)|sentences?|terms?|punishment|up\s+to)\b)|spared?|avoid(?:s|ed|ing)?|if|unless|whether|eligible|"
    r"parole\s+(?:after|in)\s+(?:serving|[\w-]+\s+(?:more\s+)?(?:years?|months?|decades?))|expect(?:s|ed)?|scheduled|set\s+to|to\s+be\s+sentenced|"
    r"will\s+be\s+sentenced|hop(?:e|es|ed|ing)|want(?:s|ed)?|demand(?:s|ed)?|argu(?:e|es|ed)|"
    r"guidelines?|range|possible|potential|(?<!time )served|serving|released|paroled|average|median|"
    r"typical(?:ly)?|similar)\b",
    re.I,
)
# Prospects that an imposing word of `_DONE` overrides.
_SOFT_PROSPECT = compile_scan(
    r"\b(?:deal|agreement|bargain|offer(?:ed)?|maximum|minimum|mandatory|plea|pleaded|pled|"
    r"pleads)\b",
    re.I,
)
# When an order laid down with a term starts: "barred him from driving for six years once he
# is released" (the ban runs from the release, no release told as past).
_FROM_RELEASE = re.compile(
    r"\s+(?:once|when|after|upon)\s+(?:he|she|they)\s+(?:is|are|gets|get)\s+released\b", re.I
)
_EARLIER = compile_scan(
    r"\b(?:previously\s+(?:\w+\s+){0,2}?(?:sentenced|served|convicted|imprisoned|jailed|"
    r"incarcerated|reported)|had\s+(?:\w+\s+)?been\s+sentenced|"
    r"prior\s+(?:convictions?|sentences?|cases?)|"
    r"(?:an?|the)\s+(?:earlier|separate|unrelated|prior|previous|different|another|similar)\s+"
    r"(?:case|matter|conviction))\b",
    re.I,
)
# An indeterminate term imposed, told by its maximum: "was sentenced Tuesday to up to 10
# years in prison", "an indeterminate term of up to 25 years" (as Iowa courts impose terms);
# not a maximum faced ("faces up to 10 years", "could be sentenced to up to 10 years").
_IMPOSED_UP_TO = re.compile(
    r"(?:\b(?:sentenced|jailed|imprisoned)\s+(?:[\w.]+\s+){0,3}?to\s+(?:(?:an?\s+)?"
    r"(?:indeterminate|indefinite)\s+(?:prison\s+)?(?:term|sentence)\s+of\s+)?|"
    r"\b(?:indeterminate|indefinite)\s+(?:prison\s+)?(?:term|sentence)\s+of\s+)"
    r"(?P<max>up\s+to\s*)$",
    re.I,
)
# An aside about the person: ", who faced up to 40 years,", ", the man who set the fire in 2023,".
_RELATIVE = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?)?(?:who|whom|whose)\b(?:[^,;]|,(?=\d))*,", re.I
)
# A relative clause set off by no comma that runs up to the verb imposing the term: "to see the
# gunman who shot him when he would not hand over the dogs receive 21 years" (its "would" is
# the gunman's past, not the term's prospect).
_BARE_RELATIVE = re.compile(
    r"\b(?:who|that)\s+[^,;]*?(?=\s+(?:was\s+|were\s+)?(?:sentenced|received|receive|got|"
    r"given)\b)",
    re.I,
)
# ... but not a modal that governs the verb: "the man that prosecutors hope will be sentenced".
_GOVERNING_MODAL = re.compile(
    r"\b(?:will|would|could|might|may|should|can|to)(?:\s+(?:be|have\s+been))?\Z", re.I
)


def _bare_relative_dropped(prefix: str) -> str:
    """`prefix` less a relative clause that runs, unpunctuated, up to the imposing verb."""
    found = _BARE_RELATIVE.search(prefix)
    if found is None or _GOVERNING_MODAL.search(found.group(0)):
        return prefix
    return prefix[: found.start()] + prefix[found.end() :]


# The time actually served of a term told before: "but will serve only 18 months".
_TIME_SERVED_BEFORE = re.compile(
    r"\b(?:serve|spend)\s+(?:only|just|actually|effectively)\s+\Z|"
    r"\b(?:only|actually|effectively)\s+(?:serve|spend)\s+\Z",
    re.I,
)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|totaling|totalling|in\s+all)\s+\Z", re.I)
_REPORTED = re.compile(r"reported$", re.I)
_WHO_BEFORE = re.compile(r",\s+who\s+(?:\w+\s+)?\Z", re.I)
# "to 20 years in prison in 2005": when it was imposed, right after the term (not "for a
# shooting in 2019", the crime's year).
_IN_YEAR = re.compile(
    r"(?:[\s-]+(?:prison\s+|jail\s+)?(?:sentence|term)s?)?"
    r"(?:\s+(?:in|behind)\s+(?:[\w.'’-]+\s+){0,4}?(?:prison|jail|bars))?,?\s+in\s+"
    r"(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# After the term: the sentence is served and over, another matter.
_RELEASED_AFTER = compile_scan(
    r"\b(?:was\s+paroled|paroled\s+in|was\s+released|after\s+serving|"
    r"released\s+(?:from\s+prison|early|on\s+parole))\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:but|while|whereas|although|though|and\s+(?:prosecutors|the\s+judge))\b|"
    r"\s+(?:while|whereas)\s+",
    re.I,
)
_CUSTODY = {"prison", "jail"}
# A custody term whose words say where it is served: "20 months in jail", "a 22-year prison
# term", "18 months in a state jail facility" (not "behind bars" or a bare "20 months").
_KIND_SAID = re.compile(r"[^,;.]{0,30}?\b(?:jail|prison|penitentiary|imprisonment|lockup)\b", re.I)


def extract_sentences_imposed(article: Article) -> list[Fact]:
    found: list[tuple[Sentence, Term, list[Person]]] = []
    sentenced: dict[int, Person] = {}  # those named as sentenced, by id
    floor = earliest_case_year(article.text, article.published)
    for sentence in _CUE_GATE.among(article.sentences):
        if not _TERM_GATE.opens(sentence):
            continue
        text = sentence.text
        earlier = [m for m in (article.prior_matter(sentence), _EARLIER.search(text)) if m]
        if CONDITIONAL.match(text) or any(_REPORTED.search(m.group()) for m in earlier):
            continue  # "..., the Gazette previously reported": old news of another matter
        for start, end in _clauses(text):
            for term, cue in _imposed(text, start, end, article.published, floor):
                if any(term.start >= m.start() - 40 and not _closed(text, m, cue) for m in earlier):
                    continue
                if article.scope_at(sentence, term.start).scope not in (CASE, PRIOR):
                    continue  # another case's term, a possible one ("could face life")
                if victim_subject(article, sentence, start, cue):
                    continue
                people, named = sentenced_people(article, sentence, start, cue, term.start)
                if named:
                    sentenced.update((id(p), p) for p in people)
                found.append((sentence, term, people))
    found = respectively(found)
    # "He will also pay a $500 fine": the one the article names as sentenced, if only one,
    # where the Cast knows no named suspect there.
    only = list(sentenced.values()) if len(sentenced) == 1 else []
    facts: list[Fact] = []
    seen: set[tuple[int, str, int | float | None]] = set()
    unsaid: set[int] = set()  # custody facts whose kind the words of the term do not say
    for sentence, term, people in found:
        if only and all(p.name is None and not is_unnamed_suspect(article, p) for p in people):
            people = only
        years = sentence_years(term.years)
        for person in people:
            key = (id(person), term.kind, years)
            if key not in seen:
                seen.add(key)
                fields = {"person": person_name(person), "kind": term.kind, "years": years}
                facts.append(fact("SentenceImposed", fields, article, sentence))
                if term.kind in _CUSTODY and not _KIND_SAID.match(sentence.text, term.start):
                    unsaid.add(id(facts[-1]))
    # "will spend 20 months behind bars" in the lead, "20 months in jail" after: one term,
    # of the kind its words say; so too a life term's minimum ("25 years to life"), told
    # again bare ("he will spend the next 25 years behind bars").
    said = {
        (f.fields["person"], f.fields["years"])
        for f in facts
        if (f.fields["kind"] in _CUSTODY and id(f) not in unsaid)
        or (f.fields["kind"] == "life" and f.fields["years"] is not None)
    }
    facts = [
        f
        for f in facts
        if id(f) not in unsaid or (f.fields["person"], f.fields["years"]) not in said
    ]
    facts = _without_totals(facts)
    # "gets probation" in a headline, "two years' probation" in the story: one term, told
    # with its length once.
    timed = {(f.fields["person"], f.fields["kind"]) for f in facts if f.fields["years"] is not None}
    return [
        f
        for f in facts
        if f.fields["years"] is not None
        or f.fields["kind"] == "other"
        or (f.fields["person"], f.fields["kind"]) not in timed
    ]


def _without_totals(facts: list[Fact]) -> list[Fact]:
    """ "Driver gets 11 years" in the headline, "imposed eight years on the homicide count and
    three years on the assault count" in the story: the total of the terms one sentence tells
    for one person is no term of its own. The parts stand, the total told elsewhere goes."""
    parts: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.fields["kind"] in _CUSTODY and f.fields["years"]:
            key = (f.fields["person"], f.fields["kind"], f.evidence.start)
            parts.setdefault(key, []).append(f)
    totals = set()
    for (person, kind, start), told in parts.items():
        if len(told) < 2:
            continue
        total = sum(f.fields["years"] for f in told)
        totals.update(
            id(f)
            for f in facts
            if f.fields["person"] == person
            and f.fields["kind"] == kind
            and f.evidence.start != start
            and f.fields["years"]
            and abs(f.fields["years"] - total) < 0.02
        )
    return [f for f in facts if id(f) not in totals]


def _closed(text: str, prior: re.Match[str], cue: int | None) -> bool:
    """Whether the earlier matter is a relative clause closed before the imposing word: "X,
    who previously pleaded guilty, was sentenced to ..." speaks of this case after it."""
    relative = prior.group().lower().startswith("who") or _WHO_BEFORE.search(
        text, max(0, prior.start() - 20), prior.start()
    )
    return bool(cue is not None and relative and "," in text[prior.end() : cue])


def _clauses(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _imposed(
    text: str, start: int, end: int, published: datetime.date | None, floor: int | None = None
) -> Iterator[tuple[Term, int | None]]:
    """The terms of the clause `text[start:end]` that a court imposed, each with where the
    word imposing it starts (None for a term that names itself a sentence)."""
    cues = [
        m
        for m in IMPOSING.finditer(text, start, end)
        if not _MODAL_BEFORE.search(text, max(start, m.start() - 40), m.start())
    ]
    terms = find_terms(text, start, end)
    # "four years on the robbery count and three on the gun specification, for a total of
    # seven years": the total is the term of its kind.
    totals = [t for t in terms if _TOTAL_BEFORE.search(text, max(start, t.start - 25), t.start)]
    for term in terms:
        before = [c for c in cues if c.end() <= term.start]
        if not before and not term.self_named:
            continue
        if totals and term not in totals and any(t.kind == term.kind for t in totals):
            continue
        if term in totals:
            yield term, (before[-1].start() if before else None)
            continue
        if _TIME_SERVED_BEFORE.search(text, max(0, term.start - 40), term.start) and any(
            t.start < term.start and t.kind == term.kind for t in find_terms(text, 0, start)
        ):
            continue  # "sentenced to three years, but will serve only 18 months": the same term
        # "X, who faced up to 40 years, was sentenced to 12": the relative clause is X's past.
        prefix = _bare_relative_dropped(_RELATIVE.sub(",", text[start : term.start]))
        if "up to" in prefix:
            imposed = _IMPOSED_UP_TO.search(prefix)
            if imposed:
                prefix = prefix[: imposed.start("max")]
        if _PROSPECT.search(prefix) or _earlier_year(prefix, published, floor):
            continue
        dated = _IN_YEAR.match(text, term.end, end)
        if dated and _earlier_year(dated.group(), published, floor):
            continue  # "sentenced to 20 years in 2005"
        if _RELEASED_AFTER.search(text, term.end, end):
            continue  # "sentenced to 8 years for a robbery and paroled in 2015"
        if (
            term.self_named
            and not (term.kind == "other" and _FROM_RELEASE.match(text, term.end))
            and _PROSPECT.search(text, term.end, min(end, term.end + 60))
        ):
            continue  # "life sentences without parole might have been ..."
        # (a supervision imposed is read with what follows: "was placed on two years of
        # probation" after "pleaded guilty to assault and" is done, no plea's prospect)
        done = any(
            _DONE.search(text, max(start, c.start() - 25), c.end() + 2)
            or _DONE.match(text, c.start())
            for c in before
        )
        if not done and _SOFT_PROSPECT.search(text, start, end):
            continue
        yield term, (before[-1].start() if before else None)


def _earlier_year(prefix: str, published: datetime.date | None, floor: int | None = None) -> bool:
    """ "In 2009, he was sentenced to ...": a year well before the report (and before any year
    it gives the crime, `floor`), another matter."""
    if published is None:
        return False
    if floor is None:
        floor = published.year - 1
    return any(int(y) < floor for y in _YEAR.findall(prefix))
