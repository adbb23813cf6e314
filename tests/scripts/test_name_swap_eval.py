"""scripts/name_swap_eval.py, run as a maintainer runs it: on a small annotated corpus written
here, it swaps the people's surnames, extracts both texts with the installed `casefile` and
reports the facts that changed; it refuses a figures-only `.pack` corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "name_swap_eval.py"
ARTICLE = {
    "id": "elmwood-quill-2024--01-ledger",
    "case": "elmwood-quill-2024",
    "published": "2024-03-14",
    "text": "Police arrested Dara Quill, 30, on Tuesday. Quill is charged with burglary.\n",
    "gold": {"suspects": [{"name": "Dara Quill", "age": 30, "residence": None}]},
}


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    bin_dir = str(Path(sys.executable).parent)
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""))
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env
    )


def test_a_name_swap_that_keeps_the_facts_reports_no_change(tmp_path: Path) -> None:
    (tmp_path / f"{ARTICLE['id']}.yaml").write_text(yaml.safe_dump(ARTICLE), encoding="utf-8")
    run = run_script("--corpus", str(tmp_path), "--seeds", "2")
    assert run.returncode == 0, run.stderr
    assert "## seed 1: 0 of 1 articles changed" in run.stdout
    assert "## 0 changed articles over 2 seeds" in run.stdout


def test_a_figures_only_pack_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "blind.pack"
    pack.write_bytes(b"not for reading")
    run = run_script("--corpus", str(pack))
    assert run.returncode != 0
    assert "figures only" in run.stderr
