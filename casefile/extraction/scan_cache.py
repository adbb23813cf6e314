"""The regex engine's code of each compiled scan, kept on disk between processes.

Loading the extraction modules compiles some 340 large patterns through `compile_scan`; parsing
them is two thirds of the start of every `casefile` command that reads an article (about 2 s
of 3 on a 2-core machine). `compile_scan`'s output is a function of the pattern, its flags,
this Python's regex internals and `scan_compile.py` itself, so the code it hands the engine
is kept in one file per such version, and a later process compiles each pattern straight
from it: the same `re.Pattern`, with no parsing.

Where: `$CASEFILE_CACHE_DIR`, else `$XDG_CACHE_HOME/casefile`, else `~/.cache/casefile`; an
empty `CASEFILE_CACHE_DIR` turns the cache off. A file that cannot be read, or an entry the
engine refuses, is compiled anew; one that cannot be written is left unwritten. New entries
are written once, when the process ends, to a temporary file renamed over the old one, so
two processes never leave a half-written file.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson

# One entry: [source, flags, code, groups, group index, index group], the arguments of
# `_sre.compile`.
Entry = list[Any]


def _cache_dir() -> Path | None:
    chosen = os.environ.get("CASEFILE_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "casefile"


def _cache_file() -> Path | None:
    folder = _cache_dir()
    if folder is None:
        return None
    version = hashlib.sha256(
        sys.version.encode() + Path(__file__).with_name("scan_compile.py").read_bytes()
    ).hexdigest()[:16]
    return folder / f"scans-{version}.json"


class ScanCache:
    """The entries of this version's cache file, and those compiled since it was read."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, Entry] = {}
        self._new: dict[str, Entry] = {}
        if path is not None:
            try:
                entries = orjson.loads(path.read_bytes())
            except (OSError, orjson.JSONDecodeError):
                entries = {}
            self._entries = entries if isinstance(entries, dict) else {}

    def get(self, key: str) -> Entry | None:
        return self._entries.get(key)

    def put(self, key: str, entry: Entry) -> None:
        self._entries[key] = self._new[key] = entry

    def forget(self, key: str) -> None:
        """Drop an entry the engine refused (a damaged file): it is compiled anew."""
        self._entries.pop(key, None)
        self._new.pop(key, None)

    def save(self) -> None:
        if self.path is None or not self._new:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:  # what another process wrote meanwhile is kept
                on_disk = orjson.loads(self.path.read_bytes())
            except (OSError, orjson.JSONDecodeError):
                on_disk = {}
            merged = {**(on_disk if isinstance(on_disk, dict) else {}), **self._new}
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(orjson.dumps(merged))
                os.replace(temporary, self.path)
            except OSError:
                Path(temporary).unlink(missing_ok=True)
                raise
            self._new = {}
        except OSError:
            return  # a read-only or full disk: the next process compiles again


SCANS = ScanCache(_cache_file())
atexit.register(SCANS.save)
