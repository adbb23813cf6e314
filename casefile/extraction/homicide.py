"""LinkedToHomicide: a suspect tied to homicides other than the charged one, or to the
article's killing before any homicide charge."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.mentions import NUMBER, NUMBER_KEYS, number_value
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import key_words

_KILLINGS = r"(?:murders|killings|homicides|slayings|shooting deaths|deaths)"
_COUNTED = compile_scan(
    rf"\b(?P<other>another|other)?\s*(?P<n>{NUMBER})\s+(?P<other2>other\s+|more\s+|additional\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_KILLINGS}\b"
    rf"|\b{_KILLINGS} of (?P<n2>{NUMBER})\s+(?P<other3>other\s+|more\s+)?(?:people|persons|victims)",
    re.I,
)
_LINK_VERB = compile_scan(
    r"\b(?:link\w*|connect\w*|tied|tying|ties|suspect\w*|interest|question\w*|charged|accused|"
    r"responsible|implicated)\b",
    re.I,
)
_POI = compile_scan(r"\bperson of (?:\w+ )?interest\b", re.I)
_HOMICIDE_WORD = compile_scan(
    r"\b(?:homicide|murder|killing|slaying|death|shooting|case)s?\b", re.I
)
_COUNTED_GATE = key_words("murders", "killings", "homicides", "slayings", "deaths")
_HOMICIDE_GATE = key_words("homicide", "murder", "killing", "slaying", "death", "shooting", "case")
_ANCHOR_LINK = compile_scan(
    r"\b(?:accused of (?:fatally|killing|murdering|the (?:fatal|deadly))|suspected (?:of|in) "
    r"(?:the )?(?:killing|murder|death|fatal)|in connection with [\w\s'’]{0,40}?"
    r"(?:death|killing|murder|fatal)|arrested in (?:the )?(?:fatal|deadly|killing|death|murder))",
    re.I,
)
_HOMICIDE_CHARGE = compile_scan(r"\b(?:murder|homicide|manslaughter)\b")
# What the link is to, as the report words it: "a person of interest in a recent homicide
# that happened on Elm Street" -> "a recent homicide that happened on Elm Street".
_LINKED_HOMICIDE = compile_scan(
    r"\b(?:interest|suspect|responsible|charged|questioning|connection)\W{0,2}\s+"
    r"(?:in|for|with)\s+(?P<what>(?:the|a|an|his|her|their)\s+[^,;.]{0,80}?"
    r"\b(?:homicides?|murders?|killings?|slayings?|deaths?|shooting deaths?)\b[^,;.]{0,60})",
    re.I,
)


def homicide_details(text: str) -> str | None:
    """The homicide a link sentence names, in the report's words, or None."""
    match = _LINKED_HOMICIDE.search(text)
    return " ".join(match.group("what").split()) if match else None


def _relation(text: str) -> str:
    if _POI.search(text) or re.search(r"\b(?:question|investigat)\w*\b", text, re.I):
        return "person of interest"
    if re.search(r"\bcharged\b", text, re.I):
        return "charged"
    if re.search(r"\bbelieved? (?:to be )?responsible\b", text, re.I):
        return "believed responsible"
    return "suspect"


def extract_homicide_links(
    article: Article, charges: list[Fact], killed_names: list[str]
) -> list[Fact]:
    counted: dict[int, tuple[int, Fact]] = {}
    poi: dict[int, Fact] = {}
    anchor: dict[int, Fact] = {}
    people: dict[int, Person | None] = {}
    for sentence in _HOMICIDE_GATE.among(article.sentences):
        text = sentence.text
        if not _HOMICIDE_WORD.search(text):
            continue
        counting = _COUNTED_GATE.opens(sentence) and NUMBER_KEYS.opens(sentence)
        counts = _COUNTED.finditer(text) if counting else ()
        for match in counts:
            if not _LINK_VERB.search(text):
                continue
            count = number_value(match.group("n") or match.group("n2") or "")
            if not count:
                continue
            person = article.cast.actor(sentence, match.start())
            if person is None:
                continue
            relation = _relation(text)
            other = match.group("other") or match.group("other2") or match.group("other3")
            # "charged in four murders" counts the article's own killing among the four.
            if not other and relation in ("charged", "suspect") and count > 1:
                count -= 1
            link = fact(
                "LinkedToHomicide",
                {"person": person_name(person), "relation": relation, "victim": None},
                article,
                sentence,
            )
            if count > counted.get(id(person), (0, link))[0]:
                counted[id(person)] = (count, link)
                people[id(person)] = person
        interest = _POI.search(text) if "interest" in sentence.lower else None
        if interest:
            person = article.cast.actor(sentence, interest.start())
            if person is not None and id(person) not in poi:
                people[id(person)] = person
                poi[id(person)] = fact(
                    "LinkedToHomicide",
                    {
                        "person": person_name(person),
                        "relation": "person of interest",
                        "victim": None,
                        "details": homicide_details(text),
                    },
                    article,
                    sentence,
                )
        anchor_match = _ANCHOR_LINK.search(text)
        if anchor_match:
            person = article.cast.actor(sentence, anchor_match.start())
            if person is not None and id(person) not in anchor:
                people[id(person)] = person
                victim = killed_names[0] if len(killed_names) == 1 else None
                anchor[id(person)] = fact(
                    "LinkedToHomicide",
                    {
                        "person": person_name(person),
                        "relation": "suspect",
                        "victim": victim,
                    },
                    article,
                    sentence,
                )
    charged_with_homicide = {
        c.fields["person"] for c in charges if _HOMICIDE_CHARGE.search(c.fields["charge"] or "")
    }
    links: list[Fact] = []
    for key, person in people.items():
        if key in counted:
            count, link = counted[key]
            links.extend([link] * count)
        elif key in poi:
            links.append(poi[key])
        elif key in anchor and person_name(person) not in charged_with_homicide:
            links.append(anchor[key])
    return links
