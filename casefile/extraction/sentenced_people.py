"""Whom a term is imposed on (for `punishments.py`): the object of an imposing word ("sentenced
Bo Tran to", "handed Bo Tran a sentence of", "imposed ... on Bo Tran"), the subject before it
("Bo Tran, 31, was sentenced"), subjects named together ("Ann Lee and Bo Tran were sentenced
to"), "they", "both" or "the brothers" for the suspects named together, a name before "to"
where the verb is left out ("and Ali Tran to eight years"), and terms told "respectively",
each one's in its place. Also the words that impose a term, which `punishments.py` reads."""

from __future__ import annotations

import re
from itertools import groupby

from casefile.extraction.context import Article
from casefile.extraction.court_people import juvenile_session
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence
from casefile.extraction.terms import Term

SUPERVISED = (
    r"(?=\s+(?:[\w-]+\s+){0,5}?(?:probation|supervision|supervised|house\s+arrest|"
    r"home\s+confinement|community\s+control|parole)\b)"
)
# Words that impose what follows them in the clause; the term may also name itself a
# sentence (`_SELF_NAMED`).
IMPOSING = compile_scan(
    r"\b(?:re-?sentenced|sentenced|sentences?\s+of|received|receives|receiving|receive|gets|got|"
    r"given|"
    r"handed(?:\s+down)?|imposed|tacked\s+on|"
    # (the one ordered named in full, with his age: "ordered Ann B. Lee, 56, to pay")
    r"ordered\s+(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}"
    r"(?:,\s*\d{1,3},)?\s+)?to\s+(?:serve|spend|pay|perform|forfeit|complete)|"
    r"ordered(?=\s+\d[\d,]*\s+hours\s+of\s+community\s+service)|"
    # A term a judge adds to another: "added three years for a firearm specification".
    r"added(?=\s+(?:another\s+|an\s+additional\s+)?[\w-]+\s+(?:more\s+)?(?:years?|months?|"
    # ... or days in jail: "added 180 days in jail as a condition of probation" (not "added 30
    # days to the deadline")
    r"(?:weeks?|days?)\s+(?:in|of|behind)\s+(?:jail|prison|custody|bars))\b)|"
    # British wording: "was jailed for four years", "imprisoned for life".
    # ... and said of the judge: "jailed him for eight years", "jailed Bo Tran for life".
    r"(?:jailed|imprisoned|locked\s+up)(?=\s+(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+)?)?for\s)|"
    r"(?:will|must|['’]ll)\s+(?:also\s+)?(?:spend|serve|pay|have\s+to\s+(?:serve|spend|pay))|"
    # the supervision a sentence adds: "He will be on supervised probation for three years
    # after his release"
    r"(?:will|must|['’]ll)\s+(?:also\s+)?(?:then\s+)?be\s+on" + SUPERVISED + "|"
    # ("The jury also assessed a $10,000 fine", as Texas juries assess punishment)
    # ("The jury also assessed a $10,000 fine", "assessed punishment at 45 years", as Texas
    # juries assess punishment; not "was assessed by a psychiatrist")
    r"fined|assessed(?=\s+(?:(?:a|an|the|his|her)\s+)?(?:\$|punishment\b|[\w-]+\s+(?:fine|"
    r"sentence|term)\b))|was\s+(?:also\s+)?given|gave|give|"
    # "placed him on probation", "put Bo Tran on three years of probation".
    r"(?:placed|put)\s+(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?)?on"
    + SUPERVISED
    + "|"
    r"to\s+(?:serve|spend))\b",
    re.I,
)
# Between an imposing word and the one sentenced ("sentenced 20-year-old Ann Lee to"), and
# between the one sentenced and the imposing word ("Ann Lee, 31, of Dayton, was sentenced").
_OBJECT_GAP = re.compile(r"\w+\s+(?:(?:on\s+)?\w+,?\s+)?(?:\d{1,3}-year-old\s+)?", re.I)
_SUBJECT_GAP = re.compile(
    r"(?:['’]s)?(?:,[^,;]{0,80},|,)?\s+(?:(?:was|were|is|has|had|been|also|then|later|now|"
    r"each|both)\s+)*",
    re.I,
)
# "sentenced him to", "sentenced the man to": active, unless an auxiliary comes before.
_ACTIVE = re.compile(r"sentenced\s+(?!to\b|on\b|in\b|today\b|\w+day\b)", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+\s+)?\Z", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|at|near|on)\s+\Z", re.I)
_TITLE_BEFORE = re.compile(
    r"\b(?:judge|justice|magistrate|prosecutor|attorney|lawyer|officer|detective|sheriff|"
    r"chief|sgt|lt|capt|deputy|agent|supervisor|mayor|governor|senator|president)\.?\s+\Z",
    re.I,
)
_IMPOSED_ON = re.compile(r"imposed\b", re.I)
_ON_BEFORE = re.compile(r"\bon\s+\Z")
_PLURAL_SUBJECT = re.compile(
    r"\b(?:they|both|each|the\s+(?:two|three|four|pair|couple|trio|brothers|sisters|"
    r"co-?defendants|defendants))\b",
    re.I,
)
# A verb left out after the first clause: "Bo Tran was sentenced to 10 years and Ali Tran to
# eight years" (the name, then "to" and the term).
_GAPPED_BEFORE = re.compile(r"(?:,|\band)\s+\Z", re.I)
# (the age told in brackets, as Irish and British reports give it: "and Ali Tran (32) to four years")
_GAPPED_AFTER = re.compile(r"(?:,\s*\d{1,3},|\s*\(\d{1,3}\))?\s+to\s+\Z", re.I)


def respectively(
    found: list[tuple[Sentence, Term, list[Person]]],
) -> list[tuple[Sentence, Term, list[Person]]]:
    """Terms told "respectively" ("A and B were sentenced to 87 months and 63 months,
    respectively"): each term is the person's in its place, where there are as many of
    them as people."""
    result: list[tuple[Sentence, Term, list[Person]]] = []
    for _, group in groupby(found, key=lambda item: item[0].index):
        items = list(group)
        people = items[0][2]
        if (
            "respectively" in items[0][0].text
            and len(people) == len(items) > 1
            and all(item[2] == people for item in items)
        ):
            items = [(s, t, [person]) for (s, t, _), person in zip(items, people, strict=True)]
        result.extend(items)
    return result


def sentenced_people(
    article: Article, sentence: Sentence, clause: int, cue: int | None, position: int
) -> tuple[list[Person], bool]:
    """The suspects a term at `position` is imposed on, and whether the clause names them: "they", "each" or "both" before it
    stand for the suspects named together in this sentence or the one or two before; else the
    one the imposing word `cue` speaks of (the object of "sentenced X to", the subject of "X
    was sentenced" / "X received"); else the suspect the Cast reads there."""
    text = sentence.text
    if _PLURAL_SUBJECT.search(text, clause, position):
        for index in range(sentence.index, max(-1, sentence.index - 3), -1):
            several = article.cast.everyone(article.sentences[index])
            if len(several) > 1:
                return several, False
    named = _named(article, sentence, clause, cue, position)
    if named is not None and cue is not None:
        listed = _object_list(article, sentence, named, cue, position)
        if len(listed) > 1:
            return listed, True  # "sentenced Bo Tran and Cy Hall to life"
    if named is not None:
        # "Ann Lee, 34, and Bo Tran, 29, were sentenced to ...": the subjects named together
        together = article.cast.everyone(sentence)
        if (
            named in together
            and len(together) > 1
            and cue is not None
            and all(
                any(m.end <= cue for m, p in article.cast.people_in(sentence) if p is person)
                for person in together
            )
        ):
            return together, True
        return [named], True
    person = article.cast.actor(sentence, position, prefer_suspect=True)
    return juvenile_session(article, sentence, [person] if person is not None else []), False


# A term told before a name, in the clause of a verb left out: "to 10 years and Ali Tran".
_TERM_BEFORE = re.compile(r"\bto\s+\S", re.I)
# Between two names of one list of objects: "Bo Tran, Cy Hall and Ann Lee", with their ages.
_LIST_GAP = re.compile(r"(?:,\s*\d{1,3}|\s*\(\d{1,3}\))?(?:,\s*(?:and\s+)?|,?\s+and\s+)")


def _object_list(
    article: Article, sentence: Sentence, named: Person, cue: int, position: int
) -> list[Person]:
    """The suspects named in one list with the object `named` of the imposing word, up to the
    term: "sentenced Bo Tran, 30, and Cy Hall, 28, to life" is both."""
    text = sentence.text
    mentions = sorted(
        ((m, p) for m, p in article.cast.people_in(sentence) if cue < m.start < position),
        key=lambda pair: pair[0].start,
    )
    listed: list[Person] = []
    end = None
    for mention, person in mentions:
        if not listed:
            if person is named:
                listed, end = [person], mention.end
            continue
        if person.victim or not _LIST_GAP.fullmatch(text, end, mention.start):
            break
        if person not in listed:
            listed.append(person)
        end = mention.end
    if end is None or not _GAPPED_AFTER.fullmatch(text, end, position):
        return [named]
    return listed


def victim_subject(article: Article, sentence: Sentence, clause: int, cue: int | None) -> bool:
    """Whether the subject right before the imposing word is one the report tells harmed and
    never accuses: what he "got" is no court's term ("Cy got a life sentence, we all did," his
    mother said of the one killed)."""
    if cue is None:
        return False
    text = sentence.text
    if any(
        person.victim
        and not person.suspect
        and clause <= mention.start
        and mention.end <= cue
        and _SUBJECT_GAP.fullmatch(text, mention.end, cue)
        and _OPENS.search(text, clause, mention.start)
        for mention, person in article.cast.people_in(sentence)
    ):
        return True
    # the one killed called by the given name alone, as his family does ("Cy got ..."), when
    # no one accused has that given name
    word = _GIVEN_BEFORE.search(text, clause, cue)
    if word is None or not _OPENS.search(text, clause, word.start()):
        return False
    given = {p.name.split()[0] for p in article.cast.people if p.name and p.victim}
    accused = {p.name.split()[0] for p in article.cast.people if p.name and p.suspect}
    return word.group(1) in given - accused


_GIVEN_BEFORE = re.compile(r"\b((?-i:[A-Z])[a-z'’-]+)\s+\Z")
# Where a subject opens: the clause's start, a quotation mark, a colon (not "the pills that
# killed Ann Lee was sentenced", where the one named is the object of a relative clause).
_OPENS = re.compile(r"(?:\A|[\"“‘:;])\s*\Z")


def _named(
    article: Article, sentence: Sentence, clause: int, cue: int | None, position: int
) -> Person | None:
    """The person named as the one sentenced: right after "sentenced" (before the term), or
    just before the imposing word with at most an appositive between."""
    if cue is None:
        return None
    text = sentence.text
    mentions = [
        (m, p)
        for m, p in article.cast.people_in(sentence)
        if clause <= m.start
        and not p.victim
        # A judge named by title once and by surname after ("Reilly imposed ...") imposes.
        and not p.official
        and not _TITLE_BEFORE.search(text, max(0, m.start - 25), m.start)
    ]
    for mention, person in mentions:
        if (
            cue < mention.start < position
            and _GAPPED_AFTER.fullmatch(text, mention.end, position)
            and _GAPPED_BEFORE.search(text, max(cue, mention.start - 6), mention.start)
            # (a term told before it: not "sentenced Bo Tran and Ali Tran to life", one list)
            and _TERM_BEFORE.search(text, cue, mention.start)
        ):
            return person  # "... and Ali Tran to eight years"
    # The object of the imposing word, or of one before it in the clause: "handed Bo Tran a
    # sentence of eight years" ("handed", then "sentence of").
    starts = [cue, *(m.start() for m in reversed(list(IMPOSING.finditer(text, clause, cue))))]
    for start in starts:
        for mention, person in mentions:
            if start < mention.start < position and _OBJECT_GAP.fullmatch(
                text, start, mention.start
            ):
                return person
    # "The judge imposed a sentence of 14 years on Bo Tran": the one it was imposed on.
    if any(_IMPOSED_ON.match(text, start) for start in starts):
        for mention, person in mentions:
            if mention.start > position and _ON_BEFORE.search(
                text, max(position, mention.start - 4), mention.start
            ):
                return person
    if _ACTIVE.match(text, cue) and not _PASSIVE_BEFORE.search(text, max(0, cue - 30), cue):
        return None  # "Judge Lee sentenced him to ...": the subject imposed it
    subjects = [
        p
        for m, p in mentions
        if m.end <= cue
        and _SUBJECT_GAP.fullmatch(text, m.end, cue)
        and not _PLACE_BEFORE.search(text, max(0, m.start - 8), m.start)
    ]
    suspects = [p for p in subjects if p.suspect]
    return (suspects or subjects or [None])[-1]
