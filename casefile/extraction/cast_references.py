"""Who a sentence's references mean: the suspect a statement is about (`actor`), named, by a
pronoun, by "the suspect", or by none (the one told last before); all the suspects it speaks
of ("both", "the brothers", suspects named together: `everyone`); a further suspect it does
not name ("a second man"). `people.Cast` answers these from the people it collected.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING

from casefile.extraction.descriptions import harmed_description
from casefile.extraction.harm_words import counts_the_harmed, harmed_object
from casefile.extraction.mentions import NameMention
from casefile.extraction.patterns import first_in, match_at, matches_in, prefix_match, search_within
from casefile.extraction.person import Person
from casefile.extraction.pronoun_gender import (
    SHE_PRONOUN,
    Gender,
    compatible,
    described_gender,
    read_gender,
)
from casefile.extraction.reference_cues import (
    ALL_SUSPECTS,
    ALSO_SOMEONE,
    ANOTHER_CUE,
    ANOTHER_GATE,
    ANOTHER_SUSPECT,
    COORDINATION,
    GENERIC,
    GENERIC_GATE,
    GENERIC_WOMAN,
    GENERIC_WOMAN_GATE,
    PRONOUN,
    RELATIVE_NAMED,
    UNNAMED_GATE,
    UNNAMED_SUBJECT,
    UNRELATED,
)
from casefile.extraction.sentences import Sentence

# A count of people ("two men", "three people") a later ordinal may go on from.
_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?(?:people|persons|men|women|teens|"
    r"teenagers|boys|girls|victims|others)\b",
    re.I,
)


# What may come before a sentence's subject: nothing, or a phrase of time or place set off by
# a comma ("On March 18, 2021, he ...").
_SUBJECT_AT = re.compile(
    r"\W*(?:(?:On|In|At|By|Later|That|Then)\b(?:[^,;]|,\s*\d{4}\b){0,40},\s*)?"
)
# A subordinate clause opening after a statement: what it names is not the statement's own.
_AFTER_ITS_OWN_CLAUSE = re.compile(
    r"\b(?:after|before|when|because|until|once|citing|following)\b|,\s*which\b", re.IGNORECASE
)


def _counts_harmed_before(text: str, position: int) -> bool:
    """Whether a count of the harmed comes before `position` ("Two men were wounded and a
    third ..."): an ordinal after it goes on from that count, not from the suspects."""
    return any(
        counts_the_harmed(text, m.start(), m.end()) for m in _COUNT.finditer(text, 0, position)
    )


# How many suspects the report must have named before "a third ..." can be one of them.
_ORDINALS = {"third": 3, "fourth": 4, "fifth": 5}


class CastReferences:
    """The reference queries of `people.Cast` (see the module's docstring): they read the
    people and mentions `Cast.__init__` collects, and the roles set on them."""

    sentences: list[Sentence]
    people: list[Person]
    _mentions: dict[int, list[tuple[NameMention, Person]]]
    _objects: set[tuple[int, int]]
    _references: dict[int, tuple[bool, list[tuple[int, Person | None]], bool]]
    _genders: dict[int, Gender | None]  # id(person): the gender the article tells
    _recent_key: tuple[tuple[int, int], ...]
    _recent_order: list[tuple[tuple[int, int], int, Person]]
    _recent_positions: list[tuple[int, int]]
    _recent_settled: bool
    _built: bool

    if TYPE_CHECKING:

        @property
        def named_suspects(self) -> list[Person]: ...

        def _named(self) -> list[Person]: ...

        def lead(self) -> Person: ...

        def _another(self) -> Person: ...

        def people_in(self, sentence: Sentence) -> list[tuple[NameMention, Person]]: ...

    def _recent_suspect(self, sentence: Sentence, gender: Gender | None = None) -> Person | None:
        """The suspect mentioned last before `sentence` (the lead if none yet); with a
        pronoun's `gender`, the last one it can mean (None if it can mean none)."""
        # The suspects' mentions in text order, rebuilt only when a suspect or a mention is
        # added: a long article asks this of most sentences (scanning every mention each
        # time grew with the square of its length). A built cast changes no more.
        if not self._recent_settled:
            self._read_recent_order()
            self._recent_settled = self._built
        # The last mention in a sentence before this one (at one place, the first suspect).
        at = bisect_left(self._recent_positions, (sentence.index, -1))
        if gender is None:
            return self._recent_order[at - 1][2] if at else self.lead()
        for _, _, person in reversed(self._recent_order[:at]):
            if self._can_mean(person, gender):
                return person
        lead = self.lead()
        return lead if not at and self._can_mean(lead, gender) else None

    def _suspect_told_of(self, sentence: Sentence, gender: Gender) -> Person | None:
        """The suspect told last before `sentence` whom the report's words give `gender`,
        else None."""
        self._recent_suspect(sentence)  # settles the order of suspects' mentions
        at = bisect_left(self._recent_positions, (sentence.index, -1))
        for _, _, person in reversed(self._recent_order[:at]):
            if self.told_gender(person) == gender:
                return person
        return None

    def told_gender(self, person: Person) -> Gender | None:
        """The gender the article's words give `person` (`pronoun_gender.read_gender`)."""
        self._can_mean(person, "m")  # reads and keeps it
        return self._genders.get(id(person))

    def _can_mean(self, person: Person | None, gender: Gender) -> bool:
        """Whether a pronoun of `gender` can mean `person`, by what the article tells of him."""
        if person is None or not person.mentions:
            return True
        key = id(person)
        if key not in self._genders or not self._built:
            self._genders[key] = read_gender(person, self.sentences, self._mentions)
        return compatible(person, gender, self._genders)

    def _suspect_told_before(self, sentence: Sentence) -> bool:
        """Whether a suspect is named in a sentence before `sentence`."""
        self._recent_suspect(sentence)  # settles the order of suspects' mentions
        return bisect_left(self._recent_positions, (sentence.index, -1)) > 0

    def _read_recent_order(self) -> None:
        suspects = self._named()
        key = tuple((id(p), len(p.mentions)) for p in suspects)
        if key != self._recent_key:
            self._recent_key = key
            self._recent_order = sorted(
                (
                    ((index, start), -n, person)
                    for n, person in enumerate(suspects)
                    for index, start, _ in person.mentions
                ),
                key=lambda item: item[:2],
            )
            self._recent_positions = [position for position, _, _ in self._recent_order]

    def everyone(self, sentence: Sentence) -> list[Person]:
        """All suspects a sentence speaks of ("both", "the brothers") or its single actor."""
        if first_in(ALL_SUSPECTS, sentence.text):
            named = self.named_suspects
            # (those named by then: "Both were taken to the jail" before a third suspect is
            # named is of the two named before)
            before = [p for p in named if any(m[0] <= sentence.index for m in p.mentions)]
            if len(before) > 1:
                return before
            if len(named) > 1:
                return named
        # "Pruitt and Vell are due in court": suspects named together.
        joined: list[Person] = []
        for (left, left_person), (right, right_person) in pairwise(self.people_in(sentence)):
            gap = sentence.text[left.end : right.start]
            if left_person.suspect and right_person.suspect and COORDINATION.match(gap):
                joined.extend(p for p in (left_person, right_person) if p not in joined)
        if len(joined) > 1:
            return joined
        actor = self.actor(sentence, len(sentence.text))
        return [actor] if actor else []

    def actor(
        self, sentence: Sentence, position: int, prefer_suspect: bool = False
    ) -> Person | None:
        """The suspect a statement at `position` of `sentence` is about, or None if it is
        about someone else (a victim, an official) or no suspect at all.

        `prefer_suspect` is for statements whose agent is an official ("Judge X denied bond"):
        any suspect the sentence refers to wins over a nearer non-suspect."""
        references = self._references.get(sentence.index)
        if references is None:
            references = self._references[sentence.index] = self._read_references(sentence)
        another, candidates, has_named = references
        if another:
            # "charges against a second man in unrelated incidents": a court round-up's other
            # defendant, not a suspect of this case.
            return None if first_in(UNRELATED, sentence.text) else self._another()
        if not candidates:
            return self._recent_suspect(sentence)
        if prefer_suspect and any(p is not None for _, p in candidates):
            candidates = [c for c in candidates if c[1] is not None]
        before = [c for c in candidates if c[0] <= position]
        if before:
            # The nearest named subject wins over a pronoun further left.
            return max(before, key=lambda c: c[0])[1]
        if has_named and all(p is None for _, p in candidates):
            if all(
                search_within(_AFTER_ITS_OWN_CLAUSE, sentence.text, position, c[0])
                for c in candidates
            ):
                # "Prosecutors dismissed the count after Ann Lee died": a name told only in a
                # clause of its own after the statement is not whom it is about.
                return self._recent_suspect(sentence)
            return None
        return min(candidates, key=lambda c: c[0])[1]

    def _read_references(
        self, sentence: Sentence
    ) -> tuple[bool, list[tuple[int, Person | None]], bool]:
        """Whether `sentence` speaks of a further unnamed suspect, and each reference in it to
        a person (position, the suspect meant or None); read once per sentence."""
        text = sentence.text
        another = None
        if ANOTHER_GATE.opens(sentence):
            named = len(self._named())
            # "a third person" is someone new while the report has named fewer than three;
            # "another man", "a second suspect" only while it has named fewer than two (the
            # second may be the one it names next).
            found = first_in(ANOTHER_SUSPECT, text)
            if found is not None and (
                harmed_object(text, found.start())
                or harmed_description(text, found.start(), found.end())
            ):
                # "charged in the stabbing death of another man", "and another man was
                # wounded": the one harmed
                found = None
            if found is not None and named >= _ORDINALS.get((found.group("nth") or "").lower(), 2):
                found = None
            if (
                found is not None
                and found.group("nth")
                and _counts_harmed_before(text, found.start())
            ):
                found = None  # "Two men were wounded and a third was arrested": the count's
            another = found or (
                first_in(ALSO_SOMEONE, text)
                if named < 2 and self._suspect_told_before(sentence)
                else None
            )
        if another and first_in(ANOTHER_CUE, text) and not self._named_beside(sentence, another):
            return True, [], False
        if UNNAMED_GATE.opens(sentence) and first_in(UNNAMED_SUBJECT, text):
            # "The teen, whose name was not released, is charged": not any suspect it names;
            # the one unnamed suspect, where the report names none.
            return (False, [(0, self.lead())], False) if not self._named() else (True, [], False)
        candidates: list[tuple[int, Person | None]] = []
        for mention, person in self._mentions.get(sentence.index, []):
            if person.official or (sentence.index, mention.start) in self._objects:
                continue  # a judge or lawyer, or "killing Ann Lee": not whom a fact is about
            candidates.append((mention.start, person if person.suspect else None))
        has_named = bool(candidates)
        starts = {m.start for m, _ in self._mentions.get(sentence.index, [])}
        for match in matches_in(PRONOUN, text):
            relative = match_at(RELATIVE_NAMED, text, match.end())
            if relative and relative.end() in starts:
                continue  # "his brother, Cole Marsh": the name is the one meant
            candidates.append((match.start(), self._pronoun_target(sentence, match.start(), "m")))
        for match in matches_in(SHE_PRONOUN, text):
            # "she", "her": a woman the report tells of. Where she is no suspect (a victim,
            # a witness) the pronoun is no reference to follow, as the report's "he" of a
            # victim would not be.
            relative = match_at(RELATIVE_NAMED, text, match.end())
            target = self._pronoun_target(sentence, match.start(), "f")
            if target is not None and not (relative and relative.end() in starts):
                candidates.append((match.start(), target))
            elif target is None and self._goes_on_with_victim(sentence, match.start(), "f"):
                candidates.append((match.start(), None))  # the one harmed told before
        for match in matches_in(GENERIC, text) if GENERIC_GATE.opens(sentence) else ():
            # "The father faces additional counts": the man among the suspects, where the
            # report tells one is, else the last one who can be a man
            gender = described_gender(match.group(0))
            man = gender and (
                self._suspect_told_of(sentence, gender) or self._recent_suspect(sentence, gender)
            )
            candidates.append((match.start(), man or self._recent_suspect(sentence)))
        for match in matches_in(GENERIC_WOMAN, text) if GENERIC_WOMAN_GATE.opens(sentence) else ():
            # "The woman was charged with neglect": the woman among the suspects, if one is
            # (not the one harmed: "shot the woman").
            woman = self._recent_suspect(sentence, "f")
            if woman is not None and not harmed_object(text, match.start()):
                candidates.append((match.start(), woman))
        return False, candidates, has_named

    def _named_beside(self, sentence: Sentence, another: re.Match[str]) -> bool:
        """Whether "a second suspect" is named in apposition: "a second suspect, 18-year-old
        Bo Tran, was arrested"."""
        return any(
            person.suspect and 0 <= mention.start - another.end() <= 30
            for mention, person in self._mentions.get(sentence.index, [])
        )

    def _pronoun_target(self, sentence: Sentence, position: int, gender: Gender) -> Person | None:
        """The suspect a pronoun of `gender` at `position` means: the last one named before it
        in the sentence, else the one told last before the sentence, passing over those the
        report tells are of the other gender. A "he" none can mean is read as it was before
        genders were told; a "she" none can mean is someone else (a victim, a witness)."""
        found = self._pronoun_read(sentence, position, gender)
        if found is None and gender == "m":
            return self._pronoun_read(sentence, position, None)
        return found

    def _pronoun_read(
        self, sentence: Sentence, position: int, gender: Gender | None
    ) -> Person | None:
        earlier = [
            (m, p)
            for m, p in self._mentions.get(sentence.index, [])
            if m.end <= position
            and not p.official
            and (sentence.index, m.start) not in self._objects
            and (gender is None or self._can_mean(p, gender))
        ]
        if earlier:
            _, person = earlier[-1]
            return person if person.suspect else None
        if self._goes_on_with_victim(sentence, position, gender):
            return None
        opener = self._opener_over_reported(sentence)
        if opener is not None and (gender is None or self._can_mean(opener, gender)):
            return opener
        went_on = self._pronoun_before(sentence, gender)
        if went_on is not None:
            return self._pronoun_target(self.sentences[sentence.index - 1], went_on, gender)
        return self._recent_suspect(sentence, gender)

    def _goes_on_with_victim(
        self, sentence: Sentence, position: int, gender: Gender | None
    ) -> bool:
        """Whether the pronoun at `position`, the subject of its sentence, goes on with the
        one harmed whom the sentence before opens on and tells of alone ("Cy Hall, 20, had
        been jailed on theft counts. On March 18, he went free once bail was posted": Hall,
        no suspect's bail)."""
        if not sentence.index or not _SUBJECT_AT.fullmatch(sentence.text[:position]):
            return False
        before = self._mentions.get(sentence.index - 1, [])
        if not before or not _SUBJECT_AT.fullmatch(
            self.sentences[sentence.index - 1].text[: before[0][0].start]
        ):
            return False
        opener = before[0][1]
        return (
            opener.victim
            and not opener.suspect
            and not any(p.suspect for _, p in before)
            and (gender is None or self._can_mean(opener, gender))
        )

    def _pronoun_before(self, sentence: Sentence, gender: Gender | None) -> int | None:
        """Where the sentence before has a pronoun of `gender` as its subject ahead of any
        name ("Police say she drove Bo Tran to Reno. She was booked ...": the "She" goes on
        with that "she", not with the object named after it)."""
        if gender is None or not sentence.index:
            return None
        before = self.sentences[sentence.index - 1]
        pronoun = first_in(_SHE_OR_HE[gender], before.text)
        if pronoun is None or any(
            m.start < pronoun.start() for m, _ in self._mentions.get(before.index, [])
        ):
            return None
        return pronoun.start()

    def _opener_over_reported(self, sentence: Sentence) -> Person | None:
        """The suspect who opens the sentence before, when the last one it names is only
        in what that one said ("Tran pleaded guilty and testified that Reyes held the gun.
        The judge sentenced him ...": Tran); or the one, wherever told, that the last is named
        in a relative clause about ("The car is Ann Lee's, 21, whom police accuse of driving
        Tran. She was arrested ...": Lee)."""
        if not sentence.index:
            return None
        before = self.sentences[sentence.index - 1]
        named = [(m, p) for m, p in self._mentions.get(before.index, []) if p.suspect]
        if len(named) < 2:
            return None
        (first, opener), (last, person) = named[0], named[-1]
        if opener is person:
            return None
        if prefix_match(_RELATIVE_ON_FIRST, before.text[first.end : last.start]):
            return opener
        if first.start > 3:
            return None
        return (
            opener if search_within(_REPORTED_BEFORE, before.text, first.end, last.start) else None
        )


# A relative clause told of a name, past its age and home town, in which the next name is
# only an object: ", 21, of Lorain, whom prosecutors accuse of driving ".
_RELATIVE_ON_FIRST = re.compile(
    r"(?:,\s*\d{1,3})?(?:,\s*(?:of\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,\s+"
    r"(?:who|whom)\s+[^,;:]{1,80}\Z"
)
_SHE_OR_HE = {"f": re.compile(r"\b[Ss]he\b"), "m": re.compile(r"\b[Hh]e\b")}


# What someone said or testified, a clause whose names are no subject of the report's: "and
# testified at both trials that Bo Tran held the pistol".
_REPORTED_BEFORE = re.compile(
    r"\b(?:testified|said|says|told\s+\w+|claimed|alleged|admitted)\s+(?:[^,;.]{0,40}?\s)?that\s+"
    r"(?:[\w'’-]+\s+){0,2}\Z"
)
