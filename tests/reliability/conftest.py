"""Fixtures for the reliability tests: the installed command and a way to look at a store."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from casefile.application.tracker import CaseTracker


@contextmanager
def opened(url: str) -> Iterator[CaseTracker]:
    tracker = CaseTracker.open(url)
    try:
        yield tracker
    finally:
        tracker.close()


@pytest.fixture
def run_casefile(casefile_command: list[str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed `casefile` with `CASEFILE_DB=url` and wait for it."""

    def run(url: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*casefile_command, *args],
            env={**os.environ, "CASEFILE_DB": url, **env},
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(url.split("///")[-1]).parent if url.startswith("sqlite") else None,
        )

    return run
