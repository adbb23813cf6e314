"""How many suspects a report that names none says were arrested or are sought: "two
suspects, a man and a woman, were arrested", "police are searching for the gunman", "the
trio", "three corrections officers were charged". `suspects.py` reads `unnamed_count` beside
the groups told doing the deed (`doers.py`) and told member by member (`group_counts.py`)."""

from __future__ import annotations

import re

from casefile.domain.facts import Evidence
from casefile.extraction.context import Article, fact
from casefile.extraction.cues import DEED
from casefile.extraction.harm_words import NOT_AFTER_HARM
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.unnamed_suspects import OTHER_MATTER

# Where the report names no suspect: "two suspects, a man and a woman, were arrested",
# "police are searching for the gunman".
_COUNT = r"(?P<count>a|an|the|one|two|three|four|five|six|2|3|4|5|6)"
# People counted by their work or their ties ("three corrections officers", "three members
# of a family"): suspects only where told as charged or held, never by what they did.
_PEOPLE_BY_ROLE = (
    r"(?:officers|deputies|troopers|guards|employees|workers|staffers|staff\s+members|teachers|"
    r"students|members|nurses|doctors|relatives|siblings|brothers|sisters|cousins|friends|"
    r"coaches|inmates|soldiers|firefighters|executives|officials|agents|caregivers)"
)
# The nouns a report counts unnamed people by, police jargon among them ("three males",
# "three subjects", "three youths").
_GROUP_NOUN = (
    r"(?:suspects|men|women|teens|teenagers|juveniles|minors|people|persons|boys|girls|gunmen|"
    r"robbers|individuals|males|females|subjects|youths|adults|trio|(?:persons|people)\s+of\s+"
    r"interest)"
)
_UNNAMED = compile_scan(
    # "searching for the three men", "asking the public for help identifying three suspects",
    # "a reward for information leading to the arrest of three suspects".
    r"\b(?:(?:searching|looking|hunting)\s+for|seeking|(?:help|assistance)\s+(?:in\s+)?"
    r"(?:finding|locating|identifying)|trying\s+to\s+(?:find|locate|identify)|"
    r"want(?:s|ed)?\s+to\s+(?:identify|find|locate|question|(?:speak|talk)\s+(?:with|to))|"
    r"leading\s+to\s+the\s+arrest\s+of)\s+(?:the\s+(?=(?:two|three|four|five|six)\b))?"
    + _COUNT
    + r"\s+(?:[\w-]+\s+)?"
    r"(?:suspects?|gunm[ae]n|shooters?|robbers?|attackers?|assailants?|m[ae]n|wom[ae]n|"
    r"persons?|people|driver|teens?|teenagers?|juveniles?|males?|females?|individuals?|"
    r"subjects?|youths?)\b"
    r"|\b" + _COUNT.replace("count", "pair") + r"\s+(?:suspects|men|women|teens|teenagers|"
    r"juveniles|people),\s+a\s+"
    r"(?:man|woman|teen|boy|girl)\s+and\s+a\s+(?:man|woman|teen|boy|girl)\b"
    # "Three men were arrested", "Two men robbed the store": a counted group as the subject of
    # custody or of the crime (not "two men were shot").
    # "The three suspects were booked", "Three men wanted in a string of robberies were
    # captured", "Three teenagers are facing charges", "Three suspects remain at large".
    # (not those a harm was done to: "a shooting that injured two people remain")
    r"|"
    + NOT_AFTER_HARM
    + r"\b(?:[Tt]he\s+)?"
    + _COUNT.replace("count", "crew")
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + _GROUP_NOUN
    + r"\b"
    # "Three suspects in a shooting that injured two people remain on the loose".
    r"(?:,[^.;]{0,40}?,|\s+(?:wanted|accused|suspected|in|from)\s+[^.;,]{0,60}?"
    r"(?=\s+(?:were|are|remain)\b))?\s+"
    r"(?:(?:were|have\s+been|had\s+been|are|was|has\s+been)\s+(?:\w+\s+)?(?:arrested|charged|"
    r"detained|taken\s+into\s+custody|booked|indicted|sought|wanted|captured|apprehended|"
    r"in\s+custody|identified|questioned|involved|held\s+on\s+suspicion)|(?:are\s+)?fac(?:e|ing)\s+(?:[\w-]+\s+){0,2}?"
    r"charges|remain\s+(?:at\s+large|on\s+the\s+loose|in\s+(?:police\s+)?custody|jailed)|"
    # a headline's participle: "3 men charged after ...", "Three teens arrested in ..."
    r"(?<=[a-z] )(?:arrested|charged|indicted|held|sought|jailed)(?=\s+(?:in|after|for|over|with|"
    r"on|following)\b)|(?:robbed|broke\s+into|"
    r"stole|carjacked|opened\s+fire|forced\s+their\s+way|fled|escaped|got\s+away)\b"
    # "Three unknown suspects shot at a house", "Three armed men demanded cash": the deed,
    # said of someone or something (not "three men killed in the crash", a passive).
    r"|(?:then\s+)?" + DEED + r"(?=\s+(?:a|an|the|his|her|their|him|them|two|three|four|"
    r"several|\d+|at\s+(?:him|her|them|police|officers|deputies))\b))"
    # "Police arrested two juveniles", "deputies detained three men": the group as object.
    # A headline that counts the accused alone: "3 arrested in fatal shooting", "Three charged
    # in deadly home invasion".
    r"|\A\W*(?P<headcount>two|three|four|five|six|[2-6])\s+(?:arrested|charged|indicted|held|"
    r"sought|jailed|sentenced|convicted)\b"
    # "Police said there were three suspects", "carjacked by three suspects", "three gunmen
    # got out of an SUV": a counted group the report calls by a suspect's noun, whatever it
    # says of them (not "two men who shot him", whom it calls no suspects).
    r"|\b(?P<suspected>two|three|four|five|six|[2-6])\s+(?:(?:masked|armed|unknown|unidentified|"
    r"male|female|teenage|juvenile|other|more)\s+)?(?:suspects|gunmen|shooters|robbers|attackers|"
    r"assailants|carjackers|burglars|intruders|perpetrators)\b"
    # "Three corrections officers were charged", "Three employees of the home were charged":
    # people counted by what they are, told as charged or held (not by what they did: "three
    # officers shot the man").
    r"|\b(?:[Tt]he\s+)?(?P<staff>two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}?"
    + _PEOPLE_BY_ROLE
    + r"\b(?:\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:,[^.;]{0,40}?,)?\s+"
    r"(?:(?:were|have\s+been|had\s+been|are)\s+(?:\w+\s+){0,4}?(?:arrested|charged|indicted|"
    r"detained|booked|taken\s+into\s+custody)|(?:are\s+)?fac(?:e|ing)\s+(?:[\w-]+\s+){0,2}?"
    r"charges)\b"
    # "Investigators have identified three persons of interest" (not three men found dead).
    r"|\bidentified\s+(?P<known>two|three|four|five|six|[2-6])\s+(?:suspects|persons\s+of\s+"
    r"interest|people\s+of\s+interest)\b"
    r"|\b(?:arrested|detained|charged|apprehended|booked|indicted)\s+"
    + _COUNT.replace("count", "taken")
    + r"\s+(?:[\w-]+\s+)?"
    + _GROUP_NOUN
    + r"\b"
    # "took three people into custody".
    r"|\btook\s+"
    + _COUNT.replace("count", "took")
    + r"\s+(?:[\w-]+\s+)?"
    + _GROUP_NOUN
    + r"\s+into\s+custody\b"
    # "Police arrested a man and a woman", "A man and a woman were charged".
    r"|\b(?:arrested|detained|charged|apprehended|booked)\s+(?P<duo>a)\s+(?:man|woman|teen|boy|"
    r"girl)\s+and\s+a\s+(?:man|woman|teen|boy|girl)\b"
    r"|\b(?P<duo2>a)\s+(?:man|woman|teen|boy|girl)\s+and\s+a\s+(?:man|woman|teen|boy|girl)\s+"
    r"(?:were|have\s+been)\s+(?:\w+\s+)?(?:arrested|charged|detained|taken\s+into\s+custody|"
    r"booked|indicted)\b"
    # "The shooter, who has not been identified, remains at large".
    r"|\b(?P<lone>the|a)\s+(?:[\w-]+\s+)?(?:suspect|gunman|shooter|robber|attacker|assailant|"
    r"killer|carjacker)\b(?:,[^.;]{0,60}?,)?\s+(?:remains|is\s+still|was\s+still|is)\s+(?:at\s+"
    r"large|on\s+the\s+loose|being\s+sought)",
    re.IGNORECASE,
)
_UNNAMED_GATE = key_words(
    "searching",
    "looking",
    "hunting",
    "seeking",
    "help",
    "assistance",
    "trying to",
    "arrest of",
    " and a ",
    "two ",
    "three ",
    "four ",
    "five ",
    "six ",
    "trio",
    "2 ",
    "3 ",
    "4 ",
    "5 ",
    "6 ",
    "suspects",
    "gunmen",
    "shooters",
    "robbers",
    "attackers",
    "assailants",
    "carjackers",
    "burglars",
    "intruders",
    "perpetrators",
    "officers",
    "deputies",
    "employees",
    "members",
    "at large",
    "on the loose",
    "being sought",
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5,
           "6": 6, "trio": 3}  # fmt: skip


def unnamed_count(article: Article) -> tuple[int, Evidence | None]:
    """How many suspects a report that names none says were arrested or are sought ("two
    suspects, a man and a woman", "searching for a gunman"), and the sentence saying it."""
    for sentence in _UNNAMED_GATE.among(article.sentences):
        match = first_in(_UNNAMED, sentence.text)
        if match and not first_in(OTHER_MATTER, sentence.text):
            if match.group("duo") or match.group("duo2"):
                count = 2
            else:
                said = (
                    match.group("count")
                    or match.group("pair")
                    or match.group("crew")
                    or match.group("taken")
                    or match.group("took")
                    or match.group("staff")
                    or match.group("suspected")
                    or match.group("headcount")
                    or match.group("known")
                )
                count = _COUNTS.get((said or "").lower(), 1)
                if re.search(r"\btrio\b", match.group(0), re.I):
                    count = 3  # "The trio was arrested", "arrested a trio of teens"
            return count, fact("SuspectIdentified", {}, article, sentence).evidence
    return 0, None
