"""What a case's events are to the code that reads them, without the event library.

The `Case` aggregate (`case.py`) records its events with the event library, whose classes
take a third of a read verb's start-up to load and define. The fold and every other reading
of a case (`state.py`, `corrections.py`, `windows.py`, ...) only ask what kind an event is and
read its attributes: they test against these plain classes. Each of the aggregate's event
classes is also one of these (`Case.ChargeFiled` is a `ChargeFiled`), so an event the
aggregate recorded and the same event read back from the fact index without the library
(`adapters/index_rows.py`) are folded alike.

Every event has `originator_id` (the case's aggregate id, `case_uuid`), `originator_version`
(its place in the case's stored order) and `timestamp` (when it was stored); each kind the
attributes its class in `case.py` declares.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any
from uuid import NAMESPACE_URL, UUID, uuid5

from casefile.domain.facts import FACT_FIELDS, Evidence, Fact

if TYPE_CHECKING:
    from datetime import datetime


# Asked several times per article ingested; a UUID is immutable, so one is kept per id.
@lru_cache(maxsize=4096)
def case_uuid(case_id: str) -> UUID:
    """The aggregate id of a case, derived from its readable id so it can be found again."""
    return uuid5(NAMESPACE_URL, f"casefile:/cases/{case_id}")


class Event:
    """Any event of a case."""

    if TYPE_CHECKING:
        originator_id: UUID
        originator_version: int
        timestamp: datetime


class ArticleAttached(Event):
    """An article (one revision of it) now belongs to the case."""

    if TYPE_CHECKING:
        article_id: str
        revision: str
        url: str | None
        outlet: str | None
        title: str | None
        path: str | None
        reported_at: datetime
        reported_raw: str
        reported_estimated: bool


class FactReported(Event):
    """A fact a report states: its source, the quote, and the fields of its kind."""

    if TYPE_CHECKING:
        article_id: str
        revision: str
        outlet: str | None
        url: str | None
        reported_at: datetime
        evidence: dict[str, Any]

    @property
    def fact_kind(self) -> str:
        return type(self).__name__

    def fields(self) -> dict[str, Any]:
        """What the report states: the fields of its fact kind."""
        return {name: getattr(self, name) for name in FACT_FIELDS[self.fact_kind]}

    def fact(self) -> Fact:
        return Fact(self.fact_kind, self.fields(), Evidence(**self.evidence))


class SuspectIdentified(FactReported):
    pass


class ArrestMade(FactReported):
    pass


class ChargeFiled(FactReported):
    pass


class BondSet(FactReported):
    pass


class LinkedToHomicide(FactReported):
    pass


class VictimReported(FactReported):
    pass


class CourtEventReported(FactReported):
    pass


class SentenceImposed(FactReported):
    pass


class CriminalHistoryReported(FactReported):
    pass


class IncidentReported(FactReported):
    pass


class Correction(Event):
    """An event that stops a stored fact report counting, or changes what it says."""

    if TYPE_CHECKING:
        by: str
        reason: str


class FactRetracted(Correction):
    if TYPE_CHECKING:
        fact_version: int


class FactAmended(Correction):
    if TYPE_CHECKING:
        fact_version: int
        fields: dict[str, Any]


class FactsWithdrawn(Correction):
    if TYPE_CHECKING:
        fact_versions: list[int]
        article_id: str
        revision: str
        reported_at: datetime


class Regrouped(Event):
    """An event that changes which articles or people a case holds."""

    if TYPE_CHECKING:
        by: str
        reason: str


class ArticleMovedOut(Regrouped):
    if TYPE_CHECKING:
        article_id: str
        to_case: str


class ArticleMovedIn(Regrouped):
    if TYPE_CHECKING:
        article_id: str
        from_case: str


class CasesMerged(Regrouped):
    if TYPE_CHECKING:
        absorbed: str


class MergedInto(Regrouped):
    if TYPE_CHECKING:
        survivor: str


class PersonSplit(Regrouped):
    if TYPE_CHECKING:
        name: str
        undone: bool


FACT_KINDS: dict[str, type[FactReported]] = {
    cls.__name__: cls
    for cls in (
        SuspectIdentified,
        ArrestMade,
        ChargeFiled,
        BondSet,
        LinkedToHomicide,
        VictimReported,
        CourtEventReported,
        SentenceImposed,
        CriminalHistoryReported,
        IncidentReported,
    )
}
assert set(FACT_KINDS) == set(FACT_FIELDS), "every fact kind has its event class here"
