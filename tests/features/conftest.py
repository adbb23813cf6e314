"""Steps shared by the feature files: a case file on disk, driven through the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class CaseFile:
    """A store on disk and the command line pointed at it, as a reporter would use them."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.runner = CliRunner()
        self.last_output = ""

    def run(self, *args: str) -> str:
        result = self.runner.invoke(app, ["--db", self.db_url, *args])
        assert result.exit_code == 0, result.output
        self.last_output = result.output
        return result.output

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--format", "json"))

    def only_case(self) -> str:
        [case] = self.json("cases")
        return case["case"]


@pytest.fixture
def context() -> dict[str, Any]:
    return {}


@given("an empty case file", target_fixture="case_file")
def empty_case_file(sqlite_url: str) -> CaseFile:
    return CaseFile(sqlite_url)


@given("the three seed reports are ingested")
def ingest_seeds(case_file: CaseFile) -> None:
    case_file.run("ingest", str(SEEDS))


@when("I ingest the first seed report again")
def ingest_first_again(case_file: CaseFile, context: dict[str, Any]) -> None:
    case = case_file.only_case()
    context["events_before"] = len(case_file.json("history", case))
    case_file.run("ingest", str(sorted(SEEDS.glob("*.md"))[0]))


@when(parsers.parse('I look at the case as known at "{when}"'), target_fixture="state")
def state_as_of(case_file: CaseFile, when: str) -> dict[str, Any]:
    return case_file.json("show", case_file.only_case(), "--as-of", when)


@then("there is exactly one case")
def one_case(case_file: CaseFile) -> None:
    assert len(case_file.json("cases")) == 1


@then(parsers.parse("the case holds {count:d} articles"))
def case_holds(case_file: CaseFile, count: int) -> None:
    [case] = case_file.json("cases")
    assert len(case["articles"]) == count


ARTICLE = """---
url: https://news.example/{name}
outlet: {outlet}
published: {published}
title: null
---
{text}
"""


@given(parsers.parse('the article "{name}" published "{published}" by "{outlet}":'))
def an_article(
    tmp_path: Path, context: dict[str, Any], name: str, published: str, outlet: str, docstring: str
) -> None:
    """An article file with front matter; the latest is `article`, all of them `articles`."""
    path = tmp_path / name
    text = ARTICLE.format(name=name, outlet=outlet, published=published, text=docstring)
    path.write_text(text, encoding="utf-8")
    context["article"] = path
    context.setdefault("articles", []).append(path)


@given(parsers.parse('the article is ingested into the case "{case}"'))
def ingest_article(case_file: CaseFile, context: dict[str, Any], case: str) -> None:
    case_file.run("ingest", str(context["article"]), "--case", case)
