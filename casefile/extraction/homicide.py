"""LinkedToHomicide: a suspect tied to homicides other than the charged one, or to the
article's killing before any homicide charge.

A link is read from a statement of it (link_wording.py), said of the person it names as its
subject or object, or refers to; people named together as its subject share it. In a story of
a killing, a named suspect no statement ties to it, who was never arrested, charged or in court
(killed by police, dead by his own hand, at large), is its suspect too. The dead of another
killing a suspect is tied to are reported back (`elsewhere`): they are no victims of the case."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casefile.domain.facts import Fact
from casefile.extraction.case_harm import case_killing
from casefile.extraction.context import LONG_BEFORE, Article, fact, person_name
from casefile.extraction.line_kinds import is_title_line
from casefile.extraction.link_charges import (
    HOMICIDE_CHARGE,
    HOMICIDE_CHARGE_HERE,
)
from casefile.extraction.link_fallback import (
    ChargedInText,
    cleared,
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
    COUNTED,
    COUNTED_GATE,
    DENIED_BEFORE,
    EVENT_WORD,
    HOMICIDE_GATE,
    HOMICIDE_WORD,
    KILLING_STORY_GATE,
    KILLING_TOLD_AFTER,
    LEFT_OPEN,
    LINK_DENIED,
    LINK_VERB,
    NO_SUSPECT,
    POI,
    SHOOTINGS,
    homicide_details,
    relation_of,
)
from casefile.extraction.numbers import NUMBER_KEYS, number_value
from casefile.extraction.patterns import compile_scan, first_in, matches_in
from casefile.extraction.people import Person
from casefile.extraction.scope import OPINION, STATISTICS
from casefile.extraction.sentences import Sentence


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
    killed_names = KilledNames(killed_names)
    own_victims = OwnVictims(article, charges, killed_names)
    # A charge in a further killing ends no link to the case's own.
    charged_with_homicide = {
        c.fields["person"]
        for c in charges
        if HOMICIDE_CHARGE.search(c.fields["charge"] or "")
        and c.fields["status"] != "expected"
        and not any(c is f for f in own_victims.further)
    }
    charged_with_any = {c.fields["person"] for c in charges if c.fields["status"] != "expected"}
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
                or first_in(_POI_BARE, text)
            )
        ):
            continue
        # Past "declined to say whether", what the sentence tells is left open.
        left_open = first_in(LEFT_OPEN, text)
        open_from = left_open.start() if left_open else len(text)
        counting = COUNTED_GATE.opens(sentence) and NUMBER_KEYS.opens(sentence)
        counts = matches_in(COUNTED, text) if counting else ()
        for match in counts:
            # "may have killed four other people": the killing verb, told as a likelihood,
            # ties its doer ("the gunman killed two other people" tells of the case's own dead).
            if match.start() > open_from:
                continue
            likely = match.group("n3") and _LIKELY.search(text, 0, match.start())
            if not likely and not _affirmed(LINK_VERB, text):
                continue
            if article.scope_at(sentence, match.start()).scope in (STATISTICS, OPINION):
                continue  # "11 homicides tied to domestic violence this year" links no one
            count = number_value(match.group("n") or match.group("n2") or match.group("n3") or "")
            if not count:
                continue
            person = linked_person(article, sentence, match, killed_names)
            if person is None:
                continue
            relation = relation_of(text)
            if SHOOTINGS.search(match.group(0)) and not _FATAL.search(match.group(0)):
                continue  # "a suspect in two other shootings": no one is said to have died
            # (in the count's own clause: not "charged in the killings of two men ..., and one
            # of them is also accused in an Abbotsford homicide", whose "also" is the other's)
            clause_end = _NEXT_CLAUSE.search(text, match.end())
            another = ANOTHER.search(text, 0, clause_end.start() if clause_end else len(text))
            if match.group("kind") and not another and not _BOUND.search(match.group(0)):
                # "the deaths of two women" may be the case's own; "also" says not, and so
                # does a count told with a bound, which no report gives its own known dead
                # ("responsible for the deaths of at least three women")
                continue
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
        if interest and (cleared(text) or interest.start() > open_from):
            interest = None  # "was ruled out as a person of interest"
        if interest:
            person = linked_person(article, sentence, interest, killed_names)
            if person is not None and person.name is None and _told_again(article, sentence):
                person = None  # "police name person of interest" over the report that names him
            if person is not None:
                people[id(person)] = person
                # Each killing besides the case's is a link of its own ("a person of interest
                # in the 2018 killing of Ann Lee"); the case's own killing is one.
                others = own_victims.others(person, text) or own_victims.others(
                    person, told_before(article, sentence, interest.start())
                )
                # (also one dated long before the case's harm: "a person of interest in the
                # 1996 strangling death of Ann Lee", the case's a 1998 killing)
                apart = ANOTHER.search(text) or (
                    article.scope_at(sentence, interest.start()).cue == LONG_BEFORE
                )
                other = others or (apart and not own_victims.names_own(person, text))
                if other and not others:
                    others = further_dead(article, sentence, interest.start(), person)
                entry = anchor.setdefault(id(person), ([], []))
                if other and all(f.evidence.start != sentence.start for f in entry[1]):
                    for victim in new_dead(entry[1], others):
                        add_other(
                            entry[1],
                            link_fact(article, sentence, person, "person of interest", victim),
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
                        for victim in victims_named(text, killed_names, True)
                    ]
        if ANCHOR_GATE.opens(sentence) and not first_in(_ONLY_ATTEMPT, text):
            for relation, match in statements(sentence, killing):
                if match.start() > open_from:
                    continue
                if _A_SUSPECT.match(match.group(0)) and NO_SUSPECT.search(
                    text, max(0, match.start() - 60), match.start()
                ):
                    continue  # "police have not identified a suspect in the killing"
                if LINK_DENIED.search(text, max(0, match.start() - 30), match.start()):
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
        fallback = suspects_of_the_killing(article, [*charges, *arrests], killed_names, people)
    else:
        fallback = {}
    links: list[Fact] = []
    apart = frozenset(f.evidence.start for f in own_victims.further)
    in_text = ChargedInText(article, apart) if people else None
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


# A person of interest told in nothing but the story: "Police called him a person of interest."
_POI_BARE = compile_scan(r"\bperson of (?:\w+ )?interest\b(?!\s+(?:in|for|into|to)\b)", re.I)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;")
_BOUND = re.compile(r"\b(?:at least|as many as|up to|more than)\b", re.I)
_LIKELY = re.compile(r"\b(?:may|might|could)\s+(?:also\s+)?have\s+\Z", re.I)
_FATAL = re.compile(r"\b(?:fatal|deadly)\b", re.I)


def _told_again(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` is the headline and the report tells a person of interest again
    below it, where it may name him."""
    return is_title_line(sentence.index, sentence.text) and any(
        POI.search(later.text) for later in article.sentences[sentence.index + 1 :]
    )


def _affirmed(words: re.Pattern[str], text: str) -> bool:
    """Whether `text` holds one of `words` that no "not" or "no" just before denies."""
    return any(
        not DENIED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in words.finditer(text)
    )


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
    another_match = ANOTHER.search(text)
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
        denied = DENIED_BEFORE.search(text, max(0, start - 40), start)  # "has not been charged in"
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
        and not KILLING_TOLD_AFTER.search(text, start)
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
