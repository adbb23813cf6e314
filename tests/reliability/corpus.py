"""Small generated articles and a comparable picture of a store, for the reliability tests.

The articles are written here (never copied from a corpus): `count` arrest reports about
distinct suspects, a few per suspect, so grouping puts them in predictable cases.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casefile.adapters import fact_index, fact_search, read_model
from casefile.adapters.article_files import SourceArticle, read_articles
from casefile.application.tracker import CaseTracker
from casefile.domain.article import article_id_for, article_key, content_hash
from casefile.domain.case import Case

SURNAMES = [
    "Abernathy", "Blackwood", "Castellano", "Delacroix", "Ellsworth", "Fairbanks", "Galloway",
    "Hathaway", "Ingersoll", "Jablonski", "Kowalczyk", "Lindqvist", "Montgomery", "Northcott",
    "Oyelaran", "Pemberton", "Quintero", "Rasmussen", "Sandoval", "Thornbury",
]  # fmt: skip
FIRST_NAMES = ["Marcus", "Dana", "Tobias", "Renee", "Victor", "Alicia", "Gordon", "Priya"]
TOWNS = ["Springfield", "Riverton", "Lakewood", "Fairview", "Maplewood"]

_TEMPLATES = [
    "{town} police arrested {name}, {age}, of {town}, on Monday after a shooting on Elm Street.\n\n"
    "{surname} was charged with aggravated assault and reckless endangerment.",
    "{name}, {age}, of {town}, is being held on a ${bond},000 bond after his arrest, police said.\n\n"
    "{surname} is charged with aggravated assault.",
    "{name} appeared in {town} Superior Court on Wednesday for an arraignment.\n\n"
    "He remains held on a ${bond},000 bond, police said.",
]


def article_text(index: int, per_case: int = 2) -> tuple[str, str, str]:
    """(url, published date, body) of generated article `index`."""
    case, part = divmod(index, per_case)
    surname = SURNAMES[case % len(SURNAMES)]
    name = f"{FIRST_NAMES[case % len(FIRST_NAMES)]} {surname}"
    town = TOWNS[case % len(TOWNS)]
    body = _TEMPLATES[part % len(_TEMPLATES)].format(
        name=name, surname=surname, town=town, age=20 + case, bond=10 + 5 * part
    )
    return f"https://news.example/{surname.lower()}/{part}", f"2024-03-{part + 1:02d}", body


def write_articles(folder: Path, count: int, per_case: int = 2) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        url, published, body = article_text(index, per_case)
        path = folder / f"article-{index:03d}.md"
        path.write_text(
            f"---\nurl: {url}\noutlet: Example News\npublished: {published}\n---\n{body}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def sources(paths: list[Path]) -> list[SourceArticle]:
    return [read_articles(path)[0] for path in paths]


def revision_of(path: Path, folder: Path) -> SourceArticle:
    """The article in `path` again, edited and republished a day later (same url)."""
    text = path.read_text(encoding="utf-8")
    text = text.replace("published: 2024-03-01", "published: 2024-03-02")
    text = text.replace("reckless endangerment", "reckless endangerment and robbery")
    revised = folder / f"{path.stem}-rev.md"
    revised.write_text(text, encoding="utf-8")
    return read_articles(revised)[0]


def _attributes(payload: str) -> dict[str, Any]:
    order = {"timestamp", "originator_version"}
    return {k: v for k, v in json.loads(payload).items() if k not in order}


def store_picture(tracker: CaseTracker) -> dict[str, Any]:
    """What a store holds, independent of when and in which order it was written: each
    aggregate's events (types and fields, without recorded times and versions) and every
    read-model row (the key check aside)."""
    events: dict[str, Counter[str]] = {}
    recorder = tracker.recorder
    last = recorder.max_notification_id() or 0
    start = 1
    while start <= last:
        batch = recorder.select_notifications(start=start, limit=500)
        for notification in batch:
            event = tracker.mapper.to_domain_event(notification)
            fields = {
                k: v
                for k, v in vars(event).items()
                if k not in {"timestamp", "originator_version", "originator_id"}
            }
            key = str(event.originator_id)
            events.setdefault(key, Counter())[
                f"{type(event).__qualname__} {json.dumps(fields, sort_keys=True, default=str)}"
            ] += 1
        start = batch[-1].id + 1 if batch else last + 1
    rows: dict[str, list[str]] = {}
    with tracker.engine.connect() as connection:
        for table in read_model.metadata.sorted_tables:
            if table in (read_model.key_check, fact_index.index_state):  # how, not what
                continue
            if table is fact_index.checkpoints:  # a cache of folds, refreshed when it can be
                continue
            found = [list(row) for row in connection.execute(select(table))]
            if table is fact_search.search_words:  # a report's words, whatever its version
                found = [[r.word, r.case_id] for r in connection.execute(select(table))]
            if table is fact_index.reports:  # as the events: less when and in which order
                found = [
                    [r.case_id, r.event, r.reported_at, r.article_id, _attributes(r.payload)]
                    for r in connection.execute(select(table))
                ]
            rows[table.name] = sorted(json.dumps(row, default=str) for row in found)
    return {"events": events, "rows": rows}


def article_presence(tracker: CaseTracker, path: Path) -> str:
    """ "complete", "absent", or what is partial, for the article in file `path`."""
    from casefile.adapters.article_files import read_articles
    from casefile.extraction import extract_facts

    [source] = read_articles(path)
    assert source.published is not None
    article_id = article_id_for(article_key(source.url, source.text))
    revision = content_hash(source.text)
    article = tracker.find_article(article_id)
    with tracker.engine.connect() as connection:
        cases = read_model.cases_of_article(connection, article_id)
    assert len(cases) <= 1, f"{path.name} is listed in several cases: {cases}"
    parts = {
        "article": article is not None and article.has_revision(revision),
        "listed": bool(cases),
        "attached": False,
        "facts": False,
    }
    if cases:
        events = tracker.case_events(cases[0])
        parts["attached"] = any(
            isinstance(e, Case.ArticleAttached) and e.revision == revision for e in events
        )
        reported = [
            e for e in events if isinstance(e, Case.FactReported) and e.revision == revision
        ]
        expected = extract_facts(source.text, source.published.local_date)
        parts["facts"] = len(reported) == len(expected)
    if all(parts.values()):
        return "complete"
    if not any(parts.values()):
        return "absent"
    return "partial: " + ", ".join(k for k, v in parts.items() if v)
