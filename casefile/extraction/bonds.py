"""BondSet: amounts set, bail denied, bond posted, reduced, raised or revoked.

Only what a court did or a defendant did is a bond fact: a lawyer's request ("sought bail of
$2 million"), what should or could happen, and talk of bail in general ("bail reform", "no
bail for violent offenders") are not; neither is the share of a bond paid to be released ("a
10% deposit"), which is not the bond's amount. The words are in `bond_words.py`; this module
reads them clause by clause, decides whose bond each is, and joins a bond posted with the
amount set for it.
"""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.bond_clauses import (
    bond_clauses,
    each_for,
    each_own,
    each_respectively,
    owner_of_bond,
)
from casefile.extraction.bond_reading import (
    POSTED_LATER,
    STILL_FREE_STATE,
    bond_word,
    clause_reading,
)
from casefile.extraction.bond_words import (
    AT_THE_TIME,
    BOND_GATE,
    DETAINED,
    DETAINED_GATE,
    NO_SUBJECT_THEY,
    NOT_DONE,
    POLICY,
    STILL_FREE,
    not_done,
)
from casefile.extraction.case_years import IN_YEAR, earliest_case_year
from casefile.extraction.charge_people_next import DESCRIBED_ACCUSED, only_accused
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.court_people import subjects_named
from casefile.extraction.groups import group, named_together
from casefile.extraction.key_words import key_words
from casefile.extraction.money import find_money
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person
from casefile.extraction.scope import CASE, PRIOR
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_defendants import for_each_unnamed


def _prior(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` tells of an earlier matter's bond; "is free on $X bail" does not."""
    prior = article.prior_matter(sentence)
    if prior is None:
        return False
    text = sentence.text
    return not (first_in(STILL_FREE, text) and not first_in(AT_THE_TIME, text))


def _elsewhere(article: Article, sentence: Sentence, position: int) -> bool:
    """Whether the bond word at `position` is told of another matter than this case: the
    clause's scope decides, so "denied bond Friday, citing his criminal history" is this
    case's bond and "posted bond in an unrelated case" is not; so does a year well before
    any the report gives the case ("In 2016, he was arrested on a menacing charge and
    released on a $5,000 bond")."""
    scope = article.scope_at(sentence, position).scope
    if scope == CASE:
        return _long_ago(article, sentence)
    return scope != PRIOR or _prior(article, sentence)


def _long_ago(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` tells its bond in a year before any the case's events may be told
    in (`earliest_case_year`), not as the time since which it holds ("since his arrest in
    2019")."""
    text = sentence.text
    if not _YEAR_GATE.search(text):
        return False
    years = [
        int(m.group("year"))
        for m in IN_YEAR.finditer(text)
        if not _SINCE_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
    ]
    if not years:
        return False
    floor = earliest_case_year(article.text, article.published)
    return floor is not None and min(years) < floor


# (compile_scan: searched at every position, it skips in C to where a match can start)
_YEAR_GATE = compile_scan(r"\b(?:19|20)\d\d\b")
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]*\Z", re.I)


def extract_bonds(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    # Each fact's key and the sentence it was read from; ordered, so output is reproducible.
    seen: dict[tuple[int, int | None, str], Sentence] = {}
    posted_later: list[tuple] = []  # (person, sentence), or (person, sentence, None) for a state

    def add(
        person: Person,
        amount: int | None,
        status: str,
        sentence: Sentence,
        also: Sentence | None = None,
    ) -> None:
        key = (id(person), amount, status)
        if key in seen:
            return
        seen[key] = sentence
        fields = {"person": person_name(person), "amount": amount, "status": status}
        if also is None:
            facts.append(fact("BondSet", fields, article, sentence))
        else:  # drawn from two sentences: the quote spans both
            start, end = min(sentence.start, also.start), max(sentence.end, also.end)
            facts.append(Fact("BondSet", fields, evidence_in(article.text, start, end)))

    for sentence in BOND_GATE.among(article.sentences):
        if first_in(POLICY, sentence.text):
            continue
        # "Lee's bond was set at $75,000; Tran was denied bond": each clause its own person.
        for clause_start, clause in bond_clauses(article, sentence):
            bond = bond_word(clause)
            if bond is None:
                continue
            bond_start, word, undone = bond
            position = clause_start + bond_start
            if undone or _elsewhere(article, sentence, position):
                continue
            if word.lower().startswith("set ") and not first_in(_BAIL_NAMED, sentence.text):
                continue  # "set it at $250,000" of a sentence that names no bail
            own = each_own(article, sentence, clause, clause_start) or each_for(
                article, sentence, clause, clause_start
            )
            if own:
                for part, person in own:
                    _read_clause(part, person, sentence, add, posted_later)
                continue
            whom = _whom(article, sentence, position)
            # "They are held on bonds of $50,000 and $25,000, respectively"
            for part, person in each_respectively(clause, whom) or [(clause, p) for p in whom]:
                _read_clause(part, person, sentence, add, posted_later)
    _changed_later(article, seen, add)
    # Held with no bail to post, in federal wording: "ordered detained pending trial".
    for sentence in DETAINED_GATE.among(article.sentences):
        detained = first_in(DETAINED, sentence.text)
        if (
            detained is None
            or _elsewhere(article, sentence, detained.start())
            or not_done(sentence.text, detained)
            or _serving(sentence.text, detained)
        ):
            continue
        for person in _whom(article, sentence, detained.start()):
            if not any(k[0] == id(person) for k in seen):
                add(person, None, "denied", sentence)
    # "posted bail" without an amount: the amount set for the same person, if the report
    # states one (the last it was lowered or raised to, if it was), else a bond posted of no
    # stated amount.
    for person, sentence, *state in posted_later:
        if state:
            continue
        near = [
            (key, told)
            for key, told in seen.items()
            if key[0] == id(person) and key[1] is not None and abs(told.index - sentence.index) <= 4
        ]
        changed = [
            (k, t) for k, t in near if k[2] in ("reduced", "raised") and t.index <= sentence.index
        ]
        set_in = (
            {changed[-1][0][1]: changed[-1][1]}
            if changed
            else {key[1]: told for key, told in near if key[2] == "set"}
        )
        for amount, told in set_in.items():
            add(person, amount, "posted", sentence, told)
    # ... a bond posted of no stated amount only when no statement gave the posting one (a
    # headline's "released on bond" is the posting the story dates and prices).
    for person, sentence, *state in posted_later:
        told = [k for k in seen if k[0] == id(person) and (state or k[2] == "posted")]
        if not told:
            add(person, None, "posted", sentence)
    return for_each_unnamed(article, facts)


_BAIL_NAMED = re.compile(r"\b(?:bond|bail)\b", re.I)
# A term imposed: "was sentenced to 10 years", "sentenced him to six years".
_SENTENCED = re.compile(r"\bsentenced\b", re.I)


def _serving(text: str, detained: re.Match[str]) -> bool:
    """Whether the custody a court remands someone to at `detained` is that of a term it
    imposed ("was sentenced to 10 years and remanded to the custody of the Bureau of
    Prisons"), no bail held back."""
    return detained.group(0).lower().startswith("remanded") and bool(_SENTENCED.search(text))


def _whom(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """The suspects a bond statement concerns: each of a group ("$3 million each"), else the
    one the sentence speaks of."""
    # "At their arraignment, the judge set Vell's bond at $250,000": the bond named as one
    # person's is his, whatever group the sentence speaks of.
    owner = owner_of_bond(article, sentence, position)
    if owner is not None:
        return [owner]
    together = named_together(article, sentence) or group(article, sentence)
    if together:
        return together
    # "Bail was formally refused and they will reappear in court": a ruling told with no
    # subject, said of those the clause after calls "they", the people of the sentence before.
    if sentence.index and NO_SUBJECT_THEY.match(sentence.text):
        before = article.sentences[sentence.index - 1]
        several = group(article, before) or article.cast.everyone(before)
        if len(several) > 1:
            return several
    # "- Ann Lee, 33, of Joliet, retail theft. Bond: $1,500.": a sentence naming no one on a
    # roster's line is about the name the line opens with.
    owner = _line_owner(article, sentence)
    if owner is not None:
        return [owner]
    person = article.cast.actor(sentence, position, prefer_suspect=True)
    if person is not None:
        return [person]
    # "Vance remains in the county prison without bail": only someone accused is held on a
    # bond, so the person the sentence opens with as its subject, if no victim or official.
    named = subjects_named(article, sentence, position)
    if named:
        return named
    # "The woman facing arson charges posted bail": the accused the sentence describes, when
    # the report names one accused only and the sentence names no other.
    one = only_accused(article, sentence)
    if one is not None and (
        DESCRIBED_ACCUSED.match(sentence.text)
        # "His mother, Ann Tran, posted his $5,000 bail": the bail is his whom "his" stands
        # for, whoever posted it.
        or _HIS_BOND.search(sentence.text, max(0, position - 30), position)
    ):
        return [one]
    return []


def _line_owner(article: Article, sentence: Sentence) -> Person | None:
    """The person named at the head of the roster line (a bulleted or numbered one) that
    `sentence` goes on, when `sentence` names no one and is not the line's first: a roster
    item's bond ("- Ann Lee, 33, of Joliet, retail theft. Bond: $1,500.")."""
    if article.cast.people_in(sentence) or sentence.index == 0:
        return None
    first = sentence
    while first.index > 0:
        before = article.sentences[first.index - 1]
        if "\n" in article.text[before.start : first.start]:
            break
        first = before
    if first is sentence:
        return None
    opening = article.cast.people_in(first)[:1]
    if not opening or not _LINE_HEAD.fullmatch(first.text[: opening[0][0].start]):
        return None
    return opening[0][1]


# What stands before a roster line's name: a bullet, a number.
_LINE_HEAD = re.compile(r"\s*(?:[-*•–]|\d{1,3}[.)])\s*")


# A bond told as someone's by a pronoun: "his $5,000 bail", "her bond".
_HIS_BOND = re.compile(
    r"\b(?:his|her|their)\s+(?:\$[\d,.]+\s+(?:million\s+)?)?(?:cash\s+)?\Z", re.I
)


def _read_clause(clause: str, person: Person, sentence: Sentence, add, posted_later) -> None:
    """Add what `clause` tells of a bond (`bond_reading.clause_reading`) as `person`'s."""
    for amount, status in clause_reading(clause):
        if status is POSTED_LATER:
            posted_later.append((person, sentence))
        elif status is STILL_FREE_STATE:
            posted_later.append((person, sentence, None))
        else:
            add(person, amount, status, sentence)


# A bond changed in the sentence after it is told, named by a pronoun: "He was held on a $1
# million bond. A judge lowered it to $250,000."
_CHANGED_IT = compile_scan(
    r"\b(?P<verb>reduced|lowered|cut|raised|increased) (?:it|that|the amount|the figure) to "
    r"(?=\$\d)",
    re.I,
)
_CHANGED_GATE = key_words("reduced it", "lowered it", "cut it", "raised it", "increased it",
                          "reduced that", "lowered that", "raised that", "the amount to",
                          "the figure to")  # fmt: skip


def _changed_later(article: Article, seen: dict, add) -> None:
    """Read "lowered it to $250,000" as the bond of the sentence before it."""
    for sentence in _CHANGED_GATE.among(article.sentences):
        changed = first_in(_CHANGED_IT, sentence.text)
        if (
            changed is None
            or sentence.index == 0
            or NOT_DONE.search(sentence.text, max(0, changed.start() - 40), changed.start())
        ):
            continue
        before = article.sentences[sentence.index - 1]
        told = [key for key, where in seen.items() if where is before and key[1] is not None]
        money = find_money(sentence.text[changed.end() :])
        if len(told) != 1 or not money:
            continue
        person = next(
            (p for p in article.cast.named_suspects if id(p) == told[0][0]),
            None,
        )
        if person is not None:
            status = (
                "raised"
                if changed.group("verb").lower() in ("raised", "increased")
                else ("reduced")
            )
            add(person, money[0].amount, status, sentence, before)
