"""Who the article is about: people named in it, which of them are suspects, and who a
surname, pronoun or "the man" refers to in a given sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from casefile.domain.people import formal_given
from casefile.extraction.cues import (
    AFTER_PREPOSITION,
    ALL_SUSPECTS,
    ANOTHER_CUE,
    ANOTHER_GATE,
    ANOTHER_SUSPECT,
    BULLET,
    CHARGED_BEFORE_TITLE,
    CHARGED_ITSELF,
    CIVIL_TITLE,
    COORDINATION,
    CUE_AFTER,
    CUE_BEFORE,
    CUE_RELATIVE_ONLY,
    FORMER,
    GENERIC,
    GENERIC_GATE,
    HEADLINE_CUE,
    LAWYER_OF,
    LIST_CUE,
    MISSING,
    OFFICER_CHARGED,
    OFFICER_GATE,
    OPENING_PRONOUN,
    OTHER_CASE,
    PRONOUN,
    RANK,
    REACH,
    RELATIVE_NAMED,
    ROLE_APPOSITIVE,
    SOUGHT,
    SOUGHT_GATE,
    SUSPECT_CUE_WORDS,
    SUSPECT_WORDS,
    UNNAMED_GATE,
    UNNAMED_SUBJECT,
    UNRELATED,
)
from casefile.extraction.descriptions import NAMED_FOR_GATE, names_a_suspect, names_the_harmed
from casefile.extraction.harm_cues import (
    DEATH,
    HARM_WORDS,
    HARMED_BEFORE,
    IDENTIFIED_AS,
    IDENTIFIED_GATE,
    OBJECT_OF_HARM,
    VICTIM_AFTER,
    VICTIM_BEFORE,
    VICTIM_LIST_GAP,
)
from casefile.extraction.mentions import (
    NAME_SUFFIXES,
    NameMention,
    age_near,
    is_headline,
    is_roster_item,
    name_spans,
    name_words,
)
from casefile.extraction.naming import (
    AliasPair,
    alias_pairs,
    bare_common_surnames,
    place_names,
    trim_openers,
)
from casefile.extraction.patterns import first_in, matches_in
from casefile.extraction.references import (
    counted_members,
    introduced_after_description,
    plural_subjects,
    pronoun_subjects,
    shared_surnames,
)
from casefile.extraction.sentences import Sentence

# A relative introduced by relation before the name: "her son, Cal Lee", "Lee's mother, Ann".
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s?)\s+(?:[\w-]+\s+)?(?:brother|sister|son|"
    r"daughter|father|mother|cousin|nephew|niece|uncle|aunt|grandmother|grandfather|grandson|"
    r"granddaughter|stepson|stepdaughter),?\s+\Z"
)


@dataclass
class Person:
    """Someone the article names (or an unnamed suspect, `name` None)."""

    words: tuple[str, ...]
    name: str | None
    suspect: bool = False
    victim: bool = False
    titled: bool = False
    age: int | None = None
    age_sentence: int | None = None  # the sentence that states `age`
    # Harmed in the incident (shot, injured) as well as a suspect: the role stays suspect.
    harmed: bool = False
    killed: bool = False  # told as killed or dead: never the one arrested later in the report
    first_cue: Sentence | None = None
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # sentence, start, end

    @property
    def official(self) -> bool:
        """Named with a role title and neither suspect nor victim: a judge, lawyer, officer."""
        return self.titled and not self.suspect and not self.victim

    @property
    def surname(self) -> str:
        core = [w for w in self.words if w not in NAME_SUFFIXES]
        return core[-1] if core else ""

    @property
    def suffix(self) -> str | None:
        return self.words[-1] if self.words and self.words[-1] in NAME_SUFFIXES else None

    @property
    def display(self) -> str:
        return self.name or "an unnamed suspect"


# Cached: read for every name found and again for each person it is compared with, and the
# same names recur through an article.
@lru_cache(maxsize=8192)
def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in NAME_SUFFIXES)


def _fuller(name: str, than: str) -> bool:
    """More words, or as many but longer ones ("Ronald Hale" over "Ron Hale")."""
    words, other = name_words(name), name_words(than)
    return (len(words), len("".join(words))) > (len(other), len("".join(other)))


def _same_person(mention: tuple[str, ...], person: Person) -> bool:
    if mention and person.suffix and mention[-1] in NAME_SUFFIXES and mention[-1] != person.suffix:
        return False
    core, full = _core(mention), _core(person.words)
    if not core or not full:
        return False
    if core == full[-len(core) :]:
        return True
    if core[-1] != full[-1]:
        return False
    first, other = core[0], full[0]
    shorter, longer = sorted((first, other), key=len)
    # An initial, a short form that starts the full first name ("Ron" for "Ronald"), or a
    # common short form of it ("Mike" for "Michael").
    if longer.startswith(shorter) and (len(shorter) == 1 or len(shorter) >= 3):
        return True
    return formal_given(first) == formal_given(other)


def _cue_after(sentence: Sentence, start: int, end: int) -> int | None:
    """Where the suspect cue that follows the name at `start:end` ends, or None if none does.
    The cue's words are looked for first: the full pattern backtracks a great deal on the
    many names that have none."""
    same_offsets = len(sentence.lower) == len(sentence.text)
    if same_offsets and not SUSPECT_CUE_WORDS.occurs_from(sentence, end):
        return None
    after = sentence.text[end:]
    if AFTER_PREPOSITION.search(sentence.text, max(0, start - 30), start):
        found = CUE_RELATIVE_ONLY.match(after)
        return end + found.end() if found else None
    found = CUE_AFTER.match(after)  # the pattern anchors with \A
    if found:
        return end + found.end()
    # "His brother, Cole Marsh, was charged", "A man, identified as Cole Marsh, was charged":
    # the comma after the name closes it.
    closing = after.startswith(",") and bool(
        _APPOSITIVE_OPENS.search(sentence.text, max(0, start - 40), start)
    )
    found = CUE_AFTER.match(after[1:]) if closing else None
    return end + 1 + found.end() if found else None


def _nearer(
    sentence: Sentence,
    position: int,
    mentions: list[tuple[NameMention, Person]],
    reach: int,
    joined: list[tuple[Person, Person]],
) -> bool:
    """Whether the cue that ends at `reach`, after the name at `position` of `mentions`, is
    said of a later name in its aside instead: "said Ann Lee, whose son, Bo Tran, was
    arrested" is Bo Tran's arrest. Names of one list share it."""
    person = mentions[position][1]
    for mention, other in mentions[position + 1 :]:
        if mention.start >= reach:
            break
        if (
            other is not person
            and (person, other) not in joined
            and (other, person) not in joined
            and _cue_after(sentence, mention.start, mention.end) == reach
        ):
            return True
    return False


def _apposed(
    sentence: Sentence,
    mention: NameMention,
    person: Person,
    after: tuple[NameMention, Person] | None,
) -> bool:
    """Whether the name right after `mention`, set off by a comma, is another person's
    that what follows is said of: "the man who police say shot Ann Lee, 30-year-old Bo Tran,
    appeared in court" is Bo Tran appearing, not Ann Lee. A possessive ("Bo Tran, Ann Lee's
    boyfriend, was arrested") renames the first."""
    if after is None or after[1] is person:
        return False
    text, following = sentence.text, after[0]
    gap = _APPOSED.match(text, mention.end)
    return (
        gap is not None
        and gap.end() == following.start
        and not text.startswith(("'", "’"), following.end)
    )


_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")
_APPOSED = re.compile(r",\s+(?:\d{1,3}-year-old\s+)?")


_APPOSITIVE_OPENS = re.compile(r",(?:\s+(?:later\s+)?(?:identified|named)\s+as)?\s*\Z")


def _joined(
    sentence: Sentence, mentions: list[tuple[NameMention, Person]]
) -> list[tuple[Person, Person]]:
    """Pairs of people named next to each other in one list. A bare comma joins two names
    only in a list with ages ("Ivy Marsh, 22, Cole Marsh, 25") or one that goes on to an
    "and" ("Marsh, Tran and Lee"): "In Dayton, Bo Tran was arrested" is no list."""
    # Each neighbouring pair's join: None (no list), False (a bare comma), True (firm).
    joins: list[bool | None] = []
    for (left, _), (right, _) in pairwise(mentions):
        gap = sentence.text[left.end : right.start]
        if not COORDINATION.match(gap):
            joins.append(None)
        else:
            firm = ("and", "&", ";", "with", "as well", "alongside")
            joins.append(any(mark in gap for mark in firm) or _has_digit(gap))
    joined: list[tuple[Person, Person]] = []
    for position, ((_, left_person), (_, right_person)) in enumerate(pairwise(mentions)):
        join = joins[position]
        if join is None:
            continue
        if not join:
            # A comma joins only if the list goes on, unbroken, to a firmer join.
            ahead = next((j for j in joins[position + 1 :] if j is not False), None)
            if not ahead:
                continue
        joined.append((left_person, right_person))
    return joined


def _telegraphic(text: str) -> bool:
    stripped = text.rstrip()
    return not stripped.endswith((".", "?", "!", '"', "”", ":")) and stripped.count(" ") < 12


def _can_join(person: Person) -> bool:
    return not person.titled and not person.victim


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


class Cast:
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
        places = place_names(sentences, spans)
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
        headlines = {s.index for s in sentences if is_headline(s.text)}
        # Headlines, and labels and captions without a verb's sentence ("Suspect arrested Ann
        # Lee case"): lines whose few words say little of who did what.
        self._headlines = headlines | {s.index for s in sentences if _telegraphic(s.text)}
        # Longest names first, ties in text order, so that output never depends on hashing.
        multi = sorted(
            dict.fromkeys(
                words
                for s, _, words in found
                if len(_core(words)) >= 2 and s.index not in headlines
            ),
            key=len,
            reverse=True,
        )
        # The same person always has the same surname: look only among those who share it.
        by_surname: dict[str, list[Person]] = {}
        for words in multi:
            namesakes = by_surname.setdefault(_core(words)[-1], [])
            if not any(_same_person(words, p) for p in namesakes):
                person = Person(words=words, name=None)
                self.people.append(person)
                namesakes.append(person)
        for sentence, span, words in found:
            core = _core(words)
            namesakes = by_surname.get(core[-1]) if core else None
            if not namesakes:
                continue
            matches = [p for p in namesakes if _same_person(words, p)]
            if not matches:
                continue
            mention = NameMention(*span)
            person = matches[0]
            if len(matches) > 1:
                # A bare surname shared by several people: one already named (a surname
                # refers back, never ahead to a relative named later), one the article does
                # not call by his given name, the one mentioned most recently for now;
                # `_prefer_suspects` revisits this once suspects are known.
                named_before = [p for p in matches if p.mentions] or matches
                formal = [p for p in named_before if p.words[0] not in singles] or named_before
                # A relative brought in by relation ("her son, Cal Lee") is called by his
                # full or given name after; the bare surname is the one the story is about.
                formal = [p for p in formal if not self._relative(p, sentences)] or formal
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
                _fuller(mention.text, person.name)
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

    def _mark_victims(self) -> None:
        # Only sentences that name someone can mark a victim; `_mentions` holds them in order.
        for index, mentions in self._mentions.items():
            sentence = self.sentences[index]
            harm = HARM_WORDS.opens(sentence)
            for mention, person in mentions if harm else ():
                text, start = sentence.text, mention.start
                before = VICTIM_BEFORE.search(text, max(0, start - REACH), start)
                after = None if before else VICTIM_AFTER.match(text[mention.end :])
                if before:
                    person.victim = True
                    self._objects.add((sentence.index, start))
                elif after:
                    person.victim = True
                found = before or after
                if found and DEATH.search(found.group(0)):
                    person.killed = True
            if index and IDENTIFIED_GATE.opens(sentence):
                self._identified_victims(sentence, mentions)
            for (left, left_person), (right, right_person) in pairwise(mentions):
                gap = sentence.text[left.end : right.start]
                if left_person.victim and VICTIM_LIST_GAP.match(gap):
                    right_person.victim = True
                    if (sentence.index, left.start) in self._objects:
                        self._objects.add((sentence.index, right.start))

    def _listed(self) -> list[tuple[Sentence, Person]]:
        """People named at the head of the items of a list a cue introduces: "Those charged
        are:" followed by "- Ann Lee, 34, of Dayton" lines."""
        listed: list[tuple[Sentence, Person]] = []
        for sentence in self.sentences:
            text = sentence.text.rstrip()
            if not text.endswith(":"):
                continue
            # "Eight people were indicted. They are:": a short lead-in says it of the group
            # the sentence before it speaks of.
            before = self.sentences[sentence.index - 1].text if sentence.index else ""
            short = text.count(" ") < 5
            if not (LIST_CUE.search(text) or (short and LIST_CUE.search(before))):
                continue
            semicolon = False  # the item before ended in ";"
            for item in self.sentences[sentence.index + 1 :]:
                bullet = BULLET.match(item.text)
                # An item is a bulleted line, or a line that is only a name and what goes
                # with it ("Ann Lee, 30, of Elgin"), not a sentence of the report. The last
                # item of a list whose items end in ";" ends in a period.
                opening = bullet.end() if bullet else len(item.text) - len(item.text.lstrip())
                last = semicolon and _telegraphic(item.text.rstrip().removesuffix("."))
                roster = is_roster_item(item.text)
                if not bullet and item.index not in self._headlines and not (last or roster):
                    break
                mentions = self._mentions.get(item.index, [])[:1]
                if not bullet and not (mentions and mentions[0][0].start == opening):
                    break
                semicolon = item.text.rstrip().endswith(";")
                for mention, person in mentions:
                    if mention.start == opening and not person.titled:
                        listed.append((item, person))
                if last and not roster and item.index not in self._headlines:
                    break
        return listed

    def _identified_victims(
        self, sentence: Sentence, mentions: list[tuple[NameMention, Person]]
    ) -> None:
        """ "A woman was found dead ... Police identified her as Ann Lee": the name is of the
        one the sentence before says was harmed, when that sentence speaks of no suspect."""
        before = self.sentences[sentence.index - 1].text
        told_harmed = HARMED_BEFORE.search(before) and not SUSPECT_WORDS.search(before)
        for mention, person in mentions:
            start = mention.start
            if (
                told_harmed and IDENTIFIED_AS.search(sentence.text, max(0, start - 60), start)
            ) or names_the_harmed(self.sentences, sentence, start):
                person.victim = True
                self._objects.add((sentence.index, start))

    def _mark_suspects(self) -> None:
        told: set[int] = set()  # people cued in a sentence of the report, not a headline
        ambiguous = {(index, mention.start): found for index, mention, found in self._ambiguous}
        for sentence in self.sentences:
            named_for = NAMED_FOR_GATE.opens(sentence)
            if not (named_for or SUSPECT_CUE_WORDS.opens(sentence)):
                continue
            cued: list[Person] = []
            mentions = self._mentions.get(sentence.index, [])
            joined = _joined(sentence, mentions)
            if OTHER_CASE.match(sentence.text):
                continue  # "In an unrelated case, Bo Tran was charged": another case's suspect
            for position, (mention, person) in enumerate(mentions):
                key = (sentence.index, mention.start)
                # A bare surname of someone killed, or one that several people share, is not
                # read as a victim's cue here (`_prefer_suspects` gives a shared one to the
                # suspect later); one that only a wounded person has is his: a suspect shot by
                # police stays the suspect.
                bare = len(_core(mention.words)) < 2
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
                            CHARGED_ITSELF.match(sentence.text[mention.end :])
                            or CHARGED_BEFORE_TITLE.search(text, max(0, start - 40), start)
                        )
                    )
                    and not (
                        ROLE_APPOSITIVE.match(text, mention.end)
                        and CHARGED_ITSELF.match(text[mention.end :])
                    )
                ):
                    continue
                if (person.victim and bare and (person.killed or key in ambiguous)) or (
                    key in self._objects
                ):
                    continue
                window = max(0, start - REACH)
                after = mentions[position + 1] if position + 1 < len(mentions) else None
                reach = (
                    None
                    if _apposed(sentence, mention, person, after)
                    else _cue_after(sentence, start, mention.end)
                )
                # "Police arrested Ann Lee's son": what the words before say is of the son.
                owner = _POSSESSIVE.match(text, mention.end) is not None
                if (
                    (reach is not None and not _nearer(sentence, position, mentions, reach, joined))
                    or (not owner and CUE_BEFORE.search(text, window, start))
                    or (
                        sentence.index in self._headlines
                        and HEADLINE_CUE.match(text, mention.end) is not None
                    )
                    or (
                        not owner
                        and mention.titled
                        and CHARGED_BEFORE_TITLE.search(text, window, start)
                    )
                    or (not owner and self._sought(sentence, start))
                    or (
                        not owner and named_for and names_a_suspect(self.sentences, sentence, start)
                    )
                ):
                    if person.victim and (
                        VICTIM_BEFORE.search(text, window, start)
                        or LAWYER_OF.match(text, mention.end)
                    ):
                        continue  # "Ruiz's attorney": a victim has lawyers too
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
                        if source in cued and target not in cued and _can_join(target):
                            cued.append(target)
                            spread = True
            for person in cued:
                if not person.suspect:
                    person.suspect = True
                    person.first_cue = sentence
                if sentence.index not in self._headlines:
                    told.add(id(person))
        for sentence, person in (
            plural_subjects(self) + pronoun_subjects(self) + counted_members(self)
        ):
            if not person.suspect:
                person.suspect = True
                person.first_cue = sentence
            told.add(id(person))
        for sentence, person in self._listed():
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
            self._adopt_main_character()

    def _sought(self, sentence: Sentence, start: int) -> bool:
        """Whether the police are said to look for the name at `start` ("searching for Bo
        Tran", "want to speak with Bo Tran"): not someone missing they search for."""
        return (
            SOUGHT_GATE.opens(sentence)
            and bool(SOUGHT.search(sentence.text, max(0, start - 80), start))
            and not MISSING.search(sentence.text)
        )

    def _may_be_charged(self, sentence: Sentence, mention: NameMention) -> bool:
        """Whether someone named with a title may be the one charged: a title he no longer
        holds ("former officer"), one outside policing and the courts ("Mayor"), or an
        officer's rank in a report that says an officer was charged ("A deputy was arrested
        ... Deputy Bo Tran, 31, ...")."""
        text, start = sentence.text, mention.start
        window = max(0, start - 40)
        if FORMER.search(text, window, start) or CIVIL_TITLE.search(text, window, start):
            return True
        if self._officer_charged is None:
            self._officer_charged = any(
                OFFICER_CHARGED.search(s.text) for s in OFFICER_GATE.among(self.sentences)
            )
        return self._officer_charged and bool(RANK.search(text, window, start))

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

    def _adopt_main_character(self) -> None:
        """An article that reports a charge or arrest but never puts a name next to the verb
        ("A Dayton man is charged ... Omar Reyes approached ...") is about the person it
        names most often with an age, or most often at all. Only someone the report makes
        the subject of its sentences can be he: not one it says was harmed ("hit 26-year-old
        Ann Lee"), nor one named only beside a relative, lawyer or official word."""
        if not any(SUSPECT_WORDS.search(s.text) for s in self.sentences):
            return
        subject = self._pronoun_subject()
        if subject is not None:
            subject.suspect = True
            subject.first_cue = self.sentences[subject.mentions[0][0]]
            return
        candidates = [
            p
            for p in self.people
            if not p.titled
            and not p.victim
            and len(_core(p.words)) >= 2
            and not any(self._harmed_object(i, a) for i, a, _ in p.mentions)
        ]
        aged = [
            p
            for p in candidates
            if any(
                age_near(self.sentences[i].text, a, b) is not None
                and SUSPECT_WORDS.search(self.sentences[i].text)
                for i, a, b in p.mentions
            )
        ]
        frequent = [p for p in candidates if len(p.mentions) >= 3]
        if aged:
            chosen = min(aged, key=lambda p: p.mentions[0])
        elif frequent:
            chosen = max(frequent, key=lambda p: len(p.mentions))
        elif introduced := introduced_after_description(self, candidates):
            chosen = introduced
        else:
            return
        chosen.suspect = True
        chosen.first_cue = self.sentences[chosen.mentions[0][0]]

    def _pronoun_subject(self) -> Person | None:
        """ "Ann Lee approached Bo Tran and stabbed him. ... She was charged": whom a cued
        "He"/"She" that opens a sentence refers to, the subject (first person named) of the
        nearest sentence before it that names anyone."""
        for sentence in SUSPECT_CUE_WORDS.among(self.sentences):
            opener = OPENING_PRONOUN.match(sentence.text)
            if not opener or not CUE_AFTER.match(sentence.text[opener.end() :]):
                continue
            for index in range(sentence.index - 1, -1, -1):
                named = [
                    (m, p)
                    for m, p in self._mentions.get(index, [])
                    if (not p.titled or self._may_be_charged(self.sentences[index], m))
                    and not p.victim
                    and len(_core(p.words)) >= 2
                ]
                if not self._mentions.get(index):
                    continue
                if named and not self._harmed_object(index, named[0][0].start):
                    return named[0][1]
                break
        return None

    def _harmed_object(self, index: int, start: int) -> bool:
        """Whether the mention at `start` of sentence `index` is whom a harm verb was done to,
        or someone named by a relation or role word ("his mother, Ann Lee", "lawyer Bo Tran")."""
        if (index, start) in self._objects:
            return True
        return bool(OBJECT_OF_HARM.search(self.sentences[index].text, max(0, start - 60), start))

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

    # ----------------------------------------------------------------- queries

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

    def _another(self) -> Person:
        if self._extra_suspect is None:
            self._extra_suspect = Person(words=(), name=None, suspect=True)
        return self._extra_suspect

    def telegraphic(self, sentence: Sentence) -> bool:
        """Whether `sentence` is a headline, caption or label rather than a report's sentence."""
        return sentence.index in self._headlines

    def people_in(self, sentence: Sentence) -> list[tuple[NameMention, Person]]:
        return self._mentions.get(sentence.index, [])

    def joined_people(self, sentence: Sentence) -> list[tuple[Person, Person]]:
        """Pairs of people `sentence` names next to each other in one list (no victims or
        officials)."""
        mentions = [(m, p) for m, p in self.people_in(sentence) if _can_join(p)]
        return _joined(sentence, mentions)

    def harmed_object(self, index: int, start: int) -> bool:
        """See `_harmed_object`."""
        return self._harmed_object(index, start)

    def _recent_suspect(self, sentence: Sentence) -> Person:
        """The suspect mentioned last before `sentence` (the lead if none yet)."""
        # The suspects' mentions in text order, rebuilt only when a suspect or a mention is
        # added: a long article asks this of most sentences (scanning every mention each
        # time grew with the square of its length). A built cast changes no more.
        if not self._recent_settled:
            self._read_recent_order()
            self._recent_settled = self._built
        # The last mention in a sentence before this one (at one place, the first suspect).
        at = bisect_left(self._recent_positions, (sentence.index, -1))
        return self._recent_order[at - 1][2] if at else self.lead()

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
            if len(named) > 1:
                return named
        # "Price and Mack are due in court": suspects named together.
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
            return None if UNRELATED.search(sentence.text) else self._another()
        if not candidates:
            return self._recent_suspect(sentence)
        if prefer_suspect and any(p is not None for _, p in candidates):
            candidates = [c for c in candidates if c[1] is not None]
        before = [c for c in candidates if c[0] <= position]
        if before:
            # The nearest named subject wins over a pronoun further left.
            return max(before, key=lambda c: c[0])[1]
        if has_named and all(p is None for _, p in candidates):
            return None
        return min(candidates, key=lambda c: c[0])[1]

    def _read_references(
        self, sentence: Sentence
    ) -> tuple[bool, list[tuple[int, Person | None]], bool]:
        """Whether `sentence` speaks of a further unnamed suspect, and each reference in it to
        a person (position, the suspect meant or None); read once per sentence."""
        text = sentence.text
        another = (
            first_in(ANOTHER_SUSPECT, text)
            if len(self._named()) < 2 and ANOTHER_GATE.opens(sentence)
            else None
        )
        if another and first_in(ANOTHER_CUE, text) and not self._named_beside(sentence, another):
            return True, [], False
        if UNNAMED_GATE.opens(sentence) and first_in(UNNAMED_SUBJECT, text):
            # "The teen, whose name was not released, is charged": not any suspect it names.
            return True, [], False
        candidates: list[tuple[int, Person | None]] = []
        for mention, person in self._mentions.get(sentence.index, []):
            if person.official or (sentence.index, mention.start) in self._objects:
                continue  # a judge or lawyer, or "killing Ann Lee": not whom a fact is about
            candidates.append((mention.start, person if person.suspect else None))
        has_named = bool(candidates)
        starts = {m.start for m, _ in self._mentions.get(sentence.index, [])}
        for match in matches_in(PRONOUN, text):
            relative = RELATIVE_NAMED.match(text, match.end())
            if relative and relative.end() in starts:
                continue  # "his brother, Cole Marsh": the name is the one meant
            candidates.append((match.start(), self._pronoun_target(sentence, match.start())))
        for match in matches_in(GENERIC, text) if GENERIC_GATE.opens(sentence) else ():
            candidates.append((match.start(), self._recent_suspect(sentence)))
        return False, candidates, has_named

    def _named_beside(self, sentence: Sentence, another: re.Match[str]) -> bool:
        """Whether "a second suspect" is named in apposition: "a second suspect, 18-year-old
        Bo Tran, was arrested"."""
        return any(
            person.suspect and 0 <= mention.start - another.end() <= 30
            for mention, person in self._mentions.get(sentence.index, [])
        )

    def _pronoun_target(self, sentence: Sentence, position: int) -> Person | None:
        earlier = [
            (m, p)
            for m, p in self._mentions.get(sentence.index, [])
            if m.end <= position
            and not p.official
            and (sentence.index, m.start) not in self._objects
        ]
        if earlier:
            _, person = earlier[-1]
            return person if person.suspect else None
        return self._recent_suspect(sentence)
