"""Who and where a text names, read from the text itself: person-like names (and whether a
title marks one as an official), places written with a state, towns, the dateline, bylines.

Grouping reads names from the text as well as from the extracted facts, so that it holds up
when extraction misses a name. Long texts are read once for all names rather than once per
name (`MentionFinder`, `_LowerCaseWords`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from casefile.domain.people import SUFFIXES

# Capitals and small letters, Latin accents included ("José", "Núñez").
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_HYPHENATED = rf"(?:-(?:Mc|Mac)?[{_UP}][{_LOW}]+)?"  # "Marin-Sotelo", "Smith-McCoy"
_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LOW}]+{_HYPHENATED}"
# A run of two or more capitalised words and initials on one line ("Special Agent Michael T.
# Tanner"); a single word ("The", "Investigators") is no name. Its first word is `_WORD` or
# an initial written to open with the capital every such word opens with ("Mc", "O'" are
# told by a look-behind at it), with the "not inside a word" check made from behind it: a
# pattern that opens with a character class lets the regex engine skip ahead in C to the
# next capital, instead of entering the pattern at every position of the text.
_FIRST_WORD = (
    rf"[{_UP}](?<![\w'’-][{_UP}])"
    rf"(?:(?<=M)(?:c|ac)[{_UP}][{_LOW}]+{_HYPHENATED}"  # McDonald, MacArthur
    rf"|(?<=[OD])['’][{_UP}][{_LOW}]+{_HYPHENATED}"  # O'Brien, D'Angelo
    rf"|[{_LOW}]+{_HYPHENATED}"  # Smith
    r"|(?<=[A-Z]))"  # an initial
)
_RUN = re.compile(rf"{_FIRST_WORD}\.?(?:[ \t]+(?:{_WORD}|[A-Z])\.?)+")


# A place: capitalised words followed by a state ("Baton Rouge, La.", "Dunmore, Pennsylvania").
_STATE = (
    r"(?:"
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\."
    r"|(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New \w+"
    r"|North \w+|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South \w+|Tennessee|Texas|Utah"
    r"|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b)"
)
_PLACE = re.compile(rf"([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)*),[ \t]+{_STATE}")
# What every place holds: most texts have none, and this scan (from each comma) is cheaper
# than `_PLACE`'s (from each capital).
_STATE_AFTER_COMMA = re.compile(rf",[ \t]+{_STATE}")
# Text ending in a capitalised word or initial: the surname that follows is part of a full name.
AFTER_NAME_WORD = re.compile(rf"(?:[{_UP}][{_LOW}'’-]*|[A-Z]\.)[ \t]+$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    """
    officer officers deputy sgt sergeant lt lieutenant capt captain detective det trooper
    agent special chief sheriff judge prosecutor attorney spokesman spokeswoman spokesperson
    commissioner superintendent mayor governor gov sen rep dr mr mrs ms interim assistant
    district police county state public defender coroner investigator inspector corporal cpl
    major col colonel president director magistrate justice court commonwealth commonwealths s
    marshal
    """
)
_OFFICIAL_TITLES = _TITLES - _words("officer officers deputy trooper agent special mr mrs ms dr s")
# Words that end a run of capitalised words that is not a person's name.
_NOT_NAME = _words(
    """
    county city police department court jail prison school college university street st road
    rd avenue ave lane drive boulevard highway office center centre hospital church park
    news press times post tribune herald journal daily radio television channel facility
    correctional authority association project company inc sheriff sheriffs state states
    united north south east west northeast northwest southeast southwest central township
    village borough commonwealth republic democrat democratic republican party monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec the a an and but in on at by for of to he she they his her it its this that
    update photo associated video click read more army navy marshals service bureau agency
    task force unit division squad patrol fire rescue team club bar grill restaurant store
    market mall hall building apartments apartment complex square plaza bridge river lake
    mount fort saint new los las san santa el grand jury superior municipal common pleas
    criminal circuit supreme federal national international american america valley heights
    hills beach island regional community early high middle elementary academy institute
    foundation council board commission committee organizing murder homicide manslaughter
    assault robbery degree charge charges count counts capital aggravated during with if
    although when after before while because since among according two three four five six
    several both then now later earlier authorities officials investigators prosecutors as
    or so we i you our their there here what who how why where all no not falls rapids
    springs creek harbor bay ridge grove junction crossing landing gardens pointe port hill
    """
)
# A byline, at the start of the text or after a line break or a "|". Two patterns rather
# than one opening with "(?:^|\n|\|)": one that opens with a character ("[\n|]") lets the
# regex engine skip ahead to the next such character instead of trying every position.
_BYLINE_BODY = r"\s*(?:By|Written by|Reporting by)\s+[^\n|]{0,80}"
_BYLINE_AT_START = re.compile(_BYLINE_BODY, re.I)
_BYLINE_AFTER_BREAK = re.compile(r"[\n|]" + _BYLINE_BODY, re.I)
_DATELINE = re.compile(
    r"^\s*\(?([A-Z][A-Z.'\- ]{2,40}?)\)?\s*(?:,\s*[A-Z][a-zA-Z.]{1,12})?\s*(?:\([A-Za-z0-9 ]+\))?\s*[—–-]{1,2}\s",
    re.MULTILINE,
)


# One or two capitalised words before "police" or "sheriff". Read as `\\b((?:[A-Z][a-z]+ )?
# [A-Z][a-z]+) ...`: the `\\b` is checked from behind after the first capital ("[A-Z](?<!\\w
# [A-Z])") so that the pattern opens with a character class, which lets the regex engine
# skip to the next capital instead of trying every position.
_POLICE_PLACE = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)?) (?:[Pp]olice|[Ss]heriff)\b")


def story_place(text: str) -> str | None:
    """Where the story happens: the dateline's place, else the first town whose police or
    sheriff the story names ("Austin Police Department" -> "Austin")."""
    dateline = dateline_place(text)
    if dateline:
        return dateline
    for match in _POLICE_PLACE.finditer(text):
        words = [w for w in match.group(1).split() if plain_word(w) not in _NOT_NAME]
        if words and len(words) == len(match.group(1).split()):
            return " ".join(words)
    return None


def dateline_place(text: str) -> str | None:
    """The place of the dateline ("RALEIGH, N.C. —", "HOUSTON (AP) -"), if the story has one.
    A label in capitals before a dash ("NEWS RELEASE —", "HIT-AND-RUN ARREST —") is none."""
    match = _DATELINE.search(text[:1500])
    if not match:
        return None
    place = match.group(1).strip()
    if any(w in _LABEL_WORDS for w in re.findall(r"[a-z]+", place.lower())):
        return None
    return place.title()


# Words of the labels a page sets in capitals before a dash, where a dateline would stand.
_LABEL_WORDS = _words(
    """
    arrest arrests arrested release released breaking developing exclusive update updated
    watch photos correction editor note advisory alert statement immediate crime blotter
    report reports log briefs brief live opinion sentenced charged wanted missing news
    video police court
    """
)


def towns(text: str) -> Iterable[str]:
    """The towns whose police or sheriff the text names ("Austin Police Department"), and
    those it says something happened in or someone is from ("in San Antonio", "of Dayton"),
    but no state ("in Texas")."""
    for pattern in (_POLICE_PLACE, _IN_TOWN, _COURT_PLACE):
        for match in pattern.finditer(text):
            words = [w for w in match.group(1).split() if plain_word(w) not in _NOT_TOWN]
            if words and len(words) == len(match.group(1).split()):
                town = " ".join(words)
                if not _STATE_NAME.fullmatch(town):
                    yield town


# "Dayton Municipal Court", "Northby Crown Court": a court named by its town (a county's court,
# "Travis County Court", names a county, no town).
_COURT_PLACE = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)?) (?:Local|District|Magistrates['’]?|Crown|"
    r"Superior|Municipal|Circuit|City|Justice|Sheriff|Provincial|Criminal|Youth|Juvenile) Court\b"
)
# "in San Antonio", "of Dayton": a town after "in", "near", "of" or "from", not followed by
# another capitalised word (that would be a longer name: "in Travis County Jail").
_IN_TOWN = re.compile(
    r"\b(?:in|near|of|from|outside) ([A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)?)\b(?! [A-Z])(?!['’])"
)
# Words that end a run of capitalised words that is no town (those of `_NOT_NAME` that
# do not open or close a town's name: "San Antonio", "Grand Rapids", "Fort Worth").
_NOT_TOWN = _NOT_NAME - _words(
    """
    san santa el los las new fort mount saint north south east west lake grand falls rapids
    springs creek harbor bay ridge grove junction crossing landing gardens pointe port hill
    heights hills beach island valley village city
    """
)
_STATE_NAME = re.compile(_STATE.replace(r"\.", r"\.?"))


# Above this many characters of text per person named, the text is read once for every
# name at a time instead of once per name: an archive page of megabytes names hundreds.
_ONE_PASS_CHARS = 200_000
# The maximal runs of word characters that are all [a-z]: the whole lower-case words.
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")
# A maximal run of word characters opening with a capital (surnames are written so; one
# that is not is looked for on its own).
_CAPITALISED_WORD = re.compile(r"(?<!\w)[A-Z]\w*")


class MentionFinder:
    """Where each surname stands in `text` as a whole word (`\\bword\\b`).

    For an article of ordinary size each surname is searched for in turn (a pattern that
    opens with a literal skips from one occurrence to the next). In a long text naming many
    people that would read the text once per person, so the text's capitalised words are
    indexed once and looked up instead: a word made of word characters only is a whole word
    exactly where a maximal run of word characters equals it. Both give the same positions."""

    def __init__(self, text: str, names: int) -> None:
        self._text = text
        self._index: dict[str, list[int]] | None = None
        if names > 2 and len(text) * names > _ONE_PASS_CHARS * 10:
            index: dict[str, list[int]] = {}
            for match in _CAPITALISED_WORD.finditer(text):
                index.setdefault(match.group(), []).append(match.start())
            self._index = index

    def starts(self, word: str) -> list[int]:
        if self._index is not None and _CAPITALISED_WORD.fullmatch(word):
            return self._index.get(word, [])
        return [m.start() for m in _whole_word(word).finditer(self._text)]


def places_named(text: str) -> set[str]:
    """The places ("Baton Rouge", of "Baton Rouge, La.") that `text` names with a state."""
    if not _STATE_AFTER_COMMA.search(text):
        return set()
    return {m.group(1) for m in _PLACE.finditer(text)}


def without_bylines(text: str) -> str:
    """`text` with each byline replaced by a space."""
    at_start = _BYLINE_AT_START.match(text)
    if at_start is None:
        return _BYLINE_AFTER_BREAK.sub(" ", text)
    return " " + _BYLINE_AFTER_BREAK.sub(" ", text[at_start.end() :])


@lru_cache(maxsize=4096)  # a few words per article, many of them repeated across articles
def _whole_word(word: str) -> re.Pattern[str]:
    """The pattern of `word` as a whole word (not inside a longer one): `\\bword\\b`, written
    with the word first and the `\\b` before it checked from behind, because a pattern that
    opens with a literal lets the regex engine jump from one occurrence to the next instead
    of trying every position of the text."""
    literal = re.escape(word)
    return re.compile(rf"{literal}(?<=\b{literal})\b")


def text_names(text: str) -> Iterable[tuple[str, bool]]:
    """Person-like names in running text, and whether a title marks the person as an official.

    A run of capitalised words is cut at titles and at words that are no part of a name
    ("Austin Police Department Interim Chief Robin Henderson" -> "Robin Henderson", an
    official); a word that also appears in lower case in the text is a common word.
    """
    lower_words = _LowerCaseWords(text)
    for run in _RUN.finditer(text):
        run_text = run.group()
        segment: list[str] = []
        official = False
        for word in run_text.split():
            bare = plain_word(word)
            if bare in _TITLES or bare in _NOT_NAME:
                if len(segment) > 1:
                    yield from _name_of(segment, official, lower_words)
                segment, official = [], bare in _OFFICIAL_TITLES
                continue
            segment.append(word)
            if word.endswith(".") and len(bare) > 1:  # the end of a sentence, or a suffix
                yield from _name_of(segment, official, lower_words)
                segment, official = [], False
        if len(segment) > 1:
            yield from _name_of(segment, official, lower_words)


class _LowerCaseWords:
    """The words that `text` holds in lower case, as whole words (`\\b[a-z]+\\b`), for `in`.

    Only the first and last words of the few runs that may be names are ever asked about,
    so each is looked up in the text when first asked, rather than every word of the text
    collected up front (which cost more than all the rest of `_text_names`)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None
        if len(text) > _ONE_PASS_CHARS:
            # A long text: asking each word in turn would read it once per name. A maximal
            # run of word characters that is all [a-z] is exactly a whole word found below.
            self._all = set(_LOWER_WORDS.findall(text))

    def __contains__(self, word: str) -> bool:  # `word` is [a-z]* (see `_plain`)
        if self._all is not None:
            return word in self._all
        known = self._known.get(word)
        if known is None:
            text = self._text
            known = bool(word) and word in text and _whole_word(word).search(text) is not None
            self._known[word] = known
        return known


def _name_of(
    words: list[str], official: bool, lower_words: _LowerCaseWords
) -> Iterable[tuple[str, bool]]:
    words = list(words)
    while len(words) > 2 and plain_word(words[0]) in lower_words:
        words.pop(0)
    core = [w for w in words if plain_word(w) not in SUFFIXES]
    if not 2 <= len(core) <= 4 or len(plain_word(core[0])) < 2:
        return
    if plain_word(core[0]) in lower_words and plain_word(core[-1]) in lower_words:
        return
    yield (
        " ".join(words).rstrip(".") + ("." if plain_word(words[-1]) in {"jr", "sr"} else ""),
        official,
    )


@lru_cache(maxsize=8192)  # called for every capitalised word of every article; words repeat
def plain_word(word: str) -> str:
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_word.lower())


def surname_as_written(name: str) -> str:
    words = [
        w
        for w in name.replace(",", " ").split()
        if plain_word(w) not in {"jr", "sr", "ii", "iii", "iv"}
    ]
    return words[-1].rstrip(".") if words else name
