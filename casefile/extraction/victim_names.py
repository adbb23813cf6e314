"""Named victims: which people the article names were harmed in the case's incident, and how.

A role rests on what a clause says of one mention of a person, not on the person as a whole:
"the death of X", "D shot X", "X was pronounced dead", "X suffered non-life-threatening
injuries", "X was not hit" each say what happened to X (the words are in harm_words.py). Only
clauses about this case count (see scope.py): a relative killed years earlier, another
shooting, a statistic or a condition names no victim of the case. Harm done by police ("shot
by officers", "killed at the hands of police") makes no victim of the case either, and a
suspect with more suspect cues than harm cues (a suspect wounded in the incident) stays a
suspect only.

An outcome word belongs to the person it is said of (read by `victim_outcomes.py`). Harm
named only by a noun ("the shooting of X") is a killing when the case is one and no one else
is said to have died. A sentence that opens with "He" or "She" right after a victim's tells
that victim's outcome ("X was shot. She died Sunday."), quoted with the sentence that names
her.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casefile.extraction.ages import age_near
from casefile.extraction.case_harm import (
    case_killing,
    case_wounding,
    police_shooting_case,
    taken_outcome,
)
from casefile.extraction.context import Article
from casefile.extraction.harm_cues import list_goes_on
from casefile.extraction.harm_words import (
    HARM_AFTER,
    HARM_GATE,
    TAKE,
)
from casefile.extraction.link_wording import ANOTHER
from casefile.extraction.no_harm import (
    NAMED_KILLER_BEFORE,
    a_place,
)
from casefile.extraction.patterns import (
    compile_scan,
    first_in,
    match_at,
    prefix_match,
    search_within,
)
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence
from casefile.extraction.victim_mention_harm import harm_of
from casefile.extraction.victim_outcomes import (
    DEFAULT_UNHARMED,
    INJURED,
    KILLED,
    UNHARMED,
    WEAK_INJURED,
    cue_outcome,
    own_stretch,
)
from casefile.extraction.victim_police import named_after_role, police_roles
from casefile.extraction.victim_wording import (
    AND_GAP,
    LIST_GAP,
)

# killed > stated unharmed ("was not hit") > injured > unharmed by default (a kidnapping, a
# robbery, a target with no harm stated).
_RANK = {"unharmed?": 0, "injured?": 1, INJURED: 2, UNHARMED: 3, KILLED: 4}


# What a statement says happened to a person: the outcome, the sentence and the span of the
# mention, and the sentence that ends the statement when it runs over two.
_Harm = tuple[str, Sentence, int, int, Sentence | None]
_PRONOUN_SUBJECT = re.compile(r"\A\W*(?:He|She)\b")
# "Her body was found three days later": the one the pronoun stands for was killed.
_PRONOUN_BODY = re.compile(
    r"\A\W*(?:His|Her)\s+(?:body|remains)\s+(?:was|were|had been|has been|have been)\s+"
    r"(?:later\s+|eventually\s+|finally\s+)?(?:found|discovered|recovered|located|pulled)\b"
)


# A name the harm before it ends at, then the verb of one who tells it: "fired at a trooper,
# state police Sgt. Ray Orr said" (the speaker, not the one fired at).
_SPEAKER_AFTER = re.compile(r",?\s+(?:said|says|told|reported|confirmed|added)\b")


def _said_of_pronoun(article: Article, sentence: Sentence) -> str | None:
    """The outcome a sentence opening with "He" or "She" states of its subject, if any."""
    body = prefix_match(_PRONOUN_BODY, sentence.text)
    if body is not None and article.in_case(sentence, body.end()):
        return KILLED
    pronoun = prefix_match(_PRONOUN_SUBJECT, sentence.text)
    if pronoun is None or not article.in_case(sentence, pronoun.end()):
        return None
    clause = article.scope_at(sentence, pronoun.end())
    after = prefix_match(HARM_AFTER, sentence.text[pronoun.end() : clause.end])
    if after is None or after.group("possessive"):
        return None
    cue = next((g for g in after.groups() if g), "")
    outcome = cue_outcome(cue.strip().lower(), sentence.text, clause.start, clause.end)
    return outcome if outcome in (KILLED, INJURED, UNHARMED) else None


@dataclass
class NamedVictim:
    person: Person
    outcome: str
    sentence: Sentence
    age: int | None
    until: Sentence | None = None  # the last sentence of a two-sentence statement


def named_victims(article: Article) -> list[NamedVictim]:
    """The people the article names as harmed (or targeted) in its case, each with the
    outcome and the sentence that states it."""
    harms: dict[int, list[_Harm]] = {}
    last: tuple[int, Sentence, int, int] | None = None  # the last harmed non-suspect mention
    # the mention a sentence told by a pronoun alone went on about, and that sentence's index
    carried: tuple[tuple[int, Sentence, int, int], int] | None = None
    alone: tuple[int, Sentence, int, int] | None = None  # the one other person a sentence names
    suspect_cues: dict[int, int] = {}
    by_police: set[int] = set()
    police_harms: dict[int, list[_Harm]] = {}  # harm said done by police, of each person
    roles = police_roles(article)  # "the driver was killed when troopers returned fire"
    for sentence in article.sentences:
        mentions = article.cast.people_in(sentence)
        harm_words = HARM_GATE.opens(sentence)
        told = last if last is not None and last[1].index == sentence.index - 1 else alone
        if told is not None and told[1].index != sentence.index - 1:
            told = None
        if told is None and carried is not None and carried[1] == sentence.index - 1:
            # "Her body was found in a canal. She had been strangled.": still the one named
            # before the first of them
            told = carried[0]
        if (
            harm_words
            and told is not None
            # "She was taken to University Medical Center, where she died": a place names no one
            # (nor does the official a sentence cites: "..., according to Coroner Ann Lee")
            and all(
                search_within(_TO_A_PLACE, sentence.text, max(0, m.start - 12), m.start)
                or a_place(article, p)
                or p.official
                for m, p in mentions
            )
        ):
            # "Ann Lee was shot Friday. She died Sunday.": the pronoun is the last one harmed,
            # or the one person the sentence before named ("Officers found Ann Lee in the
            # back seat. She had minor injuries.").
            said = _said_of_pronoun(article, sentence)
            if said == UNHARMED and told is not last:
                said = None  # "Bo Tran approached the victim. He was not hurt.": the victim
            if said is not None:
                key, earlier, start, end = told
                harms.setdefault(key, []).append((said, earlier, start, end, sentence))
                if not mentions:
                    carried = (told, sentence.index)
        others = [
            (id(p), sentence, m.start, m.end)
            for m, p in mentions
            if not p.suspect and not p.official and p.name
        ]
        alone = others[0] if len({o[0] for o in others}) == 1 else None
        previous: tuple[int, str | None, str] | None = None  # end, outcome, how
        bare: tuple[int, int, int] | None = None  # the last mention with no harm said of it
        for mention, person in mentions:
            key = id(person)
            start, end, text = mention.start, mention.end, sentence.text
            if match_at(_MODIFIER, text, end):
                continue  # "an Ann Lee Middle School teacher": part of a longer name
            if roles and named_after_role(text, start, roles):
                by_police.add(key)  # "The driver, Lamar Hicks, died": the one police shot
            if search_within(NAMED_KILLER_BEFORE, text, max(0, start - 50), start):
                by_police.add(key)  # "identified the gunman as Bo Tran": who did the harm
            if person.suspect and (
                (
                    match_at(_SUSPECT_AFTER, text, end)
                    and not search_within(_OF_BEFORE, text, 0, start)
                )
                or search_within(_SUSPECT_BEFORE, text, max(0, start - 80), start)
                # "Bo Tran was also injured and was taken into custody"
                or match_at(_SUSPECT_LATER, text, end, min(len(text), end + 80))
            ):
                suspect_cues[key] = suspect_cues.get(key, 0) + 1
            if not harm_words or not article.in_case(sentence, start):
                previous = None
                continue
            outcome, how = harm_of(article, sentence, start, end)
            if how == "before" and match_at(_SPEAKER_AFTER, text, end):
                outcome = None  # "fired at a trooper, Sgt. Ray Orr said": the one who tells it
            if how != "before" and match_at(_BY_OWN_HAND, text, end):
                by_police.add(key)  # "Bo Tran died of a self-inflicted gunshot wound": the doer
            if (
                outcome is None
                and previous is not None
                and previous[2] == "before"
                and previous[1] is not None
                and LIST_GAP.match(gap := text[previous[0] : start])
                # "the killing of Ann Lee, 41, Bo Tran, 30, was": no list without "and"
                and (" and " in f" {gap} " or list_goes_on(text[end:]))
            ):
                outcome, how = previous[1], "before"
            previous = (end, None if how == "police" else outcome, how)
            if how == "police":
                by_police.add(key)
                if outcome is not None:  # the case's harm if the case is the officer's
                    police_harms.setdefault(key, []).append((outcome, sentence, start, end, None))
            elif outcome is not None:
                harms.setdefault(key, []).append((outcome, sentence, start, end, None))
                if not person.suspect:
                    last = (key, sentence, start, end)
                if how == "after" and bare is not None and AND_GAP.match(text[bare[2] : start]):
                    # "Bo Tran and Ann Lee were killed": said of both subjects.
                    harms.setdefault(bare[0], []).append(
                        (outcome, sentence, bare[1], bare[2], None)
                    )
            bare = (key, start, end) if outcome is None and how == "none" else None
    killing = case_killing(article)
    found: list[NamedVictim] = []
    for person in article.cast.people:
        key = id(person)
        if key in police_harms and not person.suspect and police_shooting_case(article):
            # "Officer Bo Tran was indicted ... Tran shot Ann Lee": the officer's case
            by_police.discard(key)
            harms.setdefault(key, []).extend(police_harms[key])
        if person.name is None or key in by_police or a_place(article, person):
            continue
        if person.official and key not in harms:
            continue  # a judge, a lawyer, an officer: a victim only if harm is said of them
        if key not in harms:
            harms[key] = _named_as_victim(article, person, killing)
            if not harms[key]:
                continue
        if person.suspect and suspect_cues.get(key, 0) >= len(harms[key]):
            continue  # a suspect harmed (shot by police, hurt in a fight) stays a suspect
        outcome, sentence, start, end, until = max(harms[key], key=lambda h: _RANK[h[0]])
        if person.suspect and outcome != KILLED:
            continue  # "Novak suffered minor injuries": the driver charged, hurt or not
        age = next(
            (a for _, s, b, e, _ in harms[key] if (a := age_near(s.text, b, e)) is not None), None
        )
        if age is None:
            age = next(
                (
                    a
                    for i, b, e in person.mentions
                    if (a := age_near(article.sentences[i].text, b, e)) is not None
                ),
                None,
            )
        found.append(NamedVictim(person, outcome, sentence, age, until))
    # The dead of a killing the report ties a suspect to besides the case's ("is also a
    # suspect in the May 2 killing of Cy Odom") leave a victim told only as struck the
    # case's dead.
    # A dead person first named in a clause about another incident ("in the 2014 killing of
    # Ann Cole") is of that one too.
    outsiders = article.outsiders() if any(v.outcome == WEAK_INJURED for v in found) else set()
    anyone_killed = any(
        v.outcome == KILLED and not _of_another(v) and v.person.name not in outsiders for v in found
    )
    for victim in found:
        if victim.outcome == WEAK_INJURED:
            victim.outcome = KILLED if killing and not anyone_killed else INJURED
        elif victim.outcome == DEFAULT_UNHARMED:
            victim.outcome = taken_outcome(article)
    return found


def _of_another(victim: NamedVictim) -> bool:
    """Whether `victim`'s death is told after words that make it a killing besides the
    case's ("Bo Tran is also a suspect in the killing of Cy Odom")."""
    text = victim.sentence.text
    other = first_in(ANOTHER, text)
    if other is None:
        return False
    index = victim.sentence.index
    return any(i == index and b >= other.end() for i, b, _ in victim.person.mentions)


def _named_as_victim(article: Article, person: Person, killing: bool) -> list[_Harm]:
    """A person the cast found named as a victim in words this module does not read: the
    outcome word nearest a mention, else killed when the case is a killing."""
    if not person.victim or person.suspect:
        return []
    if all(
        search_within(_LOCATIVE, article.sentences[i].text, max(0, b - 20), b)
        for i, b, _ in person.mentions
    ):
        return []  # a place named like a person
    for told, (index, start, end) in enumerate(person.mentions):
        sentence = article.sentences[index]
        if not article.in_case(sentence, start):
            if told:
                continue  # "Vell is the city's fourth homicide victim": named before in the case
            return []  # named in another incident, a statistic or a condition
        clause = article.scope_at(sentence, start)
        low, high = own_stretch(article, sentence, clause.start, clause.end, start, end)
        outcome = cue_outcome("", sentence.text, low, high)
        if outcome != DEFAULT_UNHARMED:
            return [(outcome, sentence, start, end, None)]
    # "Three people were wounded. Police identified them as A, B and C": the harm the
    # sentence before told of those it names.
    index, start, end = person.mentions[0]
    sentence = article.sentences[index]
    if index and search_within(_IDENTIFIED, sentence.text, 0, start):
        before = article.sentences[index - 1].text
        outcome = cue_outcome("", before, 0, len(before))
        if outcome in (KILLED, INJURED, UNHARMED) or _TAKEN.search(before):
            return [(outcome, sentence, start, end, None)]  # robbed: as the case tells
    if not killing:
        # "Police identified the victims as Ann Lee, 24; Bo Tran, 31; ..." in a report of a
        # wounding: hurt as the case's harm was
        if index and search_within(_IDENTIFIED, sentence.text, 0, start) and case_wounding(article):
            return [(INJURED, sentence, start, end, None)]
        return []
    index, start, end = person.mentions[0]
    return [(KILLED, article.sentences[index], start, end, None)]


# A death by one's own hand told of the name: "X, 35, died of a self-inflicted gunshot wound",
# "X later shot himself", "X took his own life". X is the one who did the harm, no victim.
_BY_OWN_HAND = re.compile(
    r"(?:,[^.;]{0,60}?,)?\s+(?:(?:later|then|also|apparently|had|has|have|was|were|is|been)\s+)*"
    r"(?:died (?:of|from) (?:a |an )?(?:apparent )?self-inflicted|(?:shot|killed|hanged|stabbed) "
    r"(?:him|her)self|took (?:his|her) own life|turned the (?:gun|weapon|knife) on (?:him|her)self|"
    r"died (?:by|of) (?:an apparent )?suicide)\b",
    re.I,
)
_TAKEN = re.compile(rf"\b(?:{TAKE})\b", re.I)
_IDENTIFIED = re.compile(r"\b(?:identified|named)\b[^.;]{0,60}?\bas\b", re.I)
# Before a place one is taken to or dies at: "taken to University Medical Center".
_TO_A_PLACE = re.compile(r"\b(?:to|at|in|into|from)\s+(?:the\s+)?\Z")
# Before a place: "killed in Lake Forest", "a Lake Forest park".
_LOCATIVE = re.compile(r"\b(?:in|at|near|from|outside|across|of a|of the|a|an)\s+\Z")
_MODIFIER = re.compile(r"\s+[A-Z][a-z]")
_OF_BEFORE = re.compile(r"\bof\s+\Z")
_SUSPECT_AFTER = compile_scan(
    r"(?:,[^.;]{0,90}?,)?\s+(?:(?:was|were|is|has been|had been|also|later|will be|would be|"
    r"is expected to be|is to be)\s+)*(?:arrested|"
    r"charged|indicted|accused|booked|convicted|sentenced|pleaded|pled|faces|facing|"
    r"surrendered|apprehended|arraigned|taken into custody|detained|jailed)\b",
    re.I,
)
_SUSPECT_LATER = compile_scan(
    r"[^.;]*?\band\s+(?:(?:was|were|is|has been|had been|later|then)\s+)*(?:arrested|"
    r"taken into custody|charged|booked|jailed|detained|cited)\b",
    re.I,
)
_SUSPECT_BEFORE = compile_scan(
    r"\b(?:arrested|charged|charging|indicted|booked|convicted|sentenced|suspect|defendant|"
    r"accused),?\s+(?:[\w,-]+\s+){0,4}?\Z",
    re.I,
)
