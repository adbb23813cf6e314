"""Charge cues: the phrases that introduce a list of charges, and the status each gives them.

A report states a charge's status by the verb it puts before the list: filed ("charged with",
"indicted on", "arrested on X charges", "faces charges of", "is on trial for", "is expected to
plead guilty to"), expected ("police plan to charge him with", "will be formally charged with",
"a new charge of X may be added", "murder charges will be filed", "a murder charge is
expected", "seeking murder charges against"), dropped ("prosecutors dropped the X charge",
"charges of X were dismissed", "is no longer charged with", "a charge of X, which a judge
dismissed"), convicted ("convicted of", "found guilty of", "pleaded guilty / no contest to",
"sentenced on X charges", "reduced to X, to which he pleaded guilty", and as British courts
report a plea: "admitted manslaughter") and acquitted ("acquitted of", "found not guilty of").
A charge replaced by another is dropped ("reduced the charge from murder to manslaughter").
Charges set out one per line after a colon are read from the lines that follow, each with the
line that names it.
"""

from __future__ import annotations

from casefile.extraction.charge_cue_parts import (
    COUNT,
    DAY,
    EACH,
    INNER_PERIOD,
    NAME_WORD,
    OBJECT,
    cue,
)
from casefile.extraction.charge_noun_cues import NOUN_CUES
from casefile.extraction.charge_plan_cues import PLANNED_CUES
from casefile.extraction.charge_section_cues import SECTION_CUES

# The cues of a charge filed or expected; a verdict's, a plea's or a dismissal's are in
# `charge_verdict_cues` (`charge_cue_lookup` joins the two in the order that decides which wins).
FILING_CUES = [
    # A line that introduces the charges set out after it: "Here are the charges each
    # defendant faces:", "The charges:".
    cue(("charges", "counts"), r"\b(?:charges|counts)\b[^:.;]{0,80}:\s*\Z", "filed"),
    # ... and a grand jury's list: "returned the following indictments on March 7:"
    cue(("indictments",), r"\bindictments\b[^:.;]{0,80}:\s*\Z", "filed"),
    # Charges still to come, told by the verb of those who will bring or ask for them.
    *PLANNED_CUES,
    # "charged with: murder", "charged with the following: murder, arson".
    cue(
        ("charged",),
        r"\bcharged\b[^.;:]{0,90}?\bwith\s*"
        r"(?:the\s+following(?:\s+(?:charges|counts|offen[cs]es|crimes))?\s*(?=:))?:?\s*",
        "filed",
    ),
    cue(("charged",), r"\bcharged\s+(?:[\w-]+\s+){0,4}?for\s+(?!allegedly)", "filed"),
    cue(("charging",), rf"\bcharging\s+{OBJECT}with\s+", "filed"),
    # A code's sections, each with its offence in brackets, and a verdict under them.
    *SECTION_CUES,
    # The role a charge gives a person: "was charged as an accessory after the fact".
    # So is the status an offence is named by: "is charged as a felon in possession of a
    # firearm" (not "charged as an adult").
    cue(
        ("charged as",),
        r"\bcharged\s+as\s+(?:an?\s+)?(?=accessory|accomplice|felons?\s+in\s+possession\b)",
        "filed",
    ),
    # A verb left out after the first clause: "Lee was charged with murder; Kim, 30, with
    # robbery; and Ruiz, with theft".
    cue(
        ("charged",),
        r"(?<=\bwith\s)[^;]{1,200};\s+(?:and\s+)?(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+,\s*"
        r"(?:\d{1,3},\s*)?with\s+",
        "filed",
    ),
    # The first of such clauses after a colon: "Three men were charged: Lee, 25, with murder;
    # Kim, 30, with robbery".
    cue(
        ("charged", "indicted"),
        r"\b(?:charged|indicted)\b[^.:;]{0,40}:\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}"
        r",\s*(?:\d{1,3},\s*)?with\s+",
        "filed",
        names_person=True,
    ),
    # ... or after "and": "Lee was charged with murder and Kim with robbery" (also after the
    # verb's other forms: "will ask prosecutors to charge Lee with murder and Kim with robbery").
    cue(
        ("charge",),
        r"(?<=\bwith\s)[^;.]{1,200}?,?\s+and\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}"
        r",?\s+(?:\d{1,3},\s*)?with\s+",
        "filed",
        names_person=True,
    ),
    # ... or of them all: "to charge Lee with murder and all of them with robbery".
    cue(
        ("charge",),
        r"(?<=\bwith\s)[^;.]{1,200}?,?\s+and\s+(?:all\s+(?:of\s+them|three|four|five|six)|"
        r"both|each\s+of\s+them)\s+with\s+",
        "filed",
    ),
    # A defendant named by the charge he is a defendant on: "Lee, a murder defendant", also
    # with his age first: "Lee, the 18-year-old murder defendant" (not the subject of a clause
    # of its own: "a burglary defendant pled guilty" is someone else).
    cue(
        ("defendant",),
        r"\b(?:an?|the)\s+(?:\d{1,3}-year-old\s+)?(?=(?:[\w-]+\s+){1,3}?defendant\b(?!\s+(?:\w+ed|was|is|has|had|"
        r"will|would|pled|pleads|faces|told|says|said|appears)\b))",
        "filed",
    ),
    # A fact box's label: "Charges: murder, robbery".
    cue(("charge", "count"), r"^\s*(?:charges?|counts?)\s*:\s*(?=\S)", "filed"),
    # "Charges were filed against Ann Lee for murder".
    cue(
        ("filed against",),
        r"\bcharges?\s+(?:were|was|have been|has been|had been)\s+filed\s+against\s+"
        r"[^.;]{1,50}?\s+for\s+",
        "filed",
    ),
    # ... or named before the noun that is the subject of the passive: "Arson and burglary
    # charges were filed against Ann Lee", "Murder and torture counts, one apiece, have been
    # lodged against each parent".
    cue(
        ("filed", "brought", "lodged"),
        r"^\s*(?:the\s+)?(?=(?:[\w-]+,?\s+){1,6}?(?:charges?|counts?)(?:,[^,.;]{1,30},)?\s+"
        r"(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+(?:\w+\s+)?"
        r"(?:filed|brought|lodged)\s+against\b)",
        "filed",
        until=r"\s+(?:charges?|counts?)\b",
    ),
    # Charges named as what they are: "the charges against him are murder and arson", with the
    # clause that tells whose they are ("the counts he now faces are", "Among the charges
    # filed against her were", "the most serious charge Bo Tran is facing is"), also a part of
    # them: "Of the 21 counts he faces, nine are aggravated murder".
    cue(
        ("against", "face", "facing"),
        r"\b(?:charges?|counts?)\s+(?:(?:filed\s+|brought\s+|lodged\s+)?against|(?:that\s+)?"
        r"(?:[\w.'’-]+\s+){1,3}?(?:now\s+|still\s+)?(?:faces|faced|is\s+facing|was\s+facing)),?\s+"
        r"(?:[\w.'’-]+,?\s+){0,5}?(?:are|is|were|was)\s+"
        r"(?!(?:not|also|still|now|being|expected|pending|serious|dropped|dismissed|filed|"
        r"reduced|upgraded|withdrawn|felonies|misdemeanors)\b)",
        "filed",
    ),
    # ... or after the one they are against and "of": "authorize charges against Bo Tran of
    # burglary and theft" (not "charges against him of his own", nor a place: "of Elmdale").
    cue(
        ("against",),
        r"\b(?:charges?|counts?)\s+against\s+(?:[\w.'’-]+,?\s+){1,4}?of\s+(?-i:(?=[a-z]))"
        r"(?!(?:his|her|their|the|a|an)\b)",
        "filed",
    ),
    # The verb ("the complaint charges Bo Tran with"), not the noun before a list it includes
    # ("charges including battery with a deadly weapon").
    cue(
        ("charges",),
        r"\bcharges\s+(?!of\b)(?:(?!includ)" + NAME_WORD + r",?\s+){1,12}?with\s+",
        "filed",
    ),
    cue(("indicted",), rf"\bindicted\s+{OBJECT}(?:for|with)\s+", "filed"),
    cue(
        ("indicted", "arraigned", "held", "booked", "jailed", "arrested", "detained",
         "custody", "surrendered", "turned himself in", "turned herself in"),
        r"\b(?:indicted|arraigned|held|booked|jailed|arrested|detained|custody|surrendered|"
        r"turned\s+(?:himself|herself)\s+in)\b"
        # (a complaint is how some states book a charge: "booked on complaints of robbery")
        # (across the initial of a name: "booked into the David L. Moss Center on")
        rf"(?:[^.;]|{INNER_PERIOD}){{0,80}}?"
        r"\bon\s+(?!suspicion\b)(?=(?:a|an|one|two|three|\d+|federal|state|new|charges?|counts?|"
        # (a list of offences before the word: "on burglary, arson and theft charges")
        r"complaints?)\b|(?:(?!on\b)[\w-]+,?\s+){0,6}?(?:charges?|counts?)\b)",
        "filed",
    ),
    # A trial on charges named before the word: "are set for trial in May on racketeering and
    # burglary charges" (not "trial on Monday").
    cue(
        ("trial",),
        # (from its verb, which stands right after the subject: "are set for trial")
        r"\b(?:(?:set|scheduled|slated|due|expected)\s+(?:for|to\s+(?:go\s+to|stand|face))\s+|"
        r"(?:goes|go|went|going|stands?|stood|standing)\s+(?:on\s+)?)?trial\b"
        rf"(?:[^.;]|{INNER_PERIOD}){{0,40}}?"
        r"\bon\s+"
        # (the words after its list: "His trial on kidnapping charges is set to begin")
        r"(?=(?:(?!on\b)[\w-]+,?\s+){1,6}?(?:charges|counts)(?=\s*[.,;]|\s+(?:in|against|is|"
        r"are|was|were|will|has|had)\b))",
        "filed",
    ),
    # A charge named between dashes, with what is said of it after: "The more serious charge
    # against him — failure to stop at a fatal crash — was dismissed".
    cue(
        ("charge", "count"),
        r"\b(?:charges?|counts?)\s+(?:against\s+[^—–(),.;]{1,40}?\s*)?[—–]\s*"
        r"(?=[^—–.;]{3,160}?\s*[—–]\s*(?:was|were|has been|have been|had been|is|are)\b)",
        "filed",
    ),
    # A grand jury's indictment: "returned an indictment on manslaughter".
    cue(
        ("indictment", "true bill"),
        r"\b(?:returned|handed\s+up|issued|voted)\s+(?:an?\s+)?(?:indictments?|true\s+bills?)\s+"
        r"(?:on|for)\s+",
        "filed",
    ),
    # The counts a judge sends to trial after a preliminary hearing, as Pennsylvania courts
    # tell it: "held counts of theft and forgery for court", "held all charges for court".
    cue(
        ("for court",),
        r"\bheld\s+(?=(?:[\w-]+\s+){0,3}?(?:charges?|counts?)\b[^.;]{1,200}?\bfor\s+court\b)",
        "filed",
        until=r"\s+for\s+court\b",
    ),
    # ... or one against someone, its counts after a colon: "returned a six-count indictment
    # against Bo Tran: two counts of robbery and one of kidnapping".
    cue(
        ("indictment", "complaint"),
        r"\b(?:indictment|complaint)\s+against\s+(?:[\w.'’-]+,?\s+){0,4}?[\w.'’-]+\s*:\s*(?=\S)",
        "filed",
    ),
    # "arraigned Thursday on capital murder": the offence itself after "on" (across a name
    # with its suffix and age: "indicted Ann Lee Jr., 29, on second-degree murder")
    cue(
        ("indicted", "arraigned"),
        rf"\b(?:indicted|arraigned)\s+(?:(?!on\b)[\w.,'’-]+\s+){{0,5}}?on\s+(?!suspicion\b|{DAY})",
        "filed",
    ),
    # ... and the noun: "after his arraignment on a second-degree murder charge", also the
    # court session a defendant is brought to: "faced a judge for arraignment on a count of"
    cue(
        ("arraignment", "indictment"),
        r"\b(?:(?:his|her|their)\s+(?:\w+\s+)?(?:arraignment|indictment)|for\s+(?:an?\s+)?"
        rf"arraignment)\s+on\s+(?!suspicion\b|{DAY})",
        "filed",
    ),
    cue(("custody",), r"\bin custody\s+for\s+", "filed"),
    # "booked into the county jail for murder" (but not "on suspicion of")
    cue(
        ("booked", "jailed"),
        r"\b(?:booked|jailed)\s+(?:(?:into|in|at)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,4}?"
        r"(?:jail|detention center|correctional (?:center|facility)|lockup)\s+)?for\s+"
        r"(?!suspicion\b|allegedly\b)",
        "filed",
    ),
    cue(("cited",), r"\bcited\s+(?:[\w-]+\s+){0,3}?for\s+", "filed"),
    # A charge denied is one still filed: "Smith, 34, denies murder" (a plea of not guilty).
    cue(
        ("denies", "denied", "deny"),
        r"\b(?:denies|denied|deny|denying)\s+(?!that\b|the\b|any\b|all\b|his\b|her\b|their\b|it\b|"
        r"(?:[\w-]+ing)\b)",
        "filed",
    ),
    # A charging paper's own verb: "a criminal complaint accuses Ann Lee of wire fraud".
    cue(
        ("accus",),
        r"\b(?:complaint|indictment|information|petition|affidavit)\s+(?:[\w-]+\s+){0,4}?"
        rf"accus(?:es|ed|ing)\s+{OBJECT}of\s+",
        "filed",
    ),
    # A charging act's participle that names what it accuses of: "filed charges against the
    # wounded man, 31-year-old Bo Tran, accusing him of arson", "indicted Ann Lee on Monday,
    # accusing her of fraud": the one charged, told in any words but those of a clause of its
    # own (not "Bo Tran, who was charged with theft, sued the city, accusing it of"; nor
    # "neighbors confronted Bo Tran, accusing him of theft": no charge).
    cue(
        ("accusing",),
        r"\b(?:charged|charging|indicted|indicting|(?:charges|complaint|indictment)\s+against)\s+"
        r"(?:(?!(?:with|who|which|that|and|but|after|when|while|then|later)\b)[\w.'’-]+,?\s+)"
        r"{1,10}?accusing\s+(?:him|her|them)\s+of\s+",
        "filed",
    ),
    # ... or the counts it lists: "The indictment against Bo Tran lists two counts of assault",
    # "the complaint includes a charge of theft".
    cue(
        ("list", "includes", "included", "contain"),
        r"\b(?:complaint|indictment|information|petition|charging\s+document)\s+"
        r"(?:against\s+(?:[\w.'’-]+,?\s+){1,4}?)?(?:lists|listed|includes|included|contains|"
        r"contained)(?:,\s+[^,.;:]{1,40},)?\s+"
        r"(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
        rf"multiple)\s+(?:[\w-]+\s+){{0,2}}?(?:counts?|charges?)\s+(?:{EACH}\s+)?of\b)",
        "filed",
    ),
    # A charge that is the subject of its outcome: "the murder charge against him was dropped".
    cue(
        ("dropped", "dismissed", "withdrawn", "thrown out", "nolle", "stayed"),
        r"\b(?:the|a|an|his|her|their)\s+(?=(?:[\w-]+\s+){1,5}?(?:charges?|counts?|case)\s+(?:against\s+"
        r"[^.;]{1,40}?\s+)?(?:was|were|has been|have been|had been|is being|are being|will be)\s+"
        r"(?:\w+\s+)?(?:dropped|dismissed|withdrawn|thrown out|stayed|nolle pros(?:s|equi)?(?:ed)?)\b)",
        "filed",
    ),
    cue(
        ("face", "facing"),
        # ("Altogether he faces:" before the charges set out one per line)
        r"\b(?:faces|facing|face|faced)(?::\s*\Z|\s+)(?!the death|life|up to|a possible|a maximum|"
        # (nor the paper that charges: "faces a superseding indictment that adds charges of")
        r"a minimum|justice|trial|a judge|(?:an?|the)\s+(?:[\w-]+\s+)?(?:indictment|information|"
        r"complaint)\b)",
        "filed",
    ),
    cue(
        ("includ",),
        # ("charges in a 10-count indictment that includes conspiracy to ...")
        r"\b(?:charges?|counts?)\b[^.;]{0,40}?\b(?:include|includes|included|including)\s+",
        "filed",
    ),
    # ... or told by a pronoun standing for the counts the sentence before names: "Bo Tran
    # will stand trial on every count. They include:" (not "Police arrested three men. They
    # include Ann Lee": no counts to stand for).
    cue(
        ("includ",),
        r"\A\W*(?:they|these|those)\s+(?:include|included)(?:\s*:\s*|\s+)",
        "filed",
        told_before=r"\b(?:counts|charges|(?:every|each)\s+(?:count|charge))\b[^.;]*\W*\Z",
    ),
    # A part of the counts named: "faces 21 counts, nine of them for aggravated murder",
    # "12 charges, three of which are robbery".
    cue(
        (" of them", " of which"),
        r"\b(?:counts|charges)\b[^.;]{0,60}?,\s+(?:\d+|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|most|some|all|several|many)\s+of\s+(?:them|which)\s+"
        r"(?:(?:are|were|being)\s+)?(?:for\s+)?",
        "filed",
    ),
    cue(
        ("including",),
        rf"\bincluding\s+(?={COUNT}\s+(?:counts?|charges?)\s+(?:{EACH}\s+)?of)",
        "filed",
    ),
    cue(
        ("charged in",),
        r"\bcharged in\s+(?=(?:the\s+|\w+\s+)?(?:murders?|homicides?)\b)",
        "filed",
    ),
    # (the counts said as the charges are: "the counts of rape and arson were dismissed")
    cue(("charge", "counts of"), r"\b(?:charges?|(?<=the )counts) of\s+", "filed"),
    # A warrant's counts: "is wanted on two counts of aggravated assault".
    cue(("wanted on",), rf"\bwanted on\s+(?={COUNT}\s+(?:[\w-]+\s+)?counts?\s+of)", "filed"),
    # An allegation told by its counts: "are each accused of a single count of murder".
    cue(("accused",), rf"\baccused\s+of\s+(?={COUNT}\s+(?:[\w-]+\s+)?counts?\s+of)", "filed"),
    # ... or by the offence's own name, a noun: "Bo Tran is accused of unlawful possession of a
    # firearm", "are accused of first-degree robbery" (an act told by its verb, "is accused of
    # killing her", "of the death of", is an allegation, no charge's name).
    cue(
        ("accused",),
        r"\b(?:is|are|was|were|stands?|stood)\s+(?:also\s+|now\s+|each\s+)?accused\s+of\s+"
        # (and the murders the report names: "is now accused of the murders of three women")
        r"(?:the\s+(?=murders?\s+of\b))?"
        r"(?!(?:the|a|an|his|her|their|its|being|having|trying|\w+ing)\b)",
        "filed",
    ),
    # A charge named in an apposition: "A third count, of theft, was dismissed".
    cue(("charge", "count"), r"\b(?:charges?|counts?),\s+(?:of|for)\s+(?=[^.;]*?,)", "filed"),
    cue(("filing",), r"\bfiling of\s+", "filed"),
    # ("bond of $200,000 on counts of assault": the counts a sum is set on)
    cue(
        ("bond", "bail", "$"),
        r"(?:\b(?:bonds?|bail)|\$[\d,.]+(?: million)?)\s+(?:for\s+|on\s+(?=(?:[\w-]+\s+){0,2}?"
        r"(?:counts?|charges?)\s+of\s))",
        "filed",
    ),
    # ... or named before the noun: "bond of $500,000 on the murder charge and $200,000 on
    # burglary charges"
    cue(
        ("bond", "bail", "$"),
        r"(?:\b(?:bonds?|bail)|\$[\d,.]+(?: million)?)\s+on\s+(?:the\s+)?"
        r"(?=(?!(?:counts?|charges?)\b)(?:[\w-]+\s+){1,6}?(?:counts?|charges?)\b(?!\s+of\b))",
        "filed",
        until=r"\s+(?:charges?|counts?)\b",
    ),
    # A charge told by its noun and what is done with it.
    *NOUN_CUES,
    cue(("awaiting trial",), r"\bawaiting trial on\s+", "filed"),
    # Whatever the clause does with the one it is about, a charge he is "on" is his: "is
    # headed to a grand jury on a murder charge", "sits in jail on a theft count" (after
    # every cue whose verb tells more: "acquitted on a murder charge").
    cue(
        ("charge", "count"),
        # (not after a verb standing in for another's: "did likewise on a theft charge")
        r"(?<!likewise )(?<!same )(?<!suit )\bon\s+(?=(?:a|an)\s+(?:(?!(?:new|separate|unrelated|prior|previous|earlier|"
        r"different|similar|same)\b)[\w-]+\s+){1,4}?(?:charges?|counts?)\b)",
        "filed",
        until=r"\s+(?:charges?|counts?)\b",
    ),
    # A trial is held on charges filed: "is on trial for murder", "will stand trial on".
    # (Not "was tried for": mostly said of a past case a report compares.)
    cue(
        ("trial",),
        r"\b(?:stand|stands|standing|stood|go|goes|went|on)\s+trial\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:for|on)\s+(?!{DAY})",
        "filed",
    ),
    cue(
        ("warrant",),
        # (or several: "is wanted on warrants for aggravated kidnapping and burglary")
        r"\bwarrants?\s+(?:for|charging (?:him|her|them) with)\s+(?:being\s+)?",
        "filed",
    ),
    cue((":",), r"\b(?:following|these) (?:charges|counts|offen[cs]es)\b[^.]*:\s*$", "filed"),
    # The charges told inline after a colon: "The charges: murder, robbery and burglary",
    # "His charges: ..." (not "The charges: dropped", a status).
    cue(
        (":",),
        r"\A\W*(?:the|his|her|their)\s+charges(?:\s+against\s+(?:him|her|them))?:\s+"
        r"(?!(?:dropped|dismissed|pending|none|withdrawn)\b)",
        "filed",
    ),
    # A list of people, each with the charges on their line: "The indictment charges the
    # following defendants:", "Those charged are:".
    cue(
        (":",),
        r"\b(?:charges|charged|charging|indicted|arrested)\b[^.:]{0,60}?\b(?:defendants|people|"
        r"persons|individuals|suspects|men|women|are|were|include)\s*:\s*$",
        "filed",
    ),
    # ... and with the people first: "The following individuals were arrested at the
    # residence:", "These men were charged Tuesday:".
    cue(
        (":",),
        r"\b(?:following|these)\s+(?:[\w-]+\s+)?(?:defendants|people|persons|individuals|"
        r"suspects|men|women|adults|juveniles)\s+(?:were|have\s+been|had\s+been|are)\s+"
        r"(?:\w+\s+)?(?:arrested|charged|indicted|booked|cited)\b[^.:]{0,60}?:\s*$",
        "filed",
    ),
    # Offences a person is booked on suspicion of: charges only when the court is later told
    # to act on them (see `charges.py`).
    cue(("suspicion of",), r"\b(?:on|for)\s+suspicion\s+of\s+", "filed"),
    # A release's label over such a list: "Arrested:", "Charged:", "Suspects:".
    cue(
        (":",),
        r"^\s*(?:arrested|charged|indicted|booked|arrests|suspects?|defendants?|the\s+accused)"
        r"\s*:\s*$",
        "filed",
    ),
]  # fmt: skip
