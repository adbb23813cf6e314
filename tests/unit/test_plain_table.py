"""The plain table renderer lays tables out as rich's `Table` does, character for character."""

from __future__ import annotations

import io
import random

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from casefile.cli.plain_table import Column, print_table

WORDS = [
    "a",
    "of",
    "Hartwell",
    "Daily",
    "Voice,",
    "2021-03-04",
    "09:15",
    "UTC",
    "first-degree",
    "assault",
    "(same",
    "words",
    "as",
    "Channel",
    "8)",
    "https://news.example.com/2021/03/04/a-very-long-address-of-a-story-page",
    "Zoë",
    "北京",
    "$25,000",
    "",
]


def _cell(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(0, 9))
    spaces = [" " * rng.choice([1, 1, 1, 2]) for _ in words]
    text = "".join(w + s for w, s in zip(words, spaces, strict=True))
    return text.rstrip() if rng.random() < 0.8 else text


def _console(width: int, terminal: bool = False) -> Console:
    return Console(
        file=io.StringIO(),
        width=width,
        soft_wrap=True,
        force_terminal=terminal,
        color_system="standard" if terminal else None,
    )


def _by_rich(width: int, title: str, columns: list[Column], rows: list[list[str]], term: bool):
    console = _console(width, term)
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column.header, justify=column.justify, no_wrap=column.no_wrap)
    for row in rows:
        table.add_row(*map(Text, row))
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _plain(width: int, title: str, columns: list[Column], rows: list[list[str]], term: bool):
    console = _console(width, term)
    print_table(console, title, columns, rows)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(60))
def test_the_same_text_as_rich(seed: int) -> None:
    rng = random.Random(seed)
    columns = [
        Column(
            rng.choice(["Fact", "Outlets", "Reported by", "First reported", "Case"]),
            justify=rng.choice(["left", "right"]),
            no_wrap=rng.random() < 0.2,
        )
        for _ in range(rng.randint(1, 5))
    ]
    rows = [[_cell(rng) for _ in columns] for _ in range(rng.randint(1, 8))]
    width = rng.choice([30, 40, 60, 80, 100, 132, 200])
    for terminal in (False, True):
        assert _plain(width, "Charges", columns, rows, terminal) == _by_rich(
            width, "Charges", columns, rows, terminal
        )


def test_cells_rich_reads_otherwise_are_drawn_by_rich() -> None:
    columns = [Column("Fact"), Column("Outlets", justify="right")]
    rows = [["a tab\there", "2"], ["a new\nline", "1"]]
    assert _plain(80, "Bonds", columns, rows, False) == _by_rich(80, "Bonds", columns, rows, False)


def test_a_narrow_console() -> None:
    columns = [Column("Fact"), Column("Outlets", justify="right"), Column("Reported by")]
    rows = [["charged with robbery", "3", "Metro Gazette, Channel 8"]]
    for width in range(1, 20):
        assert _plain(width, "Charges", columns, rows, False) == _by_rich(
            width, "Charges", columns, rows, False
        )


PIECES = [
    "plain",
    " ",
    "\n",
    ":smile:",
    "9:30",
    "[bold]",
    "\x1b[31m",
    "\r",
    "\x07",
    "Zoë",
    "北京",
    "  ",
]


@pytest.mark.parametrize("seed", range(100))
def test_a_line_written_directly_reads_as_rich_prints_it(seed: int) -> None:
    from casefile.cli.app import _SafeConsole
    from casefile.cli.render import print_plain

    rng = random.Random(seed)
    text = "".join(rng.choices(PIECES, k=rng.randint(0, 12)))
    printed, written = (
        _SafeConsole(file=io.StringIO(), soft_wrap=True, color_system=None) for _ in range(2)
    )
    printed.print(text, markup=False, highlight=False, style="dim")
    print_plain(written, text, style="dim")
    assert written.file.getvalue() == printed.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(50))
def test_lines_written_at_once_read_as_rich_prints_them_one_by_one(seed: int) -> None:
    """`print_plain_lines` (the timeline's ten thousand lines): what rich prints line by line,
    a line with a tab (which rich expands) printed by rich in its place."""
    from casefile.cli.app import _SafeConsole
    from casefile.cli.render import print_plain_lines

    rng = random.Random(seed)
    lines = [
        ("".join(rng.choices([*PIECES, "\t"], k=rng.randint(0, 8))), rng.choice([None, "dim"]))
        for _ in range(rng.randint(0, 6))
    ]
    printed, written = (
        _SafeConsole(file=io.StringIO(), soft_wrap=True, color_system=None) for _ in range(2)
    )
    for text, style in lines:
        printed.print(text, markup=False, highlight=False, style=style)
    print_plain_lines(written, lines)
    assert written.file.getvalue() == printed.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(20))
def test_ascii_lines_break_where_rich_breaks_them(seed: int) -> None:
    """The breaks of a cell of ASCII text, found from each line's last column, are rich's
    (`divide_line`): words of every length, runs of spaces, spaces before the first word and
    after the last, words longer than the line."""
    from rich._wrap import divide_line

    from casefile.cli.plain_table import _divide_ascii

    rng = random.Random(seed)
    words = ["a", "of", "Hartwell", "first-degree", "$25,000", "x" * 30, "2021-03-04", ""]
    for _ in range(300):
        chosen = rng.choices(words, k=rng.randint(0, 12))
        text = "".join(w + " " * rng.choice([1, 1, 2, 3]) for w in chosen)
        text = " " * rng.choice([0, 0, 1, 3]) + (text.rstrip() if rng.random() < 0.7 else text)
        for width in (1, 2, 5, 9, 14, 23, 40):
            assert _divide_ascii(text, width) == divide_line(text, width, False), (text, width)
