"""Steps for features/report: the case report, as a reporter makes and reads it."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from pytest_bdd import parsers, scenarios, then, when

from casefile.application.report import state_after
from tests.features.conftest import SEEDS

scenarios("report/report.feature")


def page_data(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="case-data">(.*?)</script>', page, re.S)
    assert found, "the page embeds no case data"
    return json.loads(found.group(1))


@when("I make the report page of the case", target_fixture="page")
def make_page(case_file, tmp_path: Path) -> str:
    target = tmp_path / "report.html"
    case_file.run("report", case_file.only_case(), "--html", str(target))
    return target.read_text(encoding="utf-8")


@when(
    parsers.parse('I make the report page of the case as known at "{when}"'),
    target_fixture="page",
)
def make_page_as_of(case_file, tmp_path: Path, when: str) -> str:
    target = tmp_path / "report.html"
    case_file.run("report", case_file.only_case(), "--html", str(target), "--as-of", when)
    return target.read_text(encoding="utf-8")


@when("I ask for the report as Markdown", target_fixture="markdown")
def make_markdown(case_file) -> str:
    return case_file.run("report", case_file.only_case(), "--format", "md")


@then("the page needs nothing from the network")
def self_contained(page: str) -> None:
    assert not re.search(r"<(?:script|img|iframe)[^>]+src=", page)
    assert '<link rel="stylesheet"' not in page and "@import" not in page
    assert "url(http" not in page
    assert "<style>" in page and "<script>" in page


@then(parsers.parse("the timeline has one mark for each of the {count:d} reports"))
def marks_per_report(page: str, count: int) -> None:
    timeline = page.split('<section id="timeline">', 1)[1].split("</section>", 1)[0]
    assert timeline.count('class="mark mark-reported"') == count


@then("every report of every fact is shown in the sentence it was taken from")
def every_source_in_its_sentence(page: str, case_file) -> None:
    state = case_file.json("show", case_file.only_case())
    quotes = [
        source["quote"]
        for value in state.values()
        if isinstance(value, list)
        for fact in value
        if "sources" in fact
        for source in fact["sources"]
    ]
    evidence = page.split('<section id="evidence">', 1)[1]
    shown = re.findall(r"<blockquote><p>(.*?)</p>", evidence, re.S)
    assert sorted(html.unescape(re.search(r"<mark>(.*?)</mark>", p, re.S)[1]) for p in shown) == (
        sorted(quotes)
    )
    articles = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.md"))
    sentences = [html.unescape(re.sub(r"</?mark>", "", p)) for p in shown]
    assert all(sentence in articles for sentence in sentences)


@then(parsers.parse("the page holds the case as known after each of the {count:d} reports"))
def states_per_report(page: str, count: int) -> None:
    data = page_data(page)
    assert len(data["reports"]) == count
    assert [step["report"] for step in data["steps"]] == [r["id"] for r in data["reports"]]
    assert all(state_after(data, report["id"]) for report in data["reports"])


@then("fewer facts were known after the first report than after the last")
def fewer_facts_first(page: str) -> None:
    data = page_data(page)
    first, last = data["reports"][0]["id"], data["reports"][-1]["id"]
    assert len(state_after(data, first)) < len(state_after(data, last))


@then(parsers.parse('it has the sections "{a}", "{b}", "{c}", "{d}", "{e}" and "{f}"'))
def markdown_sections(markdown: str, a: str, b: str, c: str, d: str, e: str, f: str) -> None:
    headings = re.findall(r"^## (.+)$", markdown, re.M)
    assert headings == [a, b, c, d, e, f]


@then("every quote in it is in bold within its sentence")
def quotes_in_bold(markdown: str) -> None:
    evidence = markdown.split("## Evidence", 1)[1]
    quoted = [
        line for line in evidence.splitlines() if line.startswith("> ") and "Report " not in line
    ]
    assert quoted
    assert all(line.count("**") == 2 for line in quoted)
