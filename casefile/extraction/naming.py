"""Which capitalised runs of one article name people, read from the article itself.

Capitals mark names, but also a sentence's first word ("Following Noah's death ..."), places
("in Lake Forest", "Dayton police") and stage names told beside the legal one ("the rapper,
whose real name is ..."). What decides is how this article uses the words elsewhere: a first
word it writes in lower case too is a common word; a run it puts after "in" or before
"police" is a place; an alias sentence makes two names one person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.ages import age_near
from casefile.extraction.key_words import key_words
from casefile.extraction.mentions import NameSpan, name_words
from casefile.extraction.name_cues import AGE_AFTER_A_NAME, AGE_BEFORE_A_NAME
from casefile.extraction.name_vocabulary import DESCRIPTORS, NAME_SUFFIXES, NOT_NAME_WORDS
from casefile.extraction.patterns import compile_scan, prefix_match, search_within
from casefile.extraction.sentences import Sentence

# Past this many look-ups in one article, its words are collected once (see `_LowerWords`).
_SCANS_BEFORE_INDEX = 16
# A run of word characters (`_word_char`): letters, digits, apostrophes and hyphens.
_WORD_RUN = re.compile(r"(?:[^\W_]|['’-])+")


class _LowerWords:
    """`_written_lower` for many words of one text. A short article is scanned for each word;
    a long one (a digest naming hundreds of people) has its words collected once, so that the
    look-ups do not grow with text x words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._asked: dict[str, bool] = {}
        self._words: set[str] | None = None

    def __call__(self, word: str) -> bool:
        found = self._asked.get(word)
        if found is None:
            if len(self._asked) >= _SCANS_BEFORE_INDEX and _WORD_RUN.fullmatch(word):
                if self._words is None:
                    self._words = set(_WORD_RUN.findall(self.text))
                # A word all of word characters stands alone exactly where it is a whole run.
                found = word in self._words
            else:
                found = _written_lower(word, self.text)
            self._asked[word] = found
        return found


def _written_lower(word: str, text: str) -> bool:
    """Whether `text` has `word` (lower case) as a word of its own."""
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        if (position == 0 or not _word_char(text[position - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            return True
        position = text.find(word, end)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "'’-"


# Quotes or brackets a sentence may open with before its first word.
_OPENING = re.compile(r"\A[\s\"“‘'(\[—–-]*")


def trim_openers(
    sentences: list[Sentence], spans: list[list[NameSpan]], text: str
) -> list[list[NameSpan]]:
    """`spans` (one list per sentence) with a sentence's capitalised first word taken off the
    name it opens, where the article writes that word in lower case elsewhere and never
    capitalises it inside a sentence: "Following Noah" is "Noah", "Meanwhile Bo Tran" is
    "Bo Tran", but "Will Ames" stays whole in an article that names "Will Ames" mid-sentence."""
    openers: list[tuple[int, NameSpan, str]] = []
    inner: set[str] = set()
    for sentence, found in zip(sentences, spans, strict=True):
        opening, within = _openers_in(sentence.text, tuple(found))
        openers.extend((sentence.index, span, word) for span, word in opening)
        inner.update(within)
    if not openers:
        return spans
    result = [list(found) for found in spans]
    written_lower = _LowerWords(text)
    for index, span, word in openers:
        key = word.lower()
        if key in inner or not written_lower(key):
            continue
        _, end, name, titled = span
        rest = name[len(word) :].lstrip()
        trimmed = (end - len(rest), end, rest, titled)
        row = result[index]
        row[row.index(span)] = trimmed
    return result


# Cached: what a sentence's names tell of its opening word depends on the sentence alone, and a
# sentence recurs across the reports of one case (revisions, syndicated copies).
@lru_cache(maxsize=8192)
def _openers_in(
    text: str, found: tuple[NameSpan, ...]
) -> tuple[tuple[tuple[NameSpan, str], ...], frozenset[str]]:
    """The names of `found` that open the sentence `text`, each with its first word, and the
    words (lower case) of the others."""
    openers: list[tuple[NameSpan, str]] = []
    inner: set[str] = set()
    first = prefix_match(_OPENING, text)
    begin = first.end() if first else 0
    for span in found:
        words = span[2].split()
        # A descriptor taken off before the name still leaves it opening the sentence:
        # "Nurse Practitioner Bo Tran" is the span "Practitioner Bo Tran".
        lead = text[begin : span[0]].split()
        opens = span[0] == begin or (lead and all(w.lower() in DESCRIPTORS for w in lead))
        if opens and len(words) >= 2:
            openers.append((span, words[0]))
        else:
            inner.update(w.lower() for w in words)
    return tuple(openers), frozenset(inner)


# A place named as a place: "in Lake Forest", "near Santa Ana", "living outside Cedar Springs",
# "Harper Woods police".
# Also the home town or address told after a person's name, age or description, as British
# and Irish courts give it: "Bo Tran, 34, of Estate Glynn", "Bo Tran (34), of Elm Close",
# "a 24-year-old man from Upper Fen", "with an address at Elm Close".
_IN_PLACE = re.compile(
    # (a town's first word may be no part of the name read: "of New Port Richey")
    r"\b(?:in|near|outside)\s+\Z|(?:\b\d{1,3}\)?,?|[\w’'.],)\s+(?:of|from)\s+(?:[A-Z][a-z]+\s+)?\Z"
    r"|\baddress\s+(?:at|in|of)\s+\Z"
    # where the harmed were cared for: "taken to Corwen Health Ashby Vale", "died at
    # Eastby Health Northgate" (a hospital's name, told without the word "Hospital")
    r"|\b(?:taken|transported|rushed|flown|airlifted|transferred|admitted)\s+to\s+\Z"
    r"|\b(?:treated|died|hospitali[sz]ed)\s+at\s+\Z"
    r"|\b(?:man|woman|men|women|boy|girl|teen|teenager|youth|person|people|couple|resident|"
    r"residents|\d-year-old)\s+from\s+\Z"
)
# The further parts of an address told so, each after a comma: "of Elm Close, Upper Fen,
# Co Kerry," (a town, a county; a place name may hold a particle, "Cnoc na Rí"); each ends
# at a comma or a bracket, as the aside does.
_ADDRESS_GOES_ON = re.compile(
    r"(?:,\s+(?:of|from)|\baddress\s+(?:at|in|of)|\b\d{1,3}\)?,?\s+(?:of|from))\s+"
    r"(?:[A-Z0-9][\w’'.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w’'.-]*){0,3},\s+){1,3}\Z"
)
# A list of people with their towns ("Bo Tran, 29, of Elgin, Ann Lee, 33, of Joliet") goes on
# to a name told with its own age or town: no part of an address. A semicolon ends an item
# of a list so told ("Bo Tran, 24, of Gorse Lane, Upper Fen; and Ann Lee, 31").
_ADDRESS_PART_ENDS = re.compile(r"\A\s*(?:\)|;|,(?!\s*(?:age\s+)?\(?\d|\s+of\s))")
_PLACE_AFTER = re.compile(
    # "a 20-year-old Newport Beach man": the town a person is described by.
    r"\A\s+(?:police|officers|deputies|firefighters|residents?|native|area|neighborhood|man|woman|"
    r"men|women|teen|teenager|boy|girl|couple|family)\b"
)


# The suburb or town after a street in an address: "a home on Luxford Road, Mount Druitt,",
# "a unit on Elm Street, Upper Fen." (police releases and Australian, British and Irish
# reports give an address so); a person's name after a street is told with his age.
_AFTER_STREET = re.compile(
    r"\b(?:Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Boulevard|Blvd|Court|Way|Place|Terrace|"
    r"Circle|Highway|Hwy|Parkway|Close|Crescent|Mews|Gardens|Square|Grove|Parade|Esplanade|"
    r"Circuit)\.?,\s+\Z"
)
_ADDRESS_ENDS = re.compile(r"\A\s*(?:[.;)]|,(?!\s*(?:age[ds]?\s+)?\(?\d))")


# The home told after an age, in brackets as Indian reports give it: "Anil Patole (28) of ",
# "Mahesh Kadam, 31, of ".
_AGE_THEN_OF = re.compile(r"(?:\(\d{1,3}\)|,\s*\d{1,3},)\s+(?:of|from)\s+\Z")


# A home town right after a name, with no age or comma between: "Dane Fenn of Sugar Land".
_OF_BETWEEN = re.compile(r"\s+(?:of|from)\s+")


# A name used as a thing: "struck a Honda Accord", "an Acme Tools warehouse", "his Toyota
# Hilux stolen", "took her Nissan Altima". No one is "a" Ann Lee, nor "his" Ann Lee.
# Nor is one a vehicle told by its state, colour or model year: "found a burning Dodge Durango",
# "the white Audi Q5", "a 2015 Honda Civic", "a northbound Dodge Ram".
_A_THING = re.compile(
    r"(?:\b[Aa]n?|\b(?:his|her|their|its))\s+\Z|\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:(?:burning|burned|burned-out|burnt|stolen|abandoned|damaged|white|black|gr[ae]y|silver|"
    r"red|blue|green|dark|dark-colou?red|light-colou?red|tan|gold|maroon|beige|older|rented|"
    r"rental|(?:19|20)\d\d|"
    # ... or by where it was headed or how it moved: "a northbound Dodge Ram struck her"
    r"(?:north|south|east|west)bound|speeding|oncoming|parked)\s+){1,2}\Z"
)


def place_names(sentences: list[Sentence], spans: list[list[NameSpan]]) -> set[tuple[str, ...]]:
    """Names of two or more words (as word tuples) this article uses as places or things, and
    never gives an age: a headline's "in Ama Reyes shooting" is no place where the report
    also tells of "Ama Reyes, 17"."""
    places: set[tuple[str, ...]] = set()
    aged: set[tuple[str, ...]] = set()
    for sentence, found in zip(sentences, spans, strict=True):
        text = sentence.text
        before = -1  # where the name before ends
        for start, end, name, _ in found:
            after_name, before = before, end
            if text.startswith(("'", "’"), end) or (
                " " not in name
                and "-" not in name
                and not _AGE_THEN_OF.search(text, max(0, start - 12), start)
            ):
                # "in Lee's home", "in Jones' death"; and a lone word may be a surname (not
                # one of hyphened parts: "of Wilkes-Barre", nor the home after an age in
                # brackets, "Anil Patole (28) of Velgaon and Mahesh Kadam": no "Velgaon Kadam")
                continue
            if (
                search_within(_IN_PLACE, text, max(0, start - 24), start)
                # "Dane Fenn of Sugar Land was arrested": the town right after a name
                or (after_name >= 0 and _OF_BETWEEN.fullmatch(text, after_name, start))
                or (
                    _ADDRESS_PART_ENDS.match(text[end:])
                    and search_within(_ADDRESS_GOES_ON, text, max(0, start - 120), start)
                )
                or _PLACE_AFTER.match(text[end:])
                or (
                    search_within(_AFTER_STREET, text, max(0, start - 14), start)
                    and _ADDRESS_ENDS.match(text[end:])
                )
                or search_within(_A_THING, text, max(0, start - 40), start)
            ):
                places.add(name_words(name))
            elif AGE_AFTER_A_NAME.match(text, end) or search_within(
                AGE_BEFORE_A_NAME, text, max(0, start - 12), start
            ):
                aged.add(name_words(name))
    return places - aged


# A lone word told as a place at a sentence's start: "In Austin, a man was shot" (after "in",
# "near" or "outside" inside a sentence, `_IN_PLACE` reads it).
_LONE_PLACE_BEFORE = re.compile(r"\b(?:In|Near|Outside)\s+\Z")


def lone_place_words(sentences: list[Sentence], spans: list[list[NameSpan]]) -> set[str]:
    """Single capitalised words this article uses as places ("in Austin", "Austin police",
    "Lee Hale, 30, of Chester"): such a word alone is no given name of someone named in full."""
    places: set[str] = set()
    for sentence, found in zip(sentences, spans, strict=True):
        text = sentence.text
        for start, end, name, _ in found:
            if " " in name or text.startswith(("'", "’"), end):
                continue  # "in Lee's home" is the home of someone named Lee
            if (
                search_within(_LONE_PLACE_BEFORE, text, max(0, start - 10), start)
                or search_within(_IN_PLACE, text, max(0, start - 24), start)
                or _PLACE_AFTER.match(text[end:])
            ):
                places.add(name)
    return places


# Two names of one person: "Lil Vell, a.k.a. Marcus Dell", "Vell, whose real name is
# Marcus Dell", "the rapper (real name Marcus Dell)", "Born in Gary and legally named Marcus
# Dell, he ...": the second is the legal name.
_ALIAS_GATE = key_words(
    "a.k.a", "aka", "known as", "known by", "real name", "legal name", "born ", "birth name",
    "legally named"
)  # fmt: skip
_LEGAL_AFTER = compile_scan(
    r"(?:(?:,\s*|\s+\(\s*|\s+and\s+)(?:a\.k\.a\.?|aka|also known as|"
    r"(?:his|her) (?:real|legal|birth) name(?: is)?|real name|legal name|birth name|"
    r"(?:legally|officially) (?:named|known as)|born)|"
    # "whose legal name is" may close an appositive told of the alias ("Lil Vell, a Gary
    # native whose legal name is Marcus Dell")
    r"(?:,\s*|\s+)whose (?:real|legal|given|birth) name is)\s*:?\s*\Z",
    re.IGNORECASE,
)
# "a.k.a." and "also known as" may come after either name ("Lil Vell, a.k.a. Marcus
# Dell"; "Bo Tran, 30, also known as Gee Money").
_AKA = re.compile(r"(?:a\.k\.a\.?|aka|also known as)\s*:?\s*\Z", re.IGNORECASE)
# "Marcus Dell, better known as Lil Vell": the first is the legal name.
_STAGE_AFTER = compile_scan(
    r",\s*(?:better |professionally |widely )?known (?:as|by)\s*\Z", re.IGNORECASE
)


# A relation or the victim before "born", "whose real name is": the name is that person's.
_SOMEONE_ELSE = compile_scan(
    r"\b(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:mother|father|wife|husband|son|daughter|"
    r"brother|sister|girlfriend|boyfriend|cousin|friend|victim|grandmother|grandfather)\b",
    re.IGNORECASE,
)

AliasPair = tuple[int, NameSpan | None, int, NameSpan]


def alias_pairs(sentences: list[Sentence], spans: list[list[NameSpan]]) -> list[AliasPair]:
    """(sentence index, alias, sentence index, legal name) for each alias the article tells
    (a sentence split after "a.k.a." tells it across two). The alias is None
    where the sentence refers to the person without a name ("The rapper, whose real name is
    ..."): he is the person named last before it."""
    pairs: list[AliasPair] = []
    if not _ALIAS_GATE.among(sentences):
        return pairs  # most articles tell no alias: no sentence need be looked at
    for sentence in sentences:
        gated = _ALIAS_GATE.opens(sentence)
        if not gated and not (sentence.index and _ALIAS_GATE.opens(sentences[sentence.index - 1])):
            continue
        found = spans[sentence.index]
        text = sentence.text
        for position, span in enumerate(found):
            start = span[0]
            window = max(0, start - 40)
            if not text[:start].strip() and sentence.index and spans[sentence.index - 1]:
                # "Lil Vell, a.k.a. | Marcus Dell": split after the abbreviation's dot.
                previous = sentences[sentence.index - 1].text.rstrip() + " "
                if _LEGAL_AFTER.search(previous, max(0, len(previous) - 40)):
                    alias = spans[sentence.index - 1][-1]
                    pairs.append((sentence.index - 1, alias, sentence.index, span))
                    continue
            if search_within(_LEGAL_AFTER, text, window, start):
                before = [s for s in found[:position] if s[1] <= start]
                alias = before[-1] if before and start - before[-1][1] < 45 else None
                if alias is None and search_within(_SOMEONE_ELSE, text, window, start):
                    continue  # "His mother, born Ann Lee,": a relative's name, not his
                if (
                    alias is not None
                    and search_within(_AKA, text, window, start)
                    and age_near(text, alias[0], alias[1]) is not None
                    and age_near(text, span[0], span[1]) is None
                ):
                    # "Bo Tran, 30, also known as Gee Money": the police give the legal name
                    # its age, and the street name after it.
                    pairs.append((sentence.index, span, sentence.index, alias))
                    continue
                pairs.append((sentence.index, alias, sentence.index, span))
            elif search_within(_STAGE_AFTER, text, window, start) and position:
                pairs.append((sentence.index, span, sentence.index, found[position - 1]))
    return pairs


# "Amit alias Bunty Shinde", as Indian reports give a nickname between the given name and the
# surname ("alias", or "urf"): the person is "Amit Shinde".
_ALIAS_BETWEEN = re.compile(r"\s+(?:alias|urf)\s+")


def given_alias_surname(spans: list[list[NameSpan]], texts: list[str]) -> list[list[NameSpan]]:
    """`spans` with a given name, "alias", and a nickname with the surname read as one name,
    the given name and the surname ("Amit alias Bunty Shinde" is Amit Shinde), spanning all
    three."""
    result: list[list[NameSpan]] = []
    for text, row in zip(texts, spans, strict=True):
        merged: list[NameSpan] = []
        for span in row:
            if merged:
                start, end, given, titled = merged[-1]
                words = span[2].split()
                if (
                    " " not in given
                    and len(words) >= 2
                    and _ALIAS_BETWEEN.fullmatch(text, end, span[0])
                ):
                    merged[-1] = (start, span[1], f"{given} {words[-1]}", titled)
                    continue
            merged.append(span)
        result.append(merged)
    return result


def headline_full_names(
    found: list[tuple[Sentence, NameSpan, tuple[str, ...]]], headlines: set[int]
) -> list[tuple[tuple[str, ...], str]]:
    """Full names, as (words, text), that only a headline or caption gives to a surname the
    report's sentences use alone: "Bo Tran Charged In Dayton Killing" ... "Tran, 31, faces
    a murder charge". A headline's capitals run on past the name ("Bo Tran Charged"), so the
    name is its words up to the surname, with the given names before it."""
    full, bare = set(), set()
    for sentence, _, words in found:
        core = [w for w in words if w not in NAME_SUFFIXES]
        if sentence.index in headlines or not core:
            continue
        if len(core) >= 2:
            full.update(core)  # "Eli" of "Eli Quill" is a given name, not a bare surname
        else:
            bare.add(core[0])
    wanted = bare - full
    names: list[tuple[tuple[str, ...], str]] = []
    for sentence, span, words in found:
        if sentence.index not in headlines or not wanted.intersection(words[1:]):
            continue
        tokens = span[2].split()
        if len(tokens) != len(words):
            continue  # the run's words and the name's do not line up one to one
        end = next(i for i in range(1, len(words)) if words[i] in wanted)
        start = end
        while start > max(0, end - 2) and words[start - 1] not in NOT_NAME_WORDS:
            start -= 1
        if start < end and all(words[start : end + 1] != known for known, _ in names):
            text = " ".join(tokens[start : end + 1]).rstrip(",:")
            names.append((words[start : end + 1], text))
    return names
