"""Earlier matters told by their time: a plea, a sentence or an arrest dated before the case.

A story recalls a suspect's record without saying "previously": "In 2015 he pleaded guilty
to robbery and served four years", "He was convicted of assault in 2011", "was arrested in
June and released on a $1,500 bond" in a story of an October killing. No court acts in a case
before its crime, so a legal event the story dates before the incident is an earlier matter.

The incident's time is the earliest time the story gives to harm in a clause about this case
("was shot Saturday", "in the 2023 shooting death of", "stabbed ... last year"); a time
belongs to the event word before it in its clause, a legal one first ("was convicted of
robbery in 2019" dates the conviction), or after it when none comes before ("In 2015 he
pleaded guilty"), and a year written before a noun dates that noun ("a 2012 conviction"); a
clause that tells a legal event gives no time of harm ("was sentenced Thursday for beating").
Taking the earliest time of harm errs towards this case: a story with no time of harm, or
with an older harm told as this case's, marks nothing.

A sentence that opens by counting from such an earlier matter ("Six years later he pleaded no
contest ...") goes on with it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from casefile.extraction.harm_words import HURT, KILL
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan
from casefile.extraction.told_times import Time

# A legal event, dated before the incident, is what makes an earlier matter.
LEGAL_GATE = key_words(
    "arrest", "charge", "convict", "plead", "pled", "plea", "sentence", "served", "serving",
    "prison", "jail", "probation", "parole", "bond", "bail", "acquitted", "indict", "released",
    "term", "court", "trial", "jury", "jurors", "verdict", "guilty", "hearing", "arraign",
    "appeared", "judge",
)  # fmt: skip
BEFORE_GATE = key_words("before", "prior to", "ahead of")
# What an event word is: harm ("shot", "the killing") or a legal event ("pleaded", "bond").
_HARM = (
    rf"(?:{KILL}|{HURT}|died|crash|fatal|fire|blaze|robbery|robbed|carjacking|carjacked|"
    # "pointed a pistol at her": a threat with a weapon
    r"pointed\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?(?:gun|pistol|handgun|rifle|shotgun|"
    r"firearm|weapon|knife|machete)\s+at)"
)
_LEGAL = (
    r"(?:arrest(?:ed|s)?|charged?|charges|convict(?:ed|ions?)|pleaded|pled|pleas?|"
    r"sentenced?|sentences|served|serving|prison|jail(?:ed)?|probation|parole|bond|bail|"
    r"acquitted|indicted|indictment|released|term|court|trial|jury|jurors|verdict|guilty|"
    r"hearing|arraign(?:ed|ment)|appeared|judge)"
)
_EVENT = compile_scan(rf"\b(?:(?P<harm>{_HARM})|(?P<legal>{_LEGAL}))\b", re.I)
# A year written before a noun dates that noun: "the 2023 shooting death", "a 2012 conviction".
# (Matched at the time's end: no "\A", which holds only at the start of the text.)
_NOUN_AFTER = compile_scan(rf",?\s+(?:[\w-]+\s+)?(?:(?P<harm>{_HARM})|(?P<legal>{_LEGAL}))\b", re.I)
# A year written before a noun follows a determiner: "the 2023 shooting", "a 2016
# conviction", "his 2012 arrest" (not "convicted in 2015 of assaulting").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|\w+['’]s)\s+\Z", re.I)


def _noun_named(text: str, time: Time) -> re.Match[str] | None:
    """The noun a year or a date written before it dates ("the 2023 shooting death", "the
    April 5 shooting death"), if it is one."""
    if not (
        text[time.start].isdigit() or text[time.start].isupper()
    ) or not _DETERMINER_BEFORE.search(text, max(0, time.start - 20), time.start):
        return None
    return _NOUN_AFTER.match(text, time.end)


def _names_a_thing(text: str, time: Time) -> bool:
    """Whether `time` is a year written between a determiner and a noun that is no event
    ("her 2019 Nissan Altima", "the 2020 season")."""
    return bool(
        text[time.start].isdigit()
        and _DETERMINER_BEFORE.search(text, max(0, time.start - 20), time.start)
        and re.match(r"\s+[A-Za-z]", text[time.end : time.end + 2])
    )


# The offence a dated legal noun names after it: "a 2016 conviction for aggravated assault".
_OFFENCE_AFTER = re.compile(r"\s+(?:for|of|on)\s+[^,;.()]{1,100}")


# A time told of the telling dates no event: "was killed, police said Thursday".
# (compile_scan: searched at every position, it skips in C to where a match can start)
_SAID_BEFORE = compile_scan(
    r"\b(?:said|says|announced|confirmed|reported|stated|added|told\s+(?:[\w.]+\s+){1,2}?)"
    r"(?:\s+(?:on|late|early))?\s+\Z",
    re.I,
)
# A sentence that counts on from the one before: "Six years later", "The following year".
_COUNTED_ON = compile_scan(
    r"\A\W*(?:(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"a few)\s+(?:years?|months?)\s+later|(?:the|that)\s+(?:following|next|same)\s+year|"
    r"later\s+that\s+year|that\s+same\s+year)\b",
    re.I,
)
# A time that opens its clause dates what follows it: "In 2015 he ...", "On Saturday, a ...".
_OPENS_CLAUSE = re.compile(r"\A\W*(?:[A-Za-z]+\s+)?\Z")
# An event word and a time separated by these belong to different clauses.
# (compile_scan: searched at every position, it skips in C to where a match can start)
# (and a clause of the time the main one tells of, with a subject of its own: "was charged
# after her son was hospitalized on April 28" dates the harm, not the charge)
_CLAUSE_EDGE = compile_scan(
    r"[;—–]|,\s+(?:and|but|while|who|which|when|where|after|before)\s|"
    r"\s(?:after|when|because)\s(?=(?:(?:a|an|the|his|her|their|its)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\s+(?:was|were|had\s+been|has\s+been)\s)",
    re.I,
)


def dated_events(text: str, times: Sequence[Time]) -> tuple[tuple[Time, str, int], ...]:
    """Each time of `times` with the kind of event it dates ("harm" or "legal") and where
    that event's word stands, when one does."""
    return _events_dated(text, tuple(times))


# Cached: the case's incident, clause scope and earlier matters each ask it of a sentence, in
# every article that holds the sentence (revised and syndicated reports share them).
@lru_cache(maxsize=8192)
def _events_dated(text: str, times: tuple[Time, ...]) -> tuple[tuple[Time, str, int], ...]:
    return tuple(_each_dated_event(text, times))


def _each_dated_event(text: str, times: Sequence[Time]) -> Iterator[tuple[Time, str, int]]:
    for time in times:
        if _SAID_BEFORE.search(text, max(0, time.start - 30), time.start):
            continue
        noun = _noun_named(text, time)
        if noun is not None:
            yield time, "harm" if noun.group("harm") else "legal", noun.start(noun.lastgroup or 0)
            continue
        if _names_a_thing(text, time):
            continue  # "took her 2019 Nissan": a year that names a thing dates no event
        event = _event_before(text, time.start)
        if event is None and _OPENS_CLAUSE.search(_clause_before(text, time.start)):
            event = _event_after(text, time.end)  # "In 2015 he pleaded guilty ..."
        if event is None:
            event = _harm_after(text, time, times)
        if event is not None:
            yield time, "harm" if event.group("harm") else "legal", event.start()


def _harm_after(text: str, time: Time, times: Sequence[Time]) -> re.Match[str] | None:
    """The harm a time with no event word before it in its clause dates after it: "officers
    were called to the store Friday, Feb. 7, after a woman said two men pointed a pistol at
    her" (up to the next time, a semicolon or a legal word first: "went to the home Monday
    and arrested him in the shooting" dates the arrest, not the shooting)."""
    later = [t.start for t in times if t.start >= time.end and not _names_a_thing(text, t)]
    end = min([*later, len(text)])
    semicolon = text.find(";", time.end, end)
    event = _EVENT.search(text, time.end, end if semicolon < 0 else semicolon)
    if event is None or not event.group("harm"):
        return None
    if later and _clause_start(text, min(later)) <= event.start():
        return None  # "who moved there in 2019, was shot Saturday": the later time's harm
    return event


def _clause_start(text: str, position: int) -> int:
    edges = list(_CLAUSE_EDGE.finditer(text, 0, position))
    return edges[-1].end() if edges else 0


def _clause_before(text: str, position: int) -> str:
    return text[_clause_start(text, position) : position]


def _event_before(text: str, position: int) -> re.Match[str] | None:
    """The event word before `position` in its clause that a time there dates: a legal one
    if any ("was convicted of robbery in 2019" dates the conviction), else the nearest."""
    found = list(_EVENT.finditer(text, _clause_start(text, position), position))
    legal = [m for m in found if m.group("legal")]
    return legal[-1] if legal else found[-1] if found else None


def _event_after(text: str, position: int) -> re.Match[str] | None:
    edge = _CLAUSE_EDGE.search(text, position)
    return _EVENT.search(text, position, edge.start() if edge else len(text))


# Harm told this long before the case's is another incident's ("also killed a man found
# shot to death on Oct. 14, 2024", in a story of a March killing); nearer, it may be the
# same one told from another day (shot one day, died another).
_OTHER_HARM_GAP = datetime.timedelta(days=60)


@dataclass(frozen=True)
class Incident:
    """When the case's harm happened: `lead`, the first time the story gives to harm in a
    clause about this case; `start`, the earliest such time not long before `lead`."""

    lead: datetime.date
    start: datetime.date

    def long_before(self, time: Time) -> bool:
        """Whether `time` ends long before the case's harm. A day told without its year
        counts too: harm is never after the report, so a day placed before it could only be
        a year earlier still ("the Oct. 19 death of" in a story of an April killing)."""
        return time.last < self.lead - _OTHER_HARM_GAP


def incident_of(
    sentences: Iterable[tuple[int, str, Sequence[Time]]], in_case: Callable[[int, int], bool]
) -> Incident | None:
    """When the case's harm happened; `sentences` are the index, text and times of each
    sentence that may tell harm, in order, `in_case(index, position)` tells a clause's
    scope."""
    found = [
        time
        for index, text, times in sentences
        for time, kind, where in dated_events(text, times)
        if kind == "harm" and in_case(index, where) and not _tells_legal(text, time)
    ]
    if not found:
        return None
    incident = Incident(found[0].first, found[0].first)
    start = min(t.first for t in found if not incident.long_before(t))
    return Incident(incident.lead, start)


def harm_long_before(
    text: str, times: Sequence[Time], incident: Incident
) -> tuple[list[int], list[int]]:
    """Where `text` tells harm it dates long before the case's (another incident's), and
    where it tells harm it dates otherwise."""
    harm = [(time, where) for time, kind, where in dated_events(text, times) if kind == "harm"]
    before = [where for time, where in harm if incident.long_before(time)]
    return before, [where for time, where in harm if not incident.long_before(time)]


def _tells_legal(text: str, time: Time) -> bool:
    """Whether the clause of `time` tells a legal event too ("pleaded not guilty to murder
    Friday", "was sentenced Thursday for beating ..."): which one it dates is unsure, unless
    it is a year written before the harm it dates ("is charged in the 2023 killing")."""
    if _noun_named(text, time):
        return False
    start = _clause_start(text, time.start)
    edge = _CLAUSE_EDGE.search(text, time.end)
    end = edge.start() if edge else len(text)
    return any(m.group("legal") for m in _EVENT.finditer(text, start, end))


def before_incident(
    text: str, times: Sequence[Time], incident: datetime.date
) -> tuple[int, int] | None:
    """Where the first legal event `text` dates before `incident` is told: from the start
    of its clause to the later of its word and its time, if `text` tells one; a year written
    before its noun names only that noun ("pointing to a 2016 conviction")."""
    for time, kind, where in dated_events(text, times):
        if kind == "legal" and time.sure and time.last < incident:
            if noun := _noun_named(text, time):
                # ... with the offence it names after it: "Dellinger's 2016 conviction for
                # aggravated assault" (up to the comma or the clause's end)
                of = _OFFENCE_AFTER.match(text, noun.end())
                return time.start, max(where + 1, of.end() if of else 0)
            return _clause_start(text, min(where, time.start)), max(where + 1, time.end)
    return None


def noun_dated_before(
    text: str, times: Sequence[Time], limit: datetime.date
) -> tuple[int, int] | None:
    """Where `text` names a legal noun a year written before it dates before `limit` ("his
    2016 conviction for aggravated assault"), with the offence it names; read when the
    report dates no incident, against the year before the report's."""
    for time, kind, where in dated_events(text, times):
        if (
            kind == "legal"
            and time.sure
            and time.last < limit
            and (noun := _noun_named(text, time))
        ):
            of = _OFFENCE_AFTER.match(text, noun.end())
            return time.start, max(where + 1, of.end() if of else 0)
    return None


# A time told against the incident: "was released on bond two weeks before the shooting".
_BEFORE_THE_INCIDENT = compile_scan(
    r"\b(?:(?:a|one|two|three|four|five|six|several|a few|\d+)\s+)?(?:days?|weeks?|months?|years?)"
    r"\s+(?:before|prior to|ahead of)\s+the\s+(?:[\w-]+\s+)?(?:shooting|killing|crash|attack|"
    r"stabbing|incident|murder|slaying|fire|robbery|homicide|carjacking|assault|death)\b",
    re.I,
)


def before_the_incident(text: str) -> tuple[int, int] | None:
    """Where `text` tells a legal event it dates before the incident in words ("was released
    on bond two weeks before the shooting"): from the start of its clause to the time."""
    time = _BEFORE_THE_INCIDENT.search(text)
    if time is None:
        return None
    start = _clause_start(text, time.start())
    edge = _CLAUSE_EDGE.search(text, time.end())
    end = edge.start() if edge else len(text)
    if not any(m.group("legal") for m in _EVENT.finditer(text, start, end)):
        return None
    return start, time.end()


COUNTS_ON_GATE = key_words("later", "following", "next", "same year", "that year")


def counts_on(text: str) -> bool:
    """Whether `text` opens by counting on from the sentence before ("Six years later");
    asked of sentences `COUNTS_ON_GATE` opens."""
    return _COUNTED_ON.match(text) is not None
