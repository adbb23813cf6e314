"""The suspects a report never names, as every fact family gives them: one person per article
and age ("a 17-year-old was also charged" and "the 17-year-old's bond" are one), and a fact
told of a counted group nobody names ("Two men were arrested", "Both were held on $100,000
bond each") given once for each of its members."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article
from casefile.extraction.harm_words import NOT_AFTER_HARM
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person


def is_unnamed_suspect(article: Article, person: Person) -> bool:
    """Whether `person` is one `unnamed_suspect` gave for `article`."""
    return any(p is person for p in article.__dict__.get("_unnamed_by_age", {}).values())


def unnamed_suspect(article: Article, age: int | None = None) -> Person:
    """The unnamed suspect (of `age`, if told) the report tells events of: one person per
    article and age, so that his events are told once each."""
    known: dict[int | None, Person] = article.__dict__.setdefault("_unnamed_by_age", {})
    return known.setdefault(age, Person(words=(), name=None, suspect=True, age=age))


# A counted group of suspects the report never names, as the subject of custody or a charge:
# "Two men were arrested", "three teenagers have been charged".
_GROUP_NOUN = (
    r"(?:[\w-]+\s+)?(?:men|women|teens|teenagers|boys|girls|juveniles|minors|suspects|people|"
    r"adults|males|females)\b"
)
_CUSTODY_VERB = (
    r"(?:arrested|charged|detained|taken\s+into\s+custody|booked|indicted|jailed|apprehended)\b"
)
_DESCRIBED = (
    r"(?:a|an)\s+\d{1,2}-year-old\s+(?:[\w-]+\s+)?(?:boy|girl|man|woman|male|female|teen|juvenile)"
)
_UNNAMED_GROUP = compile_scan(
    rf"{NOT_AFTER_HARM}\b(?P<n>two|three|four|five|six|2|3|4|5|6)\s+{_GROUP_NOUN}(?:,[^.;]{{0,40}}?,)?\s+"
    rf"(?:(?:were|have\s+been|had\s+been|are|was)\s+(?:\w+\s+)?)?{_CUSTODY_VERB}|"
    # the object of custody: "Police arrested two men, ages 19 and 22"
    rf"\b(?:arrested|detained|charged|apprehended|booked)\s+(?P<n2>two|three|four|five|six|2|3|4|5|6)"
    rf"\s+{_GROUP_NOUN}|"
    # two told apart by age: "A 16-year-old boy and a 17-year-old girl were detained"
    rf"\b(?P<pair>{_DESCRIBED}\s+and\s+{_DESCRIBED})\s+(?:were|have\s+been|had\s+been)\s+"
    rf"(?:\w+\s+)?{_CUSTODY_VERB}",
    re.I,
)
_GROUP_GATE = key_words(
    "two ", "three ", "four ", "five ", "six ", "2 ", "3 ", "4 ", "5 ", "6 ", "-year-old"
)  # fmt: skip
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A statement of them all: "Both were booked", "They are due in court", "each".
_ALL_OF_THEM = compile_scan(
    r"\b(?:they|them|their|both|each|all|the\s+(?:two|three|four|five|six|men|women|teens|"
    r"teenagers|boys|girls|juveniles|suspects|defendants|pair|trio))\b",
    re.I,
)


def unnamed_group_size(article: Article) -> int:
    """How many suspects the report counts without naming any ("Two men were arrested"),
    or 1."""
    if article.cast.named_suspects:
        return 1
    for sentence in _GROUP_GATE.among(article.sentences):
        found = first_in(_UNNAMED_GROUP, sentence.text)
        if found is not None:
            if found.group("pair"):
                return 2
            number = (found.group("n") or found.group("n2")).lower()
            return int(number) if number.isdigit() else _COUNTS[number]
    return 1


def for_each_unnamed(article: Article, facts: list[Fact]) -> list[Fact]:
    """`facts`, with a fact about no one named told of a counted unnamed group ("Two men were
    arrested", "Both were held on $100,000 bond each") given once for each of them: the file
    follows each suspect, named or not."""
    size = unnamed_group_size(article)
    if size < 2:
        return facts
    result: list[Fact] = []
    for told in facts:
        result.append(told)
        if told.fields.get("person") is not None:
            continue
        sentence = article.sentence_holding(told.evidence.start)
        if sentence is not None and (
            _ALL_OF_THEM.search(sentence.text) or _UNNAMED_GROUP.search(sentence.text)
        ):
            result.extend([told] * (size - 1))
    return result
