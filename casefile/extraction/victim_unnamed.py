"""Unnamed victims: people the article describes without a name as harmed or targeted in its
case ("a 19-year-old man was shot", "killing his neighbor", "the victim, a 52-year-old woman",
"three people were wounded"), each told once: a description told again is the same victim, a
relative named by whose relative she is someone new, "He died Sunday" right after "A man was
shot" makes him killed, and one who lost money to a theft has no outcome (a wording's match
that tells no victim of the case is told by victim_misreadings.py). Read by
extraction/victims.py, which sets them beside the named victims."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.case_harm import case_killing, taken_outcome
from casefile.extraction.context import Article, fact
from casefile.extraction.outcome_words import HARM_NOUN, outcome_of
from casefile.extraction.patterns import first_in, match_at, matches_in
from casefile.extraction.victim_context import (
    ALIVE_IN_CARE,
    ANYONE,
    KIN,
    LIVED_AFTER,
    OUTCOME_RANK,
    SUBJECT_DIED,
    TO_DEATH_AFTER,
    apposed_to_the,
    died_next,
    sentence_outcome,
)
from casefile.extraction.victim_counts import count_groups, pairs
from casefile.extraction.victim_first import others_told
from casefile.extraction.victim_gates import AGAIN, BACK, GATE_TABLE, NEW, mode_of
from casefile.extraction.victim_hurt_later import hurt_later
from casefile.extraction.victim_lists import with_counted
from casefile.extraction.victim_misreadings import misread
from casefile.extraction.victim_phrases import (
    AGED,
    AGED_ROLE,
    APPOSED_AGE,
    BODY_OF,
    DEFINITE_INJURED,
    DEFINITE_VICTIM,
    DOUBLE,
    FIRED_AT,
    FOUND,
    FRAUD,
    INDEFINITE_VICTIM,
    KIN_OF,
    LEFT_VICTIM,
    MISSED,
    MONEY_LOST,
    SUFFERING,
    TAKEN,
    TARGET,
    THE_VICTIM_WAS,
    VICTIM_OBJECT,
)
from casefile.extraction.victim_present import (
    present_in_attacked_home,
    unhurt_after,
    unhurt_in,
    unhurt_within,
)
from casefile.extraction.victim_pronoun_harm import HARMED_AFTER
from casefile.extraction.victim_told_later import later_deaths, later_hits
from casefile.extraction.victim_wording import (
    aged_victims,
    attempted,
    charged_short_of_death,
    died_after,
    said_outcome,
)

# The words a target's sentence holds: "to kill another man", "lying in wait for someone else".
_TARGET_GATE = re.compile(r"kill|\bwait\b")
# A harm joined to a restraint: "was tied up and beaten" tells the harm, not the restraint.
_AND_HARMED = re.compile(
    r"\s+and\s+(?:was\s+|were\s+)?(beaten|stabbed|shot|assaulted|punched|kicked|injured|hurt|"
    r"wounded|killed|pistol-whipped)\b",
    re.I,
)
# The taker's next act on the one taken, told of her by a pronoun: "kidnapping a driver and
# beating her with a gun", "abducted a girl and then assaulted her".
_AND_HARMED_HER = re.compile(
    r"\s+and\s+(?:then\s+)?(beating|beat|stabbing|stabbed|shooting|shot|assaulting|assaulted|"
    r"punching|punched|kicking|kicked|injuring|injured|wounding|wounded|killing|killed|"
    r"pistol-whipping|pistol-whipped)\s+(?:her|him|them)\b",
    re.I,
)


def unnamed_victims(article: Article, named: bool = False) -> list[tuple[str, Fact]]:
    """The victims the article describes without a name, each with its outcome (`named`:
    whether it names one harmed)."""
    by_the: list[str] = []  # the key of one first told with "the" ("stabbed the student")
    taken: list[str] = []  # `taken_outcome(article)`, read once when first needed
    told: list = [None]  # the key of the last victim told, and the index of its sentence
    by_description: dict[str, tuple[str, Fact]] = {}
    order: list[str] = []
    groups: dict[str, tuple[int, Fact]] = {}
    read_at: dict[tuple[int, int], str] = {}  # the key read at (sentence, where its words start)

    def add(description: str, outcome: str, sentence, mode: str, until=None, age=None) -> None:
        kind = description.lower().split()[-1]
        earlier = [k for k in order if k.split("#")[0] == kind]
        told_age = int(aged.group(1)) if (aged := AGED.search(description)) else age
        if mode == AGAIN:
            # (not one of another age: "a 52-year-old employee" and, of an earlier robbery, "a
            # 19-year-old employee" are two)
            earlier = [
                k
                for k in earlier
                if by_description[k][0] == outcome
                and (told_age is None or by_description[k][1].fields["age"] in (None, told_age))
            ]
        same = [k for k in order if by_description[k][0] == outcome]
        if mode == BACK and not earlier and same and kind not in KIN:
            # "the officer was fatally shot" after "shooting a special agent": the same one,
            # whose age this sentence may tell ("The victim, 27, was taken to a hospital")
            earlier = same[-1:]
        elif mode == BACK and not earlier and kind == "victim" and len(order) == 1:
            # "carjacking a woman ... The victim, 62, was pushed to the ground": the one
            # victim told before, whose harm this sentence tells
            earlier = order[:]
        key = earlier[-1] if earlier and mode != NEW else f"{kind}#{len(order)}"
        told[0] = (key, sentence.index)
        victim = fact(
            "VictimReported",
            {
                "name": None,
                "description": description.lower(),
                "age": told_age,
                "outcome": outcome,
            },
            article,
            sentence,
        )
        if until is not None:  # the outcome told in the next sentence: quote both
            victim = Fact(
                "VictimReported",
                victim.fields,
                evidence_in(article.text, sentence.start, until.end),
            )
        if key in by_description:
            had_outcome, had = by_description[key]
            if OUTCOME_RANK[outcome] > OUTCOME_RANK[had_outcome]:
                if had.fields["age"] is not None and victim.fields["age"] is None:
                    # "a 52-year-old man was robbed ... The man suffered cuts": quote both
                    fields = {**victim.fields, "age": had.fields["age"]}
                    span = evidence_in(article.text, had.evidence.start, victim.evidence.end)
                    victim = Fact("VictimReported", fields, span)
                by_description[key] = (outcome, victim)
            elif outcome == had_outcome and had.fields["age"] is None and victim.fields["age"]:
                # the age told later, quoted from the sentence that tells it
                fields = {**had.fields, "age": victim.fields["age"]}
                by_description[key] = (outcome, Fact("VictimReported", fields, victim.evidence))
            return
        by_description[key] = (outcome, victim)
        order.append(key)

    for sentence in article.sentences:
        text = sentence.text
        if told[0] is not None and told[0][1] == sentence.index - 1:
            died_next(article, sentence, told[0][0], by_description)
        if order:  # "... a woman was abducted. She had bruises": hurt after all
            hurt_later(article, sentence, told[0], by_description)
        count_groups(article, sentence, groups)
        pairs(article, sentence, groups)
        if "double" in sentence.lower and first_in(DOUBLE, text):
            add("victim", "killed", sentence, NEW)
            add("victim", "killed", sentence, NEW)
        for pattern in GATE_TABLE.open_for(sentence):
            for match in matches_in(pattern, text):
                groups_of = match.groupdict()
                what = groups_of.get("what") or groups_of.get("died") or ""
                what_at = match.start("died" if groups_of.get("died") else "what") if what else -1
                if misread(article, sentence, pattern, match, what, what_at, named, order):
                    continue
                if pattern is LEFT_VICTIM and match.group("other"):
                    add(match.group("desc"), "injured", sentence, NEW)  # "and another injured"
                if pattern is INDEFINITE_VICTIM and match.group("desc2"):
                    add(match.group("desc2"), outcome_of(what), sentence, NEW)
                pair = match.group("desc2") if pattern is VICTIM_OBJECT else None
                if pattern in (MISSED, FIRED_AT, FRAUD, MONEY_LOST):
                    outcome = "unharmed"
                elif pattern is AGED_ROLE:
                    clause = article.scope_at(sentence, match.start())
                    if (said := said_outcome(text[match.end() : clause.end])) is None:
                        continue
                    outcome, what = said, match.group("age") + "-year-old "
                elif pattern is THE_VICTIM_WAS:
                    found_outcome = sentence_outcome(text)
                    if found_outcome is None:
                        # "The victim, a 16-year-old girl, was recovered by agents": called a
                        # victim in a case of a killing or of abuse, with the case's harm
                        taken = taken or [taken_outcome(article)]
                        found_outcome = "killed" if case_killing(article) else taken[0]
                        if found_outcome == "unharmed":
                            continue  # "The victim, a 45-year-old man, is expected to testify"
                    outcome = found_outcome
                    if match.group("desc2"):  # "the victims, a man and a woman,"
                        add(match.group("desc2"), outcome, sentence, NEW)
                elif pattern is BODY_OF:
                    outcome = "killed"
                elif pattern is FOUND:
                    outcome = (
                        "killed"
                        if what.lower() in ("dead", "deceased", "unresponsive")
                        else "injured"
                    )
                elif pattern in (DEFINITE_INJURED, SUFFERING):
                    outcome = "injured"
                elif (
                    pattern is VICTIM_OBJECT
                    and HARM_NOUN.fullmatch(what.lower())
                    and re.match(r"\s+(?:of|on)\b", text[match.end("what") :])
                ):
                    # "the shooting of a man" (not "accused of stabbing a woman": a verb)
                    outcome = (
                        "killed"
                        if case_killing(article) and not charged_short_of_death(text, match.start())
                        else "injured"
                    )
                else:
                    outcome = outcome_of(what)
                    if (
                        pattern is INDEFINITE_VICTIM
                        and outcome == "injured"
                        and match.start() < 12
                        and match_at(SUBJECT_DIED, text, match.end())
                    ):
                        outcome = "killed"  # "A man who was shot Friday has died"
                    joined = (
                        match_at(_AND_HARMED, text, match.end("what"))
                        or match_at(_AND_HARMED_HER, text, match.end("desc"))
                        if outcome == "unharmed" and TAKEN.search(what)
                        else None
                    )
                    if joined:
                        outcome = outcome_of(joined.group(1))  # "was tied up and beaten"
                    elif outcome == "unharmed" and TAKEN.search(what):
                        # "kidnapping a girl": hurt if the case says so
                        taken = taken or [taken_outcome(article)]
                        outcome = taken[0]
                if (
                    (
                        (pattern is VICTIM_OBJECT and (match.group("det") or match.group("the")))
                        # "argued with the victim before he shot him"
                        or pattern is HARMED_AFTER
                    )
                    and outcome == "injured"
                    and not re.match(r"wound|injur", what, re.I)
                    and case_killing(article)
                    # not one told wounded before: "wounded their son ... then shot his son"
                    and not _told_hurt(match.group("desc"), order, by_description)
                ):
                    outcome = "killed"  # "beat his neighbor" in a story of his killing
                if outcome == "killed" and (
                    attempted(text, match.start())
                    # "for stabbing her roommate, who survived"
                    or match_at(LIVED_AFTER, text, match.end("desc"))
                ):
                    outcome = "injured"  # "the attempted murder of a clerk": no one killed
                if (
                    outcome == "killed"
                    and re.search(r"unresponsive", what, re.I)
                    and not case_killing(article)
                    and ALIVE_IN_CARE.search(article.text)
                ):
                    # "found unresponsive ... The boy was taken to a hospital in critical
                    # condition": alive, in a story that tells no death
                    outcome = "injured"
                if outcome == "injured" and died_after(text, match.end()):
                    outcome = "killed"  # "was found shot ... and later died at a hospital"
                if (
                    outcome == "injured"
                    and pattern is VICTIM_OBJECT
                    and match_at(TO_DEATH_AFTER, text, match.end("desc"))
                ):
                    outcome = "killed"  # "stabbed a father of three to death", "shot a man dead"
                spot = (sentence.index, match.start("desc"))
                if spot in read_at:
                    # "the killing of a boy who was shot": the same words read by two
                    # wordings are one person, killed if either says so
                    key = read_at[spot]
                    had_outcome, had = by_description[key]
                    if outcome == "killed" and had_outcome != "killed":
                        fields = {**had.fields, "outcome": outcome}
                        by_description[key] = (
                            outcome,
                            Fact("VictimReported", fields, had.evidence),
                        )
                    continue
                desc = match.group("desc")
                # "A second man, 21, was wounded": the age in an apposition of its own
                apposed = (
                    match_at(APPOSED_AGE, text, match.end("desc"))
                    if pattern in (INDEFINITE_VICTIM, DEFINITE_VICTIM)
                    else None
                )
                if (
                    desc.lower().endswith("couple")
                    and pattern is not AGED_ROLE
                    and not any(k.startswith("couple#") for k in order)
                ):
                    add(desc, outcome, sentence, NEW)  # "a Memphis couple": two people
                    add(desc, outcome, sentence, NEW)
                    continue
                noun = (
                    apposed_to_the(text, match.start(), desc)
                    if pattern is INDEFINITE_VICTIM
                    else None
                )
                if noun:
                    # "the wounding of the woman, an 18-year-old who was hit": the woman again
                    again = any(k.split("#")[0] == noun for k in order)
                    add(f"{desc} {noun}", outcome, sentence, BACK if again else NEW)
                    continue
                add(
                    what + desc if pattern is AGED_ROLE else desc,
                    outcome,
                    sentence,
                    # "The victims, a man and a woman,": two, neither one told before
                    AGAIN
                    if (pattern is THE_VICTIM_WAS and match.group("desc2"))
                    # "Her mother, 67, was stabbed" after "attacked his wife": someone else
                    or (pattern is DEFINITE_VICTIM and match_at(KIN_OF, text, match.start()))
                    else mode_of(pattern),
                    age=int(apposed.group(1)) if apposed else None,
                )
                if told[0] is not None:
                    read_at[spot] = told[0][0]
                if pattern is VICTIM_OBJECT and match.group("the") and told[0] is not None:
                    by_the.append(told[0][0])
                if pair:  # "the deaths of his mother and stepfather": the second one too
                    add(pair, outcome, sentence, mode_of(pattern))
        for match in matches_in(TARGET, text) if _TARGET_GATE.search(sentence.lower) else ():
            add(match.group("desc"), "unharmed", sentence, NEW)
        for desc, count, where in present_in_attacked_home(sentence):
            if article.in_case(sentence, where):
                for n in range(count):  # "their two children": each one
                    add(desc, "unharmed", sentence, NEW if n else AGAIN)
        unhurt_here = None if article.cast.people_in(sentence) else unhurt_in(sentence)
        if unhurt_here is not None and article.in_case(sentence, 0):
            add(unhurt_here, "unharmed", sentence, AGAIN)
        if sentence.index and not article.cast.people_in(sentence):
            before = article.sentences[sentence.index - 1]
            unhurt = unhurt_after(before, sentence)
            if unhurt is not None and article.in_case(before, 0) and article.in_case(sentence, 0):
                # (the same as one told unharmed before: "A woman was tied up. She was not hurt.")
                add(unhurt, "unharmed", before, AGAIN, until=sentence)
        if ";" in text and (within := unhurt_within(sentence)) and article.in_case(sentence, 0):
            add(within, "unharmed", sentence, AGAIN)
    for sentence, outcome, age, until in aged_victims(article):
        if outcome is None:  # no harm told of "the 54-year-old victim": the case's
            outcome = "killed" if case_killing(article) else taken_outcome(article)
        # ("A man was injured ... The 32-year-old victim was taken to hospital": "the" refers
        # back to the one told before)
        add(f"{age}-year-old victim", outcome, sentence, BACK, until)
    later_deaths(article, groups)
    later_hits(article, groups)
    if by_the and by_the[0] in order:
        kinds = [k.split("#")[0] for k in order if k != by_the[0]]
        if others_told(by_the[0].split("#")[0], kinds, ANYONE, named):
            order.remove(by_the[0])  # the others (or the one named) are its accounts
    found = [by_description[k] for k in order]
    return with_counted(found, groups)


def _told_hurt(desc: str, order: list[str], by_description: dict) -> bool:
    """Whether one of the kind `desc` names was told hurt before."""
    kind = desc.lower().split()[-1]
    return any(k.split("#")[0] == kind and by_description[k][0] == "injured" for k in order)
