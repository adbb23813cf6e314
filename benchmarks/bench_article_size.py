"""Ingest time of one article against its size: it must grow linearly.

    python benchmarks/bench_article_size.py            # 0.5, 1, 2 and 5 MB
    python benchmarks/bench_article_size.py --sizes 0.5,1 --repeats 3

Each article is synthetic crime news (`synthetic.py`, many cases' reports one after another,
as an archive page or a long digest would hold them), cut to the size asked (decimal MB,
so 5 MB stays under the 5 MiB article limit). Each is read from a Markdown file and ingested
into a fresh SQLite store in this process; the best of the repeats is printed, with seconds
per MB: near-constant seconds per MB is linear growth.
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


def ingest_seconds(folder: Path, size: int) -> float:
    path = folder / f"digest-{size}.md"
    path.write_text(HEADER + article_text(size), encoding="utf-8")
    store = folder / f"store-{size}-{time.monotonic_ns()}.db"
    tracker = CaseTracker.open(f"sqlite:///{store}")
    try:
        started = time.perf_counter()
        [article] = read_articles(path)
        ingest_article(tracker, article)
        return time.perf_counter() - started
    finally:
        tracker.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.5,1,2,5", help="article sizes in MB (decimal)")
    parser.add_argument("--repeats", type=int, default=1)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ingest_seconds(Path(folder), 20_000)  # imports and first-use set-up, not counted
        for mb in (float(s) for s in options.sizes.split(",")):
            size = int(mb * 1_000_000)
            best = min(ingest_seconds(Path(folder), size) for _ in range(options.repeats))
            print(f"{mb:>4g} MB: {best:6.2f} s  ({best / mb:5.2f} s/MB)", flush=True)


if __name__ == "__main__":
    main()
