"""Does extraction depend on what the people are called? Swap the surnames of every person an
annotated article's gold names for names of other shapes, extract both texts, and list the
facts that change once the names are mapped back.

    python scripts/name_swap_eval.py [--corpus ../shared/corpus/dev] [--seeds 4] [--given-names]

A robust extractor finds the same facts whatever its people are called: a surname that is also
an English word ("Park", "Church", "Little"), a place ("Washington"), an outlet's name
("Fox"), one with a particle, an apostrophe, a hyphen or an accent ("de la Cruz",
"O'Brien-Walsh", "Van der Berg", "Åkesson"), or two letters ("Ng"). Each seed draws other
names. With `--given-names` given names are swapped too; a given name of the other sex makes
the article's pronouns disagree with it, so read those differences with care.

Prints, per seed, each article whose facts changed (what was lost, what appeared) and how
many changed. The corpus stays where it is; the swapped texts live in a temporary folder.
Never run it on blind.pack: its texts are not for reading.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
SURNAMES = [
    "O'Brien-Walsh", "de la Cruz", "Adeyemi", "Van der Berg", "McAllister", "Al-Sayed", "Dubois",
    "Asante", "Åkesson", "Ní Bhriain", "Nguyen", "St. John", "Washington", "Rivers", "Church",
    "Love", "Strong", "Little", "King", "Black", "Wolf", "Park", "Hall", "Banks", "Price", "Fox",
    "Bishop", "Mathis", "Goodman", "Castillo", "Lee", "Ng",
]  # fmt: skip
GIVEN_NAMES = [
    "Oluwaseun", "Thanh", "Siobhan", "José", "Mary-Kate", "D'Andre", "Xiaoming", "Ahmad",
    "Jean-Luc", "Kwame", "Björn", "Zoë", "Dashawn", "Aaliyah", "Rajesh", "Tevita", "Mohammed",
    "Guadalupe", "Ryan", "Christian", "Jordan", "Keisha", "Tyrone", "Ximena", "Giovanni",
]  # fmt: skip
SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# What a fact is compared on: its values, not its quote or the words that describe a person.
IGNORED_FIELDS = {"evidence", "quote", "sentence", "provenance", "details", "description"}


def gold_names(gold: dict) -> set[str]:
    """Every person's name the gold gives, as suspect, victim or party to a fact."""
    names = {x["name"] for k in ("suspects", "victims") for x in gold.get(k) or [] if x.get("name")}
    for key in ("arrests", "charges", "bonds", "court", "sentences", "homicide_links"):
        names |= {x["person"] for x in gold.get(key) or [] if x.get("person")}
    return names


def swaps_for(names: set[str], rng: random.Random, given_too: bool) -> dict[str, str]:
    """One new word for each surname (and given name) of `names`, no two alike."""
    swaps: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):  # one order, whatever the hash seed
        parts = [w for w in name.replace(".", "").split() if w[:1].isupper() and w not in SUFFIXES]
        if len(parts) < 2:
            continue
        pools = [(parts[-1], SURNAMES)] + ([(parts[0], GIVEN_NAMES)] if given_too else [])
        for word, pool in pools:
            if word not in swaps and len(word) > 1:
                swaps[word] = rng.choice([w for w in pool if w not in swaps.values()])
    return swaps


def extract(files: list[Path]) -> dict[str, list[str]]:
    """File name -> the facts `casefile extract` finds in it, each as comparable JSON."""
    run = subprocess.run(
        ["casefile", "extract", "--format", "jsonl", *map(str, files)],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        sys.exit(f"extract failed: {run.stderr.strip()[-2000:]}")
    found = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        found[Path(record["path"]).name] = [
            json.dumps(
                {k: v for k, v in event.items() if k not in IGNORED_FIELDS},
                sort_keys=True,
                ensure_ascii=False,
            )
            for event in record["events"]
        ]
    return found


def replace_words(text: str, mapping: dict[str, str]) -> str:
    """`text` with each whole word of `mapping` replaced by its value."""
    words = sorted(mapping, key=len, reverse=True)
    pattern = r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)"
    return re.sub(pattern, lambda m: mapping[m.group(1)], text)


def one_seed(docs: list[dict], seed: int, given_too: bool, folder: Path) -> int:
    rng = random.Random(seed)
    swaps_of: dict[str, dict[str, str]] = {}
    originals, swapped = folder / f"{seed}-original", folder / f"{seed}-swapped"
    originals.mkdir()
    swapped.mkdir()
    for doc in docs:
        swaps = swaps_for(gold_names(doc["gold"]), rng, given_too)
        if not swaps:
            continue
        front = f"---\npublished: '{doc['published']}'\n---\n"
        name = f"{doc['id']}.md"
        (originals / name).write_text(front + doc["text"], encoding="utf-8")
        (swapped / name).write_text(front + replace_words(doc["text"], swaps), encoding="utf-8")
        swaps_of[name] = swaps
    before = extract(sorted(originals.iterdir()))
    after = extract(sorted(swapped.iterdir()))
    changed = 0
    for name in sorted(before):
        was = sorted(before[name])
        back = {new: old for old, new in swaps_of[name].items()}
        now = sorted(replace_words(f, back) for f in after[name])
        if was == now:
            continue
        changed += 1
        print(f"== {name} {swaps_of[name]}")
        print("".join(f"  - {f}\n" for f in was if f not in now), end="")
        print("".join(f"  + {f}\n" for f in now if f not in was), end="")
    print(f"## seed {seed}: {changed} of {len(before)} articles changed")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--given-names", action="store_true")
    args = parser.parse_args()
    if args.corpus.suffix == ".pack":
        sys.exit("a .pack corpus is for figures only: its texts are not swapped or printed")
    docs = [
        yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(args.corpus.glob("*.yaml"))
    ]
    docs = [d for d in docs if isinstance(d, dict) and "text" in d and "gold" in d]
    if not docs:
        sys.exit(f"no annotated articles (*.yaml with text and gold) in {args.corpus}")
    with tempfile.TemporaryDirectory() as folder:
        total = sum(
            one_seed(docs, seed, args.given_names, Path(folder))
            for seed in range(1, args.seeds + 1)
        )
    print(f"## {total} changed articles over {args.seeds} seeds")


if __name__ == "__main__":
    main()
