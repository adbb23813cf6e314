"""A case report: everything a reader needs to see the case and how its reporting unfolded.

The report is gathered once, as plain JSON-ready data, so the page renderers (HTML, Markdown)
only lay it out and the HTML page can embed the per-report states for its as-of switch:

* `reports`: the case's article revisions in reported order, each with the changes it made;
* `steps`: for each report, how the case state as known at its publication time differs
  from the one at the report before (facts `set` anew or changed, `gone`, and those the
  report `carried`): a page rebuilds any report's state from them, and they grow with the
  facts reported, where whole states would grow with reports times facts;
* `facts`: the state as known at the report's as-of time, every fact with its outlets,
  first report, corroboration count (independent outlets) and evidence shown in its sentence;
* `occurred`: the facts that carry an ISO `date` (when the thing happened), for the timeline;
* `followups`: what to chase next (`casefile followups`), each with the report that set it up;
* `disagreements` / `refinements`: the audit's slots where sources give values that cannot
  both be true, or where one value says the same as another more precisely;
* `corrections`: what people and revisions did to fact reports (amended, retracted, withdrawn
  by a revision of their article), each with who, when and why.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from casefile.application.followups import TITLES as FOLLOWUP_TITLES
from casefile.application.followups import case_followups
from casefile.application.tracker import CaseTracker
from casefile.domain.audit import DISAGREEMENT, REFINEMENT, slot_conflicts
from casefile.domain.case import Case
from casefile.domain.changes import FactChange, compare
from casefile.domain.fact_keys import CATEGORIES
from casefile.domain.reading import fold
from casefile.domain.state import CaseState, KnownFact
from casefile.domain.state_steps import states_after_each
from casefile.extraction.sentences import split_sentences

# Describes a fact's fields in one line for a reader (the CLI passes its own, so every view
# of a fact reads the same).
Describe = Callable[[str, dict[str, Any]], str]

_CONTEXT_LIMIT = 360


class NothingReported(LookupError):
    """The case had no report yet at the asked time: there is nothing to show."""


def build_report(
    tracker: CaseTracker,
    case_id: str,
    describe: Describe,
    as_of: datetime | None = None,
    recorded_by: datetime | None = None,
) -> dict[str, Any]:
    """The report of a case as known at `as_of` (now if None), in the case file as it stood
    at `recorded_by` (now if None), as JSON-ready data."""
    every = tracker.attached_articles(case_id)
    attached = [
        a
        for a in every
        if (as_of is None or a.reported_at <= as_of)
        and (recorded_by is None or a.timestamp <= recorded_by)
    ]
    if not attached:
        first = every[0].reported_raw if every else "none"
        raise NothingReported(
            f"nothing about case {case_id!r} had been reported by then (first report: {first})"
        )
    report_ids = {(a.article_id, a.revision): f"r{n}" for n, a in enumerate(attached, start=1)}
    by_version = {e.originator_version: e for e in tracker.fact_events(case_id)}

    def report_of(version: int) -> str:
        event = by_version[version]
        return report_ids[(event.article_id, event.revision)]

    final = tracker.state(case_id, as_of, recorded_by)
    final_anchors = _anchors_by_version(final)

    def anchor_of(fact: KnownFact) -> str:
        # The fact as finally known that holds this report of it: keys can move as later
        # reports join facts (an undated arrest, a surname alone), anchors should not.
        own = fact_anchor(_category(fact), fact.key)
        return final_anchors.get(fact.sources[0].version, own)

    # Each report's state is the case as known at its publication time: the same fold as
    # `casefile show --as-of`, so reports published at one instant share one state (the
    # state after the last of them). One reading, extended report by report, gives them all.
    events = tracker.known_events(case_id, recorded_by=recorded_by)
    after_each = states_after_each(case_id, events, attached)
    at_time = {a.reported_at: state for a, state in zip(attached, after_each, strict=True)}
    standing = [e for e in events if not isinstance(e, Case.FactReported | Case.FactsWithdrawn)]
    before = fold(case_id, standing)
    changes: dict[str, list[FactChange]] = {}
    for article, after in zip(attached, after_each, strict=True):
        changes[report_ids[(article.article_id, article.revision)]] = compare(
            before, after, repeats=True
        )
        before = after
    steps = _steps(
        [(report_ids[(a.article_id, a.revision)], at_time[a.reported_at]) for a in attached],
        changes,
        lambda fact: _fact_brief(fact, describe, report_of, anchor_of),
    )
    texts = _ArticleTexts(tracker)
    facts = [
        _fact_in_full(fact, describe, report_of, anchor_of, by_version, texts)
        for fact in final.all_facts()
    ]
    disagreements, refinements = _audit(final, report_of)
    return {
        "corrections": [
            *(
                {**c.as_dict(), "summary": describe(fact.kind, fact.fields), "outlet": None}
                for fact in final.all_facts()
                for c in fact.corrections
            ),
            *(
                {
                    **removed.correction.as_dict(),
                    "summary": describe(removed.kind, removed.fields),
                    "outlet": removed.source.outlet or removed.source.article_id,
                }
                for removed in final.removed
            ),
        ],
        "case": case_id,
        "as_of": as_of.isoformat() if as_of else None,
        "reports": _reports(attached, report_ids, changes, describe, final_anchors),
        "steps": steps,
        "facts": facts,
        "occurred": [
            {"date": fact["fields"]["date"], "fact": fact["id"], "summary": fact["summary"]}
            for fact in facts
            if _is_iso_date(fact["fields"].get("date"))
        ],
        "followups": [
            {**f.as_dict(), "title": FOLLOWUP_TITLES[f.kind], "report": report_of(f.source.version)}
            for f in case_followups(final, (as_of or datetime.now(UTC)).astimezone(UTC).date())
        ],
        "disagreements": disagreements,
        "refinements": refinements,
    }


def state_after(report: dict[str, Any], report_id: str) -> list[dict[str, Any]]:
    """The facts known right after report `report_id`, rebuilt from the report's `steps` (as
    the page's as-of menu does)."""
    facts: dict[str, dict[str, Any]] = {}
    for step in report["steps"]:
        for slot in step["gone"]:
            facts.pop(slot, None)
        facts.update((brief["slot"], brief) for brief in step["set"])
        if step["report"] == report_id:
            return list(facts.values())
    raise KeyError(report_id)


def fact_anchor(category: str, key: tuple[Any, ...]) -> str:
    """A stable id for a known fact, usable as an HTML anchor."""
    digest = hashlib.sha1(repr((category, key)).encode("utf-8")).hexdigest()[:10]
    return f"fact-{digest}"


def sentence_around(text: str, start: int, end: int) -> dict[str, str]:
    """The sentence(s) holding `text[start:end]`, split into the parts before, in and after it."""
    holding = [s for s in split_sentences(text) if s.start < end and start < s.end]
    begin = min([s.start for s in holding] + [start])
    finish = max([s.end for s in holding] + [end])
    return {
        "before": text[max(begin, start - _CONTEXT_LIMIT) : start],
        "quote": text[start:end],
        "after": text[end : min(finish, end + _CONTEXT_LIMIT)],
    }


class _ArticleTexts:
    """Stored article texts, each revision read from the store once."""

    def __init__(self, tracker: CaseTracker) -> None:
        self._tracker = tracker
        self._texts: dict[tuple[str, str], str] = {}

    def text(self, article_id: str, revision: str) -> str:
        key = (article_id, revision)
        if key not in self._texts:
            self._texts[key] = self._tracker.get_article(article_id).text_of(revision)
        return self._texts[key]


def _fact_brief(
    fact: KnownFact,
    describe: Describe,
    report_of: Callable[[int], str],
    anchor_of: Callable[[KnownFact], str],
) -> dict[str, Any]:
    corroboration = fact.corroboration
    return {
        "id": anchor_of(fact),
        "kind": fact.kind,
        "category": _category(fact),
        "summary": describe(fact.kind, fact.fields),
        "outlets": fact.outlets,
        "corroboration": corroboration.independent,
        "first_reported": corroboration.first.reported_at.isoformat(),
        "first_report": report_of(corroboration.first.version),
    }


def _fact_in_full(
    fact: KnownFact,
    describe: Describe,
    report_of: Callable[[int], str],
    anchor_of: Callable[[KnownFact], str],
    by_version: dict[int, Case.FactReported],
    texts: _ArticleTexts,
) -> dict[str, Any]:
    sources = []
    for source in fact.sources:
        event = by_version[source.version]
        text = texts.text(event.article_id, event.revision)
        sources.append(
            {
                **source.as_dict(),
                "report": report_of(source.version),
                "sentence": sentence_around(text, source.start, source.end),
            }
        )
    return {
        **_fact_brief(fact, describe, report_of, anchor_of),
        "reports": sorted({report_of(s.version) for s in fact.sources}, key=_report_number),
        "fields": dict(fact.fields),
        "sources": sources,
    }


def _steps(
    states: Sequence[tuple[str, CaseState]],
    changes: dict[str, list[FactChange]],
    brief: Callable[[KnownFact], dict[str, Any]],
) -> list[dict[str, Any]]:
    """Report by report, what differs from the state at the report before: the facts `set`
    (new, or shown otherwise), the `gone` ones, and those the report `carried`. A fact is
    known by its `slot` (its key in that state); a brief is made only when the fact changed."""
    steps = []
    shown: dict[str, tuple[Any, ...]] = {}
    for report_id, state in states:
        now: dict[str, tuple[Any, ...]] = {}
        changed = []
        for fact in state.all_facts():
            slot = fact_anchor(_category(fact), fact.key)
            looks = (tuple(fact.fields.items()), len(fact.sources), len(fact.corrections))
            now[slot] = looks
            if shown.get(slot) != looks:
                changed.append({**brief(fact), "slot": slot})
        carried = [
            fact_anchor(c.category, c.fact.key) for c in changes[report_id] if c.after is not None
        ]
        gone = [slot for slot in shown if slot not in now]
        steps.append({"report": report_id, "set": changed, "gone": gone, "carried": carried})
        shown = now
    return steps


def _reports(
    attached: Sequence[Case.ArticleAttached],
    report_ids: dict[tuple[str, str], str],
    changes_by_report: dict[str, list[FactChange]],
    describe: Describe,
    final_anchors: dict[int, str],
) -> list[dict[str, Any]]:
    known = set(final_anchors.values())
    reports = []
    for article in attached:
        report_id = report_ids[(article.article_id, article.revision)]
        changes = []
        for change in changes_by_report[report_id]:
            anchor = fact_anchor(change.category, change.fact.key)
            if change.by:  # the fact as finally known that holds the report
                anchor = final_anchors.get(change.by[0].version, anchor)
            changes.append(
                {
                    **change.as_dict(),
                    "summary": describe(change.fact.kind, change.fact.fields),
                    "fact_id": anchor if anchor in known else None,
                }
            )
        reports.append(
            {
                "id": report_id,
                "article": article.article_id,
                "revision": article.revision,
                "outlet": article.outlet,
                "title": article.title,
                "url": article.url,
                "path": article.path,
                "published": article.reported_raw,
                "published_estimated": article.reported_estimated,
                "reported_at": article.reported_at.isoformat(),
                "changes": changes,
            }
        )
    return reports


def _audit(
    state: CaseState, report_of: Callable[[int], str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The slots whose sources disagree, and those where one value refines another."""
    anchors = _anchors_by_version(state)
    found: dict[str, list[dict[str, Any]]] = {DISAGREEMENT: [], REFINEMENT: []}
    for conflict in slot_conflicts(state):
        first = conflict.claims[0].sources[0]
        found[conflict.verdict].append(
            {
                "fact_id": anchors.get(first.version),
                "kind": conflict.kind,
                "subject": conflict.subject,
                "field": conflict.field,
                "values": [
                    {
                        "value": claim.value,
                        "by": [
                            {"outlet": s.outlet, "report": report_of(s.version)}
                            for s in claim.sources
                        ],
                    }
                    for claim in conflict.claims
                ],
            }
        )
    return found[DISAGREEMENT], found[REFINEMENT]


def _anchors_by_version(state: CaseState) -> dict[int, str]:
    """The anchor of the known fact each counted report (event version) belongs to."""
    return {
        source.version: fact_anchor(_category(fact), fact.key)
        for fact in state.all_facts()
        for source in fact.sources
    }


def _category(fact: KnownFact) -> str:
    return CATEGORIES[fact.kind]


def _is_iso_date(value: Any) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _report_number(report_id: str) -> int:
    return int(report_id[1:])
