"""Co-suspects a report counts as a group without naming each: "three juveniles were also
charged", "Bo Tran and three others were charged", "The other three are juveniles and were not
named", "A 14-year-old, a 15-year-old and a 16-year-old were also charged", "two men and a
woman were arrested". Each member the report does not name elsewhere is one unnamed suspect,
with the age the group is told with ("ages 14, 15 and 16", "three 16-year-olds").
`suspects.py` reports them beside the named ones (`counted_groups`); how many a description
counts, and their ages, is read in `group_counts.py`."""

from __future__ import annotations

import re

from casefile.domain.facts import Evidence
from casefile.extraction.context import Article, fact
from casefile.extraction.group_counts import COUNTS, group_ages
from casefile.extraction.key_words import any_key_words, key_words
from casefile.extraction.patterns import compile_scan, first_in, matches_in
from casefile.extraction.people import Person
from casefile.extraction.unnamed_suspects import CUSTODY, OTHER_MATTER, Unnamed

# What a report says of a group of co-suspects: custody, a charge, a search, a name kept back.
_TOLD = (
    r"(?:charged|arrested|charges?|detained|taken into custody|booked|sought|wanted|at large|"
    r"in custody|held|indicted|cited|not (?:been )?(?:named|identified|released)|suspects|"
    r"persons? of interest|referred to (?:the )?juvenile)"
)
# The nouns of a group of people, with a word of what they are ("three juvenile males").
_PEOPLE = (
    r"(?:(?:juvenile|teenage|adult|masked|armed|young)\s+)?(?P<noun>(?P<each>1\d)-year-olds|"
    r"juveniles|minors|others|men|women|males|females|people|suspects|teens|teenagers|boys|girls|"
    r"defendants|persons|individuals|accomplices)"
)
_COUNT = r"(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[2-6])"
# Unnamed co-suspects counted beside the named ones: "Two 16-year-olds, whose names were not
# released, face similar charges", "three juveniles were also arrested", "Two other men were
# also arrested", "Three others remain at large", "looking for two other suspects", "Police
# also arrested three others, whose names have not been released".
# A group of men or teens is besides the named ones only when the report says so ("other",
# "others", "also", ages under 18): "Three men were arrested" may be the three it names.
_GROUP = compile_scan(
    r"\b" + _COUNT + r"\s+(?:(?P<other>other|more|additional)\s+)?" + _PEOPLE + r"\b"
    r"(?:[^.;]{0,80}?\b(?:were|are|have been|was|also|face|faced|facing|remain|remained)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _TOLD + r"\b|(?<=suspects)\s+(?:who\s+)?(?:remain|are still|fled))"
    r"|\b(?:arrested|charged|detained|apprehended|booked|indicted)\s+(?:also\s+)?"
    + _COUNT.replace("count", "taken")
    + r"\s+(?:(?P<other2>other|more|additional)\s+)?"
    + _PEOPLE.replace("noun", "noun2").replace("each", "each2")
    + r"\b"
    # "The other three are juveniles and were not named"; "The others, ages 14, 15 and 16, were
    # charged as juveniles" (as many as the ages told).
    r"|\b[Tt]he\s+(?:other\s+(?P<rest>two|three|four|five|six)|(?P<others>others))\b"
    r"(?:,[^.;]{0,60}?,)?\s+(?:(?:were|are|have\s+been|also)\s+)+(?:[\w-]+\s+){0,2}?"
    r"(?:" + _TOLD + r"|juveniles|minors)\b"
    r"|\b(?:searching|looking|hunting)\s+for\s+(?P<sought>two|three|four)\s+(?:other|more)\s+"
    r"(?:suspects|men|women|people)\b"
)
# Groups whose noun alone says they are not the adults the report names.
_BESIDE_BY_NOUN = re.compile(r"\A(?:juveniles|minors|others|1\d-year-olds)\Z")
# The nouns of a group that say nothing of who its members are.
# What may come before the group a sentence is about: nothing, or who tells it.
_OPENS_SENTENCE = re.compile(
    r"\A\W*(?:(?:[\w.'’-]+\s+){1,3}?(?:said|say|says)(?:\s+that)?,?\s+)?\Z", re.I
)
_ANYONE = re.compile(r"\A(?:others|people|persons|individuals|defendants)\Z")
# What says the members of a group are unknown, sought, or kept unnamed as minors.
_UNKNOWN = re.compile(
    r"\b(?:sought|wanted|at large|remain|fled|not (?:been )?(?:named|identified|released)|"
    r"withheld|juveniles|minors|juvenile|teens|teenagers|boys|girls|1\d-year-olds?)\b"
    r"|(?:searching|looking|hunting)\s+for\b"
)
_GROUP_BESIDE = compile_scan(
    r"\b(?:and|along with)\s+" + _COUNT + r"\s+(?:other\s+)?" + _PEOPLE + r"\b"
    r"(?:,[^.;]{0,40}?,)?\s+(?:were|have been|are|had been)\s+(?:\w+\s+)?" + CUSTODY
)
# "Bo Tran was arrested along with three juveniles", "police arrested Bo Tran and two teens",
# "arrested Bo Tran, 19, and three 16-year-olds".
_GROUP_AFTER = compile_scan(
    r"\b(?:arrested|charged|indicted|detained|apprehended|booked|cited)\b"
    # (or past a list set apart by semicolons: "charged are A, 41; B, 29; and four others")
    r"(?:[^.;]{0,60}?|[^.]{0,160}?;\s*)"
    r"(?:\band|\balong with|\btogether with)\s+" + _COUNT + r"\s+(?:other\s+)?" + _PEOPLE + r"\b"
    r"(?!\s+(?:who\s+)?(?:were|are|was)\s+(?:\w+\s+)?(?:shot|hurt|injured|killed|wounded))"
)
_GROUP_GATE_BESIDE = key_words(
    " and two", " and three", " and four", " and five", " and six", "along with", "together with"
)
_GROUP_GATE = key_words(
    "-year-olds", "juvenile", "minors", "other", "more", "additional", "also", "ages ", "aged ",
    "two ", "three ", "four ", "five ", "six ",
)  # fmt: skip
_EITHER_GROUP_GATE = any_key_words(_GROUP_GATE, _GROUP_GATE_BESIDE)
# Ages told of a group, under 18: "ages 13 to 15", "ages 14, 15 and 16".
_AGES_TOLD = re.compile(r"\b(?:ages?|aged)\s+(\d{1,2})(?:\s*(?:,|to|through|and|-)\s*(\d{1,2}))*")


def _minor_ages(text: str) -> bool:
    """Whether `text` tells a group's ages, all under 18 ("ages 13 to 15")."""
    found = _AGES_TOLD.search(text)
    return found is not None and all(int(n) < 18 for n in re.findall(r"\d{1,2}", found.group(0)))


_ALSO = re.compile(r"\balso\b", re.I)

# A group told member by member, by age, as the subject of custody: "A 14-year-old, a
# 15-year-old and a 16-year-old were also charged", "Two boys, 15 and 16, and a 14-year-old
# girl were also charged".
_MEMBER = (
    r"(?:[Aa]n?\s+\d{1,2}-year-old(?:\s+(?:boy|girl|male|female|teen|teenager|juvenile))?"
    r"|(?:[Tt]wo|[Tt]hree)\s+(?:boys|girls|teens|teenagers|juveniles),\s+\d{1,2}(?:,\s+\d{1,2})*,?"
    r"\s+and\s+\d{1,2},?)"
)
_AGED_MEMBERS = compile_scan(
    r"(?:\A\W*|;\s+)(?P<list>" + _MEMBER + r"(?:(?:,\s+|,?\s+and\s+)" + _MEMBER + r"){1,4})\s+"
    r"(?:(?:were|have\s+been|are|had\s+been)\s+)(?P<also>also\s+)?" + CUSTODY
)
_AGED_GATE = key_words("-year-old", "boys,", "girls,", "teens,", "juveniles,")


# A group told before, given its ages: "The two boys, 16 and 17, were taken into custody".
_THE_GROUP_AGED = compile_scan(
    r"\A\W*[Tt]he\s+(?:two|three|four)\s+(?:boys|girls|teens|teenagers|juveniles|minors),\s+"
    r"(?:ages?\s+|aged\s+)?(?P<ages>\d{1,2}(?:,\s+\d{1,2})*,?\s+and\s+\d{1,2}),?\s+"
    r"(?:(?:were|have\s+been|are|had\s+been)\s+)(?:also\s+)?" + CUSTODY
)
_THE_GROUP_GATE = key_words("boys,", "girls,", "teens,", "teenagers,", "juveniles,", "minors,")


def _aged_later(article: Article, found: list[Unnamed]) -> list[Unnamed]:
    """`found`, its members of no age given the ages a later sentence tells the group by ("The
    two boys, 16 and 17, were taken into custody"), quoted from that sentence."""
    for sentence in _THE_GROUP_GATE.among(article.sentences):
        match = first_in(_THE_GROUP_AGED, sentence.text)
        if match is None:
            continue
        ages = _ages_in(match.group("ages"))
        slots = [i for i, (age, _, _) in enumerate(found) if age is None]
        if len(slots) < len(ages):
            continue
        evidence = fact("SuspectIdentified", {}, article, sentence).evidence
        for slot, age in zip(slots, ages, strict=False):
            found[slot] = (age, found[slot][1], evidence)
    return found


def _ages_in(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\b(\d{1,2})\b", text)]


def counted_groups(article: Article, named: list[Person]) -> list[Unnamed]:
    """Each member of a group of co-suspects the article counts but does not name: as many
    as the group counts, less the named suspects the report first names after it (who may
    be its members: "Bo Tran and three others were charged. The others are ...")."""
    found: list[Unnamed] = []
    plain: list[Unnamed] = []  # members of groups told plainly ("Two men were charged")
    ages = {p.age for p in named}
    # A group told member by member, by age, is read so, and not again as a counted group.
    by_age: set[int] = set()
    for sentence in _AGED_GATE.among(article.sentences):
        for match in matches_in(_AGED_MEMBERS, sentence.text):
            listed = _ages_in(match.group("list"))
            if not (match.group("also") or all(age < 18 for age in listed)):
                continue  # "A 30-year-old and a 41-year-old were charged": perhaps the named
            if first_in(OTHER_MATTER, sentence.text) or article.cast.people_in(sentence):
                continue
            evidence = fact("SuspectIdentified", {}, article, sentence).evidence
            found += [(age, None, evidence) for age in listed if age not in ages]
            by_age.add(sentence.index)
    for sentence in _EITHER_GROUP_GATE.among(article.sentences):
        if first_in(OTHER_MATTER, sentence.text) or sentence.index in by_age:
            continue
        text = sentence.text
        match = _GROUP_GATE.opens(sentence) and first_in(_GROUP, text)
        if match and article.cast.people_in(sentence):
            match = None  # the group is the people the sentence names
        noun = match and (match.group("noun") or match.group("noun2") or "")
        # "Three men were arrested": perhaps the three it names, so only those it does not
        # name at all are counted ("Two men have been charged ... Bo Tran, 18, will appear").
        every_named = bool(
            match
            and (match.group("count") or match.group("taken"))
            and not (
                match.group("other")
                or match.group("other2")
                or _BESIDE_BY_NOUN.match(noun)
                or _ALSO.search(match.group(0))
                or _minor_ages(text)
            )
        )
        if every_named and (not named or not _OPENS_SENTENCE.match(text, 0, match.start())):
            # (only the group the sentence is about: not "accused of robbing two women")
            match, every_named = None, False
        beside = _GROUP_GATE_BESIDE.opens(sentence)
        match = (
            match
            or (beside and first_in(_GROUP_BESIDE, text))
            or (beside and first_in(_GROUP_AFTER, text))
        )
        if not match:
            continue
        noun = match.groupdict().get("noun") or match.groupdict().get("noun2") or ""
        if _ANYONE.match(noun) and not _UNKNOWN.search(text, match.start()):
            # "Wap and five others were accused", "Two more people have been charged": the
            # report's co-defendants, told by no more than their number, are left out unless
            # the report says they are sought, unknown or minors ("Three others remain at
            # large", "three others, all minors").
            continue
        stated = match.groupdict().get("each") or match.groupdict().get("each2")
        each = int(stated) if stated else None
        told = (
            match.groupdict().get("rest")
            or match.group("count")
            or match.groupdict().get("taken")
            or match.group("sought")
        )
        listed = group_ages(text)
        count = COUNTS[told.lower()] if told else len(listed)
        minors = (
            (each is not None and each < 18)
            or noun in ("juveniles", "minors", "boys", "girls")
            or _minor_ages(text)
        )
        later = [
            p
            for p in named
            if p.mentions
            and (every_named or min(p.mentions)[0] > sentence.index)
            and not (minors and (p.age is None or p.age >= 18))
            # (not one of another age than those the group is told with)
            and not (listed and p.age is not None and p.age not in listed)
        ]
        count -= len(later)
        if count <= 0 or (each is not None and each in ages):
            continue
        evidence = fact("SuspectIdentified", {}, article, sentence).evidence
        member_ages: list[int | None] = (
            [each] * count if each is not None else list(listed) if len(listed) == count else []
        )
        members = [(age, None, evidence) for age in member_ages] or [(None, None, evidence)] * count
        if every_named:
            plain += members
        else:
            found += members
    # A plain group told again as "the others" or by ages is counted there, not twice.
    return _told_again_with_ages(_aged_later(article, found or plain))


def _told_again_with_ages(found: list[Unnamed]) -> list[Unnamed]:
    """`found`, less a group counted with no ages that a later sentence counts again with its
    ages ("arrested an 18-year-old man and two juveniles Tuesday ... arrested Bo Tran, 18,
    and two boys, ages 15 and 16"): one group, told with its ages."""
    groups: dict[int, list[Unnamed]] = {}
    for member in found:
        groups.setdefault(member[2].start, []).append(member)
    kept = dict(groups)
    for start, members in groups.items():
        if start not in kept or any(age is None for age, _, _ in members):
            continue
        earlier = next(
            (
                other
                for other, told in kept.items()
                if other < start
                and all(age is None for age, _, _ in told)
                and len(told) <= len(members)
            ),
            None,
        )
        if earlier is not None:
            del kept[earlier]
    return [member for members in kept.values() for member in members]


def merge_unnamed(described: list[Unnamed], counted: list[Unnamed]) -> list[Unnamed]:
    """The unnamed co-suspects told one by one (`described`) and in counted groups, each
    once: a member of a group is one told alone of his age, or, without an age, one told
    alone in the group's own sentence ("A 16-year-old ... Three teens, ages 14, 15 and 16,
    were also charged" are three)."""
    merged = list(described)
    unmatched = list(described)
    for age, home, evidence in counted:
        same = next(
            (
                item
                for item in unmatched
                if (item[0] == age if age is not None else _member_told(item[2], evidence))
            ),
            None,
        )
        if same is not None:
            unmatched.remove(same)
            continue
        merged.append((age, home, evidence))
    return merged


def _member_told(described: Evidence, group: Evidence) -> bool:
    """Whether the co-suspect told alone in `described` is a member of the group counted in
    `group`: told in the group's own sentence, or after it as no one besides it ("Two
    teenagers have been charged ... A 16-year-old boy was charged with robbery", not "...
    Another teen remains at large")."""
    if described.start == group.start:
        return True
    return described.start > group.start and _ORDINAL.search(described.quote) is None


# An ordinal that tells someone besides those counted: "a third suspect", "another man".
_ORDINAL = re.compile(r"\b(?:a|the)\s+(second|third|fourth|fifth)\b|\b(another)\b", re.I)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def beyond_count(quote: str, count: int) -> bool:
    """Whether the unnamed suspect told in `quote` is one besides a group of `count` the
    report counted: "Two men were arrested ... A third suspect remains at large"."""
    found = _ORDINAL.search(quote)
    if found is None or not count:
        return False
    return bool(found.group(2)) or _ORDINALS[found.group(1).lower()] > count


# Suspects a report tells one by one, as police releases describe them: "The first suspect is
# described as ... The second suspect wore ... The third suspect ...", "Suspect 1: Black male,
# 20s ... Suspect 3: ...", "One suspect wore a red hoodie, another a black jacket, and a third
# a white T-shirt". The last one told says how many there are.
_ENUMERATED = compile_scan(
    r"\b(?:the\s+|a\s+)?(?P<ordinal>second|third|fourth|fifth)\s+(?:suspect|gunman|shooter|"
    r"robber|attacker|assailant|man|woman|male|female)\b"
    r"|\b[Ss]uspect\s*(?:#|[Nn]o\.?\s*)?(?P<number>[1-6])\s*[:–—-]"
    r"|\b[Oo]ne\s+suspect\b[^.]{0,120}?\banother\b[^.]{0,120}?\ba\s+(?P<third>third)\b",
    re.I,
)
_ENUMERATED_GATE = key_words("second", "third", "fourth", "fifth", "suspect")


def enumerated(article: Article) -> tuple[int, Evidence | None]:
    """How many suspects a report that tells them one by one describes: the last ordinal or
    number it gives one of them ("The third suspect ..." is three), or 0; and the sentence
    that tells the last."""
    most, told = 0, None
    for sentence in _ENUMERATED_GATE.among(article.sentences):
        for match in matches_in(_ENUMERATED, sentence.text):
            word = match.group("ordinal") or match.group("third")
            value = _ORDINALS[word.lower()] if word else int(match.group("number"))
            if value > most:
                most, told = value, fact("SuspectIdentified", {}, article, sentence).evidence
    return most, told
