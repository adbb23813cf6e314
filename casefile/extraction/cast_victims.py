"""Which of an article's people are victims: a victim cue of `harm_cues.py` before or after a
name, unless the harm it tells is the police's ("X was shot by a deputy"); a name the sentence
before told harmed ("A woman was found dead ... Police identified her as Ann Lee"); a name
listed with a victim; and whom a harm verb was done to. `roles.CastRoles` decides the suspects
on these."""

from __future__ import annotations

import re
from itertools import pairwise

from casefile.extraction.cue_words import SUSPECT_WORDS
from casefile.extraction.cues_before import REACH
from casefile.extraction.cues_officials import CHARGED_ITSELF
from casefile.extraction.descriptions import NAMED_FOR_GATE, names_the_harmed
from casefile.extraction.harm_cues import (
    DEATH,
    HARM_WORDS,
    HARMED_BEFORE,
    IDENTIFIED_AS,
    IDENTIFIED_GATE,
    OBJECT_OF_HARM,
    VICTIM_AFTER,
    VICTIM_BEFORE,
    joins_a_list,
)
from casefile.extraction.harm_words import BY_POLICE, police_harm_before
from casefile.extraction.mentions import NameMention
from casefile.extraction.patterns import first_in, prefix_match, search_within
from casefile.extraction.person import Person
from casefile.extraction.reference_cues import SINGULAR_OPENER
from casefile.extraction.sentences import Sentence

# The victim named in an appositive: "The victim, Ann Lee, ...".
VICTIM_NAMED = re.compile(r"\bvictims?,\s+\Z", re.IGNORECASE)
# A harm told by a noun before the name: "the shooting death of ", "the body of ".
_NOUN_OF = re.compile(r"[\w\s]*?\bof\s", re.IGNORECASE)


def _by_police(
    text: str, start: int, end: int, before: re.Match[str] | None, after: re.Match[str] | None
) -> bool:
    """Whether the harm a victim cue tells of the name at `start:end` is the police's: "X was
    shot by a deputy", "officers shot and killed X"."""
    if before is not None:
        noun = _NOUN_OF.match(before.group(0)) is not None
        return police_harm_before(text, max(0, before.start() - 40), before.start(), start, noun)
    if after is not None:
        return (
            search_within(BY_POLICE, text, end, min(len(text), end + after.end() + 40)) is not None
        )
    return False


class CastVictims:
    """The victim decisions of `people.Cast` (see the module's docstring): they read the people
    and mentions `Cast.__init__` collects and mark the victims, and the mentions that are
    whom a harm was done to."""

    sentences: list[Sentence]
    people: list[Person]
    _mentions: dict[int, list[tuple[NameMention, Person]]]
    _objects: set[tuple[int, int]]

    def _mark_victims(self) -> None:
        # Only sentences that name someone can mark a victim; `_mentions` holds them in order.
        for index, mentions in self._mentions.items():
            sentence = self.sentences[index]
            harm = HARM_WORDS.opens(sentence)
            for mention, person in mentions if harm else ():
                text, start = sentence.text, mention.start
                before = search_within(VICTIM_BEFORE, text, max(0, start - REACH), start)
                if before and text.startswith(("'s", "’s"), mention.end):
                    before = None  # "shot Ann Lee's dog walker": the one owned was harmed
                after = None if before else prefix_match(VICTIM_AFTER, text[mention.end :])
                if _by_police(text, start, mention.end, before, after):
                    continue  # "X was shot and killed by officers": no victim of the case
                if before:
                    person.victim = True
                    if not VICTIM_NAMED.search(before.group(0)):
                        # (not "The victim, Ann Lee, had no record": the subject, no object)
                        self._objects.add((sentence.index, start))
                elif after:
                    person.victim = True
                found = before or after
                if found and DEATH.search(found.group(0)):
                    person.killed = True
            # ("The woman, Ann Lee, was a nurse" names the woman told harmed before, as
            # "identified her as" does)
            if index and (IDENTIFIED_GATE.opens(sentence) or NAMED_FOR_GATE.opens(sentence)):
                self._identified_victims(sentence, mentions)
            for (left, left_person), (right, right_person) in pairwise(mentions):
                gap = sentence.text[left.end : right.start]
                if left_person.victim and joins_a_list(gap, sentence.text[right.end :]):
                    right_person.victim = True
                    if (sentence.index, left.start) in self._objects:
                        self._objects.add((sentence.index, right.start))

    def _identified_victims(
        self, sentence: Sentence, mentions: list[tuple[NameMention, Person]]
    ) -> None:
        """ "A woman was found dead ... Police identified her as Ann Lee": the name is of the
        one the sentence before says was harmed, when that sentence speaks of no suspect."""
        before = self.sentences[sentence.index - 1].text
        # "A man ... was killed by police. He was identified as": the police's harm makes no
        # victim of the case.
        # "Police identified the driver as Ann Lee, 31. She faces charges": the one the
        # next sentence accuses, not the one harmed.
        after = (
            self.sentences[sentence.index + 1].text
            if sentence.index + 1 < len(self.sentences)
            else ""
        )
        told_harmed = (
            first_in(HARMED_BEFORE, before)
            and not first_in(SUSPECT_WORDS, before)
            and not first_in(BY_POLICE, before)
            and not _opens_accused(after)
        )
        for mention, person in mentions:
            start = mention.start
            if (
                told_harmed
                and search_within(IDENTIFIED_AS, sentence.text, max(0, start - 60), start)
            ) or names_the_harmed(self.sentences, sentence, start):
                person.victim = True
                self._objects.add((sentence.index, start))

    def _harmed_object(self, index: int, start: int) -> bool:
        """Whether the mention at `start` of sentence `index` is whom a harm verb was done to,
        or someone named by a relation or role word ("his mother, Ann Lee", "lawyer Bo Tran")."""
        if (index, start) in self._objects:
            return True
        text = self.sentences[index].text
        found = search_within(OBJECT_OF_HARM, text, max(0, start - 60), start)
        # "Officers shot Bo Tran": the police's harm makes no victim of him.
        return bool(found) and not search_within(BY_POLICE, text, max(0, found.start() - 40), start)


def _opens_accused(text: str) -> bool:
    """Whether `text` opens on "he", "she" or "the man" said to be arrested or charged ("She
    faces charges of ..."), as `references.pronoun_subjects` reads such a sentence."""
    opener = prefix_match(SINGULAR_OPENER, text)
    return opener is not None and prefix_match(CHARGED_ITSELF, text[opener.end() :]) is not None
