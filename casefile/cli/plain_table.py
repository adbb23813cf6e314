"""Tables laid out as rich lays them out, without rich's per-cell rendering.

`show` prints a table row per fact: thousands on a long case. Rich renders each cell
through its whole machinery (padding, segments, styles, line splitting), about half a
second for a case of 10,000 events, while the layout itself is simple. Here the same layout
is computed directly, with rich's own word division and cell widths: the columns measured
and shrunk as `rich.table.Table` does (the default heavy-headed box, one space of padding
on each side), each cell wrapped word by word (a word too long for its column cut with
"…"), cells aligned top, headers bottom. The text is the same, character for character
(`tests/unit/test_plain_table.py` holds it to rich's); on a terminal the title is italic
and the header bold, as rich draws them.

A table with a cell rich would read differently (a control character: tab, new line,
carriage return; they are expanded or split by rich, or stripped) or too narrow a console
is drawn by rich itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rich import box
from rich._ratio import ratio_reduce
from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size
from rich.segment import Segment, Segments
from rich.style import Style

if TYPE_CHECKING:
    from rich.console import Console

_PADDING = 2  # one space each side of a cell
_SIMPLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # what rich would expand, split or strip
_TRAILING_SPACE = re.compile(r"\s+$")
_NOT_SPACE = re.compile(r"[^ ]")
_HEADER_STYLE = Style(bold=True)  # rich's "table.header"
_TITLE_STYLE = Style(italic=True)  # rich's "table.title"


@dataclass(frozen=True)
class Column:
    header: str
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False


def print_table(
    console: Console, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]]
) -> None:
    """The table as `rich.table.Table(title=title, title_justify="left")` with these columns
    and rows of plain text would print it on `console`."""
    options = console.options
    heavy = box.HEAVY_HEAD.substitute(options, safe=console.safe_box)
    extra = 2 + len(columns) - 1  # the outer edges and the lines between columns
    width = options.max_width - extra
    cells = [[column.header for column in columns], *rows]
    if heavy is not box.HEAVY_HEAD or width < 1 or _SIMPLE.search("".join(map("".join, cells))):
        _print_with_rich(console, title, columns, rows)
        return
    widths = _column_widths(columns, cells, width)
    if min(widths) <= _PADDING:
        _print_with_rich(console, title, columns, rows)
        return
    header = [
        _wrap(text, width - _PADDING, c)
        for text, width, c in zip(cells[0], widths, columns, strict=True)
    ]
    lines = [title, heavy.get_top(widths), *_lines(header, widths, heavy, "head", bottom=True)]
    lines.append(heavy.get_row(widths, "head", edge=True))
    for number, row in enumerate(rows):
        wrapped = [
            _wrap(text, width - _PADDING, c)
            for text, width, c in zip(row, widths, columns, strict=True)
        ]
        lines += _lines(wrapped, widths, heavy, "foot" if number == len(rows) - 1 else "mid")
    lines.append(heavy.get_bottom(widths))
    if console.color_system is None:
        # Written through the console, so that its escaping and capture still apply.
        console.print(Segments([Segment("\n".join(lines) + "\n")]), crop=False, soft_wrap=True)
        return
    # On a terminal, styled as rich styles them: the title italic, the header bold.
    height = max(map(len, header))
    segments = [Segment(title, _TITLE_STYLE), Segment.line(), Segment(lines[1] + "\n")]
    for line in range(height):
        segments.append(Segment(heavy.head_left))
        for index, (cell, width) in enumerate(zip(header, widths, strict=True)):
            at = line - (height - len(cell))
            if at >= 0:
                segments += [
                    Segment(" ", _HEADER_STYLE),
                    Segment(cell[at], _HEADER_STYLE),
                    Segment(" ", _HEADER_STYLE),
                ]
            else:
                segments.append(Segment(" " * width, _HEADER_STYLE))
            last = index == len(widths) - 1
            segments.append(Segment(heavy.head_right if last else heavy.head_vertical))
        segments.append(Segment.line())
    segments.append(Segment("\n".join(lines[2 + height :]) + "\n"))
    console.print(Segments(segments), crop=False, soft_wrap=True)


def _lines(
    cells: list[list[str]], widths: list[int], heavy: box.Box, level: str, bottom: bool = False
) -> list[str]:
    """A row's lines: its cells side by side, each at the top of the row (`bottom`: at the
    bottom, as headers are), with the box's edges and dividers of `level`."""
    left, divider, right = {
        "head": (heavy.head_left, heavy.head_vertical, heavy.head_right),
        "mid": (heavy.mid_left, heavy.mid_vertical, heavy.mid_right),
        "foot": (heavy.foot_left, heavy.foot_vertical, heavy.foot_right),
    }[level]
    height = max(map(len, cells))
    lines = []
    for line in range(height):
        parts = []
        for cell, width in zip(cells, widths, strict=True):
            at = line - (height - len(cell)) if bottom else line
            parts.append(f" {cell[at]} " if 0 <= at < len(cell) else " " * width)
        lines.append(left + divider.join(parts) + right)
    return lines


def _print_with_rich(
    console: Console, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]]
) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column.header, justify=column.justify, no_wrap=column.no_wrap)
    for row in rows:
        table.add_row(*map(Text, row))
    console.print(table)


def _column_widths(
    columns: Sequence[Column], cells: Sequence[Sequence[str]], max_width: int
) -> list[int]:
    """Each column's width with its padding, as `Table._calculate_column_widths` sets it.

    Rich measures a cell as its longest line and its longest word, padded, neither wider
    than what is available; a column's width is the longest of its cells' (the words only
    decide the widths of other renderables): the longest cell, padded, at most `width`."""
    longest = [max(map(cell_len, texts)) + _PADDING for texts in zip(*cells, strict=True)]
    widths = [min(length, max_width) or 1 for length in longest]
    if sum(widths) > max_width:
        widths = _collapse(widths, [not c.no_wrap for c in columns], max_width)
        if sum(widths) > max_width:
            excess = sum(widths) - max_width
            widths = ratio_reduce(excess, [1] * len(widths), widths, widths)
        widths = [
            min(length, width) if width >= 1 else 0
            for length, width in zip(longest, widths, strict=True)
        ]
    return widths


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """The widest wrapable columns narrowed until the total fits (`Table._collapse_widths`)."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, wraps in zip(widths, wrapable, strict=True) if wraps)
            second = max(
                w if wraps and w != widest else 0 for w, wraps in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [
                1 if (w == widest and wraps) else 0
                for w, wraps in zip(widths, wrapable, strict=True)
            ]
            if not any(ratios) or not difference:
                break
            widths = ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _wrap(text: str, width: int, column: Column) -> list[str]:
    """The cell's lines, each `width` cells wide, as rich's `Text.wrap` and padding give
    them (overflow "ellipsis": a word longer than the column is cut with "…")."""
    if text.isascii() and len(text) <= width:  # one line, as it is: most cells
        if column.justify == "right":
            text = text.rstrip()
            return [" " * (width - len(text)) + text]
        return [text + " " * (width - len(text))]
    if column.no_wrap:
        pieces = [text]
    else:
        breaks = _divide_ascii(text, width) if text.isascii() else divide_line(text, width, False)
        pieces = [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]
    if text.isascii():
        return [_ascii_line(piece, width, column.justify) for piece in pieces]
    lines = []
    for piece in pieces:
        if len(piece) > width:  # rich's `rstrip_end`: trailing space past the width goes
            space = _TRAILING_SPACE.search(piece)
            if space is not None:
                piece = piece[: len(piece) - min(len(space.group(0)), len(piece) - width)]
        if column.justify == "right":
            piece = _truncate(piece.rstrip(), width)
            piece = " " * (width - cell_len(piece)) + piece
        else:
            length = cell_len(piece)
            piece = _truncate(piece, width)
            if length < width:
                piece += " " * (width - length)
        piece = _truncate(piece, width)
        # What rich's line cropping and padding leave: exactly `width` cells.
        lines.append(set_cell_size(piece, width))
    return lines


def _ascii_line(piece: str, width: int, justify: str) -> str:
    """What `_wrap` makes of one piece of ASCII text (a character a cell, so each length is
    its width): the same line, without measuring each character's cells again and again
    (most of `show`'s layout of a long case's thousands of wrapped cells)."""
    if len(piece) > width:  # rich's `rstrip_end`, as in `_wrap`
        space = _TRAILING_SPACE.search(piece)
        if space is not None:
            piece = piece[: len(piece) - min(len(space.group(0)), len(piece) - width)]
    if justify == "right":
        piece = piece.rstrip()
    if len(piece) > width:
        return piece[: width - 1] + "…"  # `_truncate`: the "…" takes one cell
    if justify == "right":
        return " " * (width - len(piece)) + piece
    return piece + " " * (width - len(piece))


def _divide_ascii(text: str, width: int) -> list[int]:
    """`rich._wrap.divide_line(text, width, fold=False)` for ASCII text (a character a cell):
    where the lines break, word by word (a word with the spaces after it; the first with
    those before it too).

    A word fits on its line when its last letter is within `width` of the line's start; a
    line breaks before the first word that does not fit (the first word of a line stays on
    it however long). So the break is found from the line's last column directly (the word
    across it, or the next one), not by walking every word of a long cell. Here the only
    white space is " ": a cell with another is laid out by rich (`_SIMPLE`)."""
    breaks: list[int] = []
    end = len(text.rstrip(" "))  # after the last letter: trailing spaces never break a line
    first = _NOT_SPACE.search(text)
    if first is None:
        return breaks
    line = 0
    while line + width < end:
        limit = line + width  # a word whose last letter is before here fits
        # A letter of the first word that does not fit: the one at the limit, or the next.
        letter = limit if text[limit] != " " else _letter_from(text, limit)
        start = text.rfind(" ", 0, letter) + 1  # that word's start
        if start <= first.start():
            start = 0  # the first word (with the spaces before it)
        if start <= line:  # the line's first word is too long: it stays, alone
            after = text.find(" ", letter)
            if after < 0 or after >= end:
                return breaks
            start = _letter_from(text, after)
        breaks.append(start)
        line = start
    return breaks


def _letter_from(text: str, index: int) -> int:
    """Where the first letter (not a space) at or after `index` is; one must be there."""
    found = _NOT_SPACE.search(text, index)
    assert found is not None
    return found.start()


def _truncate(text: str, width: int) -> str:
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return text
