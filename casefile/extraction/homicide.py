"""LinkedToHomicide: a suspect tied to homicides other than the charged one, or to the
article's killing before any homicide charge.

A link is read from a statement of it (link_wording.py), said of the person it names as its
subject or object, or refers to; people named together as its subject share it. In a story of
a killing, a named suspect no statement ties to it, who was never arrested, charged or in court
(killed by police, dead by his own hand, at large), is its suspect too. The dead of another
killing a suspect is tied to are reported back (`elsewhere`): they are no victims of the case.
Counts of further killings are read by link_counts.py, persons of interest by
link_interest.py; this module keeps what each sentence ties, in the article's order, and
decides which links stand."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from casefile.domain.facts import Fact
from casefile.extraction.case_harm import case_killing
from casefile.extraction.context import LONG_BEFORE, Article, person_name
from casefile.extraction.link_charges import (
    HOMICIDE_CHARGE,
    HOMICIDE_CHARGE_HERE,
)
from casefile.extraction.link_counts import counted_links
from casefile.extraction.link_fallback import (
    ChargedInText,
    link_fact,
    suspects_of_the_killing,
)
from casefile.extraction.link_further import (
    FURTHER,
    add_other,
    further_dead,
    new_dead,
    told_as_new,
    told_before,
)
from casefile.extraction.link_interest import (
    POI_BARE,
    interest_elsewhere,
    interest_in_case,
    person_of_interest,
)
from casefile.extraction.link_statements import (
    ANCHOR_GATE,
    CHARGED_IN,
    HARMED_IN_KILLING,
    statements,
)
from casefile.extraction.link_subjects import (
    KilledNames,
    OwnVictims,
    doer_who_died,
    linked_person,
    one_of,
    the_killed,
    victims_named,
)
from casefile.extraction.link_wording import (
    ANOTHER,
    DENIED_BEFORE,
    EVENT_WORD,
    HOMICIDE_GATE,
    HOMICIDE_WORD,
    KILLING_STORY_GATE,
    KILLING_TOLD_AFTER,
    LEFT_OPEN,
    LINK_DENIED,
    NO_SUSPECT,
)
from casefile.extraction.patterns import first_in, search_within
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence


@dataclass
class _Found:
    """What the sentences tie each person (by id) to, read in the article's order."""

    # the people read, in the order first read (the links' order)
    people: dict[int, Person | None] = field(default_factory=dict)
    # the largest count of further killings, and its link
    counted: dict[int, tuple[int, Fact]] = field(default_factory=dict)
    # a person of interest in the case's own killing
    poi: dict[int, list[Fact]] = field(default_factory=dict)
    # links to the case's own killing, and links to other killings
    anchor: dict[int, tuple[list[Fact], list[Fact]]] = field(default_factory=dict)
    # a homicide charge a link statement states ("arrested on murder charges in the death")
    charged_here: set[int] = field(default_factory=set)
    # where statements tie a person to the case's own killing (read for scope only at the
    # end, for the few it matters to)
    case_tied: dict[int, list[tuple[Sentence, int]]] = field(default_factory=dict)


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
    found = _Found()
    killed_names = KilledNames(killed_names)
    own_victims = OwnVictims(article, charges, killed_names)
    killing = bool(killed_names) or case_killing(article)
    gate = KILLING_STORY_GATE if killing else HOMICIDE_GATE
    for sentence in gate.among(article.sentences):
        text = sentence.text
        if not first_in(HOMICIDE_WORD, text) and not (
            killing
            # "Police called him a person of interest": in a story of a killing, in that one
            # (not "a person of interest in the disappearance of a woman")
            and (
                first_in(EVENT_WORD, text)
                or first_in(HARMED_IN_KILLING, text)
                or first_in(POI_BARE, text)
            )
        ):
            continue
        # Past "declined to say whether", what the sentence tells is left open.
        left_open = first_in(LEFT_OPEN, text)
        open_from = left_open.start() if left_open else len(text)
        for person, count, link in counted_links(article, sentence, killed_names, open_from):
            if count > found.counted.get(id(person), (0, link))[0]:
                found.counted[id(person)] = (count, link)
                found.people[id(person)] = person
        _read_interest(article, sentence, open_from, killed_names, own_victims, found)
        _read_statements(article, sentence, killing, open_from, killed_names, own_victims, found)
    return _links(
        article, charges, arrests, killed_names, own_victims, killing, found, elsewhere, tied
    )


def _read_interest(
    article: Article,
    sentence: Sentence,
    open_from: int,
    killed_names: list[str],
    own_victims: OwnVictims,
    found: _Found,
) -> None:
    """Record the person of interest `sentence` tells, in the case's own killing or in
    others."""
    interest = person_of_interest(article, sentence, open_from, killed_names)
    if interest is None:
        return
    person, start = interest
    found.people[id(person)] = person
    other, others = interest_elsewhere(article, sentence, start, person, own_victims)
    entry = found.anchor.setdefault(id(person), ([], []))
    if other and all(f.evidence.start != sentence.start for f in entry[1]):
        for victim in new_dead(entry[1], others):
            add_other(entry[1], link_fact(article, sentence, person, "person of interest", victim))
    elif not other and id(person) not in found.poi:
        found.case_tied.setdefault(id(person), []).append((sentence, start))
        found.poi[id(person)] = interest_in_case(article, sentence, person, killed_names)


def _read_statements(
    article: Article,
    sentence: Sentence,
    killing: bool,
    open_from: int,
    killed_names: KilledNames,
    own_victims: OwnVictims,
    found: _Found,
) -> None:
    """Record the first statement of a link `sentence` makes, for the people it is about."""
    text = sentence.text
    if not ANCHOR_GATE.opens(sentence) or first_in(_ONLY_ATTEMPT, text):
        return
    for relation, match in statements(sentence, killing):
        if match.start() > open_from:
            continue
        if _A_SUSPECT.match(match.group(0)) and NO_SUSPECT.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "police have not identified a suspect in the killing"
        if search_within(LINK_DENIED, text, max(0, match.start() - 30), match.start()):
            continue  # "Ann Lee has not been linked to the killing"
        dead_doer = doer_who_died(article, sentence, match, killed_names)
        person = dead_doer or linked_person(article, sentence, match, killed_names)
        if person is None or (person is not dead_doer and one_of(person, killed_names)):
            continue
        if not match.group(0).startswith("After") and the_killed(
            article, sentence, person, match.start()
        ):
            continue  # "the suspect in the killing of Ann Lee": not Ann Lee
        # "Bo Tran and a second man, Cy Hall, are suspects in": both of them.
        # A doer who died too is none of the dead he is tied to.
        dead = (
            KilledNames([n for n in killed_names if not one_of(person, [n])])
            if dead_doer
            else killed_names
        )
        for linked in [person, *_joined_with(article, sentence, person, killed_names)]:
            found.people[id(linked)] = linked
            _read_link(
                article, sentence, linked, relation, found.anchor.setdefault(id(linked), ([], [])),
                own_victims, dead, found.charged_here,
                match.start(),
            )  # fmt: skip
            if any(f.evidence.start == sentence.start for f in found.anchor[id(linked)][0]):
                found.case_tied.setdefault(id(linked), []).append((sentence, match.start()))
        break


def _links(
    article: Article,
    charges: list[Fact],
    arrests: Sequence[Fact],
    killed_names: KilledNames,
    own_victims: OwnVictims,
    killing: bool,
    found: _Found,
    elsewhere: set[str] | None,
    tied: set[str] | None,
) -> list[Fact]:
    """The links of what the sentences tie each person to: a count of further killings named
    where told, the further killings, and the case's own killing until a homicide charge."""
    # A charge in a further killing ends no link to the case's own.
    charged_with_homicide = {
        c.fields["person"]
        for c in charges
        if HOMICIDE_CHARGE.search(c.fields["charge"] or "")
        and c.fields["status"] != "expected"
        and not any(c is f for f in own_victims.further)
    }
    charged_with_any = {c.fields["person"] for c in charges if c.fields["status"] != "expected"}
    people, poi, case_tied = found.people, found.poi, found.case_tied
    if killing:
        fallback = suspects_of_the_killing(article, [*charges, *arrests], killed_names, people)
    else:
        fallback = {}
    links: list[Fact] = []
    apart = frozenset(f.evidence.start for f in own_victims.further)
    in_text = ChargedInText(article, apart) if people else None
    for key, person in people.items():
        charged = key in found.charged_here or (
            person is not None
            and in_text is not None
            and (
                person_name(person) in charged_with_homicide
                or in_text.charged(person, person_name(person) in charged_with_any)
            )
        )
        main, others = found.anchor.get(key, ([], []))
        if (
            main
            and others
            and key not in poi
            and all(f.fields["victim"] is None for f in others)
            and all(f.fields["victim"] for f in main)
            and others[0].evidence.start < main[0].evidence.start
        ):
            # "also a suspect in the unsolved killing of a man ... a suspect in the April 19
            # death of Cy Hall": the further killing told first, named later
            main, others = [], main
        if elsewhere is not None:
            elsewhere.update(f.fields["victim"] for f in others if f.fields["victim"])
        if key in found.counted:
            # "a suspect in two other killings", then each named: the count, named where told.
            count, link = found.counted[key]
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


# How a statement that names a suspect starts ("suspect in", "prime suspect in").
_A_SUSPECT = re.compile(r"(?:(?:prime|main|primary|lead|key|only) )?suspects?\b", re.I)
# "in custody for attempted murder in connection with the shooting": a sentence whose only
# killing is an attempt ties no one to a death.
_ONLY_ATTEMPT = re.compile(
    r"\A(?=.*\battempt(?:ed|ing)?\b)(?!.*\b(?:death|deaths|died|killed|fatal|fatally|slain|homicide)\b)",
    re.I | re.S,
)


def _read_link(
    article: Article,
    sentence: Sentence,
    person: Person,
    relation: str,
    entry: tuple[list[Fact], list[Fact]],
    own_victims: OwnVictims,
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
    others = own_victims.others(person, told) or own_victims.others(
        person, told_before(article, sentence, start)
    )
    # "also a suspect in the shooting of <the case's victim>": "also" adds the killing to the
    # arrest, it is no other killing.
    another_match = first_in(ANOTHER, text)
    # A killing the report dates long before the case's harm ("expected to be charged in the
    # 1991 killing of Cy Hall", the case's told as recent) is another as well.
    dated_apart = article.scope_at(sentence, start).cue == LONG_BEFORE
    another = (
        bool(another_match) or dated_apart or told_as_new(text, start)
    ) and not own_victims.names_own(person, told)
    if another and not others:
        # its dead, named in words told apart from the case's ("another killing, the 2019
        # death of Cy Hall"), are none of the case's killed
        others = further_dead(article, sentence, start, person)
    if relation == CHARGED_IN:
        # A charge in another killing than the case's: a link to it; in the case's own, the
        # charge families tell of it.
        # "has not been charged in"
        denied = search_within(DENIED_BEFORE, text, max(0, start - 40), start)
        if (
            (others or another)
            and not denied
            and all(f.evidence.start != sentence.start for f in entry[1])
        ):
            for victim in new_dead(entry[1], others):
                add_other(entry[1], link_fact(article, sentence, person, "charged", victim))
        return
    # "is also charged with murder in the deaths of Ann Lee and Cy Hall": also charged in
    # another killing, unless the one it names is the case's own ("also charged with
    # manslaughter in the death of her passenger, Ann Lee", killed in the case's crash).
    # A further homicide count that names no dead and no other killing, in a story of a
    # killing ("Ann Lee was also charged with homicide by use of a vehicle with a prohibited
    # alcohol concentration"), is one more charge in the case's own.
    another_count_here = (
        bool(killed_names)
        and not others
        and not another
        and not search_within(KILLING_TOLD_AFTER, text, start)
    )
    also_charged_elsewhere = (
        relation == "charged" and not own_victims.names_own(person, told) and not another_count_here
    )
    other = also_charged_elsewhere or another or others
    # A charge expected for a killing whose named dead are none of the case's is a link to
    # that killing ("also expected to be charged in the death of Ann Lee"), and so is one in a
    # killing told as a further one ("expected to face charges in a second killing"; not "in
    # the other victim's death", one of the case's own dead).
    further = another and another_match and FURTHER.match(another_match.group(0))
    if other and (relation != "expected to be charged" or others or further):
        if all(f.evidence.start != sentence.start for f in entry[1]):
            for victim in new_dead(entry[1], others):
                add_other(entry[1], link_fact(article, sentence, person, relation, victim))
    elif relation != "expected to be charged" and first_in(HOMICIDE_CHARGE_HERE, text):
        charged_here.add(id(person))  # "arrested on murder charges in the death"
    elif not entry[0] or (
        relation == "expected to be charged"
        and all(f.fields["relation"] == "suspect" for f in entry[0])
    ):
        # A charge the prosecutor is to file tells more than the booking before it ("booked on
        # suspicion of murder ... expects to charge him with murder"): expected to be charged.
        entry[0].clear()
        for victim in victims_named(text, killed_names, True):
            entry[0].append(link_fact(article, sentence, person, relation, victim))


def _joined_with(
    article: Article, sentence: Sentence, person: Person, killed_names: list[str]
) -> list[Person]:
    """The people `sentence` names in one list with `person` ("Bo Tran and Cy Hall are
    suspects"), who share what it says of them."""
    found = []
    for first, second in article.cast.joined_people(sentence):
        other = second if first is person else first if second is person else None
        if other is not None and not one_of(other, killed_names) and other not in found:
            found.append(other)
    return found
