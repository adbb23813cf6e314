"""The wordings of homicide charges that the links read (extraction/homicide.py,
link_fallback.py, link_subjects.py): a charge for a killing, not an attempt
(`HOMICIDE_CHARGE`); a homicide charge told in words ("pleaded not guilty to murder", "has been
charged in her death", "was sentenced to life for the killing of"); one stated in a link
sentence itself ("arrested on murder charges"); and how many dead a charge or a killing counts
("three counts of murder", "the deaths of two women", "a double killing")."""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.link_wording import OTHER_PEOPLE
from casefile.extraction.numbers import NUMBER
from casefile.extraction.patterns import compile_scan

# An attempt, a conspiracy or a solicitation to kill kills no one ("criminal attempt to commit
# murder", "conspiracy to commit murder", "solicitation of murder").
INCHOATE = r"\b(?:attempt|conspir|solicit)"
# A charge for a killing, also one named by the death it caused ("dangerous driving causing
# death", "causing death by careless driving", "DUI resulting in death") or by the death as its
# head, as Indian codes name one ("dowry death"; not "making death threats").
HOMICIDE_CHARGE = re.compile(
    rf"\A(?!.*{INCHOATE}).*?\b(?:murder|homicide|manslaughter|(?:causing|caused|resulting in) "
    r"(?:the )?death|death\Z)\b"
)

# "pleaded not guilty to murder", "indicted on a murder charge": charged with a homicide.
CHARGED_WITH_HOMICIDE = compile_scan(
    r"\b(?:charged|charges?|charging|indicted|indictment|convicted|pleaded|pled|plea|guilty|"
    r"arraigned|faces?|facing)\b[^.;]{0,60}?\b(?:murder|homicide|manslaughter)\b|"
    # "was sentenced to life for the killing of Ann Lee": a verdict on it
    r"\bsentenced\b[^.;]{0,40}?\b(?:for|in) (?:the |his |her )?(?:[\w'’-]+ ){0,2}?(?:killing|"
    r"murder|death|slaying|shooting death)s?\b|"
    # "pleaded not guilty to killing Ann Lee": a plea answers a charge of it
    r"\b(?:pleaded |pled |found (?:[\w-]+ )?)(?:not )?guilty (?:[\w,]+ ){0,4}?(?:to|of) (?:the )?"
    r"(?:killing|murdering|slaying|strangling|fatally \w+|stabbing \w+ to death|"
    r"shooting \w+ to death)\b",
    re.I,
)
# "has been charged in her death": a charge for the killing that does not name the offence.
CHARGED_IN_DEATH = compile_scan(
    r"\b(?:charged|indicted)\s+(?:in connection with|in|for|with)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:death|killing|slaying|murder)s?\b|"
    # Charges told without their names: "pleaded not guilty to the 21 charges against him",
    # "entered pleas of not guilty to all 14 counts", "the 14 counts against her".
    r"\b(?:pleaded|pled|entered (?:a |his |her |their )?pleas? of) (?:not )?guilty "
    r"(?:[\w,]+ ){0,4}?to (?:all |the )?(?:\d+ |[\w-]+ )?(?:charges|counts)\b|"
    r"\bthe (?:\d+ |[\w-]+ )?(?:charges|counts) against (?:him|her)\b",
    re.I,
)
CHARGE_GATE = key_words(
    "murder", "homicide", "manslaughter", "death", "killing", "slaying", "pleaded", "pled", "charges against",
    "pleas of", "plea of", "counts against",
)  # fmt: skip
# A link sentence that itself states the homicide charge: "arrested on murder charges".
HOMICIDE_CHARGE_HERE = compile_scan(
    r"\b(?:murder|homicide|manslaughter) (?:charges?|counts?)\b|"
    r"\bcharged with (?:[\w-]+ ){0,3}?(?:murder|homicide|manslaughter)\b",
    re.I,
)


# The offence a count of killing names, after words that make it no attempt or conspiracy
# ("two counts of attempted murder", "one count of conspiracy to commit murder" kill no one).
_KILLING_CHARGE = rf"(?:(?!{INCHOATE})[\w-]+ ){{0,3}}?(?:murder\w*|homicides?|manslaughter)\b"
COUNT_OF = compile_scan(
    rf"\b(?P<n>{NUMBER})\s+(?:murders|killings|homicides|deaths|people)\b|"
    # Counts of charges count the dead only when they are counts of a killing ("three counts
    # of murder", "two first-degree murder counts"); "not guilty to all 21 counts against him"
    # counts charges of any kind, no dead.
    rf"\b(?P<c>{NUMBER})\s+(?:counts? of {_KILLING_CHARGE}|{_KILLING_CHARGE} counts?\b)|"
    # "responsible for the deaths of two women": the dead counted by who they were
    rf"\b(?:murders|killings|homicides|deaths|slayings) of (?:the |all )?(?P<k>{NUMBER})\s+"
    rf"(?:[\w-]+\s+)?{OTHER_PEOPLE}\b|"
    # "a suspect in a double killing": two dead
    r"\b(?P<m>double|triple|quadruple)[\s-]+(?:murder|killing|homicide|slaying|shooting)s?\b",
    re.I,
)
# How many dead a "double killing" names.
MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}
