"""Charges set out one per line after a colon: bulleted, numbered or labelled lines ("Count 1:
Second Degree Murder"), a line cut inside an offence name that goes on on the next, and lines
under a header naming one defendant ("Bo Tran, 20, of Fresno:"), whose charges they are."""

from __future__ import annotations

import re

from casefile.extraction.ages import ALIAS
from casefile.extraction.sentences import Sentence

_MODIFIER_END = re.compile(r"(?:ful|less|al|ous|ive|ed|ing|ic|able|ible|and|or|of|with|a|the|in)$")


# A numbered list line ("1. Homicide by vehicle"), and what is left of a statute's number.
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+[A-Za-z]")
_CITATION_REST = re.compile(r"^[\d.()§ -]+$")
_MARKER = re.compile(r"^\d{1,2}[.)]$")
# An indictment's label of a count: "Count 1:", "Counts 2-4 -", "Charge 3:".
_COUNT_LABEL = re.compile(
    r"^(?:counts?|charges?)\s+\d{1,3}(?:\s*(?:-|–|and|through|to)\s*\d{1,3})?\s*[:.–—-]\s+(?=\S)",
    re.I,
)


# A line that says whose the bulleted charges after it are: "Bo Tran, 20, of Fresno:", "The
# 17-year-old:" (a short line that opens with a capital and ends with a colon).
_ROSTER_HEADER = re.compile(r"^[A-Z][^:;]{0,60}:$")


# The head of a roster's item told without a bullet: a name, an age and a town, then the
# charges ("Ann Lee, 29, of Elton, burglary, theft.", "Ann Lee, 29, Elton, theft").
_BULLET = re.compile(r"^(?:[•*·-]|\d{1,2}[.)])\s*")
# ("Ann Lee, age 29, of Elton - Burglary (F2)": a police release's item, the charges in
# capitals after a dash set apart by spaces)
_ITEM_HEAD = re.compile(
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:" + ALIAS + r",?\s*|,\s*)(?:age\s+)?\d{1,3},\s*"
    r"(?:of\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}(?:\s*[,:–—-]\s*(?=[a-z])|\s[–—-]\s+(?=[A-Z]))"
)


def roster_header(sentences: list[Sentence], cue: int, line: int) -> Sentence | None:
    """The header line ("Bo Tran, 20, of Fresno:") over the charge on line `line` of a list
    that follows the cue on line `cue`, if the list is so divided."""
    for index in range(line - 1, cue, -1):
        if _ROSTER_HEADER.match(sentences[index].text.strip()):
            return sentences[index]
    return None


def list_lines(sentences: list[Sentence], first: int) -> list[tuple[str, Sentence]]:
    """Charges set out one per line after 'charged with:', each with the last line it is read
    from; a line ending in a modifier ('Criminal possession of a firearm and unlawful')
    continues on the next line."""
    parts: list[tuple[str, Sentence]] = []
    in_bullets = marked = False
    for sentence in sentences[first : first + 16]:
        line = sentence.text.strip()
        if _MARKER.match(line):  # "1." split from its line: the next line is an item
            marked = True
            continue
        label = _COUNT_LABEL.match(line)
        if label:  # "Count 1: Second Degree Murder": an item set apart by its label
            line = line[label.end() :]
        # "Ann Lee, 29, of Elton, aggravated possession of drugs.": a roster's item without a
        # bullet, its head (name, age and town) no charge.
        opening = _BULLET.match(line)
        head = _ITEM_HEAD.match(line, opening.end() if opening else 0) if not label else None
        if head:
            line = line[head.end() :]
        bulleted = (
            marked or line[:1] in "•*-·" or bool(_NUMBERED.match(line)) or bool(label or head)
        )
        marked = False
        if not line:
            continue
        if not bulleted and _ROSTER_HEADER.match(line):
            in_bullets = False
            continue  # "Bo Tran, 20, of Fresno:": whose the bulleted lines after it are
        if in_bullets and not bulleted:
            if _CITATION_REST.match(line):
                continue  # the rest of a statute cut off by the split ("F.S. | 782.04")
            break  # the text after a bulleted list
        in_bullets = bulleted
        # "• Jones case: murder and robbery", "• Ann Lee, 52, of Paterson – murder": the label
        # before the colon or dash is not a charge.
        line = re.sub(
            r"^(?:[•*·-]|\d{1,2}[.)])\s*(?:[^:]{1,40}:\s*|[^–—]{1,60}?\s[–—-]\s+)?", "", line
        )
        if len(line.split()) > 14 and not bulleted:
            break
        if (
            parts
            and not bulleted
            and parts[-1][0].rstrip(".").split()
            and _MODIFIER_END.search(parts[-1][0].rstrip(".").split()[-1].lower())
        ):
            parts[-1] = (parts[-1][0] + " " + line, sentence)
        else:
            parts.append((line, sentence))
        if line.endswith(".") and not bulleted:
            break
    return [(p.rstrip("."), s) for p, s in parts]


# A cue whose own sentence names no charge: only how many counts ("guilty on three felony
# counts."), a day ("pleaded guilty Friday."), or nothing.
_NONE_NAMED = re.compile(
    r"\A\s*(?:(?:on|to|of)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|multiple|all|\d+)\s+(?:[\w-]+\s+){0,2}?(?P<count>counts|charges|felonies)\s*)?"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday)\s*)?\.\s*\Z"
)
# The next sentence's subject stands for those counts or pleas: "They were A, B and C.", "The
# pleas covered A and B.", "Those counts are A and B."
_NAMED_BY_PRONOUN = re.compile(r"\A(?:They|These|Those)\s+(?:were|are|included?)\s+")
_NAMED_BY_NOUN = re.compile(
    r"\A(?:The|These|Those|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?(?:counts|charges|pleas?|"
    r"convictions|verdicts?)\s+(?:were|are|was|is|covered|cover|include[sd]?)\s+(?:to\s+)?"
)


def named_next(sentences: list[Sentence], cue: Sentence, rest: str) -> tuple[str, Sentence] | None:
    """The list the sentence after `cue` names for the counts or pleas `cue` tells without
    naming them (`rest`, the cue's sentence after its cue): "found Bo Tran guilty on three
    counts. They were A, B and C.", "pleaded guilty Friday. The pleas covered A and B." A
    pronoun stands for counts only when the cue's sentence told them by number."""
    told = _NONE_NAMED.match(rest)
    if told is None or cue.index + 1 >= len(sentences):
        return None
    following = sentences[cue.index + 1]
    text = following.text.strip()
    opener = _NAMED_BY_NOUN.match(text)
    if opener is None and told.group("count"):
        opener = _NAMED_BY_PRONOUN.match(text)
    if opener is None:
        return None
    return text[opener.end() :].rstrip("."), following
