"""Person names inside a sentence: which capitalised runs name someone and where each name
starts and ends. How a name is written, the runs of capitalised words read here, is in
`name_shapes.py` (headlines and roster lines are told apart in `line_kinds.py`); ages,
numbers, money and dates have their own modules (`ages.py`, `numbers.py`, `money.py`,
`dates.py`), the words that name no one and the words that describe a person before his name
`name_vocabulary.py`, the words around a run that tell it names a person `name_cues.py`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from casefile.extraction.dates import WEEKDAYS
from casefile.extraction.name_cues import PERSON_NAMED_NEXT, SAID_OF_A_PERSON, after_title
from casefile.extraction.name_shapes import KOREAN_GIVEN, NAME_RUN
from casefile.extraction.name_vocabulary import (
    AGENCY_HEADS,
    BUSINESS_HEADS,
    DESCRIPTORS,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    PEOPLE_OF_A_PLACE,
    PLACE_HEADS,
    TITLES,
)
from casefile.extraction.patterns import search_within
from casefile.extraction.sentences import CALENDAR_WORDS, MONTH_ABBREVIATIONS

# ---------------------------------------------------------------- person names


@dataclass(frozen=True, slots=True)
class NameMention:
    """A run of capitalised words that may name a person, with its offsets in the sentence."""

    start: int
    end: int
    text: str
    titled: bool  # preceded by a role title (officer, judge, sheriff ...)
    # The name's words (see `name_words`): every mention's are read, so they are set at once
    # rather than by a cached_property, whose first read costs more than the work.
    words: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", name_words(self.text))


_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"\S+")
# How far before a name a role title can start ("Superintendent. " and some spacing).


# Cached: an article names the same people again and again, and a name's words depend on the
# name alone.
@lru_cache(maxsize=8192)
def name_words(name: str) -> tuple[str, ...]:
    """Lower-case word tuple of a name, hyphens split: 'Ruiz-Vela' -> ('ruiz', 'vela').
    Accents are dropped, as reports (and their headlines) write a name with and without
    them: 'Pérez' and 'Perez' are one word."""
    lower = name.lower().replace("’", "'").replace("'s", "")
    if not lower.isascii():
        lower = "".join(
            c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c)
        )
    return tuple(_WORD.findall(lower))


def name_token(token: str) -> str:
    return token.rstrip(".,").lower().replace("’", "'")


_NEVER_A_NAME = TITLES | NOT_NAME_WORDS
# The words after which the name before them is a place's or a body's ("Wake County",
# "Australian Border Force").
_BODY_HEADS = PLACE_HEADS | AGENCY_HEADS


def find_names(sentence: str) -> list[NameMention]:
    """Capitalised runs in `sentence` that can be names (1+ words), titles stripped."""
    return [NameMention(*span) for span in name_spans(sentence)]


def _without_descriptors(start: int, text: str) -> tuple[int, str]:
    """`text` (a name starting at `start`) without the descriptor words that open it."""
    while True:
        head, _, rest = text.partition(" ")
        if not rest or head.lower() not in DESCRIPTORS or not rest[:1].isupper():
            return start, text
        start, text = start + len(head) + 1, rest


# A name in a sentence as plain values: start, end, text, titled (see `NameMention`).
NameSpan = tuple[int, int, str, bool]


# What a capitalised word of a run is: part of a name, a word that ends the name before it
# (never part of one), or a role title, which also marks the name after it as an official's.
_NAME_PART, _NOT_A_NAME, _ROLE_TITLE = 0, 1, 2


# Cached: the same capitalised words ("The", "Police", a suspect's surname) recur in every
# article, and a word's role depends on the word alone.
@lru_cache(maxsize=8192)
def _token_role(token: str) -> int:
    if len(token) == 2 and token[1] == "." and "A" <= token[0] <= "Z":
        return _NAME_PART  # an initial ("A."), not the word "a"
    word = name_token(token)
    if word in TITLES:
        return _ROLE_TITLE
    if word.startswith("ex-"):
        return _NOT_A_NAME  # "Ex-Marine Bo Tran": what he was, no part of his name
    if word in NOT_NAME_WORDS or (word.endswith("'s") and word[:-2] in _NEVER_A_NAME):
        return _NOT_A_NAME
    return _NAME_PART


# The head of a place's name after a possessive run: "Magistrates' Court", "Children's Court".
# (owned by a plural: "Magistrates' Court", "Children's Court", not "Bo Tran's Court Date")
_HEAD_AFTER = re.compile(r"['’](s?)\s([A-Z][a-z]+)\b")
_PLURALS_OWNING = ("Children", "Women", "Men", "People")


def _owned_place(sentence: str, end: int) -> bool:
    """Whether the name ending at `end` is a plural that owns the place named after it
    ("Wexford Magistrates' Court", "Kessler Children's Court"): the place's name, not a
    person's."""
    if sentence[end : end + 1] not in ("'", "’"):
        return False
    head = _HEAD_AFTER.match(sentence, end)
    if head is None:
        return False
    if not (
        sentence.endswith(_PLURALS_OWNING, 0, end) if head.group(1) else sentence[end - 1] == "s"
    ):
        return False
    return head.group(2).lower() in PLACE_HEADS


# Cached: a sentence often recurs, in one article (a caption repeating the lead) and across
# articles (a syndicated story, a revised one, an outlet's stock lines).
@lru_cache(maxsize=16384)
def name_spans(sentence: str) -> tuple[NameSpan, ...]:
    """`find_names` as plain tuples: most names match no one the article is about, and a
    tuple costs a tenth of a `NameMention`, so a caller can build mentions only for those."""
    mentions: list[NameSpan] = []
    for run in NAME_RUN.finditer(sentence):
        run_text = run.group(0)
        if " " not in run_text and _token_role(run_text) != _NAME_PART:
            continue  # "Police", "The", "Officer": most runs are one such word
        tokens = run_text.split()
        # The run's words split into names at the words that are not part of one; each name
        # as (start, end, titled), offsets in the run. A name's leading initials are dropped.
        names: list[tuple[int, int, bool]] = []
        if len(tokens) == 1:
            # One word, a part of a name (checked above): most runs that get here ("Smith",
            # a sentence's first word), read without the loop below.
            if len(run_text.rstrip(".")) != 1:  # not a stray initial
                names.append((0, len(run_text), False))
        else:
            cued = (
                SAID_OF_A_PERSON.match(sentence, run.end()) is not None
                or search_within(PERSON_NAMED_NEXT, sentence, max(0, run.start() - 40), run.start())
                is not None
                or after_title(sentence, run.start())  # "Sgt. Imre Fox": a title ends its run
            )
            _split_run(tokens, names, cued)
        run_start = run.start()
        for first, last, titled in names:
            start = run_start + first
            end = run_start + last
            start, text = _without_descriptors(start, sentence[start:end].rstrip(","))
            if text.endswith("'s") or text.endswith("’s"):
                text = text[:-2]
            end = start + len(text)
            if _owned_place(sentence, end):
                continue  # "Wexford Magistrates' Court", "Kessler Children's Court": a place
            if " " in text and name_token(text.rsplit(" ", 1)[1]) in BUSINESS_HEADS:
                continue  # "Golden Dragon Buffet": a business
            if _BRANCH_AFTER.match(sentence, end):
                continue  # "Counties Manukau CIB": a police district's detective branch
            if text.endswith((" Jr", " Sr")) and sentence[end : end + 1] == ".":
                end += 1
                text += "."

            saint = _PLACE_BEFORE.search(sentence, max(0, start - 5), start)
            if saint:
                if first or not SAID_OF_A_PERSON.match(sentence, end):
                    continue  # "St. Clair Shores": a place
                # "St. Clair faces charges": a surname, told of as a person is.
                start, text = saint.start(), sentence[saint.start() : end]
            titled = titled or after_title(sentence, start, end)
            if not titled and _THE_BEFORE.search(sentence, max(0, start - 4), start):
                continue  # "the parking lot of the Tolliver Food Mart": a place, a business
            if not titled and _A_DESCRIBED_BEFORE.search(sentence, max(0, start - 30), start):
                continue  # "in a maroon Tarvo Ranger": a thing of a make, no person
            if not titled and _modifies_people(sentence, end):
                continue  # "Dayton police", "a Kettering man": a place's name
            mentions.append((start, end, text, titled))
    if _CAPS_PAIR.search(sentence):
        mentions.extend(_capitals_names(sentence))
        mentions.sort()
    return tuple(mentions)


# The small-letter word right after a name.
_NEXT_WORD = re.compile(r"\s([a-z]+)\b")


def _modifies_people(sentence: str, end: int) -> bool:
    """Whether the name ending at `end` is set before a noun for a force or a town's people
    ("Dayton police arrested ...", "a Kettering man"), as a place's name is and a person's
    never is."""
    following = _NEXT_WORD.match(sentence, end)
    return following is not None and following.group(1) in PEOPLE_OF_A_PLACE


# A police district's detective branch, abbreviated after its name as outlets in New
# Zealand, Britain, Ireland and India write it ("Waitemata CIB", "Kent CID"): no one's name.
_BRANCH_AFTER = re.compile(r"\s(?:CIB|CID)\b")

# "a" and a colour or a vehicle's age just before a run of capitals: a thing of a make ("a
# maroon Tarvo Ranger", "a stolen silver Kemo Altus"), never a person told by his name (not
# "an indictment charging Bo Tran").
_A_DESCRIBED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:a|an)\s(?:[a-z-]+\s)?(?:white|black|silver|gr[ae]y|red|blue|green|maroon|"
    r"gold|tan|beige|brown|orange|yellow|purple|burgundy|dark|light|newer|older|late-model|"
    r"stolen|rented)\s\Z"
)

# "the" just before a run of capitals: a place, a business or a body, never a person.
_THE_BEFORE = re.compile(r"\bthe\s\Z")


# A name set in capitals, as press releases and arrest logs write it ("ANTHONY CYNTJE, 34,
# of ...", "JAMES T. WILLIAMS", "JOSE LUIS DE LA CRUZ"): two to five words of capitals (an
# initial among them).
# "O'NEAL", "D'ANGELO": a lone capital and an apostrophe may open the word.
_CAPS_WORD = r"[A-Z](?:[A-Z]+(?:['’-][A-Z]+)*|['’][A-Z]{2,}(?:-[A-Z]+)*|\.)"
_CAPS_NAME = re.compile(rf"(?<![\w'’-]){_CAPS_WORD}(?:\s{_CAPS_WORD}){{1,4}}(?![\w'’-])")
_CAPS_PAIR = re.compile(r"[A-Z][A-Z]\w*\s[A-Z][A-Z.]")
_CAPS_PIECE = re.compile(r"[A-Z]+")


def _capitals_names(sentence: str) -> list[NameSpan]:
    """Names written in capitals, each as a `NameSpan` with its text in title case. Only
    where the sentence tells right after them what it tells of a person (an age, a home town,
    an arrest): a line of capitals is as often a headline, a place or an agency."""
    found: list[NameSpan] = []
    for match in _CAPS_NAME.finditer(sentence):
        words = [name_token(word) for word in match.group(0).split()]
        if (
            not (
                SAID_OF_A_PERSON.match(sentence, match.end())
                or search_within(
                    PERSON_NAMED_NEXT, sentence, max(0, match.start() - 40), match.start()
                )
            )
            or words[0].endswith(".")
            or any(word in _NEVER_A_NAME | DESCRIPTORS for word in words[:-1])
            # A surname may be a common word ("THOMAS LANE, 44,"), never a title or a
            # place's head ("DAYTON POLICE").
            or words[-1] in TITLES | PLACE_HEADS | DESCRIPTORS
            or (words[-1] in NOT_NAME_WORDS and words[-2] in NOT_NAME_WORDS)
        ):
            continue
        text = _CAPS_PIECE.sub(lambda piece: piece[0][0] + piece[0][1:].lower(), match.group(0))
        found.append((match.start(), match.end(), text, after_title(sentence, match.start())))
    return found


# Words before a name that make it a place's: "St. Clair Shores", "Ste. Genevieve", an Irish
# county ("Co Wexford", "Co. Kerry").
# ... and a program's or a police operation's, which names no one either ("This case is part
# of Project Safe Neighborhoods", "Operation Lone Star").
PLACE_PREFIXES = frozenset(["st", "ste", "co", "project", "operation"])
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])St[e]?\.?\s\Z")


# Months and places that are also given names ("April Jones", "Virginia Lopez"): the
# name's first word where a cue follows it.
_GIVEN_NAME_WORDS = frozenset(["april", "may", "june", "august", "virginia", "carolina"])
_DATE_WORDS = CALENDAR_WORDS | frozenset(MONTH_ABBREVIATIONS)
_MONTH_WORDS = _DATE_WORDS - frozenset(WEEKDAYS)


def _surname_by_cue(tokens: list[str], index: int, first: int, last: int, offset: int) -> bool:
    """Whether the common word `tokens[index]` (at `offset` in the run) is the surname of the
    name just before it: it follows the name's one word (a given name) and ends the run, but
    for a suffix or a day ("arrested Darnell Fox Jr.", "arrested Darnell Fox Friday"); never
    a place's head ("Jefferson County"). The name before it may have two words, as a
    Vietnamese one's given and middle names do ("Nguyen Van An")."""
    given_name_at = offset - 1 - len(tokens[index - 1]) if index else -1
    two_words_at = given_name_at - 1 - len(tokens[index - 2]) if index >= 2 else -1
    if (
        first not in (given_name_at, two_words_at)
        or last != offset - 1
        or name_token(tokens[index]) in PLACE_HEADS
        or (first == two_words_at and name_token(tokens[index]) in _DATE_WORDS)
    ):
        return False
    rest = [name_token(token) for token in tokens[index + 1 :]]
    return all(word.rstrip(".") in NAME_SUFFIXES or word in CALENDAR_WORDS for word in rest)


def _suffix_follows(tokens: list[str], index: int) -> bool:
    """Whether a generational suffix ("Jr.", "II") follows `tokens[index]`: only a person's
    surname takes one, so it tells a person is named as an age after the name does."""
    return index + 1 < len(tokens) and name_token(tokens[index + 1]) in NAME_SUFFIXES


def _month_as_middle_name(tokens: list[str], index: int) -> bool:
    """Whether `tokens[index]`, a month's name or its short form without a period, is a
    middle name: a date's month has a day or a year after it, never a name's word."""
    word = name_token(tokens[index])
    return (
        word in _MONTH_WORDS
        and index + 1 < len(tokens)
        and len(tokens[index + 1].rstrip(".")) > 1
        and _token_role(tokens[index + 1]) == _NAME_PART
        and not tokens[index + 1].endswith(("'s", "’s"))
    )


# Words that open a place named for a saint ("Port St. Lucie", "Lake St. Clair", "Fort St.
# John"), where "St." is no part of a person's surname.
_SAINT_PLACES = frozenset(
    ["port", "fort", "lake", "mount", "mt", "point", "sault", "cape", "bay", "isle", "glen"]
)


def _is_saint(tokens: list[str], index: int) -> bool:
    """Whether `tokens[index]` is "St." (or "Ste.") opening the surname's last word after a
    name's word: never a run's last word, and not before a place's head ("St. Louis County")."""
    return (
        tokens[index] in ("St.", "Ste.")
        and index + 1 < len(tokens)
        and _token_role(tokens[index + 1]) == _NAME_PART
        and all(name_token(t) not in PLACE_HEADS for t in tokens[index + 1 :])
    )


def _split_run(tokens: list[str], names: list[tuple[int, int, bool]], cued: bool = False) -> None:
    """Add to `names` the names among a run's words, as (start, end, titled) in the run.
    `cued`: the sentence tells, right after the run, what it tells of a person (see
    `SAID_OF_A_PERSON`), so a common word ending it after a name's word is the surname."""
    first = last = -1  # the name's first word after any initials, and its end
    # Initials with periods that open a name ("J. R. Davis"): its first word, once a word
    # that is no initial follows them.
    initials = -1
    has_words = titled = place = False
    offset = 0
    # The run's words are separated by exactly one whitespace character (see `name_shapes.NAME_RUN`),
    # so each word's offset follows from the lengths of those before it.
    for index, token in enumerate(tokens):
        if token[0].islower():  # a particle ("de la"): inside the name, never its start
            if first >= 0:
                last = offset + len(token)
            offset += len(token) + 1
            continue
        token_end = offset + len(token)
        role = _token_role(token)
        if (
            len(token) == 1
            and index
            and first == offset - len(tokens[index - 1]) - 1
            and index + 1 < len(tokens)
        ):
            # "John A Smith": an initial without its period after a given name, not "a".
            role = _NAME_PART
        if (
            (cued or titled or _suffix_follows(tokens, index))
            and role != _NAME_PART
            and _surname_by_cue(tokens, index, first, last, offset)
        ):
            # "Darnell Fox, 19,", "Dell Church Jr. was", "Deputy Ned Park": a surname that is
            # also a common word; a role title is said of a person, never of a place
            role = _NAME_PART
        elif first >= 0 and role == _NOT_A_NAME and tokens[index - 1][0].islower():
            role = _NAME_PART  # "Ana de la Church": a particle is followed by its surname
        elif (
            first >= 0
            and _is_saint(tokens, index)
            and (
                cued or (last == offset - 1 and name_token(tokens[index - 1]) not in _SAINT_PLACES)
            )
        ):
            # "arrested DeAndre St. Clair", "found DeAndre St. Clair guilty": a surname's, not
            # a street's, right after a name's word
            role = _NAME_PART
        elif (
            cued
            and role == _NOT_A_NAME
            and index == 0
            and len(tokens) == 2
            and name_token(token) in _GIVEN_NAME_WORDS
        ):
            role = _NAME_PART  # "April Jones, 33,"
        elif role == _NOT_A_NAME and first >= 0 and _month_as_middle_name(tokens, index):
            role = _NAME_PART  # "Ann Jan Lee", "Bo June Tran": no day after it, a name after
        elif (
            role == _NOT_A_NAME
            and index == 0
            and len(tokens) == 2
            and KOREAN_GIVEN.fullmatch(tokens[1].rstrip(","))
        ):
            role = _NAME_PART  # "Park Ji-hoon": a Korean surname before the given name
        if role != _NAME_PART:
            word = name_token(token).removesuffix("'s")
            if has_words:
                if first >= 0 and not place and word not in _BODY_HEADS:
                    names.append((first, last, titled))
                first = last = initials = -1
                has_words = titled = False
            titled = titled or role == _ROLE_TITLE
            place = word in PLACE_PREFIXES
        else:
            has_words = True
            if first >= 0:
                last = token_end
            elif len(token.rstrip(".")) != 1:  # not a stray initial
                first, last = (initials if initials >= 0 else offset), token_end
            elif token.endswith(".") and initials < 0:
                initials = offset
            if token.endswith(("'s", "’s")):
                # A possessive ends the name: "Gaga's French bulldogs", "Brent's Mercedes".
                if first >= 0 and not place:
                    names.append((first, last, titled))
                first = last = initials = -1
                has_words = titled = place = False
        offset = token_end + 1
    if first >= 0 and not place:
        names.append((first, last, titled))
