"""The age a report gives a named suspect: told beside one of his names ("Bo Tran, 29,"),
or told later of him by his age alone ("The 25-year-old is charged with ...", "The suspect,
45, is charged", "He is 45.", "Jail records show she is 46"), in a sentence whose subject he
is. Who the suspects are, and which of these ages a fact gives, is for `suspects.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from casefile.extraction.ages import AGE_ADVERB, AGE_PREDICATE_END, age_near
from casefile.extraction.context import Article
from casefile.extraction.descriptions import (
    NAMED_FOR,
    NAMED_FOR_GATE,
    PLURAL_NOUNS,
    harmed_description,
)
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence


def age_by_name(article: Article, person: Person) -> tuple[int | None, int | None]:
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
    # ... nor one the sentence says came to no harm: "The 19-year-old shop assistant who was
    # working alone was not physically injured", "was unhurt".
    r"(?![^.;]{0,80}\b(?:was|were)\s+(?:not|un)\s*(?:\w+\s+)?(?:injured|hurt|harmed)\b)"
    r"(?![^.;]{0,80}\b(?:was|were)\s+(?:\w+\s+)?(?:unharmed|uninjured|unhurt)\b)"
    # "The suspect, 45, is charged", "He is 45.": the age of the one the sentence is about.
    r"|\A\W*The\s+(?:suspect|teen|teenager|defendant|accused|man|woman)\s*,\s*(?P<told>\d{1,2}),"
    # ("He is 22 and lives in Dayton", "She was 17 at the time": as said of a name, `ages.py`)
    r"|\A\W*(?:He|She)\s+(?:is|was)\s+"
    + AGE_ADVERB
    + r"(?P<is>\d{1,2})(?:\s+years\s+old)?"
    + AGE_PREDICATE_END
    +
    # "Bo Tran appeared in court Monday, the 23-year-old's first appearance": the age told in
    # an apposition to the clause, of its subject.
    r"|\A[^.;]{1,200}?,\s+the\s+(?P<poss>\d{1,2})-year-old['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:appearance|hearing|court\s+date|arrest)\b"
    # "Jail records show she is 46": the age a record gives of the one it names.
    r"|\A\W*(?:[\w-]+\s+){0,2}(?:records|documents|papers|filings)\s+(?:show|showed|say|said|"
    r"indicate|indicated)\s+(?:that\s+)?(?P<rwho>he|she|(?-i:[A-Z])[\w'’-]+)\s+is\s+"
    r"(?P<record>\d{1,2})(?:\s+years\s+old)?\b(?!\s*(?:%|percent|times|feet|-))"
)
_AGED_GATE = key_words(
    "-year-old",
    "he is ",
    "she is ",
    "he was ",
    "she was ",
    "the suspect, ",
    "the teen",
    "the defendant, ",
    "the accused, ",
    "the man, ",
    "the woman, ",
    "records",
    "documents",
    "papers",
    "filings",
    "-year-old's",
    "-year-old’s",
)


def _about(match: re.Match[str]) -> int:
    """Where the one a statement of age is about is told: the name or pronoun a record's
    age is given of, else the statement's start."""
    return match.end("rwho") if match.group("rwho") else match.start()


class AgesToldLater:
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
                (sentence, age, _about(match))
                for sentence in _AGED_GATE.among(self.article.sentences)
                # (the whole sentence: what its look-aheads read lies past the subject)
                if (match := _THE_AGED.match(sentence.text)) is not None
                if (
                    age := int(
                        match.group("age")
                        or match.group("told")
                        or match.group("is")
                        or match.group("record")
                        or match.group("poss")
                    )
                )
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


def age_by_description(article: Article, person: Person) -> tuple[int | None, int | None]:
    """The age of the description a report gives `person` by name: "Troopers identified the
    driver as Bo Tran" after "a 52-year-old driver crossed the center line", "The gunman,
    identified as Bo Tran, ..." after "the 41-year-old gunman fired"; with the sentence
    telling the age ("The man in custody is Bo Tran" after "police arrested a 24-year-old
    man"). Only where the report gives that noun one age, and not to one harmed."""
    for index, start, _ in person.mentions:
        if not NAMED_FOR_GATE.opens(article.sentences[index]):
            continue
        text = article.sentences[index].text
        naming = NAMED_FOR.search(text, max(0, start - 80), start)
        # ("the chief said the man in custody is Bo Tran": a sentence that says who it is)
        noun = naming and (naming.group("noun") or naming.group("onoun") or naming.group("snoun"))
        if not noun or noun.lower() in PLURAL_NOUNS:
            continue
        ages: dict[int, int] = {}
        aged = re.compile(
            rf"\b(?:a|an|the)\s+(\d{{1,2}})-year-old\s+(?:[\w-]+\s+){{0,2}}?{noun}\b", re.I
        )
        for sentence in article.sentences[: index + 1]:
            end = naming.start() if sentence.index == index else len(sentence.text)
            for match in aged.finditer(sentence.text, 0, end):
                if not harmed_description(sentence.text, match.start(), match.end()):
                    ages.setdefault(int(match.group(1)), sentence.index)
        if len(ages) == 1:
            ((age, told),) = ages.items()
            return age, told
    return None, None
