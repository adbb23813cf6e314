"""ChargeFiled: charges named in running text or in lists, with their status."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.charge_cues import ANY_CUE, after_colon, cues_in, list_lines, status_of
from casefile.extraction.charge_outcomes import IF_BEFORE, Outcome, outcomes, people_of
from casefile.extraction.charge_people import charged_people
from casefile.extraction.context import CONDITIONAL, Article, person_name
from casefile.extraction.offences import is_head, read_charges, split_charges
from casefile.extraction.patterns import first_in, matches_in
from casefile.extraction.people import Person
from casefile.extraction.same_charges import respective, same_charges
from casefile.extraction.scope import (
    HYPOTHETICAL,
    OPINION,
    OTHER,
    STATISTICS,
    is_condition,
)
from casefile.extraction.sentences import Sentence

__all__ = ["extract_charges", "split_charges"]


@lru_cache(maxsize=4096)
def _summary(charge: str, phrase: str) -> bool:
    """Whether `charge` is named as a kind of charge ("on murder charges", "facing attempted
    murder charges") rather than listed as one."""
    if _category(f"{charge} charge"):
        return False
    return bool(re.search(rf"\b{re.escape(charge)}\s+charges?\b", phrase, re.I))


def extract_charges(article: Article) -> list[Fact]:
    facts: list[_Found] = []
    sentences = article.sentences
    for sentence in ANY_CUE.among(sentences):
        position, text = sentence.index, sentence.text
        read: set[int] = set()  # where lists read by an earlier cue start
        for _, cue, cue_status in cues_in(sentence):
            for match in matches_in(cue, text):
                if match.end() in read or not _current(article, sentence, match, cue_status):
                    continue
                read.add(match.end())
                rest, counted = after_colon(text[match.end() :])
                if text.rstrip().endswith(":"):
                    lines = list_lines(sentences, position + 1)
                    found = [
                        (item, line) for phrase, line in lines for item in read_charges(phrase)
                    ]
                    listed = ", ".join(phrase for phrase, _ in lines)
                else:
                    found = [(item, None) for item in read_charges(rest, counted)]
                    listed = rest
                if cue_status == "dropped" and not _CHARGE_WORD.search(rest[:60]):
                    continue
                if not found:
                    continue
                status = status_of(sentence, cue_status, rest, text[match.start() :])
                people = charged_people(article, sentence, match.start(), match.end(), rest)
                for person, theirs in respective(sentence, people, found):
                    for (item, act), line in theirs:
                        end = line.end if line is not None else sentence.end
                        evidence = evidence_in(article.text, sentence.start, end)
                        fields = {"person": person_name(person), "charge": item, "status": status}
                        summary = act or _summary(item, listed)
                        facts.append(
                            (person, item, status, summary, Fact("ChargeFiled", fields, evidence))
                        )
    facts += same_charges(article, facts)
    return _distinct(facts + _outcomes_of_all(article, facts))


# What a dropping names: "dropped the robbery charge", "the robbery count", not "dropped him off".
_CHARGE_WORD = re.compile(r"\b(?:charges?|counts?)\b")


def _names_own(outcome: Outcome) -> bool:
    """Whether the sentence of an outcome said of one charge names an offence of its own
    ("he was arrested for harassment, but that charge was dropped"): the charge it means."""
    return any(is_head(word) for word in re.findall(r"[a-z-]+", outcome.sentence.text.lower()))


# A charge told as background to an outcome told first: "She was acquitted Tuesday. Lee had
# been charged with murder."
_BACKGROUND = re.compile(
    r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:charged|indicted|faced|facing)\b|"
    r"\b(?:was|were)\s+(?:originally|initially|first)\s+(?:charged|indicted)\b",
    re.I,
)
# How far (in characters) after an outcome its background may be told.
_BACKGROUND_REACH = 600


def _said_before(found: _Found, outcome: Outcome) -> bool:
    """Whether a charge is one an outcome can speak of: named in an earlier sentence, or in
    the outcome's own ("was charged with X, but the charges were dropped"; "dropped all
    charges against A, who had been charged with X"), where an outcome said of one charge
    must follow its name; or told soon after as the background of an outcome told first."""
    evidence, sentence = found[4].evidence, outcome.sentence
    if evidence.start == sentence.start:
        return not outcome.single or _named_before(found[1], outcome)
    if evidence.start < sentence.start:
        return True
    return (
        not outcome.single
        and evidence.start - sentence.end < _BACKGROUND_REACH
        and _BACKGROUND.search(evidence.quote) is not None
    )


def _named_before(charge: str, outcome: Outcome) -> bool:
    """Whether the sentence of an outcome said of one charge names `charge` before the
    outcome: "was charged with murder, but prosecutors later withdrew the charge"."""
    return charge in outcome.sentence.text[: outcome.position].lower()


def _outcomes_of_all(article: Article, found: list[_Found]) -> list[_Found]:
    """The charges named for a person, given the outcome another sentence states of them
    without naming them ("acquitted of all charges", "that count was dismissed"), each
    quoting both sentences."""
    given: list[_Found] = []
    found_outcomes = outcomes(article)
    if not found_outcomes:
        return given
    # Each person's open charges and decided offences, gathered once: a long report repeats
    # its charges and outcomes, and scanning every charge for every outcome grew with the
    # product of their numbers.
    open_charges: dict[int, list[_Found]] = {}
    decided: dict[int, set[frozenset[str]]] = {}
    for f in found:
        if f[2] in ("filed", "expected"):
            open_charges.setdefault(id(f[0]), []).append(f)
        else:
            decided.setdefault(id(f[0]), set()).add(_offence(f[1]))
    for outcome in found_outcomes:
        for person in people_of(article, outcome):
            named = _nearest_mentions(
                [f for f in open_charges.get(id(person), []) if _said_before(f, outcome)], outcome
            )
            if outcome.rest or outcome.single:
                # "the remaining charges", "that count": those no other outcome was given
                done = decided.get(id(person), set())
                named = [f for f in named if _offence(f[1]) not in done]
            if outcome.single and (
                len(named) != 1 or (_names_own(outcome) and not _named_before(named[0][1], outcome))
            ):
                continue  # "the charge was dropped": which one, when several were named?
            for _, charge, _, summary, earlier in named:
                fields = {"person": person_name(person), "charge": charge, "status": outcome.status}
                evidence = evidence_in(
                    article.text,
                    min(earlier.evidence.start, outcome.sentence.start),
                    max(earlier.evidence.end, outcome.sentence.end),
                )
                given.append(
                    (person, charge, outcome.status, summary, Fact("ChargeFiled", fields, evidence))
                )
    return given


def _nearest_mentions(named: list[_Found], outcome: Outcome) -> list[_Found]:
    """Each charge once, by its mention nearest the outcome (the shortest quote)."""
    nearest: dict[str, _Found] = {}
    at = outcome.sentence.start
    for f in named:
        kept = nearest.get(f[1])
        if kept is None or abs(f[4].evidence.start - at) < abs(kept[4].evidence.start - at):
            nearest[f[1]] = f
    return list(nearest.values())


_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which)\b", re.I)


_PRESENT_CLAUSE = re.compile(
    r"\b(?:when|as|before|until)\s+(?:he|she|they|[A-Z][\w'-]+)\s+(?:was|were|is|got)\s+"
    r"(?:\w+\s+)?(?:charged|arrested|indicted|booked)\b"
)


def _prior_scope_end(text: str, prior: re.Match[str]) -> int:
    """Where talk of an earlier matter ends: a relative clause ("who was convicted of robbery
    in 2012, was charged ...") at its closing comma; otherwise with the sentence."""
    # "was on probation for a burglary when he was charged with murder": the clause of the
    # present charge follows.
    present = _PRESENT_CLAUSE.search(text, prior.end())
    if present:
        return present.start()
    opening = text.rfind(",", 0, prior.start())
    if prior.group(0).lower().startswith("who") or _RELATIVE.match(text, opening + 1):
        comma = text.find(",", prior.end())
        if comma != -1:
            return comma
    return len(text)


# A warrant someone already had when arrested is of an earlier matter, not a charge of this
# case: "had an outstanding warrant for", "was wanted on a warrant for", "a bench warrant".
_HELD_WARRANT = re.compile(
    r"\b(?:outstanding|active|open|existing|old|prior|previous|unrelated|bench|"
    r"probation|parole)\s+(?:[\w-]+\s+)?$|\bwanted\s+(?:[\w-]+\s+){0,3}?on\s+"
    r"(?:an?\s+|several\s+|\w+\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# The charge of another matter: "charged with theft in an unrelated case".
_OTHER_MATTER = re.compile(
    r"^[^.;,]{0,100}?\b(?:in|from|for|on)\s+(?:an?\s+|the\s+)?(?:unrelated|separate|earlier|"
    r"previous|prior|older|another)\s+(?:[\w-]+\s+){0,2}?(?:case|matter|incident|"
    r"investigation|arrest)\b",
    re.I,
)


# "pleaded not guilty", "entered a plea of not guilty": the words before a plea's "not guilty".
_NOT_GUILTY_PLEA = re.compile(r"\bple(?:a|as|aded|ads|ading|d)\s+(?:[\w,]+\s+){0,3}?$", re.I)


def _current(article: Article, sentence: Sentence, match: re.Match[str], status: str) -> bool:
    """Whether the cue at `match` speaks of a charge of this case, and not of an earlier
    matter, a condition ("if convicted of") or a not-guilty plea."""
    text = sentence.text
    prior = article.prior_matter(sentence)
    if prior and prior.start() - 40 <= match.start() < _prior_scope_end(text, prior):
        return False
    if match.group(0)[:7].lower() == "warrant" and _HELD_WARRANT.search(
        text, max(0, match.start() - 60), match.start()
    ):
        return False
    if _OTHER_MATTER.search(text[match.end() :]):
        return False
    if (
        status == "acquitted"
        and match.group(0)[:3].lower() == "not"
        and _NOT_GUILTY_PLEA.search(text, max(0, match.start() - 40), match.start())
    ):
        return False  # a plea, read as a filed charge by its own cue
    clause = article.scope_at(sentence, match.start())
    scope = clause.scope
    if scope in (STATISTICS, OTHER):
        return False  # "the district charged 212 defendants", "In other court news, ..."
    if scope == OPINION and not is_condition(clause):
        return False  # "Under state law, a 16-year-old charged with murder is ..."
    if status in ("convicted", "acquitted"):
        if first_in(CONDITIONAL, text) or IF_BEFORE.search(text, 0, match.start()):
            return False
        if scope in (OPINION, HYPOTHETICAL):
            return False  # "a law for anyone convicted of drunk driving twice"
        if re.search(r"\b(?:could|would|may|might)\s+(?:\w+\s+)?be\s*$", text[: match.start()]):
            return False
    # "entered a not guilty plea to murder"
    near = text[max(0, match.start() - 30) : match.end()]
    return status != "convicted" or not re.search(
        r"\bnot guilty\s+pleas?\b|\bpleas?\s+of\s+not guilty\b|\bple\w*\s+not guilty\b", near, re.I
    )


# The comparisons of charge names below are cached: `_distinct` compares each charge found
# with each kept, and an article (and a case's reports) names the same charges again and again.


def _same_charge(a: str, b: str) -> bool:
    if a == b:
        return True
    x, y = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    matcher = SequenceMatcher(None, x, y)
    # The quick ratios are upper bounds of ratio(): most pairs fail them at no cost.
    return (
        matcher.real_quick_ratio() >= 0.85
        and matcher.quick_ratio() >= 0.85
        and matcher.ratio() >= 0.85
    )


# Words that dress a charge's name without changing the offence: "criminal attempt to commit
# murder" names the offence a headline calls "attempted murder".
_DRESSING = frozenset(
    ["criminal", "commit", "committing", "to", "of", "a", "an", "the", "charge", "charges"]
)
# Kinds of charge that a summary names by category alone ("a weapons charge", "gun charges").
_CATEGORIES = {
    "weapon": frozenset(["gun", "guns", "firearm", "firearms", "weapon", "weapons", "handgun",
                         "handguns", "pistol", "rifle", "ammunition"]),
    "drug": frozenset(["drug", "drugs", "narcotics", "cocaine", "heroin", "fentanyl",
                       "marijuana", "controlled"]),
}  # fmt: skip


@lru_cache(maxsize=4096)
def _offence(charge: str) -> frozenset[str]:
    """The words that name the offence, crudely stemmed ("attempted" ~ "attempt")."""
    stems = set()
    for word in charge.split():
        if word in _DRESSING:
            continue
        if word.endswith("ed") and len(word) > 5:
            word = word[:-2]
        elif word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
            word = word[:-1]
        stems.add(word)
    return frozenset(stems)


# Stems that make a different offence of the same name: attempted murder is not murder.
_GRADES = frozenset(
    ["attempt", "conspiracy", "solicitation", "accessory", "capital", "aggravat", "first",
     "second", "third"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _same_offence(a: str, b: str) -> bool:
    offence_a, offence_b = _offence(a), _offence(b)
    if offence_a == offence_b:
        return True
    differing = offence_a ^ offence_b
    # "murder in the first degree" and "robbery in the first degree": alike in wording,
    # but each names an offence the other does not.
    if any(is_head(word) for word in differing - offence_a) and any(
        is_head(word) for word in differing - offence_b
    ):
        return False
    return not differing & _GRADES and _same_charge(a, b)


@lru_cache(maxsize=4096)
def _category(charge: str) -> str | None:
    """The category a charge named by category alone stands for ("weapons charge" -> weapon)."""
    words = charge.split()
    # "drug" of "drug and weapons charges" is a category too
    if len(words) == 1 or (
        len(words) == 2 and words[1] in ("charge", "charges", "count", "counts")
    ):
        for category, heads in _CATEGORIES.items():
            if words[0] in heads:
                return category
    return None


def _covers(specific: str, category: str) -> bool:
    return _category(specific) is None and bool(_CATEGORIES[category] & set(specific.split()))


_STATUS_RANK = {"acquitted": 3, "convicted": 3, "dropped": 2, "filed": 1, "expected": 0}


# A charge found: person, charge, status, named as a kind ("murder charges"), and its fact.
_Found = tuple[Person | None, str, str, bool, Fact]


def _distinct(found: list[_Found]) -> list[Fact]:
    """One fact per person and offence: a conviction or dropping outranks the filing, and at
    equal status the fuller wording ("criminal attempt to commit murder") outranks a summary
    ("attempted murder"). A charge named only as a kind ("on murder charges") or a category
    ("a weapons charge") is left out when a more specific charge of it, with the same status,
    is named ("aggravated murder"; "possession of a firearm")."""
    kept: list[_Found] = []
    # What `kept` holds, by (person, charge, status): a long article names hundreds of
    # charges, and looking each one up in the list grew with the square of their number.
    held: Counter[tuple[int, str, str]] = Counter()
    for person, charge, status, summary, item in found:
        if held[(id(person), charge, status)]:
            continue  # said again in the same words
        for index, (p, c, s, was_summary, _) in enumerate(kept):
            if p is person and _same_offence(c, charge):
                rank, other = _STATUS_RANK[status], _STATUS_RANK[s]
                if rank > other or (rank == other and len(charge.split()) > len(c.split())):
                    kept[index] = (person, charge, status, summary and was_summary, item)
                    held[(id(p), c, s)] -= 1
                    held[(id(person), charge, status)] += 1
                break
        else:
            kept.append((person, charge, status, summary, item))
            held[(id(person), charge, status)] += 1
    return [
        item
        for person, charge, status, summary, item in kept
        if not _covered(kept, person, charge, status, summary)
    ]


# Words that give an offence's degree: "second-degree murder" is the murder a lead names.
_DEGREE = frozenset(["first", "second", "third", "fourth", "fifth", "degree", "in"])


@lru_cache(maxsize=4096)
def _degree_of(general: str, specific: str) -> bool:
    """Whether `specific` is `general` with its degree given ("murder" and "murder in the
    second degree" or "second-degree murder"): one charge, named more fully."""
    words = set(general.split())
    extra = set(specific.replace("-", " ").split()) - set(general.replace("-", " ").split())
    return (
        bool(extra)
        and extra <= _DEGREE | _DRESSING
        and words <= set(specific.replace("-", " ").split())
    )


def _covered(
    kept: list[_Found], person: Person | None, charge: str, status: str, summary: bool
) -> bool:
    """Whether a summary or category charge, or a charge named without the degree another
    names it with, is covered by a more specific one in `kept`."""
    others = [c for p, c, s, _, _ in kept if p is person and s == status and c != charge]
    if any(_degree_of(charge, c) for c in others):
        return True
    category = _category(charge)
    if category:
        return any(_covers(c, category) for c in others)
    if summary:
        offence = _offence(charge)
        return any(offence < _offence(c) for c in others)
    return False
