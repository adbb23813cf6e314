"""Layout: what the text's white space means, decided before any stage reads the text.

Articles arrive as saved pages, e-mails, wire copy and text pasted from PDFs. The same sentence
may come with non-breaking spaces between its words, two spaces after each period, a line
break at every 70th character, or Windows line ends. The stages after this one read one plain
form of the text (`PlainText.text`):

- every space character (a tab, a non-breaking or thin space) is a space, a run of them is
  one, and invisible characters (zero-width spaces, soft hyphens, carriage returns) are gone;
- Markdown and HTML markup inside the text is gone, its words kept: a link's text without its
  address ("[Bo Tran](https://...)" reads "Bo Tran"), emphasis without its asterisks, a
  heading or a quotation without its marker, an image, an escaped character, an entity
  ("&amp;" reads "&"); a saved article is often Markdown, and a name in a link is a name;
- a hard-wrapped paragraph is one line: a line break is a space when the next line's first
  word would not have fit on the line before it (as a wrapper breaks lines) and the next line
  does not start a list item ("- ", "• ", "2. ").
- a dash between words is one form, an em dash with a space each side: typed as a hyphen
  between spaces ("Bo Tran - a Dayton native - was charged"), as two hyphens ("Tran--a
  native--was", "DAYTON -- Police"), or as an em dash set close ("Tran—a native—was"), as
  plain-text wire copy and many outlets write it. A hyphen inside a word is no dash, and a
  hyphen that opens a line opens a list item.
  A text is hard-wrapped when most of its longer lines end near one width of at most
  `MAX_WRAP` characters and most of its breaks fall inside a sentence (before a word in lower
  case); a text whose paragraphs are each one line, or a list, is left as it is.

Nothing else changes, and every fact's evidence is mapped back to the article as given
(`PlainText.restore`): the quote is always the article's own words, at its own offsets.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from casefile.domain.facts import Fact, evidence_in

# A wrapped text's lines end within this many characters of its widest line, which is at
# most `MAX_WRAP` long (e-mail and terminal copy wraps at 65 to 80).
MAX_WRAP = 100
MIN_WRAP = 40
WRAP_SLACK = 25
# A line this long or longer counts in the vote; shorter ones are headlines, datelines,
# captions, a paragraph's last line.
LONG_LINE = 30

_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\r\u00ad\u200b\u200c\u200d\u2060\ufeff"
# What the plain form changes: a run of spaces (of any kind) where it is not one plain space,
# and invisible characters.
_UNPLAIN = re.compile(rf"[ {_SPACES}]*[{_SPACES}][ {_SPACES}]*| {{2,}}|[{_INVISIBLE}]+")
# Markdown markup: of each match, the group named in `_KEPT` is kept and the rest dropped.
_MARKUP = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)[ \t]*"  # an image
    r"|\[(?P<link>[^\]\n]+)\](?:\([^)\s]*(?:\s+\"[^\"\n]*\")?\)|\[[^\]\n]*\])"  # a link
    r"|(?P<strong>\*\*|__)(?=\S)(?P<strong_text>[^\n]+?)(?<=\S)(?P=strong)"
    r"|(?<![\w*\\])\*(?=[^\s*])(?P<em>[^*\n]+?)(?<=\S)\*(?![\w*])"
    r"|(?<![\w\\])_(?=[^\s_])(?P<em_>[^_\n]+?)(?<=\S)_(?!\w)"
    r"|^[ \t]{0,3}(?:#{1,6}|>)[ \t]+"  # a heading's or a quotation's marker
    r"|\\(?=[\\`*_{}\[\]()#+\-.!])"  # an escaping backslash
    r"|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});",  # an entity
    re.MULTILINE,
)
_KEPT = ("link", "strong_text", "em", "em_")
# A dash between words not yet in the plain form (" - ", " -- ", "--", "—" set close): after
# a character that is not a space, before one that is not a space or a hyphen.
_DASH = re.compile(r"(?<=[^\s-])(?: --? (?=\S)|(?:—|--)(?=[^\s-]))")
PLAIN_DASH = " — "
# A character without which neither pattern above can match (or two spaces, or a line opening
# with a heading's or a quotation's marker): most texts hold none, and a look for each is
# several times cheaper than trying both patterns at every space. Each look is a substring
# test, a loop of C over the text (one regex of them all, an alternation or a class of
# characters outside ASCII, took 20 to 80 µs for a 600-word article; these take 8).
_MAY_CHANGE = _SPACES + _INVISIBLE + "*_[\\&"
_BLOCK_MARK = re.compile(r"^[ \t]{0,3}[#>]", re.MULTILINE)


def _may_change(text: str) -> bool:
    """Whether the plain form of `text` may differ from it (see `_MAY_CHANGE`)."""
    return (
        "  " in text
        or any(c in text for c in _MAY_CHANGE)
        or ((" -" in text or "--" in text or "—" in text) and _DASH.search(text) is not None)
        or (("#" in text or ">" in text) and _BLOCK_MARK.search(text) is not None)
    )


_LIST_ITEM = re.compile(r"[ \t]*(?:[-–—•*·▪●]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


@dataclass(frozen=True)
class PlainText:
    """The plain form of an article's text, and where each of its characters came from."""

    text: str
    original: str
    # Where the plain text and the original part ways: the plain offset of each edit and the
    # original offset of the same character (a piecewise shift, searched with bisect).
    _plain_at: list[int] = field(default_factory=list)
    _original_at: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text is not self.original

    def original_offset(self, plain_offset: int) -> int:
        k = bisect_right(self._plain_at, plain_offset) - 1
        if k < 0:
            return plain_offset
        return self._original_at[k] + (plain_offset - self._plain_at[k])

    def restore(self, found: Fact) -> Fact:
        """The fact with its evidence quoted from the article as given."""
        if not self.changed:
            return found
        start = self.original_offset(found.evidence.start)
        end = self.original_offset(found.evidence.end - 1) + 1 if found.evidence.end else 0
        return Fact(found.kind, found.fields, evidence_in(self.original, start, end))


def plain_text(text: str) -> PlainText:
    """The plain form of `text` (see the module); `text` itself when it is plain already."""
    soft_breaks = _soft_breaks(text)
    if not soft_breaks and not _may_change(text):
        return PlainText(text, text)
    edits = [
        (m.start(), m.end(), "" if _is_invisible(m.group()) else " ")
        for m in _UNPLAIN.finditer(text)
    ]
    edits += [(start, end, " ") for start, end in soft_breaks]
    edits += _markup_edits(text)
    edits += [(m.start(), m.end(), PLAIN_DASH) for m in _DASH.finditer(text)]
    edits = _merged(sorted(edits))
    if not edits:  # a character the gate saw that marks nothing ("AT&T", "file_name")
        return PlainText(text, text)
    pieces: list[str] = []
    plain_at: list[int] = []
    original_at: list[int] = []
    done = 0  # original offset copied up to
    length = 0  # plain text written so far
    for start, end, replacement in edits:
        pieces.append(text[done:start])
        length += start - done
        pieces.append(replacement)
        length += len(replacement)
        # the characters after the edit map back one to one from its end
        plain_at.append(length)
        original_at.append(end)
        done = end
    pieces.append(text[done:])
    return PlainText("".join(pieces), text, plain_at, original_at)


def _markup_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that drop markup and keep its words: what lies around a kept group goes."""
    edits = []
    for match in _MARKUP.finditer(text):
        kept = next((name for name in _KEPT if match.group(name) is not None), None)
        if kept is None:
            whole = match.group()
            replacement = html.unescape(whole) if whole.startswith("&") else ""
            if replacement != whole:
                edits.append((match.start(), match.end(), replacement))
            continue
        edits.append((match.start(), match.start(kept), ""))
        edits.append((match.end(kept), match.end(), ""))
    return edits


def _is_invisible(run: str) -> bool:
    return all(c in _INVISIBLE for c in run)


def _merged(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Edits in order, none overlapping: spaces and deletions that overlap or touch are one
    edit (a wrapped line's break and the spaces around it: one space); a replacement that
    overlaps an edit made already is dropped."""
    merged: list[tuple[int, int, str]] = []
    for start, end, replacement in edits:
        last_start, last_end, last = merged[-1] if merged else (0, -1, "")
        blank = replacement in ("", " ") and last in ("", " ")
        if start > last_end or (start == last_end and not (blank and " " in (replacement, last))):
            merged.append((start, end, replacement))
        elif blank:
            merged[-1] = (last_start, max(end, last_end), " " if " " in (last, replacement) else "")
    return merged


def _soft_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks of a hard-wrapped text that only wrap a paragraph, each with the spaces
    around it."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if not MIN_WRAP <= width <= MAX_WRAP:
        return []
    long_lines = [w for w in widths if w >= LONG_LINE]
    full = [w for w in long_lines if w >= width - WRAP_SLACK]
    if len(full) < 3 or len(full) * 2 < len(long_lines):
        return []
    breaks = []
    mid_sentence = 0  # breaks before a word in lower case: a sentence goes on
    at = 0
    for line, next_line, line_width in zip(lines, lines[1:], widths, strict=False):
        next_word = next_line.split(None, 1)[0] if next_line.strip() else ""
        if (
            next_word
            # the next line's first word did not fit on this one: a wrapper broke the line
            and line_width + 1 + len(next_word) > width
            and not _LIST_ITEM.match(next_line)
        ):
            indent = len(next_line) - len(next_line.lstrip())
            breaks.append((at + line_width, at + len(line) + 1 + indent))
            mid_sentence += next_word[0].islower()
        at += len(line) + 1
    # Wrapped prose breaks mostly inside sentences; lines of a list or a roster start anew.
    if len(breaks) < 3 or mid_sentence * 2 < len(breaks):
        return []
    return breaks
