"""`casefile search` on a store of 10,000 cases: the whole process, median of several runs.

The store is filled straight through the read models `search` reads (the fact index's report
rows and the people rows, as ingest writes them: one suspect per case, an arrest, charges, a
residence, a victim and an incident place, each told by several articles), which takes seconds
where ingesting 40,000 articles would take many minutes; the search itself reads exactly what
it would read after a real ingest.

    python benchmarks/bench_search.py                 # 10,000 cases, SQLite
    python benchmarks/bench_search.py --cases 1000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic

from casefile.adapters import fact_index, fact_search, read_model
from casefile.application.tracker import CaseTracker

CHARGES = ["murder", "robbery", "aggravated assault", "burglary", "carjacking", "arson"]
OUTLETS = ["Metro Gazette", "Evening Post", "Daily Ledger", "Channel 7"]


def _payload(kind: str, version: int, article: str, when: datetime, quote: str, **fields) -> str:
    attrs = {
        "originator_version": version,
        "timestamp": when.isoformat(),
        "article_id": article,
        "revision": article * 2,
        "outlet": OUTLETS[version % len(OUTLETS)],
        "url": f"https://news.example/{article}",
        "reported_at": when.isoformat(),
        "evidence": {"quote": quote, "start": 0, "end": len(quote)},
        **fields,
    }
    return orjson.dumps(attrs).decode()


def fill(url: str, cases: int, seed: int) -> str:
    """`cases` cases in the read models; returns a surname that names one of them."""
    rng = random.Random(seed)
    tracker = CaseTracker.open(url)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    wanted = ""
    with tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
        rows, people, words = [], [], []
        for n in range(cases):
            case_id = f"case-{n:06d}"
            name = f"{synthetic._given(rng)} {synthetic._surname(rng)}"
            victim = f"{synthetic._given(rng)} {synthetic._surname(rng)}"
            town = rng.choice(synthetic.TOWNS)
            charge = rng.choice(CHARGES)
            wanted = wanted or name.split()[-1]
            version = 1
            for m in range(4):  # four articles, each telling the same facts again
                article = f"{n:08x}{m:04x}"
                when = start + timedelta(days=n % 1000 + 3 * m, hours=m)
                quote = (
                    f"{name}, 30, of {town}, was charged with {charge} in the death of {victim}."
                )
                facts = [
                    ("SuspectIdentified", {"name": name, "age": 30, "residence": town}),
                    ("ArrestMade", {"person": name, "date": None, "prior": False}),
                    ("ChargeFiled", {"person": name, "charge": charge, "status": "filed"}),
                    ("VictimReported", {"name": victim, "description": None, "age": None}),
                    ("IncidentReported", {"description": None, "date": None, "location": town}),
                    ("BondSet", {"person": name, "amount": 100000, "status": "set"}),
                ]
                for kind, fields in facts:
                    version += 1
                    searched = fact_search.SEARCHED[kind]
                    found = {w for f in searched for w in fact_search.words_of(fields.get(f))}
                    words += [{"word": w, "case_id": case_id, "version": version} for w in found]
                    rows.append(
                        {
                            "case_id": case_id,
                            "version": version,
                            "event": kind,
                            "position": f"{fact_index.time_key(when)}|{article}|{version:010d}",
                            "reported_at": fact_index.time_key(when),
                            "article_id": article,
                            "payload": _payload(kind, version, article, when, quote, **fields),
                        }
                    )
            people += [
                {"case_id": case_id, "name": who, "surname": who.split()[-1].lower()}
                for who in (name, victim)
            ]
            if len(rows) > 20_000:
                session.execute(insert(fact_index.reports), rows)
                session.execute(insert(fact_search.search_words), words)
                rows.clear()
                words.clear()
        session.execute(insert(fact_index.reports), rows)
        session.execute(insert(fact_search.search_words), words)
        session.execute(insert(read_model.case_people), people)
    tracker.close()
    return wanted


def timed_process(args: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    command = str(Path(sys.executable).with_name("casefile"))
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([command, *args], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return {"median_ms": round(statistics.median(times) * 1000), "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as folder:
        url = f"sqlite:///{folder}/search.db"
        began = time.perf_counter()
        surname = fill(url, options.cases, options.seed)
        print(f"filled {options.cases} cases in {time.perf_counter() - began:.1f} s", flush=True)
        env = {**os.environ, "CASEFILE_DB": url}
        for label, args in (
            ("--help", ["--help"]),
            (f"search {surname} (one person)", ["search", surname, "--format", "json"]),
            (
                "search 'aggravated assault' (a sixth of the cases)",
                ["search", "aggravated assault"],
            ),
            ("search 'zzyzx' (nothing)", ["search", "zzyzx"]),
        ):
            print(
                f"sqlite {options.cases} cases, {label}: {timed_process(args, env, options.runs)}"
            )


if __name__ == "__main__":
    main()
