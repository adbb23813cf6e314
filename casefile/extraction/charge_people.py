"""Whom a charge sentence charges: the subject of its verb, every person of a subject list
("A, 18, B, 19, and C were charged"), the object of an active verb ("the indictment charges A
and B with", "charging him with", "indicted A for"), or every suspect when the sentence speaks
of them together ("both", "each", "all three", "the parents")."""

from __future__ import annotations

import re

from casefile.extraction.charge_groups import charged_together
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
    group_against,
    minor_joined,
    named_next,
    named_next_subject,
    named_over_next,
    verdict_object_before,
)
from casefile.extraction.context import Article
from casefile.extraction.harm_words import counts_the_harmed
from casefile.extraction.line_kinds import is_headline
from casefile.extraction.name_cues import LAWYER_APPOSED
from casefile.extraction.patterns import match_at, prefix_match, search_within
from casefile.extraction.people import Person
from casefile.extraction.reference_cues import ITEM_TAIL
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
# A subject that is someone else of the case: "two of the other defendants", "two of his
# co-defendants", also with the group put first: "Of his co-defendants, two have ...".
_SOME = r"(?:one|two|three|four|five|some|several|most)"
_OTHERS = re.compile(
    r"\b(?:(?:\w+\s+of\s+)?the\s+other\s+(?:\w+\s+)?(?:defendants|suspects|men|women|"
    r"people|individuals|co-defendants|co-conspirators)|" + _SOME + r"\s+of\s+"
    r"(?:the|his|her|their)\s+(?:other\s+)?(?:defendants|co-defendants|co-conspirators)|"
    r"\bof\s+(?:the|his|her|their)\s+(?:other\s+)?(?:defendants|co-defendants|"
    r"co-conspirators),\s+" + _SOME + r")\b"
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


# The counts a judge holds for court after a preliminary hearing: "held counts of theft ...
# for court".
_HELD_FOR_COURT = re.compile(
    r"held\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?)\b[^.;]*?\bfor\s+court\b"
)
# A judge's or prosecutor's verb that ends a charge: "Judge Ann Reyes dismissed the robbery
# count" ends the defendant's count, not one of the judge's own.
_ENDS_A_CHARGE = re.compile(r"(?:dismissed|dropped|threw\s+out|tossed|withdrew|quashed)\b", re.I)
# The title of the one a plea is entered before: "before District Judge Ann Lee to".
_BENCH_BEFORE = re.compile(r"(?-i:Judge|Justice|Magistrate)\s+\Z")


def charged_people(
    article: Article, sentence: Sentence, start: int, end: int, rest: str
) -> list[Person]:
    """The people a charge cue spanning `start`..`end` of `sentence` speaks of."""
    cast = article.cast
    text = sentence.text
    if search_within(_OTHERS, text, max(0, start - 60), start):
        return []  # "two of the other defendants pleaded guilty to ..."
    # People the sentence names (a capitalised run after "a former" names no one).
    mentions = [
        (m, p)
        for m, p in cast.people_in(sentence)
        if not p.official
        and not (p.titled and not p.suspect)  # "Sgt. Ann Lee pleaded guilty": a suspect
        and (p.suspect or not search_within(_NOT_A_SUBJECT, text, 0, m.start))
    ]
    # The object of an active verb: "the indictment charges A and B with" (but not a name
    # inside a passive one's span: "A was charged in the death of B with murder").
    # (the object is the defendant, whatever his title: "acquitted police officer Bo Tran of")
    passive = search_within(_PASSIVE, text, max(0, start - 30), start)
    objects = (
        [] if passive else [(m, p) for m, p in cast.people_in(sentence) if start < m.start < end]
    )
    for mention, person in objects:
        if search_within(_RELATION_OF, text, max(0, mention.start - 40), mention.start):
            continue  # "charged the boyfriend of Ann Lee with murder": he, not she
        if search_within(LAWYER_APPOSED, text, max(0, mention.start - 60), mention.start):
            continue  # "entered the plea through his lawyer, Ann Lee, to": she pleads for him
        if search_within(_BENCH_BEFORE, text, max(0, mention.start - 12), mention.start):
            continue  # "entered pleas before Judge Ann Lee to": the bench, not the one who pleads
        if not (person.victim and not person.suspect):
            if (mention, person) in mentions:
                return _list_around(article, sentence, mentions.index((mention, person)), mentions)
            return [person]
    if not passive and not objects and search_within(PRONOUN_OBJECT, text, max(0, start - 12), end):
        earlier = verdict_object_before(article, sentence)
        if earlier is not None:
            return [earlier]  # "acquitted officer Bo Tran of assault. ... found him guilty of"
    # The person a charge is brought against: "filed a stalking charge against A".
    for index, (mention, person) in enumerate(mentions):
        if mention.start > end and (
            match_at(_AGAINST, text, end, mention.start)
            or match_at(_AGAINST, text, start, mention.start)
        ):
            if not (person.victim and not person.suspect):
                return _list_around(article, sentence, index, mentions)
            break
    together = charged_together(article, sentence, start, rest, mentions)
    if together is not None:
        return together
    against = group_against(text, end)
    if against is not None and not any(m.start < start for m, _ in mentions):
        # "returned murder indictments against two brothers": the two named next
        named = named_over_next(article, sentence, against)
        if named:
            return named
    # ("an indictment charging five people with ...": the group inside the cue too)
    counted = search_within(COUNTED_GROUP, text, 0, end)
    if counted and counts_the_harmed(text, counted.start(), counted.end()):
        counted = None  # "After two people were shot, police charged a man"
    if counted and not any(m.start < start for m, _ in mentions):
        named = named_next(article, sentence, NUMBERS[counted.group(1).lower()])
        if named:
            return named
    if not any(m.start < start for m, _ in mentions) and search_within(TOLD_PAIR, text, 0, start):
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
        # (so do the counts a judge holds for court, or dismisses: the defendant's)
        if not passive and (
            search_within(PRONOUN_OBJECT, text, start, end)
            or match_at(_HELD_FOR_COURT, text, start)
            or match_at(_ENDS_A_CHARGE, text, start)
        ):
            actor = cast.actor(sentence, end, prefer_suspect=True)
            return [actor] if actor is not None and actor.suspect else []
        return []
    if (
        not any(m.start < start for m, _ in mentions)
        and prefix_match(UNNAMED_OTHER, text)
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

    kin = search_within(KIN_SUBJECT, text, max(0, start - 80), start)
    if (
        kin
        and not any(kin.start() < m.start < start for m, _ in mentions)
        # a charge clause before it, not "Lee and his brother were charged" (a time clause
        # is one of its own: "was arrested, a day after her boyfriend was charged", and so is
        # a relative one: "a trial in which his brother was accused of arson")
        and (
            kin.group("time")
            or kin.group("relative")
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
            and search_within(CLAUSE_OPENING, text, 0, opening.start) is not None
            and _RELATIVE_GAP.fullmatch(text, opening.end, start)
        ):
            return _list_around(article, sentence, before[0], mentions)
        # A participle's subject is its clause's: "Bo Tran went to prison after pleading
        # guilty to manslaughter", "Bo Tran testified against Ann Lee after pleading guilty"
        # (the name opening the clause).
        participle = search_within(_PARTICIPLE_BEFORE, text, max(0, start - 12), start)
        if (
            participle
            and not subject.victim
            and search_within(CLAUSE_OPENING, text, 0, opening.start) is not None
            and not search_within(_CLAUSE_BREAK, text, opening.end, participle.start())
            and not is_headline(text)
        ):
            return _list_around(article, sentence, before[0], mentions)
        # The subject list right before the verb ("A, 18, and B, 19, were charged"), when
        # one of its people is a suspect.
        if (
            len(group) > 1
            and any(p.suspect for p in group)
            and not (person.victim and not person.suspect)
            and not search_within(_CLAUSE_BREAK, text, mention.end, start)
        ):
            return group
    if (
        (actor is None or actor.name is None)
        and prefix_match(DESCRIBED, text)
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
