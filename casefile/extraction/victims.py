"""VictimReported: people killed, injured, or targeted but unharmed."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.context import Article, fact
from casefile.extraction.harm_words import NOT_UNHARMED
from casefile.extraction.patterns import compile_scan, matches_in
from casefile.extraction.sentences import GateTable, key_words
from casefile.extraction.victim_counts import (
    COUNTED_NOUNS,
    HARM_NOUN,
    INJURED_NEAR,
    KILLED_NEAR,
    children_listed,
    count_groups,
    counted_among,
    later_deaths,
    outcome_of,
)
from casefile.extraction.victim_names import case_killing, named_victims, taken_outcome
from casefile.extraction.victim_wording import (
    FRAUD_GATE,
    MONEY_LOST_GATE,
    aged_role,
    aged_role_gate,
    aged_victims,
    attempted,
    by_police,
    charge_wording,
    earlier_matter,
    fraud_victim,
    intended,
    money_lost,
    said_outcome,
)

_OUTCOME_RANK = {"unharmed": 0, "injured": 1, "killed": 2}
_ROLE = (
    r"(?:officer|deputy|sergeant|trooper|agent|woman|man|cyclist|boy|girl|child|teen|teenager|"
    r"bystander|driver|pedestrian|victim|passenger|neighbor|resident|employee|clerk|mother|father|"
    r"person|student|worker|motorist|customer|cashier|guard|nurse|teacher|infant|baby|toddler|"
    r"wife|husband|son|daughter|girlfriend|boyfriend|roommate|relative|firefighter|homeowner|"
    r"owner|teller|manager|tenant|grandmother|grandfather|jogger|hiker|paramedic|caregiver|"
    r"shopper|patron|sister|brother|stepson|stepdaughter|niece|nephew|patient|bouncer|"
    r"bartender|waitress|waiter|attendant|janitor|landlord|coworker|co-worker|classmate|"
    r"pharmacist|widow|widower|retiree|couple(?!\s+of\b))"
)
# An age in any unit: "a 2-month-old son" (an age in years only is a victim's age).
_AGE_WORD = r"\d{1,3}-(?:year|month|week|day)-old"
# A describing word before a role; not a word that starts another clause or phrase.
_DESCRIBING = (
    r"(?:(?!(?:was|were|is|are|where|when|that|which|who|the|and|or|of|in|at|on|by|with|for|"
    r"to|from|a|an|after|before|while|since|because|as)\b)[\w'’-]+,?\s+)"
)
_INDEFINITE_VICTIM = compile_scan(
    # the role, or an age standing for one ("a 16-year-old was shot in the leg")
    rf"\b(?:a|an|another)\s+(?P<desc>{_DESCRIBING}{{0,5}}?{_ROLE}|\d{{1,3}}-year-old)\b"
    # "A man and a woman were found shot to death"
    rf"(?:\s+and\s+(?:a|an)\s+(?P<desc2>(?:\d{{1,3}}-year-old\s+)?{_ROLE})\b)?"
    r"(?:,[^.]{0,60}?,)?"
    # "a 45-year-old man standing nearby was wounded"
    r"(?:\s+(?:standing|sitting|walking|waiting|riding|working|passing|nearby|inside|outside|"
    r"in (?:his|her|their) care)\b"
    r"[^,.;]{0,30}?)?"
    # "a 19-year-old woman who was with him was grazed"
    r"(?:\s+who\s+(?:was|were)\s+(?:with|inside|in|at|near|\w+ing)\b"
    r"[^,.;]{0,40}?(?=\s+(?:was|were)\b))?"
    r"\s+(?:who\s+)?"
    # "was shot", or "died" with no verb before it
    r"(?:(?:was|were|is)\s+(?:\w+\s+){0,2}?|(?=died\b|suffered\b))(?P<what>died|"
    # "a 5-month-old boy in her care suffered a brain bleed"
    r"suffered\s+(?:[\w-]+\s+){0,3}?(?:injur\w*|bleed\w*|fractur\w*|burns|trauma|wounds?|"
    r"concussion)|not (?:hit|injured|hurt|"
    r"struck)|unharmed|"
    r"uninjured|shot and killed|killed|found dead|fatally shot|pronounced dead|shot and injured|"
    r"(?:shot|stabbed|beaten|strangled) to death|shot dead|shot and wounded|injured|wounded|shot|hurt|stabbed|treated for|robbed|sexually assaulted|grazed|"
    r"raped|kidnapped|abducted|assaulted|beaten|struck|hit|hospitali[sz]ed|burned)\b",
    re.I,
)
_VICTIM_OBJECT = compile_scan(
    rf"\b(?P<what>(?:fatal|deadly|fatally)\s+(?:\w+\s+)?(?:shooting|stabbing|beating|striking|"
    r"hitting|crash|attack|assault)|fatally (?:shot|shooting|stabbed|stabbing|struck|striking)|"
    r"wounded|injured|shot|shooting|killed|killing|"
    r"murders?|murdering|murdered|deaths?|slayings?|killings|stabbing|stabbed|beating|beat|"
    r"raping|raped|rape|"
    r"sexually assaulting|sexually assaulted|sexual assault|assaulting|assaulted|kidnapping|"
    r"kidnapped|abducting|abducted|abduction|robbing|robbed|robbery|attacking|attacked|striking|"
    r"struck|hitting|hit|abusing|abused|torturing|tortured|carjacking|carjacked|molesting|"
    r"molested|pistol-whipped|pistol-whipping|punched|punching|slashed|slashing|choked|"
    r"choking|shaking|shook)(?:\s+(?:of|on))?"
    r"\s+(?:a|an|another|the other|(?P<det>his|her|their))\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,4}}?{_ROLE})\b",
    re.I,
)
_DEFINITE_INJURED = compile_scan(
    # "Her passenger, a 30-year-old man, suffered a broken arm"
    rf"\b(?:the|his|her|their)\s+(?P<desc>{_ROLE})(?:,[^.;]{{0,60}}?,)?\s+"
    # "The driver ... was pulled from his car and suffered a head injury"
    r"(?:(?:was|were)\s+[^.;,]{0,40}?\s+and\s+)?"
    r"(?:suffered|sustained|received|was treated for)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:injury|injuries|cuts|abrasions|wounds?|gunshot|broken|fractured?|burns|"
    r"bruises|lacerations|concussion)",
    re.I,
)
# A victim referred to by role: "the 34-year-old mother ... was shot in the hand". Not "the
# man", which in crime news is as often the suspect.
_DEFINITE_VICTIM = compile_scan(
    rf"(?:\b(?:the|his|her|their)|\b[A-Z][\w-]*[’']s)\s+(?P<desc>(?:{_AGE_WORD}\s+)?(?!man\b){_ROLE})\b"
    # "the driver of the minivan"
    r"(?:\s+of\s+the\s+[\w-]+)?"
    # an appositive, "who" ("the victim, who was shot in the leg"), or nothing
    r"(?:,[^.;]{0,60}?,\s+|,?\s+who\s+|\s+)"
    # "was bound with zip ties but was not injured", "tried to pull him away and was stabbed"
    r"(?P<bridge>(?:was|were)?[^.;,]{0,40}?\s+(?:and|but)\s+)?"
    r"(?:(?:was|were)\s+(?:also\s+)?"
    r"(?P<what>shot and killed|killed|fatally shot|found dead|"
    r"(?:flown|rushed|taken|transported|brought) to [^.;,]{0,50}?\b(?:hospital|medical center|"
    r"trauma center|burn (?:center|unit))|hospitali[sz]ed|in (?:critical|serious|grave) condition|"
    r"found (?:shot|stabbed|beaten|strangled) to death|shot(?!\s+at\b)|wounded|"
    # "his 6-month-old daughter was found with a skull fracture"
    r"found (?:with|suffering from) [^.;,]{0,30}?(?:injur\w*|wounds?|fractur\w*|burns|bruis\w*|"
    r"broken \w+)|"
    r"injured|hurt|stabbed|beaten|punched|pistol-whipped|choked|strangled|sexually assaulted|"
    r"raped|not (?:hit|injured|hurt|struck|harmed)|unharmed|uninjured)"
    # "The driver of the Honda, 62, died at the scene"
    # not a death by illness or an overdose: no crime's
    r"|(?:later\s+)?(?P<died>died)(?!\s+of\s+(?:an?\s+)?(?:drug\s+)?(?:overdose|cancer|"
    r"natural causes|illness|disease|covid|heart attack)))\b",
    re.I,
)
# "a carjacking that left a 58-year-old driver with a gunshot wound"
_LEFT_VICTIM = compile_scan(
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
_FRAUD = fraud_victim(_ROLE, _DESCRIBING)
_MONEY_LOST = money_lost(_ROLE, _DESCRIBING)
_AGED_ROLE = aged_role(_ROLE)
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
# "The body of a 34-year-old woman was found"
_BODY_OF = compile_scan(
    rf"\b(?:body|bodies|remains)\s+of\s+(?:a|an)\s+(?P<desc>(?:\d+-year-old\s+)?{_DESCRIBING}{{0,3}}?"
    rf"{_ROLE})\b",
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
_TARGET = compile_scan(
    r"\b(?:intent(?:ion)? (?:to kill|of killing)|there to kill|meant to kill)\s+"
    r"(?P<desc>another (?:man|woman|person)|a different (?:man|woman|person))\b(?!\s+[A-Z])",
    re.I,
)
_TAKEN = re.compile(r"kidnap|abduct|rob", re.I)
_NOT_HARMED = re.compile(
    rf"\b(?:{NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|escaped injury)\b", re.I
)
_AGED = re.compile(r"\b(\d{1,3})-year-old\b")
_APPOSED_AGE = re.compile(r"(?:\s+of\s+the\s+[\w-]+)?,\s*(\d{1,3}),")
# Police hurt by the suspect, whatever fire police returned: "a deputy was shot before
# deputies returned fire".
_POLICE_ROLE = re.compile(r"\b(?:officer|deputy|sergeant|trooper|agent)\b", re.I)
# Harm told as long before: "was killed in a crash years ago".
_YEARS_AGO = re.compile(
    r"[^.;]*?\b(?:(?:several|many|two|three|four|five|\d+) )?(?:years|decades) "
    r"(?:ago|earlier|before)\b"
)
# A relative named by whose relative they are: a person of their own, not one told before.
_KIN_OF = re.compile(
    r"(?:his|her|their|[A-Z][\w-]*[’']s)\s+(?:\d{1,3}-\w+-old\s+)?(?:\w+\s+)?(?:mother|father|"
    r"wife|husband|son|daughter|girlfriend|boyfriend|grandmother|grandfather|sister|brother|"
    r"stepson|stepdaughter|niece|nephew|relative)\b",
    re.I,
)
_DOUBLE = re.compile(r"\bdouble (?:homicide|murder|killing)\b", re.I)
_PASSIVE_WORDS = (
    "shot kill dead injur wound hurt stabb robbed assaulted raped kidnapped abducted beaten "
    "struck hit unharmed uninjured died"
)
_OBJECT_WORDS = (
    "shot shoot kill injur wound fatal murder death slay stab beat rap assault kidnap abduct "
    "robb attack struck strik hit abus tortur carjack molest whipp punch slash chok shak shook"
)
_DEFINITE_GATE = key_words(
    "shot", "kill", "dead", "injur", "wound", "hurt", "stabb", "not hit", "unharm", "hospital",
    "medical center", "trauma center", "burn", "condition", "died", "beaten", "punch", "whipp",
    "chok", "strangl", "assault", "raped", "fractur", "bruis",
)  # fmt: skip
# Key words without which a sentence cannot match the patterns listed with them.
_GATED_PATTERNS = [
    (
        key_words(
            *_PASSIVE_WORDS.split(), "treated for", "hospitali", "burned", "grazed", "suffered"
        ),
        _INDEFINITE_VICTIM,
    ),
    (
        key_words(*_OBJECT_WORDS.split()),
        _VICTIM_OBJECT,
    ),
    (
        _DEFINITE_GATE,
        _DEFINITE_VICTIM,
    ),
    (key_words("left"), _LEFT_VICTIM),
    (key_words("suffering"), _SUFFERING),
    (key_words("suffered", "sustained", "received", "treated for"), _DEFINITE_INJURED),
    (key_words("missing the"), _MISSED),
    (key_words("fired", "shot at", "shooting at", "firing", "exchang"), _FIRED_AT),
    (key_words("struck", "hit", "grazed"), _STRUCK),
    (key_words("found a"), _FOUND),
    (FRAUD_GATE, _FRAUD),
    (MONEY_LOST_GATE, _MONEY_LOST),
    (aged_role_gate(_ROLE), _AGED_ROLE),
    (key_words("victim,", "victims,"), _THE_VICTIM_WAS),
    (key_words("body of", "bodies of", "remains of"), _BODY_OF),
]
_GATE_TABLE = GateTable(_GATED_PATTERNS)
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
    _FRAUD: _AGAIN,
    _MONEY_LOST: _AGAIN,
    _AGED_ROLE: _BACK,
    # "The victim, a 52-year-old woman, ...": the victim the sentence (or one before) told of.
    _THE_VICTIM_WAS: _BACK,
    _BODY_OF: _AGAIN,
}


def _sentence_outcome(text: str) -> str | None:
    """What a sentence says happened, when the wording names no harm of its own: a stated
    "not injured" first ("The victim, a 52-year-old woman, was not injured")."""
    if _NOT_HARMED.search(text):
        return "unharmed"
    if KILLED_NEAR.search(text):
        return "killed"
    if INJURED_NEAR.search(text) or re.search(
        r"\b(?:sexually assault|rap(?:ed|e)\b|shot\b|treated for)", text
    ):
        return "injured"
    return "unharmed" if re.search(r"\b(?:robbed|kidnapped|abducted)\b", text) else None


def extract_victims(article: Article) -> list[Fact]:
    named = _named_victims(article)
    unnamed = _unnamed_victims(article)
    facts = [f for _, f in named]
    # Named people killed beyond the unnamed dead counted: they are among a group said only
    # to be hurt ("Two people were shot. Ann Lee died; Bo Tran survived").
    surplus = 0
    for outcome in ("killed", "injured", "unharmed"):
        extra = [f for o, f in unnamed if o == outcome]
        alike = [f for o, f in named if o == outcome]
        # "A firefighter was hurt" beside "Ann Lee suffered burns": never called what she was
        others = [f for f in extra if alike and _someone_else(article, f, alike)]
        facts.extend(others)
        extra = [f for f in extra if all(f is not g for g in others)]
        # "Ann Lee and two neighbors escaped": the count is of others besides her.
        have = sum(1 for o, f in named if o == outcome and not _besides(f, extra))
        if outcome == "injured" and surplus:
            # A group counted by a plural noun takes them in, and so does one person described
            # as the dead are named ("found a woman with gunshot wounds ... The woman was
            # identified as Ann Lee"); "her passenger, a 30-year-old man, suffered a broken
            # arm" in a crash that killed Ann Lee is someone else.
            quotes = " ".join(f.evidence.quote for o, f in named if o == "killed").lower()
            same = [
                f
                for f in extra
                if f.fields["description"] in COUNTED_NOUNS
                or re.search(rf"\bthe {re.escape(f.fields['description'].split()[-1])}\b", quotes)
            ]
            extra = same[surplus:] + [f for f in extra if all(f is not g for g in same)]
        facts.extend(extra[have:] if have < len(extra) else [])
        if outcome == "killed":
            surplus = max(0, have - len(extra))
    facts.extend(children_listed(article, facts))
    return facts


def _someone_else(article: Article, unnamed: Fact, named: list[Fact]) -> bool:
    """Whether an unnamed victim is no one of the `named`: told as one more ("a firefighter
    was also hurt", "a second teller"), described by what a person is or does, and never so
    called in a sentence that names one of them. A man, a woman, a victim or a group may be
    anyone."""
    noun = unnamed.fields["description"].split()[-1]
    one_more = re.compile(
        rf"\b(?:another|second|third|fourth)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b|"
        rf"\b{re.escape(noun)}\b[^.;]{{0,40}}?\b(?:also|too)\b",
        re.I,
    )
    if noun in _ANYONE or noun in COUNTED_NOUNS or not one_more.search(unnamed.evidence.quote):
        return False
    surnames = [n.split()[-1] for f in named if (n := f.fields["name"])]
    if not surnames:
        return False
    word = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)
    return not any(
        any(name in sentence.text for name in surnames) and word.search(sentence.text)
        for sentence in article.sentences
    )


# Descriptions that may stand for anyone named: the named victim may be the one described.
_ANYONE = frozenset(
    [
        "victim",
        "man",
        "woman",
        "person",
        "boy",
        "girl",
        "child",
        "teen",
        "teenager",
        "adult",
        "individual",
        "youth",
        "male",
        "female",
        "baby",
        "infant",
        "toddler",
    ]
)


def _died_after(
    article: Article, sentence, key: str, by_description: dict[str, tuple[str, Fact]]
) -> None:
    """ "A man was shot outside a bar. He died Sunday at a hospital.": a sentence that opens
    with the pronoun of the victim told just before, names no one, and says the subject died
    makes that victim killed, quoted from both sentences."""
    died = _PRONOUN_DIED.match(sentence.text)
    outcome, had = by_description[key]
    if died is None or outcome != "injured" or article.cast.people_in(sentence):
        return
    if not article.in_case(sentence, died.end()):
        return
    noun = had.fields["description"].split()[-1]
    if noun in (_HE if died.group("pronoun") == "She" else _SHE):
        return  # "A man was shot. She died": someone else
    span = evidence_in(article.text, had.evidence.start, sentence.end)
    by_description[key] = (
        "killed",
        Fact("VictimReported", {**had.fields, "outcome": "killed"}, span),
    )


_PRONOUN_DIED = re.compile(
    r"\A\W*(?P<pronoun>He|She)\b[^.;]{0,80}?\b(?:died|was pronounced dead|succumbed|"
    r"did not survive)\b"
)
_HE = frozenset(
    ["man", "boy", "father", "husband", "son", "brother", "grandfather", "boyfriend", "stepson"]
)
_SHE = frozenset(
    [
        "woman",
        "girl",
        "mother",
        "wife",
        "daughter",
        "sister",
        "grandmother",
        "girlfriend",
        "stepdaughter",
        "widow",
    ]
)


def _besides(named: Fact, unnamed: list[Fact]) -> bool:
    """Whether a count told with the named victim counts others besides ("Ann Lee, 34, and two
    neighbors"): the name right before "and" and the count, in the quote of a counted group."""
    surname = re.escape((named.fields["name"] or "").split()[-1])
    besides = re.compile(
        rf"\b{surname}\b(?:,\s*\d{{1,3}},)?\s+and\s+(?:(?:his|her|their|the)\s+)?"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    )
    return any(besides.search(f.evidence.quote) for f in unnamed)


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
    told: list = [None]  # the key of the last victim told, and the index of its sentence
    by_description: dict[str, tuple[str, Fact]] = {}
    order: list[str] = []
    groups: dict[str, tuple[int, Fact]] = {}

    def add(description: str, outcome: str, sentence, mode: str, until=None, age=None) -> None:
        kind = description.lower().split()[-1]
        earlier = [k for k in order if k.split("#")[0] == kind]
        if mode == _AGAIN:
            earlier = [k for k in earlier if by_description[k][0] == outcome]
        same = [k for k in order if by_description[k][0] == outcome]
        if mode == _BACK and not earlier and same:
            # "the officer was fatally shot" after "shooting a special agent": the same one,
            # whose age this sentence may tell ("The victim, 27, was taken to a hospital")
            earlier = same[-1:]
        key = earlier[-1] if earlier and mode != _NEW else f"{kind}#{len(order)}"
        told[0] = (key, sentence.index)
        victim = fact(
            "VictimReported",
            {
                "name": None,
                "description": description.lower(),
                "age": int(aged.group(1)) if (aged := _AGED.search(description)) else age,
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
            had_outcome, had = by_description[key]
            if _OUTCOME_RANK[outcome] > _OUTCOME_RANK[had_outcome]:
                if had.fields["age"] is not None and victim.fields["age"] is None:
                    # "a 52-year-old man was robbed ... The man suffered cuts": quote both
                    fields = {**victim.fields, "age": had.fields["age"]}
                    span = evidence_in(article.text, had.evidence.start, victim.evidence.end)
                    victim = Fact("VictimReported", fields, span)
                by_description[key] = (outcome, victim)
            elif outcome == had_outcome and had.fields["age"] is None and victim.fields["age"]:
                # the age told later, quoted from the sentence that tells it
                fields = {**had.fields, "age": victim.fields["age"]}
                by_description[key] = (outcome, Fact("VictimReported", fields, victim.evidence))
            return
        by_description[key] = (outcome, victim)
        order.append(key)

    for sentence in article.sentences:
        text = sentence.text
        if told[0] is not None and told[0][1] == sentence.index - 1:
            _died_after(article, sentence, told[0][0], by_description)
        count_groups(article, sentence, groups)
        if "double" in sentence.lower and _DOUBLE.search(text):
            add("victim", "killed", sentence, _NEW)
            add("victim", "killed", sentence, _NEW)
        for pattern in _GATE_TABLE.open_for(sentence):
            for match in matches_in(pattern, text):
                groups_of = match.groupdict()
                what = groups_of.get("what") or groups_of.get("died") or ""
                what_at = match.start("died" if groups_of.get("died") else "what") if what else -1
                if (
                    (bridge := groups_of.get("bridge"))
                    and not re.match(r"(?:was|were)\b", bridge)
                    and outcome_of(what) == "unharmed"
                ):
                    continue  # "her mother called 911 and was not hurt": no one targeted
                if not article.in_case(sentence, match.start()) or charge_wording(
                    text, match.start(), what
                ):
                    continue  # "one count of rape of an intoxicated person": a charge's name
                if (
                    pattern in (_VICTIM_OBJECT, _INDEFINITE_VICTIM, _DEFINITE_VICTIM)
                    and not _POLICE_ROLE.search(match.group("desc"))
                    and by_police(text, match.start(), match.end())
                ):
                    continue  # "an officer shot and killed a man": no victim of the case
                if pattern in (_DEFINITE_VICTIM, _INDEFINITE_VICTIM) and any(
                    match.end("desc") < m.start < what_at
                    and re.fullmatch(r",\s*", text[match.end("desc") : m.start])
                    for m, _ in article.cast.people_in(sentence)
                ):
                    continue  # "The victim, Carlos Diaz, was stabbed": a named victim
                if _YEARS_AGO.match(text, match.end(), match.end() + 60):
                    continue  # "Pruitt's brother was killed in a crash years ago": another time
                if pattern is _VICTIM_OBJECT and intended(text, match.start()):
                    continue  # "with the intent of killing a man": a target (see _TARGET)
                if pattern is _VICTIM_OBJECT and earlier_matter(article, text, match.start()):
                    continue  # "pleaded guilty in 2012 to robbing a clerk": another matter
                if pattern is _INDEFINITE_VICTIM and match.group("desc2"):
                    add(match.group("desc2"), outcome_of(what), sentence, _NEW)
                if pattern in (_MISSED, _FIRED_AT, _FRAUD, _MONEY_LOST):
                    outcome = "unharmed"
                elif pattern is _AGED_ROLE:
                    clause = article.scope_at(sentence, match.start())
                    if (said := said_outcome(text[match.end() : clause.end])) is None:
                        continue
                    outcome, what = said, match.group("age") + "-year-old "
                elif pattern is _THE_VICTIM_WAS:
                    found_outcome = _sentence_outcome(text)
                    if found_outcome is None:
                        continue
                    outcome = found_outcome
                    if match.group("desc2"):  # "the victims, a man and a woman,"
                        add(match.group("desc2"), outcome, sentence, _NEW)
                elif pattern is _BODY_OF:
                    outcome = "killed"
                elif pattern is _FOUND:
                    outcome = "killed" if what.lower() in ("dead", "unresponsive") else "injured"
                elif pattern in (_DEFINITE_INJURED, _SUFFERING):
                    outcome = "injured"
                elif (
                    pattern is _VICTIM_OBJECT
                    and HARM_NOUN.fullmatch(what.lower())
                    and re.match(r"\s+(?:of|on)\b", text[match.end("what") :])
                ):
                    # "the shooting of a man" (not "accused of stabbing a woman": a verb)
                    outcome = "killed" if case_killing(article) else "injured"
                else:
                    outcome = outcome_of(what)
                    if outcome == "unharmed" and _TAKEN.search(what):
                        # "kidnapping a girl": hurt if the case says so
                        taken = taken or [taken_outcome(article)]
                        outcome = taken[0]
                if (
                    pattern is _VICTIM_OBJECT
                    and match.group("det")
                    and outcome == "injured"
                    and not re.match(r"wound|injur", what, re.I)
                    and case_killing(article)
                ):
                    outcome = "killed"  # "beat his neighbor" in a story of his killing
                if outcome == "killed" and attempted(text, match.start()):
                    outcome = "injured"  # "the attempted murder of a clerk": no one killed
                desc = match.group("desc")
                # "A second man, 21, was wounded": the age in an apposition of its own
                apposed = (
                    _APPOSED_AGE.match(text, match.end("desc"))
                    if pattern in (_INDEFINITE_VICTIM, _DEFINITE_VICTIM)
                    else None
                )
                if (
                    desc.lower().endswith("couple")
                    and pattern is not _AGED_ROLE
                    and not any(k.startswith("couple#") for k in order)
                ):
                    add(desc, outcome, sentence, _NEW)  # "a Memphis couple": two people
                    add(desc, outcome, sentence, _NEW)
                    continue
                add(
                    what + desc if pattern is _AGED_ROLE else desc,
                    outcome,
                    sentence,
                    # "The victims, a man and a woman,": two, neither one told before
                    _AGAIN
                    if (pattern is _THE_VICTIM_WAS and match.group("desc2"))
                    # "Her mother, 67, was stabbed" after "attacked his wife": someone else
                    or (pattern is _DEFINITE_VICTIM and _KIN_OF.match(text, match.start()))
                    else _MODES[pattern],
                    age=int(apposed.group(1)) if apposed else None,
                )
        for match in matches_in(_TARGET, text) if "kill" in sentence.lower else ():
            add(match.group("desc"), "unharmed", sentence, _NEW)
    for sentence, outcome, age, until in aged_victims(article):
        if outcome is None:  # no harm told of "the 54-year-old victim": the case's
            outcome = "killed" if case_killing(article) else taken_outcome(article)
        add(f"{age}-year-old victim", outcome, sentence, _AGAIN, until)
    later_deaths(article, groups)
    found = [by_description[k] for k in order]
    for outcome, (count, victim) in groups.items():
        # A counted group ("three boys") also covers single victims of the same outcome it may
        # count ("a 12-year-old boy"); not others ("the driver ... Her two children").
        singles = [
            f for o, f in found if o == outcome and counted_among(victim, f.fields["description"])
        ]
        found.extend([(outcome, victim)] * max(count - len(singles), 0))
    return found
