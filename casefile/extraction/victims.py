"""VictimReported: people killed, injured, or targeted but unharmed."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.context import Article, fact
from casefile.extraction.mentions import NUMBER, NUMBER_KEYS, number_value
from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import any_key_words, key_words
from casefile.extraction.victim_names import case_killing, named_victims, taken_outcome
from casefile.extraction.victim_wording import aged_victims, attempted, charge_wording

_OUTCOME_RANK = {"unharmed": 0, "injured": 1, "killed": 2}
_KILLED_NEAR = compile_scan(
    r"\b(?:killing|killed|death|deaths|murder(?:s|ed)?|slaying|slayings|slain|homicides?|"
    r"died|die|dead|fatal(?:ly)?|deadly|shooting death|shot to death)\b",
    re.I,
)
_INJURED_NEAR = compile_scan(
    r"\b(?:wounded|wounding|injured|injuries|hurt|survived|hospitali[sz]ed|cuts|abrasions|"
    r"gunshot wounds?|shot in the|stable condition)\b",
    re.I,
)
_ROLE = (
    r"(?:officer|deputy|sergeant|trooper|agent|woman|man|cyclist|boy|girl|child|teen|teenager|"
    r"bystander|driver|pedestrian|victim|passenger|neighbor|resident|employee|clerk|mother|father|"
    r"person|student|worker|motorist|customer|cashier|guard|nurse|teacher|infant|baby|toddler|"
    r"wife|husband|son|daughter|girlfriend|boyfriend|roommate|relative)"
)
# A describing word before a role; not a word that starts another clause or phrase.
_DESCRIBING = (
    r"(?:(?!(?:was|were|is|are|where|when|that|which|who|the|and|or|of|in|at|on|by|with|for|"
    r"to|from)\b)[\w'’-]+,?\s+)"
)
_INDEFINITE_VICTIM = compile_scan(
    rf"\b(?:a|an)\s+(?P<desc>{_DESCRIBING}{{0,5}}?{_ROLE})\b(?:,[^.]{{0,60}}?,)?\s+(?:who\s+)?"
    r"(?:was|were|is)\s+(?:\w+\s+){0,2}?(?P<what>not (?:hit|injured|hurt|struck)|unharmed|"
    r"uninjured|shot and killed|killed|found dead|fatally shot|pronounced dead|shot and injured|"
    r"shot and wounded|injured|wounded|shot|hurt|stabbed|treated for|robbed|sexually assaulted|"
    r"raped|kidnapped|abducted|assaulted|beaten|struck|hit)\b",
    re.I,
)
_VICTIM_OBJECT = compile_scan(
    rf"\b(?P<what>(?:fatal|deadly|fatally)\s+(?:\w+\s+)?(?:shooting|stabbing|beating|striking|"
    r"hitting|crash|attack|assault)|fatally (?:shot|shooting|stabbed|stabbing|struck|striking)|"
    r"wounded|injured|shot|shooting|killed|killing|"
    r"murder|murdering|murdered|death|slaying|stabbing|stabbed|beating|beat|raping|raped|rape|"
    r"sexually assaulting|sexually assaulted|sexual assault|assaulting|assaulted|kidnapping|"
    r"kidnapped|abducting|abducted|abduction|robbing|robbed|robbery|attacking|attacked|striking|"
    r"struck|hitting|hit)(?:\s+(?:of|on))?"
    r"\s+(?:a|an|another)\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,4}}?{_ROLE})\b",
    re.I,
)
_DEFINITE_INJURED = re.compile(
    rf"\bthe\s+(?P<desc>{_ROLE})\s+(?:suffered|sustained|received|was treated for)\s+"
    r"(?:\w+\s+){0,3}?(?:injuries|cuts|abrasions|wounds?|gunshot)",
    re.I,
)
# A victim referred to by role: "the 34-year-old mother ... was shot in the hand". Not "the
# man", which in crime news is as often the suspect.
_DEFINITE_VICTIM = re.compile(
    rf"\bthe\s+(?:\d{{1,3}}-year-old\s+)?(?P<desc>(?!man\b){_ROLE})\b"
    # an appositive, "who" ("the victim, who was shot in the leg"), or nothing
    r"(?:,[^.;]{0,60}?,\s+|,?\s+who\s+|\s+)"
    r"(?:(?:was|were)\s+[^.;,]{0,40}?\s+and\s+)?(?:was|were)\s+(?:also\s+)?"
    r"(?P<what>shot and killed|killed|fatally shot|found dead|shot(?!\s+at\b)|wounded|"
    r"injured|hurt|stabbed|not (?:hit|injured|hurt|struck|harmed)|unharmed|uninjured)\b",
    re.I,
)
# "a carjacking that left a 58-year-old driver with a gunshot wound"
_LEFT_VICTIM = re.compile(
    rf"\bleft\s+(?:a|an|another)\s+(?P<desc>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,3}}?{_ROLE})\s+"
    r"(?P<what>dead|with (?:a |an )?(?:\w+ ){0,2}?(?:gunshot wounds?|wounds?|injuries)|"
    r"(?:critically |seriously )?(?:wounded|injured))\b",
    re.I,
)
_SUFFERING = compile_scan(
    rf"\b(?:a|an)\s+(?:\d+-year-old\s+)?(?P<desc>{_ROLE})\b[^.]{{0,60}}?\bsuffering (?:from )?"
    r"(?:a |an )?(?:gunshot|injur|wound)",
    re.I,
)
# "a bullet struck the deputy", "a truck hit a road worker"
_STRUCK = compile_scan(
    r"\b(?:bullets?|rounds?|gunfire|shots?|pellets?|vehicle|car|truck|SUV|van)\s+(?:also\s+)?"
    r"(?P<what>struck|hit|grazed)\s+(?:the|a|an)\s+(?:\d+-year-old\s+)?"
    rf"(?P<desc>{_DESCRIBING}{{0,2}}?{_ROLE})\b",
    re.I,
)
# "found a man dead", "found a woman shot in the head"
_FOUND = compile_scan(
    rf"\bfound\s+(?:a|an)\s+(?P<desc>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,3}}?{_ROLE})\s+"
    r"(?P<what>dead|unresponsive|shot|stabbed|with (?:a |an )?(?:\w+ ){0,2}?(?:gunshot wounds?|"
    r"stab wounds?|wounds?|injuries))\b",
    re.I,
)
# "The victim, a 24-year-old woman, ...": the outcome is read from the sentence.
_THE_VICTIM_WAS = compile_scan(
    rf"\bthe (?:\w+ )?victims?,\s+(?:a|an)\s+(?P<desc>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,3}}?{_ROLE})"
    rf"\b(?:,?\s+and\s+(?:a|an)\s+(?P<desc2>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,3}}?{_ROLE})\b)?",
    re.I,
)
# Shot at but not said to be hit: "fired at a deputy", "exchanged shots with a third officer".
_FIRED_AT = compile_scan(
    r"\b(?:fired (?:at|on)|shot at|shooting at|firing (?:at|on)|exchang(?:ed|ing) (?:gunfire|shots|"
    r"fire) with)\s+(?:a|an)\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,3}}?{_ROLE})\b",
    re.I,
)
_MISSED = compile_scan(rf"\b(?:narrowly )?missing the\s+(?P<desc>{_ROLE})\b", re.I)
_TARGET = re.compile(
    r"\b(?:intent(?:ion)? (?:to kill|of killing)|there to kill|meant to kill)\s+"
    r"(?P<desc>another (?:man|woman|person)|a different (?:man|woman|person))\b(?!\s+[A-Z])",
    re.I,
)
# The look-ahead names the characters a count starts with (a digit or the first letter of a
# number word): `compile_scan` cannot work them out from `\d`, and without them the pattern
# is entered at every word of the sentence.
_COUNTED = re.compile(
    rf"(?=[\dotfsen])\b(?P<n>{NUMBER})\s+(?P<between>(?:[\w-]+\s+){{0,2}}?)(?P<desc>boys|girls|children|sons|person|"
    r"daughters|officers|men|women|kids|people|persons|others|victims)\b",
    re.I,
)
# Nouns that only count victims when a harm word frames them: "killing six people".
_PLAIN_COUNT = frozenset(["people", "person", "persons", "others", "victims"])
# "shot and killed three children", "killed his three young sons", "injuring three others".
_COUNT_VERB_BEFORE = compile_scan(
    r"\b(?P<verb>shot and killed|killed|killing|murdered|murdering|executed|executing|"
    r"fatally shot|fatally shooting|shot and wounded|wounded|wounding|injured|injuring|shot|"
    r"shooting|stabbing|deaths|murders|slayings|stabbed)\s+(?:of\s+)?(?:(?:his|her|their|the|all)\s+)?"
    # "killed his pregnant wife and their two daughters", "Killing Wife, 2 Daughters"
    r"(?:(?:[\w-]+\s+){0,2}?[\w-]+(?:,|\s+and)\s+(?:(?:his|her|their|the)\s+)?)?\Z",
    re.I,
)
# "three people were killed", "left six people dead".
_COUNT_PREDICATE_AFTER = re.compile(
    r"\A\s+(?:(?:were|was|have been|had been|are|all|later|also)\s+)*(?P<what>killed|dead|died|"
    r"injured|wounded|hurt|shot and killed|shot dead|shot to death|fatally shot|shot|stabbed)\b",
    re.I,
)
_DIED_LATER = re.compile(r"\b(?:died|(?:was|were) killed|pronounced dead)\b", re.I)
_COUNT_ACCUSED_AFTER = re.compile(
    r"\A\s+(?:(?:have|has|had|were|was|are|been|also|both|later)\s+)*(?:arrested|charged|accused|"
    r"indicted|held|booked|sought|wanted|convicted|sentenced)\b",
    re.I,
)
_DATE_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\Z", re.I
)
# Harm named by a noun, which does not say whether the person lived: "the shooting of a man" is
# the killing in a story of a killing.
_HARM_NOUN = re.compile(r"shooting|stabbing|beating|attack|assault|striking|hitting")
_TAKEN = re.compile(r"kidnap|abduct|rob", re.I)
_AGED = re.compile(r"\b(\d{1,3})-year-old\b")
_LEFT_BEFORE = re.compile(r"\bleft\s+\Z", re.I)
_COUNT_OTHER = compile_scan(r"\b(?:other|more|additional)\b", re.I)
_ONE_FATALLY = re.compile(
    r"\bone(?: of (?:them|whom))?,?\s+(?:fatally|mortally|died|was killed|later died)\b", re.I
)
_DOUBLE = re.compile(r"\bdouble (?:homicide|murder|killing)\b", re.I)
_PASSIVE_WORDS = (
    "shot kill dead injur wound hurt stabb robbed assaulted raped kidnapped abducted beaten "
    "struck hit unharmed uninjured"
)
_OBJECT_WORDS = (
    "shot shoot kill injur wound fatal murder death slay stab beat rap assault kidnap abduct "
    "robb attack struck strik hit"
)
# Key words without which a sentence cannot match the patterns listed with them.
_GATED_PATTERNS = [
    (
        key_words(*_PASSIVE_WORDS.split(), "treated for"),
        _INDEFINITE_VICTIM,
    ),
    (
        key_words(*_OBJECT_WORDS.split()),
        _VICTIM_OBJECT,
    ),
    (
        key_words("shot", "kill", "dead", "injur", "wound", "hurt", "stabb", "not hit", "unharm"),
        _DEFINITE_VICTIM,
    ),
    (key_words("left"), _LEFT_VICTIM),
    (key_words("suffering"), _SUFFERING),
    (key_words("suffered", "sustained", "received", "treated for"), _DEFINITE_INJURED),
    (key_words("missing the"), _MISSED),
    (key_words("fired", "shot at", "shooting at", "firing", "exchang"), _FIRED_AT),
    (key_words("struck", "hit", "grazed"), _STRUCK),
    (key_words("found a"), _FOUND),
    (key_words("victim,", "victims,"), _THE_VICTIM_WAS),
]
_ANY_GATE = any_key_words(*(gate for gate, _ in _GATED_PATTERNS))
_COUNTED_WORDS = (
    "boys girls children sons daughters officers men kids people persons person others victims"
)
_COUNTED_GATE = key_words(*_COUNTED_WORDS.split())
# How a pattern's victim relates to those found before: a new one (two victims of a double
# homicide), one that may be an earlier one introduced again ("wounded a woman" ... "a
# 34-year-old woman suffering a gunshot"), or a reference back ("the officer suffered").
_NEW, _AGAIN, _BACK = "new", "again", "back"
_MODES = {
    _INDEFINITE_VICTIM: _AGAIN,
    _VICTIM_OBJECT: _AGAIN,
    _DEFINITE_VICTIM: _BACK,
    _LEFT_VICTIM: _AGAIN,
    _SUFFERING: _AGAIN,
    _DEFINITE_INJURED: _BACK,
    _MISSED: _BACK,
    _FIRED_AT: _AGAIN,
    _STRUCK: _AGAIN,
    _FOUND: _AGAIN,
    _THE_VICTIM_WAS: _AGAIN,
}


def _outcome_of(what: str) -> str:
    if re.search(r"\bnot\b|unharmed|uninjured", what, re.I):
        return "unharmed"
    if re.search(r"kill|dead|fatal|died|murder|execut|death|slay", what, re.I):
        return "killed"
    if re.search(r"kidnap|abduct|rob|found", what, re.I):
        return "unharmed"
    return "injured"


def _sentence_outcome(text: str) -> str | None:
    """What a sentence says happened, when the wording names no harm of its own."""
    if _KILLED_NEAR.search(text):
        return "killed"
    if _INJURED_NEAR.search(text) or re.search(
        r"\b(?:sexually assault|rap(?:ed|e)\b|shot\b)", text
    ):
        return "injured"
    return "unharmed" if re.search(r"\b(?:robbed|kidnapped|abducted)\b", text) else None


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
    found = []
    for victim in named_victims(article):
        fields = {
            "name": victim.person.name,
            "description": "victim",
            "age": victim.age,
            "outcome": victim.outcome,
        }
        last = victim.until or victim.sentence  # a statement over two sentences quotes both
        evidence = evidence_in(article.text, victim.sentence.start, last.end)
        found.append((victim.outcome, Fact("VictimReported", fields, evidence)))
    return found


def _unnamed_victims(article: Article) -> list[tuple[str, Fact]]:
    taken: list[str] = []  # `taken_outcome(article)`, read once when first needed
    by_description: dict[str, tuple[str, Fact]] = {}
    order: list[str] = []
    groups: dict[str, tuple[int, Fact]] = {}

    def add(description: str, outcome: str, sentence, mode: str, until=None) -> None:
        kind = description.lower().split()[-1]
        earlier = [k for k in order if k.split("#")[0] == kind]
        if mode == _AGAIN:
            earlier = [k for k in earlier if by_description[k][0] == outcome]
        if mode == _BACK and not earlier and any(o == outcome for o, _ in by_description.values()):
            return  # "the officer was fatally shot" after "shooting a special agent"
        key = earlier[-1] if earlier and mode != _NEW else f"{kind}#{len(order)}"
        victim = fact(
            "VictimReported",
            {
                "name": None,
                "description": description.lower(),
                "age": int(aged.group(1)) if (aged := _AGED.search(description)) else None,
                "outcome": outcome,
            },
            article,
            sentence,
        )
        if until is not None:  # the outcome told in the next sentence: quote both
            victim = Fact(
                "VictimReported",
                victim.fields,
                evidence_in(article.text, sentence.start, until.end),
            )
        if key in by_description:
            if _OUTCOME_RANK[outcome] > _OUTCOME_RANK[by_description[key][0]]:
                by_description[key] = (outcome, victim)
            return
        by_description[key] = (outcome, victim)
        order.append(key)

    # The gates' words, each tested with `isdisjoint` below: `gate.opens(sentence)` without a
    # call per sentence and gate.
    counted_words, number_words, any_gate_words = (
        _COUNTED_GATE.words,
        NUMBER_KEYS.words,
        _ANY_GATE.words,
    )
    for sentence in article.sentences:
        text = sentence.text
        # "Two officers were shot, one of them fatally": a count split by outcome, one killed
        # and the rest hurt; "one of them" said otherwise is read from the names that follow.
        fatal = "one" in sentence.lower and _ONE_FATALLY.search(text)
        split = not fatal and "one of them" in sentence.lower and "one of them" in text.lower()
        sentence_words = sentence.key_words
        counts = (
            not split
            and not counted_words.isdisjoint(sentence_words)
            and not number_words.isdisjoint(sentence_words)
        )
        counted = _COUNTED.finditer(text) if counts else ()
        for match in counted:
            if not article.in_case(sentence, match.start()) or _DATE_BEFORE.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue  # "the June 15 deaths": a date
            outcome = _count_outcome(text, match)
            if outcome == "injured?":
                outcome = "killed" if case_killing(article) else "injured"
            count = number_value(match.group("n")) or 0
            told = [(outcome, count)]
            if fatal and outcome and count > 1:
                told = [("killed", 1), ("injured", count - 1)]
            for outcome, count in told:
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
            add("victim", "killed", sentence, _NEW)
            add("victim", "killed", sentence, _NEW)
        gated = () if any_gate_words.isdisjoint(sentence_words) else _GATED_PATTERNS
        for gate, pattern in gated:
            if gate.words.isdisjoint(
                sentence_words
            ):  # `not gate.opens(sentence)`, minus a call each
                continue
            for match in pattern.finditer(text):
                what = match.groupdict().get("what") or ""
                if not article.in_case(sentence, match.start()) or charge_wording(
                    text, match.start(), what
                ):
                    continue  # "one count of rape of an intoxicated person": a charge's name
                if pattern is _MISSED or pattern is _FIRED_AT:
                    outcome = "unharmed"
                elif pattern is _THE_VICTIM_WAS:
                    found_outcome = _sentence_outcome(text)
                    if found_outcome is None:
                        continue
                    outcome = found_outcome
                    if match.group("desc2"):  # "the victims, a man and a woman,"
                        add(match.group("desc2"), outcome, sentence, _NEW)
                elif pattern is _FOUND:
                    outcome = "killed" if what.lower() in ("dead", "unresponsive") else "injured"
                elif pattern in (_DEFINITE_INJURED, _SUFFERING):
                    outcome = "injured"
                elif pattern is _VICTIM_OBJECT and _HARM_NOUN.fullmatch(what.lower()):
                    # "the shooting of a man"
                    outcome = "killed" if case_killing(article) else "injured"
                else:
                    outcome = _outcome_of(what)
                    if outcome == "unharmed" and _TAKEN.search(what):
                        # "kidnapping a girl": hurt if the case says so
                        taken = taken or [taken_outcome(article)]
                        outcome = taken[0]
                if outcome == "killed" and attempted(text, match.start()):
                    outcome = "injured"  # "the attempted murder of a clerk": no one killed
                add(match.group("desc"), outcome, sentence, _MODES[pattern])
        for match in _TARGET.finditer(text) if "kill" in sentence.lower else ():
            add(match.group("desc"), "unharmed", sentence, _NEW)
    for sentence, outcome, age, until in aged_victims(article):
        if outcome is None:  # no harm told of "the 54-year-old victim": the case's
            outcome = "killed" if case_killing(article) else taken_outcome(article)
        add(f"{age}-year-old victim", outcome, sentence, _AGAIN, until)
    found = [by_description[k] for k in order]
    for outcome, (count, victim) in groups.items():
        # A counted group ("three boys") also covers single victims of the same outcome.
        singles = [f for o, f in found if o == outcome]
        found = [(o, f) for o, f in found if o != outcome]
        found.extend((outcome, f) for f in singles)
        found.extend([(outcome, victim)] * max(count - len(singles), 0))
    return found


def _count_outcome(text: str, match: re.Match[str]) -> str | None:
    """What happened to a counted group, from the verb before the count ("killing six
    people"), the predicate after it ("three boys ... died") or "left N dead". Counts of
    "other" or "more" people are other incidents' victims and give none."""
    if _COUNT_OTHER.search(match.group("between")):
        return None
    before = text[max(0, match.start() - 40) : match.start()]
    verb = _COUNT_VERB_BEFORE.search(before)
    if verb:
        if _HARM_NOUN.fullmatch(verb.group("verb").lower()):
            return "injured?"  # "the shooting of two men": a killing if the case is one
        return _outcome_of(verb.group("verb"))
    after = text[match.end() :]
    predicate = _COUNT_PREDICATE_AFTER.match(after)
    if predicate:
        return _outcome_of(predicate.group("what"))
    if _LEFT_BEFORE.search(before) and re.match(r"\A\s+dead\b", after, re.I):
        return "killed"
    if match.group("desc").lower() in _PLAIN_COUNT or _COUNT_ACCUSED_AFTER.match(after):
        return None  # "two men have been arrested": suspects, not victims
    clause = text[match.start() : match.end() + 100]
    if _KILLED_NEAR.search(clause):
        return "killed"
    if not _INJURED_NEAR.search(clause):
        return None
    # "found three boys with gunshot wounds ... but the children died at the scene"
    return "killed" if _DIED_LATER.search(text, match.end()) else "injured"
