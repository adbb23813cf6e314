"""What a saved HTML page says about itself: its address, when it was published, and when
it was last updated.

The address is the page's `<link rel="canonical">`, else its `og:url`, else the address the
browser saved it from (its `<!-- saved from url=(N)ADDRESS -->` line): the site's own name
for the story wins over the address it happened to be read at.

Dates: which times a page states about itself. Only the page's own dating
counts: its metadata (`article:published_time` and the usual meta names, JSON-LD
`datePublished`, a `<time datetime>` element, a date in its canonical URL) and a dated
byline, as htmldate reads them without its "extensive" search. A copyright year, or a year
or date in the story's text, is never taken for a publication date: a page that states none
has none, and the caller refuses it.

The time of day and the offset are kept where the page gives them; a page that gives a date
only gives a date only (`2025-03-14`), read later by the store's time-zone rule.

The last update is read from the explicit update fields only (`article:modified_time`,
`og:updated_time`, JSON-LD `dateModified`, `<time itemprop="dateModified">`, the
`last-modified` meta names): related-story lists and comments carry later dates that are no
update of this page.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

# htmldate's full date-time output: a page's offset is kept (`%z`), a naive time stays naive.
_FULL = "%Y-%m-%dT%H:%M:%S%z"
_MIDNIGHT_NAIVE = "T00:00:00"
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "modified",
    "date.modified",
)
_JSON_LD_TYPES = re.compile(r"application/(ld\+)?json", re.IGNORECASE)


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


def page_url(html: str) -> str | None:
    """The page's own address (see the module's rule), or None."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        tree = None
    if tree is not None:
        for link in tree.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split() and _web(link.get("href")):
                return (link.get("href") or "").strip()
        for meta in tree.iter("meta"):
            name = (meta.get("property") or meta.get("name") or "").lower()
            if name == "og:url" and _web(meta.get("content")):
                return (meta.get("content") or "").strip()
    saved = _SAVED_FROM.search(html[:4096])
    return saved.group(1) if saved and _web(saved.group(1)) else None


def _web(address: str | None) -> bool:
    return bool(address) and address.strip().lower().startswith(("http://", "https://"))


def published_of(html: str) -> str | None:
    """The publication time the page states (ISO 8601: a date, or a date-time with the
    page's offset when it gives one), or None."""
    from htmldate import find_date  # slow to import; only HTML pages need it

    found = find_date(html, extensive_search=False, original_date=True, outputformat=_FULL)
    return _iso(found) if found else None


def updated_of(html: str) -> str | None:
    """The last update the page states in its update fields (ISO 8601), or None."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return None
    found: list[str] = []
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _MODIFIED_META or name == "datemodified":
            found.append(meta.get("content") or "")
    for element in tree.xpath('//*[@itemprop="dateModified"]'):
        found.append(element.get("datetime") or element.get("content") or "")
    for script in tree.iter("script"):
        if _JSON_LD_TYPES.search(script.get("type") or "") and script.text:
            found.extend(_json_ld_modified(script.text))
    times = [parsed for raw in found if (parsed := _readable(raw.strip()))]
    return max(times, key=lambda pair: pair[0])[1] if times else None


def _json_ld_modified(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            modified = value.get("dateModified")
            if isinstance(modified, str):
                found.append(modified)
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(data)
    return found


def _readable(raw: str) -> tuple[datetime, str] | None:
    """A stated time as (instant for comparing, ISO text), or None if it is no time."""
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    text = _iso(value.isoformat())
    # Compared as given: naive times and dates are compared among themselves by their
    # face value (an update stamp is checked against the publication later, in one zone).
    return value.replace(tzinfo=None), text


def _iso(found: str) -> str:
    """htmldate's output as the ISO text kept: a naive midnight is a date only."""
    if found.endswith(_MIDNIGHT_NAIVE):
        return found[: -len(_MIDNIGHT_NAIVE)]
    value = datetime.fromisoformat(found)
    text = value.isoformat(timespec="seconds")
    return text.removesuffix(":00") if value.tzinfo is None else text
