"""Reading an article's metadata safely: YAML front matter and JSON records.

This module decides what metadata is accepted before anything uses it:
- YAML anchors and aliases are refused (checked on the event stream, before a document is
  composed): an alias bomb of a few kilobytes would otherwise expand to gigabytes.
- Nesting too deep for the parser is refused, not raised as a `RecursionError`.
- Each field the reader uses has a type and a bounded size: `url`, `outlet`, `title` are
  text (a number is taken as its text) of at most `FIELD_LIMITS` characters; `published` a
  date as text or a number; `published_estimated` true or false.
- What is stored of an article (its text and those fields) is at most `MAX_STORED_BYTES`.

Every refusal is a `ValueError` whose message names the field and the reason; the reader
adds the file's name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# The longest accepted value of each text field, in characters.
FIELD_LIMITS = {"url": 2048, "outlet": 200, "title": 1000, "published": 100, "updated": 100}
# What one article stores (text, url, outlet, title), in UTF-8 bytes: the file limit.
MAX_STORED_BYTES = 5 * 1024 * 1024


class MetadataError(ValueError):
    """Metadata that cannot be used; the message says which field and why."""


@lru_cache(maxsize=1)
def front_matter_loader() -> Any:
    """YAML without timestamp parsing: dates stay text, read by one rule (`ReportedTime`).

    libyaml's parser where PyYAML was built with it (its wheels are): a front matter reads in
    about 25 µs instead of 200. Made on first use: commands that read no article file
    (`cases`) skip importing PyYAML."""
    import yaml

    class TextDatesLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    TextDatesLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return TextDatesLoader


def load_front_matter(text: str) -> dict[str, Any]:
    """The front matter's mapping; `MetadataError` for anchors, aliases, malformed YAML,
    nesting too deep, or a document that is not a mapping."""
    import yaml  # here, not at the top: only a file with front matter needs PyYAML

    loader = front_matter_loader()
    try:
        # An anchor needs `&` and an alias `*`: without either, no event can hold one.
        if "&" in text or "*" in text:
            for found in yaml.parse(text, Loader=loader):
                if isinstance(found, yaml.AliasEvent) or getattr(found, "anchor", None):
                    raise MetadataError("YAML anchors and aliases are not accepted in front matter")
        meta = yaml.load(text, Loader=loader)
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise MetadataError(f"malformed front matter{where}") from None
    except RecursionError:
        raise MetadataError("malformed front matter (nested too deeply)") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise MetadataError("front matter is not a mapping of keys to values")
    return meta


def load_json_record(line: str) -> Any:
    """One JSON value; `MetadataError` when it is not JSON or is nested too deeply."""
    import json

    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise MetadataError(f"not JSON ({error.msg})") from None
    except RecursionError:
        raise MetadataError("not JSON that can be read (nested too deeply)") from None


def checked_metadata(meta: dict[str, Any], text: str) -> dict[str, Any]:
    """`meta` with each field the reader uses checked for type and size, and the article's
    stored size checked; `MetadataError` names the field."""
    checked: dict[str, Any] = {}
    for name in ("url", "outlet", "title", "published", "updated"):
        value = meta.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise MetadataError(f"{name}: must be text, not {_kind(value)}")
        if isinstance(value, str) and len(value) > FIELD_LIMITS[name]:
            raise MetadataError(
                f"{name}: too long ({len(value):,} characters; the limit is {FIELD_LIMITS[name]:,})"
            )
        checked[name] = value
    estimated = meta.get("published_estimated", False)
    if estimated is not None and not isinstance(estimated, bool):
        raise MetadataError(f"published_estimated: must be true or false, not {_kind(estimated)}")
    checked["published_estimated"] = bool(estimated)
    stored = len(text.encode("utf-8")) + sum(
        len(str(checked[name]).encode("utf-8"))
        for name in ("url", "outlet", "title")
        if name in checked
    )
    if stored > MAX_STORED_BYTES:
        limit = MAX_STORED_BYTES // (1024 * 1024)
        raise MetadataError(f"too large for an article (the limit is {limit} MB)")
    return {**meta, **checked}


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a {type(value).__name__}"
