"""Writing what the tool makes (pages, Markdown, exports) without letting article text escape.

Article text and metadata are data, never markup: `escape_html` and `escape_markdown` make
them read as plain text. Nor are they terminal commands: `escape_controls` writes a control
character (C0 but tab and line feed, DEL, C1: ESC among them) as a JSON-style escape, so
what a terminal is shown cannot clear it, retitle it or recolour it; `csv_cell` keeps a
spreadsheet from reading a cell as a formula.

Files are written only where the user said: `safe_output_path` keeps a name taken from data (a case id, a title) inside its folder, and `write_output`
writes exactly one given file, all at once, so a failure leaves no half-written file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


class UnsafeOutputError(ValueError):
    """An output path that cannot be written safely; the message says why."""


# C0 controls but tab and line feed, DEL, and C1 controls (0x9b is a one-byte ESC [).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """`text` with each control character a terminal would act on written as `\\uXXXX`.

    The same escape JSON uses, so JSON text stays valid JSON meaning the same; in other text
    the escape is shown as it is."""
    if not _has_controls(text):
        return text
    return _CONTROLS.sub(lambda found: f"\\u{ord(found[0]):04x}", text)


# The C0 controls but tab and line feed, and DEL, as UTF-8 bytes (each its own byte: the bytes
# of any other character are 0x80 or above); a C1 control (U+0080-U+009F) is 0xC2 then a byte.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])


def _has_controls(text: str) -> bool:
    """Whether `text` holds a character `_CONTROLS` matches. A long text (a case's JSON,
    megabytes) is told by its UTF-8 bytes: dropping the control bytes and searching for 0xC2
    are loops in C, a tenth of the regular expression's scan of a text that is not ASCII;
    only a text with a 0xC2 byte is searched by it too."""
    if len(text) < 4096:
        return _CONTROLS.search(text) is not None
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    return b"\xc2" in data and _CONTROLS.search(text) is not None


# Cells a spreadsheet reads as a formula (or as the start of one): OWASP's CSV injection list.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that would begin a formula gets a `'`
    before it (OWASP's advice); the csv module quotes the cell as needed."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def escape_html(text: str) -> str:
    """Text that an HTML page (element content or a quoted attribute) shows as it is."""
    # `html.escape(text, quote=True)` written out: importing `html` loads its table of
    # entities, and every command's start-up imports this module.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


# With `[` and `]` escaped no link can form, so parentheses and `!` stay as they are.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]|~])")
_LINE_START_MARKUP = re.compile(r"^(\d+)([.)])|^([-+=#>])")


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as it is: no emphasis, links, raw HTML, headings or lists.

    Line breaks are folded to spaces so a quote cannot start a heading, a list or a table row.
    """
    text = re.sub(r"\s+", " ", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    return _LINE_START_MARKUP.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


_UNSAFE_NAME_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")


def safe_output_path(folder: Path, name: str, suffix: str = "") -> Path:
    """A file directly inside `folder` named after `name` (data, e.g. a case id).

    Separators, `..`, leading dots and other characters become `-`, so whatever `name`
    holds, the path stays in `folder`: `safe_output_path(Path("out"), "../x")` is `out/x`.
    """
    stem = _UNSAFE_NAME_CHARACTERS.sub("-", name).strip(".-")
    stem = stem[:120] or "output"
    path = folder / f"{stem}{suffix}"
    if path.resolve().parent != folder.resolve():
        raise UnsafeOutputError(f"{name!r}: would be written outside {folder}")
    return path


def write_output(path: Path, text: str) -> None:
    """Write `text` to exactly `path` (no other file is left behind), all at once."""
    if path.is_dir():
        raise UnsafeOutputError(f"{path}: is a folder; give the file to write")
    if not path.parent.is_dir():
        raise UnsafeOutputError(f"{path}: no such folder {str(path.parent)!r}")
    import tempfile  # here: every command's start-up imports this module, few write files

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.chmod(temporary, 0o666 & ~_umask())  # as an ordinary new file, not mkstemp's 0600
        # Replacing a symlink swaps the link itself: nothing is written where it points.
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UnsafeOutputError(f"{path}: cannot write: {error.strerror}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
