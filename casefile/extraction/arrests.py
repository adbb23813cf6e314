"""ArrestMade: custody taken in this case, and dated arrests in earlier matters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from casefile.domain.facts import Fact
from casefile.extraction.arrest_dates import arrest_date, dated_before_the_case, years_apart
from casefile.extraction.charge_people_next import TOLD_PAIR_WORDS, one_more_named_next
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.court_people import listed_after
from casefile.extraction.custody_words import (
    AT_LARGE,
    AT_LARGE_GATE,
    CUSTODY,
    CUSTODY_GATE,
    EARLIER_ARREST,
    JAILED_ON,
    NOT_AN_ARREST,
    TERM_IMPOSED,
    WARRANT_FOR,
    yet_to_come,
)
from casefile.extraction.dates import MONTH_ONLY
from casefile.extraction.groups import named_together, they_mean
from casefile.extraction.harm_words import counts_the_harmed
from casefile.extraction.patterns import compile_scan, first_in, matches_in
from casefile.extraction.people import Person
from casefile.extraction.scope import OTHER, PRIOR, STATISTICS
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_arrests import (
    ACTIVE,
    UNNAMED,
    minor_beside_counted,
    told_again_by_age,
    unnamed_object,
)
from casefile.extraction.unnamed_defendants import for_each_unnamed, unnamed_suspect
from casefile.extraction.unnamed_suspects import juvenile_age


def _in_custody(article: Article, sentence: Sentence, group: list[Person]) -> list[Person]:
    """`group`, less those another sentence says are still free ("has arrested two men" of
    three named, the third "has not been arrested"; "upon the arrests of five of the
    defendants" of six listed, the sixth "remains a fugitive")."""
    free = {person for person, told in _at_large(article) if told != sentence.index}
    return [p for p in group if id(p) not in free] or group


def _at_large(article: Article) -> set[tuple[int, int]]:
    """The people (by id) the report says are still free, each with the sentence saying so."""
    free: set[tuple[int, int]] = set()
    for sentence in AT_LARGE_GATE.among(article.sentences):
        for match in matches_in(AT_LARGE, sentence.text):
            named_before = [
                m.end for m, _ in article.cast.people_in(sentence) if m.end <= match.start()
            ]
            if named_before and _UNNAMED_GROUP.search(
                sentence.text, named_before[-1], match.start()
            ):
                continue  # "...; Bo Tran; and four others who have not been arrested": theirs
            person = article.cast.actor(sentence, match.start())
            if person is not None:
                free.add((id(person), sentence.index))
    return free


# A group told without names after the last name: "and four others whose names were not
# released because they have not yet been arrested".
_UNNAMED_GROUP = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several)\s+(?:other\s+)?"
    r"(?:others|people|persons|suspects|men|women|defendants|co-defendants)\b",
    re.I,
)


# A group told as one: "five people were arrested", "the arrest of three suspects".
# (told by where they are from: "Three Essex and Union County residents were arrested")
_GROUP = compile_scan(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|all|both)\s+(?:other\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w.'’-]*|and|&)\s+){0,5}?"
    r"(?:people|persons|men|women|suspects|defendants|teens|teenagers|individuals|adults|"
    r"residents)\b"
    # "A Phoenix woman and her boyfriend have been arrested", "a couple".
    r"|" + TOLD_PAIR_WORDS,
    re.I,
)
# A group of two told without names: "Both were taken into custody", "arrested two suspects".
# (compile_scan: searched at every position, it skips in C to where a match can start)
_COUNTED = compile_scan(
    r"\b(?:both(?:\s+of\s+them)?(?=\s+(?:were|have|had|are|was)\b)|(?<=arrested\s)both\b|"
    r"(?<=custody\s)both\b|two\s+(?:(?!other\b|more\b|additional\b)\w+\s+)?(?:people|persons|men|women|males|"
    r"females|suspects|teens|teenagers|juveniles|boys|girls|individuals)\b)",
    re.I,
)
# "was one of five people arrested": one of a group the report counts.
_ONE_OF = re.compile(
    r"\bone\s+of\s+(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:\w+\s+)?(?:people|persons|men|women|suspects|defendants|teens|teenagers|individuals|adults)"
    r"\s+(?:\w+\s+)?\Z",
    re.I,
)
_COUNT = {
    **{w: n for n, w in enumerate(("two", "three", "four", "five", "six", "seven", "eight",
                                    "nine", "ten"), start=2)},
    **{str(n): n for n in range(2, 100)},
}  # fmt: skip
# "the arrest of Bo Tran": the name after the noun is whose arrest it is.
# "The arrests came Tuesday", "the five arrests in the theft": those of the group.
_THE_ARRESTS = re.compile(r"(?:the|their)\s+(?:(?P<count>\w+)\s+)?arrests\Z", re.I)
_ARREST_OF = re.compile(r"\barrests?\s+of\s+\Z", re.I)
_AGAIN = re.compile(r"\bre-?arrested\b|\barrested again\b|\bback into custody\b", re.I)


_CLAUSE_BREAK = re.compile(r"(?<!\d);")

# Someone told by an age alone, as the subject of the custody: "The 17-year-old arrested
# alongside Bo Tran", "and a 17-year-old male juvenile were taken into custody", "A 16-year-old
# boy was also arrested". An age no one the report names has is a co-suspect it does not name.
_AGED_SUBJECT = re.compile(
    # ("A woman, aged 38, who was arrested", as British reports give the age; "and another
    # man, 25, were arrested", the age in an apposition)
    # ("A 19-year-old man who was arrested on suspicion of ... has been bailed": a relative
    # clause of the one described)
    rf"\b(?:the|a|an|another)\s+(?:{UNNAMED}(?:,\s*(\d{{1,2}}),)?(?:,?\s+who)?|"
    r"(?:man|woman|boy|girl|teenager|person),\s+aged\s+(\d{1,2}),\s+who)[\s,]+(?:(?:was|were|is|are|has\s+been|have\s+been|"
    r"had\s+been|also|later|then|both)\s+)*\Z",
    re.I,
)
_MINOR = re.compile(r"\b(?:boy|girl|juvenile|teen|teenager|youth|minor)\b", re.I)
_AND_BEFORE = re.compile(rf"\band\s+(?:a|an|another)\s+{UNNAMED}\b[^.;]*\Z", re.I)
# One described, not named, as the object of custody words: "arrested a 13-year-old boy".
_DESCRIBED_OBJECT = re.compile(rf"\s+(?:a|an)\s+{UNNAMED}\b", re.I)
# "arrested alongside Bo Tran", "taken into custody with him": he was arrested too.
_ALONGSIDE = re.compile(r"\b(?:alongside|along\s+with|together\s+with|with)\s+\Z", re.I)


def _aged_subject(article: Article, sentence: Sentence, match: re.Match[str]) -> Person | None:
    """The unnamed co-suspect an age or a description right before the custody words at
    `match` tells: joined by "and" to a suspect the sentence names ("Bo Tran and a juvenile
    were arrested"), or a minor told by his age (whom reports do not name) beside the adults
    the report names. Never someone named of that age, nor the one suspect of a report that
    names him later ("A 20-year-old man was arrested ... Bo Tran, 20, ...")."""
    aged = _AGED_SUBJECT.search(sentence.text, max(0, match.start() - 80), match.start())
    if aged is None:
        return None
    told = aged.group(1) or aged.group(2) or aged.group(3)
    age = int(told) if told else None
    if age is not None and any(p.age == age for p in article.cast.people if p.name):
        return None
    if _AND_BEFORE.search(sentence.text, 0, match.start()) and any(
        p.suspect for _, p in article.cast.people_in(sentence)
    ):
        return unnamed_suspect(article, age)
    adults = [p.age for p in article.cast.named_suspects if p.name]
    if age is not None and age < 18 and adults and all(a is not None and a >= 18 for a in adults):
        return unnamed_suspect(article, age)
    if (
        age is None
        and _MINOR.search(aged.group(0))
        and adults
        and all(a is not None and a >= 18 for a in adults)
    ):
        # "The juvenile was taken to a youth detention center", beside named adults: the
        # minor the report told of by his age
        return unnamed_suspect(article, juvenile_age(article))
    if age is not None and adults and all(a is not None for a in adults):
        # "A 38-year-old woman arrested on suspicion of assisting an offender", of a report
        # whose named suspects are all of other ages: someone else, unnamed
        return unnamed_suspect(article, age)
    return None


def _arrested(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Person | None]:
    """Whom the arrest at `match` is of, and a minor taken beside a counted group ("arrested
    two men and detained a 17-year-old boy")."""
    found = _arrested_told(article, sentence, match)
    minor = (
        minor_beside_counted(article, sentence, match.end())
        if ACTIVE.match(match.group(0))
        else None
    )
    return found if minor is None or minor in found else [*found, minor]


def _arrested_told(
    article: Article, sentence: Sentence, match: re.Match[str]
) -> list[Person | None]:
    """Whom the arrest at `match` is of: the name after "the arrest of", everyone a group
    statement speaks of, or the sentence's actor."""
    for mention, person in article.cast.people_in(sentence):
        if person.suspect and _ARREST_OF.search(sentence.text, match.start(), mention.start):
            # "the arrests of Ann Lee and Bo Tran": each named there.
            listed = named_together(article, sentence)
            return listed if person in listed else [person]
    # "The following defendants were ... arrested on June 10:" and a bulleted list of them.
    listed = listed_after(article, sentence)
    if listed:
        return list(listed)
    taken = unnamed_object(article, sentence, match)
    if taken is not None:
        # "arrested Bo Tran, 22, and a 16-year-old boy": the named object as well.
        named = [
            p
            for m, p in article.cast.people_in(sentence)
            if p.suspect and match.end() <= m.start < taken[1]
        ]
        return [*named[:1], *taken[0]]
    aged = _aged_subject(article, sentence, match)
    if aged is not None:
        # "Bo Tran, 22, and a 17-year-old male juvenile were taken into custody": the named
        # subject as well, when the age is joined to his name by "and".
        joined = _AND_BEFORE.search(sentence.text, 0, match.start())
        named: list[Person] = []
        for mention, person in article.cast.people_in(sentence):
            if (
                person.suspect
                and (
                    mention.start < joined.start()
                    if joined
                    else mention.start > match.end()
                    and _ALONGSIDE.search(sentence.text, match.end(), mention.start)
                )
                and all(person is not p for p in named)
            ):
                named.append(person)
        return [*named, aged]
    # "Meanwhile, a third man was arrested. Cal Dunne, 18, was charged": the one named next.
    one_more = one_more_named_next(article, sentence, match.start())
    if one_more is not None:
        return [one_more]
    if _CLAUSE_BREAK.search(sentence.text, 0, match.start()):
        # A later clause ("...; Ruiz surrendered") is about its own subject; a semicolon after
        # an age only parts a list ("Ann Lee, 22; Bo Tran, 19; and ... were arrested").
        return [article.cast.actor(sentence, match.start())]
    # "They were booked into the jail", after a sentence naming three: all three.
    group = article.cast.everyone(sentence)
    group = they_mean(article, sentence) if len(group) < 2 else group
    if len(group) > 1:
        return _in_custody(article, sentence, list(group))
    named = article.cast.named_suspects
    # "Bo Tran was one of five people arrested Tuesday": the five the report names.
    one_of = _ONE_OF.search(sentence.text, 0, match.start())
    if one_of and len(named) > 1 and _COUNT.get(one_of.group(1).lower(), 0) == len(named):
        return _in_custody(article, sentence, list(named))
    arrests = _THE_ARRESTS.match(match.group(0))
    if arrests and arrests["count"] and _COUNT.get(arrests["count"].lower()) != len(named):
        return []  # "the three arrests" in a report naming two: whose, it does not say
    if (
        len(named) > 1
        # "The arrests came Tuesday": those of everyone the report names as accused
        and (first_in(_GROUP, sentence.text) or arrests)
        and not any(p.suspect for _, p in article.cast.people_in(sentence))
    ):
        return _in_custody(article, sentence, list(named))
    actor = article.cast.actor(sentence, match.start())
    # "Both were taken into custody", of a report naming one of the two: the other, unnamed
    # ("A 15-year-old male - his name is not being released"), is arrested too.
    counted = any(
        not counts_the_harmed(sentence.text, m.start(), m.end())
        for m in _COUNTED.finditer(sentence.text)
    )
    if (
        counted
        and actor is not None
        and actor.suspect
        and len(named) == 1
        and not article.cast.people_in(sentence)
    ):
        return [actor, unnamed_suspect(article)]
    return [actor]


def extract_arrests(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    # The current arrest of each person, and whether it was told of a group ("two men were
    # arrested"): a later sentence about that person alone tells it better.
    # Each value: the fact's index and how weakly it tells the arrest (told of a group, in a
    # headline, without a date); a later statement that tells it better replaces it.
    current: dict[tuple[int, bool], tuple[int, tuple[bool, bool, bool]]] = {}
    prior_seen: set[tuple[int, str | None]] = set()
    for sentence in CUSTODY_GATE.among(article.sentences):
        text = sentence.text
        if first_in(NOT_AN_ARREST, text) or first_in(CONDITIONAL, text):
            continue
        warrants = [w.span() for w in WARRANT_FOR.finditer(text)] if "warrant" in text else []
        told = [
            m
            for m in matches_in(CUSTODY, text)
            if not any(a <= m.start() < b for a, b in warrants)
            and not _sentence_told_short(article, m)
            and not yet_to_come(text, m)
        ]
        for match in _clauses(told):
            _arrest(article, sentence, match, facts, current, prior_seen)
    return for_each_unnamed(article, told_again_by_age(article, facts, current))


def _sentence_told_short(article: Article, match: re.Match[str]) -> bool:
    """Whether a bare "jailed" at `match` ("A scaffolder who killed a man has been jailed") is
    the sentence the report tells in full elsewhere ("was jailed for four years"), not custody."""
    if match.group(0).lower() != "jailed" or JAILED_ON.match(match.string, match.end()):
        return False
    return first_in(TERM_IMPOSED, article.text) is not None


def _clauses(matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The first arrest wording of each clause ("Brooks was arrested Friday; Dent turned
    himself in Saturday" tells two, and so does "Ann Lee was arrested Tuesday, and Bo Tran,
    24, was arrested Wednesday": a clause of its own, opened by another full name)."""
    found: list[re.Match[str]] = []
    for match in matches:
        between = match.string[found[-1].end() : match.start()] if found else ""
        if not found or ";" in between or _NAMED_CLAUSE.search(between):
            found.append(match)
    return found


# ", and Bo Tran": a clause whose subject is another full name.
_NAMED_CLAUSE = re.compile(r",\s+and\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+")


def _arrest(
    article: Article,
    sentence: Sentence,
    match: re.Match[str],
    facts: list[Fact],
    current: dict[tuple[int, bool], tuple[int, tuple[bool, bool, bool]]],
    prior_seen: set[tuple[int, str | None]],
) -> None:
    """Add to `facts` the arrest that `match` in `sentence` tells, if it is a new one or tells
    a known one better."""
    text = sentence.text
    elsewhere = article.scope_at(sentence, match.start()).scope in (OTHER, STATISTICS)
    if elsewhere and not first_in(EARLIER_ARREST, text):
        return  # "arrested a man in that case", after another killing told
    when = arrest_date(article, sentence, match)
    if (
        first_in(EARLIER_ARREST, text)
        or article.scope_at(sentence, match.start()).scope == PRIOR
        or dated_before_the_case(article, sentence, when)
    ):
        if ACTIVE.match(match.group(0)) and _DESCRIBED_OBJECT.match(text, match.end()):
            return  # "In a separate case, police arrested a 13-year-old boy": someone else
        person = article.cast.actor(sentence, match.start())
        # Dated to the year at least: "last arrested on Oct. 15", "arrested in March",
        # "previously arrested in 2019" (not a count of a record: "arrested 14 times since
        # 2010", a stretch running up to the report).
        dated = bool(
            article.dates(sentence)
            or MONTH_ONLY.search(text)
            or any((t.last - t.first).days <= 366 for t in article.times(sentence))
        )
        if person is None or not dated or (id(person), when) in prior_seen:
            return
        prior_seen.add((id(person), when))
        fields = {"person": person_name(person), "date": when, "prior": True}
        facts.append(fact("ArrestMade", fields, article, sentence))
        return
    people = _arrested(article, sentence, match)
    headline = article.cast.telegraphic(sentence)
    # A second custody in the same case ("was rearrested in August") is an arrest of its
    # own; any other is the same arrest told again.
    again = bool(first_in(_AGAIN, text))
    for person in people:
        if person is None:
            continue
        arrest = fact(
            "ArrestMade",
            {"person": person_name(person), "date": when, "prior": False},
            article,
            sentence,
        )
        key = (id(person), again)
        weakness = (len(people) > 1, headline, when is None)
        if key in current and years_apart(facts[current[key][0]].fields["date"], when):
            # Two custodies of one person dated more than a year apart: the earlier is of an
            # earlier matter ("He was arrested on Aug. 14, 2022, after police found a gun"
            # in a story of an arrest in April 2025).
            index = current[key][0]
            kept = facts[index]
            if kept.fields["date"] < when:
                facts[index] = Fact(kept.kind, {**kept.fields, "prior": True}, kept.evidence)
                current[key] = (len(facts), weakness)
                facts.append(arrest)
            else:
                facts.append(Fact(arrest.kind, {**arrest.fields, "prior": True}, arrest.evidence))
            continue
        if key not in current:
            current[key] = (len(facts), weakness)
            facts.append(arrest)
        elif weakness < current[key][1] and not (when is None and current[key][1][2] is False):
            index = current[key][0]
            current[key] = (index, weakness)
            facts[index] = arrest
