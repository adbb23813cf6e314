"""The installed `casefile` command, as the scripts and the browser tests run it.

The command beside the running Python is preferred, so a virtual environment's own
`casefile` is used even when the environment is not activated (as `make test` runs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def casefile_executable() -> str:
    beside = Path(sys.executable).with_name("casefile")
    found = str(beside) if beside.exists() else shutil.which("casefile")
    if not found:
        raise FileNotFoundError("the casefile command is not installed (pip install -e .)")
    return found


def run_casefile(*args: str, db: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `casefile ARGS` on the store `db` ("" means ./casefile.db in `cwd`), at 100 columns."""
    return subprocess.run(
        [casefile_executable(), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "CASEFILE_DB": db, "COLUMNS": "100"},
        timeout=600,
        check=False,
    )
