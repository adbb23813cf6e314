"""Who is tied to the story's killing without a statement of a link, and who is charged with a
homicide in words the charge family did not read. In a story of a killing, a suspect the
article names with no statement of a link, no arrest, no charge and no day in court is its
suspect (`suspects_of_the_killing`); "charged with murder" or "charged in her death" said of
someone ends the link to the case's own killing (`ChargedInText`). One the police clear is no
one's suspect (`cleared`). Read by extraction/homicide.py."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.key_words import key_words
from casefile.extraction.link_charges import (
    CHARGE_GATE,
    CHARGED_IN_DEATH,
    CHARGED_WITH_HOMICIDE,
    HOMICIDE_CHARGE,
    INCHOATE,
)
from casefile.extraction.link_subjects import one_of
from casefile.extraction.link_wording import (
    CHARGE_DENIED,
    CLEARED,
    EXPECTED,
    POI,
)
from casefile.extraction.outcome_words import INJURED_NEAR, KILLED_NEAR
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence


def cleared(text: str) -> bool:
    """Whether `text` says the police cleared someone; "a person of interest, not a suspect"
    clears no one."""
    return any(
        not ("suspect" in m.group(0).lower() and POI.search(text)) for m in CLEARED.finditer(text)
    )


class ChargedInText:
    """Whom the article says is charged with (or tried for) a homicide, where the charge family
    did not read a charge: read once per article, not once per person (a long text names
    hundreds). "Charged in her death" counts only for a person with no charge named (see
    `charged`): else it speaks of the charges named ("charged in the officer's death" of a man
    charged with malicious wounding)."""

    def __init__(self, article: Article, apart: frozenset[int] = frozenset()) -> None:
        """`apart`: where the sentences start that charge a killing besides the case's."""
        self._by_charge: set[int] = set()  # "charged with murder"
        self._by_death: set[int] = set()  # "charged in her death"
        for sentence in CHARGE_GATE.among(article.sentences):
            if first_in(EXPECTED, sentence.text) or sentence.start in apart:
                continue
            match = first_in(CHARGED_WITH_HOMICIDE, sentence.text)
            if match is not None and re.search(INCHOATE, match.group(0), re.I):
                # "facing attempted murder charges", "charged with conspiracy to commit murder":
                # no one was killed
                match = None
            found = self._by_charge
            if match is None:
                match, found = first_in(CHARGED_IN_DEATH, sentence.text), self._by_death
            if match is not None and CHARGE_DENIED.search(
                sentence.text, max(0, match.start() - 30), match.start()
            ):
                match = None  # "Bo Tran has not been charged in connection with her death"
            if match is not None:
                actor = article.cast.actor(sentence, match.start())
                if actor is not None:
                    found.add(id(actor))

    def charged(self, person: Person, named_charges: bool) -> bool:
        if id(person) in self._by_charge:
            return True
        return not named_charges and id(person) in self._by_death


def link_fact(
    article: Article, sentence: Sentence, person: Person, relation: str, victim: str | None
) -> Fact:
    fields = {"person": person_name(person), "relation": relation, "victim": victim}
    return fact("LinkedToHomicide", fields, article, sentence)


def suspects_of_the_killing(
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
            or one_of(person, killed_names)
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
        if any(cleared(article.sentences[i].text) for i, _, _ in person.mentions):
            continue  # "Bo Tran, who found the body, is not considered a suspect"
        victims = killed_names[:1] if len(killed_names) == 1 else [None]
        # "Bo Tran has been named a person of interest": so called where first told.
        relation = "person of interest" if POI.search(person.first_cue.text) else "suspect"
        found[id(person)] = link_fact(article, person.first_cue, person, relation, victims[0])
        people[id(person)] = person
    _held_for_the_harm(article, held, killed_names, people, found, crash)
    return found


# An offence of harm done to someone, short of a homicide: what one is charged with who
# wounded a victim that later died ("charged with malicious wounding in the shooting that
# killed Ann Lee", "with aggravated assault before she died").
_HARM_CHARGE = re.compile(
    r"\b(?:assault|battery|wounding|maiming|mayhem|attempted (?:first-degree |second-degree )?"
    r"(?:murder|homicide)|shooting|stabbing)\b"
)


_NONE_SUSPECTED = re.compile(
    r"\b(?:no|not\s+(?:yet\s+)?(?:identified|named|arrested)|yet\s+to\s+(?:identify|name))\s+"
    r"(?:an?\s+|any\s+)?suspects?\b",
    re.I,
)


def _held_for_the_harm(
    article: Article,
    held: list[Fact],
    killed_names: list[str],
    people: dict,
    found: dict[int, Fact],
    crash: bool | None,
) -> None:
    """A suspect charged with harm short of a homicide in a story of one killing, no crash,
    and no homicide charge is that killing's suspect: the link stands until a homicide charge
    is filed."""
    if len(killed_names) != 1:
        return
    charges: dict[str, list[Fact]] = {}
    for f in held:
        if f.kind == "ChargeFiled" and f.fields["person"]:
            charges.setdefault(f.fields["person"], []).append(f)
    if not charges or any(
        HOMICIDE_CHARGE.search(f.fields["charge"]) for fs in charges.values() for f in fs
    ):
        return
    if crash is None:
        crash = any(_CRASH.search(s.text) for s in article.sentences)
    if crash:
        return  # a driver charged after a fatal crash: no homicide until one is charged
    if any(_NONE_SUSPECTED.search(s.text) for s in article.sentences):
        return  # "Police have no suspects in the killing of": the killing is another's
    for person in article.cast.people:
        if id(person) in people or person.name is None or one_of(person, killed_names):
            continue
        harm = next(
            (
                f
                for f in charges.get(person_name(person), [])
                if _HARM_CHARGE.search(f.fields["charge"])
            ),
            None,
        )
        if harm is None:
            continue
        sentence = article.sentence_holding(harm.evidence.start)
        assert sentence is not None  # a fact's evidence starts in a sentence
        if INJURED_NEAR.search(sentence.text) and not KILLED_NEAR.search(sentence.text):
            continue  # "charged with attempted murder after two men were wounded": their harm
        found[id(person)] = link_fact(article, sentence, person, "suspect", killed_names[0])
        people[id(person)] = person


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
    r"filed\b|\bcharges (?:are|were) pending\b|"
    # "Charges are expected to be filed Monday"
    r"\bcharges (?:are|were) (?:expected|likely) to be filed\b",
    re.I,
)
# A story told once the suspect is charged: court, plea, indictment, verdict, sentence.
# (compile_scan: searched at every position, it skips in C to where a match can start)
_COURT_STAGE = compile_scan(
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
# (compile_scan: searched at every position, it skips in C to where a match can start)
_NOT_YET = compile_scan(
    r"\b(?:not (?:yet )?(?:been )?(?:charged|filed|arraigned)|no charges?|(?:charges?|charging) "
    r"(?:\w+ ){0,3}?(?:pending|expected|review)|pending|expected to|will (?:likely )?be|yet to|"
    r"plans? to|working with)\b",
    re.I,
)
