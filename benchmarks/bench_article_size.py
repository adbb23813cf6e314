"""Ingest time of one article against its size: it must grow linearly.

    python benchmarks/bench_article_size.py            # 0.5, 1, 2 and 5 MB
    python benchmarks/bench_article_size.py --sizes 0.5,1 --repeats 3

Each article is synthetic crime news (`synthetic.py`, many cases' reports one after another,
as an archive page or a long digest would hold them), cut to the size asked (decimal MB,
so 5 MB stays under the 5 MiB article limit). Each is read from a Markdown file and ingested
into a fresh SQLite store in this process; the best of the repeats is printed, with seconds
per MB (wall clock and this process's CPU time), each against the 1 MB article's (or the
smallest's at or above 1 MB), and a verdict by CPU time: linear when no larger article costs
more than `LINEAR_WITHIN` times as much per MB. Below 1 MB, the fixed costs of an ingest
weigh on each MB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import articles  # a sibling module

from casefile.adapters.article_files import read_articles
from casefile.application.ingest import ingest_article
from casefile.application.tracker import CaseTracker

HEADER = "---\nurl: https://example.org/digest\noutlet: Example\npublished: 2024-03-01T09:00-05:00\n---\n"


def article_text(size: int, seed: int = 3) -> str:
    parts: list[str] = []
    total = 0
    for article in articles(100_000, seed=seed):
        parts.append(article.text)
        total += len(article.text.encode("utf-8")) + 2
        if total >= size:
            break
    text = "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
    return text[: text.rfind("\n\n")] if "\n\n" in text[-2000:] else text


# Linear: no article costs more than this many times the reference article's cost per MB.
LINEAR_WITHIN = 1.10


def ingest_seconds(folder: Path, size: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds to read and ingest one article of `size` bytes."""
    path = folder / f"digest-{size}.md"
    path.write_text(HEADER + article_text(size), encoding="utf-8")
    store = folder / f"store-{size}-{time.monotonic_ns()}.db"
    tracker = CaseTracker.open(f"sqlite:///{store}")
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        [article] = read_articles(path)
        ingest_article(tracker, article)
        return time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        tracker.close()


def verdict(per_mb: dict[float, float], reference: float) -> tuple[str, float]:
    """Linear or not, by the largest cost per MB of an article above the reference size,
    relative to the reference's (returned with it)."""
    larger = [per_mb[mb] / per_mb[reference] for mb in per_mb if mb > reference]
    worst = max(larger, default=1.0)
    if worst <= LINEAR_WITHIN:
        return f"linear (within {LINEAR_WITHIN - 1:.0%} per MB)", worst
    return f"NOT linear: up to {worst:.2f}x the cost per MB of the {reference:g} MB article", worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.5,1,2,5", help="article sizes in MB (decimal)")
    parser.add_argument("--repeats", type=int, default=1)
    options = parser.parse_args()
    sizes = [float(s) for s in options.sizes.split(",")]
    reference = min((mb for mb in sizes if mb >= 1), default=min(sizes))
    wall: dict[float, float] = {}
    cpu: dict[float, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        ingest_seconds(Path(folder), 20_000)  # imports and first-use set-up, not counted
        for mb in sizes:
            size = int(mb * 1_000_000)
            runs = [ingest_seconds(Path(folder), size) for _ in range(options.repeats)]
            best, best_cpu = min(w for w, _ in runs), min(c for _, c in runs)
            wall[mb], cpu[mb] = best / mb, best_cpu / mb
            print(
                f"{mb:>4g} MB: {best:6.2f} s  ({wall[mb]:5.2f} s/MB; CPU {cpu[mb]:5.2f} s/MB)",
                flush=True,
            )
    for name, per_mb in (("wall clock", wall), ("CPU time", cpu)):
        relative = ", ".join(f"{mb:g} MB {per_mb[mb] / per_mb[reference]:.2f}x" for mb in sizes)
        print(f"{name}, per MB against the {reference:g} MB article: {relative}")
    if any(mb > reference for mb in sizes):
        # By CPU time: on a machine shared with other work, the wall clock mostly measures
        # the waiting for a core.
        print(f"verdict (CPU time): {verdict(cpu, reference)[0]}")


if __name__ == "__main__":
    main()
