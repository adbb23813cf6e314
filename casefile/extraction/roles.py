"""Which of an article's people are suspects, once `cast_victims.py` has marked the victims:
the cue patterns of `cues.py`, `cues_before.py` and `harm_cues.py` applied to each mention (which name a cue is
said of is in `cue_targets.py`), lists that share a cue, and the readings of descriptions and
references (`descriptions.py`, `references.py`); when no cue names a suspect, the person the
article is about (`main_character.py`). `people.Cast` runs these decisions once, as it is
built."""

from __future__ import annotations

import re

from casefile.extraction.ages import age_near
from casefile.extraction.cast_victims import VICTIM_NAMED, CastVictims
from casefile.extraction.cue_targets import (
    apposed,
    can_join,
    cue_after,
    joined_pairs,
    said_of_later_name,
)
from casefile.extraction.cue_words import SUSPECT_CUE_WORDS
from casefile.extraction.cues_before import (
    CHARGED_BEFORE_TITLE,
    CUE_BEFORE,
    REACH,
    alleged_of,
    claimed_in_defense,
)
from casefile.extraction.cues_officials import CHARGED_ITSELF, HEADLINE_CUE
from casefile.extraction.descriptions import NAMED_FOR_GATE, names_a_suspect
from casefile.extraction.harm_cues import (
    VICTIM_BEFORE,
)
from casefile.extraction.main_character import adopt_main_character
from casefile.extraction.mentions import NameMention
from casefile.extraction.patterns import first_in, prefix_match, search_within
from casefile.extraction.person import Person, core_words
from casefile.extraction.reference_cues import (
    ANOTHER_CASE_BEFORE,
    CIVIL_TITLE,
    COUNSEL_FOR,
    FORMER,
    LAWYER_OF,
    MISSING,
    OFFICER_CHARGED,
    OFFICER_GATE,
    OTHER_CASE,
    RANK,
    ROLE_APPOSITIVE,
    SOUGHT,
    SOUGHT_GATE,
)
from casefile.extraction.references import (
    asked_about_subjects,
    counted_members,
    plural_subjects,
    pronoun_subjects,
    singular_objects,
)
from casefile.extraction.rosters import listed
from casefile.extraction.sentences import Sentence

# A cue of an earlier matter: "had previously been arrested", "was once convicted".
_EARLIER = re.compile(r"\b(?:previously|formerly|once|prior|earlier)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")


class CastRoles(CastVictims):
    """The role decisions of `people.Cast` (see the module's docstring): they read the people
    and mentions `Cast.__init__` collects and set each person's role."""

    sentences: list[Sentence]
    people: list[Person]
    _mentions: dict[int, list[tuple[NameMention, Person]]]
    _ambiguous: list[tuple[int, NameMention, list[Person]]]
    _objects: set[tuple[int, int]]
    _headlines: set[int]
    _officer_charged: bool | None

    def _mark_suspects(self) -> None:
        told: set[int] = set()  # people cued in a sentence of the report, not a headline
        ambiguous = {(index, mention.start): found for index, mention, found in self._ambiguous}
        for sentence in self.sentences:
            named_for = NAMED_FOR_GATE.opens(sentence)
            if not (named_for or SUSPECT_CUE_WORDS.opens(sentence)):
                continue
            cued: list[Person] = []
            # Officials the sentence may say were charged: "Sgt. Bo Tran and Officer Ann Lee
            # were indicted" spreads its cue along the pair.
            charged_officials: set[int] = set()
            mentions = self._mentions.get(sentence.index, [])
            joined = joined_pairs(sentence, mentions)
            if prefix_match(OTHER_CASE, sentence.text):
                continue  # "In an unrelated case, Bo Tran was charged": another case's suspect
            for position, (mention, person) in enumerate(mentions):
                key = (sentence.index, mention.start)
                # A bare surname of someone killed, or one that several people share, is not
                # read as a victim's cue here (`_prefer_suspects` gives a shared one to the
                # suspect later); one that only a wounded person has is his: a suspect shot by
                # police stays the suspect.
                bare = _surname_only(mention.words, person.words)
                text, start = sentence.text, mention.start
                # An official is a suspect where the report introduces him, by his title, as
                # charged ("Officer Bo Tran was indicted"), not where one it first showed at
                # work ("Officer Bo Tran shot the dog") is later said to be charged.
                # So is one the report introduces by his role beside the name, as charged
                # ("Bo Tran, a Dayton attorney, was indicted").
                if (
                    person.titled
                    and not self._may_be_charged(sentence, mention)
                    and not (
                        mention.titled
                        and (
                            prefix_match(CHARGED_ITSELF, sentence.text[mention.end :])
                            or search_within(CHARGED_BEFORE_TITLE, text, max(0, start - 40), start)
                        )
                    )
                    and not (
                        ROLE_APPOSITIVE.match(text, mention.end)
                        and prefix_match(CHARGED_ITSELF, text[mention.end :])
                    )
                    # A full name that is itself the one charged ("Bo Tran, 34, a veteran of the
                    # force, is charged with manslaughter"), whatever title the report gave him
                    # elsewhere: a role rests on what the sentence says of this mention.
                    and not (
                        not mention.titled
                        and len(core_words(mention.words)) >= 2
                        and CHARGED_ITSELF.match(text[mention.end :])
                    )
                ):
                    continue
                if person.titled:
                    charged_officials.add(id(person))
                if (person.victim and bare and (person.killed or key in ambiguous)) or (
                    key in self._objects
                ):
                    continue
                if search_within(ANOTHER_CASE_BEFORE, text, max(0, start - 60), start):
                    continue  # "similar to that of Bo Tran, who was convicted": another case's
                if search_within(COUNSEL_FOR, text, max(0, start - 80), start):
                    continue  # "Solicitor for the accused, Ms Ann Lee,": the accused's counsel
                window = max(0, start - REACH)
                after = mentions[position + 1] if position + 1 < len(mentions) else None
                reach = (
                    None
                    if apposed(sentence, mention, person, after)
                    else cue_after(sentence, start, mention.end)
                )
                # "Police arrested Ann Lee's son": what the words before say is of the son.
                owner = _POSSESSIVE.match(text, mention.end) is not None
                if (
                    (
                        reach is not None
                        and not said_of_later_name(sentence, position, mentions, reach, joined)
                        and not claimed_in_defense(text, start)
                    )
                    or (not owner and search_within(CUE_BEFORE, text, window, start))
                    or (
                        sentence.index in self._headlines
                        and HEADLINE_CUE.match(text, mention.end) is not None
                    )
                    or (
                        not owner
                        and mention.titled
                        and search_within(CHARGED_BEFORE_TITLE, text, window, start)
                    )
                    or (not owner and self._sought(sentence, start))
                    or (not owner and alleged_of(text, start, mention.end))
                    or (
                        not owner and named_for and names_a_suspect(self.sentences, sentence, start)
                    )
                ):
                    if person.victim and (
                        search_within(VICTIM_BEFORE, text, window, start)
                        or LAWYER_OF.match(text, mention.end)
                    ):
                        continue  # "Ruiz's attorney": a victim has lawyers too
                    if (
                        reach is not None
                        and search_within(_EARLIER, text, mention.end, reach)
                        and (
                            person.victim
                            or search_within(VICTIM_NAMED, text, max(0, start - 40), start)
                        )
                    ):
                        continue  # "The victim, Bo Tran, had previously been arrested": a record
                    if key in ambiguous:
                        person = self._cued_namesake(sentence.index, mention, ambiguous[key])
                    cued.append(person)
            # A cue said of a list is said of each name in it: spread it along the list, both
            # ways, until no name is added.
            spread = bool(cued)
            while spread:
                spread = False
                for pair in joined:
                    for source, target in (pair, pair[::-1]):
                        if (
                            source in cued
                            and target not in cued
                            and (can_join(target) or id(target) in charged_officials)
                        ):
                            cued.append(target)
                            spread = True
            for person in cued:
                if not person.suspect:
                    person.suspect = True
                    person.first_cue = sentence
                if sentence.index not in self._headlines:
                    told.add(id(person))
        for sentence, person in (
            plural_subjects(self)
            + pronoun_subjects(self)
            + asked_about_subjects(self)
            + singular_objects(self)
            + counted_members(self)
        ):
            if not person.suspect:
                person.suspect = True
                person.first_cue = sentence
            told.add(id(person))
        for sentence, person in listed(self):
            if not person.suspect:
                person.suspect = True
                person.first_cue = sentence
            told.add(id(person))
        for person in self.people:
            if person.suspect and person.victim:
                if id(person) not in told:
                    # Only a headline's telegraphic words ("Suspect arrested Ann Lee case")
                    # make a suspect of someone the report's sentences say was killed.
                    person.suspect = False
                    person.first_cue = None
                    continue
                person.victim = False
                person.harmed = True
        if not self.named_suspects:
            adopt_main_character(self)

    def _sought(self, sentence: Sentence, start: int) -> bool:
        """Whether the police are said to look for the name at `start` ("searching for Bo
        Tran", "want to speak with Bo Tran"): not someone missing they search for."""
        return (
            SOUGHT_GATE.opens(sentence)
            and bool(search_within(SOUGHT, sentence.text, max(0, start - 80), start))
            and not first_in(MISSING, sentence.text)
        )

    def _may_be_charged(self, sentence: Sentence, mention: NameMention) -> bool:
        """Whether someone named with a title may be the one charged: a title he no longer
        holds ("former officer"), one outside policing and the courts ("Mayor"), or an
        officer's rank in a report that says an officer was charged ("A deputy was arrested
        ... Deputy Bo Tran, 31, ...")."""
        text, start = sentence.text, mention.start
        window = max(0, start - 40)
        if search_within(FORMER, text, window, start) or search_within(
            CIVIL_TITLE, text, window, start
        ):
            return True
        if self._officer_charged is None:
            self._officer_charged = any(
                OFFICER_CHARGED.search(s.text) for s in OFFICER_GATE.among(self.sentences)
            )
        if not self._officer_charged:
            return False
        # "Officer Bo Tran shot the man ... A grand jury indicted Tran": the bare surname of
        # the officer the report introduced by his rank.
        return bool(search_within(RANK, text, window, start)) or (
            len(core_words(mention.words)) < 2 and self._introduced_by_rank(mention)
        )

    def _introduced_by_rank(self, mention: NameMention) -> bool:
        """Whether the person a bare surname names was first named after a police rank."""
        for entries in self._mentions.values():
            for other, person in entries:
                if other is mention:
                    index, start, _ = person.mentions[0]
                    text = self.sentences[index].text
                    return bool(search_within(RANK, text, max(0, start - 40), start))
        return False

    def _cued_namesake(self, index: int, mention: NameMention, matches: list[Person]) -> Person:
        """Whom a suspect cue on a bare surname several people share is said of ("Dawson is
        held without bond", after the mother and her child are named): the only one of them
        already a suspect, else the only one not harmed; the mention is his from then on."""
        for fits in ([p for p in matches if p.suspect], [p for p in matches if not p.victim]):
            if len(fits) == 1:
                self._reassign(index, mention, fits[0])
                return fits[0]
        return next(p for m, p in self._mentions[index] if m is mention)

    def _reassign(self, index: int, mention: NameMention, target: Person) -> None:
        """Make `mention` of sentence `index` a mention of `target`."""
        entries = self._mentions[index]
        for position, (m, person) in enumerate(entries):
            if m is mention and person is not target:
                entries[position] = (m, target)
                person.mentions.remove((index, m.start, m.end))
                target.mentions.append((index, m.start, m.end))
                target.mentions.sort()

    def _prefer_suspects(self) -> None:
        """A bare surname shared by a suspect and relatives (victims) means the suspect."""
        for index, mention, matches in self._ambiguous:
            suspects = [p for p in matches if p.suspect]
            if len(suspects) == 1:
                self._reassign(index, mention, suspects[0])

    def _set_ages(self) -> None:
        for person in self.suspects:
            for index, start, end in person.mentions:
                age = age_near(self.sentences[index].text, start, end)
                if age is not None:
                    person.age = age
                    person.age_sentence = index
                    break


def _surname_only(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a mention's words are the surname alone of the person named `name`: one word,
    or the closing words of a longer name ("Ortiz Mendoza" of Rafael Ortiz Mendoza, "Van
    Dyke" of Ann Van Dyke), a surname of two words told without the given name."""
    core, full = core_words(words), core_words(name)
    return len(core) < 2 or (len(core) < len(full) and full[-len(core) :] == core)
