"""Which articles report the same case: an article's profile, and when two profiles link.

A profile is what grouping needs to know of one article: when it was published, its
dateline place, and the people it names, each with the roles the extracted facts give them
(suspect, victim, victim of a linked homicide) or that the text shows (an official quoted,
a name repeated). Names are read from the facts *and* from the text itself, so grouping
holds up when extraction misses a name.

Two articles link when they name the same person in a way that marks the person as
central to both, and the rest of the two stories does not tell two people apart: a name
many people share ("James Smith") needs more than the name (near in time, another person
in common, the same town, charge or age); see `link_reason`. The decision looks at the two profiles only, never at
what else is stored, so the cases (the connected groups of linked articles) do not depend
on the order articles arrive in. docs/grouping.md gives the rule in full.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Any

from casefile.application.common_names import commonness
from casefile.application.incidents import Incident, incident_reason, read_incident
from casefile.application.name_variants import sound_key, written_variants
from casefile.application.speakers import StorySpeakers
from casefile.domain.facts import Evidence, Fact
from casefile.domain.people import SUFFIXES, PersonName, formal_given, parse_name, same_person

SUSPECT, VICTIM, LINKED_VICTIM, OFFICIAL, NAMED = (
    "suspect",
    "victim",
    "linked victim",
    "official quoted",
    "named",
)
# A first report often names nobody ("a man was arrested after a shooting in Austin"): it
# may join a report from the same place published this close to it, when the incident the
# two tell is the same (`incidents.incident_reason`).
UNNAMED_REPORT_DAYS = 3
# Reports of one case cluster in its first weeks (arrest, charges, bond, arraignment); two
# reports this close that name the same person are one case unless the stories disagree.
NEAR_DAYS = 30
# What a shared name and the rest of two stories weigh (see `link_reason`): a link needs
# `LINK_WEIGHT`. A rare name carries a link by itself unless the stories disagree twice
# (town and age); a common surname with a rarer given name needs one thing more to agree
# (the same town, charge, age...); a common full name (or a surname alone) needs the
# reports to be near in time, or two things more.
NAME_WEIGHTS = {0: 3, 1: 1, 2: 0}  # by `common_names.commonness`
SURNAME_ALONE = 0
NEAR, SECOND_PERSON, NAMED_IN_BOTH = 2, 2, 1
SAME_PLACE, SAME_CHARGE, SAME_AGE, RECALLS_YEAR = 1, 1, 1, 1
OTHER_PLACE, OTHER_AGE = -1, -1
TWO_PARTICULARS = 2  # that outweigh another town (see `_weigh`)
LINK_WEIGHT = 2
# Stated ages of one person within this many years of each other (after the time between
# the reports) agree: outlets round, and a birthday may fall in between.
AGE_SLACK = 1.5
# "\b" is written as a look-behind after each alternative's first digit ("1(?<!\w1)" is a "1"
# with no word character before it): a pattern that opens with a character lets the regex
# engine skip ahead to the next "1" or "2" instead of trying the pattern at every position.
_YEAR = re.compile(r"(?:1(?<!\w1)9[5-9]\d|2(?<!\w2)0\d\d)\b")

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
_AFTER_NAME_WORD = re.compile(rf"(?:[{_UP}][{_LOW}'’-]*|[A-Z]\.)[ \t]+$")


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


@dataclass
class NamedPerson:
    """A person an article names: the fullest form, the roles it gives them, how often the
    surname appears, and how often alone ("Pell said"): a person the story is about is
    named again by surname, a place ("Baton Rouge") never is."""

    name: str
    roles: set[str] = field(default_factory=set)
    mentions: int = 0
    alone: int = 0
    ages: set[int] = field(default_factory=set)  # as the facts state them

    @cached_property
    def parsed(self) -> PersonName:
        # Cached: grouping compares every pair of people of two profiles. `_add` drops the
        # cache when it changes the name.
        parsed = _parse_name(self.name)
        assert parsed is not None
        return parsed

    @property
    def only_linked(self) -> bool:
        """The victim of another homicide a suspect is linked to, and nothing more here."""
        return LINKED_VICTIM in self.roles and not self.roles & {SUSPECT, VICTIM}

    @property
    def central(self) -> bool:
        """Suspect, victim, or a full name whose surname the article repeats, alone at least
        once (not an official)."""
        if self.roles & {SUSPECT, VICTIM}:
            return True
        repeated = self.mentions >= 2 and self.alone >= 1
        return repeated and not self.roles & {OFFICIAL, LINKED_VICTIM}


@dataclass
class Profile:
    """What grouping knows of one article."""

    article_id: str
    published: date
    place: str | None
    people: list[NamedPerson]
    residence: str | None = None  # the first suspect's, as the facts state it
    charges: frozenset[str] = frozenset()  # as the facts word them
    recalls: frozenset[int] = frozenset()  # earlier years the text names ("the 2019 killing")
    incident: Incident | None = None  # what happened, where and when (`incidents`)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "article_id": self.article_id,
            "published": self.published.isoformat(),
            "place": self.place,
            "residence": self.residence,
            "people": [
                {
                    "name": p.name,
                    "roles": sorted(p.roles),
                    "mentions": p.mentions,
                    "alone": p.alone,
                    **({"ages": sorted(p.ages)} if p.ages else {}),
                }
                for p in self.people
            ],
        }
        # Left out when empty: profiles stored before these were kept read the same.
        if self.charges:
            data["charges"] = sorted(self.charges)
        if self.recalls:
            data["recalls"] = sorted(self.recalls)
        if self.incident is not None:
            data["incident"] = self.incident.as_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            article_id=data["article_id"],
            published=date.fromisoformat(data["published"]),
            place=data["place"],
            residence=data.get("residence"),
            people=[
                NamedPerson(
                    p["name"],
                    set(p["roles"]),
                    p["mentions"],
                    p.get("alone", 0),
                    set(p.get("ages", ())),
                )
                for p in data["people"]
            ],
            charges=frozenset(data.get("charges", ())),
            recalls=frozenset(data.get("recalls", ())),
            incident=Incident.from_dict(data["incident"]) if data.get("incident") else None,
        )

    @property
    def names_anyone_central(self) -> bool:
        return any(p.central for p in self.people)

    @property
    def surnames(self) -> set[str]:
        return {p.parsed.surname for p in self.people}

    @property
    def index_keys(self) -> set[str]:
        """What the article is stored under: each full name by surname and the initial of
        its formal given name (`name:smith:j`), each surname given alone by the surname,
        and its place on its day.

        Keys narrow the look-up so it does not grow with the archive: a common surname
        ("Smith") is named in thousands of stored articles, a surname with one initial in
        a twenty-sixth of them; and a place ties two articles only within
        `UNNAMED_REPORT_DAYS`, so its key carries the day.
        """
        place = {_place_key(self.place, self.published)} if self.place else set()
        incident = self.incident.keys() if self.incident else set()
        return {_name_key(p.parsed) for p in self.people} | place | incident | self._sound_keys

    @property
    def lookup_keys(self) -> set[str]:
        """What finds the stored articles this one may link to: its names' keys, the bare
        surnames (surnames named alone, and every name in stores written before names
        carried an initial), every initial of a surname a suspect or victim is named by
        alone ("Pell is charged"), and its place on each day within `UNNAMED_REPORT_DAYS`
        (plus the undated place key of stores written before the keys carried the day)."""
        keys = {_name_key(p.parsed) for p in self.people} | self.surnames | self._sound_keys
        for person in self.people:
            if not person.parsed.is_full and person.roles & {SUSPECT, VICTIM}:
                keys |= {f"name:{person.parsed.surname}:{c}" for c in _INITIALS}
        if self.incident is not None:
            keys |= self.incident.keys(spread=1)
        if not self.place:
            return keys
        days = range(-UNNAMED_REPORT_DAYS, UNNAMED_REPORT_DAYS + 1)
        dated = {_place_key(self.place, self.published + timedelta(days=d)) for d in days}
        return keys | dated | {f"place:{self.place.lower()}"}

    @property
    def _sound_keys(self) -> set[str]:
        """Suspects and victims by the sound of the surname (`name_variants.sound_key`)."""
        keys = (sound_key(p.parsed) for p in self.people if p.roles & {SUSPECT, VICTIM})
        return {key for key in keys if key}

    def main_person(self) -> NamedPerson | None:
        """The person a new case is named after: the first suspect, else the first victim,
        else the most repeated central name."""
        for role in (SUSPECT, VICTIM):
            named = [p for p in self.people if role in p.roles and p.parsed.is_full]
            named = named or [p for p in self.people if role in p.roles]
            if named:
                return named[0]
        central = [p for p in self.people if p.central]
        return max(central, key=lambda p: p.mentions) if central else None


def _place_key(place: str, day: date) -> str:
    return f"place:{place.lower()}@{day.isoformat()}"


_INITIALS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _name_key(name: PersonName) -> str:
    """A full name's key: surname and the first letter of the formal given name ("Mike"
    and "Michael" and "M." share `m`); a surname alone is its own key."""
    if not name.is_full:
        return name.surname
    assert name.given is not None
    return f"name:{name.surname}:{formal_given(name.given)[0]}"


def name_keys(name: PersonName) -> set[str]:
    """The keys under which stored articles naming this full name (or a surname alone that
    may be it) are found."""
    if name.is_full:
        return {_name_key(name), name.surname}
    return {name.surname} | {f"name:{name.surname}:{c}" for c in _INITIALS}


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
        words = [w for w in match.group(1).split() if _plain(w) not in _NOT_NAME]
        if words and len(words) == len(match.group(1).split()):
            return " ".join(words)
    return None


def dateline_place(text: str) -> str | None:
    """The place of the dateline ("RALEIGH, N.C. —", "HOUSTON (AP) -"), if the story has one."""
    match = _DATELINE.search(text[:1500])
    return match.group(1).strip().title() if match else None


def build_profile(article_id: str, text: str, published: date, facts: Sequence[Fact]) -> Profile:
    """The profile of an article from its text and its extracted facts."""
    people: list[NamedPerson] = _People()
    for name, role, age in _fact_names(facts):
        _add(people, name, role, age)
    scannable = _without_bylines(text)
    places = _places_named(scannable)
    # Whether a name only speaks for the story, read once per name: the text names most
    # people many times, and each reading scans the whole text.
    names = list(_text_names(scannable))
    speaks = StorySpeakers(scannable, (name for name, official in names if not official))
    for name, official in names:
        # "Baton Rouge, La." is a place wherever the text names it.
        if not any(place == name or place.endswith(f" {name}") for place in places):
            if not official:
                official = speaks(name)
            _add(people, name, OFFICIAL if official else NAMED)
    mentions = _MentionFinder(text, len(people))
    for person in people:
        starts = mentions.starts(_surname_as_written(person.name))
        person.mentions = len(starts)
        person.alone = sum(not _AFTER_NAME_WORD.search(text[max(0, at - 30) : at]) for at in starts)
    residence = next(
        (
            f.fields["residence"]
            for f in facts
            if f.kind == "SuspectIdentified" and f.fields.get("residence")
        ),
        None,
    )
    charges = frozenset(
        f.fields["charge"].lower()
        for f in facts
        if f.kind == "ChargeFiled" and f.fields.get("charge")
    )
    recalls = frozenset(y for y in map(int, _YEAR.findall(scannable)) if y < published.year)
    place = story_place(text)
    incident = read_incident(scannable, published, facts, [place, *_towns(scannable), *places])
    return Profile(article_id, published, place, people, residence, charges, recalls, incident)


def _towns(text: str) -> Iterable[str]:
    """The towns whose police or sheriff the text names ("Austin Police Department"), and
    those it says something happened in or someone is from ("in San Antonio", "of Dayton"),
    but no state ("in Texas")."""
    for pattern in (_POLICE_PLACE, _IN_TOWN):
        for match in pattern.finditer(text):
            words = [w for w in match.group(1).split() if _plain(w) not in _NOT_TOWN]
            if words and len(words) == len(match.group(1).split()):
                town = " ".join(words)
                if not _STATE_NAME.fullmatch(town):
                    yield town


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


class _MentionFinder:
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


def _places_named(text: str) -> set[str]:
    """The places ("Baton Rouge", of "Baton Rouge, La.") that `text` names with a state."""
    if not _STATE_AFTER_COMMA.search(text):
        return set()
    return {m.group(1) for m in _PLACE.finditer(text)}


def _without_bylines(text: str) -> str:
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


def _fact_names(facts: Sequence[Fact]) -> Iterable[tuple[str, str, int | None]]:
    links = [f.evidence for f in facts if f.kind == "LinkedToHomicide"]
    for fact in facts:
        age = fact.fields.get("age")
        age = age if isinstance(age, int) else None
        if fact.kind == "VictimReported":
            if fact.fields.get("name"):
                # A victim named in the very sentence that links a suspect to a homicide is
                # that homicide's victim, even when the link does not name them.
                linked = any(_overlap(fact.evidence, link) for link in links)
                yield fact.fields["name"], LINKED_VICTIM if linked else VICTIM, age
        elif fact.kind == "SuspectIdentified":
            if fact.fields.get("name"):
                yield fact.fields["name"], SUSPECT, age
        else:
            if fact.fields.get("person"):
                yield fact.fields["person"], SUSPECT, None
            if fact.kind == "LinkedToHomicide" and fact.fields.get("victim"):
                yield fact.fields["victim"], LINKED_VICTIM, None


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.start < b.end and b.start < a.end


def _text_names(text: str) -> Iterable[tuple[str, bool]]:
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
            bare = _plain(word)
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
    while len(words) > 2 and _plain(words[0]) in lower_words:
        words.pop(0)
    core = [w for w in words if _plain(w) not in SUFFIXES]
    if not 2 <= len(core) <= 4 or len(_plain(core[0])) < 2:
        return
    if _plain(core[0]) in lower_words and _plain(core[-1]) in lower_words:
        return
    yield " ".join(words).rstrip(".") + ("." if _plain(words[-1]) in {"jr", "sr"} else ""), official


@lru_cache(maxsize=8192)  # called for every capitalised word of every article; words repeat
def _plain(word: str) -> str:
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_word.lower())


def _surname_as_written(name: str) -> str:
    words = [
        w
        for w in name.replace(",", " ").split()
        if _plain(w) not in {"jr", "sr", "ii", "iii", "iv"}
    ]
    return words[-1].rstrip(".") if words else name


# A `PersonName` is immutable, and `_add` parses every name the facts and the text give,
# most of them several times over (each fact names its suspect).
_parse_name = lru_cache(maxsize=8192)(parse_name)


class _People(list):  # type: ignore[type-arg]
    """The people of a profile, with those of each surname in order beside them: only they
    can be the same person (`same_person`), so a text naming hundreds of people compares each
    name with those of its surname only."""

    def __init__(self) -> None:
        super().__init__()
        self.by_surname: dict[str, list[NamedPerson]] = {}


def _add(people: list[NamedPerson], name: str, role: str, age: int | None = None) -> None:
    parsed = _parse_name(name)
    if parsed is None:
        return
    index = people.by_surname if isinstance(people, _People) else None
    candidates = people if index is None else index.get(parsed.surname, [])
    for person in candidates:
        if same_person(parsed, person.parsed) and (parsed.is_full or role != NAMED):
            if age is not None:
                person.ages.add(age)
            # Facts outrank the text: a suspect the text also names stays a suspect.
            if role not in (OFFICIAL, NAMED) or not person.roles & {SUSPECT, VICTIM, LINKED_VICTIM}:
                person.roles.add(role)
            if len(name) > len(person.name) and parsed.is_full:
                person.name = name
                person.__dict__.pop("parsed", None)
            return
    person = NamedPerson(name, {role}, ages={age} if age is not None else set())
    people.append(person)
    if index is not None:
        index.setdefault(parsed.surname, []).append(person)


def link_reason(a: Profile, b: Profile) -> str | None:
    """Why two articles report the same case, or None if nothing ties them.

    They do when a person is central to one (a suspect or victim by the facts, or a full
    name repeated in the text, alone at least once) and named in the other, and the rest of
    the two stories weighs for one case (`_weigh`): a rare name ties them unless the
    stories disagree on both town and age; a name many people share ("James Smith") ties
    them only when something else agrees (published within `NEAR_DAYS`, another person
    named in both, the same town, charge or age, a later report recalling the earlier
    one's year). Who was quoted never ties two articles: an official, a spokesperson, a
    lawyer or a judge speaks for many cases. The victim of a *linked* homicide never ties
    two articles either: that is a related case. Two reports that no person ties are one
    case when they tell the same incident (`incidents.incident_reason`: the same kind of
    crime, town and day, and particulars that agree), unless they name different suspects
    or different victims.
    """
    for pa in a.people:
        for pb in b.people:
            if not _same_named(pa, pb):
                continue
            if pa.only_linked or pb.only_linked:
                continue
            if pa.central or pb.central:
                weight, agreeing = _weigh(a, b, pa, pb)
                if weight < LINK_WEIGHT:
                    continue
                named = pa if pa.central else pb
                because = f": {', '.join(agreeing)}" if agreeing else ""
                return f"both name {named.name} ({_role_word(named)}{because})"
    if a.incident is None or b.incident is None or _tell_apart(a, b):
        return None
    return incident_reason(a.incident, b.incident)


def _tell_apart(a: Profile, b: Profile) -> bool:
    """Whether both reports name a suspect (or both a victim) in full, and none is the same
    person: two incidents, however alike."""
    for role in (SUSPECT, VICTIM):
        named_a = [p.parsed for p in a.people if role in p.roles and p.parsed.is_full]
        named_b = [p.parsed for p in b.people if role in p.roles and p.parsed.is_full]
        if named_a and named_b and not any(same_person(x, y) for x in named_a for y in named_b):
            return True
    return False


def _weigh(a: Profile, b: Profile, pa: NamedPerson, pb: NamedPerson) -> tuple[int, list[str]]:
    """How much the rest of two stories says they are one case, given that both name the
    person `pa` / `pb`: the weight, and what agrees (named in the reason).

    Read as a reporter reads two clippings with one name: the name itself (a rare name is
    nearly proof, "James Smith" is not), then what a later report of the same case repeats
    (the victim or a co-defendant, the town, the charge, the age, "the 2019 killing"), and
    what two different people would not share. Places and ages count against only when
    both reports state them, and only one point each: outlets disagree on ages and name
    the county for the town, so one disagreement never outweighs the rest.
    """
    if pa.parsed.is_full and pb.parsed.is_full:
        weight = NAME_WEIGHTS[commonness(pa.parsed, pb.parsed)]
    else:
        weight = SURNAME_ALONE
    agreeing: list[str] = []
    if not same_person(pa.parsed, pb.parsed) and not _misspelt_given(pa.parsed, pb.parsed):
        # Written differently ("Josh Brent" / "Joshua Price-Brent"): weighed as a name
        # many people share, so something else must agree too.
        weight = min(weight, NAME_WEIGHTS[1])
        agreeing.append(f"also written {pb.name}")
    days = abs((a.published - b.published).days)
    if days <= NEAR_DAYS:
        weight += NEAR
        agreeing.append(f"within {NEAR_DAYS} days")
    other, strength = _other_shared(a, b, pa, pb)
    if other:
        weight += strength
        agreeing.append(f"also {other}")
    places_a, places_b = _places(a), _places(b)
    towns_a, towns_b = places_a | _towns_of(a), places_b | _towns_of(b)
    shared = (places_a & towns_b) | (places_b & towns_a)
    if shared:
        weight += SAME_PLACE
        agreeing.append(f"both in {min(shared).title()}")
    other_town = not shared and places_a and places_b and not towns_a & towns_b
    specific = bool(other)
    if a.charges & b.charges:
        weight += SAME_CHARGE
        agreeing.append(f"both charge {min(a.charges & b.charges)}")
        specific += 1
    ages = _ages_agree(a, b, pa, pb)
    if ages is not None:
        weight += SAME_AGE if ages else OTHER_AGE
        if ages:
            agreeing.append("ages agree")
            specific += 1
    earlier, later = sorted((a, b), key=lambda p: p.published)
    if earlier.published.year in later.recalls:
        weight += RECALLS_YEAR
        agreeing.append(f"recalls {earlier.published.year}")
        specific += 1
    # Where a report is filed from (the court's town, a wire desk, the suspect's home town)
    # often differs over a case's life: another town counts against only when fewer than
    # two particulars of the case (the victim or a co-defendant, the charge, the age, the
    # year recalled) agree.
    if other_town and specific < TWO_PARTICULARS:
        weight += OTHER_PLACE
    return weight, agreeing


def _other_shared(
    a: Profile, b: Profile, pa: NamedPerson, pb: NamedPerson
) -> tuple[str | None, int]:
    """Another person both stories name in full, and what that weighs: `SECOND_PERSON` for
    a suspect or victim (of this case or a linked homicide) or a person central to either,
    `NAMED_IN_BOTH` for someone both merely name. Officials quoted do not count: a police
    chief speaks for every case of a town."""
    found: tuple[str | None, int] = (None, 0)
    for qa in a.people:
        if qa is pa or same_person(qa.parsed, pa.parsed) or not qa.parsed.is_full:
            continue
        for qb in b.people:
            if qb is pb or not qb.parsed.is_full or not same_person(qa.parsed, qb.parsed):
                continue
            if OFFICIAL in qa.roles | qb.roles:
                continue
            roles = (qa.roles | qb.roles) & {SUSPECT, VICTIM, LINKED_VICTIM}
            if roles or qa.central or qb.central:
                return qa.name, SECOND_PERSON
            if found[0] is None:
                found = (qa.name, NAMED_IN_BOTH)
    return found


def _towns_of(profile: Profile) -> frozenset[str]:
    """Every town the report names (`incidents.Incident.towns`)."""
    return profile.incident.towns if profile.incident else frozenset()


def _places(profile: Profile) -> set[str]:
    return {p.lower() for p in (profile.place, profile.residence) if p}


def _ages_agree(a: Profile, b: Profile, pa: NamedPerson, pb: NamedPerson) -> bool | None:
    """Whether the ages the two reports state for the person fit the time between them
    (None when one states none). A later report may give the age now or the age at the
    time of the crime ("who was 19 at the time"), so any age from the earlier one's to
    the earlier one's plus the years between fits, give or take `AGE_SLACK`."""
    if not pa.ages or not pb.ages:
        return None
    years = (b.published - a.published).days / 365.25
    if years < 0:
        pa, pb, years = pb, pa, -years
    return any(-AGE_SLACK <= y - x <= years + AGE_SLACK for x in pa.ages for y in pb.ages)


def _same_named(pa: NamedPerson, pb: NamedPerson) -> bool:
    """Same person, and a full name on both sides, or a surname-only suspect/victim side
    matching the other side's central person. Two suspects (or victims) by the facts with
    one surname may differ by a letter in the given name ("Johnathan" / "Jonathan"), and
    may be written differently in other ways (`name_variants.written_variants`: "Josh" /
    "Joshua", "Hays" / "Hayes"), which `_weigh` weighs as a common name."""
    a, b = pa.parsed, pb.parsed
    shared_role = bool(pa.roles & pb.roles & {SUSPECT, VICTIM})
    if not same_person(a, b):
        return shared_role and (_misspelt_given(a, b) or written_variants(a, b))
    if a.is_full and b.is_full:
        return True
    return shared_role and pa.central and pb.central


def _misspelt_given(a: PersonName, b: PersonName) -> bool:
    if a.surname != b.surname or not (a.given and b.given) or min(len(a.given), len(b.given)) < 4:
        return False
    shorter, longer = sorted((a.given, b.given), key=len)
    if len(longer) - len(shorter) > 1:
        return False
    if len(shorter) == len(longer):
        return sum(x != y for x, y in zip(shorter, longer, strict=True)) == 1
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _role_word(person: NamedPerson) -> str:
    for role in (SUSPECT, VICTIM):
        if role in person.roles:
            return role
    return f"named {person.mentions} times"
