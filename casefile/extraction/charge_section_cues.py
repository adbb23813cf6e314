"""The cues of charges named by a code's sections, each with its offence in brackets, as Indian
reports name them: the verb that books, registers or files a case under the sections ("booked
under Sections 103 (murder) and 61 (criminal conspiracy) of the BNS", "an FIR was registered
against him under IPC sections 304B (dowry death) and 498A (cruelty)", "filed a chargesheet
against A, B and C, invoking sections ..."), read from the verb nearest the sections, which
gives its list the status "filed", and a verdict under them ("convicted Ravi Rao under Sections
304B (dowry death) and 498A (cruelty)"), which gives it "convicted". They keep their place in
`charge_cues.FILING_CUES`, whose order decides which cue wins."""

from __future__ import annotations

from casefile.extraction.charge_cue_parts import Cue, cue

SECTION_CUES: list[Cue] = [
    # A code's sections, each with its offence in brackets, as Indian reports name a charge:
    # "booked under Sections 103 (murder) and 61 (criminal conspiracy) of the BNS", "a case
    # has been registered against him under Section 302 (murder)" (the names are read by
    # `charge_citations.section_offences`).
    # (the code's abbreviation may come first: "under IPC sections 304B (dowry death)"; the
    # people it is registered against between: "an FIR was registered at the Kolar police
    # station against Ravi Rao and his mother Meena Devi under IPC sections ...")
    cue(
        ("under section", "sections"),
        # (from the verb nearest the sections: "Based on a complaint lodged by the dead man's
        # brother, Ravi Rao, an FIR was registered, and the two were booked under" books
        # the two, not the brother)
        # (a chargesheet names them too: "filed a chargesheet against A, B and C in December,
        # invoking sections ...")
        r"\b(?:booked|charged|registered|lodged|filed|case|FIR|charge-?sheet(?:ed)?)\b"
        r"(?:(?!\b(?:booked|charged|registered|lodged|filed|case|FIR|charge-?sheet(?:ed)?)\b)"
        r"[^.;]){0,160}?\b(?:under|invoking)\s+"
        r"(?=(?:(?-i:[A-Z]{2,5})\s+)?sections?\s+\d)",
        "filed",
    ),
    # A verdict under a code's sections: "convicted Ravi Rao and Meena Devi under Sections
    # 304B (dowry death) and 498A (cruelty) of the Indian Penal Code".
    cue(
        ("convicted",),
        r"\bconvicted\b[^.;]{0,80}?\bunder\s+(?=(?:(?-i:[A-Z]{2,5})\s+)?sections?\s+\d)",
        "convicted",
    ),
]  # fmt: skip
