"""The case report as a reader sees it: opened in a real headless Chromium.

The seeds are ingested and the page written by the installed `casefile`, in a subprocess.
Chromium and chromedriver come from Debian's packages; where they are missing these tests
fail and say how to install them (CI installs them), they never skip.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

ROOT = Path(__file__).resolve().parents[2]
PLANTED = '<script>window.__planted = 1; document.title = "pwned"</script>'
PLANTED_IMAGE = '<img src="x" onerror="window.__planted = 2">'


def _load_script(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


launcher = _load_script("headless_chromium")
installed = _load_script("installed_casefile")


def casefile(db: str, *args: str) -> str:
    result = installed.run_casefile(*args, db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def write_report(db: str, articles: Path, page: Path) -> dict[str, Any]:
    """Ingest `articles` and write the report of their one case; returns the case summary."""
    casefile(db, "ingest", str(articles))
    [case] = json.loads(casefile(db, "cases", "--format", "json"))
    casefile(db, "report", case["case"], "--html", str(page))
    return case


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        driver = launcher.start_chromium()
    except launcher.ChromiumMissing as error:
        pytest.fail(f"the browser tests need Chromium: {error}", pytrace=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("seeds-report")
    page = folder / "report.html"
    case = write_report(f"sqlite:///{folder / 'casefile.db'}", ROOT / "seeds", page)
    return page, case


def open_page(browser: Any, page: Path) -> list[dict[str, Any]]:
    """Load the page; returns the console messages it logged."""
    browser.get_log("browser")  # forget messages of earlier pages
    browser.get(page.as_uri())
    return browser.get_log("browser")


def shown_facts(browser: Any) -> list[str]:
    return [row.text for row in browser.find_elements(By.CSS_SELECTOR, "#state-body tr.state-fact")]


def test_the_page_loads_with_no_console_errors(browser, seeds_report):
    page, _ = seeds_report
    messages = open_page(browser, page)
    assert [m for m in messages if m["level"] in {"SEVERE", "WARNING"}] == []
    # The script ran: the state table was drawn from the embedded data.
    assert shown_facts(browser)


def test_the_timeline_has_one_mark_per_report(browser, seeds_report):
    page, case = seeds_report
    open_page(browser, page)
    marks = browser.find_elements(By.CSS_SELECTOR, "#timeline svg .mark-reported")
    assert len(marks) == len(case["articles"]) == 3
    links = browser.find_elements(By.CSS_SELECTOR, "#timeline svg a")
    for link in links:  # every mark links to something on the page
        target = link.get_dom_attribute("href").removeprefix("#")
        assert browser.find_elements(By.ID, target), target


def test_every_link_within_the_page_has_a_target(browser, seeds_report):
    page, _ = seeds_report
    open_page(browser, page)
    targets = [
        link.get_dom_attribute("href").removeprefix("#")
        for link in browser.find_elements(By.CSS_SELECTOR, 'a[href^="#"]')
    ]
    assert targets
    assert [t for t in targets if not browser.find_elements(By.ID, t)] == []
    # Every fact a report added or repeated links to the fact as known now.
    unlinked = [
        item.text
        for item in browser.find_elements(By.CSS_SELECTOR, "#changes li")
        if not item.find_elements(By.TAG_NAME, "a") and not item.text.startswith("WITHDRAWN")
    ]
    assert unlinked == []


def test_switching_the_as_of_time_changes_the_shown_facts(browser, seeds_report):
    page, _ = seeds_report
    open_page(browser, page)
    menu = Select(browser.find_element(By.ID, "as-of"))
    assert len(menu.options) == 3
    latest = shown_facts(browser)
    menu.select_by_index(0)
    earliest = shown_facts(browser)
    assert earliest and earliest != latest
    assert all("new in this report" in row for row in earliest)  # the first report's own
    assert "right after report 1" in browser.find_element(By.ID, "state-caption").text
    later_marks = browser.find_elements(By.CSS_SELECTOR, ".mark-reported.later")
    assert len(later_marks) == 2
    menu.select_by_index(2)
    assert shown_facts(browser) == latest


def test_a_script_planted_in_an_article_is_shown_as_text_and_never_runs(browser, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "planted.md").write_text(
        "---\n"
        "url: https://planted.example/news/1\n"
        f"outlet: 'Planted News {PLANTED_IMAGE}'\n"
        "published: 2024-05-02\n"
        f"title: 'Robbery arrest {PLANTED}'\n"
        "---\n"
        "NEW BRITAIN, Conn. — Police arrested Owen Marsh, 41, of New Britain on Wednesday.\n\n"
        f"Marsh was charged with robbery {PLANTED} and held on a $25,000 bond.\n",
        encoding="utf-8",
    )
    page = tmp_path / "planted.html"
    write_report(f"sqlite:///{tmp_path / 'casefile.db'}", articles, page)
    messages = open_page(browser, page)
    assert browser.execute_script("return window.__planted === undefined")
    assert browser.title != "pwned"
    body = browser.find_element(By.TAG_NAME, "body").text
    assert f"Robbery arrest {PLANTED}" in body
    assert f"Planted News {PLANTED_IMAGE}" in body
    evidence = browser.find_element(By.ID, "evidence").text
    assert PLANTED in evidence  # the article's own sentence, shown as it was written
    assert [m for m in messages if m["level"] == "SEVERE"] == []


# -- a report an editor reads ---------------------------------------------------------------

LONG_CASE = 60  # reports: more than are numbered on the time axis or listed open
DATABASE_LABELS = ("status:", "description:", "outcome:", "relation:", " refines ", "kind:")
EVENT_NAMES = ("IncidentReported", "SuspectIdentified", "ChargeFiled", "VictimReported")


@pytest.fixture(scope="module")
def long_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The report of one generated case of LONG_CASE articles followed over months."""
    synthetic = _load_benchmark("synthetic")
    folder = tmp_path_factory.mktemp("long-report")
    archive = folder / "case.jsonl"
    with archive.open("w", encoding="utf-8") as out:
        for article in synthetic.long_case(LONG_CASE, seed=11):
            out.write(json.dumps(synthetic.as_record(article)) + "\n")
    page = folder / "report.html"
    case = write_report(f"sqlite:///{folder / 'casefile.db'}", archive, page)
    return page, case


def _load_benchmark(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_facts_read_as_plain_sentences(browser, seeds_report):
    page, _ = seeds_report
    open_page(browser, page)
    facts = shown_facts(browser)
    assert any(row.startswith("Jose Cajigas, 31, of Hartford") for row in facts)
    assert any("Jose Cajigas charged with criminal attempt to commit murder" in r for r in facts)
    assert any("Jose Cajigas: bond set at $2,000,000" in row for row in facts)
    body = browser.find_element(By.TAG_NAME, "body").text
    assert [label for label in DATABASE_LABELS if label in body] == []
    assert [name for name in EVENT_NAMES if name in body] == []
    # Every time says its zone; FOX61's and the Daily Voice's were estimated and say so.
    menu = Select(browser.find_element(By.ID, "as-of"))
    zoned = r"^\d\. .+, \w{3} \d{1,2} \w{3} 2021, \d{1,2}:\d\d [ap]\.m\. [A-Z+\-\d]{2,6}"
    options = [option.text for option in menu.options]
    assert all(re.match(zoned, option) for option in options), options
    assert [option.endswith("(estimated)") for option in options] == [True, True, False]


def test_what_to_chase_next_lists_the_followups_each_with_its_report(browser, seeds_report):
    page, case = seeds_report
    open_page(browser, page)
    db = f"sqlite:///{page.parent / 'casefile.db'}"
    expected = json.loads(casefile(db, "followups", case["case"], "--format", "json"))
    items = browser.find_elements(By.CSS_SELECTOR, "#followups li.followup")
    assert expected and len(items) == len(expected)
    for item, followup in zip(items, expected, strict=True):
        assert item.get_dom_attribute("data-kind") == followup["kind"]
        assert followup["what"] in item.text
        assert followup["source"]["quote"] in item.text  # the words that set it up
        [link] = item.find_elements(By.CSS_SELECTOR, 'a[href^="#report-"]')
        link.click()
        target = browser.find_element(By.ID, link.get_dom_attribute("href")[1:])
        assert followup["source"]["outlet"] in target.text


def test_a_long_case_timeline_is_grouped_by_week_and_collapses(browser, long_report):
    page, case = long_report
    messages = open_page(browser, page)
    assert [m for m in messages if m["level"] == "SEVERE"] == []
    reports = len(case["articles"])
    assert reports == LONG_CASE
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline svg .mark-reported")) == reports
    periods = browser.find_elements(By.CSS_SELECTOR, "#timeline details.period")
    names = [p.find_element(By.CSS_SELECTOR, ".period-name").text for p in periods]
    assert len(periods) > 4 and all(name.startswith("Week of ") for name in names)
    counted = [p.find_element(By.CSS_SELECTOR, ".period-count").text for p in periods]
    assert sum(int(c.split(" report")[0]) for c in counted if " report" in c) == reports
    # Only the latest week starts open: the rest say what they hold, folded.
    assert [p.get_property("open") for p in periods] == [False] * (len(periods) - 1) + [True]
    assert not periods[0].find_element(By.CSS_SELECTOR, "li.entry").is_displayed()
    browser.find_element(By.CSS_SELECTOR, 'button[data-periods="open"]').click()
    assert all(p.get_property("open") for p in periods)
    listed = browser.find_elements(By.CSS_SELECTOR, "#timeline li.entry.reported")
    assert len(listed) == reports and all(entry.is_displayed() for entry in listed)
    browser.find_element(By.CSS_SELECTOR, 'button[data-periods="close"]').click()
    assert not any(p.get_property("open") for p in periods)
    # A dot of the picture leads to its report.
    dot = browser.find_elements(By.CSS_SELECTOR, "#timeline svg a")[-1]
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click'))", dot)
    assert browser.current_url.split("#")[1].startswith(("report-", "fact-"))


def test_a_fact_with_many_sources_opens_them_when_followed(browser, long_report):
    page, _ = long_report
    open_page(browser, page)
    folded = [
        block
        for block in browser.find_elements(By.CSS_SELECTOR, "#evidence .fact-evidence")
        if not block.find_element(By.CSS_SELECTOR, "details.sources").get_property("open")
    ]
    assert folded  # facts said by many reports keep their quotes one click away
    fact_id = folded[0].get_dom_attribute("id")
    link = browser.find_element(By.CSS_SELECTOR, f'#state-body a[href="#{fact_id}"]')
    browser.execute_script("arguments[0].click()", link)
    sources = browser.find_element(By.ID, fact_id).find_element(By.CSS_SELECTOR, "details")
    assert sources.get_property("open")
    quotes = sources.find_elements(By.CSS_SELECTOR, "blockquote mark")
    assert len(quotes) > 3 and all(q.is_displayed() and q.text for q in quotes)


def test_the_state_after_an_early_report_of_a_long_case(browser, long_report):
    page, _ = long_report
    open_page(browser, page)
    menu = Select(browser.find_element(By.ID, "as-of"))
    latest = shown_facts(browser)
    menu.select_by_index(0)
    first = shown_facts(browser)
    assert 0 < len(first) < len(latest)
    assert all("new in this report" in row for row in first)
    menu.select_by_index(LONG_CASE - 1)
    assert shown_facts(browser) == latest
