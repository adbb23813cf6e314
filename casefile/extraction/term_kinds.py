"""The kind of a term of punishment, by the words a news report puts around it.

prison / jail by the words after or before it ("in county jail", "behind bars", "in the
Department of Corrections", "a six-month jail term"); probation ("three years' probation", "on
probation for three years", community supervision); other (house arrest, a conditional
sentence, and the supervised release or post-release supervision that follows a prison term).
With no such word, a term of a year or more is prison and a shorter one jail.

What is a term, and its years, is for `terms.py`.
"""

from __future__ import annotations

import re

# The kind of a term, from the words just after it ...
_KIND_AFTER = [
    (
        "probation",
        re.compile(
            # "two years of deferred adjudication probation", "community supervision" (Texas's
            # name for it), "community control" (Florida's).
            r"\A(?:['’]s?)?\s*(?:(?:term|period)\s+)?(?:of\s+|on\s+)?(?:(?:deferred[\s-]+"
            # (its kind told in more than one word: "three years of active supervised probation")
            r"(?:adjudication\s+)?)?(?:(?:supervised|formal|informal|unsupervised|intensive|"
            r"reporting|active|inactive|administrative|standard)\s+){0,2}probation|"
            r"community\s+supervision|community\s+control|"
            # "a five-year probated sentence", as Georgia and Texas courts word it
            r"probated\s+(?:sentence|term))\b",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            # Supervision that follows a prison term is none of probation, which stands
            # instead of one: "a 5-year term of supervised release", "post-release supervision",
            # "post-prison supervision", and the licence a British court extends past custody
            # ("a further four years on extended licence").
            r"\A(?:['’]s?)?\s*(?:(?:term|period)\s+)?(?:of\s+|on\s+)?(?:supervised\s+release|"
            r"(?:post-(?:release|prison|custody|incarceration)\s+|extended\s+)?supervision|"
            r"post-release\s+control|(?:extended\s+)?licen[cs]e\b(?!\s+(?:suspension|revocation)))\b",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            # ... and a Canadian conditional sentence, served in the community: "a two-year
            # conditional sentence".
            r"\A\s*(?:(?:of|on|in)\s+)?(?:house\s+arrest|home\s+confinement)\b|"
            r"\A[\s-]*conditional\s+(?:sentence|discharge)",
            re.I,
        ),
    ),
    ("jail", re.compile(r"\A[\s-]*(?:(?:county|city)\s+)?jail\b", re.I)),
    ("prison", re.compile(r"\A[\s-]*(?:(?:federal|state)\s+)?prison\b", re.I)),
    (
        "place",
        re.compile(
            r"\A\s+(?:in|behind|at|to)\s+(?:[\w.'’-]+\s+){0,6}?(?P<place>jail|prison|"
            r"penitentiary|bars|corrections|correctional|custody|lockup)\b",
            re.I,
        ),
    ),
    ("custody", re.compile(r"\A\s+(?:of\s+)?(?:incarceration|imprisonment|confinement)\b", re.I)),
]
# ... or just before it: "on probation for three years", "a jail term of 90 days".
_KIND_BEFORE = re.compile(
    r"\b(?P<kind>probation|jail|prison)(?:\s+(?:term|sentence))?\s+(?:for|of)\s+(?:\w+\s+)?\Z",
    re.I,
)


def term_kind(before: str, after: str, years: float) -> str:
    """The kind of a term of these years, told between `before` and `after`."""
    custody = "prison" if years >= 1 else "jail"
    for kind, pattern in _KIND_AFTER:
        found = pattern.match(after)
        if found is None:
            continue
        if kind == "place":
            return "jail" if found.group("place").lower() in {"jail", "lockup"} else "prison"
        return custody if kind == "custody" else kind
    previous = _KIND_BEFORE.search(before[-40:])
    if previous:
        return previous.group("kind").lower()
    return custody
