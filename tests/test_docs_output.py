"""The tutorial and the how-to pages show what the tool prints: each ```console block's
`$ casefile ...` lines are run, in order, with the installed command in a fresh folder (a
copy of `seeds/` and `docs/examples/`, a new SQLite store, 100 columns), and what each
printed is compared with the lines the page shows under it.

Only what varies between runs is set aside: the time a command recorded something
(`recorded ...`, `"recorded_at"` in JSON). A line `...` ends what a page shows of a command's output (the rest is
left out on purpose). `$ export NAME=VALUE` sets a variable for the page's later commands.

To rewrite the pages with what the commands print today:
`CASEFILE_DOCS_UPDATE=1 pytest tests/test_docs_output.py`.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "docs" / "tutorial.md", *sorted((ROOT / "docs" / "howto").glob("*.md"))]
UPDATE = os.environ.get("CASEFILE_DOCS_UPDATE") == "1"
LEFT_OUT = "..."
RECORDED = re.compile(
    r"recorded \d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})? [A-Z][A-Za-z+\-0-9]*"
    r'|"recorded_at": "[^"]+"'
)
# What a page's commands must not inherit from whoever runs the tests.
UNSET = ("CASEFILE_DB", "CASEFILE_TZ", "CASEFILE_CIPHER_KEY", "NO_COLOR", "FORCE_COLOR")


@dataclass
class Command:
    line: int  # the index of its `$ ` line in the page
    text: str
    shown: list[str] = field(default_factory=list)  # the output lines under it


def console_commands(page: str) -> list[Command]:
    """Every `$ ` line of the page's ```console blocks, with the lines shown under it."""
    commands: list[Command] = []
    inside = False
    for index, line in enumerate(page.splitlines()):
        if line.strip() == "```console":
            inside, current = True, None
        elif inside and line.strip() == "```":
            inside = False
        elif inside and line.startswith("$ "):
            current = Command(index, line[2:])
            commands.append(current)
        elif inside and current is not None:
            current.shown.append(line)
    return commands


def normalised(lines: list[str]) -> list[str]:
    return [RECORDED.sub("recorded <time>", line.rstrip()) for line in lines]


def matches(shown: list[str], printed: list[str]) -> bool:
    shown, printed = normalised(shown), normalised(printed)
    if LEFT_OUT in shown:
        cut = shown.index(LEFT_OUT)  # at least one line shown, or nothing is checked
        return cut > 0 and printed[:cut] == shown[:cut] and len(printed) > cut
    return printed == shown


def as_shown(shown: list[str], printed: list[str]) -> list[str]:
    """What the page should show: the printed lines, cut where the page cuts them."""
    if LEFT_OUT in shown and len(printed) > shown.index(LEFT_OUT):
        return [*printed[: shown.index(LEFT_OUT)], LEFT_OUT]
    return printed


def run(command: Command, folder: Path, env: dict[str, str], casefile: list[str]) -> list[str]:
    words = shlex.split(command.text, comments=True)
    if words[0] == "export":
        name, _, value = words[1].partition("=")
        env[name] = value
        return []
    assert words[0] == "casefile", f"a console block runs casefile only: {command.text!r}"
    target = None
    if ">" in words:  # `casefile report ... > file.md`: the output goes to the file
        at = words.index(">")
        words, target = words[:at], words[at + 1]
    done = subprocess.run(
        [*casefile, *words[1:]],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # as a terminal shows them: errors among the lines
        text=True,
        timeout=300,
        check=False,
    )
    if target is not None:
        (folder / target).write_text(done.stdout, encoding="utf-8")
        return []
    return done.stdout.splitlines()


def _shows_output(page: Path) -> bool:
    return bool(console_commands(page.read_text(encoding="utf-8")))


CHECKED = [page for page in PAGES if _shows_output(page)]
# Output shown outside a ```console block would go unchecked: a ```text block right after
# a ```sh block of commands, or an error message.
UNCHECKED_OUTPUT = re.compile(r"```sh\n(?:[^`]*\n)?```\s*\n```text\n|```text\nError: ")


def test_the_pages_show_output_only_where_it_is_checked() -> None:
    assert ROOT / "docs" / "tutorial.md" in CHECKED
    for page in PAGES:
        found = UNCHECKED_OUTPUT.search(page.read_text(encoding="utf-8"))
        assert found is None, f"{page.name}: output outside a console block: {found}"


@pytest.mark.parametrize("page", CHECKED, ids=lambda page: page.name)
def test_every_console_block_shows_what_the_command_prints(
    page: Path, tmp_path: Path, casefile_command: list[str]
) -> None:
    text = page.read_text(encoding="utf-8")
    commands = console_commands(text)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "docs" / "examples", tmp_path / "docs" / "examples")
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env.update(COLUMNS="100", CASEFILE_TZ="UTC")
    lines = text.splitlines()
    wrong = []
    for command in commands:
        printed = run(command, tmp_path, env, casefile_command)
        if matches(command.shown, printed):
            continue
        if UPDATE:
            start = command.line + 1
            lines[start : start + len(command.shown)] = as_shown(command.shown, printed)
            page.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return test_every_console_block_shows_what_the_command_prints(
                page, tmp_path / "again", casefile_command
            )
        diff = difflib.unified_diff(command.shown, printed, "page", "printed", lineterm="")
        wrong.append(f"$ {command.text}\n" + "\n".join(diff))
    assert not wrong, f"{page.name}:\n" + "\n\n".join(wrong)
