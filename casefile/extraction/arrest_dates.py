"""When an arrest was: the date its sentence gives it (in its own clause, never after the
report, never the day of the crime it names or the one arrested is accused of), whether two
custodies are too far apart to be one arrest told twice, and whether a dated arrest lies
before the case (an earlier matter). `arrests.py` reads them."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from casefile.extraction.case_years import earliest_case_year
from casefile.extraction.context import Article
from casefile.extraction.dates import DATE_KEYS, dates_in, nearest_date
from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import Sentence

# A relative clause between the arrest and a date gives the date to something else: "taken into
# custody in the killing of Ann Lee, who went missing on Jan. 2".
# (compile_scan: searched at every position, it skips in C to where a match can start)
_OTHER_CLAUSE = compile_scan(
    # An age told in its own clause ("arrested Bo Tran, who is 34, on Tuesday") is no other
    # clause: the date after it is still the arrest's.
    r",\s+(?:who|which|whose|where)\b(?!\s+(?:is|was)\s+\d{1,3},)|;|"
    # "arrested two suspects in a carjacking that occurred Saturday": the crime's day.
    r"\b(?:that|which)\s+(?:occurred|happened|took\s+place|unfolded|began|erupted)\b|"
    # a later step of the case as the verb the arrest's clause leads to: "One of three people
    # arrested last winter pleaded guilty Wednesday": the plea's day
    r"\b(?:pleaded|pled|(?:was|were)\s+(?:sentenced|convicted|indicted|arraigned|found\s+guilty))\b|"
    # what the arrest came after, told as a clause of its own: "was arrested after deputies
    # say he fired at his neighbors Saturday" (the shots' day, not the arrest's)
    r"\bafter\s+(?:police|deputies|officers|authorities|investigators|troopers|he|she|they)\s+"
    r"(?:say|said|says|allegedly\s+\w+|\w+ed)\b|"
    # the arrests as what someone talks of: "sat down today to talk about the five arrests"
    # (the talk's day)
    r"\b(?:talk|talks|talked|talking|spoke|speak|speaks|speaking)\s+(?:\w+\s+)?(?:about|of|on)\b",
    re.I,
)


# A place's clause after a police step told with its day ("about 6am today, detectives
# executed a search warrant at a home on Elm Road, where a 23-year-old man was arrested"):
# the arrest is the step's, and the day the step's.
_WHERE = re.compile(r",\s+where\s+", re.I)
_POLICE_STEP = re.compile(
    r"\b(?:executed|served|raided|searched|stormed|swooped|descended)\b", re.I
)


def _where_after_step(text: str, date_end: int, start: int) -> bool:
    """Whether the only clause between a date and the arrest after it is the place's clause
    of a police step the date is told with."""
    where = _WHERE.search(text, date_end, start)
    return (
        where is not None
        and not _OTHER_CLAUSE.search(text, date_end, where.start())
        and not _OTHER_CLAUSE.search(text, where.end(), start)
        and bool(_POLICE_STEP.search(text, date_end, where.start()))
    )


# What the one arrested is accused of, told before the arrest: a date after it is the crime's
# ("A man accused of shooting two people early Sunday has been arrested").
_ACCUSED_OF = compile_scan(
    r"\b(?:accused|suspected)\s+of\b|\bwanted\s+(?:for|in)\b|\bsought\s+(?:for|in)\b", re.I
)


# A date that names a thing rather than tells when: "in connection with Sunday's shooting",
# "charged in the May 3 crash" (the crime's day, not the arrest's).
_NAMES_A_THING = re.compile(r"['’]s\b|\s+(?-i:[a-z])", re.I)
_THE_BEFORE = re.compile(r"(?<!\bon )\bthe\s+\Z", re.I)
# The relative clause an arrest is told in ("Bo Tran, who was arrested in Texas last week,
# appeared in court Tuesday"): a date outside it is the main clause's.
_RELATIVE_OPENS = re.compile(r",\s+(?:who|whom|whose)\b[^,;]*\Z", re.I)


def arrest_date(article: Article, sentence: Sentence, match: re.Match[str]) -> str | None:
    """The date the sentence gives the arrest at `match`: the nearest one in its own clause,
    never one after the report ("was arrested at her home and is due in court Friday"), nor
    one told of the crime the one arrested is accused of, nor one that names the crime."""
    start, end = match.span()
    return _date_of_arrest(sentence.text, article.published, DATE_KEYS.opens(sentence), start, end)


# Cached: the date follows from the sentence's words, where its arrest is told and the
# publication date alone, and a sentence recurs across the reports of one case (revisions,
# syndicated copies).
@lru_cache(maxsize=8192)
def _date_of_arrest(
    text: str, published: datetime.date | None, dated: bool, start: int, end: int
) -> str | None:
    opens = _RELATIVE_OPENS.search(text, 0, start)
    closes = text.find(",", end) if opens else -1
    own = [
        d
        for d in (dates_in(text, published) if dated else ())
        if not _OTHER_CLAUSE.search(text, end, d.start)
        and (not _OTHER_CLAUSE.search(text, d.end, start) or _where_after_step(text, d.end, start))
        and not (d.end <= start and _ACCUSED_OF.search(text, 0, d.start))
        and not (published and d.date and d.date > published)
        and not _names_a_thing(text, d.start, d.end)
        and not (opens and (d.start < opens.start() or 0 <= closes < d.start))
    ]
    return nearest_date(own, end)


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` is a possessive or the modifier of a noun after "the"
    ("Sunday's shooting", "the May 3 crash")."""
    if text[end - 2 : end] == "'s":
        return True  # (the weekday's possessive is read with it)
    after = _NAMES_A_THING.match(text, end)
    if after is None:
        return False
    return after.group(0)[0] in "'’" or bool(_THE_BEFORE.search(text, 0, start))


# Custodies this far apart are not one arrest told twice.
_APART = datetime.timedelta(days=366)


def years_apart(first: str | None, second: str | None) -> bool:
    """Whether two arrest dates (ISO, or None) are more than a year apart."""
    if first is None or second is None:
        return False
    return abs(datetime.date.fromisoformat(first) - datetime.date.fromisoformat(second)) > _APART


# The case's own incident, pointed at with "the": an arrest told with it is the case's.
_THE_HARM = re.compile(
    r"\b(?:the|that)\s+(?:[\w-]+\s+)?(?:shooting|killing|death|crash|stabbing|slaying|fire|"
    r"robbery|attack|homicide|murder|beating|assault)s?\b",
    re.I,
)


def dated_before_the_case(article: Article, sentence: Sentence, when: str | None) -> bool:
    """Whether an arrest dated `when` lies in a year before any the rest of the report gives
    the case's events (`earliest_case_year`): "was arrested on Aug. 14, 2021, on a DWI charge"
    in a report of a crash in 2025 is of an earlier matter, however the sentence words it."""
    if when is None or not article.published or int(when[:4]) >= article.published.year - 1:
        return False
    if _THE_HARM.search(sentence.text):
        return False  # "arrested on Aug. 14, 2021, days after the shooting": the case's, tried late
    rest = article.text[: sentence.start] + article.text[sentence.end :]
    floor = earliest_case_year(rest, article.published)
    return floor is not None and int(when[:4]) < floor
