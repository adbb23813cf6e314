"""The incident a report tells, and when two reports tell the same incident.

Grouping links articles through the people they name (`grouping.link_reason`). A first report
often names nobody ("a 24-year-old man was shot on Elm Street early Sunday"), and the report
that later names a suspect may not repeat the victim's name. Such reports are one case when
they tell one incident: the same kind of crime, in the same town, on the same day, and the same
particulars - the street, the age of a person described, the charge, a second town - with
nothing that tells two incidents apart (two different streets, disjoint ages, two different
named victims or suspects). A town and a day alone never tie two reports: a city has several
crimes a day, and its police spokesperson speaks for all of them.

An `Incident` is read from the text and the extracted facts: the kinds of crime its lead
(and its charges) name, its towns, the days it can have happened (the day of publication and
the day before, weekdays and calendar dates the text gives), streets, ages, charges. The days
make the index keys (`place:<town>@<day>`), so the look-up stays small: reports from one town
on one day.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from casefile.domain.facts import Fact
from casefile.domain.places import _STREET, _STREET_TYPES

# What the lead says happened; each kind of crime by the words that report it.
_KINDS: dict[str, str] = {
    "shooting": r"shot|shoot\w*|gunfire|gunshots?|gunman|opened fire",
    "stabbing": r"stabb\w*|stabs?|knife|knifepoint",
    "homicide": r"kill\w*|murder\w*|homicides?|slain|slaying|dead|death|manslaughter|bod(?:y|ies)",
    "robbery": r"robb\w*|holdup|stickup|mugg\w*",
    "burglary": r"burglar\w*|break-ins?|broke into",
    "theft": r"theft|thefts|stole|stolen|steal\w*|shoplift\w*|larceny",
    "carjacking": r"carjack\w*",
    "crash": r"crash\w*|collision|hit-and-run|struck by|dwi|dui|drunk[- ]driv\w*|intoxicat\w*",
    "arson": r"arson\w*|(?:set|sets|setting) (?:fire|alight)|set on fire|blaze|burn(?:ed|ing|t)|"
    r"(?:house|structure|home|apartment|car|vehicle) fire|destroyed by fire|caught fire|"
    r"(?:cause|caused|causing|start|started|starting) (?:a )?fires?",
    "sexual assault": r"rap(?:e|ed|ist)|sexual\w*|sexually",
    "kidnapping": r"kidnap\w*|abduct\w*|amber alert",
    "drugs": r"drugs?|narcotics?|fentanyl|cocaine|heroin|methamphetamine|trafficking",
    "assault": r"assault\w*|beat|beaten|beating|attack\w*",
    "threat": r"threat\w*|threaten\w*|terroristic",
    "fraud": r"fraud\w*|embezzl\w*|scam\w*",
}
_KIND_PATTERNS = {
    kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in _KINDS.items()
}
# The lead: what the report is about. A robbery story may recall "a shooting last year" lower down.
LEAD_CHARS = 500
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
_DAY_OF_MONTH = re.compile(
    r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})\b(?!:)",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
# A later report recalls the day loosely: "last week", "over the weekend".
_LAST_WEEK = re.compile(r"\blast week\b", re.IGNORECASE)
_WEEKEND = re.compile(r"\b(?:over|during|on|this past|last) (?:the )?weekend\b", re.IGNORECASE)
_AGE = re.compile(r"\b(\d{1,2})-year-old\b|,\s(\d{1,2}),\s")
# Days before publication a date in the text may give for the incident.
RECALL_DAYS = 60
MAX_DAYS = 10
# What the particulars of two reports must weigh for them to tell one incident.
MATCH_WEIGHT = 2
# A report that places the incident only in "last week" fits seven days: it needs one more
# particular to agree, since a town sees several crimes of one kind in a week.
LOOSE_DAY_EXTRA = 1
SAME_STREET, SAME_AGE, SAME_CHARGE, SECOND_TOWN, SAME_VICTIM_WORD = 2, 2, 1, 1, 1
OTHER_STREET, OTHER_AGE = -2, -1
# Words of a victim's description that describe nobody in particular.
_GENERIC_VICTIM_WORDS = frozenset(
    [
        "victim",
        "victims",
        "man",
        "woman",
        "men",
        "women",
        "person",
        "people",
        "male",
        "female",
        "boy",
        "girl",
        "adult",
        "child",
        "unidentified",
        "unnamed",
        "one",
        "two",
        "three",
        "a",
        "an",
        "the",
        "of",
    ]
)


@dataclass(frozen=True)
class Incident:
    """What one report says happened, where and when (all lower-case where words)."""

    kinds: frozenset[str]
    towns: frozenset[str]
    days: frozenset[date]
    streets: frozenset[str] = frozenset()
    ages: frozenset[int] = frozenset()
    charges: frozenset[str] = frozenset()
    victim_words: frozenset[str] = frozenset()
    # The days of "last week", when the report dates the incident no closer.
    week_days: frozenset[date] = frozenset()

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": sorted(self.kinds),
            "towns": sorted(self.towns),
            "days": sorted(d.isoformat() for d in self.days),
            "streets": sorted(self.streets),
            "ages": sorted(self.ages),
            "charges": sorted(self.charges),
            "victim_words": sorted(self.victim_words),
            "week_days": sorted(d.isoformat() for d in self.week_days),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Incident:
        return cls(
            frozenset(data["kinds"]),
            frozenset(data["towns"]),
            frozenset(date.fromisoformat(d) for d in data["days"]),
            frozenset(data.get("streets", ())),
            frozenset(data.get("ages", ())),
            frozenset(data.get("charges", ())),
            frozenset(data.get("victim_words", ())),
            frozenset(date.fromisoformat(d) for d in data.get("week_days", ())),
        )

    def keys(self, spread: int = 0) -> set[str]:
        """The place keys (`place:<town>@<day>`) of its towns on its days (`spread` days
        either side, for a look-up)."""
        if not self.kinds:
            return set()  # a report of no crime is no incident to join
        days = {
            d + timedelta(days=s)
            for d in self.days | self.week_days
            for s in range(-spread, spread + 1)
        }
        return {f"place:{town}@{day.isoformat()}" for town in self.towns for day in days}


def read_incident(
    text: str, published: date, facts: Sequence[Fact], towns: Iterable[str]
) -> Incident | None:
    """The incident a report tells, or None when it names no town (an incident of no kind
    when its lead and charges name no crime: its towns still tell where the story is)."""
    charges = frozenset(
        str(f.fields["charge"]).lower()
        for f in facts
        if f.kind == "ChargeFiled" and f.fields.get("charge")
    )
    lead = text[:LEAD_CHARS]
    kinds = frozenset(k for k, p in _KIND_PATTERNS.items() if p.search(lead))
    kinds |= frozenset(k for k, p in _KIND_PATTERNS.items() for c in charges if p.search(c))
    town_set = frozenset(t.lower() for t in towns if t)
    if not town_set:
        return None
    ages = {int(a or b) for a, b in _AGE.findall(text)}
    ages |= {f.fields["age"] for f in facts if isinstance(f.fields.get("age"), int)}
    # The head word of each victim's description ("a male cyclist" -> "cyclist").
    victim_words = {
        words[-1]
        for f in facts
        if f.kind == "VictimReported" and f.fields.get("description")
        for words in [re.findall(r"[a-z]+", str(f.fields["description"]).lower())]
        if words and words[-1] not in _GENERIC_VICTIM_WORDS and len(words[-1]) > 3
    }
    days = frozenset(_days(text, published, facts))
    week = frozenset()
    if _LAST_WEEK.search(text):
        monday = published - timedelta(days=published.weekday() + 7)
        week = frozenset(monday + timedelta(days=n) for n in range(7)) - days
    return Incident(
        kinds,
        town_set,
        days,
        frozenset(_streets(text)),
        frozenset(a for a in ages if 0 < a < 100),
        charges,
        frozenset(victim_words),
        week,
    )


def _days(text: str, published: date, facts: Sequence[Fact]) -> list[date]:
    """The days the incident may have happened: the day of publication and the day before
    (a report of "early Sunday" is often dated Monday), the incident's date by the facts,
    then the weekdays and calendar dates the text gives and the weekend it speaks of, up to
    `MAX_DAYS` (the days of "last week" are kept apart: `Incident.week_days`)."""
    days = [published, published - timedelta(days=1)]
    for fact in facts:
        when = fact.fields.get("date") if fact.kind == "IncidentReported" else None
        if isinstance(when, str):
            with contextlib.suppress(ValueError):
                days.append(date.fromisoformat(when[:10]))
    for match in _WEEKDAY.finditer(text[: LEAD_CHARS * 2]):
        back = (published.weekday() - _WEEKDAYS.index(match.group(1).lower())) % 7
        days.append(published - timedelta(days=back))
    if _WEEKEND.search(text):
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        days += [saturday, saturday + timedelta(days=1)]
    for match in _DAY_OF_MONTH.finditer(text):
        month, day = _MONTHS[match.group(1).lower()], int(match.group(2))
        try:
            when = date(published.year, month, day)
            if when > published:
                when = date(published.year - 1, month, day)
        except ValueError:
            continue
        days.append(when)
    kept: list[date] = []
    for day in days:
        if published - timedelta(days=RECALL_DAYS) <= day <= published and day not in kept:
            kept.append(day)
    return kept[:MAX_DAYS]


def _streets(text: str) -> Iterable[str]:
    for match in _STREET.finditer(text):
        kind = _STREET_TYPES[match["type"].lower()]
        yield f"{match['name'].lower()} {kind}"


def incident_reason(a: Incident, b: Incident) -> str | None:
    """Why two reports tell the same incident, or None: the same kind of crime, a shared town,
    days that fit (within a day), and particulars that weigh `MATCH_WEIGHT` (see module)."""
    kinds = a.kinds & b.kinds
    towns = a.towns & b.towns
    if not kinds or not towns:
        return None
    if _days_fit(a.days, b.days):
        weight, agreeing = 0, []
    elif _days_fit(a.days | a.week_days, b.days | b.week_days):
        weight, agreeing = -LOOSE_DAY_EXTRA, []
    else:
        return None
    if a.streets & b.streets:
        weight += SAME_STREET
        agreeing.append(f"on {min(a.streets & b.streets).title()}")
    elif a.streets and b.streets:
        weight += OTHER_STREET
    if a.ages & b.ages:
        weight += SAME_AGE
        agreeing.append(f"aged {min(a.ages & b.ages)}")
    elif a.ages and b.ages:
        weight += OTHER_AGE
    if a.charges & b.charges:
        weight += SAME_CHARGE
        agreeing.append(f"charged with {min(a.charges & b.charges)}")
    if len(towns) > 1:
        weight += SECOND_TOWN
        agreeing.append(f"in {' and '.join(sorted(t.title() for t in towns))}")
    if a.victim_words & b.victim_words:
        weight += SAME_VICTIM_WORD
        agreeing.append(f"a {min(a.victim_words & b.victim_words)} hurt")
    if weight < MATCH_WEIGHT:
        return None
    place = min(towns).title()
    return f"the same {min(kinds)} in {place} ({', '.join(agreeing)})"


def _days_fit(a: frozenset[date], b: frozenset[date]) -> bool:
    return any(abs((x - y).days) <= 1 for x in a for y in b)
