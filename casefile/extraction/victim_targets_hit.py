"""Targets told hit later: a group counted as the ones shots were fired at ("fired at two
officers") and then one of it told hit in a later sentence ("One officer was hit in his vest",
"One of them was struck in the shoulder") is one hurt and the rest unharmed. Read by
extraction/victim_unnamed.py with the groups of extraction/victim_counts.py.
"""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article
from casefile.extraction.key_words import key_words
from casefile.extraction.victim_counts import move_one_told_later

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
