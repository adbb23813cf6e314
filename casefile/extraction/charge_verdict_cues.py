"""The cues of a charge's outcome, told by the verb before its list: a plea ("pleaded guilty
to", "pleaded not guilty to", which leaves the charge filed, and as British courts report a
plea, "admitted manslaughter"), a verdict ("convicted of", "found guilty of", "acquitted of",
"found not guilty by reason of insanity of"), a sentence received for a charge ("sentenced on
X charges"), a dismissal ("prosecutors dropped the X charge", "declined to indict her on",
"in exchange for the dismissal of"), a hung jury (the charge stays filed), and a charge
replaced by another ("reduced the charge from murder to manslaughter": the first dropped, the
second filed)."""

from __future__ import annotations

from casefile.extraction.charge_cue_parts import DAY, OBJECT, ON_DAY, STAND_IN_VERB, Cue, cue
from casefile.extraction.dates import MONTH_NAME

# The home town told after the name, between commas, before the verdict's "of": "convicted
# 40-year-old Ann Lee, of Dover, of theft" (its "of" no offence's).
_HOME_TOWN = r"(?:(?<=,\s)of\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2},\s+)?"

# The "to" between a charge replaced and its replacement, not the one of an offence's own
# name: "from conspiracy to murder to manslaughter", "from complicity to aggravated robbery".
_REPLACED_TO = (
    r"(?<!\bconspiracy)(?<!\bcomplicity)(?<!\bsolicitation)(?<!\bprincipal)(?<!\baccessory)"
    r"\s+to\s+(?!commit\b)"
)

# What follows "admitted to" when it is an offence: not "the hospital", "police that",
# "stealing the car" (a confession).
_ADMITTED_OFFENCE = (
    r"(?!(?:the|a|an|his|her|their|that|police|officers|investigators|detectives|authorities|"
    r"being|having|[\w-]+ing)\b)"
)

VERDICT_CUES: list[Cue] = [
    # A not-guilty plea answers a charge still filed: "pleaded not guilty to charges of X".
    cue(
        ("not guilty",),
        r"\b(?:pleaded|pled|pleads|pleading|plead|entered|enter|enters|plea of|pleas of)\s+"
        r"(?:(?:an?|his|her|their)\s+(?:plea|pleas)\s+of\s+)?not guilty\s+(?:[^.;]{0,40}?\s)??to\s+",
        "filed",
    ),
    # A plea not entered leaves the charge filed: "did not enter pleas to charges of X",
    # "was not asked to enter a plea to", "without entering a plea to".
    cue(
        ("not enter", "n't enter", "without entering", "not asked to enter", "no plea"),
        r"\b(?:(?:did|does|do|was|were|is|are)\s+not|didn['’]t|without|(?:was|were)\s+not\s+"
        r"(?:asked|required)\s+to)\s+(?:enter|entering)\s+(?:a\s+|any\s+)?pleas?\s+"
        r"(?:[^.;]{0,40}?\s)??(?:to|on)\s+"
        r"|\bno\s+pleas?\s+(?:was|were)\s+entered\s+(?:to|on)\s+",
        "filed",
    ),
    cue(("acquit", "not guilty", "cleared"),
         # (a verdict of insanity acquits: "not guilty by reason of insanity of murder")
         r"\b(?:acquit(?:ted|ting|s)?|cleared|not guilty(?:\s+by\s+reason\s+of\s+(?:insanity|"
         r"mental\s+(?:disease|illness)(?:\s+or\s+defect)?))?)\s+"
         # (the person acquitted, with a title: "acquitted Rochester police officer Bo Tran of")
         rf"(?:(?!on\b)[\w,.'’-]+\s+|{ON_DAY}){{0,6}}?"
         + _HOME_TOWN
         + rf"(?:of|on(?!\s+{DAY}))\s+",
         "acquitted"),
    # A jury's verdict told by what it rejected: "found him guilty of battery, but rejected
    # the more serious charge of attempted murder"
    cue(
        ("rejected",),
        r"\b(?:jury|jurors|juries|panel)\b[^;]{0,160}?\brejected\s+"
        r"(?=(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:charges?|counts?)\b)",
        "acquitted",
    ),
    # A charge replaced by another: "reduced the charge against her from murder to
    # manslaughter", "the charge was amended from robbery to theft": the first is dropped.
    cue(
        ("upgraded", "reduced", "amended", "elevated", "increased", "changed", "downgraded"),
        r"\b(?:upgraded|reduced|amended|elevated|increased|changed|downgraded)\b[^.;]{0,120}?"
        r"\bfrom\s+(?=[^.;]{1,80}?\s+to\s+)",
        "dropped",
        # (or where the clause ends, when the name's own "to" was the only one: "attempted
        # robbery, reduced from complicity to aggravated robbery")
        until=_REPLACED_TO + r"|(?=\s*(?:[,;]|$))",
    ),
    # ... and the second filed: "from murder to manslaughter".
    cue(
        ("upgraded", "reduced", "amended", "elevated", "increased", "changed", "downgraded"),
        r"\b(?:upgraded|reduced|amended|elevated|increased|changed|downgraded)\b[^.;]{0,120}?"
        r"\bfrom\s+[^.;]{1,80}?" + _REPLACED_TO,
        "filed",
    ),
    cue(("upgraded", "reduced", "amended", "elevated", "increased", "changed"),
        r"\b(?:upgraded|reduced|amended|elevated|increased|changed)(?:\s+[\w'’-]+){0,4}?"
        + _REPLACED_TO,
        "filed"),
    cue(
        ("convict", "guilty"),
        # (not who someone is: "possession of a firearm by a convicted felon", "being a
        # convicted felon in possession of a firearm")
        (rf"\b(?<!not )(?<!\ba )(?:convicted(?!\s+(?:felons?|sex\s+offenders?|offenders?)\b)|"
        # a verdict the gerund tells as returned ("deliberated before convicting him of"),
        # not one offered ("had the option of convicting him of", "consider convicting")
        rf"(?<!option of )(?<!choice of )(?<!consider )(?<!considering )convicting|guilty)\s+(?:(?!of\b|on\b|to\b)[\w,.'’-]+\s+|{ON_DAY}|"
        # the court that did it: "by a Cobb County jury", "in Polk County Circuit Court", and
        # "at" one as British and Irish reports tell it: "at the Central Criminal Court"
        r"(?:by|in|before|at)\s+(?:an?\s+|the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}?(?:jury|judge|"
        # (a court named with "of": "in the Court of King's Bench")
        r"court|panel)(?:\s+of\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?\s+)"
        # ("convicted Bo Tran and his brother, Ali Tran, of murder": seven words)
        rf"{{0,7}}?"
        # who the person is, between commas: "convicted Ann Lee, the woman accused of ..., of"
        r"(?:,?\s*(?:the|a|an)\s+[^,.;]{1,80},\s+)?"
        # when or where, between commas: "was convicted in June, after a judge-alone trial in
        # B.C. Supreme Court, of sexual assault"
        r"(?:,?\s*(?:after|following|at|in|during|before)\s+[^,;]{1,80}?,\s+)?")
        + _HOME_TOWN
        # (not the "of" of a court's name: "pleaded guilty in Court of King's Bench to")
        + rf"(?:(?<!\bcourt\s)|(?=of\s+(?-i:[a-z])))(?:of|on(?!\s+{DAY}))\s+",
        "convicted",
    ),
    # (also told as what the convictions were: "The convictions were for kidnapping and arson")
    cue(
        ("conviction",),
        r"\bconvictions?\s+(?:(?:was|were|is|are)\s+)?(?:on|of|for)\s+",
        "convicted",
    ),
    # the offences named before the noun, as an appeal's ruling tells them: "upheld the sexual
    # exploitation and sexual assault convictions of a former coach"
    cue(
        ("upheld", "affirmed", "overturned", "quashed"),
        r"\b(?:upheld|upholds|affirmed|affirms)\s+(?:the|his|her|their)\s+"
        r"(?=[^.;]{1,80}?\s+convictions?\b)",
        "convicted",
        until=r"\s+convictions?\b",
    ),
    # a juvenile court's finding, the juvenile's conviction: "was adjudicated delinquent on an
    # aggravated robbery charge"
    cue(
        ("adjudicated",),
        r"\badjudicated\s+(?:a\s+)?delinquent\b[^.;]{0,60}?\b(?:on|of|for)\s+(?!\w+day\b)",
        "convicted",
    ),
    # ("returned a guilty verdict against Bo Tran, 39, on the charge of ...": whom it is
    # against, before the charge)
    cue(("verdict",), r"\b(?<!not )(?:verdicts? of guilty (?:of|on|for)|guilty verdicts?\s+"
        r"(?:against\s+[^.;]{1,60}?\s+)?(?:on|for|in))\s+",
         "convicted"),
    cue(
        ("plead", "pled"),
        r"\b(?:pleaded|pled|pleads|pleading)\s+(?:(?:guilty|no contest|nolo contendere)"
        # (its charges set after the plea's kind: "also pleaded no contest, but to torture")
        r"(?:,\s+but\s+(?:only\s+)?|\s+(?:[^.;]{0,60}?\s)??))?to\s+",
        "convicted",
    ),
    # ... or a plea that ends its sentence, its charges named in the next ("pleaded guilty
    # Friday. The pleas covered ...", read by `charge_lists.named_next`)
    cue(
        ("plead", "pled"),
        r"\b(?:pleaded|pled)\s+(?:guilty|no contest)(?=(?:\s+(?:on\s+)?\w+day)?\.)",
        "convicted",
    ),
    # not across a comma: "as part of a plea agreement, a charge of murder was dismissed"
    # A plea still to come answers a charge filed: "is expected to plead guilty to X".
    cue(
        ("plead guilty", "plead no contest"),
        r"\b(?:will|to|would|could)\s+plead\s+(?:guilty|no contest)\s+(?:[^.;]{0,40}?\s)??to\s+",
        "filed",
    ),
    # A juvenile's admission answers the charge as a guilty plea does.
    cue(
        ("admitted to", "admitted guilt"),
        # (guilt admitted with when or where between, as a plea is: "admitted guilt in
        # August to a single count of theft")
        r"\badmitted\s+(?:guilt\s+(?:[^.;]{0,40}?\s)??)?to\s+"
        r"(?=(?:(?:a|an|the|one|two|three|single|\d+)\s+){0,2}(?:[\w-]+\s+)?"
        r"(?:charges?|counts?)\s+of\b)",
        "convicted",
    ),
    # A plea as British and Irish courts report it: "admitted manslaughter", "admits two
    # counts of fraud" (an offence named straight after the verb: "admitted stealing the car"
    # is a confession).
    cue(
        ("admit",),
        # (a plea to a killing named by its victim is one too: "admitted the manslaughter of
        # Owen Pryce")
        r"\b(?:admitted|admits|admitting)\s+(?!to\b|that\b|guilt\b|his\b|her\b|their\b|"
        r"the\b(?!\s+(?:attempted\s+)?(?:manslaughter|murder|rape|kidnapping|abduction)\s+of\b)|"
        # (an offence a code names by "causing" is no confession: "admitted causing death by
        # dangerous driving")
        # (an act admitted at court is a plea too: "admitted wounding with intent when he
        # appeared at Tarnby Crown Court")
        r"it\b|(?!causing\b)[\w-]+ing\b(?![^.;]{0,80}?\b(?:at|in|before)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w'’.-]+\s+){0,4}?(?:court|courts|hearing|Bailey)\b))",
        "convicted",
    ),
    # ... and "admitted to" an offence, when the sentence sets it in court: "At a court hearing,
    # Bo Tran admitted to first-degree kidnapping", "admitted to theft in circuit court" (not
    # "admitted to police that", "admitted to stealing", "was admitted to the hospital").
    cue(
        ("admit",),
        r"(?:\b(?:at|in|during)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,3}?"
        # (across a name's initial or suffix: "Bo T. Tran Jr. admitted to")
        r"(?:court|hearing)\b(?:[^.;]|(?<=\b(?-i:[A-Z]))\.|(?<=\b(?-i:Jr|Sr))\.){0,80}?"
        r"\b(?:admitted|admits)\s+to\s+" + _ADMITTED_OFFENCE + r"|"
        r"\b(?:admitted|admits)\s+to\s+" + _ADMITTED_OFFENCE + r"(?=[^.;]{0,80}?\b(?:in|at|before)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:court|hearing)\b))",
        "convicted",
    ),
    cue(
        ("plea",),
        # (not the court "of Common Pleas", as Ohio's and Pennsylvania's trial courts are named)
        r"(?<!\bcommon )\bpleas?\b(?!\s+of not)"
        # (nor a plea not entered: "No plea was entered", "did not enter a plea")
        r"(?<!\bno plea)(?<!\bno pleas)(?<!enter a plea)(?<!enter pleas)(?<!entering a plea)"
        r"(?<!entering pleas)"
        # "entered a plea of guilty in district court to robbery": the plea's kind first
        r"(?:\s+of\s+(?:guilty|no contest|nolo contendere))?"
        # the lawyer a plea was entered through, named in an apposition: "entered the plea
        # through his public defender, Ann Lee, to a charge of murder"
        r"(?:\s+through\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:lawyer|attorney|defender|"
        r"counsel|solicitor|barrister|interpreter)(?:,\s+[^.;,]{1,40},)?)?"
        # the judge or court it was entered before: "entered guilty pleas before 12th District
        # Court Judge Ann Lee to two counts of robbery"
        r"(?:\s+before\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,5}?(?-i:Judge|Justice|Magistrate)"
        r"(?:\s+(?-i:[A-Z])[\w.'’-]*){1,3})?"
        r"[^.;,]{0,30}?\b(?:to|of|for)\s+",
        "convicted",
    ),
    # ... or the plea as the subject of the charges it answers: "Lee's plea covered
    # second-degree murder and torture", "his guilty pleas included two counts of theft",
    # "entered no-contest pleas covering arson and theft", "His pleas also covered theft".
    cue(
        ("plea",),
        r"\bpleas?\s+(?:(?:also|too|further)\s+)?(?:covered|covers|covering|included|includes|including|encompassed|"
        r"encompasses|encompassing|(?:was|were)\s+to)\s+",
        "convicted",
    ),
    # A sentence received for a charge: "received a 20-year sentence for manslaughter", "was
    # given five years of probation for assault" (told in the past: a sentence imposed).
    cue(
        ("received", "was given", "got"),
        r"\b(?:received|was given|got)\s+(?:an?\s+)?[^.;]{0,40}?\b(?:sentences?|prison|jail|"
        r"probation|terms?)\b[^.;]{0,30}?\bfor\s+(?!(?:his|her|their)\s+(?:role|part)\b)",
        "convicted",
    ),
    # ... or ordered served: "was ordered to serve 12 years for manslaughter", "ordered Ann
    # Lee, 31, to serve 12 years for manslaughter", "will serve 12 years in prison for
    # manslaughter under a plea agreement" (not "is serving a sentence for", mostly an
    # earlier matter's)
    cue(
        ("to serve", "will serve"),
        r"\b(?:ordered\s+(?:[^;]{0,50}?\s)?to|will|must)\s+serve\s+[^.;]{0,40}?\b(?:years?|months?|days?|life|"
        r"sentences?|terms?)\b[^.;]{0,30}?\bfor\s+(?!(?:his|her|their)\s+(?:role|part)\b)",
        "convicted",
    ),
    # ... or given by the court to the one it names: "handed him a 15-year term for arson",
    # "gave Ann Lee, 31, eight years in prison for assault"
    cue(
        ("gave", "handed"),
        r"\b(?:gave|handed)\s+(?:him|her|them|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
        r"(?:,\s*\d{1,3},)?)\s+[^.;]{0,40}?\b(?:years?|months?|life|sentences?|terms?)\b"
        r"[^.;]{0,30}?\bfor\s+(?!(?:his|her|their)\s+(?:role|part)\b)",
        "convicted",
    ),
    # ... or told as British and Irish reports tell a sentence: "was jailed for four years
    # for manslaughter", "jailed for life for the murder of" (a term, then the offence)
    cue(
        ("jailed", "imprisoned"),
        r"\b(?:jailed|imprisoned)\s+(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+)?for\s+(?:life|[^.;]{0,50}?\b(?:years?|months?|weeks?|days?))"
        r"(?:\s+and\s+[^.;]{0,30}?\b(?:months?|weeks?|days?))?\s+for\s+"
        r"(?!(?:his|her|their)\s+(?:role|part)\b)",
        "convicted",
    ),
    # ... and a further term imposed with it: "jailed for five years for burglary, with a
    # consecutive 20 months for dangerous driving"
    cue(
        ("consecutive", "concurrent"),
        r"\b(?:consecutive|concurrent)\s+(?:[^.;]{0,30}?\s)?(?:years?|months?|weeks?|days?|"
        r"terms?|sentences?)\b[^.;]{0,20}?\bfor\s+(?!(?:his|her|their)\s+(?:role|part)\b)",
        "convicted",
    ),
    # A supervision a court imposed for a charge: "was placed on two years of probation for
    # retail theft".
    cue(
        ("placed on",),
        r"\bplaced\s+on\s+(?:[\w-]+\s+){0,4}?(?:probation|house\s+arrest|community\s+control)"
        r"\s+for\s+",
        "convicted",
    ),
    cue(
        ("sentenced",),
        # (not a date: "was sentenced on July 16, 2025, in federal court for ...")
        # (past a split of the term told between commas: "to 20 years, with 12 to be served in
        # prison and the remaining eight on probation, for")
        rf"\bsentenced\b(?:[^.;]{{0,80}}?|[^.;]{{0,40}}?,\s+with\s+[^.;,]{{1,90}},\s+)\b(?:on|for)\s+(?!(?:{MONTH_NAME}|\d+)(?:\s|,|$)|{DAY}|"
        # (nor a part of the term: "the remaining eight on probation, for assault")
        r"(?:supervised\s+)?(?:probation|parole)\b)"
        r"(?:(?:his|her|their)\s+)?"
        r"(?:convictions?\s+(?:on|of|for)\s+)?",
        "convicted",
    ),
    cue(
        ("dropped", "dismissed", "withdrew", "withdrawn", "threw out", "thrown out", "tossed", "dropping",
         "dismissing", "agreed to", "agreeing to", "agrees to", "declined to", "nolle", "stay",
         "not to",
         "will drop", "will dismiss", "will withdraw", "no evidence", "drops", "dismisses",
         "withdraws", "moved to", "move to", "moves to", "abandon"),
        # "nolle prossed the charge" (nolle prosequi), "declined to prosecute the charge"
        # (the present of a deal's terms too: "an agreement that drops the manslaughter charge")
        r"\b(?:dropped|dismissed|withdrew|withdrawn|threw out|tossed(?: out)?|dropping|dismissing|"
        r"drops|dismisses|withdraws|(?:(?<=has )|(?<=have )|(?<=had ))thrown out|"
        # a charge given up: "prosecutors abandoned their gun charge against him" (not
        # "abandoned a child", an offence's act)
        r"abandon(?:ed|s|ing)(?=\s+(?:their|the|its|his|her|all)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:charges?|counts?)\b)|"
        r"nolle pros(?:s|equi)?(?:ed)?|declined\s+to\s+(?:prosecute|pursue)|"
        # a charge told before that prosecutors will not take up: "declined to file the
        # theft charge" (not "declined to file murder charges", never filed)
        r"(?:declined|refused|decided\s+not|chose\s+not|opted\s+not)\s+to\s+(?:file|bring|"
        r"pursue|proceed\s+with)(?=\s+the\b)|"
        # a grand jury's no bill: "declined to indict her on the murder charge"
        rf"(?:declined|refused)\s+to\s+indict\s+{OBJECT}(?:on|for)|"
        # a plea deal's promise: "prosecutors agreed to drop the murder charge", "will dismiss
        # 14 other counts of fraud"
        r"(?:agree(?:d|s|ing)?\s+to|will)\s+(?:drop|dismiss|withdraw)|"
        # "prosecutors moved to dismiss the manslaughter count" (not the defense's motion, a
        # request)
        r"(?:prosecutors|the\s+state|the\s+crown|the\s+government|attorney's\s+office)\s+"
        r"(?:then\s+|also\s+|later\s+)?mov(?:ed|es|e)\s+to\s+(?:drop|dismiss|withdraw)|"
        # "entered a nolle prosequi on the assault charge"
        r"(?:entered|filed)\s+(?:a\s+)?nolle\s+prosequi\s+(?:on|in|as\s+to)|"
        # as Canadian courts end a prosecution: "the Crown stayed charges of", "entered a stay
        # of proceedings on the charge"
        r"stayed(?=\s+(?:[\w-]+\s+){0,4}?(?:charges?|counts?)\b)|"
        r"(?:entered|directed|ordered)\s+a\s+stay\s+of\s+proceedings\s+(?:on|in|for)|"
        # as British prosecutors end a charge: "offered no evidence on a charge of"
        r"(?:offered|offers|offering)\s+no\s+evidence\s+(?:on|against|in\s+relation\s+to|"
        r"in\s+respect\s+of))\s+"
        r"(?:their|the|its|his|her|all)?\s*",
        "dropped",
    ),
    # The counts the subject of their dismissal, named after a colon: "two counts had been
    # dismissed: rape and burglary", "Three charges were dropped: ...".
    cue(
        ("dropped", "dismissed", "withdrawn", "thrown out", "tossed"),
        r"\b(?:counts?|charges?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:\w+\s+)?(?:dropped|dismissed|withdrawn|thrown\s+out|tossed(?:\s+out)?)\s*:\s*(?=\S)",
        "dropped",
    ),
    # "in exchange for the dismissal of a murder charge"
    cue(("dismissal",), r"\bdismissal of\s+(?:the\s+|a\s+|an\s+|all\s+)?", "dropped"),
    # A charge left open by a hung jury: "the jury deadlocked on the murder charge".
    cue(
        ("deadlocked", "hung", "mistrial", "verdict"),
        # ("was unable to reach a verdict on", as British and Irish reports write it)
        r"\b(?:deadlocked|hung|(?:declared\s+)?a\s+mistrial|(?:could\s+not|(?:was|were)\s+unable\s+to)\s+"
        r"(?:reach|agree\s+on)\s+a\s+verdict|failed\s+to\s+reach\s+a\s+verdict)\s+on\s+",
        "filed",
    ),
]  # fmt: skip

# An outcome told again of another subject by a verb standing in for the one before ("Bo Tran
# pleaded guilty to arson, and Ann Lee did the same on counts of theft", "... followed suit on a
# charge of fraud"): its status is the one the clause before gave (`charge_status.same_as`).
SAME_CUES: list[Cue] = [
    cue(
        ("the same", "likewise", "followed suit"),
        STAND_IN_VERB + r"\s+(?:on|to|with|for|in)\s+(?:(?:the\s+)?(?:counts?|charges?)\s+of\s+)?",
        "same",
    ),
]
