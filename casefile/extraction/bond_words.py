"""Which words tell a bond and what became of it: the bond words themselves ("bail", "held in
lieu of $50,000"), each status (denied, posted, revoked, reduced, raised; set otherwise),
federal detention ("ordered detained pending trial"), and what is no bond of the defendant's:
talk of bail in general, a request or a possibility. (Sums beside a bond that are not it, the
share paid to be released or a range, are told in bond_sums.py.)
"""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, first_in

# The release on bail a court may revoke: "his release", "Bo Tran's pretrial release".
_RELEASE = r"(?:(?!parole\b|supervised\b|probation\b)[\w'’-]+\s+){0,3}?release\b"
# Money put up for a release is bail though neither word is said: "was released after
# posting $20,000" (not a bill paid on leaving a hospital).
_RELEASED_FOR_MONEY = (
    r"\b(?:released|freed)\b(?![^.;]{0,30}\bhospital)[^.;]{0,40}?\b(?:after|by|upon) "
    r"(?:posting|paying) (?=\$\d)"
)
# "held in lieu of $50,000" names a bond without the word.
# "held on $30,000" too: an amount a defendant is held on is his bond.
BOND_WORD = compile_scan(
    # A surety pledges the amount of a bail as Commonwealth courts set it: "his mother agreed
    # to act as his surety in the amount of $5,000", and a recognizance is a bail promised
    # ("released on a $2,000 recognizance"; "his own recognizance" is one set of no sum).
    # ("paid a bondsman on a total of $200,000": the bond he posted, through a bondsman)
    r"\b(?:bond|bail|in lieu of|bailed out|bonded out|surety|sureties|recogni[sz]ance|"
    r"(?<=paid a bondsman )on|(?<=paid a bail bondsman )on)\b"
    # (Not a place so named: "a store on Bond Street", "Bond County".)
    r"(?!\s+(?-i:(?:Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Boulevard|Blvd|Court|Place|Way|"
    r"County|Hill|Park|Square)\b))|"
    # Bonds as securities are no bail: "invested $2 million in municipal bonds", "issued $40
    # million in bonds".
    r"(?<!\bin )(?<!municipal )(?<!government )(?<!treasury )(?<!savings )(?<!corporate )"
    r"(?<!junk )(?<!bearer )\bbonds\b|"
    # A release revoked is the bond it was granted on: "revoked his pretrial release" (not
    # his parole, nor supervised release, which follow a sentence).
    rf"\b(?:revoked|revoking|revokes|rescinded)\s+{_RELEASE}|"
    r"\b(?:held|jailed|detained|lodged|booked) (?:[\w-]+ ){0,5}?on (?=\$\d)|"
    # The bail just named, set by a pronoun: "Prosecutors asked for $1 million bail; the judge
    # set it at $250,000."
    r"\bset (?:it|that|the amount) at (?=\$\d)|"
    # Oregon's word for bail: "A judge set his security at $75,000", "security was set at"
    r"(?:(?<=\bset )|(?<=\bset his )|(?<=\bset her )|(?<=\bset their ))security(?= at \$\d)|"
    r"\bsecurity(?= (?:was |is |has been )?set at \$\d)|" + _RELEASED_FOR_MONEY,
    re.I,
)
BOND_GATE = key_words(
    "bond",
    "bail",
    "in lieu of",
    "on $",
    "surety",
    "sureties",
    "recogni",
    "revok",
    "rescind",
    "posting $",
    "security",
    "paying $",
    "set it at",
    "set that at",
    "set the amount at",
)
DENIED = compile_scan(
    # "was refused bail", as British and Australian courts put it
    r"\b(?:(?:denied|refused)\s+(?:\w+\s+){0,3}?(?:bond|bail)|(?:without|no)[\s-]+(?:the possibility of\s+|"
    # ("No bond has been set" is none set yet, "no bail was requested" none asked for, and
    # "without bond conditions" a release with none: not bail denied.)
    r"any\s+)?(?:bond|bail)(?!\s+(?:has|have|had|was|is)\s+(?:yet\s+)?(?:been\s+)?(?:set|"
    r"requested|sought|asked|needed|required)\b)(?!\s+conditions\b)"
    # (Nor a hold of another matter: "held without bond on a parole violation".)
    r"(?!\s+on\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:parole|probation|immigration)\b)|"
    # (when told between: "refused on Friday to grant bond", "declined Tuesday to set bail")
    r"(?:refused|declined)\s+(?:(?:on\s+)?\w+\s+)?to (?:set|grant|allow) (?:\w+\s+)?(?:bond|bail)|"
    # The application turned down, as Indian and South African reports word it: "rejected
    # the bail application of Bo Tran", "dismissed his bail plea".
    r"(?:rejected|dismissed|turned\s+down)\s+(?:(?:a|the|his|her|their)\s+)?(?:bond|bail)\s+"
    r"(?:applications?|pleas?|petitions?|requests?)|"
    # ... or a request to free him on bond: "turned down a defense request to release Bo Tran
    # on bond", "denied a motion to release him on bail"
    r"(?:denied|rejected|refused|dismissed|turned\s+down)\s+(?:(?:a|the|his|her|their)\s+)?"
    r"(?:[\w-]+\s+)?(?:requests?|motions?|bids?|petitions?)\s+to\s+(?:release|free)\s+"
    r"(?:[\w.'’-]+\s+){0,3}?on\s+(?:bond|bail)|"
    # "Bail was formally refused", "his bail application was refused", and bail named before
    # the pronoun that is refused: "did not apply for bail and it was formally refused".
    r"(?:bond|bail)\s+(?:application\s+)?(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+)?"
    r"(?:\w+\s+)?(?:denied|refused)|"
    r"(?:bond|bail)\b[^.;]{0,60}?\b(?:it|which)\s+was\s+(?:\w+\s+)?(?:denied|refused)|"
    r"ineligible for (?:bond|bail))\b",
    re.I,
)
# Released with no bail to post is no bail denied: "was released without bail".
RELEASED_WITHOUT = compile_scan(
    r"\b(?:released|freed|free|let\s+go)\b[^.;,]{0,30}?\bwithout\s+(?:any\s+)?(?:bond|bail)\b", re.I
)
# A lower bond refused leaves the bond set: "denied a bond reduction", "denied bond
# reduction", "denied his motion to reduce bond".
REDUCTION_REFUSED = compile_scan(
    r"\b(?:denied|refused|rejected|declined|turned\s+down)\s+(?:(?:a|the|his|her|their)\s+)?"
    r"(?:\w+\s+)?(?:reduction\b|"
    r"(?:request|motion|bid)\s+to\s+(?:reduce|lower|cut)\b)",
    re.I,
)
# Up to five words between the verb and the bond: "posted a $100,000 bond", "posting 10
# percent of a $25,000 bond".
POSTED = re.compile(
    r"\b(?:posted|posting|paid)\s+(?:[\w$,.%-]+\s+){0,5}?(?:bond|bail)\b|"
    # "made bond", "made his $5,000 bail" (not "made a strong bond with his stepson").
    r"\bmade\s+(?:(?:his|her|their|the|a)\s+)?(?:\$[\d,.]+\s+(?:million\s+|thousand\s+)?)?"
    r"(?:cash\s+)?(?:bond|bail)\b|"
    # ("released last week on a $25,000 bond": the time told in words between)
    r"\b(?:released|freed) (?:(?!on\b)\w+ ){0,3}?(?:from (?:\w+ ){1,3})?(?:on|after posting) (?:[\w$,.%-]+\s+){0,3}?"
    r"(?:bond|bail)\b|"
    r"\b(?:bonded|bailed) out\b|\bpaid (?:a )?(?:bail )?bondsm[ae]n on\b|"
    # "Jail records show the bond was posted at 6:12 p.m.", "his bail has been paid"
    r"\b(?:bond|bail)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:posted|paid)\b|"
    + _RELEASED_FOR_MONEY,
    re.I,
)
# "is free on $150,000 bail" tells of a bond posted; without an amount ("remains free on
# bail") it is no event.
# (compile_scan: searched at every position, it skips in C to where a match can start)
_FREE_ON = compile_scan(
    r"\b(?:is|are|remains?|was|were|(?:had|has|have) been) (?:free|out) on "
    r"(?:[\w$,.%-]+\s+){0,3}?(?:bond|bail)\b",
    re.I,
)
REVOKED = compile_scan(
    r"\b(?:revoked|revoking|revokes|rescinded)\s+(?:[\w$,.%'’-]+\s+){0,4}?(?:bond|bail)\b|"
    rf"\b(?:revoked|revoking|revokes|rescinded)\s+{_RELEASE}|"
    r"\b(?:bond|bail)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:\w+\s+)?(?:revoked|rescinded)\b|"
    # A bail forfeited, or cancelled as Australian courts put it, is revoked: "his bond was
    # forfeited when he failed to appear", "his bail was cancelled" (not a hearing cancelled).
    r"\b(?:forfeited|cancell?ed)\s+(?:[\w$,.%'’-]+\s+){0,4}?(?:bond|bail)\b(?!\s+hearing)|"
    r"\b(?:bond|bail)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:(?!hearing\b)\w+\s+)?"
    r"(?:forfeited|cancell?ed)\b",
    re.I,
)
# The amount just named, posted: "..., which he posted Wednesday".
# (The one who posted it may be named: "which Bo Tran posted", "and Tran posted it".)
POSTED_IT = compile_scan(
    r"\b(?:which|that) (?:(?:he|she|they|(?-i:[A-Z])[\w'’-]+) (?:has |have |had |later |then |since )?|"
    r"(?:it|was|were|has|have|had) (?:later |then |since |been )?)(?:posted|paid|made)\b|"
    # "set at $500,000, and he posted it Tuesday", "was released after posting it".
    r"\b(?:he|she|they|(?-i:[A-Z])[\w'’-]+) (?:later |then |has |had )?(?:posted|paid|made) it\b|"
    r"\b(?:after|upon|by) (?:posting|paying) it\b",
    re.I,
)
REDUCED = compile_scan(
    r"\b(?:reduced|lowered|cut|decreased|dropped to|down from)\b|"
    # a request to lower it the court granted: "granted a request to lower the $2 million bond
    # to $500,000", "agreed to reduce his bail" (not one it denied or only heard)
    r"\b(?:(?:granted|approved)\s+(?:a|the|his|her|their|\w+['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:request|motion|bid)|agreed)\s+to\s+(?:lower|reduce|cut)\b",
    re.I,
)
# Not money raised: "a fundraiser has raised $20,000 for his bail".
RAISED = compile_scan(
    r"\b(?:raised|raise|increased|increase|doubled|tripled|up from)\b"
    r"(?!\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?\$)",
    re.I,
)
# "held on $250,000, up from the $50,000 bond he posted": the amount before the words is the
# new one, the amount after them the one it was.
FROM_AFTER = re.compile(r"\b(?:up|down) from\b", re.I)
# "the $50,000 bond he posted in July": posted, told after the amount.
POSTED_AFTER = re.compile(
    # (or by name: "revoked the $5,000 cash bond Cal Voss posted April 10")
    r"\s+(?:cash\s+|surety\s+)?(?:bond|bail)\s+(?:that\s+|which\s+)?(?:he|she|they|"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:had\s+|later\s+)?(?:posted|paid)\b",
    re.I,
)
# "is free on $150,000 bail": the bond of this case, though "free on" often tells of an
# earlier one ("was free on bond when he was arrested").
# ... and so does "has been free on bond since", or "had been free on bond since his arrest"
# (until the verdict): free on this case's bond, not on an earlier one's.
# ... and so does one told of the wait for this case's trial: "While awaiting trial, he had
# been free on a $100,000 bond".
STILL_FREE = compile_scan(
    r"\b(?:(?:is|are|remains?|(?:has|have) been) (?:free|out) on|"
    r"had been (?:free|out) on (?=[^.;]{0,60}\b(?:since|until)\b)|"
    r"(?<=awaiting trial, )[^.;]{1,40}?\b(?:had been|was|were) (?:free|out) on)",
    re.I,
)
# Bail a court granted with no money named, as British and Australian courts grant it: "was
# granted conditional bail", "Both were granted unconditional bail", "His bail was continued",
# "was granted bail" (not one asked for: "applied to be granted bail").
GRANTED_NO_SUM = compile_scan(
    r"\b(?:(?:was|were|been|is|are)\s+(?:\w+\s+)?granted\s+(?:(?:conditional|unconditional|"
    r"strict|court|supervised)\s+)?bail|(?:his|her|their)\s+bail\s+(?:was|has\s+been)\s+"
    r"(?:continued|extended|renewed))\b|"
    # A release on the defendant's own promise is a bond set of no sum: "was released on his
    # own recognizance" (not a bond so named, "a personal recognizance bond", read as unpaid).
    r"(?<!not )(?<!be )(?<!never )\b(?:released|freed|let\s+go)\b[^.;]{0,30}?\bon\s+"
    r"(?:(?:his|her|their)\s+own|personal)\s+recogni[sz]ance\b(?!\s+(?:bond|bail)\b)",
    re.I,
)
# (not the wait for this case's trial: "While awaiting trial, he was free on bond")
AT_THE_TIME = compile_scan(r"\b(?:when|at the time|while(?! awaiting trial\b))\b", re.I)
# Talk of bail in general, not this defendant's: "bail reform", "no bail for violent offenders".
POLICY = compile_scan(
    r"\b(?:bail|bond) (?:reform|system|laws?|polic(?:y|ies)|bills?|funds?|project|industry)\b|"
    r"\b(?:bail|bond) for (?:\w+ )?(?:offenders|defendants|suspects|people|criminals)\b",
    re.I,
)
# A request or what might be: "his lawyer sought bail of $2 million", "should be released".
NOT_DONE = compile_scan(
    r"\b(?:sought|seek(?:s|ing)?|asked(?: for)?|ask(?:s|ing)? for|request(?:s|ed|ing)?|"
    r"argu(?:ed|es|ing) for|recommend(?:s|ed|ing)?|wants?|wanted|push(?:ed|ing)? for|"
    # A call from outside the court: "protesters called for the accused to be denied bail".
    r"call(?:s|ed|ing)? for (?:[\w'’-]+ ){1,3}?to be|"
    # ("could not afford the $10,000 bail" tells the bail set, which he could not post.)
    r"should|(?:could|would)(?!\s+not\s+(?:afford|post|make|pay|raise)\b)|might|expects?|expected|hopes?|hoped|plans?|planned|intends?|"
    r"to\s+be\s+released)\b",
    re.I,
)
DETAINED = compile_scan(
    r"\b(?:ordered (?:\w+ )?(?:detained|held) (?:(?:in|at) (?:the )?(?:[\w-]+ ){0,3}?(?:jail|"
    r"custody|prison|detention center) )?(?:pending|until|ahead of|before)|"
    # A court that orders or rules someone kept in custody holds him without bail: "was
    # ordered to remain in custody", "the judge ruled that he will remain in custody" (not
    # "remains in custody", a state told of him).
    r"(?:ordered|ruled|ruling|decided)\s+(?:that\s+)?(?:\w+\s+)?(?:to\s+|(?:will|would|must|should)\s+)"
    r"(?:remain|stay|be\s+held|be\s+kept)\s+(?:in\s+(?:custody|jail)|jailed|detained|behind\s+bars)|"
    # Federal wording: "ordered detained" is held with no bail to post.
    r"ordered (?:\w+ )?detained(?! on\b| in lieu\b)|"
    r"(?:detained|held|jailed) (?:pending|until|ahead of) (?:his |her |their |the )?trial|"
    # "will stay behind bars until his trial, a judge ruled", and the one kept there named
    # between: "granted prosecutors' motion to keep Bo Tran in jail until trial".
    r"(?:stay|stays|remain|remains|(?:kept|keep|keeping)(?: (?!until\b|pending\b)[\w'’.-]+){0,4}?) "
    r"(?:behind bars|jailed|detained|in (?:jail|custody)) "
    r"(?:(?:until|pending|ahead of) (?:his |her |their |the )?|while (?:he|she|they) awaits? )trial|"
    # A court that remands someone in custody (British, Irish and Australian wording: "remanded
    # him in custody", "remanded both men in custody") holds him without bail.
    # Not the custody an Indian court gives the police to question him in, or the jail's
    # before a bail plea is heard: "remanded in police custody for seven days", "remanded
    # in judicial custody for 14 days".
    r"remanded (?:(?!to\b|in\b|into\b)[\w'’.-]+ ){0,3}?(?:in|into|to) (?:the )?"
    r"(?!(?:[\w-]+ )?(?:police|judicial) custody\b)(?:[\w-]+ ){0,3}?(?:custody|jail)|"
    # Australian police wording: "He was remanded to appear before Geelong Magistrates' Court
    # on Monday" is held until then, as against "bailed to appear".
    r"remanded to (?:re)?appear\b|"
    # Where cash bail is gone, detention is release denied: "granted the petition to deny him
    # pretrial release", "was denied pretrial release".
    r"den(?:y|ied|ies|ying) (?:[\w'’.-]+ ){0,3}?pre-?trial release|"
    r"pre-?trial release (?:was |has been |is )?denied|"
    # "granted the government's motion for pretrial detention".
    # "granted the State's petitions to detain all four defendants pending trial".
    r"granted (?:[\w'’]+ ){0,3}?(?:motions?|requests?|petitions?) (?:(?:for|to) (?:pretrial |"
    r"continued )?detention|to detain)|"
    r"ordered (?:\w+ )?(?:into |held in )?pretrial detention)\b",
    re.I,
)
DETAINED_GATE = key_words(
    "detained",
    "to detain",
    "remanded",
    "held pending",
    "jailed pending",
    "held until",
    "detention",
    "until his trial",
    "until her trial",
    "until their trial",
    "until trial",
    "pending trial",
    "awaits trial",
    "await trial",
    "pretrial release",
    "pre-trial release",
    "remain in custody",
    "remain in jail",
    "remain jailed",
    "remain detained",
    "remain behind bars",
    "stay in custody",
    "stay in jail",
    "stay behind bars",
    "be held in",
    "be kept in",
)
# A bond no money is put up for: released on it, a defendant has posted nothing ("released on
# a $10,000 unsecured bond", "on a $5,000 signature bond").
UNPAID = compile_scan(
    r"\b(?:unsecured|signature|personal(?:\s+recogni[sz]ance)?|PR|ROR|recogni[sz]ance)\s+"
    r"(?:bond|bail)\b|"
    # British bail puts up no money either: "released on police bail", "on conditional bail",
    # "released on bail pending further enquiries".
    r"\b(?:police|conditional|unconditional)\s+bail\b|"
    r"\bbail\s+pending\s+further\s+(?:enquiries|inquiries|investigation)\b",
    re.I,
)


def bond_status(text: str) -> str:
    if first_in(REDUCTION_REFUSED, text):
        return "set"
    if first_in(REVOKED, text):
        return "revoked"
    if (first_in(POSTED, text) or first_in(_FREE_ON, text)) and not first_in(UNPAID, text):
        return "posted"
    if bond_change(text, REDUCED):
        return "reduced"
    if bond_change(text, RAISED):
        return "raised"
    return "set"


# A change said of a bond: of an amount ("reduced to $250,000", "raised from $50,000"), of the
# bond named after or before it ("lowered his bond", "bail was later cut").
_CHANGE_TO_AMOUNT = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?(?:to|from)\s+\$", re.I)
_CHANGE_OF_BOND = re.compile(
    r"\s+(?:(?:his|her|their|the|its|a|that)\s+"
    # whose bond, by his name: "reduced Bo Tran's cash bail"
    r"|(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}(?-i:[A-Z])[\w.-]*['’]s?\s+)?"
    r"(?:[\w$,.'’-]+\s+){0,2}?(?:bond|bail)\b",
    re.I,
)
_BOND_CHANGED = re.compile(
    r"\b(?:bond|bail|it|amount|figure)\s+(?:(?:was|is|has\s+been|had\s+been|were)\s+)?"
    r"(?:\w+\s+)?\Z",
    re.I,
)


def bond_change(text: str, change: re.Pattern[str]) -> re.Match[str] | None:
    """The first word of `change` in `text` said of a bond or its amount ("reduced to
    $250,000", "lowered his bond", "bail was later cut"); not one said of something else
    ("who police say cut the victim", "who was raised in Dayton")."""
    for match in change.finditer(text):
        if match.group(0).lower() in ("down from", "up from", "dropped to") and re.match(
            r"\s*\$", text[match.end() :]
        ):
            return match
        if (
            _CHANGE_TO_AMOUNT.match(text, match.end())
            or _CHANGE_OF_BOND.match(text, match.end())
            or _BOND_CHANGED.search(text, max(0, match.start() - 40), match.start())
        ):
            return match
    return None


# A request made further before the bond, in its stretch: "Prosecutors asked a judge to hold
# the man ... on a $2 million bond" (unless a judge granted it: "granted the request and set").
_ASKED = re.compile(r"\b(?:asked|asks|asking|sought|seeks|seeking|urged|requested)\b", re.I)
_GRANTED = re.compile(r"\b(?:granted|agreed|set|ordered|imposed|denied|rejected)\b", re.I)


# A request the court ruled on is its ruling: "denied his request for bond".
_REQUEST_RULED = re.compile(
    r"\b(?:denied|refused|rejected|declined|granted|dismissed|turned\s+down)\s+(?:\w+\s+){0,2}?\Z",
    re.I,
)
# A request the court granted is done: "granted the state's request to raise her bail to
# $100,000" (not "denied the request").
_REQUEST_GRANTED = re.compile(
    r"\b(?:granted|approved|agreed\s+to|allowed)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?\Z",
    re.I,
)


def _request_before(clause: str, at: int) -> re.Match[str] | None:
    """The request or possibility said just before `at`, unless the court granted it."""
    request = NOT_DONE.search(clause, max(0, at - 40), at)
    if request and _REQUEST_GRANTED.search(clause, max(0, request.start() - 40), request.start()):
        return None
    return request


# The bond a request would change is the one that stands: "a request to lower the $2 million
# bond", "asked the judge to reduce his $500,000 bail" (not "asked for a $500,000 bond").
_CHANGE_OF_THE = re.compile(
    r"\bto\s+(?:lower|reduce|cut|raise|increase|revoke|modify)\s+(?:the|his|her|their)\s+\Z", re.I
)


def asked_before(clause: str, at: int) -> bool:
    """Whether a request or a possibility is said just before `at`, not granted, and the sum
    at `at` is no bond standing that the request would change."""
    return _request_before(clause, at) is not None and not _CHANGE_OF_THE.search(
        clause, max(0, at - 30), at
    )


def not_done(clause: str, bond: re.Match[str]) -> bool:
    """A request or a possibility said before the bond word: "sought bail of $2 million"."""
    wished = _request_before(clause, bond.start())
    if wished and not (
        wished.group(0)[:7].lower() == "request"
        and _REQUEST_RULED.search(clause, max(0, wished.start() - 30), wished.start())
    ):
        return True
    stretch = max(clause.rfind(",", 0, bond.start()), clause.rfind(";", 0, bond.start())) + 1
    asked = [m.end() for m in _ASKED.finditer(clause, stretch, bond.start())]
    return bool(asked) and not _GRANTED.search(clause, asked[-1], bond.start())


# A bail ruling told with no subject, said of those the clause after calls "they": "Bail was
# formally refused and they will reappear in court".
NO_SUBJECT_THEY = re.compile(
    r"\W*bail\s+(?:was|has\s+been)\s+(?:\w+ly\s+)?(?:refused|denied|granted)\b[^.;]*?"
    r"\band\s+they\b",
    re.I,
)
