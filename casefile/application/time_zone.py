"""Which time zone a command reads and shows times in: one rule for every command.

Decides one thing. The zone reads a publication date given alone (from the first moment of
that day there), a time without an offset, and an `--as-of` date (to the end of that day
there); every time printed is shown in it, with its name.

* A store records its zone at its first write (the first ingest), so every machine that
  later reads or adds to it folds and shows the same. A store that held articles before zones
  were recorded read them in UTC: its zone is UTC.
* The zone asked for is `--tz`, else `CASEFILE_TZ`; with neither, the store's zone, else
  the machine's local zone.
* Ingesting into a store asks for no other zone than its own: a different `--tz` or
  `CASEFILE_TZ` is refused with an error naming both (the store's dates would otherwise be
  read two ways). Reading commands may ask for another zone: they then read `--as-of` and
  show times in it; what is stored does not change.
"""

from __future__ import annotations

import os
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casefile.adapters import plain_reads

_UTC_NAMES = {"utc", "etc/utc", "z", "zulu", "etc/zulu", "gmt", "etc/gmt", "universal", "uct"}


class TimeZoneError(ValueError):
    """An unknown zone, or a zone other than the store's asked for when writing to it."""


def canonical(name: str) -> str:
    """The zone's name as recorded: an IANA name; every spelling of UTC is `UTC`."""
    text = name.strip()
    if text.lower() in _UTC_NAMES:
        return "UTC"
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise TimeZoneError(
            f"unknown time zone {text!r} (use an IANA name such as America/New_York or UTC)"
        ) from None
    return text


def zone(name: str) -> tzinfo:
    return ZoneInfo(canonical(name))


def requested(explicit: str | None) -> str | None:
    """The zone asked for: `--tz`, else `CASEFILE_TZ`, else None."""
    raw = explicit or os.environ.get("CASEFILE_TZ") or ""
    return canonical(raw) if raw.strip() else None


def machine_zone() -> str:
    """The machine's local zone (`TZ`, else /etc/timezone, else /etc/localtime), else UTC."""
    raw = os.environ.get("TZ", "").lstrip(":")
    if raw:
        try:
            return canonical(raw)
        except TimeZoneError:
            pass
    try:
        text = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if text:
            return canonical(text)
    except (OSError, TimeZoneError):
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            return canonical(target.split("zoneinfo/", 1)[1])
    except (OSError, TimeZoneError):
        pass
    return "UTC"


def stored_zone(db_url: str | None) -> str | None:
    """The zone the store recorded, or None (no store yet, or nothing written), read
    without creating anything."""
    read, zone_name = plain_reads.stored_zone(db_url)  # a plain SQLite file: no SQLAlchemy
    if read:
        return zone_name
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from casefile.adapters import store_settings
    from casefile.adapters.store import read_engine, store_url

    url = store_url(db_url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").exists():
        return None  # no store yet: connecting would make an empty file
    engine = read_engine(url)
    try:
        with engine.connect() as connection:
            try:
                value = store_settings.setting(connection, store_settings.TIME_ZONE)
            except (OperationalError, ProgrammingError):
                return None
            if value is None and _has_articles(connection):
                return store_settings.LEGACY_ZONE
            return value
    finally:
        engine.dispose()


def _has_articles(connection) -> bool:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from casefile.adapters import store_settings

    try:
        return store_settings.has_articles(connection)
    except (OperationalError, ProgrammingError):
        return False


def for_reading(explicit: str | None, db_url: str | None) -> str:
    """The zone a reading command uses (see the module's rule)."""
    return requested(explicit) or stored_zone(db_url) or machine_zone()


def for_writing(explicit: str | None, db_url: str | None) -> str:
    """The zone an ingest reads its articles in: the store's; refused if another is asked."""
    asked, stored = requested(explicit), stored_zone(db_url)
    if stored is not None and asked is not None and asked != stored:
        raise TimeZoneError(_mismatch(stored, asked))
    return stored or asked or machine_zone()


def record(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    """Record the store's zone at its first write; refused if it recorded another."""
    from casefile.adapters import store_settings

    with engine.begin() as connection:
        check(store_settings.claim_zone(connection, name), name)


def check(stored: str, asked: str) -> None:
    """Refuse writing in a zone other than the store's."""
    if stored != asked:
        raise TimeZoneError(_mismatch(stored, asked))


def _mismatch(stored: str, asked: str) -> str:
    return (
        f"this store reads times in {stored} (recorded at its first write), not {asked}: "
        f"ingest with --tz {stored} (or unset CASEFILE_TZ), or use another store"
    )
