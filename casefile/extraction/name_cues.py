"""The words around a capitalised run that tell it names a person: what a report tells right
after a person's name (an age, a home town, an arrest or a charge), what it writes just before
one (an arrest, an age, an appositive), and a role title just before it, which makes the name
an official's. Where a name starts and ends is for `mentions.py`.
"""

from __future__ import annotations

import re

from casefile.extraction.name_vocabulary import DESCRIPTORS
from casefile.extraction.scan_compile import compile_scan

# Role titles (lower case) whose word, an optional period and a space just before a name mark
# it as an official's: "Sgt. Ana Ruiz", "spokesman Ted Ash".
_TITLE_ENDINGS = (
    "sgt", "lt", "capt", "cpl", "det", "ofc", "dr", "gov", "sen", "rep", "atty", "supt", "dep",
    "officer", "deputy", "agent", "sergeant", "detective", "chief", "judge", "attorney",
    "prosecutor", "sheriff", "mayor", "trooper", "commissioner", "superintendent", "magistrate",
    "spokesman", "spokeswoman", "defender", "marshal", "lawyer", "counsel", "investigator",
    "coroner", "examiner", "witness", "eyewitness",
)  # fmt: skip


# What a report tells right after a person's name, and never after a place's or an outlet's:
# an age ("Darnell Fox, 19,"), a home town ("Jin Park of Dayton") or an arrest or a charge
# ("Ann Lane was charged"). After it, a run's last word is the name's surname even where it
# is also a common word ("Fox News", "West Virginia", "Church Street" stay non-names).
_AGE_AFTER = (
    r",\s(?:age\s)?\d{1,3}(?:[,;)]|\.(?!\d)|\s(?:and|of|was|is|were|has|had|who|from)\b)"
    r"|\s\(\d{1,3}\)"
)
# An age right after a name or right before it ("Ama Reyes, 17,", "22-year-old Kiri Mato"):
# told of a person only, never of a town.
AGE_AFTER_A_NAME = re.compile(_AGE_AFTER)
AGE_BEFORE_A_NAME = re.compile(r"\d-year-old\s\Z")
SAID_OF_A_PERSON = re.compile(
    r"(?<=Jr|Sr)\.(?=,\s\d)|"
    + _AGE_AFTER
    # A home town, then what the sentence says of the person; an institution is no home
    # ("St. Agnes of Kessler Hospital": a hospital's name).
    + r"|\sof\s(?!(?:[A-Z][a-z]+\s)?(?:Hospital|Medical|University|College|School|Church)\b)"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,|\s(?:was|is|has|had|and|faces|pleaded)\b)"
    r"|\s(?:was|is|has\sbeen|had\sbeen|will\sbe)\s(?:\w+\s)?"
    r"(?:arrested|charged|indicted|booked|jailed|accused|convicted|sentenced|wanted|held)\b"
    r"|\s(?:faces|pleaded|allegedly|shot|stabbed|killed|fled|surrendered)\b"
    # An age the sentence says the person was: "Ona Fox was 4 when she died", "was just 9
    # years old".
    r"|\s(?:was|is)\s(?:just\s|only\s)?\d{1,3}(?:\swhen\b|\syears?\sold\b)"
    r"|,\s(?:who|whom)\b"
)
# What a report writes just before a person's name: the arrest or the charge of someone
# ("deputies arrested Darnell Fox"), an age ("24-year-old Jin Park"), or a word describing a
# person that the name goes with, an appositive gives or the sentence says he is ("student
# Jin Park", "his neighbor, Keith Lane,", "the man in custody is Jin Park").
# (compile_scan: searched at every position, it skips in C to where a match can start)
# Small words that join or qualify, never a noun that says who someone is to another.
_SMALL_WORDS = (
    "(?:in|at|on|of|to|from|near|into|outside|inside|and|or|with|by|for|the|a|an|was|is|were|"
    "had|has|said|says|told)"
)
_DESCRIBING = "|".join(sorted(map(re.escape, DESCRIPTORS), key=len, reverse=True))
PERSON_NAMED_NEXT = compile_scan(
    r"(?:\b(?:arrested|charged|indicted|booked|jailed|identified\s(?:[\w'’-]+\s){0,3}?as)"
    r"|\d-year-old|\b(?:shooter|boy|girl|"
    + _DESCRIBING
    + r"),?"
    # The person a sentence says someone is: "the man in custody is Adrian Fox".
    + r"|\b(?:"
    + _DESCRIBING
    + r")(?:\s[\w'’-]+){0,3}?\s(?:is|was)"
    r"|\b(?:Mr|Mrs|Ms|Mx)\.?|\bMiss"
    # The second of two people arrested or charged: "arrested Bo Tran and Ann Lane".
    r"|\b(?:arrested|charged|indicted)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){1,3},?\s(?:and|&)"
    # Someone's relation or job told with whose it is, then the name: "her dog walker Ryan
    # Fox", "the singer's bodyguard, Ryan Fox,". A place named after "his" or "her" takes a
    # small word between ("her home in Orla Park").
    r"|\b(?:his|her|their|[\w'’-]+['’]s)(?:\s(?!" + _SMALL_WORDS + r"\b)[a-z][a-z-]*){1,2},?"
    # The next item of a list of people, after a given name and a surname and what the list
    # says of that one, a when or a where: "the killings of Ida Marsh in May, Cal Reyes in 2019
    # and Ona Fox". A list's items are alike, so the item after a person's name is a person's.
    r"|\b[A-Z][a-z]+\s[A-Z][\w'’-]+(?:\s(?:in|on|at|from)\s\w+)?(?:,(?:\sand)?|\sand))\s\Z"
)


# Enough of the text before a name to hold the longest role title ("superintendent"), a
# period and some spacing.
_TITLE_REACH = 32
_LONGEST_TITLE = max(map(len, _TITLE_ENDINGS)) + 1  # and its period
_TITLE_AT_END = re.compile(rf"(?<![\w'’-])(?:{'|'.join(_TITLE_ENDINGS)})\Z")


# A defendant's lawyer named in an apposition: "through his public defender, Ann Lee,", "Bo
# Tran's attorney, Cy Hall, said".
LAWYER_APPOSED = re.compile(
    r"\b(?:his|her|their|(?-i:[A-Z])[\w'’-]*[’']s?)\s+(?:[\w-]+\s+){0,2}?(?:lawyer|attorney|"
    r"defender|counsel|solicitor|barrister),\s*\Z",
    re.I,
)


# What follows a name that is the subject of its own verb, not an apposition closed by a comma
# or the sentence's end: "Asked about his lawyer, Bo Tran said he had none".
_OWN_VERB_NEXT = re.compile(r"\s+(?!(?:of|and|or|who|whom|whose|from|at|in|with|for)\b)[a-z]")


def after_title(sentence: str, start: int, end: int | None = None) -> bool:
    """Whether `sentence` ends, before `start`, in a role title, an optional period and
    whitespace, or in a lawyer's role told in an apposition ("his attorney, Ann Lee"); a name
    ending at `end` that goes straight on to its verb is no apposition ("Asked whether he could
    pay for his own lawyer, Bo Tran said no")."""
    if (
        sentence[start - 2 : start - 1] == ","
        and LAWYER_APPOSED.search(sentence, max(0, start - 60), start)
        and (end is None or not _OWN_VERB_NEXT.match(sentence, end))
    ):
        return True
    # Only the text just before the name is read: a title is short, and slicing and
    # lower-casing everything before a name late in a long sentence cost more than the rest.
    # Each character lower-cases to one or more, so the last characters of the lower-cased
    # piece are those of the whole.
    before = sentence[max(0, start - _TITLE_REACH) : start]
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return False
    if len(stripped) < _LONGEST_TITLE and start > _TITLE_REACH:
        stripped = sentence[:start].rstrip()  # mostly spacing: read on to what precedes it
    # A whole word: "the guilt Dana Pruitt" has no "lt." (lieutenant) before the name.
    return _TITLE_AT_END.search(stripped.removesuffix(".").lower()) is not None
