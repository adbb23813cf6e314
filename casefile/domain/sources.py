"""Where each report of a fact comes from, and who carries the fact.

A `SourceRef` is one report: the article, its outlet and publication time, and the quote with
its offsets. `Coverage` folds a fact's reports in reported order into its `Corroboration`:
the outlets that carry it, which of them only repeat an earlier outlet's very words (a wire
story republished), and its first and last report; and beside them the names and ages its
reports state, which the disputes about a person compare without reading every report.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from casefile.domain.events import FactReported


def reported_order(event: FactReported) -> tuple[datetime, str, int]:
    """The order facts become known in: publication time, then article, then place in the text."""
    return (event.reported_at, event.article_id, int(event.evidence.get("start", 0)))


class ReportBrief(NamedTuple):
    """Which report, by whom and when: what corroboration names of a report."""

    article_id: str
    outlet: str | None
    reported_at: datetime
    version: int


@dataclass(frozen=True)
class SourceRef:
    """Where one report of a fact comes from."""

    article_id: str
    outlet: str | None
    url: str | None
    reported_at: datetime
    quote: str
    start: int
    end: int
    version: int

    def brief(self) -> ReportBrief:
        return ReportBrief(self.article_id, self.outlet, self.reported_at, self.version)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
            "reported_at": self.reported_at.isoformat(),
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "version": self.version,
        }


def source_of(event: FactReported) -> SourceRef:
    evidence = event.evidence
    return SourceRef(
        article_id=event.article_id,
        outlet=event.outlet,
        url=event.url,
        reported_at=event.reported_at,
        quote=evidence["quote"],
        start=int(evidence["start"]),
        end=int(evidence["end"]),
        version=event.originator_version,
    )


def source_order(source: SourceRef) -> tuple[datetime, str, int]:
    return (source.reported_at, source.article_id, source.start)


def _outlet(source: SourceRef | ReportBrief) -> str:
    return source.outlet or source.article_id


@lru_cache(maxsize=8192)
def _wording_digest(quote: str) -> str:
    """The quote's words, whatever the case and punctuation, as a short digest."""
    words = " ".join(re.findall(r"\w+", quote.lower()))
    return hashlib.blake2b(words.encode(), digest_size=8).hexdigest()


class Coverage:
    """Who carries a fact, folded report by report in reported order.

    Keeps the outlets in order of their first report, the outlets that carried some wording
    first (independent), the earlier outlet each other outlet echoes, the first and last
    report, and each wording's first outlet (`origins`, by a digest of the wording); and the
    names and ages the reports state (`stated_values`; None when not known: a coverage
    counted again from the sources, or read from a checkpoint saved without them).
    """

    __slots__ = ("_packed", "ages", "echoes", "first", "last", "names", "origins", "outlets", "own")

    def __init__(
        self,
        outlets: list[str] | None = None,
        own: set[str] | None = None,
        echoes: dict[str, str] | None = None,
        first: ReportBrief | None = None,
        last: ReportBrief | None = None,
        origins: dict[str, str] | None = None,
    ) -> None:
        self.names: set[str] | None = set()
        self.ages: set[int] | None = set()
        self.outlets = outlets if outlets is not None else []
        self.own = own if own is not None else set()
        self.echoes = echoes if echoes is not None else {}
        self.first, self.last = first, last
        self.origins = origins if origins is not None else {}
        self._packed: tuple[list[str], list[Any], Callable[[Any], ReportBrief | None]] | None
        self._packed = None

    @classmethod
    def packed(
        cls, table: list[str], entry: list[Any], brief: Callable[[Any], ReportBrief | None]
    ) -> Coverage:
        """A coverage read back from a checkpoint's `entry` (see `Reading.as_dict`: outlets
        by their number in `table`, briefs as lists), unpacked when first used: a query
        mostly extends or shows only some of a case's facts."""
        coverage = cls.__new__(cls)
        coverage._packed = (table, entry, brief)
        return coverage

    def _unpack(self) -> None:
        if self._packed is None:
            return
        table, entry, brief = self._packed
        seen, own, echoes, first, last, origins = entry[4:10]
        self.outlets = [table[n] for n in seen]
        self.own = {table[n] for n in own}
        self.echoes = {table[n]: table[m] for n, m in echoes}
        self.first, self.last = brief(first), brief(last)
        self.origins = {digest: table[n] for digest, n in origins.items()}
        stated = entry[10] if len(entry) > 10 else None
        self.names = set(stated[0]) if stated is not None else None
        self.ages = set(stated[1]) if stated is not None else None
        self._packed = None

    def unpacked(self) -> Coverage:
        self._unpack()
        return self

    @classmethod
    def of(cls, sources: Iterable[SourceRef]) -> Coverage:
        coverage = cls()
        for source in sorted(sources, key=source_order):
            coverage.add(source)  # what each report stated is not given: not known
        return coverage

    def stated_values(self) -> tuple[set[str], set[int]] | None:
        """The names and the ages the fact's reports state, if known."""
        self._unpack()
        if self.names is None or self.ages is None:
            return None
        return self.names, self.ages

    def add(self, source: SourceRef, stated: dict[str, Any] | None = None) -> None:
        """Count one more report, in reported order, and what it `stated` (if given)."""
        self._unpack()
        if stated is None:
            self.names = self.ages = None
        elif self.names is not None and self.ages is not None:
            name, age = stated.get("name"), stated.get("age")
            if name:
                self.names.add(name)
            if isinstance(age, int):
                self.ages.add(age)
        outlet = _outlet(source)
        if outlet not in self.outlets:
            self.outlets.append(outlet)
        origin = self.origins.setdefault(_wording_digest(source.quote), outlet)
        if origin == outlet:
            self.own.add(outlet)
        elif outlet not in self.echoes:
            self.echoes[outlet] = origin
        brief = source.brief()
        self.first = self.first or brief
        self.last = brief

    def copy(self) -> Coverage:
        self._unpack()
        copy = Coverage(
            list(self.outlets),
            set(self.own),
            dict(self.echoes),
            self.first,
            self.last,
            dict(self.origins),
        )
        copy.names = set(self.names) if self.names is not None else None
        copy.ages = set(self.ages) if self.ages is not None else None
        return copy

    def corroboration(self) -> Corroboration:
        if self._packed is not None:
            # Straight from the checkpoint's entry: `show` asks this of every fact.
            table, entry, brief = self._packed
            seen, own, echoes = entry[4], entry[5], entry[6]
            outlets = [table[n] for n in seen]
            same_text_as = {table[n]: table[m] for n, m in echoes if n not in own}
            first, last = brief(entry[7]), brief(entry[8])
        else:
            outlets, first, last = list(self.outlets), self.first, self.last
            same_text_as = {o: origin for o, origin in self.echoes.items() if o not in self.own}
        assert first is not None and last is not None
        return Corroboration(
            independent=len(outlets) - len(same_text_as),
            outlets=outlets,
            same_text_as=same_text_as,
            first=first,
            last_repeated=last if last.reported_at > first.reported_at else None,
        )


@dataclass(frozen=True)
class Corroboration:
    """How widely a fact is carried: independent outlets, the first report and the last repeat.

    Outlets carrying the fact in the very same words as an earlier outlet (a wire story
    republished) count once, with the outlet that first carried those words; an outlet that
    also carries it in words of its own is independent after all.
    """

    independent: int
    outlets: list[str]
    same_text_as: dict[str, str]
    first: ReportBrief
    last_repeated: ReportBrief | None

    @classmethod
    def of(cls, sources: Sequence[SourceRef]) -> Corroboration:
        return Coverage.of(sources).corroboration()

    def as_dict(self) -> dict[str, Any]:
        def brief(source: ReportBrief | None) -> dict[str, Any] | None:
            if source is None:
                return None
            return {
                "outlet": source.outlet,
                "article": source.article_id,
                "reported_at": source.reported_at.isoformat(),
            }

        return {
            "independent_outlets": self.independent,
            "outlets": self.outlets,
            "same_text_as": self.same_text_as,
            "first_reported": brief(self.first),
            "last_repeated": brief(self.last_repeated),
        }
