"""The store at archive scale: ingest, as-of queries, `cases`, memory and start-up, on SQLite
and PostgreSQL, each beside the bound the hardware allows (raw SQLAlchemy insert and read).

Run on demand (not part of the test run), from the project root:

    python benchmarks/bench_store.py                       # the default sizes, both stores
    python benchmarks/bench_store.py --stores sqlite --articles 100000 \
        --case-sizes 10,1000,10000,100000 --cases 10000   # the full issue-7 run

PostgreSQL is the server at CASEFILE_BENCH_POSTGRES (default postgresql://postgres@127.0.0.1/test);
each run makes a fresh database there and drops it afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    func,
    insert,
    select,
    text,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic

from casefile.adapters import fact_index, read_model
from casefile.adapters.article_files import find_article_files, iter_articles
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.ingest import WriteTimes, ingest_articles
from casefile.application.tracker import CaseTracker, changes_between
from casefile.domain.case import AttachedArticle, Case
from casefile.extraction import extract_facts

POSTGRES_ADMIN_URL = os.environ.get(
    "CASEFILE_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)
EVENTS_TABLE = "casetracker_events"


# -- stores -------------------------------------------------------------------------------------


@contextmanager
def fresh_store(kind: str) -> Iterator[str]:
    """The URL of a new, empty store of `kind`, removed afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="casefile-bench-") as folder:
            yield f"sqlite:///{folder}/casefile.db"
        return
    import psycopg

    name = f"casefile_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def event_count(tracker: CaseTracker) -> int:
    with tracker.engine.connect() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {EVENTS_TABLE}")).scalar_one()


def _sqlalchemy_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


# -- the bound: raw SQLAlchemy ------------------------------------------------------------------


def raw_bound(url: str, rows: int, state_bytes: int, batch: int = 1000) -> dict[str, float]:
    """Seconds per row to bulk-insert `rows` rows shaped like stored events (in batches of
    `batch`, one transaction each) and to read them back with one plain SELECT."""
    engine = create_engine(_sqlalchemy_url(url))
    table = Table(
        "bench_raw_events",
        MetaData(),
        Column("originator_id", String(36), primary_key=True),
        Column("originator_version", Integer, primary_key=True),
        Column("topic", String(255), nullable=False),
        Column("state", LargeBinary, nullable=False),
    )
    table.create(engine)
    originator = str(uuid.uuid4())
    payload = os.urandom(state_bytes)
    start = time.perf_counter()
    for first in range(0, rows, batch):
        with engine.begin() as connection:
            connection.execute(
                insert(table),
                [
                    {
                        "originator_id": originator,
                        "originator_version": v,
                        "topic": "casefile.domain.case:Case.ChargeFiled",
                        "state": payload,
                    }
                    for v in range(first, min(rows, first + batch))
                ],
            )
    insert_s = time.perf_counter() - start
    start = time.perf_counter()
    with engine.connect() as connection:
        read = len(connection.execute(select(table)).all())
    read_s = time.perf_counter() - start
    assert read == rows
    table.drop(engine)
    engine.dispose()
    return {"insert_per_row_s": insert_s / rows, "read_per_row_s": read_s / rows}


def best_raw_bound(url: str, rows: int, state_bytes: int, runs: int = 3) -> dict[str, float]:
    """`raw_bound`, the fastest of `runs`: a bound is what the hardware allows, and this
    machine's disk sometimes takes twice as long to sync the same commit."""
    measured = [raw_bound(url, rows, state_bytes) for _ in range(runs)]
    best = min(measured, key=lambda bound: bound["insert_per_row_s"])
    return {**best, "insert_per_row_runs_s": [m["insert_per_row_s"] for m in measured]}


def same_rows_bound(url: str, kind: str, events: int, batch: int = 1000) -> dict[str, float]:
    """Seconds per stored event to bulk-insert every row the ingest wrote (events, fact index,
    read models: the same rows, as stored) into a new store of the same tables and indexes,
    with raw SQLAlchemy: `batch` rows per statement, a transaction each, table by table.
    What the database itself costs for the ingest's rows, without any Python of casefile."""
    source = create_engine(_sqlalchemy_url(url))
    with fresh_store(kind) as copy_url:
        made = CaseTracker.open(copy_url)  # every table and index
        events_table = made.recorder.events_record_cls.__table__  # type: ignore[attr-defined]
        made.close()
        tables = [events_table, *read_model.metadata.sorted_tables]
        target = create_engine(_sqlalchemy_url(copy_url))
        with target.begin() as connection:  # the few rows a new store starts with
            for table in reversed(tables):
                connection.execute(delete(table))
        by_table: dict[str, float] = {}  # seconds per stored event, table by table
        rows_copied = 0
        for table in tables:
            inserting = 0.0
            with source.connect() as reading:
                result = reading.execution_options(yield_per=batch).execute(select(table))
                for chunk in result.mappings().partitions(batch):
                    rows = [dict(row) for row in chunk]
                    started = time.perf_counter()
                    with target.begin() as connection:
                        connection.execute(insert(table), rows)
                    inserting += time.perf_counter() - started
                    rows_copied += len(rows)
            if inserting:
                by_table[table.name] = inserting / events
        target.dispose()
    source.dispose()
    return {
        "same_rows_per_event_s": sum(by_table.values()),
        "same_rows": rows_copied,
        "same_rows_per_event_by_table_s": by_table,
    }


def mean_state_bytes(tracker: CaseTracker) -> int:
    with tracker.engine.connect() as connection:
        value = connection.execute(
            text(f"SELECT avg(length(state)) FROM {EVENTS_TABLE}")
        ).scalar_one()
    return int(value or 300)


# -- extraction and ingest ----------------------------------------------------------------------


def extraction_rate(count: int, seed: int) -> float:
    articles = list(synthetic.articles(count, seed))
    start = time.perf_counter()
    for article in articles:
        assert article.published is not None
        extract_facts(article.text, article.published.local_date)
    return count / (time.perf_counter() - start)


def markdown_reading_rate(count: int, seed: int) -> float:
    """Article files read per second from a folder of Markdown files with YAML front matter
    (how the seeds and most hand-collected archives come), through `find_article_files` and
    `iter_articles` as `casefile ingest FOLDER` reads them."""
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as folder:
        for n, article in enumerate(synthetic.articles(count, seed)):
            front = {k: v for k, v in synthetic.as_record(article).items() if k != "text" and v}
            lines = "".join(f"{key}: {json.dumps(value)}\n" for key, value in front.items())
            Path(folder, f"{n:06d}.md").write_text(f"---\n{lines}---\n{article.text}")
        start = time.perf_counter()
        read = sum(1 for path in find_article_files([folder]) for _ in iter_articles(path))
        seconds = time.perf_counter() - start
    assert read == count
    return count / seconds


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def rss_mb() -> float:
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child started by a big
    # parent would report the parent's peak.
    return _status_mb("VmHWM")


def write_archive(path: Path, count: int, seed: int, wide_names: bool = False) -> None:
    """Generated articles as a JSON Lines file, one per line, as a newsroom would export them
    (`synthetic.py`'s own output format), written a line at a time."""
    with path.open("w") as file:
        for article in synthetic.articles(count, seed, wide_names=wide_names):
            file.write(json.dumps(synthetic.as_record(article)) + "\n")


def ingest_run(url: str, archive: Path) -> dict[str, object]:
    """Ingest the JSON Lines `archive` through the real reader and ingest (`iter_articles`,
    then `ingest_articles`, batched as `casefile ingest` does): rates, memory samples, and the
    time spent in the writes themselves. Meant to run in its own process (`ingest`
    sub-command) so peak memory is its own; the file is read as ingest goes (streamed)."""
    with archive.open("rb") as lines:
        count = sum(1 for _ in lines)
    tracker = CaseTracker.open(url)
    samples: list[tuple[int, float, float]] = [(0, rss_mb(), peak_rss_mb())]
    every = max(1, count // 20)
    times = WriteTimes()
    start = time.perf_counter()
    items = ((None, article) for article in iter_articles(archive))
    for n, (_, outcome) in enumerate(ingest_articles(tracker, items, times=times), start=1):
        assert not isinstance(outcome, Exception), outcome
        if n % every == 0:
            samples.append((n, round(rss_mb(), 1), round(peak_rss_mb(), 1)))
            rate = n / (time.perf_counter() - start)
            stamp = time.strftime("%H:%M:%S")
            print(
                f"{stamp} {n} articles, {rate:.0f}/s, RSS/peak {samples[-1][1:]} MB",
                file=sys.stderr,
                flush=True,
            )
    elapsed = time.perf_counter() - start
    events = event_count(tracker)
    state_bytes = mean_state_bytes(tracker)
    with tracker.engine.connect() as connection:
        cases = connection.execute(
            select(func.count(func.distinct(read_model.case_articles.c.case_id)))
        ).scalar_one()
    return {
        "articles": count,
        "seconds": elapsed,
        "events": events,
        "cases": cases,
        "mean_state_bytes": state_bytes,
        "peak_rss_mb": peak_rss_mb(),
        "rss_samples_mb": samples,
        "write_s": {
            "save": times.save_s,
            "read_model": times.read_model_s,
            "commit": times.commit_s,
        },
    }


def ingest_in_subprocess(
    store: str, count: int, seed: int, wide_names: bool = False
) -> dict[str, object]:
    with fresh_store(store) as url, tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "archive.jsonl"
        write_archive(archive, count, seed, wide_names)
        done = subprocess.run(
            [sys.executable, __file__, "ingest", url, str(archive)],
            check=True,
            stdout=subprocess.PIPE,  # progress lines (stderr) show as the run goes
            text=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["bound"] = best_raw_bound(url, result["events"], result["mean_state_bytes"])
        result["bound"].update(same_rows_bound(url, store, result["events"]))
    return result


# -- queries on long cases ----------------------------------------------------------------------


def fact_pool(seed: int, articles: int = 200) -> list[tuple[AttachedArticle, list]]:
    """Real extracted facts from generated articles, with the article each came from."""
    pool = []
    for n, article in enumerate(synthetic.articles(articles, seed)):
        assert article.published is not None
        facts = extract_facts(article.text, article.published.local_date)
        attached = AttachedArticle(
            article_id=f"{n:032x}",
            revision=f"{n:064x}",
            url=article.url,
            outlet=article.outlet,
            title=article.title,
            path=article.path,
            reported_at=article.published.at,
            reported_raw=article.published.raw,
            reported_estimated=False,
        )
        pool.append((attached, facts))
    return [entry for entry in pool if entry[1]]


def build_case(tracker: CaseTracker, case_id: str, events: int, pool: list) -> list:
    """A case of about `events` events: articles attached one a day with their facts, saved
    an article at a time as ingest does, and a retraction every 50 facts."""
    case = Case.open(case_id)
    written, day, reported = 1, 0, []
    while written < events:
        source, facts = pool[day % len(pool)]
        day += 1
        when = source.reported_at.replace(year=2000) + timedelta(days=day)
        unique = f"{day:032x}"
        source = AttachedArticle(
            **{**source.__dict__, "article_id": unique, "revision": unique, "reported_at": when}
        )
        case.attach(source)
        for fact in facts:
            case.report(fact, source)
            if case.version % 50 == 0:
                case.retract(case.version, by="bench", reason="benchmark correction")
        reported.append(when)
        written = case.version
        if len(case.pending_events) >= 500 or written >= events:
            tracker.save(case)
    with tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
        read_model.record_article(
            session,
            read_model.CaseArticleRow(
                case_id=case_id,
                revision="0" * 64,
                article_id="0" * 32,
                url=None,
                path=None,
                outlet=None,
                title=None,
                published=reported[0].isoformat(),
                reported_at=reported[0].isoformat(),
            ),
        )
    return reported


def timed(call: Callable[[], object], repeats: int) -> dict[str, float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    times.sort()
    return {
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))] * 1000,
        "runs": repeats,
    }


def query_latency(url: str, sizes: list[int], pool: list, repeats: int) -> dict[str, object]:
    tracker = CaseTracker.open(url)
    results: dict[str, object] = {}
    for size in sizes:
        case_id = f"bench-{size}"
        start = time.perf_counter()
        build_case(tracker, case_id, size, pool)
        build_s = time.perf_counter() - start
        # As `ingest` does when it ends: checkpoints along the reported axis.
        start = time.perf_counter()
        made = refresh_checkpoints(tracker, [case_id])
        refresh_s = time.perf_counter() - start
        runs = repeats if size < 100_000 else max(5, repeats // 4)
        results[str(size)] = {
            "events": len(tracker.case_events(case_id)),
            "build_s": build_s,
            "checkpoints": made,
            "checkpoints_s": refresh_s,
            "checkpoint_kb": checkpoint_kb(tracker, case_id),
            **queries_in_subprocess(url, case_id, runs),
        }
        # The bound for any query that replays: the stored records read, nothing decoded.
        originator = tracker.get_case(case_id).id
        start = time.perf_counter()
        tracker.recorder.select_events(originator)
        results[str(size)]["plain_read_ms"] = (time.perf_counter() - start) * 1000
    return results


def queries_in_subprocess(url: str, case_id: str, runs: int) -> dict[str, object]:
    """The query latencies, timed in a process of their own that opened the store as
    `casefile show` does (not in this one, which holds the whole benchmark's objects)."""
    done = subprocess.run(
        [sys.executable, __file__, "queries", url, case_id, str(runs)],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def query_run(url: str, case_id: str, runs: int) -> dict[str, object]:
    tracker = CaseTracker.open(url)
    reported = [a.reported_at for a in tracker.attached_articles(case_id)]
    rng = random.Random(3)

    def show() -> None:
        tracker.state(case_id, rng.choice(reported))

    def show_text() -> None:
        # What `show` prints: each fact with its corroboration.
        state = tracker.state(case_id, rng.choice(reported))
        for fact in state.all_facts():
            fact.corroboration  # noqa: B018

    def show_json() -> None:
        # What `show --format json` prints: every fact with every source.
        state = tracker.state(case_id, rng.choice(reported))
        json.dumps([fact.as_dict() for fact in state.all_facts()], default=str)

    def diff() -> None:
        first, second = sorted(rng.sample(reported, 2)) if len(reported) > 1 else reported * 2
        changes_between(tracker, case_id, first, second)

    return {
        "show_as_of": timed(show, runs),
        "show_text": timed(show_text, runs),
        "show_json": timed(show_json, max(3, runs // 4)),
        "diff": timed(diff, max(3, runs // 4)),
    }


def checkpoint_kb(tracker: CaseTracker, case_id: str) -> float:
    query = select(fact_index.checkpoints.c.reading).where(
        fact_index.checkpoints.c.case_id == case_id
    )
    with tracker.engine.connect() as connection:
        return sum(len(text) for text in connection.scalars(query)) / 1024


def cases_latency(url: str, cases: int, repeats: int) -> dict[str, float]:
    """`cases` reads only the read model: fill it with `cases` cases (2 articles each)."""
    tracker = CaseTracker.open(url)
    with tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
        for n in range(cases):
            for m in range(2):
                read_model.record_article(
                    session,
                    read_model.CaseArticleRow(
                        case_id=f"case-{n:06d}",
                        revision=f"{n:056x}{m:08x}",
                        article_id=f"{n:028x}{m:04x}",
                        url=f"https://example.com/{n}/{m}",
                        path=f"synthetic/{n}-{m}.md",
                        outlet="Metro Gazette",
                        title=f"Story {n} part {m}",
                        published="2021-10-26",
                        reported_at="2021-10-26T00:00:00+00:00",
                    ),
                )
    assert len(tracker.list_cases()) == cases
    return timed(tracker.list_cases, repeats)


# -- start-up -----------------------------------------------------------------------------------


STARTUP_CASE = "startup-case"


def startup(repeats: int, pool: list, events: int = 10_000) -> dict[str, dict[str, float]]:
    """Each read verb as a whole process (what a user waits for), beside `casefile --help`:
    on an empty store, and on a SQLite store holding one case of `events` events."""
    command = str(Path(sys.executable).with_name("casefile"))
    results = {}

    def timed_command(label: str, args: list[str], env: dict[str, str], runs: int) -> None:
        def run() -> object:
            return subprocess.run([command, *args], env=env, check=True, capture_output=True)

        run()  # once untimed: the modules it loads compiled (as an installed package has them)
        # Beside the wall clock, the processor time of each run's process (user and system):
        # what it costs whatever else the machine runs, where the wall clock also counts the
        # time it waited for a core.
        cpu: list[float] = []

        def measured() -> object:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            done = run()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            return done

        results[label] = {**timed(measured, runs), "cpu_median_ms": statistics.median(cpu) * 1000}
        print(f"start-up, casefile {label}: {_startup(results[label])}", flush=True)

    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as folder:
        env = {**os.environ, "CASEFILE_DB": f"sqlite:///{folder}/empty.db", "CASEFILE_TZ": "UTC"}
        # What a user waits for: the modules' bytecode read, not compiled again each run (an
        # environment that forbids writing it would time compiling a checkout's sources).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        CaseTracker.open(env["CASEFILE_DB"]).close()  # a store with its tables, no case yet
        timed_command("--help", ["--help"], env, repeats)
        timed_command("cases (empty store)", ["cases"], env, repeats)
        url = f"sqlite:///{folder}/case.db"
        tracker = CaseTracker.open(url)
        reported = build_case(tracker, STARTUP_CASE, events, pool)
        refresh_checkpoints(tracker, [STARTUP_CASE])
        stored = len(tracker.case_events(STARTUP_CASE))
        tracker.close()
        env["CASEFILE_DB"] = url
        middle, late = reported[len(reported) // 2], reported[len(reported) * 3 // 4]
        name = pool[0][1][0].fields.get("person") or pool[0][1][0].fields.get("name") or "a"
        case = f"({stored} events)"
        verbs = [
            (f"cases {case}", ["cases"]),
            (f"show {case}", ["show", STARTUP_CASE]),
            (f"show --as-of {case}", ["show", STARTUP_CASE, "--as-of", middle.isoformat()]),
            (f"show --format json {case}", ["show", STARTUP_CASE, "--format", "json"]),
            (
                f"diff {case}",
                ["diff", STARTUP_CASE, "--from", middle.isoformat(), "--to", late.isoformat()],
            ),
            (f"followups {case}", ["followups", STARTUP_CASE]),
            (f"search {case}", ["search", str(name).split()[-1]]),
            (f"timeline {case}", ["timeline", STARTUP_CASE]),
        ]
        for label, args in verbs:
            timed_command(label, args, env, repeats)
    return results


# -- report -------------------------------------------------------------------------------------


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def run(options: argparse.Namespace) -> dict[str, object]:
    report: dict[str, object] = {"machine": machine(), "options": vars(options)}
    print(f"machine: {report['machine']}", flush=True)
    if not options.ingest_only:
        report["startup"] = startup(options.repeats, fact_pool(options.seed))
        if options.startup_only:
            return report
    report["extraction_articles_per_s"] = extraction_rate(min(options.articles, 1000), options.seed)
    print(f"extraction: {report['extraction_articles_per_s']:.0f} articles/s", flush=True)
    report["markdown_files_per_s"] = markdown_reading_rate(
        min(options.articles, 1000), options.seed
    )
    print(f"reading Markdown files: {report['markdown_files_per_s']:.0f} files/s", flush=True)
    pool = fact_pool(options.seed)
    for store in options.stores:
        result: dict[str, object] = {}
        report[store] = result
        if not options.queries_only:
            ingest = ingest_in_subprocess(store, options.articles, options.seed, options.wide_names)
            result["ingest"] = ingest
            _print_ingest(store, ingest, report["extraction_articles_per_s"])  # type: ignore[arg-type]
        if options.ingest_only:
            continue
        with fresh_store(store) as url:
            result["queries"] = query_latency(url, options.case_sizes, pool, options.repeats)
            for size, figures in result["queries"].items():  # type: ignore[attr-defined]
                print(f"{store} case of {size} events: {json.dumps(figures)}", flush=True)
        with fresh_store(store) as url:
            result["cases"] = cases_latency(url, options.cases, options.repeats)
            print(f"{store} cases ({options.cases} cases): {json.dumps(result['cases'])}")
    return report


def _write_figures(ingest: dict) -> str:
    """The store writes per event beside each bound: one raw row per event (the issue's), as
    many raw rows as the store wrote, and the same rows in the same tables."""
    events, bound = ingest["events"], ingest["bound"]
    write_us = sum(ingest["write_s"].values()) / events * 1e6
    insert_us = bound["insert_per_row_s"] * 1e6
    same_us = bound["same_rows_per_event_s"] * 1e6
    rows_per_event = bound["same_rows"] / events
    by_table = ", ".join(
        f"{name.removeprefix('casefile_')} {seconds * 1e6:.1f}"
        for name, seconds in sorted(
            bound["same_rows_per_event_by_table_s"].items(), key=lambda item: -item[1]
        )
        if seconds * 1e6 >= 0.05
    )
    return (
        f"store writes {write_us:.1f} us/event = {write_us / insert_us:.1f}x the raw bulk "
        f"insert ({insert_us:.1f} us/row); {rows_per_event:.2f} rows stored per event: "
        f"{write_us / rows_per_event:.1f} us per stored row = "
        f"{write_us / rows_per_event / insert_us:.1f}x the raw row; the same rows by raw bulk "
        f"insert into the same tables {same_us:.1f} us/event = {same_us / insert_us:.1f}x the "
        f"raw row ({by_table}), store writes {write_us / same_us:.1f}x that"
    )


def _print_ingest(store: str, ingest: dict, extraction_rate: float) -> None:
    articles, seconds, events = ingest["articles"], ingest["seconds"], ingest["events"]
    bound_us = ingest["bound"]["insert_per_row_s"] * 1e6
    # Ingest less extraction: everything but `extract_facts` (measured alone), per event.
    less_extraction_us = max(seconds - articles / extraction_rate, 1e-9) / events * 1e6
    # The writes themselves: `tracker.save` (events), the read-model rows, the commits.
    parts = ", ".join(
        f"{name} {value / events * 1e6:.1f}" for name, value in ingest["write_s"].items()
    )
    print(
        f"{store} ingest: {articles} articles, {events} events, {ingest['cases']} cases in "
        f"{seconds:.1f}s = {articles / seconds:.0f} articles/s, {events / seconds:.0f} events/s; "
        f"{_write_figures(ingest)}; store writes by part ({parts} us/event); "
        f"ingest less extraction {less_extraction_us:.0f} us/event = "
        f"{less_extraction_us / bound_us:.1f}x; "
        f"peak RSS {ingest['peak_rss_mb']:.0f} MB; (articles, RSS, peak RSS) {ingest['rss_samples_mb']}",
        flush=True,
    )


def _ms(figure: dict[str, float]) -> str:
    return f"{figure['median_ms']:.1f} / {figure['p95_ms']:.1f}"


def _startup(figure: dict[str, float]) -> str:
    cpu = (
        f", processor time median {figure['cpu_median_ms']:.0f} ms"
        if "cpu_median_ms" in figure
        else ""
    )
    return f"median / p95 {_ms(figure)} ms{cpu}"


def summary(report: dict) -> list[str]:
    """The run's figures in one table, each beside the bound the same machine allows."""
    lines = ["", f"== summary ({report['machine']})"]
    if "extraction_articles_per_s" in report:
        lines.append(f"extraction: {report['extraction_articles_per_s']:.0f} articles/s")
    if "markdown_files_per_s" in report:
        lines.append(f"reading Markdown files: {report['markdown_files_per_s']:.0f} files/s")
    if "startup" in report:
        for label, figure in report["startup"].items():
            lines.append(f"start-up, casefile {label}: {_startup(figure)}")
    for store in report["options"]["stores"]:
        result = report.get(store, {})
        ingest = result.get("ingest")
        if ingest:
            events, seconds = ingest["events"], ingest["seconds"]
            lines.append(
                f"{store} ingest: {ingest['articles'] / seconds:.0f} articles/s, "
                f"{events / seconds:.0f} events/s; {_write_figures(ingest)}; "
                f"peak RSS {ingest['peak_rss_mb']:.0f} MB"
            )
        for size, figures in result.get("queries", {}).items():
            lines.append(
                f"{store} case of {figures['events']} events (target size {size}): "
                f"show --as-of {_ms(figures['show_as_of'])} ms, "
                f"show text {_ms(figures['show_text'])}, "
                f"show json {_ms(figures['show_json'])}, diff {_ms(figures['diff'])} "
                f"(median / p95); plain read of the case's rows {figures['plain_read_ms']:.1f} ms"
            )
        if "cases" in result:
            lines.append(
                f"{store} cases ({report['options']['cases']} cases): {_ms(result['cases'])} ms"
            )
    return lines


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "queries":
        url, case_id, runs = sys.argv[2], sys.argv[3], int(sys.argv[4])
        print(json.dumps(query_run(url, case_id, runs)))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "ingest":
        print(json.dumps(ingest_run(sys.argv[2], Path(sys.argv[3]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "archive":
        count, seed = int(sys.argv[3]), int(sys.argv[4])
        write_archive(Path(sys.argv[2]), count, seed, wide_names=sys.argv[5:] == ["wide"])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=lambda s: s.split(","), default=["sqlite", "postgres"])
    parser.add_argument("--articles", type=int, default=2000, help="articles to ingest")
    parser.add_argument(
        "--case-sizes",
        type=lambda s: [int(n) for n in s.split(",")],
        default=[10, 1000, 10000],
        help="events per case for the show/diff latencies",
    )
    parser.add_argument("--cases", type=int, default=10000, help="cases for the `cases` latency")
    parser.add_argument("--repeats", type=int, default=20, help="runs per latency figure")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--ingest-only", action="store_true", help="extraction and ingest figures only"
    )
    parser.add_argument(
        "--wide-names",
        action="store_true",
        help="ingest articles whose people come from a far larger pool of names",
    )
    parser.add_argument(
        "--queries-only", action="store_true", help="skip the ingest runs (show/diff/cases only)"
    )
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="only the read verbs' start-up as whole processes (on a 10,000-event case)",
    )
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    options = parser.parse_args()
    report = run(options)
    print("\n".join(summary(report)))
    if options.json:
        options.json.write_text(json.dumps(report, indent=2, default=str))


if __name__ == "__main__":
    main()
