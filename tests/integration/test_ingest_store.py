"""Ingesting into a real store (SQLite file and PostgreSQL): cases, idempotency, as-of, revisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.adapters import read_model, store
from casefile.adapters.article_files import read_articles
from casefile.application.ingest import ADDED, ALREADY, REVISED, ingest_article
from casefile.application.tracker import CaseTracker, UnknownCase
from casefile.domain.reported_time import as_of_bound

ARTICLE = """---
url: https://example.org/{site}/{slug}
outlet: {outlet}
published: {published}
---
SPRINGFIELD, Ill. — Police arrested Marcus Reed, 27, of Springfield, on Monday after a shooting on Elm Street.

Reed was charged with aggravated battery and unlawful possession of a weapon.
{extra}
"""


def write_article(
    folder: Path, slug: str, outlet: str, published: str, extra: str = "", site: str = "news"
) -> Path:
    path = folder / f"{site}-{slug}.md"
    path.write_text(
        ARTICLE.format(site=site, slug=slug, outlet=outlet, published=published, extra=extra),
        encoding="utf-8",
    )
    return path


def ingest_file(tracker: CaseTracker, path: Path, case: str | None = None):
    [article] = read_articles(path)
    return ingest_article(tracker, article, case)


def test_an_article_is_stored_with_its_text_and_facts(tracker, tmp_path):
    outcome = ingest_file(
        tracker, write_article(tmp_path, "a", "Springfield Daily", "2024-03-05"), "reed-case"
    )
    assert outcome.status == ADDED
    assert outcome.facts, "the extractor found no facts in a plain arrest report"
    article = tracker.get_article(outcome.article_id)
    [revision] = article.revisions
    text = article.text_of(revision)
    for event in tracker.fact_events("reed-case"):
        evidence = event.evidence
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
        assert event.outlet == "Springfield Daily"


def test_the_same_text_twice_adds_nothing(tracker, tmp_path):
    path = write_article(tmp_path, "a", "Springfield Daily", "2024-03-05")
    ingest_file(tracker, path, "reed-case")
    before = len(tracker.case_events("reed-case"))
    again = ingest_file(tracker, path, "reed-case")
    assert again.status == ALREADY
    assert len(tracker.case_events("reed-case")) == before


def test_the_same_url_with_new_text_is_a_revision_kept_beside_the_first(tracker, tmp_path):
    first = ingest_file(tracker, write_article(tmp_path, "a", "Springfield Daily", "2024-03-05"))
    revised_path = write_article(
        tmp_path,
        "a",
        "Springfield Daily",
        "2024-03-06",
        extra="He is being held on a $50,000 bond.",
    )
    second = ingest_file(tracker, revised_path)
    assert second.status == REVISED
    assert second.case_id == first.case_id
    assert len(tracker.get_article(first.article_id).revisions) == 2


def test_state_as_of_folds_only_what_was_reported_by_then(tracker, tmp_path):
    ingest_file(
        tracker, write_article(tmp_path, "a", "Springfield Daily", "2024-03-05"), "reed-case"
    )
    ingest_file(
        tracker,
        write_article(
            tmp_path,
            "b",
            "Evening Star",
            "2024-03-07T18:00-06:00",
            extra="Reed is being held on a $50,000 bond.",
        ),
        "reed-case",
    )
    early = tracker.state("reed-case", as_of_bound("2024-03-06"))
    late = tracker.state("reed-case", as_of_bound("2024-03-08"))
    assert early.category("bonds") == []
    assert [b.fields["amount"] for b in late.category("bonds")] == [50000]


def test_ingest_order_does_not_change_any_as_of_answer(tracker, tmp_path):
    reports = [
        ("a", "Springfield Daily", "2024-03-05", ""),
        ("b", "Evening Star", "2024-03-07", "Reed is being held on a $50,000 bond."),
        (
            "c",
            "Metro Wire",
            "2024-03-09",
            "Reed, 27, pleaded not guilty at his arraignment Friday.",
        ),
    ]
    answers = []
    # The same three reports, published at two sites, ingested in opposite orders.
    for site, order in (("first", reports), ("second", reports[::-1])):
        for slug, outlet, published, extra in order:
            path = write_article(tmp_path, slug, outlet, published, extra, site=site)
            ingest_file(tracker, path, f"case-{site}")
        answers.append(
            [
                {
                    category: [(f.fields, [s.outlet for s in f.sources]) for f in facts]
                    for category, facts in tracker.state(
                        f"case-{site}", as_of_bound(day)
                    ).facts.items()
                }
                for day in ("2024-03-05", "2024-03-07", "2024-03-09")
            ]
        )
    assert answers[0] == answers[1]
    assert answers[0][0] != answers[0][2], "later reports must add facts"


def test_an_unknown_case_is_a_clear_error(tracker):
    with pytest.raises(UnknownCase, match="no case 'nope'"):
        tracker.state("nope")


def test_cases_list_their_articles_in_reported_order(tracker, tmp_path):
    ingest_file(tracker, write_article(tmp_path, "b", "Evening Star", "2024-03-07"), "reed-case")
    ingest_file(
        tracker, write_article(tmp_path, "a", "Springfield Daily", "2024-03-05"), "reed-case"
    )
    [summary] = tracker.list_cases()
    assert summary.case_id == "reed-case"
    assert [row.outlet for row in summary.articles] == ["Springfield Daily", "Evening Star"]


def test_a_name_listed_under_a_case_again_is_skipped_not_an_error(tracker):
    # Listing writes without looking first (one statement less per article): the insert
    # skips a name the case lists already, on both stores.
    with tracker.recorder.transaction(commit=True) as session:
        read_model.record_people(session, "a-case", ["Dana Pruitt"])
    with tracker.recorder.transaction(commit=True) as session:
        read_model.record_people(session, "a-case", ["Dana Pruitt", "Cole Vell"])
    with tracker.engine.connect() as connection:
        listed = connection.execute(
            select(read_model.case_people.c.name).where(
                read_model.case_people.c.case_id == "a-case"
            )
        ).scalars()
        assert sorted(listed) == ["Cole Vell", "Dana Pruitt"]


def test_a_sqlite_store_checkpoints_its_log_in_large_steps(tmp_path):
    tracker = CaseTracker.open(f"sqlite:///{tmp_path / 'casefile.db'}")
    try:
        with tracker.recorder.transaction(commit=False) as session:
            connection = session.connection()
            [(pages,)] = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").fetchall()
        assert pages == store.CHECKPOINT_PAGES > 1000  # SQLite's default is 1,000
    finally:
        tracker.close()
