"""Misreadings of an unnamed victim's wording: a match of a wording of victim_phrases.py that
tells no victim of the case. It is a charge's name ("one count of rape of an intoxicated
person"), talk of the harm in quoted words once a victim was told, the suspect ("A man who was
shot in the robbery has been charged"), one harmed by the police, one named in apposition ("The
victim, Carlos Diaz, was stabbed"), someone else harmed by a pronoun, another time ("killed in
a crash years ago") or matter ("pleaded guilty in 2012 to robbing a clerk"), a search ("tracked
a man to a motel"), a suspect taken to a hospital, one told before with "the", a target only
intended, or a life's event ("after her husband died"). Read by extraction/victim_unnamed.py
for each match of its wordings."""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.outcome_words import outcome_of
from casefile.extraction.patterns import match_at, prefix_match, search_within
from casefile.extraction.scope import quoted
from casefile.extraction.sentences import Sentence
from casefile.extraction.victim_context import (
    ACCUSED_SUBJECT,
    AFTER_THE,
    ANYONE,
    CASE_STEP,
    ONE_MORE,
    TIME_CLAUSE,
)
from casefile.extraction.victim_first import first_told_by_the, the_man_told_before
from casefile.extraction.victim_phrases import (
    DEFINITE_VICTIM,
    INDEFINITE_VICTIM,
    POLICE_ROLE,
    VICTIM_OBJECT,
    YEARS_AGO,
)
from casefile.extraction.victim_police import by_police
from casefile.extraction.victim_pronoun_harm import (
    HARMED_AFTER,
    POSSESSED_HARMED_AFTER,
    someone_else_harmed,
)
from casefile.extraction.victim_wording import (
    charge_wording,
    custody_care,
    earlier_matter,
    intended,
)


def misread(
    article: Article,
    sentence: Sentence,
    pattern: re.Pattern[str],
    match: re.Match[str],
    what: str,
    what_at: int,
    named: bool,
    order: list[str],
) -> bool:
    """Whether `match` of the wording `pattern` in `sentence` tells no victim of the case
    (`what`: its harm word, found at `what_at`, else -1; `named`: whether the article names
    one harmed; `order`: the keys of the unnamed victims told before)."""
    text = sentence.text
    if (
        (bridge := match.groupdict().get("bridge"))
        and not re.match(r"(?:was|were)\b", bridge)
        and outcome_of(what) == "unharmed"
    ):
        return True  # "her mother called 911 and was not hurt": no one targeted
    if not article.in_case(sentence, match.start()) or charge_wording(text, match.start(), what):
        return True  # "one count of rape of an intoxicated person": a charge's name
    if (
        pattern in (INDEFINITE_VICTIM, VICTIM_OBJECT)
        and (named or order)
        and quoted(text, match.start())
        and not search_within(ONE_MORE, text, max(0, match.start() - 20), match.end() + 30)
    ):
        return True  # '"Instead a young father is dead"': the victim told, in talk
    if (
        pattern in (INDEFINITE_VICTIM, DEFINITE_VICTIM)
        and match.start() < 12
        and prefix_match(ACCUSED_SUBJECT, text)
    ):
        return True  # "A man who was shot in the robbery has been charged": the suspect
    if (
        pattern in (VICTIM_OBJECT, INDEFINITE_VICTIM, DEFINITE_VICTIM)
        and not POLICE_ROLE.search(match.group("desc"))
        and by_police(text, match.start(), match.end())
    ):
        return True  # "an officer shot and killed a man": no victim of the case
    if pattern is DEFINITE_VICTIM and not the_man_told_before(
        match.group("desc"), [k.split("#")[0] for k in order]
    ):
        return True  # "The man was shot by the clerk" with no man harmed before
    if pattern in (DEFINITE_VICTIM, INDEFINITE_VICTIM) and any(
        match.end("desc") < m.start < what_at
        and _NAME_APPOSED.fullmatch(text, match.end("desc"), m.start)
        for m, _ in article.cast.people_in(sentence)
    ):
        # "The victim, Carlos Diaz, was stabbed", "The infant, identified in court
        # records as Ava Lee, was taken to a hospital": a named victim
        return True
    if pattern in (HARMED_AFTER, POSSESSED_HARMED_AFTER) and someone_else_harmed(
        article, sentence, match
    ):
        return True  # "the woman ... shot him": someone else; one named between
    if match_at(YEARS_AGO, text, match.end(), match.end() + 60):
        return True  # "Pruitt's brother was killed in a crash years ago": another time
    if (
        pattern is VICTIM_OBJECT
        and match.group("desc").split()[-1].lower() in ANYONE
        and not match.group("det")
        and quoted(text, match.start())
    ):
        return True  # '"a slap on the wrist for nearly killing a man"': talk of it
    if pattern is VICTIM_OBJECT and what.lower().startswith("track") and not match.group("det"):
        return True  # "Police tracked a man to a motel": a search, not stalking
    if pattern is INDEFINITE_VICTIM and custody_care(what, match, text):
        return True  # "was arrested and taken to a hospital for evaluation": the suspect
    if (
        pattern is VICTIM_OBJECT
        and match.group("the")
        and not first_told_by_the(text, match, bool(order))
    ):
        return True  # "A man was shot ... Tran shot the man": told before
    if pattern is VICTIM_OBJECT and intended(text, match.start()):
        return True  # "with the intent of killing a man": a target (see TARGET)
    if pattern is VICTIM_OBJECT and earlier_matter(article, text, match.start()):
        return True  # "pleaded guilty in 2012 to robbing a clerk": another matter
    if (
        pattern is DEFINITE_VICTIM
        and match.group("died")
        and search_within(TIME_CLAUSE, text, max(0, match.start() - 12), match.start())
        and not CASE_STEP.search(text, 0, match.start())
    ):
        # "power of attorney in 2020 after her husband died": a life's event (not
        # "was arrested after his 2-year-old son died": the case's own death)
        return True
    # "had relapsed after the death of her grandmother": a life's event
    return bool(
        pattern is VICTIM_OBJECT
        and re.fullmatch(r"deaths?", what, re.I)
        and search_within(AFTER_THE, text, max(0, match.start() - 30), match.start())
        and not search_within(CASE_STEP, text, 0, match.start())
    )


# What sets a name beside the description it names: a comma, or "identified ... as".
_NAME_APPOSED = re.compile(r",\s*(?:(?:later\s+)?(?:identified|named)\b[^,.;]{0,40}?\bas\s+)?")
