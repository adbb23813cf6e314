"""`casefile search TEXT`: the people, charges and places of every case that match some words.

A fact report matches when each searched word begins a word of one of its searched fields (a
person's name, a charge, a residence or an incident's location; see `index_rows.SEARCHED`),
whatever the case of the letters: "marl" finds "John Marlow", "agg assault" finds
"aggravated assault". Hits are grouped by case and by what they name: one person (every
spelling of the name the case holds, "Marlow", "John Marlow", "John T. Marlow", is one
person, shown by its fullest form with the others as variants), one charge or one place, each
with the reports that state it. Reports that a retraction or a revision withdrew are left out.

Only the read models are read (see `casefile.adapters.fact_search`): no case is replayed, and
the event library is not loaded; on a plain SQLite store they are read with `sqlite3`
(`adapters/plain_index.py`), without SQLAlchemy either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from casefile.adapters.index_rows import SEARCHED, words_of
from casefile.application.errors import NoStore

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


@dataclass
class SearchHit:
    """One person, charge or place of one case that the search matched, and its reports."""

    case_id: str
    kind: str  # person, charge or place
    value: str
    variants: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "kind": self.kind,
            "value": self.value,
            "variants": self.variants,
            "sources": self.sources,
        }


def matches(query: list[str], value: str | None) -> bool:
    """Each query word begins some word of `value`."""
    have = words_of(value)
    return bool(have) and all(any(w.startswith(q) for w in have) for q in query)


def search(text: str, db_url: str | None = None) -> list[SearchHit]:
    """The hits of `text` in the configured store, by case, then kind, then value."""
    query = words_of(text)
    if not query:
        return []
    from casefile.adapters.plain_index import open_index

    index = open_index(db_url)
    if index is not None:
        try:
            return hits_of(query, index.matching_reports(query), index.case_names)
        finally:
            index.close()
    return _search_through_sqlalchemy(query, db_url)


def _search_through_sqlalchemy(query: list[str], db_url: str | None) -> list[SearchHit]:
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from casefile.adapters import fact_search, read_model
    from casefile.adapters.store import read_engine, store_exists, store_url

    url = store_url(db_url)
    if not store_exists(url):
        raise NoStore(url)
    engine = read_engine(url)
    try:
        with engine.connect() as connection:
            try:
                marker = read_model.key_marker_of(connection)
            except (OperationalError, ProgrammingError):
                raise NoStore(url) from None
            if marker is not None:
                read_model.check_key_marker(marker)
            matching = fact_search.matching_reports(connection, query)
            return hits_of(query, matching, lambda ids: fact_search.case_names(connection, ids))
    finally:
        engine.dispose()


def hits_of(
    query: list[str],
    matching: Iterable[tuple[str, str, dict[str, Any]]],
    case_names: Callable[[Sequence[str]], dict[str, list[str]]],
) -> list[SearchHit]:
    """The hits of the `matching` reports (case id, fact kind, attributes) whose fields hold
    every word of `query`; `case_names` gives every name each case lists."""
    found: dict[tuple[str, str, str], SearchHit] = {}
    for case_id, kind, attrs in matching:
        for name, what in SEARCHED[kind].items():
            value = attrs.get(name)
            if not isinstance(value, str) or not matches(query, value):
                continue
            key = (case_id, what, _value_key(what, value))
            hit = found.setdefault(key, SearchHit(case_id, what, value))
            if value not in hit.variants:
                hit.variants.append(value)
            hit.sources.append(_source(kind, name, attrs))
    hits = _join_people(list(found.values()))
    names = case_names(sorted({h.case_id for h in hits}))
    for hit in hits:
        _finish(hit, names.get(hit.case_id, []))
    return sorted(hits, key=lambda h: (h.case_id, h.kind, h.value.lower()))


def _value_key(kind: str, value: str) -> str:
    words = [w for w in words_of(value) if w not in _SUFFIXES]
    if kind == "person" and len(words) >= 2:
        return f"{words[0]} {words[-1]}"
    return " ".join(words)


def _join_people(hits: list[SearchHit]) -> list[SearchHit]:
    """A surname alone joins the one full name of its case that ends in it."""
    full: dict[tuple[str, str], list[SearchHit]] = {}
    for hit in hits:
        key = _value_key("person", hit.value)
        if hit.kind == "person" and " " in key:
            full.setdefault((hit.case_id, key.split()[-1]), []).append(hit)
    kept = []
    for hit in hits:
        key = _value_key("person", hit.value)
        if hit.kind == "person" and " " not in key:
            owners = full.get((hit.case_id, key), [])
            if len(owners) == 1:
                owners[0].variants += [v for v in hit.variants if v not in owners[0].variants]
                owners[0].sources += hit.sources
                continue
        kept.append(hit)
    return kept


def _finish(hit: SearchHit, case_names: list[str]) -> None:
    """The fullest spelling shown, every spelling listed, the reports in reported order."""
    if hit.kind == "person":
        key = _value_key("person", hit.value).split()
        for name in case_names:
            words = [w for w in words_of(name) if w not in _SUFFIXES]
            same = words and words[-1] == key[-1] and (len(key) == 1 or words[0] == key[0])
            if same and name not in hit.variants:
                hit.variants.append(name)
    hit.value = max(hit.variants, key=len)
    hit.variants.sort(key=lambda v: (-len(v), v))
    hit.sources.sort(key=lambda s: (s["reported_at"], s["article"], s["start"]))


def _source(kind: str, field_name: str, attrs: dict[str, Any]) -> dict[str, Any]:
    evidence = attrs.get("evidence") or {}
    return {
        "fact": kind,
        "field": field_name,
        "version": attrs.get("originator_version"),
        "article": attrs.get("article_id"),
        "outlet": attrs.get("outlet"),
        "url": attrs.get("url"),
        "reported_at": attrs.get("reported_at"),
        "quote": evidence.get("quote"),
        "start": evidence.get("start"),
        "end": evidence.get("end"),
    }
