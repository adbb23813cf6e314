"""Page chrome: the parts of a stored page that are not the article and must yield no fact.

Chrome is reported as character spans so that evidence offsets keep indexing the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int]


class _AtLineStart:
    """A pattern that matches only at the start of a line, as `^` with `re.MULTILINE` would.

    Lines after the first are found by the newline before them: a pattern that opens with
    "\\n" lets the regex engine jump from one newline to the next, where one that opens
    with "^" is tried (and fails) at every position of the text."""

    def __init__(self, body: str, flags: int) -> None:
        self._first_line = re.compile(body, flags | re.MULTILINE)
        self._other_lines = re.compile(rf"\n({body})", flags | re.MULTILINE)

    def spans(self, text: str) -> Iterator[Span]:
        """The matches' spans in text order, as `re.finditer` would find them."""
        position = 0
        first = self._first_line.match(text)
        if first:
            yield first.span()
            position = first.end()
        for match in self._other_lines.finditer(text, position):
            yield match.span(1)


# The store's leading ` date YYYY-MM-DD` marker; the rest of that line is article text.
_DATE_MARKER = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}\b")

# Lines after which a news page carries only footer, teasers and reader comments.
_TAIL_START = _AtLineStart(
    r"[ \t]*(?:copyright\b|©|\(c\) \d{4}|all rights reserved|recommended for you"
    r"|\(\d+\) comments?|\d+ comments?|comments?|welcome to the discussion"
    r"|keep it clean\.|join the conversation|related (?:stories|articles)|you may also like)",
    re.IGNORECASE,
)

# Single lines that are chrome wherever they appear.
_CHROME_LINE = _AtLineStart(
    r"[ \t]*(?:advertisement|sign up\b.*|subscribe\b.*|read more\b.*|share this\b.*"
    r"|click here\b.*|watch(?: it)? live\b.*|related:.*|timeline:.*"
    # a link to another story: "READ ALSO | Two men wounded ...", "MORE: Woman killed ..."
    r"|(?:related(?: stories| articles| coverage| content)?|read also|also read|see also|more|"
    r"watch|listen|previous coverage|more coverage|trending|top stories|latest|must read)"
    r"[ \t]*(?::|\||>>|»).*)[ \t]*$",
    re.IGNORECASE,
)

# A byline on a line of its own: "By Ann Lee Dayton Daily", "BY ANN LEE | Staff Writer",
# "By Bo Tran, The Dayton Daily". A name and the outlet, with no sentence's period: not "By
# Tuesday, police had arrested him."
_BYLINE = _AtLineStart(
    r"[ \t]*(?:By|BY)[ \t]+[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){1,4}"
    r"(?:(?:[ \t]*(?:,|\||/|[-–—])[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+)[^\n.]{0,60})?[ \t]*$",
    0,
)


def chrome_spans(text: str) -> list[Span]:
    """Spans of `text` that are page chrome, in text order."""
    spans: list[Span] = []
    marker = _DATE_MARKER.match(text)
    if marker:
        spans.append((0, marker.end()))
    spans.extend(_CHROME_LINE.spans(text))
    spans.extend(_BYLINE.spans(text))
    # A footer heading only counts in the second half: a story may open by quoting "comments".
    for tail_start, _ in _TAIL_START.spans(text):
        if tail_start >= len(text) // 2:
            spans.append((tail_start, len(text)))
            break
    return sorted(spans)
