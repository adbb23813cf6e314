"""Case ids come from the case, not from the order its articles arrive in.

A case is named from its earliest report (by reported time, then article id). When an
earlier report arrives after the case was opened, the case takes the id that report gives
it; the ids it had stay names of it. So any order, and any split of a folder between
writers, ends with the store one writer leaves ingesting the folder in sorted order: the
same case ids, the same events in each case, the same read models.

The articles are invented here: each case's first report is filed from the suspect's home
town late in one year, its follow-ups from the court's town early in the next, so every
report would name the case differently.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from casefile.adapters import fact_index, read_model
from casefile.adapters.article_files import read_articles
from casefile.application.ingest import ingest_article
from casefile.application.tracker import CaseTracker
from casefile.domain.case import Case, case_uuid, standing_events
from tests.reliability.conftest import opened

CASES = [
    ("Tobias", "Ellsworth", "Riverton", "Lakewood"),
    ("Priya", "Quintero", "Fairview", "Maplewood"),
]
_REPORTS = [
    (
        "2023-12-30",
        "{town} police arrested {name}, {age}, of {town}, on Friday after a shooting on Elm Street."
        "\n\n{surname} was charged with aggravated assault and reckless endangerment.",
    ),
    (
        "2024-01-03",
        "{upper}, Ohio \u2014 {name}, {age}, of {town}, is being held on a $50,000 bond after his"
        " arrest, police said.\n\n{surname} is charged with aggravated assault.",
    ),
    (
        "2024-01-09",
        "{upper}, Ohio \u2014 {name} appeared in {court} Superior Court on Monday for an"
        " arraignment.\n\n{surname} remains held on a $50,000 bond, police said.",
    ),
]


# A third case whose first and last reports name it alike and its middle one otherwise: in
# reverse order it is renamed away from its first id and back to it.
_BACK = [
    ("2024-01-02", _REPORTS[0][1]),
    _REPORTS[1],
    (
        "2024-01-09",
        "{name}, {age}, of {town}, appeared in court on Monday, {town} police said."
        "\n\n{surname} remains held on a $50,000 bond.",
    ),
]
CASES.append(("Gordon", "Lindqvist", "Springfield", "Riverton"))


def write_folder(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (given_name, surname, town, court) in enumerate(CASES):
        for part, (published, body) in enumerate(_BACK if number == 2 else _REPORTS):
            text = body.format(
                name=f"{given_name} {surname}",
                surname=surname,
                town=town,
                court=court,
                upper=court.upper(),
                age=30,
            )
            path = folder / f"{number}-{part}.md"
            path.write_text(
                f"---\nurl: https://news.example/{surname.lower()}/{part}\noutlet: Example News\n"
                f"published: {published}\n---\n{text}\n",
                encoding="utf-8",
            )
            paths.append(path)
    return paths


def resolved_picture(tracker: CaseTracker) -> dict[str, Any]:
    """The store as its views read it: each case id that names a case of its own, with its
    events (types and fields, without times, versions and the merges that renamed it), the
    articles' events, and every read-model row (the aliases aside: they are checked apart;
    the reports and their search words as each current case holds them, without versions)."""
    with tracker.engine.connect() as connection:
        case_ids = sorted(set(connection.scalars(select(read_model.case_articles.c.case_id))))
        aliases = dict(list(connection.execute(select(read_model.case_aliases))))
        rows: dict[str, list[str]] = {}
        for table in [*read_model.metadata.sorted_tables, fact_index.reports]:
            if table in (read_model.key_check, read_model.case_aliases):
                continue
            found = [list(row) for row in connection.execute(select(table))]
            if table is fact_index.reports:
                found = [
                    [r.case_id, r.event, r.reported_at, r.article_id, _payload(r.payload)]
                    for r in connection.execute(select(table))
                    if r.case_id in case_ids
                ]
            elif table.name == "casefile_search_words":  # as the reports: by current case
                found = [
                    [r.word, r.case_id]
                    for r in connection.execute(select(table))
                    if r.case_id in case_ids
                ]
            rows[table.name] = sorted(json.dumps(row, default=str) for row in found)
    for alias, survivor in aliases.items():
        assert survivor in case_ids, f"{alias} names {survivor}, which is not a case"
    events: dict[str, Counter[str]] = {}
    for case_id in case_ids:  # what counts in each case now (a renamed case's copies)
        standing = standing_events(tracker.case_events(case_id))
        events[case_id] = Counter(_event_text(e) for e in standing if not _regrouping(e))
    cases = {case_uuid(case_id) for case_id in [*case_ids, *aliases]}
    recorder = tracker.recorder
    for notification in recorder.select_notifications(start=1, limit=100_000):
        event = tracker.mapper.to_domain_event(notification)
        if event.originator_id not in cases:  # the articles' own events
            events.setdefault(str(event.originator_id), Counter())[_event_text(event)] += 1
    return {"cases": case_ids, "events": events, "rows": rows}


def _regrouping(event: Any) -> bool:
    return isinstance(event, Case.CasesMerged | Case.MergedInto)


def _event_text(event: Any) -> str:
    skip = {"timestamp", "originator_version", "originator_id"}
    fields = {k: v for k, v in vars(event).items() if k not in skip}
    return f"{type(event).__qualname__} {json.dumps(fields, sort_keys=True, default=str)}"


def _payload(payload: str) -> dict[str, Any]:
    return {
        k: v for k, v in json.loads(payload).items() if k not in {"timestamp", "originator_version"}
    }


@contextmanager
def fresh_store(kind: str, folder: Path, postgres_server: str | None) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / f'{uuid.uuid4().hex[:8]}.db'}"
        return
    import psycopg

    assert postgres_server is not None
    name = f"casefile_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield postgres_server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def ingest_split(url: str, paths: list[Path], writer_of: list[int]) -> None:
    """Ingest `paths` in this order, article i by writer `writer_of[i]` (each its own tracker
    on the store, taking turns as concurrent writers' transactions do)."""
    trackers: dict[int, CaseTracker] = {}
    try:
        for path, writer in zip(paths, writer_of, strict=True):
            if writer not in trackers:
                trackers[writer] = CaseTracker.open(url)
            [article] = read_articles(path)
            ingest_article(trackers[writer], article)
    finally:
        for tracker in trackers.values():
            tracker.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_folder(tmp_path_factory.mktemp("articles"))


@pytest.fixture(scope="module")
def sorted_picture(folder: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    url = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    ingest_split(url, sorted(folder), [0] * len(folder))
    with opened(url) as tracker:
        return resolved_picture(tracker)


def test_a_case_is_named_from_its_earliest_report(sorted_picture):
    assert sorted_picture["cases"] == [
        "fairview-quintero-2023",
        "riverton-ellsworth-2023",
        "springfield-lindqvist-2024",
    ]


def test_an_earlier_report_arriving_last_renames_the_case_and_the_old_id_still_works(
    folder, store_url
):
    ingest_split(store_url, [folder[2], folder[1]], [0, 0])
    with opened(store_url) as tracker:
        [case] = tracker.list_cases()
        assert case.case_id == "lakewood-ellsworth-2024"
    ingest_split(store_url, [folder[0]], [0])
    with opened(store_url) as tracker:
        [case] = tracker.list_cases()
        assert case.case_id == "riverton-ellsworth-2023"
        assert tracker.current_id("lakewood-ellsworth-2024") == "riverton-ellsworth-2023"
        # Nothing stored is lost: the old case's own history stays readable.
        old = tracker.case_events("lakewood-ellsworth-2024")
        assert sum(isinstance(e, Case.ArticleAttached) for e in old) == 2
        assert isinstance(old[-1], Case.MergedInto)


def test_a_case_renamed_back_to_an_id_it_had_takes_that_id_again(folder, store_url):
    ingest_split(store_url, [folder[8], folder[7], folder[6]], [0, 1, 0])
    with opened(store_url) as tracker:
        [case] = tracker.list_cases()
        assert case.case_id == "springfield-lindqvist-2024"
        assert tracker.current_id("riverton-lindqvist-2024") == "springfield-lindqvist-2024"
        assert len(case.articles) == 3


def test_a_report_that_is_not_the_earliest_joins_without_renaming(folder, store_url):
    ingest_split(store_url, [folder[0], folder[2], folder[1]], [0, 0, 0])
    with opened(store_url) as tracker:
        [case] = tracker.list_cases()
        assert case.case_id == "riverton-ellsworth-2023"
        events = tracker.case_events(case.case_id)
        assert not any(isinstance(e, Case.CasesMerged) for e in events)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_any_order_and_any_split_between_writers_gives_the_sorted_single_writer_store(
    kind, folder, sorted_picture, tmp_path_factory, request
):
    server = request.getfixturevalue("postgres_server") if kind == "postgres" else None
    place = tmp_path_factory.mktemp("orders")

    @settings(
        max_examples=6,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        order=st.permutations(folder),
        writers=st.integers(min_value=1, max_value=4).flatmap(
            lambda n: st.lists(
                st.integers(min_value=0, max_value=n - 1),
                min_size=len(folder),
                max_size=len(folder),
            )
        ),
    )
    def check(order: list[Path], writers: list[int]) -> None:
        with fresh_store(kind, place, server) as url:
            ingest_split(url, order, writers)
            with opened(url) as tracker:
                assert resolved_picture(tracker) == sorted_picture

    check()
