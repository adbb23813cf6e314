"""A beat reporter's folder (tests/fixtures/beat_folder, invented stories): thirteen unrelated
crimes from one city over three weeks, all quoting the same police spokeswoman and district
attorney, most naming nobody, three incidents each told by three outlets, the first without a
name, and a school threat whose follow-up names only the parent and recalls "last week". Ingested with the real command on a real SQLite file, in several orders,
it must give exactly the right cases every time."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.cli.main import app

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "beat_folder"
FILES = sorted(p.name for p in FOLDER.glob("*.md"))
# The incidents (a shooting, a stabbing, a fatal hit-and-run): a first report naming nobody,
# the arrest, a court report; and a school threat by an unnamed teenager, then the charge of
# his parent, told a week on as "last week". Every other story (a bomb threat too) is a case
# of its own.
INCIDENTS = [
    {"a1-ledger-shooting.md", "a2-channel7-arrest.md", "a3-courier-plea.md"},
    {"b1-ledger-stabbing.md", "b2-channel7-charged.md", "b3-courier-arraigned.md"},
    {"c1-ledger-hit-and-run.md", "c2-channel7-driver.md", "c3-courier-plea.md"},
    {"d1-ledger-school-threat.md", "d2-channel7-parent-charged.md"},
]
EXPECTED = {frozenset(group) for group in INCIDENTS} | {
    frozenset({name}) for name in FILES if not any(name in group for group in INCIDENTS)
}


def _orders() -> dict[str, list[str]]:
    unnamed_last = sorted(FILES, key=lambda n: n.startswith(("a1", "b1", "c1", "d1")))
    orders = {"sorted": FILES, "reversed": FILES[::-1], "first reports last": unnamed_last}
    for seed in (1, 2):
        shuffled = list(FILES)
        random.Random(seed).shuffle(shuffled)
        orders[f"shuffle {seed}"] = shuffled
    return orders


def test_the_folder_is_what_the_test_says() -> None:
    assert len(FILES) == 24 and len(EXPECTED) == 17
    texts = [(FOLDER / name).read_text(encoding="utf-8") for name in FILES]
    assert all("Renata Bloom" in t and "Carl Ivers" in t for t in texts)


@pytest.mark.parametrize("order", list(_orders()), ids=str)
def test_a_beat_folder_groups_into_exactly_its_cases_in_any_order(
    order: str, tmp_path: Path
) -> None:
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'beat.db'}"
    # One file per ingest run, in the order given, as articles arrive one by one.
    for index, name in enumerate(_orders()[order]):
        copy = tmp_path / "in" / f"{index:02d}" / name
        copy.parent.mkdir(parents=True)
        shutil.copy(FOLDER / name, copy)
        result = runner.invoke(app, ["--db", db, "ingest", str(copy)])
        assert result.exit_code == 0, result.output
    listed = json.loads(runner.invoke(app, ["--db", db, "cases", "--format", "json"]).output)
    groups = {frozenset(Path(a["path"]).name for a in case["articles"]) for case in listed}
    assert groups == EXPECTED
