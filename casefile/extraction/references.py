"""Whom a sentence that names no one new speaks of, read from the sentence before it: "Bo
Tran, 45, and Ann Lee, 33, were seen on video. Both were later arrested"; "Ann Lee drove the
getaway car. She was also charged"; "A 44-year-old man was charged ... Bo Tran, 44, ...";
and the surname two given names share ("Jason and Amber Fry"). `people.Cast` applies these
when it marks suspects."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from casefile.extraction.ages import age_near
from casefile.extraction.counted_suspects import counted_sentences, counted_suspect_groups
from casefile.extraction.cue_words import SUSPECT_CUE_WORDS
from casefile.extraction.cues import CUE_AFTER
from casefile.extraction.cues_officials import CHARGED_ITSELF
from casefile.extraction.descriptions import (
    NAMED_FOR,
    introduced_as_subject,
    undergoes_harm,
    unnamed_suspect_ages,
)
from casefile.extraction.mentions import name_words
from casefile.extraction.name_vocabulary import NAME_SUFFIXES
from casefile.extraction.patterns import first_in, prefix_match
from casefile.extraction.reference_cues import PLURAL_OBJECT, PLURAL_OPENER, SINGULAR_OPENER
from casefile.extraction.sentences import Sentence

if TYPE_CHECKING:
    from casefile.extraction.people import Cast, Person

Told = list[tuple[Sentence, "Person"]]


def _full_name(words: tuple[str, ...]) -> bool:
    return len([w for w in words if w not in NAME_SUFFIXES]) >= 2


def plural_subjects(cast: Cast) -> Told:
    """ "Bo Tran, 45, and Ann Lee, 33, were seen on video. Both were later arrested": a
    plural subject said to be arrested or charged stands for the people the sentence before
    it names together, in one list. Said only to act ("They torched the trucks"), it may be
    telling another matter, and names no suspect."""
    found: Told = []
    for sentence in SUSPECT_CUE_WORDS.among(cast.sentences):
        opener = prefix_match(PLURAL_OPENER, sentence.text)
        if not sentence.index:
            continue
        # "Both were arrested", or "Police arrested both on Friday".
        said = opener is not None and prefix_match(CHARGED_ITSELF, sentence.text[opener.end() :])
        if not (said or first_in(PLURAL_OBJECT, sentence.text)):
            continue
        pairs = cast.joined_people(cast.sentences[sentence.index - 1])
        if len(pairs) > 1:
            # "Bo Tran and Ann Lee were arrested ... at shops in Westchase and Spring Branch.
            # Both are charged": the list of those already said to be taken, not another.
            taken = [(left, right) for left, right in pairs if left.suspect and right.suspect]
            pairs = taken or pairs
        if not pairs and prefix_match(_TWO, sentence.text):
            # "... if Bo Tran, 29, of Elm Park, or Cal Dunne, 35, were freed. Both were
            # remanded": the two the sentence before names as alternatives.
            pairs = _either(cast, cast.sentences[sentence.index - 1])
        if not pairs and prefix_match(_TWO, sentence.text) and sentence.index >= 2:
            # "Bo Tran, 30, drove. Ann Lee, 25, rode with him. Both were arrested": the
            # subjects of the two sentences before.
            subjects = [_subject(cast, cast.sentences[sentence.index - k]) for k in (2, 1)]
            if subjects[0] and subjects[1] and subjects[0] is not subjects[1]:
                pairs = [(subjects[0], subjects[1])]
        for left, right in pairs:
            for person in (left, right):
                if not person.titled and (sentence, person) not in found:
                    found.append((sentence, person))
    return found


# Between two names given as alternatives: ", or", with an age and a home between.
_OR_JOIN = re.compile(r"(?:,[^,;.]{1,60}){0,3},?\s+or\s+")


def _either(cast: Cast, sentence: Sentence) -> list[tuple[Person, Person]]:
    """The two people `sentence` names, and only two, joined by "or"."""
    named = [
        (m, p) for m, p in cast.people_in(sentence) if not (p.titled or p.victim or p.official)
    ]
    if len(named) != 2 or named[0][1] is named[1][1]:
        return []
    (left, first), (right, second) = named
    if not _OR_JOIN.fullmatch(sentence.text, left.end, right.start):
        return []
    return [(first, second)]


# A plural subject that can only be two people.
_TWO = re.compile(r"\A\W*(?:Both|The\s+(?:two|pair|couple|duo))\b")


def _subject(cast: Cast, sentence: Sentence, pronoun: str = "") -> Person | None:
    """The person `sentence` opens on as its subject (not a victim, official or speaker)."""
    mentions = cast.people_in(sentence)
    if not mentions or cast.telegraphic(sentence):
        return None
    mention, person = mentions[0]
    # "His girlfriend, Ann Lee, 25, drove the getaway car": a relation the sentence opens on
    # names its subject, who is no one harmed for it.
    related = prefix_match(_RELATION_OPENS, sentence.text[: mention.start])
    if related and pronoun.lower() in _OTHER_SEX.get(related.group("relation").lower(), ()):
        return None  # "His mother, Ann Lee, called police. He was charged"
    # "... to have her ex-husband, Bo Tran, killed. Tran was never harmed. She was held": the
    # gender the report's words give the subject rules him out.
    told = cast.told_gender(person) if pronoun.lower() in _PRONOUN_GENDER else None
    if told is not None and told != _PRONOUN_GENDER[pronoun.lower()]:
        return None
    if (
        person.titled
        or person.victim
        or not _full_name(person.words)
        or (not related and cast.harmed_object(sentence.index, mention.start))
        or not (
            introduced_as_subject(sentence, mention.start, mention.end)
            # "Police identified the driver as Ann Lee": the one the sentence names
            or NAMED_FOR.search(sentence.text, max(0, mention.start - 80), mention.start)
        )
        or (related and undergoes_harm(sentence, mention.end))
    ):
        return None
    return person


_RELATION_OPENS = re.compile(
    r"\A\W*(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<relation>[\w-]+),\s+\Z", re.IGNORECASE
)
_FEMALE = ("mother", "sister", "wife", "girlfriend", "daughter", "niece", "aunt", "grandmother")
_MALE = ("father", "brother", "husband", "boyfriend", "son", "nephew", "uncle", "grandfather")
# The pronoun a relation cannot be.
_OTHER_SEX = {**dict.fromkeys(_FEMALE, ("he",)), **dict.fromkeys(_MALE, ("she",))}


_PRONOUN_GENDER = {"he": "m", "she": "f"}


# How many sentences after a counted group its members may be named.
_GROUP_REACH = 2


def counted_members(cast: Cast) -> Told:
    """ "Three men were indicted ... According to the indictment, Bo Tran, 29, Ann Lee, 33,
    and Cal Ng, 25, ran a drug ring": a group the report counts and says was arrested,
    charged or sought, then names in one list of as many people within the next sentences,
    is those people. The count must agree: a list of another size is another group."""
    found: Told = []
    for sentence in counted_sentences(cast.sentences):
        counts = counted_suspect_groups(sentence)
        if not counts:
            continue
        for later in cast.sentences[sentence.index + 1 : sentence.index + 1 + _GROUP_REACH]:
            lists = [chain for chain in _chains(cast, later) if len(chain) in counts]
            for chain in lists:
                found.extend((later, person) for person in chain)
            if lists:
                break
    return found


def _chains(cast: Cast, sentence: Sentence) -> list[list[Person]]:
    """The lists of people `sentence` names, each in order (no victims, officials, or
    people named as whom harm was done to)."""
    harmed = {
        id(person)
        for mention, person in cast.people_in(sentence)
        if cast.harmed_object(sentence.index, mention.start)
    }
    chains: list[list[Person]] = []
    for left, right in cast.joined_people(sentence):
        if chains and chains[-1][-1] is left:
            chains[-1].append(right)
        else:
            chains.append([left, right])
    spans = {
        id(person): (mention.start, mention.end) for mention, person in cast.people_in(sentence)
    }
    text = sentence.text
    # A roster names each with an age ("Bo Tran, 29, of Elgin"); neighbours who "called 911"
    # or "said" are no group charged; "Ann Lee, 30, and Sue Kim, 28, were found in a car"
    # is a list told as harmed.
    return [
        chain
        for chain in chains
        if not any(id(p) in harmed for p in chain)
        and all(age_near(text, *spans[id(p)]) is not None for p in chain)
        and not undergoes_harm(sentence, end := _list_end(sentence, spans[id(chain[-1])][1]))
        and not _WITNESSES.match(text, end)
    ]


# What witnesses, not the group charged, are said to do right after the list.
_WITNESSES = re.compile(
    r"\s*(?:who\s+)?(?:\w+\s+)?(?:said|say|says|told|tell|called|call|heard|saw|see|witnessed|"
    r"watched|described|recalled|testified|live|lives|lived)\b",
    re.IGNORECASE,
)


def _list_end(sentence: Sentence, end: int) -> int:
    """Where the list whose last name ends at `end` ends: after its age and home town."""
    found = _AGE_AND_HOME.match(sentence.text, end)
    return found.end() if found else end


_AGE_AND_HOME = re.compile(r",\s*\d{1,3}(?:,\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,?")


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]he)\b(?!.*\b(?:[Hh]e|[Ss]he|[Tt]he)\b)")


def pronoun_subjects(cast: Cast) -> Told:
    """ "Ann Lee, 33, drove the getaway car. She was also charged": a sentence opening on
    "He", "She" or "The woman" said to be arrested or charged is about the subject of the
    sentence before it, when that subject is no suspect yet, nor a victim, official, relative
    or speaker."""
    found: Told = []
    for sentence in SUSPECT_CUE_WORDS.among(cast.sentences):
        opener = prefix_match(SINGULAR_OPENER, sentence.text)
        if not sentence.index or not opener:
            continue
        if not prefix_match(CHARGED_ITSELF, sentence.text[opener.end() :]):
            continue
        before = cast.sentences[sentence.index - 1]
        person = _subject(cast, before, _PRONOUN.search(opener.group(0)).group(0))
        if person is not None and not person.suspect:
            found.append((sentence, person))
    return found


# "Asked about her husband, Cy Lee, the sheriff said: "He is a person of interest."": the
# answer's "he" or "she" is the one the question was about, not the one who answers it.
_ASKED_ABOUT = re.compile(r"\A\W*(?:When\s+)?[Aa]sked\s+(?:about|whether|if)\s")
_ANSWER_PRONOUN = re.compile(
    r"\b(?:said|says|replied|answered|responded)\b[:,]?\s+[\"“]?(?:that\s+)?"
    r"(?P<pronoun>[Hh]e|[Ss]he)\b"
)


def asked_about_subjects(cast: Cast) -> Told:
    """ "Asked about Ann Lee's husband, Cy Lee, Sheriff Al Roe said he is a person of
    interest": the one the question names is the subject of the answer's cue, not the
    speaker (the name just before "said") nor anyone harmed or holding office."""
    found: Told = []
    for sentence in SUSPECT_CUE_WORDS.among(cast.sentences):
        text = sentence.text
        answer = first_in(_ANSWER_PRONOUN, text) if prefix_match(_ASKED_ABOUT, text) else None
        if answer is None or not prefix_match(CUE_AFTER, text[answer.end() :]):
            continue
        gender = _PRONOUN_GENDER[answer.group("pronoun").lower()]
        asked = [
            person
            for mention, person in cast.people_in(sentence)
            if mention.end <= answer.start()
            and text[mention.end : answer.start()].strip()  # not the speaker
            and not (person.official or person.victim or person.titled)
            and cast.told_gender(person) in (None, gender)
        ]
        if asked:
            found.append((sentence, asked[-1]))
    return found


# "Police arrested him Friday", "Deputies later took her into custody": custody said of one
# person by an object pronoun, in a sentence that names no one.
_SINGULAR_OBJECT = re.compile(
    r"\A\W*(?:[Pp]olice|[Oo]fficers|[Dd]eputies|[Tt]roopers|[Aa]gents|[Dd]etectives|"
    r"[Aa]uthorities|[Ii]nvestigators|[Mm]arshals)\s+(?:(?:later|then|eventually|quickly|"
    r"finally)\s+)?(?:arrested|detained|apprehended|charged|booked|jailed|captured|took)\s+"
    r"(?P<pronoun>him|her)\b"
)


def singular_objects(cast: Cast) -> Told:
    """ "Bo Tran had a long record. Police arrested him Friday": a sentence naming no one that
    says the police took "him" or "her" is about the subject of the sentence before it."""
    found: Told = []
    for sentence in SUSPECT_CUE_WORDS.among(cast.sentences):
        said = prefix_match(_SINGULAR_OBJECT, sentence.text)
        if not sentence.index or not said or cast.people_in(sentence):
            continue
        pronoun = "he" if said.group("pronoun") == "him" else "she"
        before = cast.sentences[sentence.index - 1]
        person = _subject(cast, before, pronoun)
        opening = cast.people_in(before)[:1]
        if opening and undergoes_harm(before, opening[0][0].end):
            continue  # "Ann Lee was stabbed. Police arrested him": the one who stabbed her
        if person is not None and not person.suspect:
            found.append((sentence, person))
    return found


def introduced_after_description(cast: Cast, candidates: list[Person]) -> Person | None:
    """The first of `candidates` that a report leading with an unnamed suspect ("A
    44-year-old man was charged ...") introduces with an age as a sentence's subject: of the
    age the lead gives, where it gives one; else not one the sentence says was hurt or
    treated ("Ann Lee, 45, suffered a broken nose")."""
    ages = unnamed_suspect_ages(cast.sentences)
    if not ages:
        return None
    stated = {age for age in ages if age is not None}
    found: list[tuple[tuple[int, int], Person]] = []
    for person in candidates:
        for index, start, end in person.mentions:
            sentence = cast.sentences[index]
            age = age_near(sentence.text, start, end)
            if (
                age is not None
                and (age in stated if stated else not undergoes_harm(sentence, end))
                and not cast.telegraphic(sentence)
                and introduced_as_subject(sentence, start, end)
            ):
                found.append(((index, start), person))
                break
    return min(found, key=lambda item: item[0])[1] if found else None


_AND_ONLY = re.compile(r"\s+(?:and|&)\s+\Z")
# A name found in a sentence: the sentence, its span (start, end, text, titled), its words.
Found = list[tuple[Sentence, tuple[int, int, str, bool], tuple[str, ...]]]


def shared_surnames(found: Found) -> Found:
    """ "Jason and Amber Fry", "Mark and Lisa Dunn": a given name joined by "and" to a full
    name shares its surname, unless the article uses that word as someone's surname ("Tran
    and Ann Lee")."""
    surnames = {
        [w for w in words if w not in NAME_SUFFIXES][-1]
        for _, _, words in found
        if _full_name(words)
    }
    result = list(found)
    for position, ((sentence, span, words), (other_sentence, other, other_words)) in enumerate(
        pairwise(found)
    ):
        if (
            sentence is other_sentence
            and len(words) == 1
            and _full_name(other_words)
            and " " in other[2]  # "De'Shawn" is two name words but one given name
            and words[0] not in surnames
            and _AND_ONLY.match(sentence.text[span[1] : other[0]])
        ):
            text = f"{span[2]} {other[2].split(' ', 1)[1]}"
            result[position] = (sentence, (span[0], span[1], text, span[3]), name_words(text))
    return result
