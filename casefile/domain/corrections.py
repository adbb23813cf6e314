"""Corrections as the fold applies them: reports taken out, and reports amended.

A person's retraction takes a report out; an amendment changes what a report counts as
stating; a later revision of an article that no longer says something withdraws that report.
Nothing is erased: each correction is kept with who made it and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from casefile.domain.events import (
    Correction,
    FactAmended,
    FactRetracted,
    FactsWithdrawn,
    PersonSplit,
)
from casefile.domain.person_keys import person_splits

# Why a revision's report is withdrawn when a revision published before it (ingested after it)
# already reports the same fact: the report only repeated it, so it is no removed report.
ALREADY_REPORTED = "an earlier revision of the article already reports it"


@dataclass(frozen=True)
class CorrectionRef:
    """A correction as the fold applied it: what it did to which fact report, who and why."""

    action: str  # "retracted", "amended" or "withdrawn"
    fact_version: int
    by: str
    reason: str
    recorded_at: datetime
    version: int
    fields: dict[str, Any] = field(default_factory=dict)
    article_id: str | None = None  # the revision that withdrew the report
    reported_at: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "action": self.action,
            "fact_version": self.fact_version,
            "by": self.by,
            "reason": self.reason,
            "recorded_at": self.recorded_at.isoformat(),
            "version": self.version,
        }
        if self.fields:
            result["fields"] = dict(self.fields)
        if self.article_id:
            result["article"] = self.article_id
            result["reported_at"] = self.reported_at.isoformat() if self.reported_at else None
        return result


@dataclass
class Corrections:
    """The corrections that apply to a fold: reports taken out (by version) and the
    amendments of each report, in recorded order."""

    removals: dict[int, CorrectionRef]
    amendments: dict[int, list[CorrectionRef]]
    splits: tuple[str, ...] = ()  # name variants split off as people of their own

    @classmethod
    def of(cls, events: Iterable[Correction | PersonSplit]) -> Corrections:
        events = list(events)
        removals, amendments = _corrections(e for e in events if isinstance(e, Correction))
        return cls(removals, amendments, person_splits(events))


def _corrections(
    events: Iterable[Correction],
) -> tuple[dict[int, CorrectionRef], dict[int, list[CorrectionRef]]]:
    """The reports taken out (by version) and the amendments of each report, in recorded order."""
    removals: dict[int, CorrectionRef] = {}
    amendments: dict[int, list[CorrectionRef]] = {}
    for event in sorted(events, key=lambda e: e.originator_version):
        common = {
            "by": event.by,
            "reason": event.reason,
            "recorded_at": event.timestamp,
            "version": event.originator_version,
        }
        if isinstance(event, FactRetracted):
            removals.setdefault(
                event.fact_version, CorrectionRef("retracted", event.fact_version, **common)
            )
        elif isinstance(event, FactAmended):
            amendments.setdefault(event.fact_version, []).append(
                CorrectionRef("amended", event.fact_version, fields=event.fields, **common)
            )
        elif isinstance(event, FactsWithdrawn):
            # A report withdrawn as a repeat of an earlier revision's never counted: that says
            # more than a withdrawal by a later revision.
            repeat = event.reason == ALREADY_REPORTED
            for version in event.fact_versions:
                (removals.__setitem__ if repeat else removals.setdefault)(
                    version,
                    CorrectionRef(
                        "withdrawn",
                        version,
                        article_id=event.article_id,
                        reported_at=event.reported_at,
                        **common,
                    ),
                )
    return removals, amendments


def amended(fields: dict[str, Any], amendments: Iterable[CorrectionRef]) -> dict[str, Any]:
    result = dict(fields)
    for amendment in amendments:
        result.update(amendment.fields)
    return result
