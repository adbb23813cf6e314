"""Whom a charge sentence charges: the subject of its verb, every person of a subject list
("A, 18, B, 19, and C were charged"), the object of an active verb ("the indictment charges A
and B with", "charging him with", "indicted A for"), or every suspect when the sentence speaks
of them together ("both", "each", "all three", "the parents")."""

from __future__ import annotations

import re

from casefile.extraction.charge_other_subjects import (
    CHARGE_VERB,
    CLAUSE_OPENING,
    KIN_SUBJECT,
    SUBJECT_GAP,
    UNNAMED_OTHER,
    described_other_gender,
    named_before,
    named_kin,
    of_the_unnamed_before,
    official_subject,
    someone_else,
)
from casefile.extraction.charge_people_next import (
    COUNTED_GROUP,
    DESCRIBED,
    NUMBERS,
    PRONOUN_OBJECT,
    TOLD_PAIR,
    a_described_minor_subject,
    an_unnamed_minor,
    count_of,
    distinct_people,
    minor_joined,
    named_next,
    named_next_subject,
    verdict_object_before,
)
from casefile.extraction.context import Article
from casefile.extraction.harm_words import counts_the_harmed
from casefile.extraction.line_kinds import is_headline
from casefile.extraction.name_cues import LAWYER_APPOSED
from casefile.extraction.people import Person
from casefile.extraction.reference_cues import ITEM_TAIL
from casefile.extraction.scan_compile import compile_scan
from casefile.extraction.sentences import Sentence

# Between two names of one list: an age, a comma or semicolon, "and".
# (A relation between them is an apposition of the second: "A, 41, and his wife, B, 30".)
_LIST_GAP = re.compile(
    r"\A\s*"
    + ITEM_TAIL
    + r"\s*[,;]?\s*(?:and\s+|&\s+)?(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wife|husband|son|"
    r"daughter|brother|sister|mother|father|girlfriend|boyfriend|partner|fiancée?|cousin|"
    r"nephew|niece|uncle|aunt|stepson|stepdaughter|stepfather|stepmother|friend),\s*)?"
    # What the next one is by birth, as reports outside the US give it before a name: "and
    # Mozambican national Cy Doe, 41", "and a Zimbabwean citizen, Cy Doe".
    r"(?:(?:an?\s+)?[A-Z][a-z]+\s+(?:national|citizen),?\s+)?\Z"
)
_BARE_GAP = re.compile(
    r",?\s*(?:\d{1,3}\s*,\s*)?"
    # a roster item's head: "- Ann Lee, 52, of Fenwick: pleaded no contest to DUI"
    r"(?:(?:(?:of|from)\s+[A-Z][\w.'’ -]{1,40}?\s*)?[:–—]\s*)?"
    r"(?:(?:was|were|is|are|has|have|had|been|also|later|then|now|still|"
    r"remains?|remained|initially|originally|previously|formally)\s+)*"
)
# Before a capitalised run that names no one: "a former Dallas Cowboy", "of Harper Woods".
_NOT_A_SUBJECT = re.compile(r"\b(?:a|an|the|of|in|from|at)\s+(?:[\w-]+\s+)?$", re.I)
# What parts a name from a later verb: a clause of its own.
_CLAUSE_BREAK = re.compile(
    r"\b(?:who|whom|whose|which|that|said|says|told|after|before|when)\b|[;:]"
)
# A passive verb before the cue: "was charged", "has been indicted".
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+|also\s+|now\s+)?$")
# A subject that is someone else of the case: "two of the other defendants".
_OTHERS = re.compile(
    r"\b(?:(?:\w+\s+of\s+)?the\s+other\s+(?:\w+\s+)?(?:defendants|suspects|men|women|"
    r"people|individuals|co-defendants|co-conspirators)|(?:one|two|three|four|five|some|"
    r"several|most)\s+of\s+the\s+(?:other\s+)?(?:defendants|co-defendants|co-conspirators))\b"
    r"[^.;]{0,30}$",
    re.I,
)
# From a cue to the person a charge is brought against: "filed a stalking charge against".
# (the person described first: "all charges against the third defendant, Ann Lee", also by
# a relation: "a charge of theft against his former partner, Ann Lee", though not after a
# harm done to a person: "assault against his partner, Ann Lee" is done to her)
# (or by his age: "a charge of murder against 27-year-old Bo Tran")
# (or the one a warrant for the offence is for: "a warrant for aggravated robbery for Bo Tran")
_AGAINST = re.compile(
    r"[^.;]{0,10}?\bwarrants?\s+for\s+(?:(?!(?:the|his|her|their|arrest)\b)[\w-]+\s+){1,4}?"
    r"for\s+\Z|"
    r"[^.;]{0,80}?\b(?:charges?|counts?|indictments?|filed|brought|lodged)\s+(?:[^.;]{0,80}?\s)?"
    r"against\s+"
    r"(?:(?:the|a|an|(?<!assault\sagainst\s)(?<!violence\sagainst\s)(?<!battery\sagainst\s)"
    r"(?:his|her|their))\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?"
    # (or by an age before the name: "a charge of murder against 27-year-old Bo Tran")
    r"(?:\d{1,3}-year-old\s+)?\Z"
)
# Words that speak of every suspect at once.
# (not the charges counted: "convicted on all four counts he faced", "on both counts")
_NOT_PEOPLE = (
    r"(?!\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:counts?|charges?|offen[cs]es?|crimes?|"
    r"felon(?:y|ies)|misdemeanou?rs?|cases?)\b)"
)
# (compile_scan: searched at every position, it skips in C to where a match can start)
_GROUP = compile_scan(
    rf"\b(?:(?:both|each|all (?:two|three|four|five|six|seven|eight|\d+)){_NOT_PEOPLE}|all of them|"
    r"the (?:two|"
    r"three|four|five|six) (?:[\w-]+ )?(?:men|women|suspects|defendants|teens|teenagers|"
    r"people|boys|girls|juveniles|brothers|sisters)|the (?:brothers|"
    r"sisters|parents|couple|pair|trio|co-defendants|defendants|suspects)|(?:they|the (?:two|"
    r"three|four|five|six))\s+(?:were|are|have|had|each|both|all|face|also|will|now)|"
    # a number alone for the people the report has counted: "indicted the five last week on",
    # "convicted the two of kidnapping", "found the three guilty of"
    r"the (?:two|three|four|five|six|seven|eight)(?=\s+(?:last|this|on|in|with|for)\b|\s*[,.;])|"
    # (the object of a verdict, not the ones harmed: "the murder of the two of them")
    r"(?:(?<=ed )|(?<=found ))the (?:two|three|four|five|six|seven|eight)(?=\s+(?:of|guilty)\b(?!\s+(?:them|us)\b)))\b",
    re.I,
)

# A clause opening with no subject of its own before the cue: "Charges of X are pending",
# "Additional charges of X are expected" (not "He faces ...").
_GROUP_BEFORE = re.compile(
    r"\W*(?:(?:additional|further|more|new|federal|state|formal|felony)\s+)?\Z|\W*charges?\b", re.I
)

# Charges brought against a group the report names next: "dropped charges against two teens".
_AGAINST_GROUP = re.compile(
    r"[^.;]{0,60}?\bagainst (?:two|three|four|five|six) (?:[\w-]+ )?(?:men|women|suspects|"
    r"defendants|teens|teenagers|people|boys|girls|juveniles|brothers|sisters)\b",
    re.I,
)


# The one a relation is of, in the object of an active verb: "charged the boyfriend of Ann Lee".
_RELATION_OF = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?:ex-)?(?:boyfriend|girlfriend|husband|wife|"
    r"partner|fianc[eé]e?)|son|daughter|mother|father|stepfather|stepmother|brother|sister|"
    r"cousin|uncle|aunt|nephew|niece|grandson|granddaughter|neighbou?r|roommate|friend)\s+of\s+\Z",
    re.I,
)


# The subject told after its verb: "Also charged with conspiracy are Ann Lee, 41; Bo Tran,
# 29; and ...", "Charged in the case is Bo Tran".
_INVERTED_VERB = re.compile(r"[^.;,]{0,80}?\s(?:are|were|is|was)\s+\Z")


def _inverted_subjects(sentence: Sentence, end: int, mentions: list) -> int | None:
    """The index in `mentions` of the first name of a subject told after its verb (see
    `_INVERTED_VERB`), when the charge's words open the sentence; else None."""
    text = sentence.text
    if any(m.start < end for m, _ in mentions):
        return None
    after = next((i for i, (m, _) in enumerate(mentions) if m.start >= end), None)
    if after is None or not _INVERTED_VERB.match(text[end : mentions[after][0].start]):
        return None
    person = mentions[after][1]
    return after if not (person.victim and not person.suspect) else None


def _list_around(article: Article, sentence: Sentence, index: int, mentions: list) -> list[Person]:
    """The people of the list that the mention at `index` belongs to. Names joined by commas
    alone make no list ("A woman who was with Lee, Ann Kim, 30, was cited"): the second is an
    apposition of what comes before it; a list is closed by "and" ("A, B and C")."""
    people = [mentions[index][1]]
    text = sentence.text
    joined = False
    for step in (-1, 1):
        at = index
        while 0 <= at + step < len(mentions):
            left, right = (
                (mentions[at + step], mentions[at])
                if step < 0
                else (
                    mentions[at],
                    mentions[at + step],
                )
            )
            gap = text[left[0].end : right[0].start]
            if not _LIST_GAP.match(gap):
                break
            other = mentions[at + step][1]
            if other.official or (other.victim and not other.suspect):
                break
            if other not in people:
                people.append(other)
                joined = joined or _JOINED.search(gap) is not None
            at += step
    return people if joined else people[:1]


# What closes a list of names: "A, B and C", "A & B"; or sets its items apart: "A, 41; B, 29".
_JOINED = re.compile(r"\band\b|&|;")


# A subject's relative clause between it and its verb, which may name someone else: "Ann Lee,
# 26, of Elton, who sold Bo Tran the pills, pleaded guilty to".
_RELATIVE_GAP = re.compile(
    r"(?:,\s*\d{1,3})?(?:,\s+(?:of|from)\s+[A-Z][^,;]{0,40})?,\s+who\s+[^,;]{1,80},\s*"
    r"(?:(?:was|were|is|are|has|have|had|also|later|then|now)\s+)*"
)
# A participle whose subject is the clause's: "after pleading", "before being sentenced".
_PARTICIPLE_BEFORE = re.compile(r"\b(?:after|before|while|since|upon|by)\s+\Z", re.I)


def _last_group(article: Article, sentence: Sentence, start: int) -> list[Person]:
    """The suspects "both", "each" or "they" stand for: those this sentence names before the
    verb, else those the last sentence naming several suspects named, else every suspect."""
    cast = article.cast

    def _may_be_charged(person: Person) -> bool:
        return not person.official and not person.titled and not person.victim

    here = distinct_people(
        [p for m, p in cast.people_in(sentence) if _may_be_charged(p) and m.start < start]
    )
    if len(here) > 1:
        return here
    for back in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        named = distinct_people(
            [p for _, p in cast.people_in(article.sentences[back]) if p.suspect]
        )
        if len(named) > 1:
            return named
    return cast.named_suspects


# The counts a judge holds for court after a preliminary hearing: "held counts of theft ...
# for court".
_HELD_FOR_COURT = re.compile(
    r"held\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?)\b[^.;]*?\bfor\s+court\b"
)
# The title of the one a plea is entered before: "before District Judge Ann Lee to".
_BENCH_BEFORE = re.compile(r"(?-i:Judge|Justice|Magistrate)\s+\Z")


def charged_people(
    article: Article, sentence: Sentence, start: int, end: int, rest: str
) -> list[Person]:
    """The people a charge cue spanning `start`..`end` of `sentence` speaks of."""
    cast = article.cast
    text = sentence.text
    if _OTHERS.search(text, max(0, start - 60), start):
        return []  # "two of the other defendants pleaded guilty to ..."
    # People the sentence names (a capitalised run after "a former" names no one).
    mentions = [
        (m, p)
        for m, p in cast.people_in(sentence)
        if not p.official
        and not (p.titled and not p.suspect)  # "Sgt. Ann Lee pleaded guilty": a suspect
        and (p.suspect or not _NOT_A_SUBJECT.search(text, 0, m.start))
    ]
    # The object of an active verb: "the indictment charges A and B with" (but not a name
    # inside a passive one's span: "A was charged in the death of B with murder").
    # (the object is the defendant, whatever his title: "acquitted police officer Bo Tran of")
    passive = _PASSIVE.search(text, max(0, start - 30), start)
    objects = (
        [] if passive else [(m, p) for m, p in cast.people_in(sentence) if start < m.start < end]
    )
    for mention, person in objects:
        if _RELATION_OF.search(text, max(0, mention.start - 40), mention.start):
            continue  # "charged the boyfriend of Ann Lee with murder": he, not she
        if LAWYER_APPOSED.search(text, max(0, mention.start - 60), mention.start):
            continue  # "entered the plea through his lawyer, Ann Lee, to": she pleads for him
        if _BENCH_BEFORE.search(text, max(0, mention.start - 12), mention.start):
            continue  # "entered pleas before Judge Ann Lee to": the bench, not the one who pleads
        if not (person.victim and not person.suspect):
            if (mention, person) in mentions:
                return _list_around(article, sentence, mentions.index((mention, person)), mentions)
            return [person]
    if not passive and not objects and PRONOUN_OBJECT.search(text, max(0, start - 12), end):
        earlier = verdict_object_before(article, sentence)
        if earlier is not None:
            return [earlier]  # "acquitted officer Bo Tran of assault. ... found him guilty of"
    # The person a charge is brought against: "filed a stalking charge against A".
    for index, (mention, person) in enumerate(mentions):
        if mention.start > end and (
            _AGAINST.match(text, end, mention.start) or _AGAINST.match(text, start, mention.start)
        ):
            if not (person.victim and not person.suspect):
                return _list_around(article, sentence, index, mentions)
            break
    # (in the cue's own clause: "Both face murder charges; Lee also faces an arson charge")
    clause = text.rfind(";", 0, start) + 1
    together = _GROUP.search(text, clause, start + 40) or _AGAINST_GROUP.match(rest)
    if together:
        group = _last_group(article, sentence, start)
        # "charges against two brothers", told of before the report names them: the two it
        # names next, not every suspect
        count = count_of(together.group(0))
        if count and len(group) != count:
            named = named_next(article, sentence, count)
            if named:
                return named
        if len(group) > 1:
            return group
    if not mentions and _GROUP_BEFORE.match(text, 0, start) and sentence.index > 0:
        # a charge told with no one named, after a sentence about the group: "The pair had a
        # stolen gun. Charges of receiving stolen property are pending."
        previous = article.sentences[sentence.index - 1].text
        if _GROUP.search(previous):
            group = _last_group(article, sentence, start)
            if len(group) > 1:
                return group
    # ("an indictment charging five people with ...": the group inside the cue too)
    counted = COUNTED_GROUP.search(text, 0, end)
    if counted and counts_the_harmed(text, counted.start(), counted.end()):
        counted = None  # "After two people were shot, police charged a man"
    if counted and not any(m.start < start for m, _ in mentions):
        named = named_next(article, sentence, NUMBERS[counted.group(1).lower()])
        if named:
            return named
    if not any(m.start < start for m, _ in mentions) and TOLD_PAIR.search(text, 0, start):
        # "The mother and stepfather of a boy have been charged. Ann Lee, 24, and Bo Tran,
        # 29, were booked": the two named next
        named = named_next(article, sentence, 2)
        if named:
            return named
    inverted = _inverted_subjects(sentence, end, mentions)
    if inverted is not None:
        return _list_around(article, sentence, inverted, mentions)
    if someone_else(cast, sentence, start):
        return []
    if official_subject(cast, sentence, start):
        # "Judge Ann Reyes jailed him for eight years for manslaughter": the one "him"
        # stands for, when the verb has such an object; else the official is the subject.
        # (so do the counts a judge holds for court: the defendant's of the hearing told)
        if not passive and (
            PRONOUN_OBJECT.search(text, start, end) or _HELD_FOR_COURT.match(text, start)
        ):
            actor = cast.actor(sentence, end, prefer_suspect=True)
            return [actor] if actor is not None and actor.suspect else []
        return []
    if (
        not any(m.start < start for m, _ in mentions)
        and UNNAMED_OTHER.match(text)
        and named_before(article, sentence)
    ):
        # "Lee was charged with murder. A 15-year-old boy was charged with robbery": someone
        # the report does not name, not the suspect it named
        return [cast.another()]
    if of_the_unnamed_before(article, sentence, start, mentions):
        return [cast.another()]
    if not any(m.start < start for m, _ in mentions) and described_other_gender(
        article, sentence, start, end
    ):
        return [cast.another()]  # "Lee was convicted. ... In April, a Dalton woman was acquitted"

    kin = KIN_SUBJECT.search(text, max(0, start - 80), start)
    if (
        kin
        and not any(kin.start() < m.start < start for m, _ in mentions)
        # a charge clause before it, not "Lee and his brother were charged" (a time clause
        # is one of its own: "was arrested, a day after her boyfriend was charged")
        and (
            kin.group("time")
            or CHARGE_VERB.search(
                text,
                max((m.end for m, _ in mentions if m.end <= kin.start()), default=0),
                kin.start(),
            )
        )
    ):
        # "Lee was charged with murder, and his brother was charged ...": the brother the
        # report names so ("her boyfriend, Bo Tran, 26,"), else someone unnamed
        return [named_kin(article, kin.group("kin")) or cast.another()]
    actor = cast.actor(sentence, start)
    if an_unnamed_minor(article, sentence, start, mentions, actor) or a_described_minor_subject(
        article, sentence, start, mentions
    ):
        return [cast.another()]
    before = [i for i, (m, p) in enumerate(mentions) if m.start < start]
    if before:
        index = before[-1]
        mention, person = mentions[index]
        group = _list_around(article, sentence, index, mentions)
        if person.suspect and not person.victim and minor_joined(text, mention.end, start):
            return [*group, cast.another()]  # "Bo Tran, 19, and a 17-year-old are charged"
        # The name the verb follows ("..., Tina Boyd, was charged with"): its subject. A name
        # no other sentence made a suspect must be a person's ("a former Dallas Cowboy" is
        # not) and stand right before the verb.
        gap = SUBJECT_GAP if person.suspect else _BARE_GAP
        if not person.victim and gap.fullmatch(text, mention.end, start) and not is_headline(text):
            return group
        opening, subject = mentions[before[0]]
        if (
            index != before[0]
            and subject.suspect
            and not subject.victim
            and CLAUSE_OPENING.search(text, 0, opening.start) is not None
            and _RELATIVE_GAP.fullmatch(text, opening.end, start)
        ):
            return _list_around(article, sentence, before[0], mentions)
        # A participle's subject is its clause's: "Bo Tran went to prison after pleading
        # guilty to manslaughter", "Bo Tran testified against Ann Lee after pleading guilty"
        # (the name opening the clause).
        participle = _PARTICIPLE_BEFORE.search(text, max(0, start - 12), start)
        if (
            participle
            and not subject.victim
            and CLAUSE_OPENING.search(text, 0, opening.start) is not None
            and not _CLAUSE_BREAK.search(text, opening.end, participle.start())
            and not is_headline(text)
        ):
            return _list_around(article, sentence, before[0], mentions)
        # The subject list right before the verb ("A, 18, and B, 19, were charged"), when
        # one of its people is a suspect.
        if (
            len(group) > 1
            and any(p.suspect for p in group)
            and not (person.victim and not person.suspect)
            and not _CLAUSE_BREAK.search(text, mention.end, start)
        ):
            return group
    if (
        (actor is None or actor.name is None)
        and DESCRIBED.match(text)
        and not any(m.start < start for m, _ in mentions)
    ):
        named = named_next_subject(article, sentence)
        if named is not None:
            return [named]
    if actor is None:
        return []
    before = [i for i, (m, p) in enumerate(mentions) if p is actor and m.start < start]
    if not before:
        return [actor]
    return _list_around(article, sentence, before[-1], mentions)
