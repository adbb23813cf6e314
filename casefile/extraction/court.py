"""CourtEventReported: arraignments, hearings, appearances, indictments, pleas, trials and
sentencings, held or scheduled."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.groups import OTHERS, group, named_together, relative_only
from casefile.extraction.mentions import nearest_date
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person
from casefile.extraction.scope import OTHER, STATISTICS
from casefile.extraction.sentences import GateTable, Sentence, any_key_words, key_words


def _kind(
    kind: str, words: tuple[str, ...], pattern: str
) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    return kind, key_words(*words), compile_scan(pattern, re.I)


# Checked in order; a sentence yields each kind at most once. Each pattern sits behind the
# key words (lower case) it cannot match without.
_KINDS = [
    _kind(
        "sentencing",
        ("sentenc",),
        r"\bsentenced\b|\bsentencing (?:hearing|date)\b|\bsentencing (?:is |was )?(?:set|scheduled)"
        r"|\b(?:set|scheduled)\s+sentencing\b|\bsentences? (?:him|her|them)\b|"
        r"\b(?:to|will|would) sentence\b|\bsentences? (?:was|were|is) (?:handed down|imposed)\b|"
        r"\b(?:received?|receives|receiving) (?:an? |the )?(?:[\w-]+ ){0,3}?sentences?\b|"
        r"\b(?:faces?|facing|awaits?|awaiting|scheduled for|set for|due for|slated for) "
        r"sentencing\b",
    ),
    _kind("arraignment", ("arraign",), r"\barraign(?:ed|ment|ments|s)?\b"),
    _kind(
        "indictment",
        ("indict", "grand jury"),
        r"\bindict(?:ed|ment)\b|\bgrand jury (?:returned|handed)",
    ),
    _kind(
        "plea",
        ("plea", "pled"),
        r"\b(?:pleaded|pled|pleads|plead|pleading) (?:\w+ ){0,2}?(?:guilty|innocent|no contest|"
        r"nolo)\b|\bpleaded to\b|\benter(?:ed|s|ing)? (?:a |an |the |his |her |their )?"
        r"(?:[\w-]+ ){0,2}?pleas?\b|\b(?:guilty|innocent|no[- ]contest|negotiated) pleas?\b|"
        r"\bpleas? (?:was|were) (?:entered|accepted)\b|\b(?:accepted|took|taken|reached|struck|"
        r"under) (?:a |an |the |his |her |their )?plea (?:deal|agreement|bargain)\b|"
        r"\bchang(?:ed|es|ing) (?:his|her|their) pleas?\b|"
        r"\bas part of (?:a |an |the |his |her |their )?plea (?:deal|agreement|bargain)\b",
    ),
    _kind(
        "hearing",
        ("hearing", "conference", "continued", "postponed", "rescheduled", "exam"),
        # "the hearing" points back at an event told already ("after the hearing").
        r"\bhearing\b(?<!\bthe hearing)(?<!\bthat hearing)(?<!\bthis hearing)"
        r"(?! date (?:has|have|had|was|is) (?:not|yet)| date (?:hasn|wasn|isn))|"
        r"\b(?:status|pretrial|pre-trial|scheduling|setting|settlement|readiness) conference\b|"
        r"\b(?:preliminary|probable cause) (?:examination|exam)\b|"
        r"\b(?:case|matter)\s+(?:was|has been|is|were)\s+(?:continued|postponed|rescheduled)\b",
    ),
    _kind(
        "appearance",
        ("appear", "court", "due back"),
        r"\b(?:first|initial|second|next|court) (?:[\w-]+ ){0,3}?appearances?\b|"
        # "will be in court again on", "stood silently in court".
        r"\b(?:be|stood|stands) (?:back |again |silently |quietly )?in court\b|"
        r"\bappear(?:ed|s|ing)? (?:\w+ ){0,2}?(?:in|before) (?:[\w-]+ ){0,4}?"
        r"(?:court|courtroom|judge|magistrate)\b|"
        r"\bappear(?:ed|s|ing)? (?:via|by video)|\b(?:due|back|expected|return(?:s|ed)? to) (?:back )?"
        r"(?:in )?court\b|\bcourt date\b|\bdue back\b",
    ),
    _kind(
        "appearance",
        ("before",),
        # The verb as look-behinds, so that the scan skips ahead to each "before".
        r"\bbefore (?:(?<=\bwent before )|(?<=\bgoes before )|(?<=\bgo before )|"
        r"(?<=\bstood before )|(?<=\bstands before )|(?<=\bstand before )|"
        r"(?<=\bbrought before )|(?<=\btaken before )|(?<=\bback before ))(?:a |the )?(?:[\w-]+ ){0,3}?(?:judge|magistrate)\b",
    ),
    _kind(
        "trial",
        (
            "jury",
            "juror",
            "acquitt",
            "trial",
            "verdict",
            "found guilty",
            "found not guilty",
            "opening statement",
            "closing argument",
        ),
        r"\b(?:(?<!grand )jury (?:\w+ ){0,3}?(?:found|finds|returned|convicted|acquitted|deliberat\w+)|"
        r"jurors (?:\w+ ){0,2}?(?:found|convicted|acquitted|deliberat\w+)|"
        r"acquitt(?:ed|al)|jury trial|\w+-day trial|"
        r"during (?:the |his |her |\w+['’]s )trial|verdict|"
        r"(?:his|her|their|\w+['’]s) (?:\w+ )?trial,? (?:which |that )?(?:is|was|has been|"
        r"will|began|begins|started|starts|opened|opens|lasted|ended|got)|"
        r"trial (?:is|was) (?:set|scheduled|expected|slated) to (?:begin|start|open)|"
        r"(?:scheduled|set|slated|due|expected) to (?:go on|go to|stand) trial|"
        r"(?:convicted|acquitted|found (?:not )?guilty) by (?:a |the )?(?:[\w-]+ ){0,3}?jury|"
        r"(?:the|a) (?:\w+ )?trial,? (?:which |that )?(?:began|begins|started|starts|opened|opens|"
        r"ended|ends|lasted|resumed|resumes|got underway|is underway|is set to begin)|"
        r"(?:went|goes|go|going) (?:on |to )trial|at (?:his|her|their) trial|"
        r"jury selection|bench trial|(?:opening statements|closing arguments)|"
        r"(?<!if )(?:was |were )?found (?:not )?guilty|"
        r"trial date(?! (?:is|was) (?:expected|not|yet)| has not| will be))\b",
    ),
    _kind(
        "other",
        ("incompet", "competen", "deadline", "threw out", "suppress"),
        r"\b(?:incompetent|competency|deadline|threw out|suppress(?:ed)?)\b",
    ),
]
# Any kind's key word: most sentences hold none and are passed over with one search.
_COURT_WORDS = any_key_words(*(gate for _, gate, _ in _KINDS))
# The kinds (with their patterns) whose key words a sentence holds, in the order of `_KINDS`.
_KIND_TABLE = GateTable([(gate, (kind, pattern)) for kind, gate, pattern in _KINDS])
# A sentence that opens "An indictment is ..." or names an event that may happen or belongs
# to another proceeding. Two patterns, the opening one tried only at the start: as one, the
# opening "^\\W*" left `compile_scan` no first characters to skip ahead to.
_NOT_AN_EVENT_OPENING = re.compile(r"\W*(?:An indictment is|A hearing is)", re.I)
_NOT_AN_EVENT = compile_scan(
    r"\b(?:can|could|may|might) (?:request|ask for|seek)\b|"
    r"\bprobation violation hearing\b|\bparole hearing\b|"
    # What would have happened: "would have begun if he had rejected the deal".
    r"\bwould have\b",
    re.I,
)
# A plea that was not entered: "did not enter a plea".
_NO_PLEA = compile_scan(
    r"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|not yet) (?:\w+ )?(?:enter(?:ed)?|"
    r"ma[dk]e)\s+(?:a |any )?plea\b",
    re.I,
)
# An event told as the background of another takes no date of its own: "was sentenced on
# Monday after pleading guilty".
_BACKGROUND = compile_scan(r"\b(?:after|before|since|following)\s+(?:\w+\s+)?\Z", re.I)
_OTHERS_GATE = key_words("other", "another", "remaining", "second", "third", "fourth", "fifth")
# Events that take place at an appearance: the sentence reports them, not the appearance.
_AT_AN_APPEARANCE = {"arraignment", "hearing", "indictment", "plea", "sentencing"}
# A hearing named for another kind of event is that event: "a sentencing hearing".
_HEARING_KIND = compile_scan(r"\b(?:indictment|sentencing|arraignment|plea)\s+hearing\b", re.I)
# Fit for trial, not a trial: "competent to stand trial".
_NOT_A_TRIAL = compile_scan(r"\b(?:competent|fit|able|cleared|ordered) to stand trial\b", re.I)
# A hearing named only by its day: "the Thursday hearing", "Friday's hearing".
_DAY_HEARING = compile_scan(
    r"\b(?:the )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)? hearing\b"
)
# A date that names an incident, not an event: "for the Jan. 3, 2018, fatal stabbing".
_ATTRIBUTIVE_DATE = re.compile(r"\b(?:the|a)\s+\Z", re.I)
# ... unless the label is a court event's: "the Thursday hearing".
_COURT_NOUN_AFTER = re.compile(
    r",?\s+(?:\d{4},?\s+)?(?:court\s+)?(?:hearing|arraignment|trial|appearance|sentencing)", re.I
)


# Clauses about another incident or statistics hold no event of this case.
_ELSEWHERE = {OTHER, STATISTICS}


def extract_court_events(article: Article) -> list[Fact]:
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]] = {}
    day_hearings: set[tuple[int, str]] = set()
    for sentence in _COURT_WORDS.among(article.sentences):
        text = sentence.text
        if _NOT_AN_EVENT_OPENING.match(text) or first_in(_NOT_AN_EVENT, text):
            continue
        prior = article.prior_matter(sentence)
        # "If an indictment is handed down, ...": the if-clause is a condition, not an event.
        condition_end = max(text.find(","), 0) if CONDITIONAL.match(text) else 0
        kinds: list[tuple[str, re.Match[str]]] = []
        later: set[int] = set()  # a second session, dated by what follows it
        for kind, pattern in _KIND_TABLE.open_for(sentence):
            match = first_in(pattern, text)
            # "issued a court date in that case": an event of an earlier matter.
            if (
                match
                and not (
                    prior
                    and match.start() >= prior.start() - 40
                    and _part(text, match.start()) == _part(text, prior.start())
                )
                and match.start() >= condition_end
                and article.scope_at(sentence, match.start()).scope not in _ELSEWHERE
            ):
                kinds.append((kind, match))
                # "appeared in court Monday and is due back March 30": two sessions.
                if kind == "appearance" and (again := pattern.search(text, match.end())):
                    kinds.append((kind, again))
                    later.add(again.start())
        if any(k == "plea" for k, _ in kinds) and _NO_PLEA.search(text):
            kinds = [(k, m) for k, m in kinds if k != "plea"]
        names = {k for k, _ in kinds}
        if "appearance" in names and names & _AT_AN_APPEARANCE:
            # ... unless told in a clause of its own: "made their initial appearances
            # Wednesday; a detention hearing is set for next week".
            held_at = {_part(text, m.start()) for k, m in kinds if k in _AT_AN_APPEARANCE}
            kinds = [
                (k, m)
                for k, m in kinds
                if k != "appearance" or _part(text, m.start()) not in held_at
            ]
        if "hearing" in names and _HEARING_KIND.search(text):
            kinds = [(k, m) for k, m in kinds if k != "hearing"]
        if "trial" in names and _NOT_A_TRIAL.search(text):
            kinds = [(k, m) for k, m in kinds if k != "trial"]
        together: list[Person] | None = None
        for kind, match in kinds:
            # "Two of the other defendants pleaded guilty": someone else's event.
            if _others_before(article, sentence, match.start()):
                continue
            background = _BACKGROUND.search(text, max(0, match.start() - 20), match.start())
            after_only = bool(background) or match.start() in later
            when = _date(article, sentence, match.start(), after_only=after_only)
            if together is None:  # the same for every event of the sentence
                together = _together(article, sentence)
            # Names coordinated as the subject are defendants even where the cast has not
            # made them all suspects; one name is taken after the suspect the event is about.
            subjects = [] if together else _subjects(article, sentence, match.start())
            people = (
                together
                or (subjects if len(subjects) > 1 else [])
                or _one(article, sentence, match.start())
                or subjects
            )
            if kind == "hearing" and when and _DAY_HEARING.search(text):
                day_hearings.update((id(p), when) for p in people)
            for person in people:
                _add(found, article, sentence, person, kind, when)
    # "the Thursday hearing" is the appearance (or plea, or sentencing) told for that day.
    told = {(p, d) for (p, kind), entries in found.items() if kind != "hearing" for d, _ in entries}
    facts: list[Fact] = []
    for (person, kind), entries in found.items():
        if kind == "hearing":
            entries = [(d, f) for d, f in entries if (person, d) not in day_hearings & told]
            if not entries:
                continue
        dated = [f for date, f in entries if date is not None]
        if kind == "appearance" and not dated and _has_other(found, person):
            continue
        facts.extend(dated or [entries[0][1]])
    facts.sort(key=lambda f: f.evidence.start)
    return facts


def _has_other(found: dict[tuple[int, str], list], person: int) -> bool:
    """Whether `person` has a court event other than an appearance in the article: an
    undated appearance beside it is that session told again ("appeared by video")."""
    return any(p == person and k != "appearance" for p, k in found)


def _date(
    article: Article, sentence: Sentence, position: int, after_only: bool = False
) -> str | None:
    """The date of an event at `position`: the nearest date of the sentence that is not an
    incident's label ("the Jan. 3 stabbing"). An event told as background ("after pleading
    guilty") takes only a date said after it, within its own phrase."""
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
    return nearest_date(dates, position)


def _part(text: str, position: int) -> int:
    """Which of the parts of `text` split at semicolons holds `position`: each part is a
    statement of its own, with its own event and date."""
    return text.count(";", 0, position)


def _others_before(article: Article, sentence: Sentence, position: int) -> bool:
    """Whether the subject before `position` is other defendants, with no suspect named
    between them and the event."""
    if not _OTHERS_GATE.opens(sentence):
        return False
    others = None
    for match in OTHERS.finditer(sentence.text, 0, position):
        others = match
    if others is None:
        return False
    return not any(
        person.suspect and others.end() <= mention.start < position
        for mention, person in article.cast.people_in(sentence)
    )


def _together(article: Article, sentence: Sentence) -> list[Person]:
    """The suspects a court event in `sentence` concerns when it speaks of several: those it
    names together, or all meant by "both", "each", "the two brothers", "their court date"."""
    together = named_together(article, sentence) or group(article, sentence)
    if together:
        return together
    several = article.cast.everyone(sentence)
    return several if len(several) > 1 else []


# Between the names of a sentence's subject: ", 34, and", " and ", ", ".
_SUBJECT_JOIN = re.compile(r"(?:,\s*\d{1,3})?,?\s+(?:and|&)\s+|(?:,\s*\d{1,3})?,\s+")
_SUBJECT_END = re.compile(
    r"(?:,\s*\d{1,3},?)?\s+(?:\w+\s+)?(?:made|appeared|pleaded|pled|"
    r"entered|were|was|are|is|will|each|both|have|has)\b"
)


def _subjects(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """The people who open `sentence` as the subject of its court event, when the cast did
    not make them suspects: "Ortega and Hall made their initial appearances". Only someone
    accused appears, pleads or is arraigned; a victim, an official or a relative is not
    taken."""
    mentions = article.cast.people_in(sentence)
    text = sentence.text
    if not mentions or text[: mentions[0][0].start].strip(" \"“‘'"):
        return []
    chosen: list[Person] = []
    end = 0
    for mention, person in mentions:
        if mention.start >= position:
            break
        if chosen and not _SUBJECT_JOIN.fullmatch(text, end, mention.start):
            break
        if person.victim or person.killed or person.official or person in chosen:
            return []
        chosen.append(person)
        end = mention.end
    if not chosen or not _SUBJECT_END.match(text, end):
        return []
    return [p for p in chosen if not relative_only(article, sentence, p)]


def _one(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """The one suspect a court event at `position` of `sentence` concerns, if any."""
    person = article.cast.actor(sentence, position, prefer_suspect=True)
    if person is None or relative_only(article, sentence, person):
        return []
    return [person]


def _add(
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]],
    article: Article,
    sentence: Sentence,
    person: Person,
    kind: str,
    when: str | None,
) -> None:
    """Record one event per person, kind and date."""
    entries = found.setdefault((id(person), kind), [])
    if any(date == when for date, _ in entries):
        return
    fields = {"person": person_name(person), "kind": kind, "date": when}
    entries.append((when, fact("CourtEventReported", fields, article, sentence)))
