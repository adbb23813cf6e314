"""How `casefile history` looks: every stored event of a case, one block per event, wrapped
to the terminal's width (a table would cut its columns at 80), and as JSON rows."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Console
from rich.text import Text

from casefile.adapters.report_wording import fact_phrase
from casefile.cli import clock

# The event library's own attributes: no reader's business ("originator topic: casefile:Case").
_EVENT_ENVELOPE = {"originator_id", "originator_version", "timestamp", "originator_topic"}


def history_rows(events: Sequence[Any]) -> list[dict[str, Any]]:
    from casefile.domain.case import Case

    rows = []
    for event in events:
        row: dict[str, Any] = {
            "version": event.originator_version,
            "type": type(event).__name__,
            "recorded_at": event.timestamp.isoformat(),
        }
        if isinstance(event, Case.FactReported):
            fact = event.fact()
            row.update(
                reported_at=event.reported_at.isoformat(),
                article=event.article_id,
                outlet=event.outlet,
                fact=fact.fields,
                quote=fact.evidence.quote,
            )
        elif isinstance(event, Case.ArticleAttached):
            row.update(
                reported_at=event.reported_at.isoformat(),
                article=event.article_id,
                outlet=event.outlet,
                url=event.url,
            )
        else:
            # Corrections and regroupings: who, why and what they target, as stored.
            row["details"] = {
                name: value.isoformat() if isinstance(value, datetime) else value
                for name, value in vars(event).items()
                if name not in _EVENT_ENVELOPE
            }
        rows.append(row)
    return rows


# The corrections, coloured as a diff colours them (a terminal only).
_EVENT_STYLES = {"FactRetracted": "red", "FactsWithdrawn": "red", "FactAmended": "yellow"}
_INDENT = "    "


def print_history(console: Console, rows: Sequence[dict[str, Any]]) -> None:
    """Per event: its version (what `retract` and `amend` take), type and recorded time; then
    when and by whom it was reported; then what it says. Nothing is cut: long values wrap."""
    console.print("Stored events, in recorded order", style="bold", highlight=False)
    width = max(console.width, 40)
    for row in rows:
        head = Text()
        head.append(f"v{row['version']}", style="bold")
        head.append("  ")
        head.append(row["type"], style=_EVENT_STYLES.get(row["type"]))
        head.append(f"  recorded {clock.shown(row['recorded_at'], seconds=True)}")
        console.print(head, highlight=False)
        for line in _body(row):
            for wrapped in _wrap(line, width):
                console.print(wrapped, markup=False, highlight=False)


def _body(row: dict[str, Any]) -> list[str]:
    lines = []
    if row.get("reported_at"):
        source = row.get("outlet") or "an unnamed outlet"
        lines.append(
            f"reported {clock.shown(row['reported_at'])} by {source}, article {row['article']}"
        )
    fact, details = row.get("fact"), row.get("details")
    if fact:
        lines.append(fact_phrase(row["type"], fact))
    elif details:
        lines.append(
            "; ".join(f"{name.replace('_', ' ')}: {value}" for name, value in details.items())
        )
    elif row.get("url"):
        lines.append(row["url"])
    return lines


def _wrap(line: str, width: int) -> list[str]:
    """The line in lines of `width`, indented; a word longer than that (a URL) stays whole
    on its own line, for the terminal to wrap, so it can still be copied."""
    return textwrap.wrap(
        line,
        width=width,
        initial_indent=_INDENT,
        subsequent_indent=_INDENT,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [_INDENT]
