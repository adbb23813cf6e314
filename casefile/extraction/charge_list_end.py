"""Where a list of charges ends: the next clause (a verb, a relative clause of the one who faces
the charges, a clause with a subject of its own, the next verdict with its own list), what the
report tells of the charges after their names (the case they are in, the source, why a plea
was made, the law or section they fall under, when) and punctuation (a period, a colon, a
bracket, a dash). Words that penal codes name offences with do not end it: "flight from an
officer", "failure to stop at an accident", "theft over $10,000", "battery upon a law
enforcement officer", "criminal breach of trust as an employee". `offences.charge_end` reads
the list up to the first such end, past a semicolon that goes on to one more offence."""

from __future__ import annotations

from casefile.extraction.scan_compile import compile_scan

# Where a list of charges ends: the next clause, the source, punctuation.
# (compile_scan: searched at every position, it skips in C to where a match can start)
LIST_END = compile_scan(
    # "in connection with" a drug trafficking crime or crime of violence names a federal
    # firearms offence ("using firearms in connection with drug trafficking"), not its case
    r"\s+(?i:in connection with(?! (?:a |an )?(?:drug[- ]trafficking|crimes? of violence)\b)|"
    # (an earlier conviction some codes name an offence by: "possession of a firearm after
    # former felony conviction")
    r"(?<!stop )(?<!scene )after(?! the fact| (?:a |an )?(?:former|previous|prior) (?:felony )?conviction)|following|related to|stemming from|tied to|linked to|connected to|that|which|who|"
    # "when at fault", "when intoxicated": the state an offence's name requires
    r"according|when(?! (?:at fault|intoxicated|impaired|armed)\b)|because|before|since|but(?! less than \$)|said|last|earlier|this|today|yesterday|"
    # a time told from its part of a span: "late last month", "early Sunday", "late on Friday"
    r"(?:early|late)(?= (?:last|this|next|on|in|that|yesterday|today|tonight|(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day)\b)|"
    # (the capacity a code names an offence by, as Singapore's and India's do: "criminal
    # breach of trust as an employee", "as a public servant")
    r"as well as other|(?<!well )as (?!well as)(?!(?:a|an) (?:hate|bias)[- ]crimes?\b)(?!to (?:its|the|his|her|their|whether)\b)"
    r"(?!(?:a|an) (?:public )?(?:employee|servant|agent|clerk|banker|carrier|trustee)\b)|instead of|rather than|"
    # the next verdict, which reads its own list: "not guilty of murder and guilty of
    # manslaughter and tampering with evidence"
    r"and (?:[\w'’]+ ){0,2}?(?:not )?(?:guilty|convicted(?! felons?\b)|acquitted)|"
    # why a plea was made: "to manslaughter to avoid a murder trial", "in exchange for ..."
    # ... or how it was made: "admitted torture through a no contest plea"
    r"(?<!flight )to (?:avoid|spare|escape|resolve)|in exchange|under (?:a|an|the) (?:[\w-]+ ){0,2}?(?:plea|deal|agreement|doctrine)|"
    r"(?:through|via|by way of) (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:plea|pleas|deal|agreement)\b|"
    # the law it falls under, told after the name: "criminal conspiracy under the relevant
    # sections of the penal code", "under various provisions of the Act"
    r"under (?:the )?(?:relevant |various |several |appropriate |applicable |different )?"
    r"(?:sections?|provisions?|clauses?)\b|by (?:police|authorities|the)\b|"
    # "from" ends the list unless what is fled or escaped follows, which codes name: "aggravated
    # flight from an officer", "escape from custody" ("theft from a person" too)
    r"from(?! (?:a|the) person\b| (?:an? |the )?(?:(?:police|peace|law[- ]enforcement) )?officers?\b|"
    r" (?:lawful )?custody\b| (?:police|law enforcement)\b)|"
    # "failure to stop after an accident", "leaving the scene after a crash": part of the name
    r"(?:(?<=stop )|(?<=scene ))after(?! (?:an?|the) (?:[\w-]+ )?(?:accident|crash|collision)\b)|"
    # "failure to stop at an accident", "failure to remain at the scene": part of the name
    # ("theft over $10,000" is an offence graded by the value taken)
    # (a preposition joined to another by "or" is the code's: "discharging a firearm at or
    # into a habitation"; not a place told so: "at or near the store")
    r"(?<!stop )(?<!remain )(?<!when )(?<!\bor )(?<!valued )at(?! or (?:into|in|on|near|upon|toward) (?!(?:the|his|her|their)\b))|"
    r"if|until|"
    # (nor an alcohol level a code names: "operation with over 80 mg of alcohol in blood")
    r"over(?! \$| \d+ ?(?:mg|milligrams)\b)|"
    # ("upon" goes on with the one a code names the offence against: "infliction of great
    # bodily injury upon a child", "battery upon a law enforcement officer")
    r"once|upon(?! (?:a|an) (?:[\w-]+ ){0,2}?(?:child|minor|juvenile|officer|person|employee|"
    r"elderly|disabled|pregnant|family|household|spouse|public|emergency|peace)\b)|unless|by (?:a|an) (?:[\w-]+ )?(?:jury|judge|court|panel|magistrate|verdict)|"
    # the code's section the offence is charged under: "murder under Section 302"
    r"under (?:the )?(?:[a-z]{2,5} )?sections? \d+[a-z]?|"
    r"to (?:prosecutors|(?:a|the) (?:[\w-]+ )?(?:prosecutors?|district attorney|grand jury|court)))\b"
    # a time told by its distance from another: "guilty of manslaughter two days earlier",
    # "charged with arson a few weeks after the fire", "with fraud several months ago",
    # "charged with arson the following day"
    r"|\s+(?i:(?:a\s+few|a\s+couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|some|many|\d+)\s+(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r"(?=\s+(?:earlier|later|ago|before|after|prior|since)\b)|the\s+(?:following|next|previous|"
    r"same)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b)"
    # a verb: the next clause ("and is held"); lower case, so that "in May" is no verb
    r"|\s+(?:was|were|is|are|has|have|had|will|could|would|may|might|can|should|must|"
    # what the law provides for it: "the charge of X provides for a mandatory minimum"
    r"provides|carries)\b"
    # what was done to it, told by the participle alone: "had his charge of theft dropped"
    r"|\s+(?:being\s+)?(?:dropped|dismissed|withdrawn)\b"
    # the charge a defendant is one on: "a murder defendant"
    r"|\s+defendants?\b"
    # a clause about another charge: "to murder, and the robbery charge was dismissed"
    r"|,\s+and\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:charges?|counts?)\s+"
    r"(?:was|were|is|are|has|have|had|will)\b"
    # (a dash, unless a code's "in company" follows it: "break and enter — in company")
    # (a decimal point is no end: "with a BAC of .15 or more causing death")
    r"|\.(?!\d)|[;:()\"“”]|(?:\s--?\s|[—–])(?!\s?in company\b)|,\s+(?i:police|authorities|officials|prosecutors|court records|"
    r"records|according)\b"
    # a clause of its own: "murder, while Lee faces ...", "murder and charged Lee, 20, with"
    r"|,\s+(?i:while|whereas)\b|,?\s+and\s+(?:also\s+)?(?i:charged|indicted|arrested|cited|"
    r"booked|convicted|acquitted)\s+(?-i:[A-Z])"
    # a relative clause of the one who faces it: "to the kidnapping count he already faced"
    # (not before the charges it includes: "to the nine charges he faced, including murder")
    r"|\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:already\s+|still\s+|now\s+|previously\s+)?"
    r"(?:faces?|faced|had\s+faced)\b(?!,?\s+(?:including|among\s+them)\b)"
    # ... or with a subject of its own, named, then its verb: "to arson, and Ann Lee, 30,
    # pleaded guilty to theft", "... and Bo Tran did the same"
    r"|,\s+and\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}(?:,\s+\d{1,3},)?\s+"
    r"(?-i:[a-z]+ed|did|does|pled|got|faces)\b",
)
