"""CourtEventReported: arraignments, hearings, appearances, indictments, pleas, trials and
sentencings, held or scheduled."""

from __future__ import annotations

import datetime
import re

from casefile.domain.facts import Fact
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.court_people import (
    defendant_subject,
    defendants_together,
    for_each_unnamed,
    one_suspect,
    only_defendant,
    others_before,
    subjects_named,
    told_before,
)
from casefile.extraction.court_words import (
    CONSEQUENCE,
    CONVICTED,
    COURT_WORDS,
    DAY_HEARING,
    HEARING_KIND,
    IN_COURT,
    IN_YEAR,
    KINDS,
    NO_PLEA,
    NOT_A_TRIAL,
    NOT_AN_EVENT,
    NOT_AN_EVENT_OPENING,
    PLEA_WORDS,
    QUALIFIED_HEARING,
    earliest_case_year,
    expected_only,
    not_held,
)
from casefile.extraction.patterns import first_in, matches_in, prefix_match
from casefile.extraction.people import Person
from casefile.extraction.scope import OTHER, STATISTICS, relative_clause_end
from casefile.extraction.sentences import Sentence

# An event told as the background of another takes no date of its own: "was sentenced on
# Monday after pleading guilty".
_BACKGROUND = re.compile(r"\b(?:after|before|since|following)\s+(?:\w+\s+)?\Z", re.I)
# Events that take place at an appearance: the sentence reports them, not the appearance.
_AT_AN_APPEARANCE = {"arraignment", "hearing", "indictment", "plea", "sentencing"}
# A date that names an incident, not an event: "for the Jan. 3, 2018, fatal stabbing".
_ATTRIBUTIVE_DATE = re.compile(r"\b(?:the|a)\s+\Z", re.I)
# ... unless the label is a court event's: "the Thursday hearing".
_COURT_NOUN_AFTER = re.compile(
    r",?\s+(?:\d{4},?\s+)?(?:court\s+)?(?:hearing|arraignment|trial|appearance|sentencing)", re.I
)


# Events a person has once in a case, however many days the report gives them: a trial
# runs for days ("began Monday", "a mistrial was declared Friday"), one sentencing imposes
# the term.
_ONCE = {"trial", "sentencing", "indictment"}
# Clauses about another incident or statistics hold no event of this case.
_ELSEWHERE = {OTHER, STATISTICS}


def extract_court_events(article: Article, imposed: list[Fact] = ()) -> list[Fact]:
    """The court events `article` reports; `imposed` are the punishments it says a court
    imposed, each of which tells of a sentencing ("was given 20 years", "ordered to serve")."""
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]] = {}
    pleas: dict[int, str | None] = {}  # what each plea fact pleaded, by id
    day_hearings: set[tuple[int, str]] = set()
    told_in: dict[int, list[Person]] = {}  # the people of the events each sentence tells
    for sentence in COURT_WORDS.among(article.sentences):
        text = sentence.text
        if prefix_match(NOT_AN_EVENT_OPENING, text):
            continue
        # "a charge that would have carried life": only the events of that stretch are none.
        not_events = {_stretch(text, m.start()) for m in matches_in(NOT_AN_EVENT, text)}
        prior = article.prior_matter(sentence)
        # "If an indictment is handed down, ...": the if-clause is a condition, not an event.
        condition_end = max(text.find(","), 0) if prefix_match(CONDITIONAL, text) else 0
        kinds: list[tuple[str, re.Match[str]]] = []
        sentence_words = sentence.key_words
        later: set[int] = set()  # a second session, dated by what follows it
        for kind, gate, pattern in KINDS:
            # `gate.opens(sentence)`, without a call per kind.
            first = not gate.words.isdisjoint(sentence_words) and pattern.search(text)
            if not first:
                continue
            # "Lee was arraigned Monday; Tran was arraigned Tuesday": each part its own.
            for match in _each_part(pattern, text, first):
                # "issued a court date in that case": an event of an earlier matter.
                if (
                    not (prior and _in_prior(article, sentence, prior, match.start()))
                    and match.start() >= condition_end
                    and article.scope_at(sentence, match.start()).scope not in _ELSEWHERE
                ):
                    kinds.append((kind, match))
                    # "appeared in court Monday and is due back March 30": two sessions.
                    again = pattern.search(text, match.end()) if kind == "appearance" else None
                    if again and _part(text, again.start()) == _part(text, match.start()):
                        kinds.append((kind, again))
                        later.add(again.start())
        kinds = [
            (k, m)
            for k, m in kinds
            if (
                not prefix_match(IN_COURT, m.group(0))
                or defendant_subject(article, sentence, m.start())
            )
            and not not_held(text, m)
            and _stretch(text, m.start()) not in not_events
            and not (k == "indictment" and expected_only(text, m))
            and not (
                condition_end
                and CONSEQUENCE.search(text, condition_end, m.start())
                and _part(text, condition_end) == _part(text, m.start())
            )
            and not _long_ago(article, sentence, m)
            # "waived his preliminary hearing and was bound over": no hearing was held.
            and not (m.group(0).lower() == "bound over" and "waiv" in text.lower())
        ]
        if any(k == "plea" for k, _ in kinds) and first_in(NO_PLEA, text):
            kinds = [(k, m) for k, m in kinds if k != "plea"]
        names = {k for k, _ in kinds}
        told = [m.start() for _, m in kinds]  # where the sentence tells each event
        if "appearance" in names and names & _AT_AN_APPEARANCE:
            # ... unless told in a clause of its own ("made their initial appearances
            # Wednesday; a detention hearing is set for next week") or on a day of its own
            # ("pleaded not guilty Monday and is due back in court March 28").
            held_at = {
                (
                    _part(text, m.start()),
                    _date(article, sentence, m.start(), end=m.end(), told=told),
                )
                for k, m in kinds
                if k in _AT_AN_APPEARANCE
            }
            kinds = [
                (k, m)
                for k, m in kinds
                if k != "appearance"
                or not _same_session(article, sentence, m, held_at, later, told)
            ]
        if "hearing" in names and first_in(HEARING_KIND, text):
            kinds = [(k, m) for k, m in kinds if k != "hearing"]
        elif "hearing" in names and names & _HELD_AT_A_HEARING:
            # "was arraigned Monday during a virtual hearing": the hearing is that session.
            sessions = {
                (
                    _part(text, m.start()),
                    _date(article, sentence, m.start(), end=m.end(), told=told),
                )
                for k, m in kinds
                if k in _HELD_AT_A_HEARING
            }
            kinds = [
                (k, m)
                for k, m in kinds
                if k != "hearing" or not _bare_session(article, sentence, m, sessions, told)
            ]
        if "trial" in names and first_in(PLEA_WORDS, text):
            kinds = [(k, m) for k, m in kinds if k != "trial" or not CONVICTED.match(m.group(0))]
        if "trial" in names and first_in(NOT_A_TRIAL, text):
            kinds = [(k, m) for k, m in kinds if k != "trial"]
        together: list[Person] | None = None
        for kind, match in kinds:
            # "Two of the other defendants pleaded guilty": someone else's event.
            if others_before(article, sentence, match.start()):
                continue
            background = _BACKGROUND.search(text, max(0, match.start() - 20), match.start())
            after_only = bool(background) or match.start() in later
            when = _date(article, sentence, match.start(), after_only, end=match.end(), told=told)
            if together is None:  # the same for every event of the sentence
                together = defendants_together(article, sentence)
            # Names coordinated as the subject are defendants even where the cast has not
            # made them all suspects; one name is taken after the suspect the event is about.
            subjects = [] if together else subjects_named(article, sentence, match.start())
            people = (
                _named_after_of(article, sentence, match)
                or _possessor(article, sentence, match)
                or together
                or (subjects if len(subjects) > 1 else [])
                or told_before(article, sentence, told_in)
                or only_defendant(article, sentence, told_in)
                or one_suspect(article, sentence, match.start())
                or subjects
            )
            told_in.setdefault(sentence.index, []).extend(
                p for p in people if p not in told_in.get(sentence.index, [])
            )
            if kind == "hearing" and when and first_in(DAY_HEARING, text):
                day_hearings.update((id(p), when) for p in people)
            for person in people:
                pleaded = _pleaded(text, match) if kind == "plea" else None
                _add(found, article, sentence, person, kind, when, pleaded, pleas)
    # "the Thursday hearing" is the appearance (or plea, or sentencing) told for that day.
    told = {(p, d) for (p, kind), entries in found.items() if kind != "hearing" for d, _ in entries}
    facts: list[Fact] = []
    for (person, kind), entries in found.items():
        if kind == "hearing":
            entries = [(d, f) for d, f in entries if (person, d) not in day_hearings & told]
            if not entries:
                continue
        dated = [f for date, f in entries if date is not None]
        if (
            kind == "appearance"
            and not dated
            and _has_other(found, person)
            and not any(_AHEAD.search(f.evidence.quote) for _, f in entries)
        ):
            continue
        if kind in _ONCE:
            dated = dated[:1]
        if kind == "plea":
            facts.extend(_each_plea(entries, pleas))
            continue
        facts.extend(dated or [entries[0][1]])
    facts.extend(_sentencings(article, facts, imposed))
    facts.sort(key=lambda f: f.evidence.start)
    return for_each_unnamed(article, facts)


# A hearing told as where an event took place: "during a virtual hearing", "at Monday's
# hearing" (not "a hearing is set for May 2", an event of its own).
_AT_A = re.compile(
    r"\b(?:at|during|in|via|by)\s+(?:(?:a|an|the|his|her|their|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?\Z",
    re.I,
)


def _named_after_of(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Person]:
    """The one whose event it is, named right after words ending in "of": "at the trial of Bo
    Tran"."""
    if not match.group(0).endswith(" of"):
        return []
    return [
        person
        for mention, person in article.cast.people_in(sentence)
        if match.end() < mention.start <= match.end() + 2
        and not (person.victim or person.killed or person.official)
    ][:1]


_POSSESSIVE = re.compile(r"['’]s\b")


def _possessor(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Person]:
    """The one whose event it is, named as its possessor: "testifies at Bo Tran's trial"."""
    if not match.group(0).lower().startswith("at "):
        return []
    owner = _POSSESSIVE.search(match.group(0))
    if owner is None:
        return []
    end = match.start() + owner.start()
    return [
        person
        for mention, person in article.cast.people_in(sentence)
        if mention.end == end and not (person.victim or person.killed or person.official)
    ][:1]


# Where a sentence turns to another statement: a semicolon, ", while", ", whereas".
_TURN = re.compile(r";|,\s+(?:while|whereas)\s", re.I)


def _each_part(pattern: re.Pattern[str], text: str, first: re.Match[str]) -> list[re.Match[str]]:
    """`first`, and the first match of `pattern` after each turn of `text` to another
    statement ("Lee was arraigned Monday; Tran was arraigned Tuesday", "Lee pleaded guilty,
    while Tran pleaded no contest")."""
    found = [first]
    turn = _TURN.search(text, first.end())
    while turn is not None:
        match = pattern.search(text, turn.end())
        if match is None:
            break
        found.append(match)
        turn = _TURN.search(text, match.end())
    return found


# Events held at a hearing that the report may name by that word alone.
_HELD_AT_A_HEARING = {"arraignment", "plea", "sentencing"}


def _bare_session(
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
    part = _part(text, hearing.start())
    when = _date(article, sentence, hearing.start(), end=hearing.end(), told=told)
    return any(p == part and (when is None or d is None or d == when) for p, d in sessions)


def _long_ago(article: Article, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the event at `match` is told in a year well before the report ("was convicted
    of menacing in 2019 and sentenced to 30 days", "In 2015, he pleaded guilty"), with no day
    of its own, and before any year the report gives its crime (`earliest_case_year`): an
    earlier matter, as `punishments.py` reads its term. A year naming the crime ("in the 2019
    killing") is not when the event was."""
    text = sentence.text
    stretch = _STRETCH_END.split(text)
    position = _stretch(text, match.start())
    opening = prefix_match(IN_YEAR, text)  # "In 2015, he ..." opens the sentence
    years = [m.group("year") for m in matches_in(IN_YEAR, stretch[position])]
    if opening is not None:
        years.append(opening.group("year"))
    floor = earliest_case_year(article.text, article.published) if years else None
    if floor is None or not any(int(y) < floor for y in years):
        return False
    return _date(article, sentence, match.start(), end=match.end()) is None


def _sentencings(article: Article, events: list[Fact], imposed: list[Fact]) -> list[Fact]:
    """A sentencing for each person a punishment was imposed on whose sentencing no court
    event tells, dated and quoted by the sentence that imposes it."""
    sentenced = {f.fields["person"] for f in events if f.fields["kind"] == "sentencing"}
    facts: list[Fact] = []
    for term in imposed:
        person = term.fields["person"]
        if person in sentenced:
            continue
        sentenced.add(person)
        sentence = next(
            (s for s in article.sentences if s.start <= term.evidence.start < s.end), None
        )
        when = _date(article, sentence, 0) if sentence is not None else None
        fields = {"person": person, "kind": "sentencing", "date": when}
        facts.append(Fact("CourtEventReported", fields, term.evidence))
    return facts


def _in_prior(article: Article, sentence: Sentence, prior: re.Match[str], position: int) -> bool:
    """Whether the event at `position` belongs to the earlier matter `prior` of `sentence`
    tells: told in its clause, or just before the words naming it ("issued a court date in
    that case"), not in a main clause after a relative one ("X, who was on probation, is
    due in court") or before a comma ("was arraigned Monday, a week after he was released
    from prison")."""
    text = sentence.text
    if _part(text, position) != _part(text, prior.start()):
        return False
    if position < prior.start():
        return position >= prior.start() - 40 and "," not in text[position : prior.start()]
    if _NEW_PREDICATE.search(text, prior.end(), position):
        return False
    return position < relative_clause_end(text, prior, len(text))


# A new predicate after an earlier matter returns to this case: "was released from jail and
# is due back in court", "has a criminal record, but pleaded not guilty Monday".
# ("was previously convicted of robbery and was sentenced to five years" goes on with it.)
_NEW_PREDICATE = re.compile(
    r"\s(?:and|while|where)\s+(?:(?:he|she|they)\s+)?(?:is|are|will|remains?|faces?)\b|"
    r"\sbut\s",
    re.I,
)


def _same_session(
    article: Article,
    sentence: Sentence,
    appearance: re.Match[str],
    held_at: set[tuple[int, str | None]],
    later: set[int],
    told: list[int],
) -> bool:
    """Whether `appearance` is the session at which another event of `sentence` took place
    (`held_at`: the part and date of each): in the same part, on no other day."""
    part = _part(sentence.text, appearance.start())
    if not any(p == part for p, _ in held_at):
        return False
    when = _date(
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
_AHEAD = re.compile(
    r"\bnext\s+(?:court\s+)?(?:date|appearance)|\b(?:next|due\s+back|return)\s+(?:to\s+|in\s+)?court\b|"
    r"\bnext\s+appear",
    re.I,
)


def _has_other(found: dict[tuple[int, str], list], person: int) -> bool:
    """Whether `person` has a court event held in court other than an appearance in the
    article: an undated appearance beside it is that session told again ("appeared by
    video"). An indictment is a grand jury's, held at no appearance."""
    return any(p == person and k not in ("appearance", "indictment") for p, k in found)


def _date(
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
    text = sentence.text
    part = _part(text, position)
    dates = [
        d
        for d in article.dates(sentence)
        if (
            not _ATTRIBUTIVE_DATE.search(text, max(0, d.start - 6), d.start)
            or _COURT_NOUN_AFTER.match(text, d.end)
        )
        and (not after_only or position < d.start <= position + 60)
        and _part(text, d.start) == part
    ]
    resolved = [d for d in dates if d.date is not None]
    if not resolved:
        return None
    if end is None:
        end = position
    # "was scheduled to be arraigned Wednesday, but the hearing was postponed until Feb. 2":
    # the event is held on the day it was put off to, unless another event told between
    # them is the one put off ("appeared Monday, where their arraignments were postponed").
    moved = [
        d
        for d in resolved
        if d.start > end
        and (
            _PUT_OFF.search(text, max(0, d.start - 40), d.start)
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
    return _within_half_a_year(text[nearest.start : nearest.end], nearest.date, article.published)


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
# A year written out: a date that names it keeps it.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _within_half_a_year(words: str, when: datetime.date, published: datetime.date | None) -> str:
    """`when` as told in `words`: a court date told without its year ("sentences him on Oct.
    25") lies within half a year of the report, so one read as more than half a year back is
    the same day of the coming year when that is nearer."""
    if published is not None and not _YEAR.search(words) and (published - when).days > 183:
        try:
            ahead = when.replace(year=when.year + 1)
        except ValueError:  # February 29
            return when.isoformat()
        if (ahead - published).days < (published - when).days:
            return ahead.isoformat()
    return when.isoformat()


_STRETCH_END = re.compile(r"[,;]")


def _stretch(text: str, position: int) -> int:
    """Which stretch of `text` between commas and semicolons holds `position`."""
    return len(_STRETCH_END.findall(text, 0, position))


def _part(text: str, position: int) -> int:
    """Which of the parts of `text` split at semicolons holds `position`: each part is a
    statement of its own, with its own event and date."""
    return text.count(";", 0, position)


def _add(
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]],
    article: Article,
    sentence: Sentence,
    person: Person,
    kind: str,
    when: str | None,
    pleaded: str | None = None,
    pleas: dict[int, str | None] | None = None,
) -> None:
    """Record one event per person, kind and date (and, for a plea, what was pleaded, kept
    in `pleas`)."""
    entries = found.setdefault((id(person), kind), [])
    if any(date == when and (pleas or {}).get(id(f)) == pleaded for date, f in entries):
        return
    fields = {"person": person_name(person), "kind": kind, "date": when}
    told = fact("CourtEventReported", fields, article, sentence)
    entries.append((when, told))
    if pleas is not None:
        pleas[id(told)] = pleaded


# What a plea pleaded, in the words after it: "not guilty" before "guilty".
_PLEADED = re.compile(
    r"\b(?P<not>not guilty|innocent)\b|\b(?P<contest>no contest|nolo)|\bguilty\b", re.I
)


def _pleaded(text: str, match: re.Match[str]) -> str | None:
    """What the plea at `match` pleaded ("not guilty", "no contest", "guilty"), if said in
    or just after its words."""
    said = _PLEADED.search(text, match.start(), match.end() + 40)
    if said is None:
        return None
    return (
        "not guilty" if said.group("not") else "no contest" if said.group("contest") else "guilty"
    )


def _each_plea(entries: list[tuple[str | None, Fact]], pleas: dict[int, str | None]) -> list[Fact]:
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
