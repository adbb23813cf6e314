"""Which charges are one: the same offence in other words ("criminal attempt to commit murder"
and "attempted murder"; "murder in the second degree", "second-degree murder" and "2nd-degree
murder"), a charge named by its category alone ("a weapons charge") or as a kind ("murder
charges"); and the one fact kept for each person and offence, where a conviction or dropping
outranks the filing and the fuller wording a summary."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.offences import is_head
from casefile.extraction.people import Person

__all__ = ["Found", "category_of", "covers", "distinct", "offence_words"]

# The comparisons of charge names below are cached: `distinct` compares each charge found
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


# A degree written in figures: "1st-degree", "2nd degree".
_FIGURED = re.compile(r"\b\d(?:st|nd|rd|th)\b")
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
# ("cruelty to children" is "child cruelty")
_IRREGULAR_PLURALS = {"children": "child", "women": "woman", "men": "man", "persons": "person"}


# Canada's code names driving by the operation of a vehicle or conveyance.
_OPERATING = frozenset(["operation", "operating", "operate"])
_VEHICLES = frozenset(["vehicle", "vehicles", "conveyance", "car"])


@lru_cache(maxsize=4096)
def offence_words(charge: str) -> frozenset[str]:
    """The words that name the offence, crudely stemmed ("attempted" ~ "attempt"); a degree
    is one however written ("murder in the second degree", "second-degree murder", "2nd degree
    murder")."""
    stems = set()
    words = charge.replace("-", " ").split()
    degree = "degree" in words
    vehicle = not _VEHICLES.isdisjoint(words)
    for word in words:
        if word in _DRESSING or (degree and word == "in"):
            continue
        if vehicle and word in _OPERATING:
            word = "driving"  # "impaired operation of a motor vehicle" is impaired driving
        word = _ORDINALS.get(word, _IRREGULAR_PLURALS.get(word, word))
        if word.endswith("ed") and len(word) > 5:
            word = word[:-2]
        elif word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
            word = word[:-1]
        stems.add(word)
    return frozenset(stems)


# Stems that make a different offence of the same name: attempted murder is not murder.
# (and the harm an offence requires: "leaving the scene of a crash involving injury" is not
# "... involving death"; nor the fault: "failure to stop ... when at fault" is the graver)
_GRADES = frozenset(
    ["attempt", "conspiracy", "solicitation", "accessory", "capital", "aggravat", "first",
     "second", "third", "death", "injury", "fatal", "fault"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _sameoffence_words(a: str, b: str) -> bool:
    offence_a, offence_b = offence_words(a), offence_words(b)
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


# Stems of a part in an offence short of doing it.
_INCHOATE = frozenset(["attempt", "solicitation", "accessory"])


# What a category is named with: "a weapons charge", "gun counts", "firearms offenses".
_KIND_WORDS = frozenset(
    ["charge", "charges", "count", "counts", "offense", "offenses", "offence", "offences",
     "crime", "crimes", "violation", "violations"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def category_of(charge: str) -> str | None:
    """The category a charge named by category alone stands for ("weapons charge" -> weapon)."""
    words = charge.split()
    # "drug" of "drug and weapons charges" is a category too
    if len(words) == 1 or (len(words) == 2 and words[1] in _KIND_WORDS):
        for category, heads in _CATEGORIES.items():
            if words[0] in heads:
                return category
    return None


def covers(specific: str, category: str) -> bool:
    return category_of(specific) is None and bool(_CATEGORIES[category] & set(specific.split()))


_STATUS_RANK = {"acquitted": 3, "convicted": 3, "dropped": 2, "filed": 1, "expected": 0}


# A charge found: person, charge, status, named as a kind ("murder charges"), and its fact.
Found = tuple[Person | None, str, str, bool, Fact]


def distinct(found: list[Found]) -> list[Fact]:
    """One fact per person and offence: a conviction or dropping outranks the filing, and at
    equal status the fuller wording ("criminal attempt to commit murder") outranks a summary
    ("attempted murder"). A charge named only as a kind ("on murder charges") or a category
    ("a weapons charge") is left out when a more specific charge of it, with the same status,
    is named ("aggravated murder"; "possession of a firearm")."""
    kept: list[Found] = []
    # What `kept` holds, by (person, charge, status), and where each person's charges are in
    # it: a long article names hundreds of people's charges, and looking each one up in the
    # whole list grew with the square of their number.
    held: Counter[tuple[int, str, str]] = Counter()
    places: dict[int, list[int]] = {}
    # where each charge is told, every time it is ("kidnapping" of a headline and of a list)
    told_at: dict[tuple[int, str, str], set[int]] = {}
    for person, charge, status, summary, item in found:
        told_at.setdefault((id(person), charge, status), set()).add(item.evidence.start)
        if held[(id(person), charge, status)]:
            if not summary:  # said again in the same words, and listed this time
                for index in places[id(person)]:
                    if kept[index][1:3] == (charge, status) and kept[index][3]:
                        kept[index] = (*kept[index][:3], False, kept[index][4])
            continue
        for index in places.get(id(person), ()):
            _, c, s, was_summary, _ = kept[index]
            if {s, status} == {"convicted", "acquitted"}:
                # a split verdict: "guilty of two counts of false accounting ... cleared her of
                # a third count of false accounting" is one count of each
                continue
            if _sameoffence_words(c, charge):
                rank, other = _STATUS_RANK[status], _STATUS_RANK[s]
                if rank > other or (
                    rank == other
                    and (
                        len(charge.split()) > len(c.split())
                        # the degree spelled out, as a code names it ("first-degree murder"),
                        # over a headline's figure ("1st-degree murder")
                        or (_FIGURED.search(c) is not None and _FIGURED.search(charge) is None)
                    )
                ):
                    kept[index] = (person, charge, status, summary and was_summary, item)
                    held[(id(person), c, s)] -= 1
                    held[(id(person), charge, status)] += 1
                break
        else:
            places.setdefault(id(person), []).append(len(kept))
            kept.append((person, charge, status, summary, item))
            held[(id(person), charge, status)] += 1
    return [
        item
        for person, charge, status, summary, item in kept
        if not _covered(
            [kept[i] for i in places[id(person)]],
            charge,
            status,
            summary,
            told_at[(id(person), charge, status)],
        )
    ]


# Words that give an offence's degree: "second-degree murder" is the murder a lead names.
_DEGREE = frozenset(["first", "second", "third", "fourth", "fifth", "degree", "in"])


@lru_cache(maxsize=4096)
def _degree_of(general: str, specific: str) -> bool:
    """Whether `specific` is `general` with its degree given ("murder" and "murder in the
    second degree" or "second-degree murder"): one charge, named more fully."""
    words = set(general.split())
    extra = set(specific.replace("-", " ").split()) - set(general.replace("-", " ").split())
    if (
        bool(extra)
        and extra <= _DEGREE | _DRESSING
        and words <= set(specific.replace("-", " ").split())
    ):
        return True
    # the same in other words: "child cruelty" and "second-degree cruelty to children"
    stems, fuller = offence_words(general), offence_words(specific)
    return stems < fuller and fuller - stems <= _DEGREE


_CLASSES = frozenset(["felony", "misdemeanor", "misdemeanour"])


def _covered(
    theirs: list[Found], charge: str, status: str, summary: bool, told_at: set[int]
) -> bool:
    """Whether a summary or category charge, or a charge named without the degree another
    names it with, is covered by a more specific one of the same person's (`theirs`)."""
    others = [c for _, c, s, _, _ in theirs if s == status and c != charge]
    if any(_degree_of(charge, c) for c in others):
        return True
    category = category_of(charge)
    if category:
        return any(covers(c, category) for c in others)
    if summary:
        # (not by an attempt, a solicitation or an accessory's part in it: "murder" of a
        # headline is not "attempted murder"; but "money laundering" is how a headline says
        # "conspiracy to commit money laundering")
        # (nor does the class a summary gives it name another: "felony assault charges" of
        # "first-degree assault")
        # (nor, in the list that names both, one a code names as done within another, a
        # graver offence of its own: "charged with kidnapping during a carjacking, kidnapping
        # and carjacking"; a headline's "kidnapping" is still its summary)
        offence = offence_words(charge) - _CLASSES
        return any(
            offence < offence_words(c)
            and not (offence_words(c) - offence) & _INCHOATE
            and not ("during" in offence_words(c) - offence and other.evidence.start in told_at)
            for _, c, s, _, other in theirs
            if s == status and c != charge
        )
    return False


# How far apart, in characters, two statements of one charge may be for one quote to hold
# both: a lede's outcome and the fuller name a paragraph or two on.
_ONE_QUOTE_REACH = 700


def outcomes_named_fully(text: str, facts: list[Fact]) -> list[Fact]:
    """A charge's outcome told by a shorter name ("Prosecutors dropped a manslaughter
    charge") is the outcome of the one charge of that person the report names more fully
    ("had been charged with involuntary manslaughter"): one fact, the fuller name with the
    outcome, quoting both statements. Not where the fuller charge is an attempt or an
    accessory's part ("convicted of murder" is no outcome of "attempted murder"), nor where
    the person has two such charges, nor where the statements are far apart."""
    replaced: dict[int, Fact] = {}
    merged: set[int] = set()
    for outcome in facts:
        person, status = outcome.fields["person"], outcome.fields["status"]
        if person is None or status in ("filed", "expected"):
            continue
        words = offence_words(outcome.fields["charge"])
        fuller = [
            f
            for f in facts
            if f.fields["person"] == person
            and f is not outcome
            and words < offence_words(f.fields["charge"])
        ]
        if fuller and all(
            f.fields["status"] == status
            # (the short name heads each fuller one: "rape" of "rape of an unconscious
            # person", not "arson" of "conspiracy to commit arson", a charge of its own)
            and f.fields["charge"].startswith(outcome.fields["charge"] + " ")
            and max(outcome.evidence.end, f.evidence.end)
            - min(outcome.evidence.start, f.evidence.start)
            <= _ONE_QUOTE_REACH
            for f in fuller
        ):
            # "threw out the two rape counts ... the counts of rape of an intoxicated person
            # and rape of an unconscious person were dismissed": the same outcome, named fully
            merged.add(id(outcome))
            continue
        if len(fuller) != 1 or fuller[0].fields["status"] != "filed" or id(fuller[0]) in replaced:
            continue
        named = fuller[0]
        if (offence_words(named.fields["charge"]) - words) & _INCHOATE:
            continue
        start = min(outcome.evidence.start, named.evidence.start)
        end = max(outcome.evidence.end, named.evidence.end)
        if end - start > _ONE_QUOTE_REACH:
            continue
        fields = {**named.fields, "status": status}
        replaced[id(named)] = Fact(named.kind, fields, evidence_in(text, start, end))
        merged.add(id(outcome))
    return [replaced.get(id(f), f) for f in facts if id(f) not in merged]
