"""`timeline` and `show --format json` read the case views (`case_views.py`) and print exactly
what they print from a fold of the case, after every command that changes a case: an
ingest, a revision of an article, a corrected publication time, a retraction, an amendment,
a move, a merge, a person split. On a SQLite file and on PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.application import checkpoints
from casefile.application.case_reads import CaseReads
from casefile.cli.main import app

runner = CliRunner()

ARTICLE = """---
outlet: {outlet}
url: https://{host}.example/news/{slug}
published: {published}
---
RIVERTON — Police arrested Marek Tollan, 29, of Riverton on Monday and charged him with
burglary and criminal mischief.
{more}
Tollan is being held on a $25,000 bond and is due in court on May 2, 2025.
"""
ARTICLES = {
    "one.md": {
        "outlet": "Riverton Ledger",
        "host": "ledger",
        "slug": "tollan-arrest",
        "published": "2025-04-07T09:00-04:00",
        "more": "A second man, Ivo Brandt, 31, was charged with conspiracy.\n\n"
        "Tollan was also charged with criminal trespass.\n",
    },
    "two.md": {
        "outlet": "Channel 4",
        "host": "ch4",
        "slug": "burglary-arrest",
        "published": "2025-04-07T18:30-04:00",
        "more": "",
    },
    "three.md": {
        "outlet": "Valley Post",
        "host": "valleypost",
        "slug": "tollan-bond",
        "published": "2025-04-08T07:15-04:00",
        "more": "Marek J. Tollan, 30, told the judge he would hire a lawyer.\n",
    },
}
READS = (
    ("timeline", "{case}"),
    ("timeline", "{case}", "--format", "json"),
    ("show", "{case}", "--format", "json"),
)


def invoke(db: str, *args: str) -> str:
    result = runner.invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _write(folder: Path, name: str, **changes: str) -> Path:
    path = folder / name
    path.write_text(ARTICLE.format(**{**ARTICLES[name], **changes}), encoding="utf-8")
    return path


def _cases(db: str) -> list[str]:
    return [case["case"] for case in json.loads(invoke(db, "cases", "--format", "json"))]


def _assert_views_print_the_fold(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _cases(db)
    assert cases
    for case in cases:
        for args in READS:
            args = tuple(arg.format(case=case) for arg in args)
            viewed = invoke(db, *args)
            with monkeypatch.context() as folding:  # the same verb without the views
                folding.setattr(CaseReads, "stored_facts", lambda *args, **options: None)
                folding.setattr(CaseReads, "stored_timeline", lambda *args, **options: None)
                folded = invoke(db, *args)
            assert viewed == folded, (case, args)


def _views_read(db: str, monkeypatch: pytest.MonkeyPatch, case: str) -> bool:
    """Whether `timeline` and `show --format json` read the case's views."""
    read: list[str] = []
    facts, timeline = CaseReads.stored_facts, CaseReads.stored_timeline

    def counted(original):  # type: ignore[no-untyped-def]
        def call(self, case_id, **options):  # type: ignore[no-untyped-def]
            found = original(self, case_id, **options)
            read.append("yes" if found is not None else "no")
            return found

        return call

    with monkeypatch.context() as counting:
        counting.setattr(CaseReads, "stored_facts", counted(facts))
        counting.setattr(CaseReads, "stored_timeline", counted(timeline))
        invoke(db, "timeline", case)
        invoke(db, "show", case, "--format", "json")
    return read == ["yes", "yes"]


def _first_version(db: str, case: str, category: str) -> str:
    document = json.loads(invoke(db, "show", case, "--format", "json"))
    return str(document[category][0]["sources"][0]["version"])


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CASEFILE_TZ", "America/New_York")
    # Views for a case of a few reports too (they are made for a case with checkpoints).
    monkeypatch.setattr(checkpoints, "CHECKPOINT_EVERY", 2)
    monkeypatch.setenv("COLUMNS", "200")
    return request.getfixturevalue(f"{request.param}_url")


def test_every_write_leaves_views_that_print_what_the_fold_prints(db, tmp_path, monkeypatch):
    for name in ARTICLES:
        invoke(db, "ingest", str(_write(tmp_path, name)))
    [case] = _cases(db)
    assert _views_read(db, monkeypatch, case)
    _assert_views_print_the_fold(db, monkeypatch)

    # A revision (the same address, edited text, later): what it dropped is withdrawn.
    revised = "A second man, Ivo Brandt, 32, was charged with conspiracy.\n"
    invoke(db, "ingest", str(_write(tmp_path, "one.md", more=revised, published="2025-04-09")))
    assert _views_read(db, monkeypatch, case)
    _assert_views_print_the_fold(db, monkeypatch)

    # A publication time corrected on the command line: the article moves in reported order.
    invoke(db, "ingest", str(tmp_path / "two.md"), "--published", "2025-04-06T20:00-04:00")
    _assert_views_print_the_fold(db, monkeypatch)

    invoke(db, "retract", case, _first_version(db, case, "bonds"), "--reason", "misread")
    _assert_views_print_the_fold(db, monkeypatch)
    version = _first_version(db, case, "charges")
    invoke(db, "amend", case, version, "--set", "status=dropped", "--reason", "court records")
    version = _first_version(db, case, "suspects")
    invoke(db, "amend", case, version, "--set", "age=28", "--reason", "court records")
    _assert_views_print_the_fold(db, monkeypatch)

    invoke(db, "split-person", case, "Marek J. Tollan", "--reason", "his father")
    _assert_views_print_the_fold(db, monkeypatch)
    invoke(db, "join-person", case, "Marek J. Tollan")
    _assert_views_print_the_fold(db, monkeypatch)

    article = json.loads(invoke(db, "show", case, "--format", "json"))["articles"][-1]
    invoke(db, "move", article["article"], "tollan-bond-hearing")
    assert len(_cases(db)) == 2
    _assert_views_print_the_fold(db, monkeypatch)
    invoke(db, "merge", case, "tollan-bond-hearing")
    assert _cases(db) == [case]
    assert _views_read(db, monkeypatch, "tollan-bond-hearing")  # the alias reads them too
    _assert_views_print_the_fold(db, monkeypatch)
