"""Carried over: a sentence about the matter the sentence before told, though its own words
name no other matter. A clause that refers back to it ("Police arrested a 22-year-old in that
case Sunday", "That charge was later withdrawn") is about that incident or earlier matter; a
"He", "She" or relative ("Her father") opening the sentence after a clause about another
incident that brought someone in with "a" ("... since 2019, when a man set fire to a house. He
was later sentenced to eight years") is that someone, no one of the case. Read by
extraction/context.py for each sentence after the first; the clauses themselves are
extraction/scope.py's."""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, prefix_match
from casefile.extraction.scope import CASE, OTHER, PRIOR, Clause, case_clauses, scope_at

# A reference back to the matter just told: "Police arrested a man in that case Sunday".
_THAT_MATTER = compile_scan(
    r"\b(?:in|with|for|of) (?:that|the other|the earlier|the unrelated) (?:\w+ )?(?:case|shooting|"
    r"killing|homicide|incident|crash|attack|death|slaying|stabbing|robbery|investigation)\b"
    # the charge just told, by a demonstrative: "That charge was later withdrawn"
    r"|\b(?:that|those) (?:\w+ )?(?:charges?|counts?|conviction|arrest)\b",
    re.I,
)


REFERS_BACK_GATE = key_words("that", "those", "the other", "the earlier", "the unrelated")


def refers_back(text: str) -> bool:
    """Whether `text` refers back to an incident told before it ("in that case")."""
    return _THAT_MATTER.search(text) is not None


def carried_over(text: str, found: tuple[Clause, ...], before: Clause | None) -> tuple[Clause, ...]:
    """`found`, with the clause that refers back to another incident told just before
    (`before`, the last clause of the sentence before) about that incident too: "A man was
    killed in an unrelated shooting. Police arrested a 22-year-old in that case Sunday.". So
    with an earlier matter: "He was arrested in 2022 on a charge of assault. That charge was
    later withdrawn"."""
    if before is None or before.scope not in (OTHER, PRIOR):
        return found
    reference = _THAT_MATTER.search(text)
    if reference is None:
        return found
    whole = scope_at(case_clauses(text), reference.start())
    inside = [c for c in found if whole.start <= c.start and c.end <= whole.end]
    if any(c.scope not in (CASE, PRIOR) for c in inside):
        return found
    kept = [c for c in found if c not in inside]
    return tuple(
        sorted(
            [*kept, Clause(whole.start, whole.end, before.scope, reference.group(0))],
            key=lambda c: c.start,
        )
    )


# A pronoun opening a sentence, and someone new brought in with "a" ("when a man set fire").
# "He", "She", or a relative of someone just told of: "In January a girl died of an overdose.
# Her father, Al Roe, was sentenced last week".
_PRONOUN_OPENS = re.compile(
    r"\A\W*(?:He|She|(?:Her|His|Their)\s+(?:\w+\s+)?(?:father|mother|parents?|stepfather|"
    r"stepmother|boyfriend|girlfriend|husband|wife|brother|sister|uncle|aunt|grandmother|"
    r"grandfather|caregiver|babysitter))\b"
)
_SOMEONE_NEW = re.compile(
    r"\b(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?:[\w-]+\s+)?(?:man|woman|boy|girl|teen|"
    r"teenager|driver|gunman|suspect)\b",
    re.I,
)


def opens_with_pronoun(text: str) -> bool:
    return prefix_match(_PRONOUN_OPENS, text) is not None


def pronoun_of_other(text: str, before_text: str, before: Clause | None) -> bool:
    """Whether `text` opens with "He", "She" or a relative ("Her father") right after a clause
    about another incident
    (`before`, the last clause of the sentence `before_text`) that brought someone in with "a":
    "... the first arson in the city since 2019, when a man set fire to a house. He was later
    sentenced to eight years" is that man's sentence, no one of the case."""
    return (
        before is not None
        and before.scope == OTHER
        and _PRONOUN_OPENS.match(text) is not None
        and _SOMEONE_NEW.search(before_text, before.start, before.end) is not None
    )
