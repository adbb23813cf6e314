"""Rosters: the people named at the head of the items of a list that a sentence of
arrests or charges introduces ("Those charged are:" followed by "- Ann Lee, 34, of Dayton"
lines, or a sentence of arrests of a group followed by such lines without a colon).
`roles.CastRoles` makes each a suspect."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from casefile.extraction.cue_targets import is_telegraphic
from casefile.extraction.line_kinds import is_roster_item
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.reference_cues import BULLET, LIST_CUE

# A group of people a sentence says were arrested or charged: "police arrested five people",
# "12 suspects were charged", "several men have been indicted".
_PEOPLE = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|"
    r"dozens\s+of)\s+(?:[\w-]+\s+)?(?:people|persons|men|women|suspects|defendants|individuals|"
    r"adults|juveniles|teens|teenagers)\b"
)
_TAKEN = r"(?:arrested|charged|indicted|booked|detained|cited)\b"
_GROUP = compile_scan(
    r"\b" + _TAKEN + r"\s+(?:\w+\s+)?" + _PEOPLE + r"|\b" + _PEOPLE + r"\s+(?:were|have\s+been|"
    r"had\s+been|are)\s+(?:\w+\s+)?" + _TAKEN,
    re.IGNORECASE,
)

# A lead-in whose list is of charges, not of people: "is charged with:", "was booked on
# the following charges:".
_CHARGES_FOLLOW = re.compile(
    r"\b(?:with|of|on|for)(?:\s+the\s+following(?:\s+(?:[\w-]+\s+)?(?:charges|counts|"
    r"offen[cs]es|crimes))?)?\s*:\s*$",
    re.I,
)

# A lead-in that names what its list holds as charges, whatever the verb before it: "on the
# counts below", "faces these charges in the two cases:", "the following counts, case by case:",
# "The charges, listed by case, are as follows:".
_CHARGES_NAMED = re.compile(
    r"\b(?:following|these|listed)\s+(?:(?!people|persons|men|women|suspects|defendants)"
    r"[a-z-]+\s+)?(?:charges|counts|offen[cs]es|crimes)\b|\b(?:charges|counts|offen[cs]es|"
    r"crimes)\b[^:.]{0,30}\b(?:below|as\s+follows)\b",
    re.I,
)
_PEOPLE_NAMED = re.compile(
    r"\b(?:following|these|those)\s+(?:[a-z-]+\s+)?(?:people|persons|men|women|suspects|"
    r"defendants|individuals)\b",
    re.I,
)

# A labelled field of a roster's item, told as a sentence of its own: "Bond: $1,500.",
# "Charges: retail theft."
_FIELD = re.compile(r"\s*[A-Z][\w ]{0,20}:\s+\S")

if TYPE_CHECKING:
    from casefile.extraction.person import Person
    from casefile.extraction.roles import CastRoles
    from casefile.extraction.sentences import Sentence


def listed(cast: CastRoles) -> list[tuple[Sentence, Person]]:
    """People named at the head of the items of a list a cue introduces: "Those charged
    are:" followed by "- Ann Lee, 34, of Dayton" lines."""
    listed: list[tuple[Sentence, Person]] = []
    for sentence in cast.sentences:
        text = sentence.text.rstrip()
        following = cast.sentences[sentence.index + 1 : sentence.index + 2]
        # "Police arrested five people Friday." followed by "Ann Lee, 34, of Dayton" lines: a
        # roster needs no colon after a sentence that tells what befell a group.
        if not text.endswith(":") and not (
            following
            and is_roster_item(following[0].text)
            and is_telegraphic(following[0].text)
            and first_in(LIST_CUE, text)
            and first_in(_GROUP, text)
        ):
            continue
        if _CHARGES_FOLLOW.search(text) or (
            _CHARGES_NAMED.search(text) and not _PEOPLE_NAMED.search(text)
        ):
            continue  # "Bo Tran is charged with:": the lines are his charges, no people
        # "Eight people were indicted. They are:": a short lead-in says it of the group
        # the sentence before it speaks of.
        before = cast.sentences[sentence.index - 1].text if sentence.index else ""
        short = text.count(" ") < 5
        if not (first_in(LIST_CUE, text) or (short and LIST_CUE.search(before))):
            continue
        semicolon = False  # the item before ended in ";"
        for item in cast.sentences[sentence.index + 1 :]:
            bullet = BULLET.match(item.text)
            # A field an item goes on with ("- Ann Lee, 33, retail theft. Bond: $1,500.").
            if not bullet and _FIELD.match(item.text) and not cast._mentions.get(item.index):
                continue
            # An item is a bulleted line, or a line that is only a name and what goes
            # with it ("Ann Lee, 30, of Elgin"), not a sentence of the report. The last
            # item of a list whose items end in ";" ends in a period.
            opening = bullet.end() if bullet else len(item.text) - len(item.text.lstrip())
            last = semicolon and is_telegraphic(item.text.rstrip().removesuffix("."))
            roster = is_roster_item(item.text)
            if not bullet and item.index not in cast._headlines and not (last or roster):
                break
            mentions = cast._mentions.get(item.index, [])[:1]
            if not bullet and not (mentions and mentions[0][0].start == opening):
                break
            semicolon = item.text.rstrip().endswith(";")
            for mention, person in mentions:
                if mention.start == opening and not person.titled:
                    listed.append((item, person))
            if last and not roster and item.index not in cast._headlines:
                break
    return listed
