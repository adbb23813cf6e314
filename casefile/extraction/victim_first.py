"""The one harmed first told with "the", as the object of a verb of harm: "Police say Bo Tran
stabbed the student twice", "shot the victim in the chest". A report may introduce its victim
so when the story is told from the suspect's side; the same words name someone told before
("A man was shot ... Tran shot the man"), so the description is a victim only when it is the
first harm the report tells and, at the end, no one named or described otherwise (as anyone,
or by the same noun) is a victim of the case: then it is the only account of the one harmed.
A noun of harm ("after the shooting the man fled") is no verb with its object.

"The man" said harmed is read only as a man told harmed before ("A man and a woman were
shot ... The man died at the scene"), since it names the suspect as often."""

from __future__ import annotations

import re

# The verb of harm as a verb: past tense ("stabbed", "shot", "beat"), or a gerund no
# determiner or preposition makes a noun ("after shooting the clerk", not "after the
# shooting the man").
_VERB = re.compile(
    r"(?:(?:fatally |sexually )?[\w-]+ed|shot|beat|hit|struck|ran over|run over|shook|"
    r"(?:fatally |sexually )?\w+ing)\Z",
    re.I,
)
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|his|her|their|its|of|in|after|before|during|since|following)\s+"
    r"(?:[\w-]+\s+)?\Z",
    re.I,
)


def first_told_by_the(text: str, match: re.Match[str], told_before: bool) -> bool:
    """Whether a match of `VICTIM_OBJECT` whose description opens with "the" is the first
    account of the one harmed: told by a verb (not a noun of harm) with nothing harmed told
    before it."""
    what = match.group("what")
    if told_before or not _VERB.fullmatch(what) or re.search(r"\s(?:of|on)\Z", what):
        return False
    if what.lower().endswith("ing") and _NOUN_BEFORE.search(text, 0, match.start("what")):
        return False
    return not re.match(r"\s+(?:of|on)\b", text[match.end("what") :])


def others_told(kind: str, kinds: list[str], anyone: frozenset[str], named: bool) -> bool:
    """Whether the victims told besides one first told by "the" (`kinds`, the nouns of the
    others) may be that one: someone named, anyone described as anyone ("a man", "the
    victim"), or by the same noun."""
    return named or any(k == kind or k in anyone or kind in anyone for k in kinds)


def the_man_told_before(desc: str, kinds: list[str]) -> bool:
    """Whether "the man" said harmed refers back to a man told harmed before (`kinds`, the
    nouns of the victims told so far): "A man and a woman were shot ... The man died". "The
    man" alone is as often the suspect, so it tells of no one new."""
    return desc.lower() != "man" or "man" in kinds
