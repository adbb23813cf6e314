"""An updated page reported at its own time, whatever order its revisions are ingested in."""

from __future__ import annotations

from itertools import permutations
from typing import Any

import pytest

from casefile.adapters.article_files import read_articles
from casefile.application.ingest import ingest_article
from casefile.application.tracker import CaseTracker
from casefile.domain.reported_time import as_of_bound

BODY = """<article><h1>Man held after robbery</h1>
<p>SPRINGFIELD, Ill. — Police arrested Darnell Okafor, 34, on Thursday and charged him with armed robbery.</p>
{held}{extra}
</article>"""
HELD = "<p>Okafor is being held on a $50,000 bond.</p>"
RAISED = "<p>A judge on Friday raised Okafor's bond to $250,000.</p>"
CANONICAL = '<link rel="canonical" href="https://example.org/news/man-held">'
PUBLISHED = '<meta property="article:published_time" content="2025-03-14T17:45-04:00">'


def revision(modified: str | None, *, held: bool = True, extra: str = "") -> str:
    head = PUBLISHED + CANONICAL
    if modified:
        head += f'<meta property="article:modified_time" content="{modified}">'
    body = BODY.format(held=HELD if held else "", extra=extra)
    return (
        f"<html><head><title>Man held | Example News</title>{head}</head><body>{body}</body></html>"
    )


REVISIONS = {
    "original": revision(None),
    "raised": revision("2025-03-15T08:10-04:00", extra=RAISED),
    "rewritten": revision("2025-03-16T10:00-04:00", held=False, extra=RAISED),
}
TIMES = [
    "2025-03-14T17:00-04:00",
    "2025-03-14T18:00-04:00",
    "2025-03-15T08:00-04:00",
    "2025-03-15T09:00-04:00",
    "2025-03-16T09:00-04:00",
    "2025-03-16T11:00-04:00",
]


def answers(tracker: CaseTracker, case_id: str) -> list[Any]:
    """What `show --as-of` tells at each time: facts with their sources, and removed reports."""
    told = []
    for at in TIMES:
        state = tracker.state(case_id, as_of_bound(at))
        facts = sorted(
            repr(
                (
                    f.kind,
                    sorted(f.fields.items()),
                    [(s.article_id, s.reported_at, s.quote) for s in f.sources],
                )
            )
            for f in state.all_facts()
        )
        removed = sorted(repr((r.kind, sorted(r.fields.items()))) for r in state.removed or [])
        told.append((at, facts, removed))
    return told


def ingest_in_order(tmp_path, order: tuple[str, ...]) -> list[Any]:
    folder = tmp_path / "-".join(order)
    folder.mkdir()
    tracker = CaseTracker.open(f"sqlite:///{folder / 'casefile.db'}")
    try:
        cases = set()
        for name in order:
            path = folder / f"{name}.html"
            path.write_text(REVISIONS[name], encoding="utf-8")
            [article] = read_articles(path)
            cases.add(ingest_article(tracker, article).case_id)
        [case_id] = cases
        return answers(tracker, case_id)
    finally:
        tracker.close()


def bonds(told: list[Any], at: str) -> list[str]:
    [facts] = [facts for when, facts, _ in told if when == at]
    return [f for f in facts if f.startswith("('BondSet'")]


def test_in_publication_order_each_revision_counts_from_its_own_time(tmp_path):
    told = ingest_in_order(tmp_path, ("original", "raised", "rewritten"))
    assert bonds(told, "2025-03-14T17:00-04:00") == []
    assert "('amount', 50000)" in " ".join(bonds(told, "2025-03-14T18:00-04:00"))
    assert "('amount', 250000)" not in " ".join(bonds(told, "2025-03-15T08:00-04:00"))
    assert "('amount', 250000)" in " ".join(bonds(told, "2025-03-15T09:00-04:00"))
    assert "('amount', 50000)" in " ".join(bonds(told, "2025-03-16T09:00-04:00"))
    assert "('amount', 50000)" not in " ".join(bonds(told, "2025-03-16T11:00-04:00"))


@pytest.mark.parametrize(
    "order",
    [o for o in permutations(REVISIONS) if o != ("original", "raised", "rewritten")],
    ids="-".join,
)
def test_as_of_answers_are_the_same_whatever_the_ingest_order(tmp_path, order):
    expected = ingest_in_order(tmp_path, ("original", "raised", "rewritten"))
    assert ingest_in_order(tmp_path, order) == expected
