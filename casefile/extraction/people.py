"""Who the article is about: the people named in it, collected once per article, and who a
surname, pronoun or "the man" refers to in a given sentence (`cast_references.py`). Which of
them are suspects or victims is decided in `roles.py` and `cast_victims.py`."""

from __future__ import annotations

import re

from casefile.extraction.bare_surnames import bare_common_surnames
from casefile.extraction.cast_references import CastReferences
from casefile.extraction.cue_targets import can_join, is_telegraphic, joined_pairs
from casefile.extraction.line_kinds import is_headline
from casefile.extraction.mentions import NameMention, name_spans, name_words
from casefile.extraction.naming import (
    AliasPair,
    alias_pairs,
    given_alias_surname,
    headline_full_names,
    lone_place_words,
    place_names,
    trim_openers,
)
from casefile.extraction.person import Person, core_words, fuller_name, same_person
from casefile.extraction.pronoun_gender import Gender
from casefile.extraction.reference_cues import ROLE_APPOSITIVE
from casefile.extraction.references import shared_surnames
from casefile.extraction.roles import CastRoles
from casefile.extraction.scope import quoted
from casefile.extraction.sentences import Sentence

__all__ = ["Cast", "Person"]

# A relative introduced by relation before the name: "her son, Cal Lee", "Lee's mother, Ann".
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s?)\s+(?:[\w-]+\s+)?(?:brother|sister|son|"
    r"daughter|father|mother|cousin|nephew|niece|uncle|aunt|grandmother|grandfather|grandson|"
    r"granddaughter|stepson|stepdaughter|stepfather|stepmother|wife|husband|spouse|ex-wife|"
    r"ex-husband),?\s+\Z"
)


class Cast(CastRoles, CastReferences):
    """The people of one article and the resolution of references to them."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.people: list[Person] = []
        self._mentions: dict[int, list[tuple[NameMention, Person]]] = {}
        self._extra_suspect: Person | None = None
        self._officer_charged: bool | None = None
        self._anonymous: Person | None = None
        self._ambiguous: list[tuple[int, NameMention, list[Person]]] = []
        self._references: dict[int, tuple[bool, list[tuple[int, Person | None]], bool]] = {}
        self._genders: dict[int, Gender | None] = {}
        # Mentions (sentence, start) that are the object of a killing: "the death of Ann Lee".
        self._objects: set[tuple[int, int]] = set()
        self._headlines: set[int] = set()
        self._recent_key: tuple[tuple[int, int], ...] = ()
        self._recent_order: list[tuple[tuple[int, int], int, Person]] = []
        self._recent_positions: list[tuple[int, int]] = []
        self._recent_settled = False  # read from the built cast: final
        # Once built, the cast no longer changes (no one becomes a suspect, no mention is
        # added): what the queries below derive from it is then read once, not per call.
        self._built = False
        self._named_suspects: list[Person] | None = None
        self._collect(sentences)
        self._mark_victims()
        self._mark_suspects()
        self._prefer_suspects()
        self._set_ages()
        self._built = True

    # ------------------------------------------------------------------ building

    def _collect(self, sentences: list[Sentence]) -> None:
        # Each name with its words; a `NameMention` is built only for the names of someone the
        # article is about (most capitalised runs name no one: places, outlets, officials).
        spans = [list(name_spans(sentence.text)) for sentence in sentences]
        spans = trim_openers(sentences, spans, " ".join(s.text for s in sentences))
        spans = bare_common_surnames(sentences, spans)
        spans = given_alias_surname(spans, [s.text for s in sentences])
        places = place_names(sentences, spans)
        # Read only when a given name alone has its owner: few articles need it.
        lone_places: set[str] | None = None
        found = [
            (sentence, span, words)
            for sentence, row in zip(sentences, spans, strict=True)
            for span in row
            if (words := name_words(span[2])) not in places
        ]
        found = shared_surnames(found)
        # Given names used alone ("Noah's death"): a child or victim called by his first
        # name is not whom a bare shared surname means.
        singles = {words[0] for _, _, words in found if len(words) == 1}
        # ... told so in the report's own words, not only in someone's quoted words
        plain_singles = {
            words[0]
            for sentence, span, words in found
            if len(words) == 1 and not quoted(sentence.text, span[0])
        }
        headlines = {s.index for s in sentences if is_headline(s.text)}
        # Headlines, and labels and captions without a verb's sentence ("Suspect arrested Ann
        # Lee case"): lines whose few words say little of who did what.
        self._headlines = headlines | {s.index for s in sentences if is_telegraphic(s.text)}
        # Longest names first, ties in text order, so that output never depends on hashing.
        multi = sorted(
            dict.fromkeys(
                words
                for s, _, words in found
                if len(core_words(words)) >= 2 and s.index not in headlines
            ),
            key=len,
            reverse=True,
        )
        surfaces = {words: span[2] for _, span, words in reversed(found)}  # as first written
        given = dict(headline_full_names(found, headlines))  # "Bo Tran Charged" ... "Tran, 31,"
        # The same person always has the same surname: look only among those who share it.
        by_surname: dict[str, list[Person]] = {}
        for words in [*multi, *given]:
            namesakes = by_surname.setdefault(core_words(words)[-1], [])
            if not any(same_person(words, p) for p in namesakes):
                person = Person(words=words, name=given.get(words))
                self.people.append(person)
                namesakes.append(person)
        for sentence, span, words in found:
            core = core_words(words)
            namesakes = by_surname.get(core[-1]) if core else None
            if namesakes:
                matches = [p for p in namesakes if same_person(words, p)]
            elif len(core) == 1 and not span[3]:
                # "Nora Pelt, 6, ... Nora was shot": a child or victim named in full, then by
                # the given name alone; only the one person with that given name, and never
                # a word that is someone's surname (no namesakes above) or a place ("in Austin").
                matches = _given_name_owner(core[0], self.people)
                if matches:
                    if lone_places is None:
                        lone_places = lone_place_words(sentences, spans)
                    if span[2] in lone_places:
                        continue
            else:
                continue
            if not matches:
                continue
            mention = NameMention(*span)
            person = matches[0]
            if len(matches) > 1 and len(words) == 1:
                # "Moore" is Craig Moore's surname, not a part of Ann Lindqvist-Moore's: a
                # double surname is written whole ("Lindqvist-Moore").
                whole = [
                    p for p in matches if not _joined_part(surfaces.get(p.words, ""), words[0])
                ]
                if len(whole) == 1:
                    matches = whole
                    person = whole[0]
            if len(matches) > 1:
                # A bare surname shared by several people: one already named (a surname
                # refers back, never ahead to a relative named later), one the article does
                # not call by his given name, the one mentioned most recently for now;
                # `_prefer_suspects` revisits this once suspects are known.
                named_before = [p for p in matches if p.mentions] or matches
                # A relative brought in by relation ("her son, Cal Lee") is called by his
                # full or given name after; the bare surname is the one the story is about,
                # even one a quote calls by his given name ('"Cal should be here," his
                # mother, Ann Lee, said').
                kept = [p for p in named_before if not self._relative(p, sentences)]
                kept = kept or named_before
                # ... unless the report calls the one it is about by his given name ("her
                # father, Cal Lee, 34, ... Aaliyah was returned to her mother"): a child so
                # named is not whom the bare surname means
                given_alone = [p for p in named_before if p.words[0] in plain_singles]
                if given_alone and len(given_alone) < len(named_before):
                    kept = [p for p in named_before if p not in given_alone]
                formal = [p for p in kept if p.words[0] not in singles] or kept
                person = max(formal, key=lambda p: p.mentions[-1][0] if p.mentions else -1)
                self._ambiguous.append((sentence.index, mention, matches))
            person.mentions.append((sentence.index, mention.start, mention.end))
            person.titled = (
                person.titled
                or mention.titled
                or (
                    sentence.text.startswith(",", mention.end)
                    and bool(ROLE_APPOSITIVE.match(sentence.text, mention.end))
                )
            )
            self._mentions.setdefault(sentence.index, []).append((mention, person))
            # A headline or caption may give the fullest form ("Special Agent Michael T Lee"),
            # but its capitals are trusted only for a name with more words.
            if person.name is None or (
                fuller_name(mention.text, person.name)
                if sentence.index not in headlines
                else len(mention.words) > len(name_words(person.name))
            ):
                person.name = mention.text
        for person in self.people:
            if person.name is None:
                person.name = " ".join(w.capitalize() for w in person.words)
        self._merge_aliases(alias_pairs(sentences, spans))

    @staticmethod
    def _relative(person: Person, sentences: list[Sentence]) -> bool:
        """Whether `person` is first named as someone's relative: "her son, Cal Lee"."""
        if not person.mentions:
            return False
        index, start, _ = person.mentions[0]
        return bool(_RELATIVE_BEFORE.search(sentences[index].text, max(0, start - 40), start))

    def _merge_aliases(self, pairs: list[AliasPair]) -> None:
        """One person for a stage name and the legal name told beside it, named by the
        legal name (the form records and court papers use)."""
        for alias_index, alias, index, legal in pairs:
            real = self._person_at(index, legal[0])
            if real is None:
                continue
            other = (self._person_at(alias_index, alias[0]) if alias else None) or (
                self._named_before(index, legal[0])
            )
            if other is None or other is real or other.titled:
                continue
            if alias and _another_surname(other.words, real.words):
                # "Ann Lee-Ruiz, also known as Ann Ruiz": one given name with another surname
                # is a former or married name, not a stage name; the report calls her by the
                # name it tells first.
                real, other = other, real
            for entry in other.mentions:
                real.mentions.append(entry)
                row = self._mentions[entry[0]]
                for position, (mention, person) in enumerate(row):
                    if person is other:
                        row[position] = (mention, real)
            real.mentions.sort()
            other.mentions = []
            self.people.remove(other)

    def _person_at(self, index: int, start: int) -> Person | None:
        for mention, person in self._mentions.get(index, []):
            if mention.start == start:
                return person
        return None

    def _named_before(self, index: int, start: int) -> Person | None:
        """Whom "the rapper, whose real name is ..." refers to: the person (not an official)
        named last before `start` in sentence `index`, else the one the article has named
        most often before it (the story's main figure)."""
        same = [p for m, p in self._mentions.get(index, []) if not p.titled and m.start < start]
        if same:
            return same[-1]
        counts: dict[int, tuple[int, Person]] = {}
        for earlier in range(index):
            for _, person in self._mentions.get(earlier, []):
                if not person.titled:
                    count = counts.get(id(person), (0, person))[0]
                    counts[id(person)] = (count + 1, person)
        if not counts:
            return None
        return max(counts.values(), key=lambda c: c[0])[1]

    @property
    def suspects(self) -> list[Person]:
        named = [p for p in self.people if p.suspect]
        named.sort(key=lambda p: p.mentions[0][0] if p.mentions else 0)
        extra = [p for p in (self._anonymous, self._extra_suspect) if p is not None]
        return named + extra

    @property
    def named_suspects(self) -> list[Person]:
        return list(self._named())  # a copy: callers may extend theirs

    def _named(self) -> list[Person]:
        """The named suspects, read once from the built cast (not to be changed)."""
        if self._named_suspects is not None:
            return self._named_suspects
        named = [p for p in self.people if p.suspect]
        if self._built:
            self._named_suspects = named
        return named

    def lead(self) -> Person:
        """The first suspect the article names, or one unnamed suspect if it names none."""
        named = [p for p in self.suspects if p.name is not None]
        if named:
            return named[0]
        if self._anonymous is None:
            self._anonymous = Person(words=(), name=None, suspect=True)
        return self._anonymous

    def another(self) -> Person:
        """The suspect the report speaks of besides those it names, and does not name."""
        return self._another()

    def _another(self) -> Person:
        if self._extra_suspect is None:
            self._extra_suspect = Person(words=(), name=None, suspect=True)
        return self._extra_suspect

    def telegraphic(self, sentence: Sentence) -> bool:
        """Whether `sentence` is a headline, caption or label rather than a report's sentence."""
        return sentence.index in self._headlines

    def people_in(self, sentence: Sentence) -> list[tuple[NameMention, Person]]:
        return self._mentions.get(sentence.index, [])

    def suspects_in(self, sentence: Sentence) -> list[Person]:
        """The suspects `sentence` names, one for each mention, in the order it names them."""
        return [p for _, p in self.people_in(sentence) if p.suspect]

    def joined_people(self, sentence: Sentence) -> list[tuple[Person, Person]]:
        """Pairs of people `sentence` names next to each other in one list (no victims or
        officials)."""
        mentions = [(m, p) for m, p in self.people_in(sentence) if can_join(p)]
        return joined_pairs(sentence, mentions)

    def harmed_object(self, index: int, start: int) -> bool:
        """See `_harmed_object`."""
        return self._harmed_object(index, start)


def _another_surname(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two full names share their given name and differ in their surnames."""
    first, second = core_words(first), core_words(second)
    return (
        len(first) >= 2 and len(second) >= 2 and first[0] == second[0] and first[-1] != second[-1]
    )


def _joined_part(surface: str, word: str) -> bool:
    """Whether `word` is one part of a double surname joined by a hyphen in the name as
    written (`surface`): "moore" of "Ann Lindqvist-Moore"."""
    return any(
        "-" in token and word in (parts := name_words(token)) and len(parts) > 1
        for token in surface.split()
    )


def _given_name_owner(word: str, people: list[Person]) -> list[Person]:
    """The one person named in full whose given name is `word`, else no one (two people
    sharing it leave the given name alone unresolved)."""
    owners = [p for p in people if len(core_words(p.words)) >= 2 and p.words[0] == word]
    return owners if len(owners) == 1 else []
