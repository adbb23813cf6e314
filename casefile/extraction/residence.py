"""The home town a report gives a suspect: "Bo Tran, 31, of Dayton", "who lives in Elgin",
"Bo Tran, a 30-year-old Dayton man", "Bo Tran and Ann Lee, both of Dayton", the town after a
street ("of Orchard Close, Brackley"), a blotter's town after the age ("Bo Tran, 31, Dayton,
was arrested"); never a street ("of Ash Street") or a state, nor a word
that describes him ("a Black man")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from casefile.extraction.ages import ALIAS
from casefile.extraction.patterns import compile_scan, prefix_match

if TYPE_CHECKING:
    from casefile.extraction.context import Article
    from casefile.extraction.people import Person

# A town's name, with a saint's or a fort's abbreviation in it: "St. Paul", "East St. Louis".
_ABBREVIATED = r"(?:(?:St|Ste|Mt|Ft)\.\s+)?"
# A word of a town's name, with a capital inside it too: "McAllen", "DeKalb", "O'Fallon".
_TOWN_WORD = r"(?:[A-Z][a-z]{0,2}['’]?)?[A-Z][a-z]+"
# (up to three words: "New Port Richey", "Winston-Salem")
_PLACE = _ABBREVIATED + _TOWN_WORD + r"(?:[ -]" + _ABBREVIATED + _TOWN_WORD + r"){0,2}"
# "Bo Tran, 31, of Dayton", "Bo Tran (31), from Elgin", "of rural Elgin", "of the 400 block of
# Main Street in Elgin" (the town after the street where he lives).
_RESIDENCE = re.compile(
    # (an alias may stand before the age: "Bo Tran, also known as "Red," 19, of Dayton")
    r"\A(?:" + ALIAS + r"(?=,?\s*\d))?"
    r"(?:(?:,|(?<=[\"”]))\s*(?:aged?\s+)?\d{1,3}|\s+\(\d{1,3}\))?,?\s+(?:of|from)\s+"
    r"(?:the\s+\d+\s+block\s+of\s+(?:[\w.'’-]+\s+){1,4}?in\s+|rural\s+)?"
    rf"(?P<place>{_PLACE})\b"
)
# "Bo Tran, 31, Dayton, was arrested": a blotter's town after the age, without "of", with
# its state or not, before the verb or the list's next item ("Bo Tran, 31, Dayton; Ann Lee",
# "Bo Tran, 31, Dayton, Ohio, and Ann Lee, 29", "... and Ann Lee, 29, Elgin.").
_BLOTTER_TOWN = re.compile(
    r"\A,\s*\d{1,3},\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?:,\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z][a-z]{0,3}\.(?:[A-Z]\.)?))?"
    r"(?:,\s+(?:was|is|has\s+been|were|faces|arrested|charged|cited|booked)\b|\s*;|"
    r",\s+(?:and\s+)?[A-Z]|\.?\s*\Z)"
)
_FROM = compile_scan(
    r"\bwho (?:is from|lives in|lived in|resides in) (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# "Bo Tran, a 30-year-old Dayton man,": the home town in the appositive, set apart by commas,
# dashes or brackets alike ("Bo Tran — a Dayton man — fled", "Bo Tran (a Dayton man)").
_HOME_APPOSITIVE = re.compile(
    r"\A(?:,|\s*[—–]|\s+-|\s*\()\s*(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+"
    r"(?:man|woman|teen|teenager|youth|resident|native)\b"
)
# Capitalised words before "man" that describe a person, not the place he lives.
NOT_PLACES = frozenset(
    ["Black", "White", "Hispanic", "Latino", "Latina", "Asian", "Native", "American", "Army",
     "Navy", "Marine", "Air", "Police", "Former", "Local", "Unnamed", "Second", "Third"]
)  # fmt: skip
# A state says where, but not the town, that the residence field records.
STATES = frozenset(
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
     "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
     "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
     "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
     "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
     "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
     "Wisconsin", "Wyoming"]
)  # fmt: skip


# "Bo Tran, 61, of Ash Street": the street he lives on, not the town the field records.
_STREET = re.compile(
    r"\b(?:Street|Avenue|Road|Lane|Drive|Boulevard|Court|Way|Place|Terrace|Circle|Highway|"
    r"Parkway|Trail|Alley|Row|Close|Crescent|Mews|Gardens|Square|Grove|Walk|Parade|Esplanade)\Z"
)
# The words that end the name of a housing estate as well as a town's ("Ashgrove Park",
# "Oak Park"): a street only where a town follows it.
_ESTATE = re.compile(r"\b(?:Park|Heights|View|Rise|Green|Lawns|Manor|Meadows|Hill|Estate)\Z")
# "Gareth Lowe, 34, of Orchard Close, Brackley,": the town after the street, as British and
# Irish reports give an address.
_TOWN_AFTER_STREET = re.compile(r",\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b(?![ -][A-Z])")


# "Bo Tran, 30, and Ann Lee, both of Dayton,", "Bo Tran and Ann Lee, both 24 and from Dayton".
_BOTH_HOME = re.compile(
    # (a nickname in quotes inside the second name: "and Marquis "Boo" Lafleur, 21, both of")
    r"\A(?:,\s*(?:aged?\s+)?\d{1,3})?(?:,?\s+and\s+[A-Z][\w'’-]+"
    r"(?:\s+(?:[A-Z][\w'’.-]+|[\"“][^\"”]{1,20}[\"”])){0,4}"
    r"(?:,\s*(?:aged?\s+)?\d{1,3})?)?"
    r",\s+both\s+(?:\d{1,3},?\s+(?:and\s+)?)?(?:of|from)\s+"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)


def residence(article: Article, person: Person) -> str | None:
    for index, _, end in person.mentions:
        text = article.sentences[index].text
        match = (
            prefix_match(_RESIDENCE, text[end:])
            or _FROM.search(text, end, end + 40)
            or _BLOTTER_TOWN.match(text[end:])
        )
        if match and _STREET.search(match.group("place")):
            town = _TOWN_AFTER_STREET.match(text, end + match.end())
            return town.group("place") if town and town.group("place") not in STATES else None
        if match and _ESTATE.search(match.group("place")):
            # "of Ashgrove Park, Dunmere,": a housing estate, then the town; "of Oak Park,
            # Illinois" or "of Oak Park, Ill." is the town itself.
            town = _TOWN_AFTER_STREET.match(text, end + match.end())
            if (
                town
                and town.group("place") not in STATES
                and not text.startswith(".", end + match.end() + town.end() - town.start())
            ):
                return town.group("place")
        if match and not (match.re is _BLOTTER_TOWN and match.group("place") in STATES):
            return match.group("place")
        both = prefix_match(_BOTH_HOME, text[end:]) if "both" in text[end : end + 80] else None
        if both and not _STREET.search(both.group("place")):
            return both.group("place")
        home = prefix_match(_HOME_APPOSITIVE, text[end:])
        if home and home.group("place") not in NOT_PLACES and home.group("place") not in STATES:
            return home.group("place")
    return None
