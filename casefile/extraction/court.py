"""CourtEventReported: arraignments, hearings, appearances, indictments, pleas, trials and
sentencings, held or scheduled. The flow: which events a sentence tells, on whom, and one
fact per person, kind and session (dates in `court_dates.py`, sessions and pleas in
`court_sessions.py`)."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.charge_people_next import pair_named_next
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.court_dates import event_date, long_ago, part_of, stretch_of
from casefile.extraction.court_not_held import (
    CONSEQUENCE,
    NO_PLEA,
    NOT_AN_EVENT,
    NOT_AN_EVENT_OPENING,
    expected_only,
    not_held,
)
from casefile.extraction.court_people import (
    defendant_subject,
    defendants_together,
    juvenile_session,
    juvenile_told,
    listed_after,
    named_after_of,
    one_suspect,
    only_defendant,
    others_before,
    possessor,
    subjects_named,
    told_before,
    transferred,
    unnamed_other,
)
from casefile.extraction.court_plural import (
    plural_session,
    sessions_of_those_named,
    stand_in_subject,
    witness_only,
)
from casefile.extraction.court_sessions import (
    AHEAD,
    HELD_AT_A_HEARING,
    bare_session,
    each_plea,
    has_other,
    held_besides,
    in_prior,
    rulings_apart,
    same_session,
    what_pleaded,
)
from casefile.extraction.court_words import (
    CONVICTED,
    COURT_WORDS,
    DAY_HEARING,
    HEARING_KIND,
    IN_COURT,
    KINDS,
    NOT_A_TRIAL,
    PLEA_WORDS,
)
from casefile.extraction.patterns import first_in, matches_in, prefix_match, search_within
from casefile.extraction.people import Person
from casefile.extraction.scope import OTHER, STATISTICS, quoted
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_defendants import for_each_unnamed

# An event told as the background of another takes no date of its own: "was sentenced on
# Monday after pleading guilty".
_BACKGROUND = re.compile(r"\b(?:after|before|since|following)\s+(?:\w+\s+)?\Z", re.I)
# Events that take place at an appearance: the sentence reports them, not the appearance.
_AT_AN_APPEARANCE = {"arraignment", "hearing", "indictment", "plea", "sentencing"}


# Events a person has once in a case, however many days the report gives them: a trial
# runs for days ("began Monday", "a mistrial was declared Friday"), one sentencing imposes
# the term.
_ONCE = {"trial", "sentencing", "indictment"}
_BAIL_RULING = re.compile(r"\bbail\b", re.I)
_ADULT_COURT = re.compile(r"\badult court\b", re.I)
_ANEW = re.compile(r"\b(?:new trial|retrial|retried|second trial)\b", re.I)
# A trial that ended with no verdict: "His first trial ended in a mistrial".
_FAILED = re.compile(r"\b(?:first trial|mistrial|hung jury|deadlocked)\b", re.I)
# Kinds a sentence may tell two sessions of (a second appearance is dated by what follows it).
_AGAIN = {"appearance", "hearing"}
# Clauses about another incident or statistics hold no event of this case.
_ELSEWHERE = {OTHER, STATISTICS}


def extract_court_events(article: Article, imposed: list[Fact] = ()) -> list[Fact]:
    """The court events `article` reports; `imposed` are the punishments it says a court
    imposed, each of which tells of a sentencing ("was given 20 years", "ordered to serve")."""
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]] = {}
    pleas: dict[int, str | None] = {}  # what each plea fact pleaded, by id
    day_hearings: set[tuple[int, str]] = set()
    told_in: dict[int, list[Person]] = {}  # the people of the events each sentence tells
    last_day: dict[int, dict[int, str]] = {}  # the day of each person's events, by sentence
    for sentence in COURT_WORDS.among(article.sentences):
        text = sentence.text
        if prefix_match(NOT_AN_EVENT_OPENING, text):
            continue
        # "a charge that would have carried life": only the events of that stretch are none.
        not_events = {stretch_of(text, m.start()) for m in matches_in(NOT_AN_EVENT, text)}
        prior = article.prior_matter(sentence)
        # "If an indictment is handed down, ...": the if-clause is a condition, not an event.
        condition_end = max(text.find(","), 0) if prefix_match(CONDITIONAL, text) else 0
        kinds: list[tuple[str, re.Match[str]]] = []
        sentence_words = sentence.key_words
        later: set[int] = set()  # a second session, dated by what follows it
        for kind, gate, pattern in KINDS:
            # `gate.opens(sentence)`, without a call per kind.
            first = not gate.words.isdisjoint(sentence_words) and first_in(pattern, text)
            if not first:
                continue
            # "Lee was arraigned Monday; Tran was arraigned Tuesday": each part its own.
            for match in _each_part(pattern, text, first):
                # "issued a court date in that case": an event of an earlier matter.
                if (
                    not (prior and in_prior(article, sentence, prior, match.start()))
                    and match.start() >= condition_end
                    and article.scope_at(sentence, match.start()).scope not in _ELSEWHERE
                ):
                    kinds.append((kind, match))
                    # "appeared in court Monday and is due back March 30", "a probable cause
                    # conference is set for Feb. 8, with a preliminary examination Feb. 15":
                    # two sessions.
                    again = pattern.search(text, match.end()) if kind in _AGAIN else None
                    if kind == "trial":
                        # "declared a mistrial Monday and set a new trial for May 6".
                        again = pattern.search(text, match.end())
                        if again and _ANEW.search(again.group(0)):
                            kinds.append((kind, again))
                            later.add(again.start())
                        again = None
                    if again and part_of(text, again.start()) == part_of(text, match.start()):
                        kinds.append((kind, again))
                        if kind == "appearance":
                            later.add(again.start())
                    elif again is None and not_held(text, match):
                        # "had been due to be arraigned Wednesday, but the arraignment was
                        # pushed back to Feb. 2": the session the sentence sets anew
                        again = pattern.search(text, match.end())
                        if again and not not_held(text, again):
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
            and stretch_of(text, m.start()) not in not_events
            and not (k == "indictment" and expected_only(text, m))
            and not (
                condition_end
                and search_within(CONSEQUENCE, text, condition_end, m.start())
                and part_of(text, condition_end) == part_of(text, m.start())
            )
            and not long_ago(article, sentence, m)
            # A jury in someone's own words ("should think about what he tells the jury") is
            # talk, not a trial (a release quoted on a plea still tells the plea).
            and not (k == "trial" and quoted(text, m.start()))
            # "waived his preliminary hearing and was bound over": no hearing was held.
            and not (m.group(0).lower().startswith("bound ") and "waiv" in text.lower())
            # "At Tarnby Crown Court on Friday, the judge jailed him": the sentencing's session.
            and not (
                k == "appearance"
                and any(sentence.start <= f.evidence.start < sentence.end for f in imposed)
            )
        ]
        if any(k == "plea" for k, _ in kinds) and first_in(NO_PLEA, text):
            kinds = [(k, m) for k, m in kinds if k != "plea"]
        if len({k for k, _ in kinds}) > 1:
            # Bail granted or refused at a session the sentence tells is that session's
            # ("appeared in court Monday, where Judge Ann Lee denied him bail").
            kinds = [(k, m) for k, m in kinds if k != "hearing" or not _BAIL_RULING.search(m[0])]
        if "hearing" in {k for k, _ in kinds} and first_in(HEARING_KIND, text):
            # "a sentencing hearing" is the sentencing, "first-appearance hearings" the
            # appearances (before an appearance is read as one at the hearing)
            kinds = [(k, m) for k, m in kinds if k != "hearing"]
        names = {k for k, _ in kinds}
        told = [m.start() for _, m in kinds]  # where the sentence tells each event
        if "appearance" in names and names & _AT_AN_APPEARANCE:
            # ... unless told in a clause of its own ("made their initial appearances
            # Wednesday; a detention hearing is set for next week") or on a day of its own
            # ("pleaded not guilty Monday and is due back in court March 28").
            held_at = {
                (
                    part_of(text, m.start()),
                    event_date(article, sentence, m.start(), end=m.end(), told=told),
                )
                for k, m in kinds
                if k in _AT_AN_APPEARANCE
            }
            kinds = [
                (k, m)
                for k, m in kinds
                if k != "appearance" or not same_session(article, sentence, m, held_at, later, told)
            ]
        if "hearing" in names and names & HELD_AT_A_HEARING:
            # "was arraigned Monday during a virtual hearing": the hearing is that session.
            sessions = {
                (
                    part_of(text, m.start()),
                    event_date(article, sentence, m.start(), end=m.end(), told=told),
                )
                for k, m in kinds
                if k in HELD_AT_A_HEARING
            }
            kinds = [
                (k, m)
                for k, m in kinds
                if k != "hearing" or not bare_session(article, sentence, m, sessions, told)
            ]
        if "trial" in names and first_in(PLEA_WORDS, text):
            kinds = [(k, m) for k, m in kinds if k != "trial" or not CONVICTED.match(m.group(0))]
        if "trial" in names and first_in(NOT_A_TRIAL, text):
            kinds = [(k, m) for k, m in kinds if k != "trial"]
        together: list[Person] | None = None
        stand_in = stand_in_subject(article, sentence) if kinds else None
        for kind, match in kinds:
            # "Two of the other defendants pleaded guilty": someone else's event.
            if others_before(article, sentence, match.start()):
                # ... unless that other is one the report never names: "The second suspect,
                # a 15-year-old boy, was adjudicated delinquent".
                other = unnamed_other(article, sentence, match.start())
                if other is None:
                    continue
                when = event_date(article, sentence, match.start(), end=match.end(), told=told)
                _add(found, article, sentence, other, kind, when)
                continue
            background = search_within(_BACKGROUND, text, max(0, match.start() - 20), match.start())
            after_only = bool(background) or match.start() in later
            when = event_date(
                article, sentence, match.start(), after_only, end=match.end(), told=told
            )
            if together is None:  # the same for every event of the sentence
                together = defendants_together(article, sentence)
            # Names coordinated as the subject are defendants even where the cast has not
            # made them all suspects; one name is taken after the suspect the event is about.
            subjects = [] if together else subjects_named(article, sentence, match.start())
            people = (
                sessions_of_those_named(article, sentence, match)
                or pair_named_next(article, sentence, match.start())
                or named_after_of(article, sentence, match)
                or possessor(article, sentence, match)
                or listed_after(article, sentence)
                or together
                or (subjects if len(subjects) > 1 else [])
                or plural_session(article, sentence, match)
                or _participle_subject(article, sentence, match)
                or told_before(article, sentence, told_in)
                or only_defendant(article, sentence, told_in)
                or one_suspect(article, sentence, match.start())
                or subjects
            )
            people = juvenile_session(article, sentence, people)
            if stand_in and match.start() < stand_in[1] and stand_in[0] not in people:
                # "... entered a plea, and Ann Lee did the same": hers too
                people = [*people, stand_in[0]]
            if kind == "other" and _ADULT_COURT.search(match.group(0)):
                people = transferred(article, sentence, people)
            told_in.setdefault(sentence.index, []).extend(
                p for p in people if p not in told_in.get(sentence.index, [])
            )
            if kind == "hearing" and when and first_in(DAY_HEARING, text):
                day_hearings.update((id(p), when) for p in people)
            for person in people:
                if kind == "trial" and witness_only(found, pleas, person, match):
                    continue
                pleaded = what_pleaded(text, match) if kind == "plea" else None
                day = when
                # "He pleaded not guilty Monday. He entered the plea during his arraignment":
                # a session the sentence points back at is that day's (a trial is a session
                # of its own: "said during that hearing that a trial was likely in April").
                if (
                    day is None
                    and kind != "trial"
                    and sentence.index - 1 in last_day.get(id(person), {})
                    and first_in(_POINTS_BACK, text)
                ):
                    day = last_day[id(person)][sentence.index - 1]
                _add(found, article, sentence, person, kind, day, pleaded, pleas)
                if when is not None:
                    last_day.setdefault(id(person), {})[sentence.index] = when
    # "the Thursday hearing" is the appearance (or plea, or sentencing) told for that day.
    told = {(p, d) for (p, kind), entries in found.items() if kind != "hearing" for d, _ in entries}
    facts: list[Fact] = []
    for (person, kind), entries in found.items():
        if kind == "other":
            entries = rulings_apart(found, person, entries)
            if not entries:
                continue
        if kind == "hearing":
            entries = [(d, f) for d, f in entries if (person, d) not in day_hearings & told]
            if not entries:
                continue
        dated = [f for date, f in entries if date is not None]
        if (
            kind == "appearance"
            and not dated
            and has_other(found, person)
            and not any(AHEAD.search(f.evidence.quote) for _, f in entries)
        ):
            continue
        if kind in _ONCE:
            # ... but a trial set anew after a mistrial is a second one: "set a new trial for
            # Dec. 2", "the retrial begins Monday".
            again = [f for f in dated[1:] if kind == "trial" and _ANEW.search(f.evidence.quote)]
            dated = dated[:1] + again[:1]
        if kind == "plea":
            facts.extend(each_plea(entries, pleas))
            continue
        facts.extend(dated or [entries[0][1]])
        facts.extend(held_besides(article, kind, entries, dated))
        if kind == "trial" and dated and not any(_FAILED.search(f.evidence.quote) for f in dated):
            # "His first trial, in February, ended in a mistrial" beside the verdict's dated
            # trial: a session of its own
            facts.extend(
                [f for d, f in entries if d is None and _FAILED.search(f.evidence.quote)][:1]
            )
    facts.extend(_sentencings(article, facts, imposed))
    facts.sort(key=lambda f: f.evidence.start)
    return for_each_unnamed(article, facts)


# Where a sentence turns to another statement: a semicolon, ", while", ", whereas".
_TURN = re.compile(r";|,\s+(?:while|whereas)\s", re.I)


def _each_part(pattern: re.Pattern[str], text: str, first: re.Match[str]) -> list[re.Match[str]]:
    """`first`, and the first match of `pattern` after each turn of `text` to another
    statement ("Lee was arraigned Monday; Tran was arraigned Tuesday", "Lee pleaded guilty,
    while Tran pleaded no contest")."""
    found = [first]
    turn = search_within(_TURN, text, first.end())
    while turn is not None:
        match = pattern.search(text, turn.end())
        if match is None:
            break
        found.append(match)
        turn = search_within(_TURN, text, match.end())
    return found


def _sentencings(article: Article, events: list[Fact], imposed: list[Fact]) -> list[Fact]:
    """A sentencing for each person a punishment was imposed on whose sentencing no court
    event tells, dated and quoted by the sentence that imposes it; a juvenile court's
    disposition of an unnamed minor is no sentencing."""
    sentenced = {f.fields["person"] for f in events if f.fields["kind"] == "sentencing"}
    facts: list[Fact] = []
    for term in imposed:
        person = term.fields["person"]
        if person in sentenced:
            continue
        sentenced.add(person)
        sentence = article.sentence_holding(term.evidence.start)
        if person is None and sentence is not None and juvenile_told(article, sentence):
            continue
        when = event_date(article, sentence, 0) if sentence is not None else None
        fields = {"person": person, "kind": "sentencing", "date": when}
        facts.append(Fact("CourtEventReported", fields, term.evidence))
    return facts


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


# Words that point back at the session the sentence before told: "entered the plea during his
# arraignment", "At the hearing, he pleaded not guilty", "at that hearing".
_POINTS_BACK = re.compile(
    r"\b(?:entered|made)\s+(?:the|that|those)\s+pleas?\b|\b(?:at|during)\s+(?:the|that|this)\s+"
    r"(?:hearing|session|appearance|arraignment|proceeding)\b",
    re.I,
)


# A participle whose subject is its clause's: "Bo Tran testified against Ann Lee after
# pleading guilty" is Bo Tran's plea.
_PARTICIPLE_BEFORE = re.compile(r"\b(?:after|before|while|since|upon|by)\s+\Z", re.I)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:[A-Z][\w.]*\s+){0,3}\Z")
_BREAK = re.compile(r"\b(?:who|whom|whose|which|that|said|says|told|after|before|when)\b|[;:]")


def _participle_subject(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Person]:
    """The suspect opening the clause of an event told by a participle ("after pleading
    guilty"), whatever names stand between them."""
    text = sentence.text
    first_word = match.group(0).split(" ", 1)[0]
    participle = search_within(_PARTICIPLE_BEFORE, text, max(0, match.start() - 12), match.start())
    if participle is None or not first_word.lower().endswith("ing"):
        return []
    mentions = [(m, p) for m, p in article.cast.people_in(sentence) if m.start < match.start()]
    if not mentions:
        return []
    mention, person = mentions[0]
    if (
        person.victim
        or person.official
        or search_within(_OPENS_CLAUSE, text, 0, mention.start) is None
        or search_within(_BREAK, text, mention.end, participle.start())
    ):
        return []
    return [person]
