"""LinkedToHomicide: a suspect tied to homicides other than the charged one, or to the
article's killing before any homicide charge."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.mentions import NUMBER, NUMBER_KEYS, number_value
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, key_words

_KILLINGS = r"(?:murders|killings|homicides|slayings|shooting deaths|deaths|shootings)"
_COUNTED = compile_scan(
    rf"\b(?P<other>another|other)?\s*(?P<n>{NUMBER})\s+(?P<other2>other\s+|more\s+|additional\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_KILLINGS}\b"
    rf"|\b{_KILLINGS} of (?P<n2>{NUMBER})\s+(?P<other3>other\s+|more\s+)?"
    # "the deaths of two other women": people named by sex or age only beside "other".
    r"(?:people|persons|victims|(?:(?<=other )|(?<=more ))(?:women|men|girls|boys|teens|"
    r"teenagers|children))",
    re.I,
)
_LINK_VERB = compile_scan(
    r"\b(?:link\w*|connect\w*|tied|tying|ties|suspect\w*|interest|question\w*|charged|accused|"
    r"responsible|implicated)\b",
    re.I,
)
_POI = compile_scan(r"\bperson of (?:\w+ )?interest\b", re.I)
_HOMICIDE_WORD = compile_scan(
    r"\b(?:homicide|murder|killing|slaying|death|shooting|case|fatal|deadly|slain|killed|"
    r"murdered)s?\b",
    re.I,
)
_COUNTED_GATE = key_words("murders", "killings", "homicides", "slayings", "deaths", "shootings")
# Shootings are counted as killings only when a suspect is tied to them ("suspected in two
# shootings"); "charged in two shootings" tells of charges, not of killings.
_SHOOTINGS = re.compile(r"\bshootings\b", re.I)
_HOMICIDE_GATE = key_words(
    "homicide", "murder", "killing", "slaying", "death", "shooting", "case", "fatal", "deadly",
    "slain", "killed",
)  # fmt: skip
_HOMICIDE_NOUN = r"(?:killings?|murders?|deaths?|homicides?|slayings?|fatal\b|deadly\b)"
_ANCHOR_LINK = compile_scan(
    r"\b(?:accused of (?:fatally|killing|murdering|the (?:fatal|deadly))|"
    rf"accused in (?:[\w'’-]+ ){{0,3}}?{_HOMICIDE_NOUN}|"
    rf"(?:involvement|involved) in (?:[\w'’-]+ ){{0,4}}?{_HOMICIDE_NOUN}|suspected (?:of|in) "
    r"(?:[\w'’-]+ ){0,3}?(?:killing|murder|death|fatal|slaying|homicide)|in connection with [\w\s'’]{0,40}?"
    r"(?:death|killing|murder|fatal)|arrested in (?:the )?(?:fatal|deadly|killing|death|murder)|"
    rf"(?:arrested|detained|jailed|wanted|sought|questioned) (?:\w+ ){{0,5}}?(?:in|for) "
    rf"(?:the |a |an |his |her )?(?:[\w'’-]+ ){{0,3}}?{_HOMICIDE_NOUN}|"
    r"(?:arrested|held|detained|booked) (?:\w+ ){0,3}?on suspicion of (?:[\w-]+ ){0,5}?"
    r"(?:murder|homicide)|"
    # "the prime suspect in the killing of", "a suspect in her death".
    rf"(?:prime |main |primary |lead |key |only )?suspect "
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?"
    rf"in (?:[\w'’-]+ ){{0,4}}?{_HOMICIDE_NOUN}|"
    # "evidence connecting him to the killing", "may be connected to a 2019 murder".
    r"evidence (?:connecting|linking|tying|that (?:connects|links|ties))|"
    r"(?:may|might|could) (?:also )?(?:be|have been) (?:connected|linked|tied|involved)|"
    # "tied the gun found in his car to the fatal shooting".
    rf"(?:connected|linked|tied) (?:[\w'’-]+ ){{0,6}}?to (?:[\w'’-]+ ){{0,4}}?"
    rf"{_HOMICIDE_NOUN})",
    re.I,
)
_ANCHOR_GATE = key_words(
    "accused", "involv", "suspect", "connection", "arrested", "evidence", "connect", "link", "tied",
    "suspicion", "responsible", "charge", "believe", "wanted", "sought", "detained", "jailed",
    "questioned",
)  # fmt: skip
_RESPONSIBLE = compile_scan(
    rf"\bbelieved (?:to (?:be|have been) )?responsible for (?:[\w'’-]+ ){{0,4}}?{_HOMICIDE_NOUN}|"
    r"\b(?:police|investigators|detectives|authorities|prosecutors) (?:\w+ ){0,2}?believe "
    r"(?:\w+ ){1,3}?(?:killed|murdered|shot and killed|fatally shot)\b|"
    r"\bbelieved to have (?:fatally )?(?:killed|murdered|shot and killed|stabbed to death)\b",
    re.I,
)
# A further homicide charge: "was also charged in the killing of", "separately charged with
# murder".
_ALSO_CHARGED = compile_scan(
    r"\b(?:also|additionally|separately|already) (?:been |being )?charged (?:with (?:[\w-]+ ){0,3}?"
    rf"(?:murder|homicide|manslaughter)|in (?:[\w'’-]+ ){{0,4}}?{_HOMICIDE_NOUN})",
    re.I,
)
# A charge still to come: "is expected to be charged with murder", "plans to charge her".
_EXPECTED = compile_scan(
    r"\b(?:expected|likely|set|going) to (?:be (?:formally )?charged|face (?:[\w-]+ ){0,2}?charges?)|"
    r"\bwill (?:likely |also |soon )?(?:be (?:formally )?charged|face (?:[\w-]+ ){0,2}?charges?)|"
    r"\b(?:plan|plans|planned|intends?|intended) to (?:charge|file)\b",
    re.I,
)
_HOMICIDE_TERM = compile_scan(r"\b(?:murder|homicide|manslaughter|killing|death)", re.I)
# A link to a homicide besides the charged one.
_ANOTHER = compile_scan(
    r"\b(?:another|other|separate|additional|earlier|unrelated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killings?|murders?|homicides?|slayings?|deaths?|shootings?|cases?|victims?)\b|"
    # "is also suspected in the 2021 killing of": a killing besides the charged one.
    r"\balso (?:be |been |being )?(?:a |the )?(?:suspect(?:ed)?|linked|tied|connected)\b",
    re.I,
)
_NAMES_A_KILLING = compile_scan(
    r"\b(?:killing|murder|death|homicide|slaying|shooting|stabbing|killed|slain)\b", re.I
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
    # Per person: links to the case's own killing, and links to other killings.
    anchor: dict[int, tuple[list[Fact], list[Fact]]] = {}
    charged_here: set[int] = set()
    people: dict[int, Person | None] = {}
    for sentence in _HOMICIDE_GATE.among(article.sentences):
        text = sentence.text
        if not first_in(_HOMICIDE_WORD, text):
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
            if _SHOOTINGS.search(match.group(0)) and relation != "suspect":
                continue
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
        if _ANCHOR_GATE.opens(sentence):
            for relation, match in _statements(sentence):
                person = article.cast.actor(sentence, match.start())
                if person is None or _one_of(person, killed_names):
                    continue
                if _the_killed(article, sentence, person, match.start()):
                    continue  # "the suspect in the killing of Ann Lee": not Ann Lee
                people[id(person)] = person
                entry = anchor.setdefault(id(person), ([], []))
                other = relation == "charged" or _ANOTHER.search(text)
                if other and relation != "expected to be charged":
                    if all(f.evidence.start != sentence.start for f in entry[1]):
                        # Another killing's victim is one the sentence names, never the
                        # case's own by default.
                        named = [n for n in killed_names if n and n.split()[-1] in text]
                        victim = named[0] if named else None
                        entry[1].append(_link(article, sentence, person, relation, victim))
                elif relation != "expected to be charged" and _HOMICIDE_CHARGE_HERE.search(text):
                    charged_here.add(id(person))  # "arrested on murder charges in the death"
                elif not entry[0]:
                    for victim in _victims(text, killed_names, True):
                        entry[0].append(_link(article, sentence, person, relation, victim))
                break
    charged_with_homicide = {
        c.fields["person"]
        for c in charges
        if _HOMICIDE_CHARGE.search(c.fields["charge"] or "") and c.fields["status"] != "expected"
    }
    links: list[Fact] = []
    for key, person in people.items():
        if key in counted:
            count, link = counted[key]
            links.extend([link] * count)
        elif key in poi:
            links.append(poi[key])
        elif key in anchor:
            main, others = anchor[key]
            links.extend(others)
            # The article's own killing is a link only until a homicide charge is filed.
            expected = any(f.fields["relation"] == "expected to be charged" for f in main)
            charged = person_name(person) in charged_with_homicide or key in charged_here
            if expected or not (charged or _charged_in_text(article, person)):
                links.extend(main)
    return links


# The key words each statement cannot match without.
_EXPECTED_GATE = key_words("be charged", "formally charged", " face", "to charge", "to file")
_ALSO_GATE = key_words("also", "additionally", "separately", "already")
_RESPONSIBLE_GATE = key_words("believe")
_LINK_GATE = key_words(
    "accused of", "accused in", "involv", "suspect", "connect", "arrested", "suspicion", "evidence", "link", "tied",
    "detained", "jailed", "wanted", "sought", "questioned", "held", "booked",
)  # fmt: skip


def _statements(sentence: Sentence) -> list[tuple[str, re.Match[str]]]:
    """The link statements of a sentence, each with its relation, in order of strength."""
    text = sentence.text
    found: list[tuple[str, re.Match[str]]] = []
    expected = first_in(_EXPECTED, text) if _EXPECTED_GATE.opens(sentence) else None
    if expected and _HOMICIDE_TERM.search(text):
        found.append(("expected to be charged", expected))
    also = first_in(_ALSO_CHARGED, text) if _ALSO_GATE.opens(sentence) else None
    if also:
        found.append(("charged", also))
    responsible = first_in(_RESPONSIBLE, text) if _RESPONSIBLE_GATE.opens(sentence) else None
    if responsible:
        found.append(("believed responsible", responsible))
    anchor = first_in(_ANCHOR_LINK, text) if _LINK_GATE.opens(sentence) else None
    if anchor:
        found.append(("suspect", anchor))
    return found


def _victims(text: str, killed_names: list[str], expand: bool) -> list[str | None]:
    """The killed people a link sentence names; else, for the case's killing (`expand`), all
    of them when it counts as many ("three counts of murder"), or the only one."""
    named = [n for n in killed_names if n.split()[-1] in text]
    if named:
        return named
    if len(killed_names) == 1:
        return [killed_names[0]]
    count = _COUNT_OF.search(text) if expand else None
    number = number_value(count.group("n")) if count else None
    if number and number > 1:
        if number == len(killed_names):
            return list(killed_names)
        if not killed_names:
            return [None] * number
    return [None]


def _the_killed(article: Article, sentence, person: Person, start: int) -> bool:
    """Whether `person` is named in `sentence` only after a killing word that follows the link
    phrase at `start`: the one killed, not the one linked."""
    mentions = [m for m, p in article.cast.people_in(sentence) if p is person]
    text = sentence.text
    return bool(mentions) and all(
        m.start > start and _NAMES_A_KILLING.search(text, start, m.start) for m in mentions
    )


def _one_of(person: Person, names: list[str]) -> bool:
    """Whether `person` is one of the people `names` (first name and surname alike)."""
    words = person_name(person).split() if person.name else []
    return bool(words) and any(
        n.split()[0] == words[0] and n.split()[-1] == words[-1] for n in names if n
    )


# "pleaded not guilty to murder", "indicted on a murder charge": charged with a homicide.
_CHARGED_WITH_HOMICIDE = compile_scan(
    r"\b(?:charged|charges?|charging|indicted|indictment|convicted|pleaded|pled|plea|guilty|"
    r"arraigned|faces?|facing)\b[^.;]{0,60}?\b(?:murder|homicide|manslaughter)\b",
    re.I,
)
_CHARGE_GATE = key_words("murder", "homicide", "manslaughter")
# A link sentence that itself states the homicide charge: "arrested on murder charges".
_HOMICIDE_CHARGE_HERE = compile_scan(
    r"\b(?:murder|homicide|manslaughter) (?:charges?|counts?)\b|"
    r"\bcharged with (?:[\w-]+ ){0,3}?(?:murder|homicide|manslaughter)\b",
    re.I,
)


def _charged_in_text(article: Article, person: Person) -> bool:
    """Whether the article says `person` is charged with (or tried for) a homicide, where the
    charge family did not read a charge."""
    for sentence in _CHARGE_GATE.among(article.sentences):
        match = _CHARGED_WITH_HOMICIDE.search(sentence.text)
        if (
            match
            and article.cast.actor(sentence, match.start()) is person
            and not _EXPECTED.search(sentence.text)
        ):
            return True
    return False


_COUNT_OF = compile_scan(
    rf"\b(?P<n>{NUMBER})\s+(?:counts?|murders|killings|homicides|deaths|people)\b", re.I
)


def _link(article: Article, sentence, person: Person, relation: str, victim: str | None) -> Fact:
    fields = {"person": person_name(person), "relation": relation, "victim": victim}
    return fact("LinkedToHomicide", fields, article, sentence)
