"""When a court event is held: the date a sentence gives the event told at a place in it
(the nearest date of its own statement that is not an incident's label, the day it is put off
or set to), a court date told without its year read within half a year of the report, and
whether an event told in a year well before the case is of an earlier matter."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from casefile.extraction.case_years import IN_YEAR, earliest_case_year
from casefile.extraction.context import Article
from casefile.extraction.dates import DATE_KEYS, MONTH_NAME, dates_in
from casefile.extraction.patterns import matches_in, prefix_match, search_within
from casefile.extraction.scan_compile import compile_scan
from casefile.extraction.sentences import Sentence

# A date that names an incident, not an event: "for the Jan. 3, 2018, fatal stabbing".
_ATTRIBUTIVE_DATE = re.compile(r"\b(?:the|a)\s+\Z", re.I)
# ... unless the label is a court event's: "the Thursday hearing".
_COURT_NOUN_AFTER = re.compile(
    r",?\s+(?:\d{4},?\s+)?(?:court\s+)?(?:hearing|arraignment|trial|appearance|sentencing)", re.I
)


def long_ago(article: Article, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the event at `match` is told in a year well before the report ("was convicted
    of menacing in 2019 and sentenced to 30 days", "In 2015, he pleaded guilty"), with no day
    of its own, and before any year the report gives its crime (`earliest_case_year`): an
    earlier matter, as `punishments.py` reads its term. A year naming the crime ("in the 2019
    killing") is not when the event was."""
    text = sentence.text
    stretch = _STRETCH_END.split(text)
    position = stretch_of(text, match.start())
    opening = prefix_match(IN_YEAR, text)  # "In 2015, he ..." opens the sentence
    years = [m.group("year") for m in matches_in(IN_YEAR, stretch[position])]
    if opening is not None:
        years.append(opening.group("year"))
    floor = earliest_case_year(article.text, article.published) if years else None
    if floor is None or not any(int(y) < floor for y in years):
        return False
    return event_date(article, sentence, match.start(), end=match.end()) is None


def event_date(
    article: Article,
    sentence: Sentence,
    position: int,
    after_only: bool = False,
    end: int | None = None,
    told: list[int] | None = None,
) -> str | None:
    """The date of an event told at `position` (to `end`, if given): the nearest date of the
    sentence that is not an incident's label ("the Jan. 3 stabbing"), counted from the
    event's words on either side, so that "at his arraignment Monday and is due back in
    court March 28" dates the return March 28. An event told as background ("after
    pleading guilty") takes only a date said after it, within its own phrase."""
    return _event_date(
        sentence.text,
        article.published,
        DATE_KEYS.opens(sentence),
        position,
        after_only,
        end,
        tuple(told) if told is not None else None,
    )


# Cached: the date follows from the sentence's words, where its event is told and the
# publication date alone, and a sentence recurs across the reports of one case (revisions,
# syndicated copies); each court event asks it once or twice.
@lru_cache(maxsize=16384)
def _event_date(
    text: str,
    published: datetime.date | None,
    dated: bool,
    position: int,
    after_only: bool,
    end: int | None,
    told: tuple[int, ...] | None,
) -> str | None:
    part = part_of(text, position)
    dates = [
        d
        for d in (dates_in(text, published) if dated else ())
        if (
            not _ATTRIBUTIVE_DATE.search(text, max(0, d.start - 6), d.start)
            or _COURT_NOUN_AFTER.match(text, d.end)
        )
        and (not after_only or position < d.start <= position + 60)
        and part_of(text, d.start) == part
    ]
    resolved = [d for d in dates if d.date is not None]
    if not resolved:
        return None
    # "The two men arrested with him Monday appeared in court Tuesday": a day the subject's
    # own participle tells before the event is that arrest's, when the event has a day too.
    own = [
        d
        for d in resolved
        if not (d.end <= position and _TAKEN_BEFORE.search(text, max(0, d.start - 40), d.start))
    ]
    if own and len(own) < len(resolved) and any(d.start > position for d in own):
        resolved = own
    if end is None:
        end = position
    # "A hearing is scheduled for next week, and he is due back in court Jan. 12": a date
    # after another event told in a clause of its own is that event's (`_COMMA`).
    resolved = [
        d
        for d in resolved
        if not (
            d.start > end
            and any(end < other < d.start and _parted(text, end, other) for other in told or ())
        )
    ]
    if not resolved:
        return None
    # "was scheduled to be arraigned Wednesday, but the hearing was postponed until Feb. 2":
    # the event is held on the day it was put off to, unless another event told between
    # them is the one put off ("appeared Monday, where their arraignments were postponed").
    moved = [
        d
        for d in resolved
        if d.start > end
        and (
            search_within(_PUT_OFF, text, max(0, d.start - 40), d.start)
            # "a hearing is scheduled for May 2": the day it is set for, just after it.
            or _SET_FOR.fullmatch(text, end, d.start)
        )
        and not any(end < other < d.start for other in told or ())
    ]
    nearest = (
        moved[-1]
        if moved
        else min(
            resolved, key=lambda d: position - d.end if d.end <= position else max(0, d.start - end)
        )
    )
    assert nearest.date is not None
    # "was found guilty Thursday and will be sentenced in May": a time of the event's own,
    # coarser than a day, told right after it; the day told elsewhere is another event's.
    coarse = _OWN_TIME.search(text, end, end + 24)
    if (
        coarse is not None
        and not text[end : coarse.start()].strip()
        and not nearest.start <= coarse.start() < nearest.end
    ):
        return None
    # "set his trial for Jan. 10", "is due back in court March 2": a day set is still ahead.
    between = (position, nearest.start) if nearest.start > position else (nearest.end, end)
    ahead = bool(search_within(_AHEAD_WORDS, text, max(0, between[0] - 30), between[1]))
    # "On May 2 she pleaded not guilty", told in March: a session held is behind the report.
    past = not ahead and bool(
        search_within(_PAST_WORDS, text, max(0, position - 12), max(end, position + 12))
        and not search_within(_AHEAD_WORDS, text, max(0, position - 40), max(end, nearest.end))
    )
    return _within_half_a_year(
        text[nearest.start : nearest.end], nearest.date, published, ahead, past
    )


_COMMA = re.compile(r"[,;]")
# A participle of custody or charging just before a day: "arrested with him Monday".
_TAKEN_BEFORE = re.compile(
    r"\b(?:arrested|charged|booked|detained|indicted|caught|apprehended|picked\s+up)\b"
    r"[^.;,]{0,30}?\s\Z",
    re.I,
)
_AND_VERB = re.compile(r"\band\s+(?P<verb>is|are|was|were|will|has|had)\b", re.I)
# The verbs of a statement about what is still to come: "and is scheduled", "and will be".
_AHEAD_AUXILIARIES = {"is", "are", "will"}
# A time of an event's own, coarser than a day: "in January 2026", "last month".
_OWN_TIME = re.compile(
    r"\b(?:in|last|next|earlier\s+this|this|later\s+this)\s+(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|(?:19|20)\d\d\b|week\b|month\b|year\b)"
)


def _parted(text: str, end: int, other: int) -> bool:
    """Whether a later event at `other` is told in a statement of its own after an event
    ending at `end`: after a comma, or after "and" with a verb of its own when the first
    has a time of its own ("pleaded guilty in January and was sentenced April 8") or the
    verb puts the later one ahead ("pleaded guilty and is scheduled to be sentenced Aug. 12",
    "was arraigned and will be back in court May 3"); not "entered a plea and was sentenced
    on Monday", one day for both."""
    if _COMMA.search(text, end, other):
        return True
    parting = _AND_VERB.search(text, end, other)
    return parting is not None and (
        parting.group("verb").lower() in _AHEAD_AUXILIARIES
        or bool(_OWN_TIME.search(text, end, parting.start()))
    )


# Words before the day an event is put off to: "was postponed until", "continued to".
_PUT_OFF = re.compile(
    r"\b(?:postponed|continued|rescheduled|moved|pushed\s+back|delayed|reset)\s+"
    r"(?:\w+\s+){0,2}?(?:until|till|to|for)\s+\Z",
    re.I,
)
# Between an event and the day it is set for: " is scheduled for", " was set for Friday,".
_SET_FOR = re.compile(
    r"\s+(?:(?:is|are|was|were|has\s+been|had\s+been|now)\s+){0,2}(?:scheduled|set|slated|"
    r"expected)\s+(?:to\s+(?:begin|start|resume|take\s+place|be\s+held)\s+)?(?:for\s+|on\s+)?",
    re.I,
)
# A month named: a date without its year, whose year the report's day must choose.
_MONTH = re.compile(MONTH_NAME)
# A year written out: a date that names it keeps it.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# Words that set a session for a day to come: "is set for", "scheduled", "due back".
# (compile_scan: searched at every position, it skips in C to where a match can start)
_AHEAD_WORDS = compile_scan(
    r"\b(?:is|are|will|(?:has|have)\s+been)\s+(?:\w+\s+)?(?:set|scheduled|slated|due|expected|"
    r"to)\b|\b(?:postponed|continued|moved|pushed\s+back|delayed|adjourned)\s+(?:\w+\s+){0,2}?"
    r"(?:until|till|to|for)\b|\b(?:set|scheduled|slated|reset|rescheduled)\s+"
    r"(?:(?:his|her|their|the|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:for|to|on)\b|\bdue\s+back\b|"
    r"\bnext\s+(?:court\s+)?(?:date|appearance|hearing)\b|"
    # "He will be arraigned on March 22": the future, whatever verb of a session follows.
    r"\b(?:will|shall)\s+(?:next\s+|again\s+|now\s+|then\s+)?(?:be|appear|return|face|"
    r"stand|enter|go)\b|"
    # "was remanded in custody to appear again on March 21": the session custody waits for.
    r"(?<!failed )(?<!refused )(?<!fail )\bto (?:re-?)?appear\b|"
    # "to return to court April 19 to be arraigned": a session told as what is to be done
    r"\bto\s+be\s+(?:formally\s+)?(?:arraigned|sentenced|tried|retried)\b",
    re.I,
)


# A session told as held: "pleaded", "was arraigned", "appeared".
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|pleaded|pled|appeared|arraigned|indicted|convicted|acquitted|entered|"
    r"made|waived|found)\b",
    re.I,
)


def _within_half_a_year(
    words: str,
    when: datetime.date,
    published: datetime.date | None,
    ahead: bool = False,
    past: bool = False,
) -> str:
    """`when` as told in `words`: a court date told without its year ("sentences him on Oct.
    25") lies within half a year of the report, so one read as more than half a year back is
    the same day of the coming year when that is nearer; a day told as set for a session to
    come (`ahead`) and read as weeks back is the same day of the coming year, and one of a
    session told as held (`past`) read as after the report is the same day of the year
    before."""
    if published is None or _YEAR.search(words) or not _MONTH.search(words):
        # A year told, or a weekday ("Tuesday"), whose week the report's day fixes.
        return when.isoformat()
    if past:
        if (when - published).days > 1:
            try:
                return when.replace(year=when.year - 1).isoformat()
            except ValueError:  # February 29
                return when.isoformat()
        return when.isoformat()
    if ahead and (published - when).days > 14:
        try:
            return when.replace(year=when.year + 1).isoformat()
        except ValueError:  # February 29
            return when.isoformat()
    if (published - when).days > 183:
        try:
            ahead = when.replace(year=when.year + 1)
        except ValueError:  # February 29
            return when.isoformat()
        if (ahead - published).days < (published - when).days:
            return ahead.isoformat()
    return when.isoformat()


_STRETCH_END = re.compile(r"[,;]")


# Cached: asked of each event and each word that is none in a sentence, it follows from the
# text and the position alone, and a sentence recurs (stock lines, syndicated and revised copies).
@lru_cache(maxsize=16384)
def stretch_of(text: str, position: int) -> int:
    """Which stretch of `text` between commas and semicolons holds `position`."""
    return len(_STRETCH_END.findall(text, 0, position))


def part_of(text: str, position: int) -> int:
    """Which of the parts of `text` split at semicolons holds `position`: each part is a
    statement of its own, with its own event and date."""
    return text.count(";", 0, position)
