"""Which events a sentence tells are sessions of their own: an appearance or a hearing that is
the session another event was held at, an undated appearance told again beside another
event, an event told in the clause of an earlier matter, a ruling made at a session told beside it,
and what each plea pleaded (one plea
fact per thing pleaded)."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article
from casefile.extraction.court_dates import event_date, part_of
from casefile.extraction.court_words import QUALIFIED_HEARING
from casefile.extraction.scope import relative_clause_end
from casefile.extraction.sentences import Sentence

# A hearing told as where an event took place: "during a virtual hearing", "at Monday's
# hearing" (not "a hearing is set for May 2", an event of its own).
_AT_A = re.compile(
    r"\b(?:at|during|in|via|by)\s+(?:(?:a|an|the|his|her|their|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?\Z",
    re.I,
)


# Events held at a hearing that the report may name by that word alone.
HELD_AT_A_HEARING = {"arraignment", "plea", "sentencing"}


def bare_session(
    article: Article,
    sentence: Sentence,
    hearing: re.Match[str],
    sessions: set[tuple[int, str | None]],
    told: list[int],
) -> bool:
    """Whether `hearing` names no purpose of its own ("a virtual hearing", not "a bond
    hearing") and is told in the part, and on the day, of one of `sessions`."""
    text = sentence.text
    before = max(0, hearing.start() - 40)
    if QUALIFIED_HEARING.search(text, before, hearing.start()) or not _AT_A.search(
        text, before, hearing.start()
    ):
        return False
    part = part_of(text, hearing.start())
    when = event_date(article, sentence, hearing.start(), end=hearing.end(), told=told)
    return any(p == part and (when is None or d is None or d == when) for p, d in sessions)


def in_prior(article: Article, sentence: Sentence, prior: re.Match[str], position: int) -> bool:
    """Whether the event at `position` belongs to the earlier matter `prior` of `sentence`
    tells: told in its clause, or just before the words naming it ("issued a court date in
    that case"), not in a main clause after a relative one ("X, who was on probation, is
    due in court") or before a comma ("was arraigned Monday, a week after he was released
    from prison")."""
    text = sentence.text
    if part_of(text, position) != part_of(text, prior.start()):
        # "was arrested on Aug. 14, 2019, ...; he later pleaded guilty": on with that matter.
        part = text.rfind(";", 0, position) + 1
        return part > prior.start() and bool(_GOES_ON.match(text, part, position))
    if position < prior.start():
        return position >= prior.start() - 40 and "," not in text[position : prior.start()]
    if _NEW_PREDICATE.search(text, prior.end(), position):
        return False
    return position < relative_clause_end(text, prior, len(text))


# A statement after a semicolon that goes on with the one before: "; he later pleaded guilty".
_GOES_ON = re.compile(r"\s*(?:(?:he|she|they)\s+)?(?:later|then|subsequently|eventually)\b", re.I)
# A new predicate after an earlier matter returns to this case: "was released from jail and
# is due back in court", "has a criminal record, but pleaded not guilty Monday".
# ("was previously convicted of robbery and was sentenced to five years" goes on with it.)
_NEW_PREDICATE = re.compile(
    r"\s(?:and|while|where)\s+(?:(?:he|she|they)\s+)?(?:is|are|will|remains?|faces?)\b|"
    r"\sbut\s",
    re.I,
)


def same_session(
    article: Article,
    sentence: Sentence,
    appearance: re.Match[str],
    held_at: set[tuple[int, str | None]],
    later: set[int],
    told: list[int],
) -> bool:
    """Whether `appearance` is the session at which another event of `sentence` took place
    (`held_at`: the part and date of each): in the same part, on no other day."""
    part = part_of(sentence.text, appearance.start())
    if not any(p == part for p, _ in held_at):
        return False
    when = event_date(
        article,
        sentence,
        appearance.start(),
        after_only=appearance.start() in later,
        end=appearance.end(),
        told=told,
    )
    return when is None or (part, when) in held_at


# A session still to come is another than the one told: "His next court date is next month",
# "is due back in court in April".
AHEAD = re.compile(
    r"\bnext\s+(?:court\s+)?(?:date|appearance)|\b(?:next|due\s+back|return)\s+(?:to\s+|in\s+)?court\b|"
    r"\bnext\s+appear",
    re.I,
)


def rulings_apart(
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]],
    person: int,
    rulings: list[tuple[str | None, Fact]],
) -> list[tuple[str | None, Fact]]:
    """`rulings` (events of kind "other") less the rulings made at a session the same
    sentence tells for the same day: "During a hearing Monday, the judge denied a motion to
    dismiss" and "was found competent at a hearing Tuesday" are each one event, the hearing."""
    sessions = {
        (d, f.evidence.start)
        for kind in ("hearing", "arraignment", "trial", "appearance")
        for d, f in found.get((person, kind), [])
    }
    return [(d, f) for d, f in rulings if not (d and (d, f.evidence.start) in sessions)]


def has_other(found: dict[tuple[int, str], list], person: int) -> bool:
    """Whether `person` has a court event held in court other than an appearance in the
    article: an undated appearance beside it is that session told again ("appeared by
    video"). An indictment is a grand jury's, held at no appearance."""
    return any(p == person and k not in ("appearance", "indictment") for p, k in found)


# What a plea pleaded, in the words after it: "not guilty" before "guilty".
_PLEADED = re.compile(
    r"\b(?P<not>not guilty|innocent)\b|\b(?P<contest>no contest|nolo)|\bguilty\b", re.I
)


def what_pleaded(text: str, match: re.Match[str]) -> str | None:
    """What the plea at `match` pleaded ("not guilty", "no contest", "guilty"), if said in
    or just after its words; to admit a charge in court is to plead guilty, to deny it to plead
    not guilty."""
    words = match.group(0).lower()
    if words.startswith("admit"):
        return "guilty"
    if words.startswith("den"):
        return "not guilty"
    said = _PLEADED.search(text, match.start(), match.end() + 40)
    if said is None:
        return None
    return (
        "not guilty" if said.group("not") else "no contest" if said.group("contest") else "guilty"
    )


def each_plea(entries: list[tuple[str | None, Fact]], pleas: dict[int, str | None]) -> list[Fact]:
    """The pleas of one person: each thing pleaded once (on each day it is dated), so that
    "pleaded not guilty in March" and "pleaded guilty Tuesday" are two pleas; a plea that does
    not say what was pleaded is one of them."""
    said: dict[str | None, list[tuple[str | None, Fact]]] = {}
    for when, told in entries:
        said.setdefault(pleas.get(id(told)), []).append((when, told))
    if len(said) > 1:
        # "entered a plea Monday. He pleaded not guilty.": one plea, dated by the other words.
        unsaid = said.pop(None, [])
        only = next(iter(said.values())) if len(said) == 1 else []
        if only and not any(when for when, _ in only) and any(when for when, _ in unsaid):
            said = {None: unsaid}
    facts: list[Fact] = []
    for told in said.values():
        dated = [f for when, f in told if when is not None]
        facts.extend(dated or [told[0][1]])
    return facts


# An appearance told as held: "appeared by video from the jail", "made his first appearance".
_HELD = re.compile(r"\b(?:appeared|made\s+(?:[\w-]+\s+){0,3}?appearances?)\b", re.I)


def held_besides(
    article: Article, kind: str, entries: list[tuple[str | None, Fact]], dated: list[Fact]
) -> list[Fact]:
    """An undated appearance told as held, when every dated one lies after the report: "appeared
    by video" beside "are due in court on Feb. 24" is a session of its own, not that one."""
    published = article.published
    if kind != "appearance" or not dated or published is None:
        return []
    if any(f.fields["date"] <= published.isoformat() for f in dated):
        return []
    held = [f for date, f in entries if date is None and _HELD.search(f.evidence.quote)]
    return held[:1]
