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
    CHARGED_IN,
    CHARGED_IN_DEATH,
    CHARGED_WITH_HOMICIDE,
    CLEARED,
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
    MULTIPLE,
    NAMES_A_KILLING,
    NO_SUSPECT,
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
from casefile.extraction.scope import OPINION, STATISTICS
from casefile.extraction.sentences import Sentence, key_words
from casefile.extraction.victim_names import case_killing


def extract_homicide_links(
    article: Article,
    charges: list[Fact],
    killed_names: list[str],
    arrests: Sequence[Fact] = (),
    elsewhere: set[str] | None = None,
    tied: set[str] | None = None,
) -> list[Fact]:
    """The links the article states. `elsewhere`, when given, receives the names of the killed
    people the links tie to killings besides the case's (victims of those, not of the case);
    `tied`, the names of the people a statement about the case ties to its own killing (of the
    case, wherever the article first names them)."""
    counted: dict[int, tuple[int, Fact]] = {}
    poi: dict[int, list[Fact]] = {}  # a person of interest in the case's own killing
    # Per person: links to the case's own killing, and links to other killings.
    anchor: dict[int, tuple[list[Fact], list[Fact]]] = {}
    charged_here: set[int] = set()
    # Where statements tie a person to the case's own killing (read for scope only at the end,
    # for the few it matters to).
    case_tied: dict[int, list[tuple[Sentence, int]]] = {}
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
            # "may have killed four other people": the killing verb, told as a likelihood,
            # ties its doer ("the gunman killed two other people" tells of the case's own dead).
            likely = match.group("n3") and _LIKELY.search(text, 0, match.start())
            if not likely and not _affirmed(LINK_VERB, text):
                continue
            if article.scope_at(sentence, match.start()).scope in (STATISTICS, OPINION):
                continue  # "11 homicides tied to domestic violence this year" links no one
            count = number_value(match.group("n") or match.group("n2") or match.group("n3") or "")
            if not count:
                continue
            person = _linked(article, sentence, match, killed_names)
            if person is None:
                continue
            relation = relation_of(text)
            if SHOOTINGS.search(match.group(0)) and not _FATAL.search(match.group(0)):
                continue  # "a suspect in two other shootings": no one is said to have died
            another = ANOTHER.search(text)
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
        interest = POI.search(text) if "interest" in sentence.lower else None
        if interest and _cleared(text):
            interest = None  # "was ruled out as a person of interest"
        if interest:
            person = _linked(article, sentence, interest, killed_names)
            if person is not None:
                people[id(person)] = person
                # Each killing besides the case's is a link of its own ("a person of interest
                # in the 2018 killing of Ann Lee"); the case's own killing is one.
                others = own_victims.others(person, text)
                other = others or (ANOTHER.search(text) and not own_victims.names_own(person, text))
                entry = anchor.setdefault(id(person), ([], []))
                if other and all(f.evidence.start != sentence.start for f in entry[1]):
                    for victim in _new_dead(entry[1], others):
                        entry[1].append(
                            _link(article, sentence, person, "person of interest", victim)
                        )
                elif not other and id(person) not in poi:
                    case_tied.setdefault(id(person), []).append((sentence, interest.start()))
                    # One link per dead person the case's killing took, named where told.
                    poi[id(person)] = [
                        fact(
                            "LinkedToHomicide",
                            {
                                "person": person_name(person),
                                "relation": "person of interest",
                                "victim": victim,
                                "details": homicide_details(text),
                            },
                            article,
                            sentence,
                        )
                        for victim in _victims(text, killed_names, True)
                    ]
        if ANCHOR_GATE.opens(sentence) and not _ONLY_ATTEMPT.search(text):
            for relation, match in statements(sentence, killing):
                if _A_SUSPECT.match(match.group(0)) and NO_SUSPECT.search(
                    text, max(0, match.start() - 60), match.start()
                ):
                    continue  # "police have not identified a suspect in the killing"
                dead_doer = _dead_doer(article, sentence, match, killed_names)
                person = dead_doer or _linked(article, sentence, match, killed_names)
                if person is None or (person is not dead_doer and _one_of(person, killed_names)):
                    continue
                if not match.group(0).startswith("After") and _the_killed(
                    article, sentence, person, match.start()
                ):
                    continue  # "the suspect in the killing of Ann Lee": not Ann Lee
                # "Bo Tran and a second man, Cy Hall, are suspects in": both of them.
                # A doer who died too is none of the dead he is tied to.
                dead = (
                    _Killed([n for n in killed_names if not _one_of(person, [n])])
                    if dead_doer
                    else killed_names
                )
                for linked in [person, *_joined_with(article, sentence, person, killed_names)]:
                    people[id(linked)] = linked
                    _read_link(
                        article, sentence, linked, relation, anchor.setdefault(id(linked), ([], [])),
                        own_victims, dead, charged_here,
                        match.start(),
                    )  # fmt: skip
                    if any(f.evidence.start == sentence.start for f in anchor[id(linked)][0]):
                        case_tied.setdefault(id(linked), []).append((sentence, match.start()))
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
        main, others = anchor.get(key, ([], []))
        if elsewhere is not None:
            elsewhere.update(f.fields["victim"] for f in others if f.fields["victim"])
        if key in counted:
            # "a suspect in two other killings", then each named: the count, named where told.
            count, link = counted[key]
            named = [f for f in others if f.fields["victim"]][:count]
            links.extend([*named, *[link] * (count - len(named))])
            continue
        links.extend(others)
        # The article's own killing is a link only until a homicide charge is filed (a
        # further charge expected then is no link).
        if not charged:
            own = poi[key] if key in poi else [fallback[key]] if key in fallback else main
            # The dead of the other killings are not the case's ("a person of interest in her
            # death" is not in theirs).
            other_dead = {f.fields["victim"] for f in others if f.fields["victim"]}
            links.extend([f for f in own if f.fields["victim"] not in other_dead] or own[:1])
            if tied is not None and own and person is not None and person.mentions:
                # Tied where the case is told, in a sentence besides the one that first names
                # him ("police named a man a person of interest in her death. Bo Tran is held
                # on an unrelated charge"): of the case, whatever that first sentence is about.
                first = min(person.mentions)[0]
                if any(
                    where.index != first and article.in_case(where, at)
                    for where, at in case_tied.get(key, ())
                ):
                    tied.add(person_name(person))
    return links


_LIKELY = re.compile(r"\b(?:may|might|could)\s+(?:also\s+)?have\s+\Z", re.I)
_FATAL = re.compile(r"\b(?:fatal|deadly)\b", re.I)
# A denial just before a word: "have not identified a suspect", "do not appear to be linked".
_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|n[’']t)\b[^,;]{0,40}\Z", re.I)


def _affirmed(words: re.Pattern[str], text: str) -> bool:
    """Whether `text` holds one of `words` that no "not" or "no" just before denies."""
    return any(
        not _DENIED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in words.finditer(text)
    )


def _cleared(text: str) -> bool:
    """Whether `text` says the police cleared someone; "a person of interest, not a suspect"
    clears no one."""
    return any(
        not ("suspect" in m.group(0).lower() and POI.search(text)) for m in CLEARED.finditer(text)
    )


# How a statement that names a suspect starts ("suspect in", "prime suspect in").
_A_SUSPECT = re.compile(r"(?:(?:prime|main|primary|lead|key|only) )?suspects?\b", re.I)
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
    possessed = False  # "Bo Tran's brother was wanted in": someone else, not named
    for mention, named in article.cast.people_in(sentence):
        if named.official or named.name is None:
            continue
        if mention.end <= position and _POSSESSED_SUBJECT.match(text[mention.end : position]):
            possessed = True
            continue
        if _one_of(named, killed_names):
            if position < mention.start < match.end() and _SAYS_WHO.search(
                text, position, mention.start
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
    if possessed:
        return None
    if match.group(0).startswith("After"):
        # "After allegedly killing Ann Lee, Bo Tran drove to Ohio": the subject after the comma
        comma = text.find(",", match.end())
        for mention, named in article.cast.people_in(sentence):
            if comma >= 0 and mention.start > comma and not named.official:
                return None if _one_of(named, killed_names) else named
    person = _of_the_age_told(article, sentence, position, article.cast.actor(sentence, position))
    if person is None or article.in_case(sentence, position):
        return person
    if any(p is person for _, p in article.cast.people_in(sentence)):
        return person
    return person if first_in(REFERS, sentence.text) else None


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
    described = _DESCRIBED.search(sentence.text, max(0, position - 60), position)
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


def _dead_doer(
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
            and _SAYS_WHO.search(text, match.start(), mention.start)
            and _DOER_VERB.match(text[mention.end : match.end()])
            and _one_of(named, killed_names)
        ):
            return named
    return None


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

    def named_from(self, text: str, start: int) -> str:
        """The part of `text` from `start` when it names a killed person, else all of it."""
        return text[start:] if self._named(text[start:]) else text

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
    count = COUNT_OF.search(text) if expand else None
    number = (
        (MULTIPLE[count.group("m").lower()] if count.group("m") else number_value(count.group("n")))
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
    as Bo Tran, fled" ties him to the killing the story is about. An arrest the report does
    not tie to the killing may be for something else, unless it says no charge is filed yet
    ("Bo Tran was taken into custody and is being questioned. He has not been charged")."""
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
    charged = {f.fields["person"] for f in held if f.kind != "ArrestMade"}
    arrested = {f.fields["person"] for f in held if f.kind == "ArrestMade"}
    crash: bool | None = None  # read only for one held and not yet charged
    last = len(article.sentences) - 1
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
        if person.name in arrested:
            if not any(
                _UNCHARGED.search(article.sentences[j].text)
                for i, _, _ in person.mentions
                for j in (i, min(i + 1, last))
            ):
                continue  # held, maybe for something else: the report does not say
            if crash is None:
                crash = any(_CRASH.search(s.text) for s in article.sentences)
            if crash:
                continue  # a driver held after a fatal crash: no homicide until one is charged
        elif not any(
            _CALLED_SUSPECT.search(article.sentences[i].text) for i, _, _ in person.mentions
        ):
            continue  # named only where no one calls anyone the one who did it
        if any(_cleared(article.sentences[i].text) for i, _, _ in person.mentions):
            continue  # "Bo Tran, who found the body, is not considered a suspect"
        victims = killed_names[:1] if len(killed_names) == 1 else [None]
        # "Bo Tran has been named a person of interest": so called where first told.
        relation = "person of interest" if POI.search(person.first_cue.text) else "suspect"
        found[id(person)] = _link(article, person.first_cue, person, relation, victims[0])
        people[id(person)] = person
    return found


# Where a name is told as the one who did it: "the suspect, identified as", "the gunman".
_CALLED_SUSPECT = re.compile(
    r"\b(?:suspect|suspected|gunman|shooter|killer|attacker|assailant|accused|allegedly|wanted|"
    r"sought|searching for|looking for|person of interest|responsible)\b",
    re.I,
)
_CRASH = re.compile(r"\b(?:crash|collision|hit-and-run|struck by (?:a|an|the) )", re.I)
# No charge filed yet: "has not been charged", "charges have not been filed", "charges are
# pending".
_UNCHARGED = re.compile(
    r"\b(?:not|n[’']t) (?:yet )?(?:been )?(?:formally )?charged\b|\bno charges? (?:has|have|had|"
    r"was|were) (?:yet )?(?:been )?filed\b|\bcharges (?:have|had) (?:not|yet to) (?:yet )?(?:been|be) "
    r"filed\b|\bcharges (?:are|were) pending\b",
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
    start: int,
) -> None:
    """Record the link statement of `sentence` at `start` for `person`: to the case's own
    killing (`entry[0]`), to another killing (`entry[1]`), or a homicide charge it states."""
    text = sentence.text
    # The dead the statement itself names, from where it starts: "Bo Tran, charged in Ann
    # Lee's death, is tied to the killing of Cy Hall" ties him to Cy Hall's.
    told = own_victims.named_from(text, start)
    # A killing besides the case's: said so ("another killing"), or one whose named victims
    # are none of the case's ("also a suspect in Bo Tran's death").
    others = own_victims.others(person, told)
    # "also a suspect in the shooting of <the case's victim>": "also" adds the killing to the
    # arrest, it is no other killing.
    another = ANOTHER.search(text) and not own_victims.names_own(person, told)
    if relation == CHARGED_IN:
        # A charge in another killing than the case's: a link to it; in the case's own, the
        # charge families tell of it.
        denied = _DENIED_BEFORE.search(text, max(0, start - 40), start)  # "has not been charged in"
        if (
            (others or another)
            and not denied
            and all(f.evidence.start != sentence.start for f in entry[1])
        ):
            for victim in _new_dead(entry[1], others):
                entry[1].append(_link(article, sentence, person, "charged", victim))
        return
    other = relation == "charged" or another or others
    # A charge expected for a killing whose named dead are none of the case's is a link to
    # that killing ("also expected to be charged in the death of Ann Lee").
    if other and (relation != "expected to be charged" or others):
        if all(f.evidence.start != sentence.start for f in entry[1]):
            for victim in _new_dead(entry[1], others):
                entry[1].append(_link(article, sentence, person, relation, victim))
    elif relation != "expected to be charged" and first_in(HOMICIDE_CHARGE_HERE, text):
        charged_here.add(id(person))  # "arrested on murder charges in the death"
    elif not entry[0]:
        for victim in _victims(text, killed_names, True):
            entry[0].append(_link(article, sentence, person, relation, victim))


def _new_dead(links: list[Fact], named: list[str]) -> list[str | None]:
    """The dead a further statement ties someone to that no earlier link of his named ("tied
    to the killing of Ann Lee ... also suspected in Ann Lee's death": one killing); an unnamed
    one when it names none."""
    if not named:
        return [None]
    told = {f.fields["victim"] for f in links}
    return [n for n in named if n not in told]


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
