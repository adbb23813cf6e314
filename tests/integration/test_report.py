"""The case report: gathered from a real store, laid out as HTML and Markdown, and its verb.

The articles here are written for these tests, and their facts are stored as given (not
extracted), so what the report must show is known exactly.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.adapters.report_html import render_html
from casefile.adapters.report_markdown import render_markdown
from casefile.adapters.report_wording import fact_phrase
from casefile.adapters.safe_output import escape_markdown
from casefile.application.report import build_report, sentence_around, state_after
from casefile.application.tracker import CaseTracker
from casefile.cli.main import app
from casefile.cli.render import CATEGORY_TITLES
from casefile.domain.article import Article, article_id_for, article_key
from casefile.domain.case import AttachedArticle, Case
from casefile.domain.facts import Evidence, Fact
from casefile.domain.reported_time import ReportedTime, as_of_bound

CASE = "springfield-reyes-2024"
PLANTED = "<script>document.title='pwned'</script>"


@dataclass
class Story:
    url: str
    outlet: str
    title: str
    published: str
    text: str
    facts: list[tuple[str, dict, str]]  # kind, fields, quote (found in the text)


LEDGER = Story(
    url="https://ledger.example/reyes-arrest",
    outlet="Daily Ledger",
    title="Springfield woman arrested",
    published="2024-03-01T09:00-05:00",
    text=(
        "SPRINGFIELD, Ill. — Police arrested Dana Reyes, 29, on Thursday after a break-in.\n\n"
        "Reyes was charged with burglary. Her bond was set at $50,000 by Judge Amos Pike."
    ),
    facts=[
        ("SuspectIdentified", {"name": "Dana Reyes", "age": 29}, "Dana Reyes, 29"),
        (
            "ArrestMade",
            {"person": "Dana Reyes", "date": "2024-02-29", "prior": False},
            "Police arrested Dana Reyes, 29, on Thursday",
        ),
        (
            "ChargeFiled",
            {"person": "Dana Reyes", "charge": "burglary", "status": "filed"},
            "charged with burglary",
        ),
        (
            "BondSet",
            {"person": "Dana Reyes", "amount": 50000, "status": "set"},
            "bond was set at $50,000",
        ),
    ],
)
TIMES = Story(
    url="https://times.example/reyes-court",
    outlet="Valley Times",
    title="Reyes appears in court",
    published="2024-03-02",
    text=(
        "Dana Reyes, 30, of Shelbyville appeared in court Friday. Her bond remains $50,000. "
        "She is due back in court on March 20."
    ),
    facts=[
        (
            "SuspectIdentified",
            {"name": "Dana Reyes", "age": 30, "residence": "Shelbyville"},
            "Dana Reyes, 30, of Shelbyville",
        ),
        (
            "BondSet",
            {"person": "Dana Reyes", "amount": 50000, "status": "set"},
            "bond remains $50,000",
        ),
        (
            "CourtEventReported",
            {"person": "Dana Reyes", "kind": "hearing", "date": "2024-03-20"},
            "due back in court on March 20",
        ),
    ],
)
PLANTED_ARTICLE = Story(
    url="https://gazette.example/reyes-plea",
    outlet="Gazette <b>Online</b>",
    title=f"Plea {PLANTED}",
    published="2024-03-21",
    text=f"Reyes {PLANTED} pleaded not guilty on Wednesday [to *all* charges](javascript:x).",
    facts=[
        (
            "CourtEventReported",
            {"person": "Dana Reyes", "kind": "plea", "date": "2024-03-20"},
            "pleaded not guilty on Wednesday",
        ),
    ],
)


def store(tracker: CaseTracker, article: Story, case_id: str = CASE) -> None:
    """Store an article and the given facts in the case, as ingest would."""
    published = ReportedTime.parse(article.published)
    article_id = article_id_for(article_key(article.url, article.text))
    stored = tracker.find_article(article_id) or Article(article_id=article_id, url=article.url)
    revision = stored.revise(
        text=article.text,
        outlet=article.outlet,
        title=article.title,
        path=None,
        published_raw=published.raw,
        reported_at=published.at,
        reported_estimated=False,
    )
    case = tracker.get_case(case_id) if tracker.has_case(case_id) else Case.open(case_id)
    attached = AttachedArticle(
        article_id=article_id,
        revision=revision,
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        path=None,
        reported_at=published.at,
        reported_raw=published.raw,
        reported_estimated=False,
    )
    case.attach(attached)
    for kind, fields, quote in article.facts:
        start = article.text.index(quote)
        case.report(Fact(kind, fields, Evidence(quote, start, start + len(quote))), attached)
    tracker.save(stored, case)


@pytest.fixture
def reyes(tracker: CaseTracker) -> CaseTracker:
    # Stored out of reported order: the report must not depend on the order of ingest.
    for article in (TIMES, LEDGER, PLANTED_ARTICLE):
        store(tracker, article)
    return tracker


def fact_of(report: dict, kind: str) -> dict:
    [fact] = [f for f in report["facts"] if f["kind"] == kind]
    return fact


# -- gathering --------------------------------------------------------------------------------


def test_reports_come_in_reported_order_each_with_what_it_changed(reyes):
    report = build_report(reyes, CASE, fact_phrase)
    assert [r["outlet"] for r in report["reports"]] == [
        "Daily Ledger",
        "Valley Times",
        PLANTED_ARTICLE.outlet,
    ]
    first, second, _ = report["reports"]
    assert {c["type"] for c in first["changes"] if c["change"] == "added"} == {
        "SuspectIdentified",
        "ArrestMade",
        "ChargeFiled",
        "BondSet",
    }
    assert any(c["type"] == "BondSet" and c["change"] == "repeated" for c in second["changes"])


def test_each_report_has_the_state_as_known_at_its_time(reyes):
    report = build_report(reyes, CASE, fact_phrase)
    states = {r["id"]: state_after(report, r["id"]) for r in report["reports"]}
    kinds = {rid: {f["kind"] for f in facts} for rid, facts in states.items()}
    assert "CourtEventReported" not in kinds["r1"]
    assert "CourtEventReported" in kinds["r2"]
    assert len(states["r1"]) < len(states["r2"])
    # Each is the state `show --as-of` gives at the report's time, rebuilt from the steps.
    for entry in report["reports"]:
        at = datetime.fromisoformat(entry["reported_at"])
        shown = {fact_phrase(f.kind, f.fields) for f in reyes.state(CASE, at).all_facts()}
        assert {f["summary"] for f in states[entry["id"]]} == shown
    # The steps hold what changed, not every state in full.
    last = report["steps"][-1]
    assert len(last["set"]) < len(states[last["report"]])
    assert {f["kind"] for f in last["set"]} == {"CourtEventReported"}


def test_every_fact_has_outlets_first_report_and_corroboration(reyes):
    report = build_report(reyes, CASE, fact_phrase)
    bond = fact_of(report, "BondSet")
    assert bond["outlets"] == ["Daily Ledger", "Valley Times"]
    assert bond["corroboration"] == 2
    assert bond["first_report"] == "r1"
    charge = fact_of(report, "ChargeFiled")
    assert charge["outlets"] == ["Daily Ledger"] and charge["corroboration"] == 1


def test_evidence_is_shown_in_its_sentence_from_the_stored_text(reyes):
    report = build_report(reyes, CASE, fact_phrase)
    [source] = fact_of(report, "ChargeFiled")["sources"]
    assert source["sentence"] == {
        "before": "Reyes was ",
        "quote": "charged with burglary",
        "after": ".",
    }
    assert source["url"] == LEDGER.url


def test_dates_of_facts_are_on_the_occurred_axis(reyes):
    report = build_report(reyes, CASE, fact_phrase)
    assert sorted(mark["date"] for mark in report["occurred"]) == [
        "2024-02-29",
        "2024-03-20",
        "2024-03-20",
    ]


def test_sources_giving_different_ages_are_a_disagreement(reyes):
    report = build_report(reyes, CASE, fact_phrase)
    [age] = [d for d in report["disagreements"] if d["field"] == "age"]
    assert [v["value"] for v in age["values"]] == [29, 30]
    assert [[b["outlet"] for b in v["by"]] for v in age["values"]] == [
        ["Daily Ledger"],
        ["Valley Times"],
    ]
    assert age["fact_id"] == fact_of(report, "SuspectIdentified")["id"]


def test_as_of_leaves_out_later_reports(reyes):
    report = build_report(reyes, CASE, fact_phrase, as_of_bound("2024-03-01"))
    assert [r["outlet"] for r in report["reports"]] == ["Daily Ledger"]
    assert {f["kind"] for f in report["facts"]} == {
        "SuspectIdentified",
        "ArrestMade",
        "ChargeFiled",
        "BondSet",
    }
    assert report["disagreements"] == []


# -- the sentence around a quote -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "sentence"),
    [
        ("One. He was held on $5 bond. Two.", "held", "He was held on $5 bond."),
        (
            "SPRINGFIELD, Ill. — Police arrested Ann Lee on Oct. 15 downtown. Next.",
            "Ann Lee",
            "SPRINGFIELD, Ill. — Police arrested Ann Lee on Oct. 15 downtown.",
        ),
        (
            "At 1:30 a.m. Tuesday police came. Then, “He ran,” she said. Next.",
            "He ran",
            "Then, “He ran,” she said.",
        ),
        (
            "First paragraph ends\nSecond one holds the quote\nThird",
            "holds",
            "Second one holds the quote",
        ),
    ],
)
def test_the_sentence_around_a_quote(text, quote, sentence):
    start = text.index(quote)
    parts = sentence_around(text, start, start + len(quote))
    assert parts["quote"] == quote
    assert parts["before"] + parts["quote"] + parts["after"] == sentence


# -- the page and the Markdown --------------------------------------------------------------------


def test_the_page_shows_article_text_as_text_only(reyes):
    page = render_html(build_report(reyes, CASE, fact_phrase), CATEGORY_TITLES)
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page  # shown ...
    assert PLANTED not in page  # ... but never as markup
    assert "<b>Online</b>" not in page and "Gazette &lt;b&gt;Online&lt;/b&gt;" in page
    data = re.search(r'<script type="application/json" id="case-data">(.*?)</script>', page, re.S)
    assert data and "<" not in data.group(1)
    assert json.loads(data.group(1))["reports"][2]["label"].startswith("Gazette <b>Online</b>")
    assert 'href="javascript' not in page


def test_the_page_is_self_contained(reyes):
    page = render_html(build_report(reyes, CASE, fact_phrase), CATEGORY_TITLES)
    outside = re.findall(r'(?:src|href)="((?:https?:)?//[^"]*)"', page)
    # The only outside links are the articles' own URLs, for the reader to follow.
    assert set(outside) == {LEDGER.url, TIMES.url, PLANTED_ARTICLE.url}
    assert '<link rel="stylesheet"' not in page and "<script src" not in page
    assert page.count('class="mark mark-reported"') == 3


def test_markdown_has_every_section_and_escapes_article_text(reyes):
    text = render_markdown(build_report(reyes, CASE, fact_phrase), CATEGORY_TITLES)
    for heading in (
        "## Timeline",
        "## Case state",
        "## Disagreements and refinements",
        "## Report by report",
        "## Evidence",
    ):
        assert heading in text
    assert "<script" not in text and "&lt;script&gt;" in text
    assert "\\[to \\*all\\* charges\\](javascript:x)" in text
    assert "Reyes was **charged with burglary**." in text
    assert "| Dana Reyes, 30, of Shelbyville |" not in text  # linked, not bare
    assert re.search(r"\| \[Dana Reyes, 30, of Shelbyville\]\(#fact-\w+\) ", text)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("- nor this", "\\- nor this"),
        ("a <b>tag</b> & more", "a &lt;b&gt;tag&lt;/b&gt; &amp; more"),
        ("two\n\n lines ", "two lines "),
    ],
)
def test_markdown_escaping(raw, shown):
    assert escape_markdown(raw) == shown


# -- the verb -----------------------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def reyes_db(sqlite_url: str) -> str:
    tracker = CaseTracker.open(sqlite_url)
    for article in (LEDGER, TIMES, PLANTED_ARTICLE):
        store(tracker, article)
    tracker.close()
    return sqlite_url


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_report_writes_the_page(reyes_db, out_dir: Path):
    page = out_dir / "reyes.html"
    result = runner.invoke(app, ["--db", reyes_db, "report", CASE, "--html", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and f"Case {CASE}" in text
    assert list(out_dir.iterdir()) == [page]  # no temporary file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert page.stat().st_mode & 0o777 == 0o666 & ~umask  # as any new file, not private


def test_report_as_of_a_date(reyes_db, out_dir: Path):
    page = out_dir / "early.html"
    result = runner.invoke(
        app, ["--db", reyes_db, "report", CASE, "--html", str(page), "--as-of", "2024-03-01"]
    )
    assert result.exit_code == 0, result.output
    assert page.read_text(encoding="utf-8").count('class="mark mark-reported"') == 1


def test_report_prints_markdown(reyes_db):
    result = runner.invoke(app, ["--db", reyes_db, "report", CASE, "--format", "md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"# Case {CASE}")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([CASE], "say what to make"),
        (["no-such-case", "--format", "md"], "no case 'no-such-case'"),
        ([CASE, "--format", "md", "--as-of", "yesterday"], "not an ISO date"),
        ([CASE, "--html", "/no/such/folder/page.html"], "no such folder"),
        ([CASE, "--format", "md", "--as-of", "2024-02-01"], "nothing about case"),
    ],
)
def test_report_refuses_bad_input_in_one_line(reyes_db, args, message):
    result = runner.invoke(app, ["--db", reyes_db, "report", *args])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_unknown_case_writes_no_page(reyes_db, out_dir: Path):
    page = out_dir / "nothing.html"
    result = runner.invoke(app, ["--db", reyes_db, "report", "nope", "--html", str(page)])
    assert result.exit_code == 1
    assert list(out_dir.iterdir()) == []


def build_page(db: str) -> str:
    from casefile.adapters.report_html import render_html
    from casefile.application.report import build_report
    from casefile.cli import render

    tracker = CaseTracker.open(db)
    try:
        return render_html(build_report(tracker, CASE, render.fact_phrase), render.CATEGORY_TITLES)
    finally:
        tracker.close()


def test_the_report_and_the_markdown_export_show_corrections(reyes_db):
    [bond] = json.loads(
        runner.invoke(app, ["--db", reyes_db, "show", CASE, "--format", "json"]).stdout
    )["bonds"][:1]
    version = str(bond["sources"][0]["version"])
    retracted = runner.invoke(
        app,
        [
            "--db",
            reyes_db,
            "retract",
            CASE,
            version,
            "--reason",
            "bond of <b>another</b> case",
            "--by",
            "Kim",
        ],
    )
    assert retracted.exit_code == 0, retracted.output
    report = runner.invoke(app, ["--db", reyes_db, "report", CASE, "--format", "md"]).stdout
    export = runner.invoke(app, ["--db", reyes_db, "export", CASE, "--format", "md"]).stdout
    assert export == report, "one readable Markdown report, whichever verb prints it"
    [line] = [line for line in report.splitlines() if "retracted by Kim" in line]
    assert "bond of &lt;b&gt;another&lt;/b&gt; case" in line
    page = build_page(reyes_db)
    section = page.split('<section id="corrections">')[1].split("</section>")[0]
    assert "<strong>retracted</strong> by Kim" in section
    assert "bond of &lt;b&gt;another&lt;/b&gt; case" in section


def test_the_page_dates_reports_on_the_day_of_the_chosen_zone(reyes_db, out_dir: Path):
    """The Ledger's 09:00 EST on 1 March is 04:00 on 2 March at UTC+14: the page lists and
    ticks it on 2 March there, and every time says the zone."""
    page = out_dir / "far-east.html"
    result = runner.invoke(
        app,
        ["--db", reyes_db, "--tz", "Pacific/Kiritimati", "report", CASE, "--html", str(page)],
    )
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert "Sat 2 Mar 2024, 4:00 a.m. +14" in text
    periods = re.findall(r'<details class="period" id="period-([\d-]+)"', text)
    # The arrest on the day it happened; the Ledger and the Times (a date alone) on one day.
    assert periods[:2] == ["2024-02-29", "2024-03-02"]
    ticks = re.findall(r'<text x="[\d.]+" y="\d+" text-anchor="middle">([^<]+)</text>', text)
    assert "1 Mar 2024" not in ticks and "2 Mar 2024" in ticks


def test_markdown_and_page_list_the_timeline_in_the_same_words(reyes):
    report = build_report(reyes, CASE, fact_phrase)
    page = render_html(report, CATEGORY_TITLES)
    markdown = render_markdown(report, CATEGORY_TITLES)
    on_page = re.findall(
        r'<span class="period-name">([^<]+)</span> <span class="period-count">([^<]+)</span>',
        page,
    )
    timeline = markdown.split("## Timeline", 1)[1].split("## Case state", 1)[0]
    in_markdown = re.findall(r"^### (.+): (.+)$", timeline, re.M)
    assert on_page == in_markdown
    assert on_page[:2] == [("Thu 29 Feb 2024", "1 happening"), ("Fri 1 Mar 2024", "1 report")]
    # The facts read the same in both, as sentences.
    bond = "Dana Reyes: bond set at $50,000"
    assert bond in markdown and bond in html.unescape(page)
