"""Reading articles from files: Markdown or text with YAML front matter, the corpus store's
` date YYYY-MM-DD` first line, saved HTML pages, and JSON Lines in bulk.

The text is kept exactly as read (page chrome included): evidence offsets point into it, and
extraction, not reading, decides what is chrome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any, BinaryIO

from casefile.adapters.article_metadata import (
    MetadataError,
    checked_metadata,
    load_front_matter,
    load_json_record,
)
from casefile.domain.reported_time import InvalidTime, ReportedTime

ARTICLE_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".jsonl"}
# The largest article read (a file, or one JSON Lines record). News articles are tens of
# kilobytes; the size is checked before reading, so a huge or endless file is refused unread.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_DATE_LINE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")


class ArticleInputError(ValueError):
    """A file that cannot be read as an article; the message names the file and the reason."""


def no_date_message(where: str) -> str:
    """The one line that refuses an article without a publication time."""
    return (
        f"{where}: no publication date found, nothing stored (a copyright year or a year in "
        "the text is not one): pass `--published 2021-10-26` or `--published "
        "2021-10-26T14:33-04:00`, or give `published:` in front matter"
    )


@dataclass(frozen=True)
class SourceArticle:
    """One article as read from a file, before anything is stored."""

    path: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: ReportedTime | None = None
    # The page's last update, when it states one later than its publication.
    updated: ReportedTime | None = None

    @property
    def reported(self) -> ReportedTime | None:
        """When this text could first be known: its update, if later, else its publication.
        A revision is reported at its own time, never before."""
        if self.updated is not None and (
            self.published is None or self.updated.at > self.published.at
        ):
            return self.updated
        return self.published


def find_article_files(
    paths: Iterable[str | Path],
    *,
    follow_links: bool = False,
    skipped: list[Path] | None = None,
) -> list[Path]:
    """The article files named, folders expanded (sorted, recursively) to the files they hold.

    A folder's links to files outside it are not followed unless `follow_links`: they are
    left out, and added to `skipped` (a folder given is read, not wherever its links point).
    Links to folders are not descended, and a file named on its own is read wherever it is."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            root = path.resolve()
            for file in sorted(path.rglob("*")):
                if not file.is_file() or file.suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                if not follow_links and file.is_symlink() and not _inside(file, root):
                    if skipped is not None:
                        skipped.append(file)
                    continue
                found.append(file)
        elif path.is_file():
            found.append(path)
        else:
            raise ArticleInputError(f"{given}: no such file or folder")
    return found


def _inside(file: Path, root: Path) -> bool:
    return file.resolve().is_relative_to(root)


def read_articles(path: Path, zone: tzinfo = UTC) -> list[SourceArticle]:
    """Every article in one file (one, or one per line of a JSON Lines file)."""
    return list(iter_articles(path, zone))


def iter_articles(path: Path, zone: tzinfo = UTC) -> Iterator[SourceArticle]:
    """The articles of one file as they are read: a JSON Lines archive is streamed line by
    line, so its size never sits in memory; the first error is raised, naming the file (and
    line). `zone` reads dates alone and times without an offset (`ReportedTime.parse`)."""
    for result, _read in iter_results(path, zone):
        if isinstance(result, ArticleInputError):
            raise result
        yield result


def iter_results(
    path: Path, zone: tzinfo = UTC
) -> Iterator[tuple[SourceArticle | ArticleInputError, int]]:
    """Each article of one file, or the error that keeps it out, with how many bytes of the
    file are read by then. A JSON Lines file goes on after a bad line: every good line is
    read and every bad one told (by its line number)."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_json_lines(path, zone)
        return
    try:
        data = _read_bounded(path)
        raw = decode_article(path, data)
        yield read_text(str(path), raw, html=suffix in {".html", ".htm"}, zone=zone), len(data)
    except ArticleInputError as error:
        yield error, 0


def read_text(where: str, raw: str, *, html: bool = False, zone: tzinfo = UTC) -> SourceArticle:
    """One article from its text as read (a file's, or standard input's): a saved HTML page,
    or text with front matter, a date line, or neither. `where` names it in messages."""
    if html:
        return _read_html(where, raw, zone)
    return _read_text_article(where, raw, zone)


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, refused unread when larger than an article can be."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleInputError(f"{path}: {_too_large(size)}")
        with path.open("rb") as file:
            # Bounded even if the file grows, or is a device that never ends.
            data = file.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ArticleInputError(f"{path}: cannot read ({error.strerror})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleInputError(f"{path}: {_too_large(len(data))}")
    return data


def _too_large(size: int) -> str:
    """`size` is the whole size, or just past the limit when reading stopped there."""
    limit = MAX_ARTICLE_BYTES // (1024 * 1024)
    shown = f"{size / 1024 / 1024:.1f} MB" if size > MAX_ARTICLE_BYTES + 1 else f"over {limit} MB"
    return f"too large for an article ({shown}; the limit is {limit} MB)"


def decode_article(where: str | Path, data: bytes, source: str = "file") -> str:
    """The text of an article's bytes (a file's, a line's or standard input's: `source`)."""
    if b"\x00" in data:
        raise ArticleInputError(f"{where}: binary {source}, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleInputError(f"{where}: not UTF-8 text (byte {error.start})") from None
    if not text.strip():
        raise ArticleInputError(f"{where}: empty {source}")
    return text


def _read_text_article(path: str, raw: str, zone: tzinfo) -> SourceArticle:
    match = _FRONT_MATTER.match(raw)
    if match:
        try:
            meta = load_front_matter(match.group(1))
        except MetadataError as error:
            raise ArticleInputError(f"{path}: {error}") from None
        return _article(path, raw[match.end() :], meta, zone)
    date_line = _DATE_LINE.match(raw)
    meta = {"published": date_line.group(1)} if date_line else {}
    return _article(path, raw, meta, zone)


def _read_json_lines(
    path: Path, zone: tzinfo
) -> Iterator[tuple[SourceArticle | ArticleInputError, int]]:
    """One article per line, streamed: only each record's size is limited. A bad line is
    an error naming the line, and the lines after it are read all the same."""
    found = False
    try:
        with path.open("rb") as file:
            for number, data in _bounded_lines(path, file):
                if isinstance(data, ArticleInputError):
                    found = True
                    yield data, file.tell()
                    continue
                if not data.strip():
                    continue
                found = True
                try:
                    text = decode_article(f"{path}:{number}", data)
                    yield _json_line_article(path, number, text, zone), file.tell()
                except ArticleInputError as error:
                    yield error, file.tell()
    except OSError as error:
        yield ArticleInputError(f"{path}: cannot read ({error.strerror})"), 0
        return
    if not found:
        yield ArticleInputError(f"{path}: empty file"), 0


def _json_line_article(path: Path, number: int, line: str, zone: tzinfo) -> SourceArticle:
    try:
        record = load_json_record(line)
    except MetadataError as error:
        raise ArticleInputError(f"{path}:{number}: {error}") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ArticleInputError(f'{path}:{number}: each line needs an object with a "text" string')
    if not record["text"].strip():
        raise ArticleInputError(f"{path}:{number}: empty text")
    return _article(f"{path}:{number}", record["text"], record, zone)


def _bounded_lines(path: Path, file: BinaryIO) -> Iterator[tuple[int, bytes | ArticleInputError]]:
    """Each line with its number; a line larger than an article can be is an error, and the
    rest of it is skipped unread into memory."""
    number = 0
    while line := file.readline(MAX_ARTICLE_BYTES + 1):
        number += 1
        if len(line) > MAX_ARTICLE_BYTES:
            size = len(line)
            while not line.endswith(b"\n") and (line := file.readline(1024 * 1024)):
                size += len(line)
            yield number, ArticleInputError(f"{path}:{number}: {_too_large(size)}")
            continue
        yield number, line


def _read_html(path: str, raw: str, zone: tzinfo) -> SourceArticle:
    """The page's text (trafilatura) and its own metadata. Its dates are the page's own
    (`page_meta`): the copyright year or a year in the text never dates it."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    from casefile.adapters import page_meta

    document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ArticleInputError(f"{path}: no article text found in the HTML page")
    meta = {
        "url": page_meta.page_url(raw) or getattr(document, "url", None),
        "outlet": getattr(document, "sitename", None),
        "title": getattr(document, "title", None),
        "published": page_meta.published_of(raw),
        "updated": page_meta.updated_of(raw),
    }
    return _article(path, text, meta, zone)


def _article(shown_path: str, text: str, meta: dict[str, Any], zone: tzinfo) -> SourceArticle:
    try:
        meta = checked_metadata(meta, text)
    except MetadataError as error:
        raise ArticleInputError(f"{shown_path}: {error}") from None
    published = _published(shown_path, meta, "published", zone)
    return SourceArticle(
        path=shown_path,
        text=text,
        url=_optional_text(meta.get("url")),
        outlet=_optional_text(meta.get("outlet")),
        title=_optional_text(meta.get("title")),
        published=published,
        updated=_published(shown_path, meta, "updated", zone),
    )


def _published(where: str, meta: dict[str, Any], key: str, zone: tzinfo) -> ReportedTime | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    estimated = bool(meta.get(f"{key}_estimated", False))
    try:
        return ReportedTime.parse(value, estimated=estimated, zone=zone)
    except InvalidTime as error:
        raise ArticleInputError(f"{where}: {key}: {error}") from None


def _optional_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
