"""Bare surnames that are also common words ("Fox", "Park", "Church"): which mentions of one
in an article are the person the article has named with it ("Darnell Fox ... Fox was
charged", "With Fox already 41"), and which stay a place or a thing ("North Fox", "The
Fox"). `people.py` adds them to the names `mentions.py` reads."""

from __future__ import annotations

import re

from casefile.extraction.mentions import NameSpan
from casefile.extraction.name_vocabulary import NAME_SUFFIXES, NOT_NAME_WORDS, PLAIN_WORDS
from casefile.extraction.sentences import CALENDAR_WORDS, Sentence

# Words before a month that make it a date's, not a surname's ("arrested in May").
_BEFORE_A_DATE = re.compile(
    r"\b(?:in|on|since|by|until|of|last|early|late|this|next|mid|through|from|to|before|"
    r"after|during)\s\Z",
    re.IGNORECASE,
)


def bare_common_surnames(
    sentences: list[Sentence], spans: list[list[NameSpan]]
) -> list[list[NameSpan]]:
    """`spans` with the bare surnames this article gives people whose surname is a common
    word ("Darnell Fox ... Fox was charged"): `name_spans` reads a lone "Fox" as no name,
    but once the article has named a Fox it is one, wherever it stands on its own (not in a
    run of capitals: "Fox News", "West Virginia"; nor a date: "in May", "May 3"). So is
    the bare surname, in capitals, of a name the article sets in capitals ("KRELL"), and the
    whole name told again with no cue after it ("ordered Darnell Fox to stand trial")."""
    # Each surname as the article writes it, with the form of the name: "Fox", and "KRELL"
    # for "Krell" of a name set in capitals ("ANTHONY KRELL, 34,").
    surnames: dict[str, str] = {}
    # The words before each such surname in the names the article gives ("Darnell" of
    # "Darnell Fox"): told again without the cue that made them a name, they are one still.
    given: dict[str, set[str]] = {}
    for sentence, row in zip(sentences, spans, strict=True):
        for start, end, name, _ in row:
            words = [w for w in name.split() if w.rstrip(".").lower() not in NAME_SUFFIXES]
            if len(words) < 2 or not words[-1].isalpha():
                continue
            if sentence.text[start:end].isupper():
                surnames[words[-1].upper()] = words[-1]
            elif words[-1].lower() in NOT_NAME_WORDS:
                surnames[words[-1]] = words[-1]
                given.setdefault(words[-1], set()).add(" ".join(words[:-1]) + " ")
    if not surnames:
        return spans
    bare = re.compile(
        rf"(?<![\w'’.-])({'|'.join(sorted(surnames))})(?:['’]s)?(?![\w'’-])(?!\s+(?:[A-Z]|\d))"
    )
    result = [list(row) for row in spans]
    for sentence, row in zip(sentences, result, strict=True):
        text = sentence.text
        for match in bare.finditer(text):
            start, end = match.span(1)
            if any(s <= start < e for s, e, _, _ in row):
                continue
            before = text[max(0, start - 30) : start]
            previous = before.split()[-1] if before.split() else ""
            before_name = next(
                (g for g in given.get(match.group(1), ()) if text.endswith(g, 0, start)), ""
            )
            if before_name and not any(s < start <= e for s, e, _, _ in row):
                # "Darnell Fox" again, with no age or arrest after it this time
                row.append((start - len(before_name), end, f"{before_name}{match.group(1)}", False))
                continue
            if (
                previous[:1].isupper()
                and previous.rstrip(".") not in ("Mr", "Mrs", "Ms", "Mx")
                and previous.lower() not in PLAIN_WORDS  # "With Fox already 41": an opener
            ):
                continue  # inside a run of capitals: "North Fox", "Dayton Park"
            if match.group(1).lower() in CALENDAR_WORDS and _BEFORE_A_DATE.search(before):
                continue
            row.append((start, end, surnames[match.group(1)], False))
        row.sort()
    return result
