"""VictimReported: people killed, injured, or targeted but unharmed.

Victims described without a name (victim_unnamed.py) are read with the wordings of
victim_phrases.py and kept one per person: a description told again ("a man was shot ... the
man died") is the same victim, a relative named by whose relative she is ("Her mother, 67, was
stabbed") someone new, and "He died Sunday" right after "A man was shot" makes him killed. The named victims
(victim_names.py) then take the place of the unnamed ones of the same outcome they may be,
and of one described as hurt with nothing said of whether he lived ("A man was shot ... Carl
Boyd died Sunday"); one told as one more ("a firefighter was also hurt", "a second teller")
is someone else. A couple is two people."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.context import Article
from casefile.extraction.harm_words import BARE_HARM, INJURY_TOLD
from casefile.extraction.outcome_words import KILLED_NEAR
from casefile.extraction.victim_accused import accused_hurt
from casefile.extraction.victim_context import ANYONE
from casefile.extraction.victim_counts import COUNTED_NOUNS
from casefile.extraction.victim_lists import children_listed
from casefile.extraction.victim_names import named_victims
from casefile.extraction.victim_unnamed import unnamed_victims


def extract_victims(article: Article) -> list[Fact]:
    named = _named_victims(article)
    unnamed = unnamed_victims(article, bool(named))
    # "The pickup's driver was hurt ... alcohol on the driver": the accused, no victim
    unnamed = [(o, f) for o, f in unnamed if not accused_hurt(article, f)]
    facts = [f for _, f in named]
    # Named people killed beyond the unnamed dead counted: they are among a group said only
    # to be hurt ("Two people were shot. Ann Lee died; Bo Tran survived").
    surplus = 0
    for outcome in ("killed", "injured", "unharmed"):
        extra = [f for o, f in unnamed if o == outcome]
        alike = [f for o, f in named if o == outcome]
        # "A firefighter was hurt" beside "Ann Lee suffered burns": never called what she was
        others = [f for f in extra if alike and _someone_else(article, f, alike)]
        # "Ann Lee and her son were shot": told beside her, someone besides her
        names = [f.fields["name"] for f in alike if f.fields["name"]]
        others += [f for f in extra if names and _beside_named(f, names) and f not in others]
        facts.extend(others)
        extra = [f for f in extra if all(f is not g for g in others)]
        # "Ann Lee and two neighbors escaped": the count is of others besides her.
        have = sum(1 for o, f in named if o == outcome and not _besides(f, extra))
        dead_named = have
        if outcome == "killed" and extra and all(_harm_of_count(f) for f in extra):
            # "the shooting of two officers" in a killing: dead by the case, not by its
            # words, so the named hurt are among the count as the named dead are.
            have += sum(1 for o, f in named if o == "injured" and not _besides(f, extra))
        if outcome == "injured" and surplus:
            # A group counted by a plural noun takes them in, and so does one person described
            # as the dead are named ("found a woman with gunshot wounds ... The woman was
            # identified as Ann Lee"); "her passenger, a 30-year-old man, suffered a broken
            # arm" in a crash that killed Ann Lee is someone else.
            quotes = " ".join(f.evidence.quote for o, f in named if o == "killed").lower()
            dead = [f.fields["name"] for o, f in named if o == "killed" and f.fields["name"]]
            same = [
                f
                for f in extra
                # not "Ann Lee, 45, and a 22-year-old man were shot": told beside her
                if not _beside_named(f, dead) and _may_be_named(f, quotes)
            ]
            extra = same[surplus:] + [f for f in extra if all(f is not g for g in same)]
        facts.extend(extra[have:] if have < len(extra) else [])
        if outcome == "killed":
            surplus = max(0, dead_named - len(extra))
    facts.extend(children_listed(article, facts))
    return facts


# A count told only as what a harm was done to: "the Feb. 6 shooting of two officers".
_HARM_OF_COUNT = re.compile(
    r"\b(?:shooting|stabbing|beating|attack|assault)\s+of\s+(?:\w+\s+){0,3}?(?:two|three|four|"
    r"five|six|\d+)\b",
    re.I,
)


def _harm_of_count(f: Fact) -> bool:
    """Whether a counted group's only word of harm is a harm's noun before the count, so its
    outcome is the case's, not its own ("the shooting of two officers", no one told dead)."""
    quote = f.evidence.quote
    harm = _HARM_OF_COUNT.search(quote)
    # (not "the fatal shooting of two officers", nor "... of two men, who both died"; a
    # charge of murder told before is no word of their deaths)
    return bool(harm) and not KILLED_NEAR.search(quote, max(0, harm.start() - 12), harm.end() + 60)


def _may_be_named(f: Fact, quotes: str) -> bool:
    """Whether a described victim told as hurt may be one the report names as killed (whose
    statements are `quotes`); not one told as besides another ("A 15-year-old boy and a
    16-year-old girl were also shot")."""
    if _ALSO.search(f.evidence.quote):
        return False
    return bool(
        (
            f.fields["description"] in COUNTED_NOUNS
            # not "Two passengers were wounded" beside "The driver died": they lived
            and (not INJURY_TOLD.search(f.evidence.quote) or _DIED_OF_HARM.search(quotes))
            # not "killing Ann Lee and wounding two others": others besides her
            and not _told_as_others(f)
        )
        or re.search(rf"\bthe {re.escape(f.fields['description'].split()[-1])}\b", quotes)
        # "A man was shot outside a bar ... Carl Boyd died Sunday": harm that did not
        # say whether he lived
        or (
            f.fields["description"].split()[-1] in ANYONE
            and (
                (BARE_HARM.search(f.evidence.quote) and not INJURY_TOLD.search(f.evidence.quote))
                # "Carl Boyd died of his injuries": the one hurt, who died later
                or (_DIED_OF_HARM.search(quotes) and not _LIVED.search(f.evidence.quote))
            )
        )
    )


def _someone_else(article: Article, unnamed: Fact, named: list[Fact]) -> bool:
    """Whether an unnamed victim is no one of the `named`: told as one more ("a firefighter
    was also hurt", "a second teller"), described by what a person is or does, and never so
    called in a sentence that names one of them. A man, a woman, a victim or a group may be
    anyone."""
    noun = unnamed.fields["description"].split()[-1]
    one_more = re.compile(
        rf"\b(?:another|second|third|fourth)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b|"
        # (in its own clause: not "the death of a student outside a bar, and also assessed")
        rf"\b{re.escape(noun)}\b[^.;,]{{0,40}}?\b(?:also|too)\b",
        re.I,
    )
    if noun in ANYONE or noun in COUNTED_NOUNS or not one_more.search(unnamed.evidence.quote):
        return False
    surnames = [n.split()[-1] for f in named if (n := f.fields["name"])]
    if not surnames:
        return False
    word = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)
    return not any(
        any(name in sentence.text for name in surnames) and word.search(sentence.text)
        for sentence in article.sentences
    )


_ALSO = re.compile(r"\b(?:were|was)\s+also\b|\balso\s+(?:was|were)\b", re.I)
_DIED_OF_HARM = re.compile(
    r"\b(?:died (?:of|from) (?:his|her|their) (?:injuries|wounds)|later died|succumbed|"
    r"died (?:\w+ ){0,3}?at (?:a|the) (?:[\w-]+ ){0,3}?hospital)\b"
)
_LIVED = re.compile(
    r"\b(?:recover\w*|stable|expected to survive|released|non-life-threatening|survived|minor|"
    r"broken|cuts|bruises)\b",
    re.I,
)


def _told_as_others(unnamed: Fact) -> bool:
    """Whether a counted group is told as others than those named ("two others", "three other
    people")."""
    description = unnamed.fields["description"]
    if description in _KIN_OF_ANOTHER and re.search(
        rf"\b(?:his|her|their|[a-z][\w-]*['’]s)\s+(?:[\w-]+\s+)?{description}\b",
        unnamed.evidence.quote,
    ):
        return True  # "the boy's two siblings": his, not he
    return description == "others" or bool(
        re.search(
            rf"\bother\s+(?:[\w-]+\s+)?{re.escape(description)}\b", unnamed.evidence.quote, re.I
        )
    )


# Kin counted as someone's: "his two siblings" are others than he.
_KIN_OF_ANOTHER = frozenset(["siblings", "brothers", "sisters", "cousins"])


def _beside_named(unnamed: Fact, names: list[str]) -> bool:
    """Whether a described victim is told joined by "and" to one of the `names` ("Ann Lee, 45,
    and a 22-year-old man were shot", "Ann Lee and her son", "a man and Ann Lee"): someone
    besides her."""
    quote = unnamed.evidence.quote
    noun = re.escape(unnamed.fields["description"].split()[-1])
    for name in names:
        surname = re.escape(name.split()[-1])
        if re.search(
            rf"\b{surname}\b(?:,\s*\d{{1,3}},?)?\s+and\s+(?:a|an)\s|"
            # the relative the description tells: "Ann Lee and her son" (not "killed his
            # wife, Ann Lee, 33, and their daughters": the wife is she)
            rf"\b{surname}\b(?:,\s*\d{{1,3}},?)?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?"
            rf"{noun}\b|"
            rf"\b(?:a|an)\s+[^,.;]{{0,40}}?\s+and\s+(?:[A-Z][\w'’-]+\s+)?{surname}\b",
            quote,
        ):
            return True
    return False


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
