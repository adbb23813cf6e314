"""SuspectIdentified: each suspect once, by the fullest name the article uses, with the age
and home town the article gives; and each co-suspect it describes without a name ("he and his
brother were indicted", "a 17-year-old was also arrested")."""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from casefile.domain.facts import Evidence, Fact, evidence_in
from casefile.extraction.context import Article, fact
from casefile.extraction.cues import CUE_AFTER, CUE_BEFORE, REACH
from casefile.extraction.mentions import age_near
from casefile.extraction.patterns import compile_scan, first_in, matches_in
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, any_key_words, key_words

_RESIDENCE = re.compile(
    r"\A(?:,\s*(?:age\s+)?\d{1,3})?,?\s+of\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)
_FROM = compile_scan(
    r"\bwho (?:is from|lives in|lived in|resides in) (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# "Bo Tran, a 30-year-old Dayton man,": the home town in the appositive.
_HOME_APPOSITIVE = re.compile(
    r"\A,\s+(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+"
    r"(?:man|woman|teen|teenager|youth|resident|native)\b"
)
# How a report introduces its suspect before (or instead of) naming him: "a 31-year-old
# Dayton man", "a former Dayton resident". A former home is not a residence.
_DESCRIBED = compile_scan(
    r"\b(?:(?:[Aa]n?)\s+(?P<age>\d{1,3})-year-old\s+|[Aa]n?\s+|[Tt]he\s+)(?P<former>former\s+)?"
    r"(?:(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+)?"
    r"(?:man|woman|teen|teenager|youth|resident)\b"
    # "police arrested a 16-year-old": the age alone (not "the death of a 2-year-old boy").
    r"|(?<!of )\b[Aa]n?\s+(?P<bare>\d{1,2})-year-old\b(?!\s+(?:[\w-]+\s+)?(?:victim|boy|girl|"
    r"child|baby|infant|son|daughter|woman|man|student|clerk|driver))"
    # "A 16-year-old boy has been charged": a boy or girl only as the subject of custody.
    r"|(?<!of )\b[Aa]n?\s+(?P<young>1[3-9])-year-old\s+(?:boy|girl)\b"
    r"(?=\s+(?:(?:was|has|had|is|been|also|later)\s+){1,3}(?:charged|arrested|booked|indicted|"
    r"detained|taken into custody)\b)"
)
_DESCRIBED_GATE = key_words("man", "teen", "youth", "resident", "-year-old")
_CHARGED_WORDS = compile_scan(
    r"\b(?:charged|arrested|accused|facing|faces|held|custody|suspect|booked|jailed|indicted)\b",
    re.I,
)
# Capitalised words before "man" that describe a person, not the place he lives.
_NOT_PLACES = frozenset(
    ["Black", "White", "Hispanic", "Latino", "Latina", "Asian", "Native", "American", "Army",
     "Navy", "Marine", "Air", "Police", "Former", "Local", "Unnamed", "Second", "Third"]
)  # fmt: skip
# A state says where, but not the town, that the residence field records.
_STATES = frozenset(
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
     "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
     "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
     "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
     "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
     "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
     "Wisconsin", "Wyoming"]
)  # fmt: skip


# A co-suspect the report describes but does not name: "he and his brother were indicted",
# "a 17-year-old was also arrested", "a juvenile also was charged". A group beside named
# suspects ("five others") is not a person the file can follow, and is left out.
_RELATIVE = (
    r"brother|sister|son|daughter|father|mother|cousin|nephew|niece|uncle|aunt|wife|husband|"
    r"girlfriend|boyfriend|friend|roommate|accomplice|co-defendant"
)
_CUSTODY = (
    r"(?:arrested|charged|indicted|accused|detained|taken into custody|booked|jailed|"
    r"apprehended|cited)"
)
_CO_SUSPECT = compile_scan(
    r"\b(?:he|she|[A-Z][\w'’-]+)\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?(?P<relative>"
    + _RELATIVE
    + r")\s+(?:were|have been|had been|are|both)\b[^.;]{0,40}?\b"
    + _CUSTODY
    + r"|\b[Aa]n?\s+(?P<described>(?P<age>\d{1,2})-year-old|second|third|juvenile)\s+"
    # "A second teen, 17, was also arrested": his age beside the word.
    r"(?:[\w-]+(?:,\s*(?P<told>\d{1,2}),)?\s+)?"
    r"(?:(?:was|has been)\s+also|also\s+(?:was|has been))\s+"
    + _CUSTODY
    # "A second suspect remains at large", "another man is being sought".
    + r"|\b(?:[Aa]nother|[Aa] second|[Aa] third)\s+(?P<other>suspect|man|woman|person|teen|gunman|"
    r"shooter)(?:\s+of\s+interest)?(?:,[^.;]{0,60}?,)?\s+(?:(?:remains|is still|was still|is|was)\s+"
    r"(?:at large|(?:being )?sought|wanted|(?:also\s+)?involved)"
    r"|(?:has not been|was not|have not been) (?:found|arrested|caught|identified|named|located)|fled|"
    r"escaped|got away)"
    # "A woman who was with him was also arrested": someone new, said with "a".
     + r"|\A\W*(?:A|An)\s+(?P<indefinite>(?:(?P<iage>\d{1,2})-year-old\s+)?(?:man|woman|boy|girl|"
    r"teen|teenager|juvenile|person|passenger|accomplice))\b[^.;]{0,50}?\b(?:was|has been)\s+"
    r"also\s+"
    + _CUSTODY
    # "Jan. 16: A 15-year-old boy was arrested on charges of ..." (a blotter's further item).
    + r"|\A\W*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}:\s+)?(?:A|An)\s+(?P<item>(?P<dage>\d{1,2})-year-old)\s+"
    r"(?:(?:man|woman|boy|girl|teen|teenager|juvenile)\s+)?(?:(?:was|has been|is)\s+(?:also\s+)?"
    + _CUSTODY
    # "A 16-year-old boy faces the same charge".
    + r"|(?:also\s+)?(?:faces|is facing)\s+(?:the\s+same\s+|similar\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"charges?\b)"
    # "Bo Tran and a 17-year-old boy were arrested", "... and an unidentified man robbed".
     + r"|\b(?:and|along with)\s+an?\s+(?P<beside>(?:(?P<bage>\d{1,2})-year-old\s+|unidentified\s+|"
    r"unknown\s+)?(?:man|woman|boy|girl|teen|teenager|juvenile|minor|accomplice)|"
    # "Bo Tran, 20, and a 17-year-old were arrested".
    r"(?P<bare>\d{1,2})-year-old(?!\s+(?:[\w-]+\s+)?(?:victim|child|baby|infant|son|daughter)\b))\b"
    r"(?:,[^.;]{0,40}?,)?\s+(?:(?:were|have been|are|had been)\s+(?:\w+\s+)?"
    + _CUSTODY
    + r"|(?<=unidentified )(?:man|woman)\s+(?:robbed|shot|attacked|assaulted|stabbed|broke))"
    # "Police are looking for a second suspect".
    r"|\b(?:(?:searching|looking|hunting)\s+for|seeking|trying\s+to\s+(?:find|locate|identify))\s+"
    r"(?:another|a\s+second|a\s+third)\s+(?P<sought>suspect|man|woman|person|teen|gunman|shooter)\b"
    # "The other suspect, a 15-year-old, was released to his parents".
    r"|\b[Tt]he\s+other\s+(?P<theother>suspect|gunman|shooter|robber|attacker|defendant)\b"
    r"(?![’']),?(?:\s+an?\s+(?P<oage>\d{1,2})-year-old\b)?"
    # "His 16-year-old accomplice was taken to a juvenile detention center".
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<hage>\d{1,2})-year-old\s+)?(?:alleged\s+)?"
    r"(?P<partner>accomplice|co-conspirator)\b(?!,?\s+[A-Z]|['’])"
    # "The getaway driver has not been caught": a part only a co-suspect has.
    r"|\b(?:[Tt]he|[Aa])\s+(?P<getaway>getaway\s+driver)\b(?!,?\s+[A-Z]|['’])"
    # "A woman who drove him from the scene was charged with hindering prosecution".
    r"|\A\W*(?:A|An)\s+(?P<withhim>(?:(?P<wage>\d{1,2})-year-old\s+)?(?:man|woman|boy|girl|teen|"
    r"teenager|juvenile|person|friend)|(?P<wbare>\d{1,2})-year-old)\s+who\s+[^.;]{0,60}?\b(?:him|her|"
    r"them)\b[^.;]{0,40}?\s+(?:(?:was|were|has\s+been|is)\s+(?:also\s+)?" + _CUSTODY + r"|faces|"
    r"is\s+facing)"
)
_CO_SUSPECT_GATE = key_words(
    "-year-old",
    " and his ",
    " and her ",
    "also",
    "another",
    "second",
    "third",
    " and a",
    "along with",
    "other",
    "accomplice",
    "co-conspirator",
    "getaway",
    "seeking",
    "trying to",
    " who ",
)
# Where the report names no suspect: "two suspects, a man and a woman, were arrested",
# "police are searching for the gunman".
_COUNT = r"(?P<count>a|an|the|one|two|three|four|2|3|4)"
_UNNAMED = compile_scan(
    r"\b(?:searching|looking|hunting|seeking)\s+for\s+" + _COUNT + r"\s+(?:[\w-]+\s+)?"
    r"(?:suspects?|gunm[ae]n|shooters?|robbers?|attackers?|assailants?|m[ae]n|wom[ae]n|"
    r"persons?|people|driver)\b"
    r"|\b" + _COUNT.replace("count", "pair") + r"\s+(?:suspects|men|women|teens|teenagers|"
    r"juveniles|people),\s+a\s+"
    r"(?:man|woman|teen|boy|girl)\s+and\s+a\s+(?:man|woman|teen|boy|girl)\b"
    # "Three men were arrested", "Two men robbed the store": a counted group as the subject of
    # custody or of the crime (not "two men were shot").
    r"|\b" + _COUNT.replace("count", "crew") + r"\s+(?:[\w-]+\s+){0,2}?(?:suspects|men|women|"
    r"teens|teenagers|juveniles|people|boys|girls|gunmen|robbers)\b(?:,[^.;]{0,40}?,)?\s+"
    r"(?:(?:were|have\s+been|had\s+been|are)\s+(?:\w+\s+)?(?:arrested|charged|detained|"
    r"taken\s+into\s+custody|booked|indicted|sought|wanted)|(?:robbed|broke\s+into|"
    r"stole|carjacked|opened\s+fire|forced\s+their\s+way)\b)"
    # "Police arrested a man and a woman", "A man and a woman were charged".
    r"|\b(?:arrested|detained|charged|apprehended|booked)\s+(?P<duo>a)\s+(?:man|woman|teen|boy|"
    r"girl)\s+and\s+a\s+(?:man|woman|teen|boy|girl)\b"
    r"|\b(?P<duo2>a)\s+(?:man|woman|teen|boy|girl)\s+and\s+a\s+(?:man|woman|teen|boy|girl)\s+"
    r"(?:were|have\s+been)\s+(?:\w+\s+)?(?:arrested|charged|detained|taken\s+into\s+custody|"
    r"booked|indicted)\b"
    # "The shooter, who has not been identified, remains at large".
    r"|\b(?P<lone>the|a)\s+(?:[\w-]+\s+)?(?:suspect|gunman|shooter|robber|attacker|assailant|"
    r"killer|carjacker)\b(?:,[^.;]{0,60}?,)?\s+(?:remains|is\s+still|was\s+still|is)\s+(?:at\s+"
    r"large|on\s+the\s+loose|being\s+sought)",
    re.IGNORECASE,
)
_UNNAMED_GATE = key_words(
    "searching",
    "looking",
    "hunting",
    "seeking",
    " and a ",
    "two ",
    "three ",
    "four ",
    "at large",
    "on the loose",
    "being sought",
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# Statements of an earlier or another matter: "were charged in a separate case last year".
_OTHER_MATTER = compile_scan(
    r"\b(?:separate|unrelated|previous|earlier|last year|years ago)\b", re.I
)

# Unnamed co-suspects counted beside the named ones: "Two 16-year-olds, whose names were not
# released, face similar charges", "three juveniles were also arrested".
# "Two other men were also arrested", "looking for two other suspects", "Bo Tran and two
# juveniles were arrested".
_GROUP = compile_scan(
    r"\b(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[234])\s+(?:(?P<other>other|more|additional)\s+)?"
    r"(?:(?P<age>1\d)-year-olds|juveniles|minors|(?(other)(?:men|women|people|suspects|teens|"
    r"teenagers|defendants|persons)|(?!)))\b"
    r"(?:[^.;]{0,80}?\b(?:were|are|have been|was|also|face|faced|facing)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:charged|arrested|charges|detained|taken into custody|booked|sought|"
    r"wanted|at large)\b|(?<=suspects)\s+(?:who\s+)?(?:remain|are still|fled))"
    r"|\b(?:searching|looking|hunting)\s+for\s+(?P<sought>two|three|four)\s+(?:other|more)\s+"
    r"(?:suspects|men|women|people)\b"
)
_GROUP_BESIDE = compile_scan(
    r"\b(?:and|along with)\s+(?P<count>two|three|four)\s+(?:other\s+)?(?:juveniles|minors|"
    r"teens|teenagers|men|women|boys|girls|accomplices)\b(?:,[^.;]{0,40}?,)?\s+"
    r"(?:were|have been|are|had been)\s+(?:\w+\s+)?" + _CUSTODY
)
# "Bo Tran was arrested along with three juveniles", "police arrested Bo Tran and two teens".
_GROUP_AFTER = compile_scan(
    r"\b(?:arrested|charged|indicted|detained|apprehended|booked|cited)\b[^.;]{0,60}?"
    r"(?:\band|\balong with|\btogether with)\s+(?P<count>two|three|four)\s+(?:other\s+)?"
    r"(?:juveniles|minors|teens|teenagers|boys|girls|accomplices)\b"
    r"(?!\s+(?:who\s+)?(?:were|are|was)\s+(?:\w+\s+)?(?:shot|hurt|injured|killed|wounded))"
)
_GROUP_GATE_BESIDE = key_words(" and two", " and three", " and four", "along with", "together with")
_GROUP_GATE = key_words("-year-olds", "juveniles", "minors", "other", "more", "additional")
_EITHER_GROUP_GATE = any_key_words(_GROUP_GATE, _GROUP_GATE_BESIDE)

Unnamed = tuple[int | None, str | None, Evidence]


def _unnamed_groups(article: Article, named: list[Person]) -> list[Unnamed]:
    """Each member of a group of co-suspects the article counts but does not name."""
    found: list[Unnamed] = []
    ages = {p.age for p in named}
    for sentence in _EITHER_GROUP_GATE.among(article.sentences):
        match = _GROUP_GATE.opens(sentence) and first_in(_GROUP, sentence.text)
        if match and article.cast.people_in(sentence):
            match = None  # the group is the people the sentence names
        beside = _GROUP_GATE_BESIDE.opens(sentence)
        match = (
            match
            or (beside and first_in(_GROUP_BESIDE, sentence.text))
            or (beside and first_in(_GROUP_AFTER, sentence.text))
        )
        if not match or first_in(_OTHER_MATTER, sentence.text):
            continue
        stated = match.groupdict().get("age")
        age = int(stated) if stated else None
        if age is not None and age in ages:
            continue
        evidence = fact("SuspectIdentified", {}, article, sentence).evidence
        count = match.groupdict().get("count") or match.group("sought")
        found += [(age, None, evidence)] * _COUNTS[count.lower()]
    return found


def unnamed_suspects(article: Article, named: list[Person]) -> list[Unnamed]:
    """(age, residence, evidence) of each co-suspect the article describes without a name,
    once each."""
    found: dict[str, Unnamed] = {}
    ages = {p.age for p in named}
    for sentence in _CO_SUSPECT_GATE.among(article.sentences):
        if first_in(_OTHER_MATTER, sentence.text):
            continue
        named_at = [m.start for m, p in article.cast.people_in(sentence) if p.suspect]
        for match in matches_in(_CO_SUSPECT, sentence.text):
            if any(match.start() <= at < match.end() for at in named_at):
                continue  # "Another suspect, Bo Tran, 25, remains at large": he is named
            relative = match.group("relative")
            if match.group("theother") and len(named) >= 2:
                continue  # "the other suspect" is one of the two the article names
            described = (
                match.group("described")
                or match.group("other")
                or match.group("sought")
                or match.group("theother")
                or match.group("partner")
                or match.group("getaway")
                or match.group("withhim")
                or match.group("indefinite")
                or match.group("beside")
                or match.group("item")
            )
            stated = (
                match.group("age")
                or match.group("told")
                or match.group("iage")
                or match.group("bage")
                or match.group("dage")
                or match.group("bare")
                or match.group("oage")
                or match.group("hage")
                or match.group("wage")
                or match.group("wbare")
            )
            age = int(stated) if stated else None
            if match.group("item") and (not named or None in ages):
                continue  # whether he is one of the named, only their ages can tell
            if relative and len(named) >= 2:
                continue  # the relative is one of the suspects the article names
            if age is not None and age in ages:
                continue  # "a 17-year-old" the article names elsewhere
            key = (relative or described or match.group("bare") or "").lower()
            evidence = fact("SuspectIdentified", {}, article, sentence).evidence
            found.setdefault(key, (age, None, evidence))
    return list(found.values())


def _unnamed_group(article: Article) -> tuple[int, Evidence | None]:
    """How many suspects a report that names none says were arrested or are sought ("two
    suspects, a man and a woman", "searching for a gunman"), and the sentence saying it."""
    for sentence in _UNNAMED_GATE.among(article.sentences):
        match = _UNNAMED.search(sentence.text)
        if match and not _OTHER_MATTER.search(sentence.text):
            if match.group("duo") or match.group("duo2"):
                count = 2
            else:
                said = match.group("count") or match.group("pair") or match.group("crew")
                count = _COUNTS.get((said or "").lower(), 1)
            return count, fact("SuspectIdentified", {}, article, sentence).evidence
    return 0, None


# "Bo Tran, 61, of Ash Street": the street he lives on, not the town the field records.
_STREET = re.compile(
    r"\b(?:Street|Avenue|Road|Lane|Drive|Boulevard|Court|Way|Place|Terrace|Circle|Highway|"
    r"Parkway|Trail|Alley|Row)\Z"
)


# "Bo Tran, 30, and Ann Lee, both of Dayton,", "Bo Tran and Ann Lee, both 24 and from Dayton".
_BOTH_HOME = re.compile(
    r"\A(?:,\s*\d{1,3})?(?:,?\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s*\d{1,3})?)?"
    r",\s+both\s+(?:\d{1,3},?\s+(?:and\s+)?)?(?:of|from)\s+"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)


def _residence(article: Article, person: Person) -> str | None:
    for index, _, end in person.mentions:
        text = article.sentences[index].text
        match = _RESIDENCE.match(text[end:]) or _FROM.search(text, end, end + 40)
        if match and _STREET.search(match.group("place")):
            return None
        if match:
            return match.group("place")
        both = _BOTH_HOME.match(text[end:]) if "both" in text[end : end + 80] else None
        if both and not _STREET.search(both.group("place")):
            return both.group("place")
        home = _HOME_APPOSITIVE.match(text[end:])
        if home and home.group("place") not in _NOT_PLACES and home.group("place") not in _STATES:
            return home.group("place")
    return None


def _cued(sentence: Sentence, start: int, end: int) -> bool:
    """Whether `sentence` says the description at `start:end` was arrested, charged, sought
    or did the harm."""
    text = sentence.text
    return bool(
        CUE_AFTER.match(text[end:]) or CUE_BEFORE.search(text, max(0, start - REACH), start)
    )


def _description(article: Article) -> tuple[int | None, str | None, Sentence | None]:
    """Age and home town from the first "a 31-year-old Dayton man is charged ...", "a
    20-year-old man was arrested", "the Dayton man was charged", and the sentence saying it
    (the one with the age, where there is one)."""
    age: int | None = None
    home: str | None = None
    told: Sentence | None = None
    for sentence in _DESCRIBED_GATE.among(article.sentences):
        other = first_in(_CO_SUSPECT, sentence.text)
        if other and not other.group("item"):
            continue  # "a 17-year-old was also arrested" describes another
        charged = bool(first_in(_CHARGED_WORDS, sentence.text))
        for match in _DESCRIBED.finditer(sentence.text):
            if not (charged or _cued(sentence, match.start(), match.end())):
                continue  # "A 58-year-old man shot his wife": what he did makes him the one
            place = match.group("place")
            if place in _NOT_PLACES:
                place = None
            stated = match.group("age") or match.group("bare") or match.group("young")
            if age is None and stated:
                age, told = int(stated), sentence  # the sentence with the age is quoted
            if home is None and place and not match.group("former") and place not in _STATES:
                home, told = place, told or sentence
            if age is not None and home is not None:
                return age, home, told
    return age, home, told


def extract_suspects(article: Article, other_facts: list[Fact]) -> list[Fact]:
    """One fact per named suspect, and per unnamed suspect that some other fact is about."""
    facts = []
    about_unnamed = [f for f in other_facts if f.fields.get("person", "") is None]
    named = [p for p in article.cast.suspects if p.name is not None]
    named += _charged_elsewhere(article, other_facts, named)
    # Only an article about one suspect says whom "a Dayton man" is: the one it names, or
    # the one it never names.
    described_age, described_home, described = (
        _description(article) if len(named) <= 1 else (None, None, None)
    )
    told_later = _AgesToldLater(article)
    for person in named:
        cue = person.first_cue or article.sentences[person.mentions[0][0]]
        age, told = person.age, person.age_sentence
        if not person.suspect:
            cue = _first_cued(article, other_facts, person)
            age, told = _age_by_name(article, person)
        if age is None:
            age, told = told_later.of(person)
        if age is None and described_age is not None and described is not None:
            age, told = described_age, described.index
        facts.append(
            Fact(
                "SuspectIdentified",
                {
                    "name": person.name,
                    "age": age,
                    "residence": _residence(article, person) or described_home,
                },
                _evidence(article, cue, told),
            )
        )
    if len(named) > 1 and not about_unnamed:
        _describe_the_ageless(article, facts)
    unnamed = unnamed_suspects(article, named)
    if named:
        unnamed += _unnamed_groups(article, named)
        if about_unnamed and not unnamed:
            # "A 17-year-old has been charged ... A second suspect, Bo Tran, 18, ...": the age
            # described is the unnamed one's when it is none of the named suspects'.
            if described is not None and described_age not in {p.age for p in named}:
                lead = fact("SuspectIdentified", {}, article, described).evidence
                unnamed.append((described_age, None, lead))
            else:
                unnamed.append((None, None, about_unnamed[0].evidence))
    else:
        # A report that names no suspect: the one it describes ("a 20-year-old Dayton man was
        # arrested"), before any co-suspect ("a second suspect remains at large").
        count, told = _unnamed_group(article)
        # "A 30-year-old man was charged ...": the one it describes, even with nothing else
        # said of him.
        some = unnamed or about_unnamed or count or described is not None
        leads = max(count - len(unnamed), 1 if some else 0)
        if leads:
            if described is not None:
                lead = fact("SuspectIdentified", {}, article, described).evidence
            else:
                lead = told or (about_unnamed[0].evidence if about_unnamed else unnamed[0][2])
            others = [(None, None, told or lead)] * (leads - 1)
            unnamed = [(described_age, described_home, lead), *others, *unnamed]
    for age, home, evidence in unnamed:
        facts.append(
            Fact("SuspectIdentified", {"name": None, "age": age, "residence": home}, evidence)
        )
    return facts


def _describe_the_ageless(article: Article, facts: list[Fact]) -> None:
    """Among several named suspects, the one whose age no name gives is the one "a
    26-year-old woman was indicted" describes, when that age is no other suspect's."""
    ageless = [i for i, f in enumerate(facts) if f.fields["age"] is None]
    if len(ageless) != 1:
        return
    age, _, told = _description(article)
    if age is None or told is None or age in {f.fields["age"] for f in facts}:
        return
    index = ageless[0]
    before = facts[index]
    cue = next(s for s in article.sentences if s.start <= before.evidence.start < s.end)
    facts[index] = Fact(
        "SuspectIdentified", {**before.fields, "age": age}, _evidence(article, cue, told.index)
    )


# What the article says was done to a person in this case that only a suspect undergoes.
_CASE_STEPS = frozenset(
    [
        "ArrestMade",
        "ChargeFiled",
        "CourtEventReported",
        "SentenceImposed",
        "BondSet",
        "LinkedToHomicide",
    ]
)


def _charged_elsewhere(article: Article, facts: list[Fact], named: list[Person]) -> list[Person]:
    """People the other facts say were arrested, charged, tried, sentenced or held on bond in
    this case, whom the cues of their own sentences did not make suspects ("Ann Lee, 34, and
    Bo Tran, 41, are each charged ..."): everyone the file follows through the case is one of
    its suspects. Someone the article says was killed is not, whatever a fact misread."""
    persons = {
        f.fields.get("person") for f in facts if f.kind in _CASE_STEPS and not f.fields.get("prior")
    }
    known = {p.name for p in named}
    found = []
    for person in article.cast.people:
        if person.name in persons and person.name not in known and person.mentions:
            if person.killed or person.official or not _named_as_actor(article, person):
                continue
            found.append(person)
    return found


# A name right after a preposition is an object or a source ("according to Fox News"), a
# name in a headline may be its capitalised words ("Man Pleads Guilty"): neither says a
# person is one the case follows.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|for|to|with|from|about|on|at|in|into|by)\s+(?:the\s+)?[A-Z]*\s*\Z", re.I
)


def _named_as_actor(article: Article, person: Person) -> bool:
    """Whether a sentence of the report (not a headline) names `person` other than as the
    object of a preposition."""
    for index, start, _ in person.mentions:
        sentence = article.sentences[index]
        if article.cast.telegraphic(sentence):
            continue
        if not _AFTER_PREPOSITION.search(sentence.text, max(0, start - 30), start):
            return True
    return False


def _first_cued(article: Article, facts: list[Fact], person: Person) -> Sentence:
    """The first sentence whose fact is about `person`."""
    starts = [f.evidence.start for f in facts if f.fields.get("person") == person.name]
    first = min(starts)
    for sentence in article.sentences:
        if sentence.start <= first < sentence.end:
            return sentence
    return article.sentences[person.mentions[0][0]]


def _age_by_name(article: Article, person: Person) -> tuple[int | None, int | None]:
    """The age told beside a name of `person`, and the sentence telling it."""
    for index, start, end in person.mentions:
        age = age_near(article.sentences[index].text, start, end)
        if age is not None:
            return age, index
    return None, None


# "The 25-year-old is charged with ...": the suspect named just before, by his age.
_THE_AGED = compile_scan(
    # The subject opening a sentence: not "at the 52-year-old driver", nor a name's modifier
    # ("the 19-year-old Ann Lee").
    r"\A\W*The\s+(?P<age>\d{1,2})-year-old\b(?!\s+[A-Z])"
    r"(?!\s+(?:victim|boy|girl|child|baby|infant|son|"
    r"daughter|woman who died|man who died))(?![^.;]{0,40}\b(?:died|was killed|was found|"
    r"was pronounced|was shot|was stabbed|was injured)\b)"
    # "The suspect, 45, is charged", "He is 45.": the age of the one the sentence is about.
    r"|\A\W*The\s+(?:suspect|teen|teenager|defendant|accused|man|woman)\s*,\s*(?P<told>\d{1,2}),"
    r"|\A\W*(?:He|She)\s+is\s+(?P<is>\d{1,2})(?:\s+years\s+old)?\s*[.;]"
)
_AGED_GATE = key_words(
    "-year-old",
    "he is ",
    "she is ",
    "the suspect, ",
    "the teen",
    "the defendant, ",
    "the accused, ",
    "the man, ",
    "the woman, ",
)


class _AgesToldLater:
    """The age of a suspect from a sentence that calls him "the 25-year-old" (after he is
    named), and that sentence's index: the first such statement from his first mention on
    whose subject (`Cast.actor`) he is.

    A long text names hundreds of suspects, and reading every later sentence for each of
    them grew with the square of its length. So the statements are read once, and whom each
    is about is asked once, in the order a reading for each suspect in turn would first ask
    it; the statements already asked are looked up by whom they are about."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._statements: list[tuple[Sentence, int, int]] | None = None  # sentence, age, at
        self._sentences: list[int] = []  # each statement's sentence index
        self._by_actor: dict[int, list[int]] = {}  # the statements asked, by whom they are about
        self._asked: dict[int, int] = {}  # past a statement asked: where to look on

    def _read(self) -> list[tuple[Sentence, int, int]]:
        if self._statements is None:
            self._statements = [
                (sentence, age, match.start())
                for sentence in _AGED_GATE.among(self.article.sentences)
                for match in _THE_AGED.finditer(sentence.text, 0, 60)
                if (age := int(match.group("age") or match.group("told") or match.group("is")))
                >= 12
            ]
            self._sentences = [sentence.index for sentence, _, _ in self._statements]
        return self._statements

    def _not_asked(self, at: int) -> int:
        """The first statement at or after `at` not asked about yet."""
        passed = []
        while at in self._asked:
            passed.append(at)
            at = self._asked[at]
        for statement in passed:
            self._asked[statement] = at
        return at

    def of(self, person: Person) -> tuple[int | None, int | None]:
        statements = self._read()
        first = person.mentions[0][0] if person.mentions else len(self.article.sentences)
        at = bisect_left(self._sentences, first)
        while True:
            unasked = self._not_asked(at)
            # Those from `at` to `unasked` were asked: the first of them about `person`.
            his = self._by_actor.get(id(person), [])
            found = bisect_left(his, at)
            if found < len(his) and his[found] < unasked:
                sentence, age, _ = statements[his[found]]
                return age, sentence.index
            if unasked == len(statements):
                return None, None
            sentence, age, start = statements[unasked]
            actor = self.article.cast.actor(sentence, start)
            insort(self._by_actor.setdefault(id(actor), []), unasked)
            self._asked[unasked] = unasked + 1
            if actor is person:
                return age, sentence.index
            at = unasked + 1


def _evidence(article: Article, cue: Sentence, told: int | None) -> Evidence:
    """The sentence that makes the person a suspect; where another sentence states his age,
    both when they are neighbours, else the one with the age (it names him too)."""
    if told is None or told == cue.index:
        return fact("SuspectIdentified", {}, article, cue).evidence
    other = article.sentences[told]
    if abs(told - cue.index) == 1:
        first, last = sorted((cue, other), key=lambda s: s.index)
        return evidence_in(article.text, first.start, last.end)
    return evidence_in(article.text, other.start, other.end)
