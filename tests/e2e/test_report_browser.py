"""The case report as a reader sees it: opened in a real headless Chromium.

The seeds are ingested and the page written by the installed `casefile`, in a subprocess.
Chromium and chromedriver come from Debian's packages; where they are missing these tests
fail and say how to install them (CI installs them), they never skip.
"""

from __future__ import annotations

import importlib.util
import json
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
