"""What the clause around one mention of a name says befell that person (`harm_of`): harm
told before the name ("the death of X", "hitting X"), after it ("X was shot", "X, 45, and a
22-year-old man were shot"), of its pronoun ("..., but she died at the scene"), in a list
after a count, or done by police (no victim of the case). Read by `victim_names.py`."""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.harm_lists import listed_after_count
from casefile.extraction.harm_words import (
    BY_POLICE,
    HARM_AFTER,
    HARM_BEFORE,
    PRONOUN_HARM,
    police_harm_before,
)
from casefile.extraction.no_harm import SPEECH
from casefile.extraction.patterns import match_at, prefix_match, search_within
from casefile.extraction.sentences import Sentence
from casefile.extraction.victim_outcomes import (
    DEFAULT_UNHARMED,
    cue_outcome,
    own_stretch,
)
from casefile.extraction.victim_wording import (
    LINKED_OBJECT,
    TIED_AS_SUSPECT,
    intended,
)

_BUT_DIED = re.compile(
    r",?\s+(?:but|and)\s+(?:he|she)\s+(?:later\s+)?(?:died|was pronounced dead|did not survive)\b",
    re.I,
)
_OTHERS_JOINED = re.compile(
    r",?\s*and\s+(?:a|an|the|his|her|their|two|three|four|five|six|\d+)\s", re.I
)


# An offence named as a charge's: "a charge of second-degree murder against".
_CHARGE_OF = re.compile(r"\bcharges?\s+of\s+(?:[\w-]+\s+){0,4}\Z", re.I)
_RELATION_BETWEEN = re.compile(r"\b(?:his|her|their)\b", re.I)


def harm_of(article: Article, sentence: Sentence, start: int, end: int) -> tuple[str | None, str]:
    """What the clause around the mention at `sentence.text[start:end]` says happened to that
    person, if it says anything, and how it says it: "before" the name ("the death of X"),
    "after" it ("X was shot"), or "police" (harm done by police: no victim of the case)."""
    text = sentence.text
    clause = article.scope_at(sentence, start)
    before = search_within(HARM_BEFORE, text, max(clause.start, start - 120), start)
    after = prefix_match(HARM_AFTER, text[end : clause.end])
    if after is None and match_at(_OTHERS_JOINED, text, clause.end):
        # "Ann Lee, 45, and a 22-year-old man were shot": a clause read as ending at the
        # "and" goes on to the verb the two share
        after = prefix_match(HARM_AFTER, text[end:])
    if (
        after is None
        and (closing := match_at(_APPOSITION_END, text, end)) is not None
        and search_within(_ROLE_APPOSITION, text, 0, start)
    ):
        # "The victim, Carlos Diaz, was stabbed", "The driver, 67-year-old Al Roy of Lyle, died":
        # the name stands in apposition to a role, and what follows the comma that closes it
        # is said of the role.
        after = prefix_match(HARM_AFTER, text[closing.end() : clause.end])
        end = closing.end() if after is not None else end
    if after is not None and any(
        end < m.start < end + after.end() for m, _ in article.cast.people_in(sentence)
    ):
        after = None  # "Bo Tran, 30, fired at Ann Lee, who was not hit": said of Ann Lee
    how, meant = "after", False
    if (
        after is not None
        and after.group("found")
        and not search_within(_FOUND_BEFORE, text, max(0, start - 40), start)
    ):
        after = None  # "Cy Hall dead" says harm only after "found" or "left"
    if match_at(_POSSESSOR, text, end):
        before = None  # "the shooting of Ann Lee's dog walker": someone else
    if (
        before is not None
        and before.group("noun")
        and search_within(_CHARGE_OF, text, max(0, before.start("noun") - 60), before.start("noun"))
        and not search_within(_RELATION_BETWEEN, text, before.end("noun"), start)
    ):
        # "approved a charge of second-degree murder against 27-year-old Bo Tran": the one
        # charged (not "a charge of assault against his partner, Ann Lee", the one harmed)
        before = None
    cue_end = (
        max(before.end(g) for g in ("noun", "verb", "asword") if before.group(g))
        if before is not None and any(before.group(g) for g in ("noun", "verb", "asword"))
        else None
    )
    if cue_end is not None and any(
        cue_end <= m.start < start
        and not text[cue_end : m.start].strip()
        and not match_at(_POSSESSOR, text, m.end)
        for m, _ in article.cast.people_in(sentence)
    ):
        # "hitting Hammond in the abdomen, Sheriff Ann Lee said": the harm's object is the
        # one named right after it (a list after it is read as one: see `named_victims`)
        before = None
    if after is not None:
        cue = next((g for g in after.groups() if g), "")
    elif before is not None:
        cue = before.group("noun") or before.group("verb") or before.group("asword") or ""
        how = "before"
        if before.group("noun") and intended(text, before.start("noun")):
            # "spent months planning the death of Ann Lee": meant, not done; what befell her is
            # what is said after her name
            cue, meant = "attempt", True
    elif (
        (pronoun := search_within(PRONOUN_HARM, text, end, clause.end)) is not None
        and not any(end <= m.start < pronoun.start() for m, _ in article.cast.people_in(sentence))
        and not search_within(TIED_AS_SUSPECT, text, end, pronoun.start())
        and not search_within(SPEECH, text, end, pronoun.start())  # "Bo Tran said her death"
        and not search_within(LINKED_OBJECT, text, max(0, start - 40), start)
    ):
        cue = pronoun.group("what") or pronoun.group("hit")
    elif (
        (died := search_within(_BUT_DIED, text, end)) is not None
        and not any(end <= m.start < died.start() for m, _ in article.cast.people_in(sentence))
        and not search_within(SPEECH, text, end, died.start())
    ):
        # "Crews pulled Ann Lee, 81, from her unit, but she died at the scene": what befell
        # the one named, told of her pronoun in the clause that follows
        cue = "died"
    elif (colon := listed_after_count(text, start)) is not None:
        # "shot and killed three people Saturday: Bo Tran, 45; Ann Lee, 38; and ...": the
        # outcome the count's words tell
        low = max(0, colon - 80)
        outcome = cue_outcome("", text, low, colon)
        if outcome == DEFAULT_UNHARMED:
            return None, "none"  # "The following three people were arrested:"
        return outcome, "police" if search_within(BY_POLICE, text, low, colon) else "before"
    else:
        return None, "none"
    low, high = own_stretch(article, sentence, clause.start, clause.end, start, end)
    if meant:
        low = max(low, start)
    # Harm done by police: said after the name ("X was shot by an officer", "the death of X at
    # the hands of police") or as the subject of the verb before it ("officers shot X").
    police_after = search_within(BY_POLICE, text, end, min(high, end + 100))
    if (
        police_after is not None
        and how == "before"
        and search_within(_NEW_PREDICATE, text, end, police_after.start())
        # "the death of X, who was shot by an officer": said of X
        and not re.match(r",?\s+who\b", text[end:])
    ):
        # "A man who fatally shot a clerk, X, during a robbery was killed by officers": the
        # police harm is the subject's, told by a verb of its own.
        police_after = None
    if police_after is not None or (
        # "officers shot X", and "officers returned fire and struck X, who died": the harm
        # the name is the object of is police harm, whatever is said of him after.
        (how == "before" or (before is not None and not text[before.end() : start].strip()))
        and before is not None
        and police_harm_before(
            text,
            max(low, before.start() - 40),
            before.start("noun") if before.group("noun") else before.start(),
            before.end(),
            noun=before.group("noun") is not None,
        )
    ):
        return cue_outcome(cue.strip().lower(), text, low, high), "police"
    if after is not None and after.group("possessive"):
        cue = _POSSESSIVE.sub("", cue)  # "X's tragic death": the noun
    if how == "after" and _LIVED_CUE.fullmatch(cue.strip().lower()):
        # "Bo Tran was killed and his wife, Ann Tran, was badly hurt": the death told before
        # her name is his, and her own words say she lived
        low = max(low, start)
    return cue_outcome(cue.strip().lower(), text, low, high), how


# Harm said after a name in words that say the one harmed lived.
_LIVED_CUE = re.compile(r"hurt|injured|wounded|harmed")


_POSSESSIVE = re.compile(
    r"^[’']s?|\band\s+[A-Z][\w’'-]+(?:[’']s?)?|\b(?:tragic|violent|brutal|shooting|"
    r"stabbing|untimely|alleged)\s+"
)


# A role right before a name set off by commas: "The victim, ", "Her son, ", "The driver of
# the pickup, ".
# (also after a phrase that opens the sentence: "In one of the burglaries, an 84-year-old
# woman, Ann Lee, was pushed to the floor")
_ROLE_APPOSITION = re.compile(
    r"(?:\A|[.;:]\s+|\b(?:and|but|said|says)\s+|"
    r"\A\W*(?:In|During|At|On|After|Before|Inside|Outside|Earlier|Later)\b[^;.]{0,80}?,\s+)"
    r"\W*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+"
    r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*"
    r"(?:\s+(?:of|at|in|on)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)?"
    # "Her roommate, 31-year-old Tasha Grant, was stabbed": the age may stand before the name
    r",\s+(?:\d{1,3}-year-old\s+)?\Z"
)
# The comma that closes a name set in apposition, past a home town: ", ", " of Lyle, ".
_APPOSITION_END = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,")
_NEW_PREDICATE = re.compile(r"\b(?:was|were|is|are|has|had|have)\b")
_FOUND_BEFORE = re.compile(r"\b(?:found|left|discovered|leaving|finding)\s+(?:\S+\s+){0,2}?\Z")
# A name followed by "'s" and a word that is no harm: the possessor of someone else.
_POSSESSOR = re.compile(r"[’']s?\s+(?!(?:death|killing|murder|slaying|shooting|stabbing)s?\b)")
