"""The documentation site: it builds with no warnings, and it documents every command and option."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_reference() -> Any:
    spec = importlib.util.spec_from_file_location(
        "cli_reference", ROOT / "scripts" / "cli_reference.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reference = _load_reference()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `mkdocs build --strict` makes it (warnings are errors)."""
    folder = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return folder


def every_command() -> list[tuple[list[str], Any]]:
    return list(reference.command_tree())


def test_the_site_builds_strictly_with_every_page(site):
    for page in (
        "index.html",
        "concepts/index.html",
        "tutorial/index.html",
        "howto/own-articles/index.html",
        "howto/html-pages/index.html",
        "howto/json-lines/index.html",
        "howto/postgresql/index.html",
        "howto/corrections/index.html",
        "howto/report/index.html",
        "howto/followups/index.html",
        "howto/search/index.html",
        "reference/commands/index.html",
        "reference/json/index.html",
        "img/seeds-report.png",
    ):
        assert (site / page).is_file(), page


def test_pages_others_write_are_in_the_nav_when_they_exist(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    for page in reference.OPTIONAL_PAGES:
        if (ROOT / "docs" / page).exists():
            assert f'href="{page.removesuffix(".md")}/"' in index, page


def test_the_concepts_page_states_the_reported_time_rule_from_the_code(site):
    from casefile.domain import reported_time

    concepts = (site / "concepts" / "index.html").read_text(encoding="utf-8")
    assert reference.RULE_MARKER not in concepts
    rule = "00:00 in\n  the store's time zone"
    assert rule in (reported_time.__doc__ or "")
    assert "00:00 in" in concepts and "23:59:59.999999 in the store" in concepts
    assert "CASEFILE_TZ" in concepts


def test_the_command_reference_documents_every_command_and_option(site):
    page = (site / "reference" / "commands" / "index.html").read_text(encoding="utf-8")
    commands = every_command()
    assert {" ".join(path) for path, _ in commands} >= {"ingest", "show", "report"}
    for path, command in commands:
        title = " ".join(["casefile", *path])
        assert f">{title}<" in page, f"no section for `{title}`"
        for param in command.params:
            for name in getattr(param, "opts", []):
                if name.startswith("-"):
                    assert name in page, f"`{title}` option {name} is not in the reference"


@pytest.mark.parametrize(
    ("path", "command"),
    every_command(),
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_every_command_and_option_has_help(path, command):
    title = " ".join(["casefile", *path])
    assert (command.help or "").strip(), f"`{title}` has no help text"
    for param in command.params:
        if param.name == "help":
            continue
        assert (getattr(param, "help", None) or "").strip(), (
            f"`{title}` {param.human_readable_name} has no help text"
        )
