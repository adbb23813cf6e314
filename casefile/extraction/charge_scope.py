"""Charge scope: whether a charge a cue reads is one of this case, and not of an earlier
matter ("was convicted of robbery in 2012", "had an outstanding warrant for", "in an unrelated
case"), a condition ("if convicted of"), a not-guilty plea, a guilt only claimed ("her lawyer
said she is not guilty of murder"), statistics or another story; and a conviction told with a
year years before the report, beside other charges of the person, is a record recalled, and
so is a charge so dated, whatever became of it."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from casefile.extraction.charge_identity import Found
from casefile.extraction.charge_outcomes import IF_BEFORE
from casefile.extraction.context import CONDITIONAL, Article
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.scope import (
    HYPOTHETICAL,
    OPINION,
    OTHER,
    STATISTICS,
    is_condition,
    quoted,
)
from casefile.extraction.sentences import Sentence

__all__ = ["of_this_case", "without_old_records"]


# A year a legal event is told in: "was convicted of battery in 2016".
# (and a case told as of its year: "her first DWI case, from 2021, ended with a plea")
# (compile_scan: searched at every position, it skips in C to where a match can start)
_IN_YEAR = compile_scan(
    r"\bin\s+((?:19|20)\d\d)\b|\b(?:case|matter|arrest)s?,?\s+from\s+((?:19|20)\d\d)\b", re.I
)
# A year told in a relative clause dates what that clause tells, not the charge: "guilty of
# arson for setting a fire that killed two neighbors in 2023", and so does one told in what a
# relative clause's speaker said: "not guilty of rape involving a woman who said he attacked
# her in 2016".
_IN_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:\w+ed|said|says|told|tells)\b[^;,]*\Z", re.I)
# How many years before the report a charge must be dated to be taken for a record.
_RECORD_YEARS = 2


def without_old_records(found: list[Found], published: datetime.date | None) -> list[Found]:
    """Without a person's charges told with a year two or more before the report's ("was
    convicted of battery in 2016", "was also charged with assault in 2019, but that case was
    dismissed"), where the report charges that person with other offences in sentences that
    name no such year: a record recalled, not this case's charge or outcome."""
    if published is None:
        return found

    def old(item: Found) -> bool:
        quote = item[4].evidence.quote
        return any(
            int(year.group(1) or year.group(2)) <= published.year - _RECORD_YEARS
            and not _IN_RELATIVE.search(quote, 0, year.start())
            for year in _IN_YEAR.finditer(quote)
        )

    dated = [old(item) for item in found]
    if not any(dated):
        return found
    current: dict[int, set[str]] = {}
    for item, is_old in zip(found, dated, strict=True):
        if not is_old:
            current.setdefault(id(item[0]), set()).add(item[1])
    return [
        item
        for item, is_old in zip(found, dated, strict=True)
        if not (is_old and current.get(id(item[0])) and item[1] not in current[id(item[0])])
    ]


_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which)\b", re.I)


_PRESENT_CLAUSE = re.compile(
    r"\b(?:when|as|before|until)\s+(?:he|she|they|[A-Z][\w'-]+)\s+(?:was|were|is|got)\s+"
    r"(?:\w+\s+)?(?:charged|arrested|indicted|booked)\b|"
    # a clause of its own told as now: "was freed from jail last year, and he now faces"
    r",\s+(?:and|but)\s+(?:he|she|they|[A-Z][\w'-]+)\s+(?:is\s+|are\s+|has\s+|have\s+)?now\b"
)


def _prior_scope_end(text: str, prior: re.Match[str]) -> int:
    """Where talk of an earlier matter ends: a relative clause ("who was convicted of robbery
    in 2012, was charged ...") at its closing comma; otherwise with the sentence."""
    # "was on probation for a burglary when he was charged with murder", "was freed from jail
    # last year, and he now faces a murder charge": the clause of the present charge follows.
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
# One still sought "is wanted on a warrant for first-degree murder": the case's charge (unless
# "also" sets it beside the case's).
_HELD_WARRANT = re.compile(
    r"\b(?:outstanding|active|open|existing|old|prior|previous|unrelated|bench|"
    r"probation|parole)\s+(?:[\w-]+\s+)?$|"
    r"(?<!\bis )(?<!\bare )(?<!\bremains )(?<!\bstill )\bwanted\s+(?:[\w-]+\s+){0,3}?on\s+"
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


# A charge said to be of another matter: "jailed on an unrelated drug charge" (not "a
# separate count", another count of the same indictment).
_OTHER_CHARGE = re.compile(
    r"(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:unrelated|separate(?!\s+counts?\b)|prior|"
    r"previous|older|outstanding)\b",
    re.I,
)


# "pleaded not guilty", "entered a plea of not guilty": the words before a plea's "not guilty".
_NOT_GUILTY_PLEA = re.compile(r"\bple(?:a|as|ad|aded|ads|ading|d)\s+(?:[\w,]+\s+){0,3}?$", re.I)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A verdict no one gave: "could be convicted of", "could have convicted her of", "had the
# option of finding her guilty of".
_NO_VERDICT_BEFORE = re.compile(
    r"(?:\b(?:could|would|may|might|should)\s+(?:not\s+)?(?:\w+\s+)?(?:be|have)\s*|"
    r"\b(?:option|chance|choice|possibility)\s+of\s+\w+ing\s+(?:[\w'’-]+\s+){0,3}?)$",
    re.I,
)
# Guilt claimed rather than found: "she is not guilty of", "he's guilty of".
_CLAIM_BEFORE = re.compile(r"(?:\b(?:is|are)|['’]s)\s+(?:\w+ly\s+)?(?:not\s+)?$", re.I)
_SAID = re.compile(
    r"\b(?:said|says|say|argued|argues|maintain(?:s|ed)?|insist(?:s|ed)?|told|tells|"
    r"contend(?:s|ed)?|claim(?:s|ed)?)\b",
    re.I,
)


_EARLIER_PLEA = re.compile(r"(?:who\s+(?:had\s+)?)?previously\s+(?:pleaded|pled)\b", re.I)


def _earlier_plea_of_this_case(article: Article, sentence: Sentence, prior: re.Match[str]) -> bool:
    """Whether "previously pleaded guilty" tells the plea of this case, as a report of its
    sentencing does ("Lee, who previously pleaded guilty to manslaughter, was sentenced"):
    so when the report tells a sentencing outside that clause, and the clause names no other
    case and no year before the report's."""
    text = sentence.text
    if not _EARLIER_PLEA.match(text, prior.start()):
        return False
    if _OTHER_MATTER.search(text[prior.end() :]):
        return False
    outside = text[: prior.start()] + text[_prior_scope_end(text, prior) :]
    if "sentenc" not in outside.lower() and not any(
        "sentenc" in other.text.lower() for other in article.sentences if other is not sentence
    ):
        return False
    # a year named, with no date to compare it to, is taken for an earlier one
    published = article.published
    return all(published and int(year) >= published.year for year in _YEAR.findall(text))


# A charge denied: "has not been charged with", "is nowhere close to charging anyone with",
# "was never indicted" (not "was not only charged with").
_NOT_CHARGED = re.compile(
    r"(?:(?:\bnot|\bnever|n['’]t)(?!\s+only\b)|\bnowhere\s+(?:close|near)\s+to|\bno\s+closer\s+to|"
    r"\bfar\s+from)\s+(?:(?:yet|been|be|formally|officially|criminally|publicly|since|also)\s+){0,3}$",
    re.I,
)


_NOT_FACED = re.compile(
    r"(?:\bnot|\bnever|n['’]t)\s+(?:(?:yet|be|been|now)\s+)?(?:facing|face|faces)\s+"
    r"(?:a|an|any|the)\s+$",
    re.I,
)


# Prosecutors who will not bring a charge: "declined to file", "decided not to bring".
_REFUSED = re.compile(
    r"\b(?:(?:declined|refused|decided\s+not|chose\s+not|opted\s+not)\s+to|(?:will|would|did|do|"
    r"does)\s+not|won['’]t|didn['’]t|cannot|can['’]t|could\s+not)\s+$",
    re.I,
)


# (compile_scan: searched at every position, it skips in C to where a match can start)
_REFUSED_FILING = compile_scan(
    r"\b(?:(?:declined|refused|decided\s+not|chose\s+not|opted\s+not)\s+to|(?:will|would|did|do|"
    r"does)\s+not|won['’]t|didn['’]t|cannot|can['’]t|could\s+not)\s+(?:file|bring|seek|pursue)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


# What a correction says was told in error: "incorrectly stated that he was also indicted".
_CORRECTED = re.compile(
    r"\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:stated|reported|said|described)\b", re.I
)
# A charge only weighed: "also considered a charge of", "is weighing possible charges of".
_WEIGHED = re.compile(
    r"\b(?:considered|considering|considers|weighing|weighed|weighs|mulling|mulled|"
    r"contemplating|contemplated)\s+(?:(?:a|an|the|possible|potential|additional|further)\s+){0,3}$",
    re.I,
)


# A sentence about what the law provides for a charge, not about the defendant's: "The charge
# of X provides for a mandatory minimum sentence", "Each count carries up to 20 years".
_LAW_OF_IT = re.compile(
    r"^\W*(?:the|each|that|this)\s+(?:charges?|counts?)\s+(?:of\s+)?[^.;]{0,160}?\b(?:provides?|"
    r"carries|carry|calls?)\s+(?:for\s+)?(?:a|an|up|the|maximum|minimum|mandatory|\d)",
    re.I,
)


# A dismissal asked for: "a motion seeking the dismissal of", "asked the judge for the
# dismissal of", "moved for dismissal of".
_ASKED = re.compile(
    r"\b(?:motions?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|mov(?:e|es|ed|ing)|"
    r"petition(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for)\b[^.;]{0,30}$",
    re.I,
)


def of_this_case(article: Article, sentence: Sentence, match: re.Match[str], status: str) -> bool:
    """Whether the cue at `match` speaks of a charge of this case, and not of an earlier
    matter, a condition ("if convicted of"), a charge denied ("has not been charged with") or
    a not-guilty plea."""
    text = sentence.text
    start, end = match.span()
    # What the sentence's words alone tell is kept per sentence text (`_words_rule_out`); the
    # article's earlier matters and clause scope are asked in between, in the order they were.
    if _words_rule_out(text, start, end, status, _BEFORE_PRIOR):
        return False
    prior = article.prior_matter(sentence)
    if (
        prior
        and prior.start() - 40 <= start < _prior_scope_end(text, prior)
        and not _earlier_plea_of_this_case(article, sentence, prior)
    ):
        return False
    if _words_rule_out(text, start, end, status, _BEFORE_SCOPE):
        return False
    clause = article.scope_at(sentence, start)
    scope = clause.scope
    if scope in (STATISTICS, OTHER):
        return False  # "the district charged 212 defendants", "In other court news, ..."
    if scope == OPINION and not is_condition(clause):
        return False  # "Under state law, a 16-year-old charged with murder is ..."
    if status in ("convicted", "acquitted") and scope in (OPINION, HYPOTHETICAL):
        return False  # "a law for anyone convicted of drunk driving twice"
    return not _words_rule_out(text, start, end, status, _AFTER_SCOPE)


# The steps of `of_this_case` that read the sentence's words alone.
_BEFORE_PRIOR, _BEFORE_SCOPE, _AFTER_SCOPE = 0, 1, 2


# Cached: a sentence recurs across the reports of one case (revisions, syndicated copies), and
# these regexes are searched from the cue's position, so no whole-sentence scan keeps them.
@lru_cache(maxsize=16384)
def _words_rule_out(text: str, start: int, end: int, status: str, step: int) -> bool:
    """Whether the words of `text` around the cue at `start`..`end` tell, at `step` of
    `of_this_case`, that it speaks of no charge of this case."""
    cue = text[start:end]
    if step == _BEFORE_PRIOR:
        # (and a charge not faced: "he is not facing a murder charge", "you are not facing a
        # charge of murder")
        if cue[:5].lower() in ("charg", "indic", "facin", "faces", "face ") and _NOT_CHARGED.search(
            text, max(0, start - 50), start
        ):
            return True
        if cue[:5].lower() == "charg" and _NOT_FACED.search(text, max(0, start - 40), start):
            return True
        if (
            cue[:4].lower() in ("file", "brin", "seek", "purs")
            and _REFUSED.search(text, max(0, start - 40), start)
        ) or _REFUSED_FILING.search(text, max(0, start - 60), start):
            return True  # "declined to file murder charges against him": none filed
        if _CORRECTED.search(text, 0, start):
            return True  # "An earlier version incorrectly stated that he was also indicted on"
        if cue[:5].lower() == "charg" and _WEIGHED.search(text, max(0, start - 50), start):
            return True  # "his office also considered a charge of assault": weighed, not filed
        if _LAW_OF_IT.match(text) and start < 20:
            return True  # "The charge of X provides for a mandatory minimum sentence of 10 years"
        # "filed a motion seeking the dismissal of the charge": asked, not done
        return status == "dropped" and bool(_ASKED.search(text, max(0, start - 50), start))
    if step == _BEFORE_SCOPE:
        if cue[:7].lower() == "warrant" and _HELD_WARRANT.search(text, max(0, start - 60), start):
            return True
        if _OTHER_MATTER.search(text[end:]) or _OTHER_CHARGE.match(text, end):
            return True
        # a plea, read as a filed charge by its own cue
        return (
            status == "acquitted"
            and cue[:3].lower() == "not"
            and bool(_NOT_GUILTY_PLEA.search(text, max(0, start - 40), start))
        )
    if status in ("convicted", "acquitted"):
        if first_in(CONDITIONAL, text) or IF_BEFORE.search(text, 0, start):
            return True
        if re.search(r"\b(?:could|would|may|might)\s+(?:\w+\s+)?be\s*$", text[:start]):
            return True
        if _NO_VERDICT_BEFORE.search(text, max(0, start - 80), start):
            return True
        if (
            _CLAIM_BEFORE.search(text, max(0, start - 20), start)
            # ("Lee's plea covered murder, lawyers said": a name's plea, no "she is")
            and cue[:4].lower() != "plea"
            and (_SAID.search(text) or quoted(text, start))
        ):
            return True  # "her lawyer said she is not guilty of murder"
    # "entered a not guilty plea to murder"
    near = text[max(0, start - 30) : end]
    return status == "convicted" and bool(
        re.search(
            r"\bnot guilty\s+pleas?\b|\bpleas?\s+of\s+not guilty\b|\bple\w*\s+not guilty\b",
            near,
            re.I,
        )
    )
