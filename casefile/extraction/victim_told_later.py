"""One of a counted group told later with another outcome: "Officers found three men with
gunshot wounds. One of them died at the scene." counts one among the killed; a group counted as
the ones shots were fired at ("fired at two officers") and then one of it told hit in a later
sentence ("One officer was hit in his vest", "One of them was struck in the shoulder") is one
hurt and the rest unharmed. Read by extraction/victim_unnamed.py with the groups of
extraction/victim_counts.py.
"""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact
from casefile.extraction.key_words import KeyWords, key_words

_ONE_OF_THEM_DIED = re.compile(
    r"\A\W*One of (?:them|the (?:[\w-]+\s+){0,2}?(?:victims|men|women|people|boys|girls|teens|"
    r"teenagers|children))\b[^.]{0,80}?\b(?:died|was pronounced (?:dead|deceased)|was killed|did not survive)\b"
    # "One died at the hospital": the bare "One" of the group just counted
    r"|\A\W*One\s+(?:(?:later|then|also)\s+)?(?:died|was pronounced (?:dead|deceased)|did not survive)\b"
)
_ONE_OF_GATE = key_words(
    "one of", "one died", "one later", "one then", "one was pronounced", "one did not"
)


def later_deaths(article: Article, groups: dict[str, tuple[int, Fact]]) -> None:
    """ "Officers found three men with gunshot wounds. One of them died at the scene.": one of
    a counted group of the hurt told dead in a later sentence is counted among the killed."""
    hurt = groups.get("injured")
    if hurt is None or hurt[0] < 2 or "killed" in groups:
        return
    move_one_told_later(article, groups, "injured", "killed", _ONE_OF_GATE, _ONE_OF_THEM_DIED)


def move_one_told_later(
    article: Article,
    groups: dict[str, tuple[int, Fact]],
    source: str,
    outcome: str,
    gate: KeyWords,
    one_told: re.Pattern[str],
    at: str | int = 0,
    same_sentence: bool = True,
) -> None:
    """Move one of the counted group `groups[source]` to `outcome` when a sentence told after
    the group's opens as `one_told` says ("One of them died", "One officer was hit"), at the
    word `at` of which the sentence must be about this case; `same_sentence` lets the group's
    own sentence tell it."""
    counted = groups[source]
    for sentence in gate.among(article.sentences):
        if sentence.start < counted[1].evidence.start or (
            not same_sentence and sentence.start == counted[1].evidence.start
        ):
            continue
        match = one_told.match(sentence.text)
        if match is None or not article.in_case(sentence, match.start(at)):
            continue
        moved = fact(
            "VictimReported",
            {
                "name": None,
                "description": counted[1].fields["description"],
                "age": None,
                "outcome": outcome,
            },
            article,
            sentence,
        )
        groups[source] = (counted[0] - 1, counted[1])
        groups[outcome] = (1, moved)
        return


# "One officer was hit", "One of them was struck", "One of the two deputies was wounded"
# (not "One officer was not hit", nor "One officer was shot at", a target again).
_ONE_HIT = re.compile(
    r"\A\W*One(?:\s+of\s+(?:them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)|\s+(?:[\w-]+\s+)?[\w-]+)?"
    r"\s+(?:was|had\s+been)\s+(?:also\s+)?(?P<what>hit|struck|wounded|injured|grazed|shot)\b"
    r"(?!\s+at\b)"
)
_ONE_GATE = key_words("one")


def later_hits(article: Article, groups: dict[str, tuple[int, Fact]]) -> None:
    """Move one of a counted group of targets (unharmed, two or more) into the hurt when a later
    sentence opens by telling one of them hit, and no one was told hurt or killed."""
    targets = groups.get("unharmed")
    if targets is None or targets[0] < 2 or "injured" in groups or "killed" in groups:
        return
    move_one_told_later(
        article, groups, "unharmed", "injured", _ONE_GATE, _ONE_HIT, at="what", same_sentence=False
    )
