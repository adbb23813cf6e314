"""LinkedToHomicide: a suspect tied to homicides other than the charged one, or to the
article's killing before any homicide charge."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.mentions import NUMBER, NUMBER_KEYS, number_value
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, key_words
from casefile.extraction.victim_names import case_killing

_KILLINGS = r"(?:murders|killings|homicides|slayings|shooting deaths|deaths|shootings)"
_AT_LEAST = r"(?:at least\s+|as many as\s+|up to\s+|more than\s+)?"
# People counted by sex or age only beside "other": "the deaths of two other women".
_OTHER_PEOPLE = r"(?:women|men|girls|boys|teens|teenagers|children|people|persons|victims)"
_COUNTED = compile_scan(
    rf"\b(?P<other>another|other)?\s*{_AT_LEAST}(?P<n>{NUMBER})\s+"
    rf"(?P<other2>other\s+|more\s+|additional\s+)?(?:[\w-]+\s+){{0,2}}?{_KILLINGS}\b"
    rf"|\b{_KILLINGS} of {_AT_LEAST}(?P<n2>{NUMBER})\s+(?P<other3>other\s+|more\s+)?"
    rf"(?:people|persons|victims|(?:(?<=other )|(?<=more )){_OTHER_PEOPLE})"
    # "is believed to have killed two other people": a killing verb, counted beside "other"
    # (without it, "accused of killing six people" counts the case's own dead).
    rf"|\b(?:killed|killing|murdered|murdering|slain|slaying)\s+{_AT_LEAST}(?P<n3>{NUMBER})\s+"
    rf"(?P<other4>other|more)\s+{_OTHER_PEOPLE}\b",
    re.I,
)
_LINK_VERB = compile_scan(
    r"\b(?:link\w*|connect\w*|tied|tying|ties|suspect\w*|interest|question\w*|charged|accused|"
    r"responsible|implicated|believed to have)\b",
    re.I,
)
_POI = compile_scan(r"\bperson of (?:\w+ )?interest\b", re.I)
_HOMICIDE_WORD = compile_scan(
    r"\b(?:homicide|murder|killing|slaying|death|shooting|case|fatal|deadly|slain|killed|"
    r"murdered)s?\b",
    re.I,
)
_COUNTED_GATE = key_words(
    "murders", "killings", "homicides", "slayings", "deaths", "shootings", "killed", "killing",
    "murdered", "murdering", "slain",
)  # fmt: skip
# Shootings are counted as killings only when a suspect is tied to them ("suspected in two
# shootings"); "charged in two shootings" tells of charges, not of killings.
_SHOOTINGS = re.compile(r"\bshootings\b", re.I)
_HOMICIDE_GATE = key_words(
    "homicide", "murder", "killing", "slaying", "death", "shooting", "case", "fatal", "deadly",
    "slain", "killed",
)  # fmt: skip
# In a story of a killing, the words that name it without a word of death.
_EVENT_WORD = compile_scan(
    r"\b(?:stabbing|beating|strangling|attack|investigation|incident|crime)\b", re.I
)
_KILLING_STORY_GATE = key_words(
    "homicide", "murder", "killing", "slaying", "death", "shooting", "case", "fatal", "deadly",
    "slain", "killed", "stabbing", "beating", "strangling", "attack", "investigation", "incident",
    "crime",
)  # fmt: skip
_HOMICIDE_NOUN = r"(?:killings?|murders?|deaths?|homicides?|slayings?|fatal\b|deadly\b)"
# In a story of a killing, "the shooting", "the stabbing" or "the case" is that killing ("a
# DWI case" is another).
_HARM_NOUN = (
    r"(?:shooting|stabbing|beating|strangling|attack|"
    r"(?<=(?:the|his|her) )(?:case|investigation|incident|crime))\b"
)
_CUSTODY = (
    r"(?:arrested|detained|jailed|wanted|sought|questioned|apprehended|captured|booked|"
    r"taken into custody|in custody|surrendered|turned (?:himself|herself) in)"
)


def _anchor_link(noun: str) -> re.Pattern[str]:
    """The statements tying a person to a killing named by `noun`."""
    return compile_scan(
        r"\b(?:accused of (?:fatally|killing|murdering|the (?:fatal|deadly))|"
        rf"accused in (?:[\w'’.-]+ ){{0,3}}?{noun}|"
        rf"(?:involvement|involved) in (?:[\w'’.-]+ ){{0,4}}?{noun}|suspected (?:of|in) "
        r"(?:[\w'’.-]+ ){0,3}?(?:killing|murder|death|fatal|slaying|homicide)|in connection with "
        rf"[\w\s'’.,-]{{0,50}}?(?:death|killing|murder|fatal|{noun})|arrested in (?:the )?"
        r"(?:fatal|deadly|killing|death|murder)|"
        rf"{_CUSTODY} (?:[\w'’.,-]+ ){{0,6}}?(?:in|for|about) "
        rf"(?:the |a |an |his |her )?(?:[\w'’.-]+ ){{0,3}}?{noun}|"
        r"(?:arrested|held|detained|booked) (?:\w+ ){0,3}?on suspicion of (?:[\w-]+ ){0,5}?"
        r"(?:murder|homicide)|"
        # "the prime suspect in the killing of", "a suspect in her death", "identified him as
        # the gunman in the fatal shooting".
        r"(?:(?:prime |main |primary |lead |key |only )?suspect|gunman|shooter|killer|attacker|"
        r"assailant) "
        r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?"
        rf"in (?:[\w'’.-]+ ){{0,4}}?{noun}|"
        # "evidence connecting him to the killing", "may be connected to a 2019 murder".
        r"evidence (?:connecting|linking|tying|that (?:connects|links|ties))|"
        r"(?:may|might|could) (?:also )?(?:be|have been) (?:connected|linked|tied|involved)|"
        # "tied the gun found in his car to the fatal shooting", "evidence links him to the
        # killings": any tense of the verb.
        rf"(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?|ties|tied|tying) (?:[\w'’,-]+ ){{0,6}}?to "
        rf"(?:[\w'’.-]+ ){{0,4}}?{noun})",
        re.I,
    )


_ANCHOR_LINK = _anchor_link(_HOMICIDE_NOUN)
_ANCHOR_LINK_IN_KILLING = _anchor_link(f"(?:{_HOMICIDE_NOUN}|{_HARM_NOUN})")
_ANCHOR_GATE = key_words(
    "accused", "involv", "suspect", "connection", "arrested", "evidence", "connect", "link",
    "tied", "ties", "tying", "suspicion", "responsible", "charge", "believe", "wanted", "sought",
    "detained", "jailed", "questioned", "custody", "apprehended", "captured", "booked",
    "surrendered", "turned", "allege", " said ", " say", "gunman", "shooter", "killer",
    "attacker", "assailant",
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
    if re.search(r"\bbeliev\w* (?:[\w'’-]+ ){0,3}?(?:responsible|to have)\b", text, re.I):
        return "believed responsible"
    return "suspect"


def extract_homicide_links(
    article: Article, charges: list[Fact], killed_names: list[str]
) -> list[Fact]:
    counted: dict[int, tuple[int, Fact]] = {}
    poi: dict[int, tuple[Fact, bool]] = {}  # the link, and whether it is to another killing
    # Per person: links to the case's own killing, and links to other killings.
    anchor: dict[int, tuple[list[Fact], list[Fact]]] = {}
    charged_here: set[int] = set()
    people: dict[int, Person | None] = {}
    charged_with_homicide = {
        c.fields["person"]
        for c in charges
        if _HOMICIDE_CHARGE.search(c.fields["charge"] or "") and c.fields["status"] != "expected"
    }
    charged_with_any = {c.fields["person"] for c in charges if c.fields["status"] != "expected"}
    own_victims = _OwnVictims(article, charges, killed_names)
    killing = bool(killed_names) or case_killing(article)
    gate = _KILLING_STORY_GATE if killing else _HOMICIDE_GATE
    for sentence in gate.among(article.sentences):
        text = sentence.text
        if not _HOMICIDE_WORD.search(text) and not (killing and _EVENT_WORD.search(text)):
            continue
        counting = _COUNTED_GATE.opens(sentence) and NUMBER_KEYS.opens(sentence)
        counts = _COUNTED.finditer(text) if counting else ()
        for match in counts:
            if not _LINK_VERB.search(text):
                continue
            count = number_value(match.group("n") or match.group("n2") or match.group("n3") or "")
            if not count:
                continue
            person = _linked(article, sentence, match, killed_names)
            if person is None:
                continue
            relation = _relation(text)
            if _SHOOTINGS.search(match.group(0)) and relation != "suspect":
                continue
            other = (
                match.group("other")
                or match.group("other2")
                or match.group("other3")
                or match.group("other4")
            )
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
            person = _linked(article, sentence, interest, killed_names)
            if person is not None and id(person) not in poi:
                people[id(person)] = person
                link = fact(
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
                other = bool(_ANOTHER.search(text) or own_victims.others(person, text))
                poi[id(person)] = (link, other)
        if _ANCHOR_GATE.opens(sentence):
            for relation, match in _statements(sentence, killing):
                person = _linked(article, sentence, match, killed_names)
                if person is None or _one_of(person, killed_names):
                    continue
                if _the_killed(article, sentence, person, match.start()):
                    continue  # "the suspect in the killing of Ann Lee": not Ann Lee
                people[id(person)] = person
                entry = anchor.setdefault(id(person), ([], []))
                # A killing besides the case's: said so ("another killing"), or one whose
                # named victims are none of the case's ("also a suspect in Bo Tran's death").
                others = own_victims.others(person, text)
                other = relation == "charged" or _ANOTHER.search(text) or others
                if other and relation != "expected to be charged":
                    if all(f.evidence.start != sentence.start for f in entry[1]):
                        for victim in others or [None]:
                            entry[1].append(_link(article, sentence, person, relation, victim))
                elif relation != "expected to be charged" and _HOMICIDE_CHARGE_HERE.search(text):
                    charged_here.add(id(person))  # "arrested on murder charges in the death"
                elif not entry[0]:
                    for victim in _victims(text, killed_names, True):
                        entry[0].append(_link(article, sentence, person, relation, victim))
                break
    links: list[Fact] = []
    for key, person in people.items():
        charged = key in charged_here or (
            person is not None
            and (
                person_name(person) in charged_with_homicide
                or _charged_in_text(article, person, person_name(person) in charged_with_any)
            )
        )
        if key in counted:
            count, link = counted[key]
            links.extend([link] * count)
        elif key in poi and (poi[key][1] or not charged):
            links.append(poi[key][0])
        elif key in anchor:
            main, others = anchor[key]
            links.extend(others)
            # The article's own killing is a link only until a homicide charge is filed (a
            # further charge expected then is no link).
            if not charged:
                links.extend(main)
    return links


def _linked(
    article: Article, sentence: Sentence, match: re.Match[str], killed_names: list[str]
) -> Person | None:
    """The person a link statement is about: the one it names as its subject ("Bo Tran, 29,
    is also a suspect in", "police say Bo Tran may have been involved in") or object
    ("evidence links Bo Tran to"), whether or not other cues made a suspect of them; else the
    suspect the sentence refers to. In a clause about another matter ("in an unrelated case,
    police seek a suspect in ..."), only a suspect the sentence names or refers to ("he", "the
    man") is linked; "a suspect" there is someone else."""
    position = match.start()
    text = sentence.text
    for mention, named in article.cast.people_in(sentence):
        if named.official or named.name is None or _one_of(named, killed_names):
            continue
        if mention.end <= position and _SUBJECT_GAP.match(text[mention.end : position]):
            return named
        if position < mention.start < match.end() and _OBJECT_GAP.match(
            text[position : mention.start]
        ):
            return named
    person = article.cast.actor(sentence, position)
    if person is None or article.in_case(sentence, position):
        return person
    if any(p is person for _, p in article.cast.people_in(sentence)):
        return person
    return person if _REFERS.search(sentence.text) else None


# What may stand between a person named as the subject and the link: an age or an
# apposition, then auxiliaries ("Bo Tran, 29, is also a", "Bo Tran may have been").
_SUBJECT_GAP = re.compile(
    r"\A(?:,[^.;]{0,80}?,)?\s+(?:(?:is|was|were|are|has|had|have|been|being|be|also|now|still|"
    r"considered|named|identified|believed|thought|may|might|could|as|remains?|the|a|an)\s+)*\Z",
    re.I,
)
# A link verb right before the person it ties: "evidence links Bo Tran to".
_OBJECT_GAP = re.compile(r"\A(?:connect\w*|link\w*|ties|tied|tying)\s+\Z", re.I)
# A reference to a person met before: a pronoun, or a definite noun ("the suspect").
_REFERS = compile_scan(
    r"\b(?:he|him|his|she|her|they|them|the (?:[\w-]+ ){0,2}?(?:suspect|man|woman|defendant|"
    r"accused|teen|teenager|gunman|shooter))\b",
    re.I,
)


class _OwnVictims:
    """Which killed people are the case's own, per suspect: those named where a homicide
    charge against the suspect is stated, else the first killed person the article names."""

    def __init__(self, article: Article, charges: list[Fact], killed_names: list[str]) -> None:
        self._killed = [n for n in killed_names if n]
        self._words = {n: re.compile(rf"\b{re.escape(n.split()[-1])}\b") for n in self._killed}
        self._by_person: dict[str, list[str]] = {}
        for charge in charges:
            if charge.fields["status"] == "expected" or not _HOMICIDE_CHARGE.search(
                charge.fields["charge"] or ""
            ):
                continue
            quote = charge.evidence.quote
            named = self._named(quote)
            if named and charge.fields["person"]:
                self._by_person.setdefault(charge.fields["person"], []).extend(named)

    def _named(self, text: str) -> list[str]:
        return [n for n in self._killed if self._words[n].search(text)]

    def others(self, person: Person, text: str) -> list[str]:
        """The killed people `text` names when none of them is the case's own, else []."""
        named = self._named(text)
        if not named:
            return []
        own = self._by_person.get(person_name(person) or "", self._killed[:1])
        return [] if any(n in own for n in named) else named


# The key words each statement cannot match without.
_EXPECTED_GATE = key_words("be charged", "formally charged", " face", "to charge", "to file")
_ALSO_GATE = key_words("also", "additionally", "separately", "already")
_RESPONSIBLE_GATE = key_words("believe")
_LINK_GATE = key_words(
    "accused of", "accused in", "involv", "suspect", "connect", "arrested", "suspicion",
    "evidence", "link", "tied", "ties", "tying", "detained", "jailed", "wanted", "sought",
    "questioned", "held", "booked", "custody", "apprehended", "captured", "surrendered", "turned",
    "gunman", "shooter", "killer", "attacker", "assailant",
)  # fmt: skip


# Who the police say did the killing: "police said Bo Tran shot and killed Ann Lee", "he
# allegedly stabbed her to death".
_KILLED_VERB = (
    r"(?:shot and killed|killed|murdered|fatally (?:shot|stabbed|struck|beat)|"
    r"(?:stabbed|beat|beaten|strangled) (?:\w+ )?to death|strangled)\b"
)
_SAID_KILLED = compile_scan(
    r"\b(?:police|investigators|detectives|authorities|prosecutors|officials|deputies|troopers)"
    r" (?:\w+ ){0,2}?(?:say|says|said|allege|alleged|allege that|said that|say that) "
    rf"(?:[\w'’.,-]+ ){{1,5}}?{_KILLED_VERB}|\ballegedly {_KILLED_VERB}",
    re.I,
)
_SAID_GATE = key_words("allege", " said ", " say")


def _statements(sentence: Sentence, killing: bool) -> list[tuple[str, re.Match[str]]]:
    """The link statements of a sentence, each with its relation, in order of strength; in a
    story of a killing (`killing`), "the shooting" is that killing."""
    text = sentence.text
    found: list[tuple[str, re.Match[str]]] = []
    expected = _EXPECTED.search(text) if _EXPECTED_GATE.opens(sentence) else None
    if expected and _HOMICIDE_TERM.search(text):
        found.append(("expected to be charged", expected))
    also = _ALSO_CHARGED.search(text) if _ALSO_GATE.opens(sentence) else None
    if also:
        found.append(("charged", also))
    responsible = _RESPONSIBLE.search(text) if _RESPONSIBLE_GATE.opens(sentence) else None
    if responsible:
        found.append(("believed responsible", responsible))
    pattern = _ANCHOR_LINK_IN_KILLING if killing else _ANCHOR_LINK
    anchor = pattern.search(text) if _LINK_GATE.opens(sentence) else None
    if anchor:
        found.append(("suspect", anchor))
    said = _SAID_KILLED.search(text) if _SAID_GATE.opens(sentence) else None
    if said:
        found.append(("suspect", said))
    return found


def _victims(text: str, killed_names: list[str], expand: bool) -> list[str | None]:
    """The killed people a link sentence names; else, for the case's killing (`expand`), all
    of them when it counts as many ("three counts of murder"), or the only one."""
    named = [n for n in killed_names if n.split()[-1] in text]
    count = _COUNT_OF.search(text) if expand else None
    number = number_value(count.group("n")) if count else None
    if named:
        # "on suspicion of three counts of murder" with one of the three named: the others too.
        return named + [None] * max(0, (number or 0) - len(named))
    if len(killed_names) == 1 and not (number and number > 1):
        return [killed_names[0]]
    if number and number > 1 and number >= len(killed_names):
        return [*killed_names, *[None] * (number - len(killed_names))]
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
# "has been charged in her death": a charge for the killing that does not name the offence.
_CHARGED_IN_DEATH = compile_scan(
    r"\b(?:charged|indicted)\s+(?:in connection with|in|for|with)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:death|killing|slaying|murder)s?\b",
    re.I,
)
_CHARGE_GATE = key_words("murder", "homicide", "manslaughter", "death", "killing", "slaying")
# A link sentence that itself states the homicide charge: "arrested on murder charges".
_HOMICIDE_CHARGE_HERE = compile_scan(
    r"\b(?:murder|homicide|manslaughter) (?:charges?|counts?)\b|"
    r"\bcharged with (?:[\w-]+ ){0,3}?(?:murder|homicide|manslaughter)\b",
    re.I,
)


def _charged_in_text(article: Article, person: Person, named_charges: bool) -> bool:
    """Whether the article says `person` is charged with (or tried for) a homicide, where the
    charge family did not read a charge. "Charged in her death" is one only for a person with
    no charge named (`named_charges`): else it speaks of the charges named ("charged in the
    officer's death" of a man charged with malicious wounding)."""
    for sentence in _CHARGE_GATE.among(article.sentences):
        match = _CHARGED_WITH_HOMICIDE.search(sentence.text)
        if match is None and not named_charges:
            match = _CHARGED_IN_DEATH.search(sentence.text)
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
