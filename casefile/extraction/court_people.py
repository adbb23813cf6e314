"""Whom a court event concerns: the defendant who is the subject, every defendant a
sentence names together or the sentences just before told of, never a relative, a victim or
an official; other defendants' events are not the suspect's."""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.groups import OTHERS, group, named_together, relative_only
from casefile.extraction.key_words import key_words
from casefile.extraction.line_kinds import is_roster_item
from casefile.extraction.patterns import compile_scan, first_in, prefix_match
from casefile.extraction.people import Person
from casefile.extraction.reference_cues import BULLET
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_defendants import unnamed_suspect

# Words that open "the other defendants", "a second man" (see `others_before`).
_OTHERS_GATE = key_words("other", "another", "remaining", "second", "third", "fourth", "fifth")
# A subject just before a verb: "he", "she", "they", "the suspect", "the 27-year-old".
# Auxiliaries between a subject and "be in court": "He will be in court Monday".
_AUXILIARY = (
    r"(?:(?:will|shall|would|must|also|again|(?:is|are)\s+(?:expected|scheduled|set|due)\s+to)\s+)*"
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she|they|(?:the|a) (?:[\w-]+ )?(?:suspect|defendant|accused|man|woman|teen|"
    r"teenager|boy|girl|\d+-year-old))\s+" + _AUXILIARY + r"\Z",
    re.I,
)
_AGE_AFTER_NAME = re.compile(r"(?:,\s*\d{1,3},)?\s+" + _AUXILIARY + r"\Z", re.I)


def defendant_subject(article: Article, sentence: Sentence, position: int) -> bool:
    """Whether the subject of the verb at `position` is a defendant ("He was in court", "Dell,
    27, was in court"), not a relative or a victim's family ("His mother was in court")."""
    text = sentence.text
    if _PRONOUN_SUBJECT.search(text, max(0, position - 40), position):
        return True
    return any(
        person.suspect and _AGE_AFTER_NAME.fullmatch(text, mention.end, position)
        for mention, person in article.cast.people_in(sentence)
    )


# Words that refer to a person: a sentence without any names no one.
_SOMEONE = compile_scan(
    r"\b(?:he|she|him|her|his|hers|they|them|their|himself|herself|themselves|suspects?|"
    r"defendants?|man|woman|men|women|teens?|teenagers?|boy|girl|accused|couple|pair|brothers|"
    r"sisters|parents|father|mother)\b",
    re.I,
)
# How many sentences back the events of an event told of no one may have been told.
_TOLD_REACH = 3
# How far back the court events told last are looked for.
_TOLD_SPAN = 5


def _names_someone(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` names anyone but an official."""
    return any(not person.official for _, person in article.cast.people_in(sentence))


def told_before(
    article: Article, sentence: Sentence, told_in: dict[int, list[Person]]
) -> list[Person]:
    """The people of an event `sentence` tells without naming or referring to anyone ("A
    sentencing hearing is scheduled for April 30."): all the defendants whose events the
    sentences just before it told, when they are several (one is found as the suspect
    mentioned last); else []. The judge or another official the sentence names is no one
    it tells the event of ("A jury trial is set for June 24 before Judge Ann Reyes")."""
    if _names_someone(article, sentence) or first_in(_SOMEONE, sentence.text):
        return []
    # Sentences between that tell no court event (of custody, bail, what each faces) do not
    # part it from the events told last: "... indicted Ann Lee and Bo Tran. Both remain
    # held. Lee's bail is $1 million. Arraignment is set for May 3." is both arraigned.
    told = [i for i in range(sentence.index - _TOLD_SPAN, sentence.index) if told_in.get(i)]
    people: list[Person] = []
    for index in range(told[-1] - _TOLD_REACH + 1 if told else sentence.index, sentence.index):
        people.extend(p for p in told_in.get(index, []) if p not in people)
    return people if len(people) > 1 else []


def only_defendant(
    article: Article, sentence: Sentence, told_in: dict[int, list[Person]]
) -> list[Person]:
    """The one defendant of every court event told so far, for an event `sentence` tells
    without naming or referring to anyone ("A status hearing is scheduled for March 19."),
    when the report has told events of that one person only; else []."""
    if _names_someone(article, sentence) or first_in(_SOMEONE, sentence.text):
        return []
    people = {id(p): p for index, told in told_in.items() if index < sentence.index for p in told}
    return list(people.values()) if len(people) == 1 else []


def others_before(article: Article, sentence: Sentence, position: int) -> bool:
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
        person.suspect
        and (
            others.end() <= mention.start < position
            # "Pike and the four other co-defendants were arraigned": he is of the subject
            or _AND_OTHERS.fullmatch(sentence.text, mention.end, others.start())
        )
        for mention, person in article.cast.people_in(sentence)
    )


# A name joined to the others of the subject: "Pike and the four", "Pike, 31, and two".
_AND_OTHERS = re.compile(r"(?:,\s*\d{1,3},)?\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?", re.I)


def defendants_together(article: Article, sentence: Sentence) -> list[Person]:
    """The suspects a court event in `sentence` concerns when it speaks of several: those it
    names together, or all meant by "both", "each", "the two brothers", "their court date"."""
    if prefix_match(_ONE_OF, sentence.text):
        return []  # "One of three people arrested ... pleaded guilty": one of them, not all
    together = named_together(article, sentence) or group(article, sentence)
    if together:
        return together
    several = article.cast.everyone(sentence)
    reported = _REPORTED.search(sentence.text) if len(several) > 1 else None
    if reported is not None:
        # "Tran pleaded guilty and testified that Reyes held the gun": Reyes is named only in
        # what Tran said.
        told = {id(p) for m, p in article.cast.people_in(sentence) if m.start < reported.start()}
        several = [p for p in several if id(p) in told]
    return several if len(several) > 1 else []


# A subject that is one of a group: "One of three people arrested ...", "One of the
# defendants", "The second of three men charged ...", "The last of four defendants".
_ONE_OF = re.compile(
    r"\W*(?:[A-Z][\w.,' -]{0,40}?\s+[—–-]\s+)?(?:one|(?:the|a)\s+(?:first|second|third|fourth|"
    r"fifth|last|final|youngest|oldest|eldest))\s+of\s+(?:the\s+)?\w+",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:testified|said|says|told\s+\w+|claimed|alleged)\s+(?:[^,;.]{0,40}?\s)?that\b"
)


# Between the names of a sentence's subject: ", 34, and", " and ", ", ".
_SUBJECT_JOIN = re.compile(r"(?:,\s*\d{1,3})?,?\s+(?:and|&)\s+|(?:,\s*\d{1,3})?,\s+")
_SUBJECT_END = re.compile(
    r"(?:,\s*\d{1,3},?)?(?:\s*(?:of|from)\s+[A-Z][\w.'’ -]{1,40}?\s*:)?\s+(?:\w+\s+)?(?:made|appeared|pleaded|pled|"
    r"entered|were|was|are|is|will|each|both|have|has|remains?|remained|posted|stays?|stayed)\b"
)


def subjects_named(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """The people who open `sentence` as the subject of its court event, when the cast did
    not make them suspects: "Ortega and Hall made their initial appearances". Only someone
    accused appears, pleads or is arraigned; a victim, an official or a relative is not
    taken."""
    mentions = article.cast.people_in(sentence)
    text = sentence.text
    # (a roster item's bullet opens no clause: "- Ann Lee, 52, of Fenwick: pleaded ...")
    if not mentions or text[: mentions[0][0].start].strip(" \"“‘'-•*–—"):
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


def one_suspect(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """The one suspect a court event at `position` of `sentence` concerns, if any; an
    unnamed one when the subject is told by an age the named suspect does not have ("The
    15-year-old appeared in juvenile court", of a report naming a man of 19)."""
    person = article.cast.actor(sentence, position, prefer_suspect=True)
    if person is None or relative_only(article, sentence, person):
        return []
    aged = _AGED_SUBJECT.search(sentence.text, max(0, position - 50), position)
    if aged and person.age is not None and person.age != int(aged.group(1)):
        return [unnamed_suspect(article, int(aged.group(1)))]
    # "Ortiz's mother appeared in court": the relative is the subject, not the defendant.
    text = sentence.text
    if any(
        p is person
        and mention.end <= position
        and _RELATIVE_AFTER.match(text, mention.end)
        and not any(
            m.start > mention.end and m.end <= position for m, _ in article.cast.people_in(sentence)
        )
        for mention, p in article.cast.people_in(sentence)
    ):
        return []
    return [person]


# A subject told by an age: "The 15-year-old", "a 15-year-old boy".
_AGED_SUBJECT = re.compile(
    r"\b(?:the|a|an)\s+(\d{1,2})-year-old(?:\s+(?:boy|girl|man|woman|teen|teenager|suspect|"
    r"defendant|juvenile))?\s+(?:(?:was|is|has|had|also|later|then)\s+)*\Z",
    re.I,
)


# A court of minors, or where it sends them: "in juvenile court", "committed to the
# Department of Youth Services".
_JUVENILE_COURT = re.compile(
    r"\bjuvenile\s+(?:court|judge|detention|justice\s+center|facility)\b|"
    r"\b(?:Department|Division|Office)\s+of\s+(?:Youth|Juvenile)\s+(?:Services|Corrections|Justice)\b",
    re.I,
)
# One other defendant told without a name: "The second suspect, a 15-year-old boy, ...".
_ONE_OTHER = re.compile(
    r"\b(?:a|the)\s+(?:second|third|fourth|fifth|other)\s+(?:defendant|co-defendant|suspect|man|"
    r"woman|teen|teenager|boy|girl|juvenile)\b(?:,\s+(?:a|an)\s+(?P<age>\d{1,2})-year-old\b)?",
    re.I,
)


def unnamed_other(article: Article, sentence: Sentence, position: int) -> Person | None:
    """The unnamed other defendant the subject before `position` is, when it is one and the
    sentence names no one ("The second suspect, a 15-year-old boy, was adjudicated
    delinquent"); None for others the report names or counts."""
    if article.cast.people_in(sentence):
        return None
    found = list(_ONE_OTHER.finditer(sentence.text, 0, position))
    if not found:
        return None
    age = found[-1].group("age")
    return unnamed_suspect(article, int(age) if age else None)


def juvenile_session(article: Article, sentence: Sentence, people: list[Person]) -> list[Person]:
    """`people`, unless the event is told in juvenile court of adults the sentence does not
    name: then it is the unnamed minor's ("A detention hearing in juvenile court was held
    Wednesday" in a report naming only the boy's father, 44)."""
    if not people or not juvenile_told(article, sentence):
        return people
    named_here = {id(p) for _, p in article.cast.people_in(sentence)}
    if all(p.age is not None and p.age >= 18 and id(p) not in named_here for p in people):
        return [unnamed_suspect(article)]
    return people


def transferred(article: Article, sentence: Sentence, people: list[Person]) -> list[Person]:
    """Whom a case moved to adult court is: a minor's. The suspect the sentence names when
    the one read there is an adult it does not name ("His case was moved to adult court in
    May, and Bo Tran, now 18, pleaded guilty"), else the unnamed minor."""
    named_here = article.cast.suspects_in(sentence)
    if not people or not all(
        p.age is not None and p.age >= 18 and p not in named_here for p in people
    ):
        return people
    return named_here[:1] or [unnamed_suspect(article)]


def juvenile_told(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` tells of juvenile court ("in juvenile court", "committed to the
    Department of Youth Services"), or goes on with the sentence before that does ("The
    teen's case was handled in juvenile court. Last week, he admitted to charges") naming no
    suspect."""
    if first_in(_JUVENILE_COURT, sentence.text):
        return True
    before = article.sentences[sentence.index - 1] if sentence.index else None
    return bool(
        before is not None
        and not any(p.suspect for _, p in article.cast.people_in(sentence))
        and first_in(_JUVENILE_COURT, before.text)
        and not any(p.suspect for _, p in article.cast.people_in(before))
    )


_RELATIVE_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:mother|father|parents|family|families|wife|husband|brother|"
    r"sister|son|daughter|girlfriend|boyfriend|relatives?|grandmother|grandfather|aunt|uncle|"
    r"cousin|fiancée?|friends?|supporters|children|kids)\b",
    re.I,
)


def named_after_of(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Person]:
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


def possessor(article: Article, sentence: Sentence, match: re.Match[str]) -> list[Person]:
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


_LINE_OPENING = re.compile(r"\s*")


def _opens_line(article: Article, item: Sentence) -> bool:
    """Whether `item` opens a line of the text."""
    return item.start == 0 or article.text[item.start - 1] == "\n"


def listed_after(article: Article, sentence: Sentence) -> list[Person]:
    """The defendants a lead-in ending in a colon names in the bulleted lines after it: "The
    following defendants were indicted on June 5 and arrested on June 10:" then "- Ann Lee,
    34, of Dayton, charged with ..."; [] for a sentence that names someone itself or leads
    no list."""
    text = sentence.text.rstrip()
    if not text.endswith(":") or article.cast.people_in(sentence):
        return []
    listed: list[Person] = []
    for item in article.sentences[sentence.index + 1 :]:
        bullet = BULLET.match(item.text)
        if bullet is None and is_roster_item(item.text) and _opens_line(article, item):
            # a roster's line without a bullet: "Arrested:" then "Ann Lee, 20, of Elgin:
            # second-degree murder"
            bullet = _LINE_OPENING.match(item.text)
        if bullet is None:
            # A further sentence of a bulleted line ("- Ann Lee, 33, retail theft. Bond:
            # $1,500.") goes on with the list.
            if (
                listed
                and "\n" not in article.text[article.sentences[item.index - 1].end : item.start]
            ):
                continue
            break
        listed.extend(
            person
            for mention, person in article.cast.people_in(item)[:1]
            if mention.start == bullet.end() and person.suspect and person not in listed
        )
    return listed
