"""The cues of a charge told by its noun ("charge", "count") and what is done with it, its
offence mostly named before the noun: whose it is ("his murder charge", "the original
charges"; not the verb after an office's "'s": "the Prosecutor's Office to charge him"), the one
the accused faces ("the kidnapping count he already faced"), prosecutors who approve, add,
file or bring it ("approved a charge of murder", "added two charges of theft", "filed a felony
stalking charge against him"), police who request or submit it ("requested a murder charge
from prosecutors": expected), one still to come ("murder charges will be filed", "a possible
murder charge", "seeking murder charges against him": expected), and one named before the one
it is against, whatever the clause does with it ("sent the murder charge against him to the
grand jury"). They keep their place in `charge_cues.FILING_CUES`, whose order decides which cue
wins."""

from __future__ import annotations

from casefile.extraction.charge_cue_parts import COUNT, EACH, Cue, cue

NOUN_CUES: list[Cue] = [
    cue(
        ("charge",),
        r"(?:['’]s|\bhis|\bher|\b(?:original|initial|existing|underlying|earlier|current))\s+"
        # (not across the verb of a clause: "the State's Attorney's Office approved murder
        # charges", nor the verb "charge": "the Prosecutor's Office to charge him")
        r"(?=(?:(?!(?:approved|authorized|filed|brought|announced|sought|dropped|dismissed|to)\b)"
        r"[\w-]+\s+){1,4}charges?\b)",
        "filed",
    ),
    # ... or told as the one the accused faces, in a relative clause: "on top of the kidnapping
    # count he already faced", "the arson charge that Lee faces".
    cue(
        ("faced", "faces", "facing"),
        r"\bthe\s+(?=(?:[\w-]+\s+){1,4}?(?:charges?|counts?)\s+(?:that\s+|which\s+)?"
        r"(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+(?:already\s+|still\s+|now\s+|previously\s+)?"
        r"(?:faces?|faced|(?:was|is|were|are|had\s+been)\s+facing)\b)",
        "filed",
        until=r"\s+(?:charges?|counts?)\b",
    ),
    # ... or named after a colon: "listed the counts he now faces: rape, arson and assault".
    cue(
        ("faced", "faces", "facing"),
        r"\b(?:charges|counts)\s+(?:that\s+|which\s+)?(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+"
        r"(?:already\s+|still\s+|now\s+)?(?:faces?|faced|(?:is|are|was|were)\s+facing)\s*:\s*(?=\S)",
        "filed",
    ),
    # Prosecutors who approve the charges police put to them: "approved a charge of murder".
    cue(
        ("approved", "authorized"),
        r"\b(?:approved|authorized)\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:charges?|counts?)\b)",
        "filed",
    ),
    # Charges police put to prosecutors, not yet filed: "requested a murder charge from
    # prosecutors", "submitted charges of arson to the district attorney".
    cue(
        ("request", "submit", "forward", "present", "refer"),
        r"\b(?:request(?:ed|s|ing)?|submit(?:ted|s|ting)?|forward(?:ed|s|ing)?|present(?:ed|s|ing)?|"
        r"refer(?:red|s|ring)?)\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?charges?\b)",
        "expected",
    ),
    # "adding a count of assault", "added two charges of theft"
    cue(
        ("add",),
        rf"\badd(?:s|ed|ing)?\s+(?:{COUNT}\s+)?(?:new\s+|more\s+|additional\s+|further\s+)?"
        r"(?:[\w-]+\s+)?(?:counts?|charges?)\s+"
        rf"(?:{EACH}\s+)?of\s+",
        "filed",
    ),
    # ... or named before the noun: "Prosecutors added a murder charge Monday"
    cue(
        ("add",),
        rf"\badd(?:s|ed|ing)?\s+(?:{COUNT}\s+)?(?:new\s+|more\s+|additional\s+|further\s+)?"
        r"(?=(?!(?:new|more|additional|further)\b)(?:[\w-]+,?\s+){1,4}?(?:counts?|charges?)\b)",
        "filed",
    ),
    # "prosecutors filed a felony stalking charge against him", "the grand jury returned a
    # murder indictment against"
    cue(
        ("filed", "brought", "lodged", "returned"),
        r"\b(?:filed|brought|lodged|returned)\s+"
        r"(?=(?:[\w-]+\s+){0,5}?(?:charges?|counts?|indictments?)\s+against\b)",
        "filed",
        # (the offence ends at the noun: "returned murder indictments against two brothers")
        until=r"\s+(?:charges?|counts?|indictments?)\s+against\b",
    ),
    # "prosecutors plan to file murder charges", "expected to bring charges of arson"
    cue(
        ("file", "bring"),
        r"\b(?:file|bring)\s+(?:(?:formal|new|additional|criminal)\s+)?"
        r"(?=(?:charges?\s+of\s+|(?:[\w-]+\s+){1,4}?charges?\b))",
        "filed",
    ),
    # "murder charges will be filed", "a possible murder charge": charges still to come
    cue(
        ("be filed", "be brought", "be sought", "possible", "potential", "expected",
         "anticipated", "seek", "sought", "pending", "likely", "planned"),
        r"(?:\b(?:possible|potential)\s+|(?:^|\b(?:the|that|said|and|a|an)\s+)"
        r"(?=(?:[\w-]+\s+){1,4}?charges?\s+(?:against\s+[^.;]{1,40}?\s+)?"
        r"(?:(?:will|would|could|may|might)\s+(?:\w+\s+)?be\s+(?:filed|brought|sought)|"
        # "murder charges are expected", "a murder charge is anticipated"
        r"(?:is|are)\s+(?:also\s+|still\s+)?(?:expected|anticipated|likely|planned|pending)\b(?!\s+to\s+be\s+"
        r"(?:dropped|dismissed|withdrawn)))\b)"
        # "police are seeking murder charges against him", "they will seek a murder charge"
        r"|\b(?:seek|seeks|seeking|sought)\s+(?=(?:[\w-]+\s+){0,4}?charges?\s+against\b|"
        r"(?:an?\s+)?(?:[\w-]+\s+){1,3}?charges?\b))"
        r"(?=(?:[\w-]+\s+){0,4}?charges?\b)",
        "expected",
    ),
    # A charge named before the one it is against, whatever the clause does with it: "sent
    # the murder charge against him to the grand jury", "the theft counts against Bo Tran".
    cue(
        ("against",),
        r"\bthe\s+"
        r"(?=(?:(?!(?:new|more|additional|further|possible|potential|same|other|any|no|"
        r"charges?|counts?)\b)[\w-]+\s+){1,4}?(?:charges?|counts?)\s+against\s)",
        "filed",
    ),
]  # fmt: skip
