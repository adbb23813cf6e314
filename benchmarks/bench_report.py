"""The case report of a long case: how big the page is and how long `casefile report` takes.

Run on demand (not part of the test run), from the project root:

    python benchmarks/bench_report.py                 # a 200-article case
    python benchmarks/bench_report.py --articles 400 --runs 3

One case followed by `--articles` generated articles (`synthetic.long_case`: hearings and
bond rulings every few days, now and then another person arrested) is ingested into a
throw-away SQLite file with the installed `casefile`; then `casefile report CASE --html` and
`--format md` are run as a user runs them, each in a process of its own, and timed from
start to exit (best and median of `--runs`), in CPU seconds of the process and on the wall
clock. The goal: under 3 MB and 5 s at 200 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "scripts"))

import synthetic  # noqa: E402  (a sibling module, found through sys.path above)
from installed_casefile import run_casefile  # noqa: E402

MAX_MB, MAX_SECONDS = 3.0, 5.0


def casefile(db: str, *args: str) -> str:
    result = run_casefile(*args, db=db)
    if result.returncode != 0:
        sys.exit(f"casefile {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def timed(db: str, args: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds (user + system, of the `casefile` process) of each run: on a
    shared machine the CPU time says what the command costs, the clock what waiting cost."""
    wall, cpu = [], []
    for _ in range(runs):
        used = _children_cpu()
        start = time.perf_counter()
        casefile(db, *args)
        wall.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - used)
    return wall, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casefile-bench-report-") as folder:
        archive = Path(folder, "case.jsonl")
        with archive.open("w", encoding="utf-8") as out:
            for article in synthetic.long_case(options.articles, options.seed):
                out.write(json.dumps(synthetic.as_record(article)) + "\n")
        db = f"sqlite:///{folder}/casefile.db"
        casefile(db, "ingest", str(archive))
        [case] = json.loads(casefile(db, "cases", "--format", "json"))
        facts = sum(
            len(value)
            for value in json.loads(casefile(db, "show", case["case"], "--format", "json")).values()
            if isinstance(value, list) and value and "sources" in value[0]
        )
        page = Path(folder, "report.html")
        html_wall, html_cpu = timed(db, ["report", case["case"], "--html", str(page)], options.runs)
        html_mb = page.stat().st_size / 1e6
        md_wall, md_cpu = timed(db, ["report", case["case"], "--format", "md"], options.runs)
        md_mb = len(casefile(db, "report", case["case"], "--format", "md").encode()) / 1e6
    print(
        f"report of one case of {len(case['articles'])} articles ({facts} facts), "
        f"{options.runs} runs each:"
    )
    for name, mb, wall, cpu in (
        ("--html", html_mb, html_wall, html_cpu),
        ("--format md", md_mb, md_wall, md_cpu),
    ):
        print(
            f"  {name:<12} {mb:5.2f} MB  CPU best {min(cpu):5.2f} s, median "
            f"{statistics.median(cpu):5.2f} s  wall best {min(wall):5.2f} s, median "
            f"{statistics.median(wall):5.2f} s"
        )
    load = os.getloadavg()[0]
    within = html_mb < MAX_MB and min(html_cpu) < MAX_SECONDS
    print(
        f"  goal (HTML under {MAX_MB:g} MB and {MAX_SECONDS:g} s of CPU): "
        f"{'met' if within else 'MISSED'}  (load average {load:.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
