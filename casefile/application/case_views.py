"""What `show --format json` and `timeline` say of a case now, made from the fold and kept as
rows (`adapters/case_views.py`), so that a long case's every report is not folded again at
each read.

One code path makes them for the views and for a fold: `fact_documents` gives each fact of
a state as `show --format json` lists it (its sources, corroboration, corrections and what
its reports dispute), `entry_document` each timeline entry as `timeline --format json`
lists it, and `entry_brief` what the timeline's text shows of it. `refresh` stores them,
as JSON written as the verbs write it, for the cases a command changed, under the store's
write lock (no other writer can commit between the fold and its rows); a read finds them
with `CaseReads.stored_facts` and `stored_timeline`, or folds the case when they are not
there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from casefile.domain.fact_keys import CATEGORIES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from casefile.application.case_reads import TimelineEntry
    from casefile.application.tracker import CaseTracker
    from casefile.domain.changes import FactChange
    from casefile.domain.events import ArticleAttached
    from casefile.domain.state import CaseState


def fact_documents(state: CaseState) -> list[tuple[str, dict[str, Any]]]:
    """(category, document) of each fact of `state`, category by category as `show --format
    json` lists them: the fact's fields, sources, corroboration and corrections, and
    `"disputed": {field: [values]}` when its person's name or age is."""
    from casefile.application.disputes import disputed_facts

    disputed = disputed_facts(state)
    found = []
    for category in CATEGORIES.values():
        for fact in state.category(category):
            document = fact.as_dict()
            marks = disputed.get((category, fact.key))
            if marks:
                document["disputed"] = marks
            found.append((category, document))
    return found


def article_document(article: ArticleAttached) -> dict[str, Any]:
    """An article revision as the verbs' JSON lists it."""
    return {
        "article": article.article_id,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "path": article.path,
        "published": article.reported_raw,
        "published_estimated": article.reported_estimated,
        "reported_at": article.reported_at.isoformat(),
    }


def change_brief(change: FactChange) -> list[Any]:
    """What a timeline's line of a change shows: [change, category, kind, fields, {field:
    value it replaced}, [fields newly stated of a known fact]]."""
    fact = change.fact
    was = {name: old for name, (old, _new) in change.changed_fields().items()}
    newly = list(change.added_fields()) if change.before is not None else []
    return [change.change, change.category, fact.kind, dict(fact.fields), was, newly]


def entry_document(entry: TimelineEntry) -> dict[str, Any]:
    """A timeline entry as `timeline --format json` lists it."""
    return {
        "article": article_document(entry.article),
        "changes": [change.as_dict() for change in entry.changes],
    }


def entry_brief(entry: TimelineEntry) -> list[Any]:
    """What a timeline's text shows of an entry: [its article's document, [each change's
    `change_brief`]]."""
    return [article_document(entry.article), [change_brief(c) for c in entry.changes]]


_JSON_OPTIONS = ("OPT_NON_STR_KEYS", "OPT_PASSTHROUGH_DATETIME", "OPT_PASSTHROUGH_DATACLASS")


def encode(value: Any, *, indent: bool = False) -> str:
    """`value` as JSON, with what JSON cannot hold as `str` gives it: indented by two as the
    verbs print it (`render.dumps`), or compact."""
    import orjson

    options = 0
    for name in _JSON_OPTIONS:
        options |= getattr(orjson, name)
    if indent:
        options |= orjson.OPT_INDENT_2
    try:
        return orjson.dumps(value, option=options, default=str).decode()
    except TypeError:  # an integer past 64 bits
        return json.dumps(value, ensure_ascii=False, default=str, indent=2 if indent else None)


def nested(document: str, depth: int) -> str:
    """A document's indented JSON (`encode(..., indent=True)`) as it is written `depth`
    levels down a larger document (`show --format json` lists a fact at depth 2, `timeline
    --format json` an entry at depth 1): each line indented two spaces a level. A JSON text
    breaks lines only between its tokens (in a string a line break is written "\\n")."""
    pad = "  " * depth
    return pad + document.replace("\n", "\n" + pad)


def views_of(
    state: CaseState, entries: Sequence[TimelineEntry], articles: Sequence[ArticleAttached]
) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]:
    """The rows of a case's views: (category, JSON) of each fact of its state now, then
    ("articles", JSON) of each of its articles, as `show --format json` writes them (at
    depth 2); and (article, revision, the entry's JSON as `timeline --format json` writes it
    (at depth 1), its `entry_brief` as compact JSON) of each timeline entry."""
    facts = [
        (category, nested(encode(document, indent=True), 2))
        for category, document in fact_documents(state)
    ]
    facts += [("articles", nested(encode(article_document(a), indent=True), 2)) for a in articles]
    steps = [
        (
            e.article.article_id,
            e.article.revision,
            nested(encode(entry_document(e), indent=True), 1),
            encode(entry_brief(e)),
        )
        for e in entries
    ]
    return facts, steps


def refresh(tracker: CaseTracker, case_ids: Iterable[str], at_least: int = 0) -> int:
    """Store the views of those of the cases (as they are named now) that have none and at
    least `at_least` fact reports; returns how many were made.

    Making them folds the whole case: a command that changed a case of ten thousand events
    spends about a second here. A shorter case, folded at each read, is left without
    (`refresh_checkpoints` asks for the cases with at least the reports of a checkpoint)."""
    from casefile.adapters import case_views
    from casefile.application.case_reads import paused_gc, reporting_timeline
    from casefile.application.case_refresh import refresh_each

    def make(session: Session, case_id: str) -> int:
        # Holding the write lock while folding: a report stored meanwhile would make the
        # rows untrue. The reads below run in this transaction (see `refresh_each`).
        if not tracker.has_case(case_id):
            return 0
        with paused_gc():
            state = tracker.now.state(case_id)
            entries = reporting_timeline(tracker.now, case_id)
            articles = tracker.now.attached_articles(case_id)
            facts, steps = views_of(state, entries, articles)
        case_views.write(session.connection(), case_id, facts, steps)
        return 1

    return refresh_each(tracker, case_ids, case_views.unbuilt, at_least, make)[1]
