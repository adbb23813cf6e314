"""Does case grouping depend on the order articles arrive in? Ingest an annotated corpus in
several orders and compare the groupings (and score each against the corpus's cases).

    python scripts/grouping_order_eval.py [--corpus ../shared/corpus/dev] [--shuffles 2]

Each order gets a fresh SQLite store and one `casefile ingest` run with the files in that
order (sorted, reversed, then seeded shuffles). Prints B-cubed F1 per order, whether every
order gave the same partition and the same case ids, and how many merges (bridged cases)
and renames (an earlier report arriving later) each order needed. Exits non-zero if the
partitions or the ids differ.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def write_articles(corpus: Path, folder: Path) -> dict[str, str]:
    """Each annotated article as a Markdown file with front matter; file name -> gold case."""
    gold: dict[str, str] = {}
    for path in sorted(corpus.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or "text" not in doc:
            continue
        front = {k: doc[k] for k in ("url", "outlet", "published", "title") if doc.get(k)}
        front["published"] = str(front["published"])
        name = f"{doc['id']}.md"
        (folder / name).write_text(
            "---\n"
            + yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
            + "---\n"
            + doc["text"],
            encoding="utf-8",
        )
        gold[name] = doc["case"]
    return gold


def ingest_in_order(files: list[Path], store: Path) -> tuple[dict[str, str], int, int]:
    """(file name -> case id, merges, renames) after ingesting `files` in this order."""
    env = dict(os.environ, CASEFILE_DB=f"sqlite:///{store}")
    run = subprocess.run(
        ["casefile", "ingest", "-v", *map(str, files)], env=env, capture_output=True, text=True
    )
    if run.returncode != 0:
        sys.exit(f"ingest failed: {run.stderr.strip()[-2000:]}")
    merges = run.stdout.count("merged into")
    renames = run.stdout.count(" renamed to ")
    listed = subprocess.run(
        ["casefile", "cases", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    cases = {
        Path(article["path"]).name: case["case"]
        for case in json.loads(listed.stdout)
        for article in case["articles"]
    }
    return cases, merges, renames


def partition(assigned: dict[str, str]) -> frozenset[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for name, case in assigned.items():
        groups.setdefault(case, set()).add(name)
    return frozenset(frozenset(g) for g in groups.values())


def bcubed_f1(assigned: dict[str, str], gold: dict[str, str]) -> float:
    precision = recall = 0.0
    for a in gold:
        same_pred = {b for b in gold if assigned.get(b, b) == assigned.get(a, a)}
        same_gold = {b for b in gold if gold[b] == gold[a]}
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision, recall = precision / len(gold), recall / len(gold)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--shuffles", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gold = write_articles(args.corpus, folder)
        files = sorted(folder / name for name in gold)
        orders = {"sorted": files, "reversed": files[::-1]}
        for seed in range(args.shuffles):
            shuffled = list(files)
            random.Random(seed).shuffle(shuffled)
            orders[f"shuffle {seed}"] = shuffled
        partitions, namings = set(), set()
        for label, order in orders.items():
            store = folder / f"{label.replace(' ', '-')}.db"
            assigned, merges, renames = ingest_in_order(order, store)
            partitions.add(partition(assigned))
            namings.add(frozenset(assigned.items()))
            missing = len(set(gold) - set(assigned))
            print(
                f"{label:<10} B-cubed F1 {bcubed_f1(assigned, gold):.3f}  cases {len(set(assigned.values()))}"
                f"  merges {merges}  renames {renames}  unassigned {missing}"
            )
    same = len(partitions) == 1
    print("same grouping in every order" if same else f"{len(partitions)} different groupings")
    named = len(namings) == 1
    print("same case ids in every order" if named else f"{len(namings)} different namings")
    sys.exit(0 if same and named else 1)


if __name__ == "__main__":
    main()
