"""Tallies: harm a report tells right after it counts the case among others, or after a
tally of the place's harm, is another incident's ("It was the second violent crime on the
block this month. On March 2, a man was stabbed", "Marlow has recorded 19 homicides this
year. In October, Al Roe was killed"). Read by extraction/context.py for each sentence that
tells harm with a time."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.patterns import compile_scan
from casefile.extraction.scope_words import HARMED, STATISTIC_CUE

# The case counted among others of its place or time: "It was the second violent crime on the
# block this month", "the third shooting in the neighborhood since May".
# ("The killings were Dayton's first homicides of 2024", "one of 14 homicides in Surrey so
# far this year": a tally of the place's killings)
_AMONG_OTHERS = compile_scan(
    r"\b(?:one\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:homicides|"
    r"killings|shootings|murders)\s+(?:in|this|so)\b|"
    # ("The case is one of several high-profile child-abuse prosecutions in the county")
    r"one\s+of\s+(?:several|many|a\s+(?:number|string|series|spate|handful)\s+of)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:cases|prosecutions|trials|killings|homicides|deaths|shootings)\b|"
    r"(?-i:[A-Z])[\w.-]+['’]s\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+"
    r"(?:homicides?|killings?|murders?|slayings?)\s+(?:of|in|this|since)\b)|"
    r"\b(?:the|its|their)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:crimes?|shootings?|stabbings?|killings?|homicides?|robber(?:y|ies)|"
    # ("It is the second time this year a child in the city has been exposed to fentanyl")
    r"incidents?|attacks?|carjackings?|burglar(?:y|ies)|break-ins?|assaults?|times?)\s+(?:on|in|at|near|"
    r"along|within|this|since|of)\b",
    re.I,
)
# Someone new harmed, told with "a" and a date: "On March 2, a 37-year-old man was stabbed".
_NEW_HARM = compile_scan(
    r"\b(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?:[\w-]+\s+)?(?:man|woman|boy|girl|teen|teenager|"
    r"person|clerk|driver|customer|resident)\s+(?:(?:was|were)\s+(?:\w+\s+)?(?:shot|stabbed|"
    r"killed|beaten|robbed|attacked|assaulted|wounded|injured|struck|carjacked)|died)\b"
    # ... or someone new brought to court, named after his description: "Last month, a
    # Simpsonville man, Bo Tran, 41, was sentenced to 12 years"
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|mother|father|worker|teacher|nurse),\s+"
    r"(?-i:[A-Z])[^.;]{0,60}?,\s+(?:was|were)\s+(?:\w+\s+)?(?:sentenced|convicted|charged|"
    r"indicted|arrested)\b"
    # a killing the police named for what it was: "in what police described as a
    # murder-suicide"
    r"|\bmurder-suicide\b",
    re.I,
)


# A sentence opening on a month or a date: "In August,", "On Aug. 30,", "In October 2024,".
_MONTH_OPENS = re.compile(
    r"\A\W*(?:In|On|Last|Back in|Earlier (?:this|that) year, in)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|"
    r"rd|th)?)?(?:,?\s+(?:19|20)\d\d)?,\s"
)


# Cached: asked of each sentence telling harm, it follows from the two texts alone, and
# sentences recur (stock lines, syndicated and revised copies).
@lru_cache(maxsize=8192)
def told_after_a_count(text: str, before: str) -> bool:
    """Whether `text` tells new harm right after a sentence that counts the case among
    others of its place or time (`before`): "It was the second violent crime on the block
    this month. On March 2, a 37-year-old man was stabbed": that other incident. So is harm
    told from a month or a date after a tally of the place's harm, the example a report gives
    of what it counts ("Marlow has recorded 19 homicides this year. In October, 34-year-old
    Al Roe was killed in a shooting"; not "On Sunday, ...", the case's day)."""
    if _AMONG_OTHERS.search(before) is not None and _NEW_HARM.search(text) is not None:
        return True
    return (
        _MONTH_OPENS.match(text) is not None
        and STATISTIC_CUE.search(before) is not None
        and HARMED.search(text) is not None
    )
