"""Page chrome: the parts of a stored page that are not the article and must yield no fact.

Chrome is reported as character spans so that evidence offsets keep indexing the text as given.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# The store's leading ` date YYYY-MM-DD` marker; the rest of that line is article text.
_DATE_MARKER = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}\b")

# Lines after which a news page carries only footer, teasers and reader comments.
_TAIL_START = re.compile(
    r"^[ \t]*(?:copyright\b|©|\(c\) \d{4}|all rights reserved|recommended for you"
    r"|\(\d+\) comments?|\d+ comments?|comments?|welcome to the discussion"
    r"|keep it clean\.|join the conversation|related (?:stories|articles)|you may also like)",
    re.IGNORECASE | re.MULTILINE,
)

# Single lines that are chrome wherever they appear.
_CHROME_LINE = re.compile(
    r"^[ \t]*(?:advertisement|sign up\b.*|subscribe\b.*|read more\b.*|share this\b.*"
    r"|click here\b.*|watch(?: it)? live\b.*|related:.*|timeline:.*)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def chrome_spans(text: str) -> list[Span]:
    """Spans of `text` that are page chrome, in text order."""
    spans: list[Span] = []
    marker = _DATE_MARKER.match(text)
    if marker:
        spans.append((0, marker.end()))
    spans.extend(line.span() for line in _CHROME_LINE.finditer(text))
    # A footer heading only counts in the second half: a story may open by quoting "comments".
    for tail in _TAIL_START.finditer(text):
        if tail.start() >= len(text) // 2:
            spans.append((tail.start(), len(text)))
            break
    return sorted(spans)
