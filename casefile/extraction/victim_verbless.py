"""An outcome told of a description with its verb left out, as headlines and the clause
after "leaving" tell it: "One man dead, a woman hurt after shooting", "leaving one man dead
and a woman hurt", "a teen wounded in Marlow drive-by". The description is set off as an item
of a list or a headline's subject (after the line's start, a comma, "and", "leaving" or
"left"), and the outcome word stands right after it, ending the item: no verb of a sentence follows
it in its clause ("a woman injured in the crash has died" is told by its verb). Read by
extraction/victim_unnamed.py with the other wordings of victim_phrases.py."""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan


def verbless_victim(role: str, describing: str) -> re.Pattern[str]:
    return compile_scan(
        r"(?:\A\W*|,\s+|;\s+|\band\s+|\b(?:leaving|left)\s+)(?:a|an|another)\s+"
        rf"(?P<desc>(?:\d{{1,3}}-year-old\s+)?{describing}{{0,2}}?{role})\s+"
        r"(?P<what>dead|killed|(?:(?:critically|seriously|severely|badly)\s+)?"
        r"(?:hurt|injured|wounded))"
        # the item ends: a comma, the sentence, or what the headline says after it; not a
        # participle before the verb of its own sentence ("A woman injured in the crash has
        # died", "a man killed on Route 9 was identified as")
        r"(?=\s*(?:[,;:.]|\Z)|\s+(?:after|in|at|on|during|when|while|as|and|near|outside)\b)"
        r"(?![^,.;]*?\b(?:is|was|were|are|has|have|had|died|dies|remains?|said|says|told|"
        r"testified|survived|recover\w*|will|would)\b)",
        re.I,
    )


VERBLESS_GATE = key_words("dead", "killed", "hurt", "injured", "wounded")
