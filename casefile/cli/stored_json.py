"""What the verbs that store print with `--format json`: one document saying what was stored
or changed (ids, case, counts, the events written), for a script to read instead of a line
of English. The keys are documented in docs/reference/json.md; other tools read them."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casefile.application.dry_run import PlannedArticle
    from casefile.application.ingest import IngestOutcome
    from casefile.domain.case import Case


def ingested_article(outcome: IngestOutcome) -> dict[str, Any]:
    """One stored article: where it went, how many facts of each type, and the facts."""
    from casefile.application.ingest import ALREADY

    revision = None
    if outcome.revision_changes is not None:
        added, withdrawn = outcome.revision_changes
        revision = {"new_reports": added, "withdrawn_reports": withdrawn}
    return {
        "path": outcome.path,
        "article": outcome.article_id,
        # "already" rather than the sentence's "already ingested": one word, like the others.
        "status": "already" if outcome.status == ALREADY else outcome.status,
        "case": outcome.case_id,
        "reason": outcome.reason or None,
        "facts": len(outcome.facts),
        "by_type": dict(sorted(Counter(f.kind for f in outcome.facts).items())),
        "revision": revision,
        "events": [fact.as_dict() for fact in outcome.facts],
    }


def planned_article(planned: PlannedArticle) -> dict[str, Any]:
    """One article of `ingest --dry-run`: the case it would join, and why (`status` in the
    words of a real run: added, revised, already)."""
    from casefile.application.dry_run import WOULD_ADD, WOULD_REVISE

    status = {WOULD_ADD: "added", WOULD_REVISE: "revised"}.get(planned.status, "already")
    return {
        "path": planned.path,
        "article": planned.article_id,
        "status": status,
        "case": planned.case_id,
        "reason": planned.reason,
        "merges": list(planned.merges),
    }


def ingest_document(
    articles: list[dict[str, Any]], errors: list[dict[str, str]], *, dry_run: bool = False
) -> dict[str, Any]:
    """The whole run: each article, each one refused, and the totals."""
    stored = [a for a in articles if a["status"] in ("added", "revised")]
    return {
        "dry_run": dry_run,
        "articles": articles,
        "errors": errors,
        "stored": 0 if dry_run else len(stored),
        "facts": 0 if dry_run else sum(a["facts"] for a in stored),
        "failed": len(errors),
    }


def error_entry(where: str, error: Exception) -> dict[str, str]:
    return {"path": where, "error": str(error)}


def correction_event(event: Case.Correction) -> dict[str, Any]:
    """The stored correction event: its version in the case, who, why, when recorded."""
    return {
        "version": event.originator_version,
        "type": type(event).__name__,
        "by": event.by,
        "reason": event.reason,
        "recorded_at": event.timestamp.isoformat(),
    }
