"""Harm told later of one described as taken or held: "A 31-year-old woman was abducted ...
She had bruises but was not seriously hurt", "The woman, who was left bruised, addressed the
court". The victim so far unharmed (targeted) is injured when a later sentence opens on her
pronoun (right after she was told of, or after a sentence that tells of "the woman" again) or
on "the woman" again, and tells of a hurt before it names anyone. Read by
`victim_unnamed.py`."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.context import Article
from casefile.extraction.patterns import prefix_match
from casefile.extraction.victim_context import HE_NOUNS, SHE_NOUNS
from casefile.extraction.victim_phrases import NOT_HARMED

# The subject a later sentence opens on: her pronoun, or her noun again ("The woman, now 28,").
_SUBJECT = re.compile(r"\A\W*(?:(?P<pronoun>He|She)|The\s+(?P<noun>[a-z]+))\b")
# A hurt she had or was left with, minor ones too: "had bruises", "suffered scrapes", "was found
# bruised", "needed stitches" (not a threat of one: "threatened to hurt her").
_HURT = re.compile(
    r"\b(?:was|were|been|got|left|found)\s+(?:[\w-]+\s+){0,2}?(?:bruised|hurt|injured|wounded|"
    r"cut|scraped|bleeding)\b|"
    r"\b(?:had|has|suffered|sustained|with|received|needed|required)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bruises|bruising|scrapes|scratches|abrasions|cuts|a\s+cut|stitches|swelling|"
    r"injur(?:y|ies)|wounds?|fractures?)\b",
    re.I,
)
# Another's hurt she tells of, or another subject before the hurt.
_SOMEONE_ELSE = re.compile(
    r"\b(?:told|tells|said|says|saw|reported|recalled|described|testified|he|him|his|they|"
    r"their|her\s+(?:[\w-]+\s+)?(?:husband|son|daughter|mother|father|child|children|friend|"
    r"boyfriend|sister|brother))\b",
    re.I,
)
# An unharmed said only of a grave hurt, or of all but the hurt told: "not seriously hurt",
# "bruised but otherwise unhurt" (she was hurt, a little).
_QUALIFIED = re.compile(
    r"\bnot\s+(?:seriously|badly|critically|severely|gravely)\s+(?:hurt|injured|harmed|wounded)\b|"
    r"\botherwise\s+(?:unhurt|unharmed|uninjured)\b",
    re.I,
)


def hurt_later(
    article: Article, sentence, told: tuple[str, int] | None, by_description: dict
) -> None:
    """Make the unharmed victim `sentence` tells of as hurt injured, quoted from where she was
    told to this sentence (`told`: the key of the last victim told and its sentence's index)."""
    subject = prefix_match(_SUBJECT, sentence.text)
    if subject is None:
        return
    key = None
    if subject.group("pronoun"):
        if told is None:
            return
        key, index = told
        noun = by_description[key][1].fields["description"].split()[-1]
        others = HE_NOUNS if subject.group("pronoun") == "She" else SHE_NOUNS
        between = article.sentences[index + 1 : sentence.index]
        if noun in others or len(between) > 1:
            return  # "A woman was abducted. He had bruises": someone else
        if between:
            # the one told last before the pronoun is "the woman" again, after any name
            again = [m.start() for m in re.finditer(rf"\bthe\s+{noun}\b", between[0].text, re.I)]
            names = [m.start for m, _ in article.cast.people_in(between[0])]
            if not again or any(at > again[-1] for at in names):
                return  # a sentence about someone else stands between
    else:
        noun = subject.group("noun").lower()
        if noun not in HE_NOUNS | SHE_NOUNS | {"victim"}:
            return
        keys = [k for k in by_description if k.split("#")[0] == noun]
        if not keys:
            return
        key = keys[-1]
    outcome, had = by_description[key]
    if outcome != "unharmed":
        return
    people = article.cast.people_in(sentence)
    stop = min((m.start for m, _ in people), default=len(sentence.text))
    told_text = _QUALIFIED.sub(" ", sentence.text[:stop])
    hurt = _HURT.search(told_text)
    if NOT_HARMED.search(told_text) or hurt is None:
        return
    if _SOMEONE_ELSE.search(told_text, subject.end(), hurt.start()):
        return  # "She told police her husband was hurt": his hurt, not hers
    if not article.in_case(sentence, subject.end()):
        return
    span = evidence_in(article.text, had.evidence.start, sentence.end)
    by_description[key] = (
        "injured",
        Fact("VictimReported", {**had.fields, "outcome": "injured"}, span),
    )
