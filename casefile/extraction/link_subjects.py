"""Who a link statement is about, and whose deaths it names: the person a statement names
as its subject or object or refers to (`linked_person`), a doer who died too (`doer_who_died`),
and the killed people of the case against those of other killings (`KilledNames`,
`OwnVictims`). `homicide.py` reads the statements; this module answers "who" for them."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from casefile.domain.facts import Fact
from casefile.extraction.charge_people_next import only_accused_described
from casefile.extraction.context import Article, person_name
from casefile.extraction.harm_cues import list_goes_on
from casefile.extraction.link_charges import (
    COUNT_OF,
    HOMICIDE_CHARGE,
    MULTIPLE,
)
from casefile.extraction.link_wording import (
    ANOTHER,
    NAMES_A_KILLING,
    OBJECT_GAP,
    REFERS,
    SUBJECT_GAP,
)
from casefile.extraction.numbers import number_value
from casefile.extraction.patterns import first_in, prefix_match, search_within
from casefile.extraction.people import Person
from casefile.extraction.scan_compile import compile_scan
from casefile.extraction.sentences import Sentence


def linked_person(
    article: Article, sentence: Sentence, match: re.Match[str], killed_names: list[str]
) -> Person | None:
    """The person a link statement is about: the one it names as its subject ("Bo Tran, 29,
    is also a suspect in", "police say Bo Tran may have been involved in") or object
    ("evidence links Bo Tran to"), whether or not other cues made a suspect of them; else the
    suspect the sentence refers to. In a clause about another matter ("in an unrelated case,
    police seek a suspect in ..."), only a suspect the sentence names or refers to ("he", "the
    man") is linked; "a suspect" there is someone else."""
    position = match.start()
    text = sentence.text
    if _AS_WHOM.search(match.group(0)):
        # "Ann Lee identified the attacker as Bo Tran": the one named after "as", not the one
        # who told the police
        for mention, named in article.cast.people_in(sentence):
            if mention.start >= match.end() and not text[match.end() : mention.start].strip():
                return None if named.official or one_of(named, killed_names) else named
    possessed = False  # "Bo Tran's brother was wanted in": someone else, not named
    for mention, named in article.cast.people_in(sentence):
        if named.official or named.name is None:
            continue
        if mention.end <= position and _POSSESSED_SUBJECT.match(text[mention.end : position]):
            possessed = True
            continue
        if one_of(named, killed_names):
            if position < mention.start < match.end() and search_within(
                _SAYS_WHO, text, position, mention.start
            ):
                return None  # "police believe Ann Lee shot": its doer is told, and is dead
            continue
        if mention.end <= position and prefix_match(SUBJECT_GAP, text[mention.end : position]):
            return named
        if position < mention.start < match.end() and OBJECT_GAP.match(
            text[position : mention.start]
        ):
            return named
        if match.end() <= mention.start and not text[match.end() : mention.start].strip():
            return named  # "identified the gunman as Bo Tran"
        if (
            match.end() <= mention.start
            and _FILE.search(match.group(0))
            and _AGAINST_GAP.match(text[match.end() : mention.start])
        ):
            # "expects to file a charge of vehicular homicide against Bo Tran": the charge to
            # come is against the one named after "against"
            return named
    if possessed:
        return None
    if match.group(0).startswith("After"):
        # "After allegedly killing Ann Lee, Bo Tran drove to Ohio": the subject after the comma
        comma = text.find(",", match.end())
        for mention, named in article.cast.people_in(sentence):
            if comma >= 0 and mention.start > comma and not named.official:
                return None if one_of(named, killed_names) else named
    person = _of_the_age_told(article, sentence, position, article.cast.actor(sentence, position))
    if person is None or article.in_case(sentence, position):
        return person
    if any(p is person for _, p in article.cast.people_in(sentence)):
        return person
    if first_in(REFERS, sentence.text):
        return person
    # In a clause about another matter, a lede's "A man already jailed in a shooting has been
    # indicted in a separate killing" is still the one accused the report names.
    return person if only_accused_described(article, sentence) is person else None


# A charge still to come told by its filing, and the words up to whom it is against.
_FILE = re.compile(r"\bfile\Z", re.IGNORECASE)
_AGAINST_GAP = re.compile(r"\A\s+(?:[^.;,]{0,80}?\s)?against\s+\Z", re.IGNORECASE)
# A statement that names its person after it: "identified the gunman as".
# (compile_scan: searched at every position, it skips in C to where a match can start)
_AS_WHOM = compile_scan(r"\bas\s*\Z")
# A relative or associate of a named person as the subject: "Bo Tran's brother was".
_POSSESSED_SUBJECT = re.compile(
    r"\A[’']s?\s+(?:[\w-]+\s+){1,2}?(?:(?:is|was|were|are|has|had|have|been|being|be|also|now|"
    r"still|later)\s+)+\Z"
)
# One described by age just before a statement: "a teen who was accused of killing", "a
# 34-year-old man named a person of interest".
_DESCRIBED = re.compile(
    r"\b(?:an?|the)\s+(?:(?P<age>\d{1,2})-year-old|(?P<young>teen|teenager|juvenile|boy|girl|"
    r"youth))\b[^.;,]{0,40}\Z",
    re.I,
)


def _of_the_age_told(
    article: Article, sentence: Sentence, position: int, person: Person | None
) -> Person | None:
    """`person`, the one a statement refers to, unless the statement describes someone of
    another age ("a teen who was accused" is not the 24-year-old): then the one suspect of that
    age, or no one."""
    described = search_within(_DESCRIBED, sentence.text, max(0, position - 60), position)
    if person is None or described is None:
        return person

    def fits(candidate: Person) -> bool:
        if candidate.age is None:
            return True
        if described.group("age"):
            return candidate.age == int(described.group("age"))
        return candidate.age <= 19

    if fits(person):
        return person
    others = [
        p
        for p in article.cast.people
        if p.suspect and p.name and not p.killed and p.age is not None and fits(p)
    ]
    return others[0] if len(others) == 1 else None


# The words that open what someone says or believes a person did: "police believe <who>".
_SAYS_WHO = re.compile(r"\b(?:say|says|said|allege|alleged|believe|believes|that)\s+\Z", re.I)
# What follows the doer of a told killing up to its verb: "Bo Tran, 42, shot", not "Ann Lee,
# 45, was shot" nor "Ann Lee's husband shot".
_DOER_VERB = re.compile(
    r"\A(?:,[^.;]{0,40}?,)?\s+(?:allegedly\s+)?(?:fatally\s+)?(?:shot|stabbed|beat|struck|"
    r"strangled|ran over|killed|murdered)\b",
    re.I,
)


def doer_who_died(
    article: Article, sentence: Sentence, match: re.Match[str], killed_names: list[str]
) -> Person | None:
    """The one a statement says killed or harmed the dead ("police believe Bo Tran shot Ann
    Lee"), when he is dead too (he killed himself, or police shot him): a doer all the same."""
    if not killed_names:
        return None
    text = sentence.text
    for mention, named in article.cast.people_in(sentence):
        if (
            match.start() < mention.start < match.end()
            and not named.official
            and named.name is not None
            and search_within(_SAYS_WHO, text, match.start(), mention.start)
            and _DOER_VERB.match(text[mention.end : match.end()])
            and one_of(named, killed_names)
        ):
            return named
    return None


class KilledNames(list[str]):
    """The names of the people the article tells were killed, looked up by their words: a
    long text (an archive page, a digest) names hundreds, and a scan of them all for each
    sentence and each person grew with the square of its length."""

    def __init__(self, names: Iterable[str]) -> None:
        super().__init__(names)
        # The first and last words of each name (`one_of`).
        self.ends = frozenset((n.split()[0], n.split()[-1]) for n in self if n)
        # Each surname (a name's last word) and where the names that end with it are.
        self._places: dict[str, list[int]] = {}
        for index, name in enumerate(self):
            if name:
                self._places.setdefault(name.split()[-1], []).append(index)
        self._words = {s: re.compile(rf"\b{re.escape(s)}\b") for s in self._places}
        self._automaton: ahocorasick.Automaton | None = None

    def named_in(self, text: str, whole_words: bool = False) -> list[str]:
        """The names, in order, whose surname is in `text` (as a whole word with
        `whole_words`)."""
        if not self._places:
            return []
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for surname in self._places:
                self._automaton.add_word(surname, surname)
            self._automaton.make_automaton()
        found = {surname for _, surname in self._automaton.iter(text)}
        if whole_words:
            found = {surname for surname in found if self._words[surname].search(text)}
        return [self[i] for i in sorted(i for surname in found for i in self._places[surname])]


# Words that set a charge's killing apart from the case's, besides those of another killing
# (`link_wording.ANOTHER`): "is already awaiting trial", "was previously charged".
_SET_APART = re.compile(r"\b(?:already|separately|previously|awaiting trial)\b", re.I)
_ALSO = re.compile(r"\b(?:also|additionally|separately)\b", re.I)
# A killing told with its own date: "the March 3 shooting death of", "the 2019 killing of".
_DATED_KILLING = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|May\s+\d{1,2}|"
    r"(?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:killing|death|murder|slaying|homicide|shooting|stabbing)",
)


class OwnVictims:
    """Which killed people are the case's own, per suspect: those named where a homicide
    charge against the suspect is stated, else the first killed person the article names."""

    def __init__(self, article: Article, charges: list[Fact], killed_names: KilledNames) -> None:
        self._killed = [n for n in killed_names if n]
        self._names = killed_names
        self._by_person: dict[str, list[str]] = {}
        # The homicide charges in a killing besides the case's, which end no link to it.
        self.further: list[Fact] = []
        first = self._first = self._first_own(article, charges)
        for charge in charges:
            if charge.fields["status"] == "expected" or not HOMICIDE_CHARGE.search(
                charge.fields["charge"] or ""
            ):
                continue
            charged = charge.fields["person"]
            named = self._named_besides(charged or "", charge.evidence.quote)
            if not named or not charged:
                continue
            quote = charge.evidence.quote
            set_apart = _SET_APART.search(quote) or first_in(ANOTHER, quote)
            if set_apart and charged in self._by_person:
                # A homicide charge told after the case's and set apart from it ("is already
                # awaiting trial in the death of his second wife") is in a further killing.
                continue
            if (
                charged in self._by_person
                and _ALSO.search(quote)
                and _DATED_KILLING.search(quote)
                and not any(n in self._by_person[charged] for n in named)
            ):
                # ... and so is one told "also" of a killing dated apart, whose dead the case's
                # charge did not name ("has additionally been charged with second-degree
                # murder in the March 3 shooting death of Cy Hall")
                self.further.append(charge)
                continue
            if (
                (set_apart or _ALSO.search(quote))
                and charged not in self._by_person
                and not any(n in first for n in named)
            ):
                # ... and so is one set apart from the killing the story opened with, though
                # no charge in that one is told ("Bo Tran, arrested in her death, is also
                # charged with murder in the killing of Cy Hall").
                self.further.append(charge)
                continue
            self._by_person.setdefault(charged, []).extend(named)

    def _first_own(self, article: Article, charges: list[Fact]) -> list[str]:
        """The case's own dead where no charge tells them: the first killed person the article
        names, passing over one first named where a homicide charge is told "also" or set
        apart ("Tran was also charged with murder in the April 2 death of Cy Hall. ... Ann
        Lee, 16, died in the May 18 shooting": Ann Lee), when another is named elsewhere."""
        apart = [
            c.evidence.quote
            for c in charges
            if _ALSO.search(c.evidence.quote) or _SET_APART.search(c.evidence.quote)
        ]
        if len(self._killed) < 2:
            return self._killed[:1]
        if not apart:
            # the first the text names, not the first the victims were read in
            for sentence in article.sentences:
                named = self._named(sentence.text)
                if named:
                    # (the surname's place: "The teen who died was Ann Lee ... Cy Hall")
                    return [min(named, key=lambda n: sentence.text.find(n.split()[-1]))]
            return self._killed[:1]
        passed: set[str] = set()  # first named in a charge set apart
        for sentence in article.sentences:
            in_apart = any(sentence.text in quote or quote in sentence.text for quote in apart)
            for name in self._named(sentence.text):
                if name in passed:
                    continue
                if not in_apart:
                    return [name]
                passed.add(name)
        return self._killed[:1]

    def _named(self, text: str) -> list[str]:
        return self._names.named_in(text, whole_words=True)

    def named_from(self, text: str, start: int) -> str:
        """The part of `text` from `start` when it names a killed person, else all of it."""
        return text[start:] if self._named(text[start:]) else text

    def _named_besides(self, name: str, text: str) -> list[str]:
        """The killed people `text` names, leaving out one told only by the surname she shares
        with the person called `name` ("investigating Coles in the death of his first wife":
        him, not his wife Ann Coles)."""
        words = name.split()
        return [
            n
            for n in self._named(text)
            if not (
                words
                and n.split()[-1] == words[-1]
                and not re.search(rf"\b{re.escape(n.split()[0])}\b", text)
            )
        ]

    def names_own(self, person: Person, text: str) -> bool:
        """Whether `text` names one of the case's own killed people for `person`."""
        own = self._by_person.get(person_name(person) or "", self._first)
        return any(n in own for n in self._named_besides(person_name(person) or "", text))

    def others(self, person: Person, text: str) -> list[str]:
        """The killed people `text` names when none of them is the case's own, else []."""
        named = self._named_besides(person_name(person) or "", text)
        if not named:
            return []
        own = self._by_person.get(person_name(person) or "", self._first)
        return [] if any(n in own for n in named) else named


def victims_named(text: str, killed_names: KilledNames, expand: bool) -> list[str | None]:
    """The killed people a link sentence names; else, for the case's killing (`expand`), all
    of them when it counts as many ("three counts of murder"), or the only one."""
    named: list[str | None] = list(killed_names.named_in(text))
    count = COUNT_OF.search(text) if expand else None
    number = (
        (
            MULTIPLE[count.group("m").lower()]
            if count.group("m")
            else number_value(count.group("n") or count.group("c") or count.group("k"))
        )
        if count
        else None
    )
    if named:
        # "on suspicion of three counts of murder" with one of the three named: the others too.
        return named + [None] * max(0, (number or 0) - len(named))
    if len(killed_names) == 1 and not (number and number > 1):
        return [killed_names[0]]
    if number and number > 1 and number >= len(killed_names):
        return [*killed_names, *[None] * (number - len(killed_names))]
    if expand and not number and len(killed_names) > 1:
        # "a suspect in the killings", "arrested in connection with the shooting" that killed
        # them: each of the case's dead
        return list(killed_names)
    return [None]


def the_killed(article: Article, sentence, person: Person, start: int) -> bool:
    """Whether `person` is named in `sentence` only after a killing word that follows the link
    phrase at `start`: the one killed, not the one linked."""
    mentions = [m for m, p in article.cast.people_in(sentence) if p is person]
    text = sentence.text
    return (
        bool(mentions)
        and all(
            m.start > start
            and search_within(NAMES_A_KILLING, text, start, m.start)
            # "to file a homicide charge against Bo Tran": the one it is against
            and not search_within(_AGAINST, text, max(0, m.start - 12), m.start)
            # "The suspect in the killing of Ann Lee, 41, Bo Tran, 30, was arrested": the name
            # set beside the subject after the dead's, no list of the dead
            and not (
                search_within(_AFTER_A_NAME, text, max(0, m.start - 40), m.start)
                and not list_goes_on(text[m.end :])
            )
            for m in mentions
        )
    )


_AGAINST = re.compile(r"\bagainst\s+\Z", re.IGNORECASE)
_AFTER_A_NAME = re.compile(r"(?-i:[A-Z])[\w'’.-]+(?:,\s*\d{1,3})?,\s+\Z")


def one_of(person: Person, names: list[str]) -> bool:
    """Whether `person` is one of the people `names` (first name and surname alike)."""
    words = person_name(person).split() if person.name else []
    if not words:
        return False
    ends = names.ends if isinstance(names, KilledNames) else KilledNames(names).ends
    return (words[0], words[-1]) in ends
