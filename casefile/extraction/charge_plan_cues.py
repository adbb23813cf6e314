"""The cues of a charge still to come, told by the verb of those who will bring it or ask for
it: prosecutors who seek one ("seeking an indictment on", "a possible charge of"), plan or
intend to charge ("plans to charge him with", "is going to charge"), police who ask for counts
or put a charge to prosecutors ("will be asking for two counts of", "will ask prosecutors to
charge her with"), a charge to be raised to another ("expect to upgrade the charge to murder")
and one to be laid ("will be formally charged with"). Each gives its list the status
"expected". They keep their place in `charge_cues.FILING_CUES`, whose order decides which cue
wins; a charge to come named before its noun ("murder charges will be filed", "requested a
murder charge") is read there."""

from __future__ import annotations

from casefile.extraction.charge_cue_parts import ASKED_TO, COUNT, OBJECT, Cue, cue

PLANNED_CUES: list[Cue] = [
    cue(("seek", "possible", "potential"),
         r"\b(?:seek(?:ing|s)?|possible|potential)\s+(?:an?\s+)?(?:indictment|charges?)\s+(?:of|on|for)\s+",
         "expected"),
    cue(
        ("expect", "plan"),
        r"\b(?:expects?|expected|plans?|planned|planning)\s+to\s+(?:see\s+[^.;]{0,40}?\s+)?"
        # "expects to formally charge Bo Tran with murder"
        rf"(?:(?:formally\s+)?charge|be charged|face|file)\s+{OBJECT}(?:with|for)\s+",
        "expected",
    ),
    cue(("will be",), r"\bwill be\s+(?:formally\s+)?charged\s+(?:with|for)\s+", "expected"),
    # charges police will ask prosecutors for: "will be asking for two counts of first-degree
    # manslaughter and DUI", "asked for charges of arson" (not a dismissal asked for: "asked for
    # the charges of theft to be dropped")
    cue(
        ("ask for", "asks for", "asked for", "asking for", "request"),
        r"\b(?:ask|asks|asked|asking|request|requests|requested|requesting)\s+for\s+"
        rf"(?=(?:{COUNT}\s+|the\s+)?(?:[\w-]+\s+)?(?:counts?|charges?)\s+(?:(?:each|apiece)\s+)?of\s+)"
        r"(?![^.;]{0,160}?\b(?:dropped|dismissed|withdrawn|reduced|thrown out)\b)",
        "expected",
    ),
    # a charge still to be raised to another: "detectives expect to upgrade the charge against
    # Bo Tran to murder", "prosecutors may elevate the charges to manslaughter" (a raise done
    # is the verdict cues' "upgraded ... to")
    cue(
        ("upgrade", "elevate"),
        r"\b(?:expects?|expected|plans?|planned|planning|intends?|intended|will|would|could|may|"
        r"might|likely)\s+(?:\w+\s+)?(?:to\s+)?(?:upgrade|elevate)\s+(?:the|his|her|their|that|this)\s+"
        r"(?:[\w-]+\s+)?charges?\b[^.;]{0,60}?\s+to\s+(?!commit\b)",
        "expected",
    ),
    # police who put a charge to prosecutors: "will ask prosecutors to charge her with murder"
    # (an office named in full: "will ask the Ingham County Prosecutor's Office to charge")
    # (or in the subjunctive: "will recommend that prosecutors charge Bo Tran with arson")
    cue(
        ("ask", "recommend", "urge", "urging"),
        rf"{ASKED_TO}(?:formally\s+)?charge\s+{OBJECT}(?:with|for)\s+",
        "expected",
    ),
    cue(
        ("will", "would", "intend", "going to", "seeking to", "prepared to"),
        r"\b(?:will|would|intends?\s+to|intended\s+to|(?:is|are)\s+going\s+to|seeking\s+to|"
        rf"prepared\s+to)\s+(?:formally\s+|also\s+)?(?:be\s+charging|charge)\s+{OBJECT}(?:with|for)\s+",
        "expected",
    ),
]  # fmt: skip
