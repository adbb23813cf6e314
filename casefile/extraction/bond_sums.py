"""Which sums told beside a bond are not the bond the court set: the share paid to be released
("a 10% deposit of $5,000"), a range ("up to $1 million"), a total of bonds told one by one,
money gathered toward a bond or taken in the crime, and a price of a thing ("a $5,000 watch").
Read by extraction/bond_reading.py when it picks a bond's amount.
"""

from __future__ import annotations

import re

from casefile.extraction.money import Money
from casefile.extraction.patterns import compile_scan, prefix_match

# The share paid to be released: "a 10% deposit of $5,000", "10% ($5,000)", "$5,000 (10%)";
# "a $25,000 bond, 10 percent" names the bond and the share that may be paid of it.
# "posting 10% of his $250,000 bond" names the bond itself.
# "meaning he must post $5,000 to be released": the part he must pay, no bond of its own.
_SHARE_BEFORE = compile_scan(
    r"\b\d{1,2}\s*(?:%|percent)(?!\s+of\b)[^$]{0,25}\Z|"
    r"\b(?:must|(?:has|have|had|will\s+have|would\s+have)\s+to|needs?\s+to|would\s+need\s+to)\s+"
    r"(?:post|pay|put\s+up)\s+\Z",
    re.I,
)
# "posted $1,500, 10 percent of his $15,000 bail": the share, told as a part of the bond after it.
_SHARE_AFTER = re.compile(
    r"\A[\s,]*(?:\(\s*\d{1,2}\s*(?:%|percent)|(?:cash\s+)?deposit|"
    r"(?:(?:cash\s+)?(?:bond|bail)\s*,?\s*)?(?:or\s+|which\s+is\s+)?\d{1,2}\s*(?:%|percent)\s+of\b)",
    re.I,
)


FROM = compile_scan(r"\bfrom\s+\Z", re.I)
# The sum a change is told to after the bond it changes: "to lower the $2 million bond to
# $500,000" (the bond was $2 million).
CHANGED_TO_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+)?(?:bond|bail))?\s+to\s+\$", re.I)
# Money gathered toward a bond, or taken in the crime, is not its amount: "a fundraiser has
# raised $20,000 for it".
OTHER_MONEY = compile_scan(
    r"\b(?:raised|collected|donated|contributed|pledged|gathered|"
    # money taken, the crime's and no bail: "accused of stealing more than $412,000"
    r"steal(?:ing|s)?|stole|stolen|embezzl(?:ing|ed|es)?|swindl(?:ing|ed)|bilk(?:ing|ed)|"
    r"defraud(?:ing|ed)(?:\s+\w+){0,3}?\s+(?:of|out\s+of)|misappropriat(?:ing|ed)|theft\s+of)\s+"
    r"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|at\s+least\s+|roughly\s+)?\Z",
    re.I,
)
# "bonds totaling $5,000 or less", "up to $1 million": a range, not a bond that was set ("held
# on bonds totaling $350,000" is one).
_RANGE_BEFORE = compile_scan(
    r"\b(?:up to|as much as|as little as|less than|more than|under|over)\s+\Z", re.I
)
_RANGE_AFTER = re.compile(r"\A\s+or (?:less|more|higher|lower)\b", re.I)


# "His bonds total $1.1 million: $1 million on the murder charge and $100,000 on ...": the
# total of bonds told one by one is no bond of its own.
TOTAL_BEFORE = re.compile(r"\btotal(?:s|ed|ing|ling)?\s+(?:of\s+)?\Z", re.I)


def a_range(text: str, money: Money) -> bool:
    before = text[max(0, money.start - 20) : money.start]
    return bool(_RANGE_BEFORE.search(before) or prefix_match(_RANGE_AFTER, text[money.end :]))


def a_share(text: str, money: Money) -> bool:
    """Whether `money` is the part of a bond paid to be released ("10% ($5,000)")."""
    before = text[max(0, money.start - 40) : money.start]
    return bool(_SHARE_BEFORE.search(before) or prefix_match(_SHARE_AFTER, text[money.end :]))


# A sum that prices a thing named after it, no bail: "charged over a $130 million cocaine
# shipment", "a $5,000 watch" (not "a $250,000 surety", "a $10,000 cash bond", "a $1 million
# cash or surety bond").
_PRICED_BEFORE = re.compile(r"\b(?:an?|the)\s+\Z", re.I)
_PRICED_AFTER = re.compile(
    r"\s+(?!(?:[\w-]+\s+){0,2}?(?:bail|bond|bonds|surety|sureties|recogni[sz]ance)\b)[a-z]"
)


def priced_thing(clause: str, money: Money) -> bool:
    """Whether `money` in `clause` prices a thing named after it, no bail."""
    return bool(
        _PRICED_BEFORE.search(clause, max(0, money.start - 4), money.start)
        and _PRICED_AFTER.match(clause, money.end)
    )
