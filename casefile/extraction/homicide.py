"""LinkedToHomicide: a suspect tied to homicides other than the charged one, or to the
article's killing before any homicide charge.

A link is read from a statement of it (link_wording.py), said of the person it names as its
subject or object, or refers to; people named together as its subject share it. In a story of
a killing, a named suspect no statement ties to it, who was never arrested, charged or in court
(killed by police, dead by his own hand, at large), is its suspect too. The dead of another
killing a suspect is tied to are reported back (`elsewhere`): they are no victims of the case."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import ahocorasick

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.link_wording import (
    ANCHOR_GATE,
    ANOTHER,
    CHARGE_GATE,
    CHARGED_IN_DEATH,
    CHARGED_WITH_HOMICIDE,
    COUNT_OF,
    COUNTED,
    COUNTED_GATE,
    EVENT_WORD,
    EXPECTED,
    HARMED_IN_KILLING,
    HOMICIDE_CHARGE,
    HOMICIDE_CHARGE_HERE,
    HOMICIDE_GATE,
    HOMICIDE_WORD,
    KILLING_STORY_GATE,
    LINK_VERB,
    NAMES_A_KILLING,
    OBJECT_GAP,
    POI,
    REFERS,
    SHOOTINGS,
    SUBJECT_GAP,
    homicide_details,
    relation_of,
    statements,
)
from casefile.extraction.numbers import NUMBER_KEYS, number_value
from casefile.extraction.patterns import first_in, matches_in, prefix_match
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, key_words
from casefile.extraction.victim_names import case_killing


def extract_homicide_links(
    article: Article,
    charges: list[Fact],
    killed_names: list[str],
    arrests: Sequence[Fact] = (),
    elsewhere: set[str] | None = None,
) -> list[Fact]:
    """The links the article states. `elsewhere`, when given, receives the names of the killed
    people the links tie to killings besides the case's (victims of those, not of the case)."""
    counted: dict[int, tuple[int, Fact]] = {}
    poi: dict[int, tuple[Fact, bool]] = {}  # the link, and whether it is to another killing
    # Per person: links to the case's own killing, and links to other killings.
    anchor: dict[int, tuple[list[Fact], list[Fact]]] = {}
    charged_here: set[int] = set()
    people: dict[int, Person | None] = {}
    charged_with_homicide = {
        c.fields["person"]
        for c in charges
        if HOMICIDE_CHARGE.search(c.fields["charge"] or "") and c.fields["status"] != "expected"
    }
    charged_with_any = {c.fields["person"] for c in charges if c.fields["status"] != "expected"}
    killed_names = _Killed(killed_names)
    own_victims = _OwnVictims(article, charges, killed_names)
    killing = bool(killed_names) or case_killing(article)
    gate = KILLING_STORY_GATE if killing else HOMICIDE_GATE
    for sentence in gate.among(article.sentences):
        text = sentence.text
        if not first_in(HOMICIDE_WORD, text) and not (
            killing and (first_in(EVENT_WORD, text) or first_in(HARMED_IN_KILLING, text))
        ):
            continue
        counting = COUNTED_GATE.opens(sentence) and NUMBER_KEYS.opens(sentence)
        counts = matches_in(COUNTED, text) if counting else ()
        for match in counts:
            if not first_in(LINK_VERB, text):
                continue
            count = number_value(match.group("n") or match.group("n2") or match.group("n3") or "")
            if not count:
                continue
            person = _linked(article, sentence, match, killed_names)
            if person is None:
                continue
            relation = relation_of(text)
            if SHOOTINGS.search(match.group(0)) and relation != "suspect":
                continue
            another = first_in(ANOTHER, text)
            if match.group("kind") and not another:
                continue  # "the deaths of two women" may be the case's own; "also" says not
            other = (
                match.group("other")
                or match.group("other2")
                or match.group("other3")
                or match.group("other4")
            )
            # "charged in four murders" counts the article's own killing among the four; "is
            # also a suspect in two killings" counts others besides.
            if not other and not another and relation in ("charged", "suspect") and count > 1:
                count -= 1
            link = fact(
                "LinkedToHomicide",
                {"person": person_name(person), "relation": relation, "victim": None},
                article,
                sentence,
            )
            if count > counted.get(id(person), (0, link))[0]:
                counted[id(person)] = (count, link)
                people[id(person)] = person
        interest = first_in(POI, text) if "interest" in sentence.lower else None
        if interest:
            person = _linked(article, sentence, interest, killed_names)
            if person is not None and id(person) not in poi:
                people[id(person)] = person
                link = fact(
                    "LinkedToHomicide",
                    {
                        "person": person_name(person),
                        "relation": "person of interest",
                        "victim": None,
                        "details": homicide_details(text),
                    },
                    article,
                    sentence,
                )
                other = bool(first_in(ANOTHER, text) or own_victims.others(person, text))
                poi[id(person)] = (link, other)
        if ANCHOR_GATE.opens(sentence) and not first_in(_ONLY_ATTEMPT, text):
            for relation, match in statements(sentence, killing):
                person = _linked(article, sentence, match, killed_names)
                if person is None or _one_of(person, killed_names):
                    continue
                if not match.group(0).startswith("After") and _the_killed(
                    article, sentence, person, match.start()
                ):
                    continue  # "the suspect in the killing of Ann Lee": not Ann Lee
                # "Bo Tran and a second man, Cy Hall, are suspects in": both of them.
                for linked in [person, *_joined_with(article, sentence, person, killed_names)]:
                    people[id(linked)] = linked
                    _read_link(
                        article, sentence, linked, relation, anchor.setdefault(id(linked), ([], [])),
                        own_victims, killed_names, charged_here,
                    )  # fmt: skip
                break
    if killing:
        fallback = _suspects_of_the_killing(article, [*charges, *arrests], killed_names, people)
    else:
        fallback = {}
    links: list[Fact] = []
    in_text = _ChargedInText(article) if people else None
    for key, person in people.items():
        charged = key in charged_here or (
            person is not None
            and in_text is not None
            and (
                person_name(person) in charged_with_homicide
                or in_text.charged(person, person_name(person) in charged_with_any)
            )
        )
        if key in counted:
            count, link = counted[key]
            links.extend([link] * count)
        elif key in poi and (poi[key][1] or not charged):
            links.append(poi[key][0])
        elif key in fallback:
            if not charged:
                links.append(fallback[key])
        elif key in anchor:
            main, others = anchor[key]
            links.extend(others)
            if elsewhere is not None:
                elsewhere.update(f.fields["victim"] for f in others if f.fields["victim"])
            # The article's own killing is a link only until a homicide charge is filed (a
            # further charge expected then is no link).
            if not charged:
                links.extend(main)
    return links


# "in custody for attempted murder in connection with the shooting": a sentence whose only
# killing is an attempt ties no one to a death.
_ONLY_ATTEMPT = re.compile(
    r"\A(?=.*\battempt(?:ed|ing)?\b)(?!.*\b(?:death|deaths|died|killed|fatal|fatally|slain|homicide)\b)",
    re.I | re.S,
)


def _linked(
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
    for mention, named in article.cast.people_in(sentence):
        if named.official or named.name is None or _one_of(named, killed_names):
            continue
        if mention.end <= position and prefix_match(SUBJECT_GAP, text[mention.end : position]):
            return named
        if position < mention.start < match.end() and OBJECT_GAP.match(
            text[position : mention.start]
        ):
            return named
        if match.end() <= mention.start and not text[match.end() : mention.start].strip():
            return named  # "identified the gunman as Bo Tran"
    if match.group(0).startswith("After"):
        # "After allegedly killing Ann Lee, Bo Tran drove to Ohio": the subject after the comma
        comma = text.find(",", match.end())
        for mention, named in article.cast.people_in(sentence):
            if comma >= 0 and mention.start > comma and not named.official:
                return None if _one_of(named, killed_names) else named
    person = article.cast.actor(sentence, position)
    if person is None or article.in_case(sentence, position):
        return person
    if any(p is person for _, p in article.cast.people_in(sentence)):
        return person
    return person if first_in(REFERS, sentence.text) else None


class _Killed(list[str]):
    """The names of the people the article tells were killed, looked up by their words: a
    long text (an archive page, a digest) names hundreds, and a scan of them all for each
    sentence and each person grew with the square of its length."""

    def __init__(self, names: Iterable[str]) -> None:
        super().__init__(names)
        # The first and last words of each name (`_one_of`).
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


class _OwnVictims:
    """Which killed people are the case's own, per suspect: those named where a homicide
    charge against the suspect is stated, else the first killed person the article names."""

    def __init__(self, article: Article, charges: list[Fact], killed_names: _Killed) -> None:
        self._killed = [n for n in killed_names if n]
        self._names = killed_names
        self._by_person: dict[str, list[str]] = {}
        for charge in charges:
            if charge.fields["status"] == "expected" or not HOMICIDE_CHARGE.search(
                charge.fields["charge"] or ""
            ):
                continue
            quote = charge.evidence.quote
            named = self._named(quote)
            if named and charge.fields["person"]:
                self._by_person.setdefault(charge.fields["person"], []).extend(named)

    def _named(self, text: str) -> list[str]:
        return self._names.named_in(text, whole_words=True)

    def names_own(self, person: Person, text: str) -> bool:
        """Whether `text` names one of the case's own killed people for `person`."""
        own = self._by_person.get(person_name(person) or "", self._killed[:1])
        return any(n in own for n in self._named(text))

    def others(self, person: Person, text: str) -> list[str]:
        """The killed people `text` names when none of them is the case's own, else []."""
        named = self._named(text)
        if not named:
            return []
        own = self._by_person.get(person_name(person) or "", self._killed[:1])
        return [] if any(n in own for n in named) else named


def _victims(text: str, killed_names: _Killed, expand: bool) -> list[str | None]:
    """The killed people a link sentence names; else, for the case's killing (`expand`), all
    of them when it counts as many ("three counts of murder"), or the only one."""
    named: list[str | None] = list(killed_names.named_in(text))
    count = first_in(COUNT_OF, text) if expand else None
    number = number_value(count.group("n")) if count else None
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


_PLURAL_KILLING = re.compile(r"\b(?:killings|deaths|murders|slayings|homicides)\b", re.I)


def _the_killed(article: Article, sentence, person: Person, start: int) -> bool:
    """Whether `person` is named in `sentence` only after a killing word that follows the link
    phrase at `start`: the one killed, not the one linked."""
    mentions = [m for m, p in article.cast.people_in(sentence) if p is person]
    text = sentence.text
    return bool(mentions) and all(
        m.start > start and NAMES_A_KILLING.search(text, start, m.start) for m in mentions
    )


def _one_of(person: Person, names: list[str]) -> bool:
    """Whether `person` is one of the people `names` (first name and surname alike)."""
    words = person_name(person).split() if person.name else []
    if not words:
        return False
    ends = names.ends if isinstance(names, _Killed) else _Killed(names).ends
    return (words[0], words[-1]) in ends


class _ChargedInText:
    """Whom the article says is charged with (or tried for) a homicide, where the charge family
    did not read a charge: read once per article, not once per person (a long text names
    hundreds). "Charged in her death" counts only for a person with no charge named (see
    `charged`): else it speaks of the charges named ("charged in the officer's death" of a man
    charged with malicious wounding)."""

    def __init__(self, article: Article) -> None:
        self._by_charge: set[int] = set()  # "charged with murder"
        self._by_death: set[int] = set()  # "charged in her death"
        for sentence in CHARGE_GATE.among(article.sentences):
            if first_in(EXPECTED, sentence.text):
                continue
            match = first_in(CHARGED_WITH_HOMICIDE, sentence.text)
            if match is not None and "attempt" in match.group(0).lower():
                match = None  # "facing attempted murder charges": no one was killed
            found = self._by_charge
            if match is None:
                match, found = first_in(CHARGED_IN_DEATH, sentence.text), self._by_death
            if match is not None:
                actor = article.cast.actor(sentence, match.start())
                if actor is not None:
                    found.add(id(actor))

    def charged(self, person: Person, named_charges: bool) -> bool:
        if id(person) in self._by_charge:
            return True
        return not named_charges and id(person) in self._by_death


def _link(article: Article, sentence, person: Person, relation: str, victim: str | None) -> Fact:
    fields = {"person": person_name(person), "relation": relation, "victim": victim}
    return fact("LinkedToHomicide", fields, article, sentence)


def _suspects_of_the_killing(
    article: Article, held: list[Fact], killed_names: list[str], people: dict
) -> dict[int, Fact]:
    """In a story of a killing, a suspect the article names with no statement of a link, no
    arrest, no charge of any kind and no day in court is its suspect: "the suspect, identified
    as Bo Tran, fled" ties him to the killing the story is about. (An arrest the report does
    not tie to the killing may be for something else.)"""
    found: dict[int, Fact] = {}
    # Sentences that tell of a stage after the charges: court, plea, indictment, sentence.
    court = {
        sentence.index
        for sentence in _COURT_STAGE_GATE.among(article.sentences)
        if (stage := first_in(_COURT_STAGE, sentence.text))
        and article.in_case(sentence, stage.start())  # not "he was sentenced in 2015 for ..."
        and not first_in(_NOT_YET, sentence.text)
    }
    if any(first_in(_VERDICT_STAGE, article.sentences[i].text) for i in court):
        return found  # a story of a plea, a trial or a sentence: its suspect was charged
    charged = {f.fields["person"] for f in held}
    for person in article.cast.people:
        if (
            not person.suspect
            or id(person) in people
            or person.killed
            or person.name is None
            or person.name in charged
            or _one_of(person, killed_names)
            or person.first_cue is None
            or any(i in court or i + 1 in court for i, _, _ in person.mentions)
        ):
            continue  # told in court, or the next sentence ("He pleaded not guilty"): charged
        if not any(
            _CALLED_SUSPECT.search(article.sentences[i].text) for i, _, _ in person.mentions
        ):
            continue  # named only where no one calls anyone the one who did it
        victims = killed_names[:1] if len(killed_names) == 1 else [None]
        found[id(person)] = _link(article, person.first_cue, person, "suspect", victims[0])
        people[id(person)] = person
    return found


# Where a name is told as the one who did it: "the suspect, identified as", "the gunman".
_CALLED_SUSPECT = re.compile(
    r"\b(?:suspect|suspected|gunman|shooter|killer|attacker|assailant|accused|allegedly|wanted|"
    r"sought|searching for|looking for|person of interest|responsible)\b",
    re.I,
)
# A story told once the suspect is charged: court, plea, indictment, verdict, sentence.
_COURT_STAGE = re.compile(
    r"\b(?:pleaded|pled|indicted|indictment|sentenced|sentencing|convicted|arraigned|"
    r"arraignment|trial|jury|plea|charged|charges|charging|court)\b",
    re.I,
)
_VERDICT_STAGE = re.compile(
    r"\b(?:sentenced|sentencing|convicted|pleaded guilty|pled guilty|plea (?:deal|agreement|"
    r"bargain)|found guilty|verdict|(?<!grand )jury|trial)\b",
    re.I,
)
_COURT_STAGE_GATE = key_words(
    "pleaded", "pled", "indict", "sentenc", "convicted", "arraign", "trial", "jury", "plea",
    "charg", "court",
)  # fmt: skip
# "has not been charged", "charges are pending", "expected to be charged".
_NOT_YET = re.compile(
    r"\b(?:not (?:yet )?(?:been )?(?:charged|filed|arraigned)|no charges?|(?:charges?|charging) "
    r"(?:\w+ ){0,3}?(?:pending|expected|review)|pending|expected to|will (?:likely )?be|yet to|"
    r"plans? to|working with)\b",
    re.I,
)


def _read_link(
    article: Article,
    sentence: Sentence,
    person: Person,
    relation: str,
    entry: tuple[list[Fact], list[Fact]],
    own_victims: _OwnVictims,
    killed_names: list[str],
    charged_here: set[int],
) -> None:
    """Record a link statement of `sentence` for `person`: to the case's own killing
    (`entry[0]`), to another killing (`entry[1]`), or a homicide charge it states."""
    text = sentence.text
    # A killing besides the case's: said so ("another killing"), or one whose named victims
    # are none of the case's ("also a suspect in Bo Tran's death").
    others = own_victims.others(person, text)
    # "also a suspect in the shooting of <the case's victim>": "also" adds the killing to the
    # arrest, it is no other killing.
    another = first_in(ANOTHER, text) and not own_victims.names_own(person, text)
    other = relation == "charged" or another or others
    if other and relation != "expected to be charged":
        if all(f.evidence.start != sentence.start for f in entry[1]):
            for victim in others or [None]:
                entry[1].append(_link(article, sentence, person, relation, victim))
    elif relation != "expected to be charged" and first_in(HOMICIDE_CHARGE_HERE, text):
        charged_here.add(id(person))  # "arrested on murder charges in the death"
    elif not entry[0]:
        for victim in _victims(text, killed_names, True):
            entry[0].append(_link(article, sentence, person, relation, victim))


def _joined_with(
    article: Article, sentence: Sentence, person: Person, killed_names: list[str]
) -> list[Person]:
    """The people `sentence` names in one list with `person` ("Bo Tran and Cy Hall are
    suspects"), who share what it says of them."""
    found = []
    for first, second in article.cast.joined_people(sentence):
        other = second if first is person else first if second is person else None
        if other is not None and not _one_of(other, killed_names) and other not in found:
            found.append(other)
    return found
