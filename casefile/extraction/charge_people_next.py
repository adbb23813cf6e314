"""Whom a charge sentence charges when it names no one: the people the sentences after it
name. A counted group ("two men were charged", "charges against two brothers") is the first
of the next two sentences that names as many suspects; a lede's subject described, not named
("A Dayton man", "A former bookkeeper"), is the person whose name opens the next sentence;
"him" of a verdict is the person an earlier sentence names as a verdict's object; "he"
right after talk of an unnamed minor is that minor, not the adult suspect named before; and a
sentence that opens on a description of the accused ("The woman facing arson charges") is of
the one accused the report names (`only_accused_described`)."""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.mentions import NameMention
from casefile.extraction.people import Person
from casefile.extraction.scan_compile import compile_scan
from casefile.extraction.sentences import Sentence

# A number of people the sentence charges without naming them: "two more people have been
# charged", "one of three men arrested on charges of".
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# (compile_scan: searched at every position, it skips in C to where a match can start)
COUNTED_GROUP = compile_scan(
    r"\b(two|three|four|five|six)\s+(?:more\s+|other\s+|young\s+)?(?:people|men|women|suspects|"
    r"teens|teenagers|juveniles|adults|individuals|persons|defendants|brothers|sisters)\b",
    re.I,
)


# Two people told by what they are to each other or to the one harmed: "A Dayton couple",
# "The mother and stepfather of a 2-year-old boy", "A man and his son".
_KIN = (
    r"(?:mother|father|parents|stepfather|stepmother|boyfriend|girlfriend|husband|wife|man|"
    r"woman|teen|son|daughter|brother|sister|grandmother|grandfather|uncle|aunt|cousin|friend|"
    r"roommate|accomplice)"
)
TOLD_PAIR_WORDS = (
    r"\b(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:couple|pair)"
    rf"|(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_KIN}\s+and\s+"
    rf"(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_KIN})\b"
)
TOLD_PAIR = re.compile(TOLD_PAIR_WORDS, re.I)


def count_of(group: str) -> int | None:
    """How many people a group's words count: "two brothers" and "both" are two."""
    words = group.lower().split()
    if "both" in words:
        return 2
    return next((NUMBERS[word] for word in words if word in NUMBERS), None)


def named_next(article: Article, sentence: Sentence, count: int) -> list[Person]:
    """The suspects a counted group stands for when the next sentences name them: the first
    of the next two sentences that names exactly `count` suspects."""
    last = min(len(article.sentences), sentence.index + 3)
    for after in range(sentence.index + 1, last):
        named = distinct_people(article.cast.suspects_in(article.sentences[after]))
        if len(named) == count:
            return named
        if named:
            break
    return []


def named_over_next(article: Article, sentence: Sentence, count: int) -> list[Person]:
    """The suspects a counted group a charge is brought against stands for, when the next two
    sentences name exactly `count` suspects between them ("returned murder indictments against
    two brothers. Bo Tran, 25, is the second man charged. His brother, Cy Tran, 29, ...")."""
    named: list[Person] = []
    for after in range(sentence.index + 1, min(len(article.sentences), sentence.index + 3)):
        named = distinct_people([*named, *article.cast.suspects_in(article.sentences[after])])
        if len(named) >= count:
            break
    return named if len(named) == count else []


# A group a charge is brought against, told by a count or as a pair: "returned murder
# indictments against two brothers", "filed arson charges against a Marlow couple".
_AGAINST = re.compile(r"[^.;]{0,80}?\bagainst\s+")


def group_against(text: str, end: int) -> int | None:
    """How many a group told right after "against", past the charge cue ending at `end` of
    `text`, counts ("against two brothers": 2, "against a Dayton couple": 2); None if no such
    group."""
    against = _AGAINST.match(text, end)
    if against is None:
        return None
    counted = COUNTED_GROUP.match(text, against.end())
    if counted is not None:
        return NUMBERS[counted.group(1).lower()]
    return 2 if TOLD_PAIR.match(text, against.end()) else None


# A lede's subject described, not named: "The woman facing arson charges", "A Dayton man",
# or by what the person does, a noun of an agent: "A former bookkeeper", "A Houston pastor",
# "A nursing assistant" (not "a second man": someone besides the one named next; nor "a
# number of").
DESCRIBED = re.compile(
    # (after a dateline: "UTICA, N.Y. (AP) — A man convicted of ...", "ELYRIA — A man")
    r"(?-i:[A-Z][A-Z.'’ -]*[A-Z.](?:,[\w .'’()-]{0,40}?)?\s*(?:[—–]|--|\s-)\s*)?"
    r"(?:the|an?)\s+(?!second\b|third\b|other\b|another\b)(?:[\w-]+\s+){0,3}?(?:(?:man|woman|"
    r"teen|teenager|boy|girl|suspect|driver|mother|father|son|daughter|husband|wife)\b|"
    r"[a-z]{3,}(?:er|or|ist|ant|ent)\b(?!\s+of\b))",
    re.I,
)


# A sentence that gives its opening name another part than the lede's: "Ann Lee, the judge,
# said", "Ann Lee, a spokeswoman for".
_OTHER_ROLE = re.compile(
    r"^[^,]{1,40},\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:judge|prosecutor|attorney|lawyer|"
    r"spokes\w+|officer|detective|sheriff|chief|witness|victim|neighbou?r)\b",
    re.I,
)


def named_next_subject(article: Article, sentence: Sentence) -> Person | None:
    """The suspect a lede describes without a name ("The woman facing arson charges ...")
    when the next sentence opens with that suspect's name ("Ann Lee, 29, appeared ..."), or
    with the name of someone the report gives no other role ("Ann Lee, 47, admitted she ...":
    the lede's charge makes her a suspect)."""
    if sentence.index + 1 >= len(article.sentences):
        return None
    following = article.sentences[sentence.index + 1]
    opening = [
        p
        for m, p in article.cast.people_in(following)
        if m.start <= 1
        and p.name
        and (p.suspect or not (p.victim or p.official or _OTHER_ROLE.search(following.text)))
    ]
    return opening[0] if opening else None


def distinct_people(people: list[Person]) -> list[Person]:
    found: list[Person] = []
    for person in people:
        if not any(person is other for other in found):
            found.append(person)
    return found


PRONOUN_OBJECT = re.compile(r"\b(?:him|her)\b", re.I)
# The verb of a verdict or charge whose object follows, with a title or two between.
_VERDICT_BEFORE = re.compile(
    r"\b(?:acquitted|convicted|charged|charging|indicted|sentenced|found)\s+(?:[\w.'’-]+\s+){0,4}?$",
    re.I,
)


def verdict_object_before(article: Article, sentence: Sentence) -> Person | None:
    """The person the last three sentences name as the object of a verdict or a charge
    ("A judge acquitted Rochester police officer Bo Tran of assault"): whom "him" stands for
    in the verdict after it, whatever part the report gave him elsewhere."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        before = article.sentences[index]
        for mention, person in reversed(article.cast.people_in(before)):
            if _VERDICT_BEFORE.search(before.text, max(0, mention.start - 60), mention.start):
                return None if person.victim and not person.suspect else person
    return None


# A pronoun subject before a cue: "Police said he is expected to be charged with".
PRONOUN_BEFORE = re.compile(
    r"(?:^|\b(?:said|says|and|where|when)\s+|[,;]\s+)(?:he|she)\s+(?:[\w'’-]+\s+){0,4}$", re.I
)


# An unnamed minor the report speaks of: "the teen", "the 16-year-old", "the boy".
_MINOR = re.compile(
    r"\bthe\s+(?:(?:1[0-7]|[1-9])-year-old\s+)?(?:teen|teenager|boy|girl|juvenile|minor)\b|"
    r"\bthe\s+(?:1[0-7]|[1-9])-year-old\b",
    re.I,
)


def an_unnamed_minor(
    article: Article,
    sentence: Sentence,
    start: int,
    mentions: list[tuple[NameMention, Person]],
    actor: Person | None,
) -> bool:
    """Whether the pronoun a cue follows stands for an unnamed minor the report has just
    spoken of ("The teen's case was handled in juvenile court. Last week, he admitted to
    ..."), not for the adult suspect it named (his father, 44)."""
    if actor is None or actor.age is None or actor.age < 18 or sentence.index == 0:
        return False
    if any(m.start < start for m, _ in mentions):
        return False
    if not PRONOUN_BEFORE.search(sentence.text, 0, start):
        return False
    previous = article.sentences[sentence.index - 1].text + " " + sentence.text[:start]
    return _MINOR.search(previous) is not None


def a_described_minor_subject(
    article: Article, sentence: Sentence, start: int, mentions: list[tuple[NameMention, Person]]
) -> bool:
    """Whether the cue's subject is a minor the report describes and does not name ("The
    17-year-old has been charged with murder through the juvenile court", "The juvenile
    faces robbery charges"), when every suspect it names is an adult by the age it gives:
    the minor's charges are no charges of theirs."""
    if any(m.start < start for m, _ in mentions):
        return False
    if _MINOR_SUBJECT.match(sentence.text[:start]) is None:
        return False
    named = article.cast.named_suspects
    return bool(named) and all(p.age is not None and p.age >= 18 for p in named)


# A sentence's subject that is a minor told by age or by a word for one, and a few words of
# its verb between it and the cue ("The juvenile faces a charge of"), no name or clause.
_MINOR_SUBJECT = re.compile(
    r"\W*[Tt]he\s+(?:(?:1[0-7]|[1-9])-year-old(?:\s+(?:boy|girl|male|female|juvenile|teen|"
    r"teenager|suspect|defendant))?|juvenile|teen|teenager|minor)\s+(?:[a-z-]+\s+){0,4}\Z"
)


def minor_joined(text: str, end: int, start: int) -> bool:
    """Whether the subject whose name ends at `end` goes on, up to the cue at `start`, to an
    unnamed one joined to it and a plural verb ("Bo Tran, 19, and a 17-year-old who cannot
    be named are charged with", "Bo Tran and another man were charged"): the two are charged
    together."""
    return _AND_AN_UNNAMED.match(text, end, start) is not None


# The rest of a subject after a name: an unnamed minor, or someone told only by sex, joined to
# it, then the plural verb (an adult's age may be a named one's, told again).
_AND_AN_UNNAMED = re.compile(
    r"(?:,\s*\d{1,3},?|\s+\(\d{1,3}\),?)?\s+and\s+(?:an?|another)\s+(?:(?:1[0-7]|[1-9])-year-old|"
    r"juvenile|teen|teenager|minor|man|woman|boy|girl|person)\b[^.;]{0,90}?\s+(?:were|are|"
    # ("were arrested Tuesday and charged with": a second verb of the same subject)
    r"have\s+been|had\s+been)\s+(?:[^.;,]{0,50}?\s+and\s+)?(?:\w+\s+)?\Z"
)


# A sentence opening with a description of the accused, perhaps after a dateline: "The woman
# facing arson charges", "A Fairview man accused of", "The 29-year-old suspect", "DAYTON, Ohio
# (AP) - A man already jailed in".
DESCRIBED_ACCUSED = re.compile(
    r"(?:[A-Z][A-Z .'’-]+,[\w .'’()-]{0,40}?\s(?:[—–]|--|-)\s*)?"
    r"\W*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|teen|teenager|suspect|defendant|"
    r"accused|boy|girl)\b",
    re.I,
)


def only_accused(article: Article, sentence: Sentence) -> Person | None:
    """The one accused the report names, when `sentence` names no suspect itself; else None."""
    suspects = [p for p in article.cast.named_suspects if p.name]
    if len(suspects) != 1 or any(p.suspect for _, p in article.cast.people_in(sentence)):
        return None
    return suspects[0]


def only_accused_described(article: Article, sentence: Sentence) -> Person | None:
    """The one accused the report names, when `sentence` opens on a description of an accused
    and names no suspect itself ("The woman facing arson charges posted bail", a lede's "A
    man already jailed in a shooting has been indicted in a separate killing"); else None."""
    if not DESCRIBED_ACCUSED.match(sentence.text):
        return None
    return only_accused(article, sentence)


# One more of the case's suspects, told by an ordinal: "Meanwhile, a third man was arrested".
_ONE_MORE = re.compile(
    r"\b(?:another|a\s+(?:second|third|fourth|fifth))\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|"
    r"suspect|teen|teenager|boy|girl|male|female|defendant)\b[^.;,]{0,20}?\Z",
    re.I,
)


def one_more_named_next(article: Article, sentence: Sentence, start: int) -> Person | None:
    """The suspect a sentence that names no one tells of as one more ("Meanwhile, a third man
    was arrested on Tuesday") when the next sentence opens on a name the report had not told
    before ("Cal Dunne, 18, of Elton, was charged with ..."): no one named earlier."""
    if article.cast.people_in(sentence) or not _ONE_MORE.search(sentence.text, 0, start):
        return None
    person = named_next_subject(article, sentence)
    if person is None or any(index <= sentence.index for index, _, _ in person.mentions):
        return None
    return person


_PAIR_VERB_GAP = re.compile(r"\s+(?:(?:were|are|have|had|been|both|each|also|later|then)\s+)*")


def pair_named_next(article: Article, sentence: Sentence, start: int) -> list[Person]:
    """The two a sentence that names no one tells as a pair before `start` ("A Dayton woman
    and her boyfriend were arraigned Tuesday") when the next two sentences name them, together
    or one each ("Cal Dunne, 33, is charged with assault. The boy's mother, Ann Lee, 29, is
    charged with ...")."""
    if article.cast.people_in(sentence):
        return []
    pair = list(TOLD_PAIR.finditer(sentence.text, 0, start))
    # (the pair the verb's subject: "... and her boyfriend were arraigned")
    if not pair or not _PAIR_VERB_GAP.fullmatch(sentence.text, pair[-1].end(), start):
        return []
    return named_over_next(article, sentence, 2)
