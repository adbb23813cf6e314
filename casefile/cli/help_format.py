"""How `casefile --help` reads: verbs grouped by what a user does, values named in words.

`SECTIONS` decides the groups and their order (a verb no section names is listed under
"Other", so a verb added elsewhere still shows). Typer names an option's value by its Python
type (`<str>`, `<list[Path]>`); `plain_value` names it as a user would (`<text>`, `<path...>`).
"""

from __future__ import annotations

import re

SECTIONS: dict[str, tuple[str, ...]] = {
    "Reading in": ("ingest", "extract"),
    "Looking": ("cases", "show", "timeline", "diff", "people", "search"),
    "Auditing": ("history", "conflicts", "revisions"),
    "Correcting": ("retract", "amend", "move", "split-person"),
    "Grouping": ("merge", "join-person", "related"),
    "Reporting": ("followups", "report", "export"),
}

_WORDS = {
    "str": "text",
    "int": "n",
    "float": "number",
    "Path": "path",
    "datetime": "time",
    "bool": "yes|no",
}
_TYPE = re.compile(r"list\[(\w+)\]|\b(str|int|float|Path|datetime|bool)\b")


def plain_value(label: str) -> str:
    """A value's label without Python's type names: `<list[Path]>` is `<path...>`."""

    def word(match: re.Match[str]) -> str:
        if match.group(1):
            return f"{_WORDS.get(match.group(1), match.group(1))}..."
        return _WORDS[match.group(2)]

    return _TYPE.sub(word, label).replace(" range>", ">")


def sections(names: list[str]) -> list[tuple[str, list[str]]]:
    """The verbs `names` by section, in the sections' order; the rest under "Other"."""
    grouped = [(title, [n for n in verbs if n in names]) for title, verbs in SECTIONS.items()]
    known = {n for verbs in SECTIONS.values() for n in verbs}
    grouped.append(("Other", [n for n in names if n not in known]))
    return [(title, verbs) for title, verbs in grouped if verbs]


def install() -> None:
    """Name every option's value in words (typer's parameters' `display_type`)."""
    from typer.core import _TyperParameter

    if getattr(_TyperParameter, "_casefile_plain", False):
        return
    typed = _TyperParameter.display_type

    def display_type(self, ctx):  # type: ignore[no-untyped-def]
        return plain_value(typed(self, ctx))

    _TyperParameter.display_type = display_type  # type: ignore[method-assign]
    _TyperParameter._casefile_plain = True  # type: ignore[attr-defined]
