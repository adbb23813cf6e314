"""Publication times from saved pages (features/publication/), on
SQLite and PostgreSQL, through the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from typer.testing import CliRunner

from casefile.cli.main import app

scenarios("publication")

CANONICAL = "https://www.example-news.com/crime/man-held"
STORY = [
    "SPRINGFIELD, Ill. — Police arrested Darnell Okafor, 34, on Thursday and charged him "
    "with armed robbery.",
    "He was first arrested in 2016 on a theft charge, court records show.",
    "Okafor is being held on a $50,000 bond.",
]


def page(head: str, paragraphs: list[str], saved_from: str = "") -> str:
    comment = f"<!-- saved from url=(0000){saved_from} -->\n" if saved_from else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"{comment}<html><head><title>Man held | Example News</title>{head}</head><body>"
        f"<article><h1>Man held</h1>{body}</article>"
        "<footer>© 2025 Example News</footer></body></html>"
    )


class Desk:
    def __init__(self, db_url: str, folder: Path) -> None:
        self.db_url, self.folder = db_url, folder
        self.pages: list[Path] = []
        self.results: list[Any] = []

    def invoke(self, *args: str) -> Any:
        return CliRunner().invoke(app, ["--db", self.db_url, *args])

    def save(self, html: str) -> None:
        path = self.folder / f"page-{len(self.pages)}.html"
        path.write_text(html, encoding="utf-8")
        self.pages.append(path)

    def bonds(self, as_of: str) -> set[int]:
        [case] = json.loads(self.invoke("cases", "--format", "json").stdout)
        shown = self.invoke("show", case["case"], "--as-of", as_of, "--format", "json")
        assert shown.exit_code == 0, shown.output
        return {fact["amount"] for fact in json.loads(shown.stdout)["bonds"]}


@pytest.fixture(autouse=True)
def desk(store_url: str, tmp_path: Path) -> Desk:
    """Every scenario runs on a real SQLite file and on the real PostgreSQL server."""
    return Desk(store_url, tmp_path)


@given(parsers.parse('a saved page published at "{published}" reporting a $50,000 bond'))
def published_page(desk: Desk, published: str) -> None:
    head = (
        f'<meta property="article:published_time" content="{published}">'
        f'<link rel="canonical" href="{CANONICAL}">'
    )
    desk.save(page(head, STORY))


@given(
    parsers.parse(
        'the same page saved again, updated at "{updated}", with the bond raised to $250,000'
    )
)
def updated_page(desk: Desk, updated: str) -> None:
    first = desk.pages[0].read_text(encoding="utf-8")
    head = f'<meta property="article:modified_time" content="{updated}">'
    raised = "<p>A judge on Friday raised Okafor's bond to $250,000.</p></article>"
    desk.save(first.replace("</head>", head + "</head>").replace("</article>", raised))


@given(parsers.parse('the same page saved from "{address}"'))
def same_page_elsewhere(desk: Desk, address: str) -> None:
    head = '<meta property="article:published_time" content="2025-03-14T17:45-04:00">'
    desk.save(page(head, STORY, saved_from=address))


@given('a saved page with no date but a "© 2025" footer')
def undated_page(desk: Desk) -> None:
    desk.save(page("", STORY))


@when("I ingest it")
@when("I ingest both pages")
def ingest(desk: Desk) -> None:
    desk.results = [desk.invoke("ingest", str(path)) for path in desk.pages]


@then(parsers.parse('the bond is not known at "{when}"'))
def bond_unknown(desk: Desk, when: str) -> None:
    assert desk.bonds(when) == set()


@then(parsers.parse('the bond is known at "{when}"'))
def bond_known(desk: Desk, when: str) -> None:
    assert desk.bonds(when) == {50_000}


@then(parsers.parse('the bond raised to $250,000 is not known at "{when}"'))
def raise_unknown(desk: Desk, when: str) -> None:
    assert 250_000 not in desk.bonds(when)


@then(parsers.parse('the bond raised to $250,000 is known at "{when}"'))
def raise_known(desk: Desk, when: str) -> None:
    assert 250_000 in desk.bonds(when)


@then("they are one article with two revisions")
def one_article(desk: Desk) -> None:
    assert [r.exit_code for r in desk.results] == [0, 0]
    assert " added to case " in desk.results[0].stdout
    assert " revised in case " in desk.results[1].stdout


@then("it is refused with a hint to pass --published, and nothing is stored")
def refused(desk: Desk) -> None:
    [result] = desk.results
    assert result.exit_code == 1
    assert "no publication date" in result.stderr and "--published" in result.stderr
    # Nothing stored: no store at all, or (a shared database) one without cases.
    listed = desk.invoke("cases", "--format", "json")
    assert "no case file" in listed.output or json.loads(listed.stdout) == []


@then("the second is already ingested")
def already(desk: Desk) -> None:
    assert "already ingested" in desk.results[1].stdout, desk.results[1].output
