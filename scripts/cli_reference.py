"""The command reference, rendered from the CLI's own `--help`, and the site's mkdocs hooks.

As a hook (mkdocs.yml `hooks:`), it adds `reference/commands.md` to the site at build time,
walking the registered command tree, so a verb added to `casefile` is documented on the next
build with no edit here. It also fills the reported-time rule into the concepts page from
the docstring of `casefile/domain/reported_time.py`, and puts pages other people write
(docs/reliability.md, docs/grouping.md) in the nav when they exist.

Run as a script, it prints the reference page: `python scripts/cli_reference.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import typer
from typer.testing import CliRunner

REFERENCE_PAGE = "reference/commands.md"
RULE_MARKER = "<!-- reported-time-rule -->"
# Pages other engineers add: listed under "Guides" once they exist.
OPTIONAL_PAGES = {
    "reliability.md": "Reliability",
    "grouping.md": "Grouping articles into cases",
    "performance.md": "Performance",
}


def command_tree() -> Iterator[tuple[list[str], Any]]:
    """Every command of `casefile`, as (words after `casefile`, command), the root first.

    Commands are typer's (click-like) command objects; a group has `commands`.
    """
    from casefile.cli.main import app

    def walk(path: list[str], command: Any) -> Iterator[tuple[list[str], Any]]:
        yield path, command
        subcommands = getattr(command, "commands", {})
        for name in subcommands:  # in the order `casefile --help` lists them
            yield from walk([*path, name], subcommands[name])

    yield from walk([], typer.main.get_command(app))


def help_text(path: list[str]) -> str:
    """What `casefile <path> --help` prints, without colour (80 columns, as on a plain terminal)."""
    from casefile.cli.main import app

    result = CliRunner().invoke(app, [*path, "--help"], env={"NO_COLOR": "1", "TERM": "dumb"})
    if result.exit_code != 0:
        raise RuntimeError(f"`casefile {' '.join(path)} --help` failed: {result.output}")
    return "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())


def reference_markdown() -> str:
    lines = [
        "# Command reference",
        "",
        "Every `casefile` command with its options, as `casefile COMMAND --help` prints them.",
        "This page is generated from the command line itself each time the site is built.",
        "",
        "Every command takes the store from `CASEFILE_DB` (an SQLAlchemy URL) or from the",
        "global `--db URL` option given before the command (`casefile --db URL show CASE`);",
        "without either, `./casefile.db` is used.",
    ]
    for path, command in command_tree():
        title = " ".join(["casefile", *path])
        summary = (command.short_help or command.help or "").strip().splitlines()
        lines += ["", f"## {title}", ""]
        if summary and path:
            lines += [summary[0], ""]
        lines += ["```text", help_text(path), "```"]
    return "\n".join(lines) + "\n"


def reported_time_rule() -> str:
    """The bullet list of the date-only rule, as `casefile.domain.reported_time` states it."""
    from casefile.domain import reported_time

    doc = reported_time.__doc__ or ""
    bullets = [line for line in doc.splitlines() if line.startswith(("* ", "  "))]
    return "\n".join(bullets).replace("* ", "- ")


# -- mkdocs hooks ----------------------------------------------------------------------------


def on_config(config: Any) -> Any:
    from pathlib import Path

    docs = Path(config["docs_dir"])
    listed = set(_nav_pages(config["nav"] or []))
    extra = [{title: page} for page, title in OPTIONAL_PAGES.items() if (docs / page).exists()]
    extra = [entry for entry in extra if next(iter(entry.values())) not in listed]
    if extra:
        config["nav"].append({"Guides": extra})
    return config


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, REFERENCE_PAGE, content=reference_markdown()))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if RULE_MARKER in markdown:
        markdown = markdown.replace(RULE_MARKER, reported_time_rule())
    return markdown


def _nav_pages(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_pages(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_pages(value)


if __name__ == "__main__":
    print(reference_markdown(), end="")
