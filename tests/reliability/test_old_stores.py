"""Every older store opens: encrypted stores written by each earlier store layout (see
`tests/fixtures/make_encrypted_stores.py`) open with the key they were written with and list
what their own code listed; a wrong or missing key, or a key for a store written without
one, fails with one line and changes nothing on disk (no table added, no row written).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.cli.main import app

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LAYOUTS = ["cipher", "key_marker", "fact_index", "index_v3"]
OTHER_KEY = "b3RoZXIga2V5LCBub3QgdGhpcyBzdG9yZXMsIDMyIGI="


def fixture_copy(tmp_path: Path, layout: str) -> tuple[Path, dict]:
    """A copy of the layout's store (the committed file is never written to) and its record."""
    copy = tmp_path / f"store_{layout}.db"
    shutil.copy(FIXTURES / f"store_{layout}_encrypted.db", copy)
    record = json.loads((FIXTURES / f"store_{layout}_encrypted.json").read_text())
    return copy, record


def on_disk(store: Path) -> tuple[str, list[str]]:
    """The file's bytes (a digest) and its tables."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as connection:
        tables = sorted(r[0] for r in connection.execute("SELECT name FROM sqlite_master"))
    connection.close()
    return hashlib.sha256(store.read_bytes()).hexdigest(), tables


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_encrypted_store_of_each_layout_opens_with_its_key(layout, tmp_path, monkeypatch):
    store, record = fixture_copy(tmp_path, layout)
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", record["key"])
    db = ["--db", f"sqlite:///{store}"]
    listed = runner.invoke(app, [*db, "cases", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    cases = {
        c["case"]: sorted(a["article"] for a in c["articles"]) for c in json.loads(listed.output)
    }
    assert cases == {c["case"]: c["articles"] for c in record["cases"]}
    for case in record["cases"]:
        history = runner.invoke(app, [*db, "history", case["case"], "--format", "json"])
        assert history.exit_code == 0, history.output
        assert [[e["version"], e["type"]] for e in json.loads(history.output)] == case["events"]
        for as_of in ([], ["--as-of", "2024-03-06"]):
            shown = runner.invoke(app, [*db, "show", case["case"], *as_of])
            assert shown.exit_code == 0, shown.output
    # Opened once, the store records its key: it opens again, and a wrong key still fails.
    assert runner.invoke(app, [*db, "cases"]).exit_code == 0
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", OTHER_KEY)
    assert runner.invoke(app, [*db, "cases"]).exit_code == 1


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("key", [OTHER_KEY, None], ids=["wrong key", "no key"])
def test_a_failed_open_of_an_older_store_changes_nothing_on_disk(
    layout, key, tmp_path, monkeypatch
):
    store, _ = fixture_copy(tmp_path, layout)
    before = on_disk(store)
    if key is None:
        monkeypatch.delenv("CASEFILE_CIPHER_KEY", raising=False)
    else:
        monkeypatch.setenv("CASEFILE_CIPHER_KEY", key)
    for verb in (["cases"], ["show", "riverton-vance-2024"]):
        result = runner.invoke(app, ["--db", f"sqlite:///{store}", *verb])
        assert result.exit_code == 1, result.output
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
        assert len(errors) == 1 and "CASEFILE_CIPHER_KEY" in errors[0], result.stderr
    assert on_disk(store) == before


def test_a_key_for_an_older_store_written_without_one_fails_and_changes_nothing(
    tmp_path, monkeypatch
):
    store = tmp_path / "store_v1.db"
    shutil.copy(FIXTURES / "store_v1.db", store)
    before = on_disk(store)
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", OTHER_KEY)
    result = runner.invoke(app, ["--db", f"sqlite:///{store}", "cases"])
    assert result.exit_code == 1
    assert "written without a key" in result.stderr
    assert on_disk(store) == before
