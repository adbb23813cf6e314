"""VictimReported: people killed, injured, or targeted but unharmed."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact
from casefile.extraction.mentions import NUMBER, age_near, number_value
from casefile.extraction.sentences import key_words

_OUTCOME_RANK = {"unharmed": 0, "injured": 1, "killed": 2}
_KILLED_NEAR = re.compile(
    r"\b(?:killing|killed|death|deaths|murder(?:s|ed)?|slaying|slayings|slain|homicides?|"
    r"died|die|dead|fatal(?:ly)?|deadly|shooting death|shot to death)\b",
    re.I,
)
_INJURED_NEAR = re.compile(
    r"\b(?:wounded|wounding|injured|injuries|hurt|survived|hospitali[sz]ed|cuts|abrasions|"
    r"gunshot wounds?|shot in the|stable condition)\b",
    re.I,
)
_TARGET_BEFORE = re.compile(
    r"\b(?:to kill|intent(?:ion)? (?:to kill|of killing)|intended target|targeting|meant to kill)"
    r"\s+(?:[\w-]+\s+){0,3}?\Z",
    re.I,
)
_ROLE = (
    r"(?:officer|deputy|sergeant|trooper|agent|woman|man|cyclist|boy|girl|child|teen|teenager|"
    r"bystander|driver|pedestrian|victim|passenger|neighbor|resident|employee|clerk|mother|father)"
)
_INDEFINITE_VICTIM = re.compile(
    rf"\b(?:a|an)\s+(?P<desc>(?:[\w'’-]+\s+){{0,5}}?{_ROLE})\b(?:,[^.]{{0,60}}?,)?\s+(?:who\s+)?"
    r"(?:was|were|is)\s+(?:\w+\s+){0,2}?(?P<what>shot and killed|killed|found dead|fatally shot|"
    r"shot and injured|shot and wounded|injured|wounded|shot|hurt|stabbed)\b",
    re.I,
)
_VICTIM_OBJECT = re.compile(
    rf"\b(?P<what>wounded|injured|shot|killed|fatally shooting|fatally shot|killing)\s+(?:a|an)\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?(?:[\w'’-]+\s+){{0,4}}?{_ROLE})\b",
    re.I,
)
_DEFINITE_INJURED = re.compile(
    rf"\bthe\s+(?P<desc>{_ROLE})\s+(?:suffered|sustained|received|was treated for)\s+"
    r"(?:\w+\s+){0,3}?(?:injuries|cuts|abrasions|wounds?|gunshot)",
    re.I,
)
_SUFFERING = re.compile(
    rf"\b(?:a|an)\s+(?:\d+-year-old\s+)?(?P<desc>{_ROLE})\b[^.]{{0,60}}?\bsuffering (?:from )?"
    r"(?:a |an )?(?:gunshot|injur|wound)",
    re.I,
)
_MISSED = re.compile(rf"\b(?:narrowly )?missing the\s+(?P<desc>{_ROLE})\b", re.I)
_TARGET = re.compile(
    r"\b(?:intent(?:ion)? (?:to kill|of killing)|there to kill|meant to kill)\s+"
    r"(?P<desc>another (?:man|woman|person)|a different (?:man|woman|person))\b(?!\s+[A-Z])",
    re.I,
)
_COUNTED = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?P<desc>boys|girls|children|sons|daughters|"
    r"officers|men|women|kids)\b",
    re.I,
)
_DOUBLE = re.compile(r"\bdouble (?:homicide|murder|killing)\b", re.I)
# Key words without which a sentence cannot match the patterns listed with them.
_GATED_PATTERNS = [
    (key_words("shot", "kill", "dead", "injur", "wound", "hurt", "stabb"), _INDEFINITE_VICTIM),
    (key_words("shot", "kill", "injur", "wound", "fatal"), _VICTIM_OBJECT),
    (key_words("suffering"), _SUFFERING),
    (key_words("suffered", "sustained", "received", "treated for"), _DEFINITE_INJURED),
    (key_words("missing the"), _MISSED),
]
_COUNTED_GATE = key_words(
    "boys", "girls", "children", "sons", "daughters", "officers", "men", "kids"
)


def _outcome_of(what: str) -> str:
    if re.search(r"kill|dead|fatal", what, re.I):
        return "killed"
    return "injured"


def extract_victims(article: Article) -> list[Fact]:
    named = _named_victims(article)
    unnamed = _unnamed_victims(article)
    facts = [f for _, f in named]
    for outcome in ("killed", "injured", "unharmed"):
        have = sum(1 for o, _ in named if o == outcome)
        extra = [f for o, f in unnamed if o == outcome]
        facts.extend(extra[have:] if have < len(extra) else [])
    return facts


def _named_victims(article: Article) -> list[tuple[str, Fact]]:
    found: list[tuple[str, Fact]] = []
    for person in article.cast.people:
        if person.suspect or not person.victim:
            continue
        outcome: str | None = None
        evidence = None
        age = None
        for index, start, end in person.mentions:
            sentence = article.sentences[index]
            text = sentence.text
            window = text[max(0, start - 80) : end + 80]
            if _TARGET_BEFORE.search(text, 0, start):
                candidate = "unharmed"
            elif _KILLED_NEAR.search(window):
                candidate = "killed"
            elif _INJURED_NEAR.search(window):
                candidate = "injured"
            else:
                candidate = None
            if candidate and (outcome is None or _OUTCOME_RANK[candidate] > _OUTCOME_RANK[outcome]):
                outcome, evidence = candidate, sentence
            age = age if age is not None else age_near(text, start, end)
        if (
            outcome is None
            and person.mentions
            and _KILLED_NEAR.search(" ".join(s.text for s in article.sentences))
        ):
            # "the shooting of X" in a report of a killing: X is the one killed.
            outcome, evidence = "killed", article.sentences[person.mentions[0][0]]
        if outcome and evidence:
            found.append(
                (
                    outcome,
                    fact(
                        "VictimReported",
                        {
                            "name": person.name,
                            "description": "victim",
                            "age": age,
                            "outcome": outcome,
                        },
                        article,
                        evidence,
                    ),
                )
            )
    return found


def _unnamed_victims(article: Article) -> list[tuple[str, Fact]]:
    by_description: dict[str, tuple[str, Fact]] = {}
    order: list[str] = []
    groups: dict[str, tuple[int, Fact]] = {}

    def add(description: str, outcome: str, sentence, new: bool, age=None) -> None:
        key = description.lower().split()[-1]
        if new:
            key = f"{key}#{len(order)}"
        elif key not in by_description:
            matching = [k for k in order if k.split("#")[0] == key]
            key = matching[-1] if matching else key
        victim = fact(
            "VictimReported",
            {"name": None, "description": description.lower(), "age": age, "outcome": outcome},
            article,
            sentence,
        )
        if key in by_description:
            if _OUTCOME_RANK[outcome] > _OUTCOME_RANK[by_description[key][0]]:
                by_description[key] = (outcome, victim)
            return
        by_description[key] = (outcome, victim)
        order.append(key)

    for sentence in article.sentences:
        text = sentence.text
        if "one of them" in sentence.lower and re.search(r"\bone of them\b", text, re.I):
            continue
        counted = _COUNTED.finditer(text) if _COUNTED_GATE.search(sentence.lower) else ()
        for match in counted:
            clause = text[match.start() : match.end() + 100]
            outcome = (
                "killed"
                if _KILLED_NEAR.search(clause)
                else ("injured" if _INJURED_NEAR.search(clause) else None)
            )
            count = number_value(match.group("n")) or 0
            if outcome and count > groups.get(outcome, (0, None))[0]:
                groups[outcome] = (
                    count,
                    fact(
                        "VictimReported",
                        {
                            "name": None,
                            "description": match.group("desc").lower(),
                            "age": None,
                            "outcome": outcome,
                        },
                        article,
                        sentence,
                    ),
                )
        if "double" in sentence.lower and _DOUBLE.search(text):
            add("victim", "killed", sentence, new=True)
            add("victim", "killed", sentence, new=True)
        for gate, pattern in _GATED_PATTERNS:
            if not gate.search(sentence.lower):
                continue
            new = pattern not in (_DEFINITE_INJURED, _MISSED)
            for match in pattern.finditer(text):
                what = match.groupdict().get("what") or ""
                if pattern is _MISSED:
                    outcome = "unharmed"
                elif pattern in (_DEFINITE_INJURED, _SUFFERING):
                    outcome = "injured"
                else:
                    outcome = _outcome_of(what)
                add(match.group("desc"), outcome, sentence, new=new)
        for match in _TARGET.finditer(text) if "kill" in sentence.lower else ():
            add(match.group("desc"), "unharmed", sentence, new=True)
    found = [by_description[k] for k in order]
    for outcome, (count, victim) in groups.items():
        # A counted group ("three boys") also covers single victims of the same outcome.
        singles = [f for o, f in found if o == outcome]
        found = [(o, f) for o, f in found if o != outcome]
        found.extend((outcome, f) for f in singles)
        found.extend([(outcome, victim)] * max(count - len(singles), 0))
    return found
