"""The harmed named in a list after a colon that closes a count of them: "shot and killed
three people Saturday: Bo Tran, 45; Ann Lee, 38; and Cy Hall, 19", "Two died: Bo Tran, 45,
and Ann Lee, 38." Each name of the list takes the outcome the count's words tell (read by
`victim_outcomes.cue_outcome` from the words before the colon). The words between the colon
and the name are only names, ages, commas, semicolons and "and": the list itself. Read by
extraction/victim_names.py."""

from __future__ import annotations

import re

from casefile.extraction.numbers import NUMBER

# What may stand between the colon and a name of its list.
_LIST_SO_FAR = re.compile(r"(?:\s|[A-Z][\w.'’-]*|\(?\d{1,3}\)?|[,;]|and\b)*")
# A count of people before the colon, with nothing after it but a time or place of its own:
# "killed three people Saturday:", "Two died:", "The dead are:".
_COUNT_BEFORE_COLON = re.compile(
    rf"\b{NUMBER}\b(?:\s+[\w-]+){{0,6}}?\s*\Z|\b(?:the\s+)?(?:dead|victims|injured|wounded)"
    r"\s+(?:are|were|include|included)\s*\Z",
    re.I,
)


def listed_after_count(text: str, start: int) -> int | None:
    """Where the colon stands that opens a list of the harmed holding the name at `start`,
    when the words before the colon count them; None otherwise."""
    colon = text.rfind(":", 0, start)
    if colon < 0 or not _LIST_SO_FAR.fullmatch(text, colon + 1, start):
        return None
    before = text[max(0, colon - 80) : colon]
    if not _COUNT_BEFORE_COLON.search(before):
        return None
    return colon
