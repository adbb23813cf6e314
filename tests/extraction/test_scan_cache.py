"""The compiled scans kept on disk (`scan_cache.py`) give exactly the patterns compiled anew,
and a cache that is damaged, unwritable or turned off costs nothing but the time."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casefile.extraction import scan_cache, scan_compile
from casefile.extraction.scan_cache import ScanCache

PATTERNS = [
    (r"\b(?:arrested|captured|took (?P<who>\w+) into custody)\b", re.I),
    (r"\A\W*(?:If|Unless)\b", 0),
    (r"\$(?P<amount>[\d,]+)(?: million)? (?:bond|bail)", re.I),
]
TEXTS = [
    "Police arrested Dana Pruitt; deputies took Hale into custody.",
    "If he posts the $250,000 bond, he goes home.",
    "Unless bail of $1 million is paid, CAPTURED men stay in jail.",
]


@pytest.fixture
def cache_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def use(path: Path | None) -> ScanCache:
        cache = ScanCache(path)
        monkeypatch.setattr(scan_compile, "SCANS", cache)
        return cache

    return use


def _matches(pattern: re.Pattern[str]) -> list:
    return [(m.span(), m.groupdict()) for text in TEXTS for m in pattern.finditer(text)]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_scan_read_back_from_disk_is_the_scan_compiled_anew(
    tmp_path: Path, cache_at, source: str, flags: int
) -> None:
    path = tmp_path / "scans.json"
    first = cache_at(path)
    fresh = scan_compile.compile_scan(source, flags)
    first.save()
    assert path.exists()

    cache_at(path)
    kept = scan_compile.compile_scan(source, flags)
    assert (kept.pattern, kept.flags, kept.groupindex) == (
        fresh.pattern,
        fresh.flags,
        fresh.groupindex,
    )
    assert _matches(kept) == _matches(fresh) == _matches(re.compile(source, flags))


def test_a_damaged_cache_file_is_compiled_anew_and_rewritten(tmp_path: Path, cache_at) -> None:
    path = tmp_path / "scans.json"
    path.write_bytes(b"{not json")
    cache = cache_at(path)
    source, flags = PATTERNS[0]
    assert _matches(scan_compile.compile_scan(source, flags)) == _matches(re.compile(source, flags))
    cache.save()
    assert ScanCache(path).get(f"{int(flags)}:{source}") is not None


def test_an_entry_the_engine_refuses_is_dropped_and_compiled_anew(tmp_path: Path, cache_at) -> None:
    source, flags = PATTERNS[2]
    path = tmp_path / "scans.json"
    path.write_text(json.dumps({f"{int(flags)}:{source}": ["x", 0, [999999], 0, {}, []]}))
    cache = cache_at(path)
    assert _matches(scan_compile.compile_scan(source, flags)) == _matches(re.compile(source, flags))
    assert cache.get(f"{int(flags)}:{source}")[0] != "x"  # replaced by the scan compiled anew


def test_an_unwritable_cache_folder_leaves_nothing_behind(tmp_path: Path, cache_at) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    cache = cache_at(blocked / "scans.json")
    scan_compile.compile_scan(*PATTERNS[0])
    cache.save()  # no error: the next process compiles again
    assert blocked.read_text() == "not a folder"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"CASEFILE_CACHE_DIR": ""}, None),
        ({"CASEFILE_CACHE_DIR": "/srv/cache"}, Path("/srv/cache")),
        ({"XDG_CACHE_HOME": "/home/ann/.xdg"}, Path("/home/ann/.xdg/casefile")),
    ],
)
def test_where_the_cache_is_kept(
    monkeypatch: pytest.MonkeyPatch, environment: dict, expected: Path | None
) -> None:
    monkeypatch.delenv("CASEFILE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert scan_cache._cache_dir() == expected
