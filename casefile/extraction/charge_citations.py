"""What a list of charges cites beside its offences' names: a statute, a count or an offence's
class in brackets ("murder (ORS 163.115)", "assault (two counts)", "murder (a Class A
felony)"), an offence's short name in brackets ("homicide by vehicle (DWI)") and a hold of an
earlier matter told beside the charges ("in addition to a probation violation from a 2019
burglary conviction"), all set aside before the list is read (`without_citations`); and a
code's sections, each with its offence in brackets, as Indian reports name charges ("Sections
103 (murder) and 61 (criminal conspiracy) of the BNS"), read as the list of the offences they
name (`section_offences`). `offences.read_charges` reads the list that is left."""

from __future__ import annotations

import re

# A statute or a count in brackets inside a list: "murder (ORS 163.115) and robbery",
# "assault (two counts) and theft"; it ends no list.
_BRACKETS = re.compile(r"\s*\(([^()]{0,80})\)")
# (and the class of an offence: "murder (a Class A felony)")
_CITATION = re.compile(r"\d|§|\bcounts?\b|\b(?:felony|misdemeanou?r|class)\b", re.I)


# An offence's short name in brackets after it: "homicide by vehicle (DWI)", "(OVI)"; not a
# law's short name inside its title ("Corrupt Organizations (RICO) Act").
_SHORT_NAME = re.compile(r"\s*\([A-Z]{2,6}\)(?!\s+[A-Z])")


# A hold of an earlier matter told beside the charges: "in addition to a probation violation
# from a 2019 burglary conviction" is no charge of this case.
_EARLIER_HOLD = re.compile(
    r",?\s+(?:and|in\s+addition\s+to|as\s+well\s+as|along\s+with)?\s*(?:an?\s+)?"
    r"(?:probation|parole)\s+violations?\s+(?:from|in|on)\s+(?:a|an|his|her|their|the)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?(?:conviction|case|sentence)\b",
    re.I,
)


def without_citations(phrase: str) -> str:
    if "violation" in phrase:
        phrase = _EARLIER_HOLD.sub("", phrase)
    if "(" not in phrase:
        return phrase
    phrase = _SHORT_NAME.sub("", phrase)
    return _BRACKETS.sub(lambda m: "" if _CITATION.search(m.group(1)) else m.group(0), phrase)


# A code's sections, each with its offence in brackets: "Sections 103 (murder), 3(5) (common
# intention) and 61 (criminal conspiracy) of the BNS".
# (the code's abbreviation may come first: "IPC sections 304B (dowry death) and 498A (cruelty)")
_SECTIONS_OPEN = re.compile(r"(?:(?-i:[A-Z]{2,5})\s+)?sections?\s+(?=\d)", re.I)
_SECTION_OFFENCE = re.compile(
    r"(?:,\s*|,?\s+(?:and|&)\s+)?(?:sections?\s+)?\d+[A-Za-z]?(?:\s*\(\d+\))*\s*"
    r"\(([a-z][^()]{1,60})\)",
    re.I,
)


def section_offences(phrase: str) -> str:
    """The offences a list of a code's sections names in brackets, as a list of charges
    ("murder and criminal conspiracy"), or `phrase` itself when it opens on no such list."""
    opening = _SECTIONS_OPEN.match(phrase)
    if opening is None:
        return phrase
    names, position = [], opening.end()
    while (found := _SECTION_OFFENCE.match(phrase, position)) is not None:
        names.append(found.group(1).strip())
        position = found.end()
    return " and ".join(names) if names else phrase
