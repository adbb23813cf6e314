"""The words of harm in crime news: what says that someone was killed, hurt, taken or only
targeted, said before a name ("the death of X", "D shot X") or after it ("X was pronounced
dead", "X suffered non-life-threatening injuries", "X was not hit"), and the words that give
an outcome. Read by extraction/victim_names.py."""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, search_within

KILL = (
    r"killings?|killed|kill|deaths?|murders?|murdered|murdering|slayings?|slain|homicides?|"
    r"shooting deaths?|(?:hit|struck|run over|ran over|shot|stabbed|beaten|beat) and killed|"
    r"fatally (?:shot|shooting|stabbed|stabbing|struck|wounded|injured|beaten)|"
    r"shot (?:and killed|to death|dead)|stabbed to death|beaten to death|strangled|strangling|"
    r"drowned|drowning|suffocated|manslaughter|"
    # "was gunned down outside his home", "bludgeoned to death"
    r"gunned down|gunning down|bludgeoned to death"
)
HURT = (
    r"shooting|shot|wounding|wounded|injuring|injured|stabbing|stabbed|beating|"
    r"beat|beaten|assaulting|assaulted|sexually assaulting|sexually assaulted|raping|raped|"
    r"rape|sexual assault|attacking|attacked|attack|struck|striking|hitting|hit|running over|"
    r"ran over|abusing|abused|abuse|torturing|tortured|torture|burned|burning|choking|choked|"
    r"grazed|punched|punching|kicked|kicking|slapped|slapping|pistol-whipped|pistol-whipping|"
    r"slashed|slashing|cutting|poisoned|poisoning|bludgeoned|bludgeoning|run down|mowed down|"
    r"mowing down|"
    # "was cut on the arm" (not "cut ties", "cut power to the home")
    r"cut\s+(?:on|in|across)\s+(?:the|his|her)"
)
TAKE = (
    r"kidnapping|kidnapped|abducting|abducted|abduction|robbing|robbed|robbery|carjacking|"
    r"carjacked|ambushed|ambushing|targeted|targeting|threatened|threatening|stalking|stalked|"
    r"harassing|harassed|menacing|menaced"
)
# Meaning to harm: "there to kill X", "tried to kill X". X is a target, not harmed by it.
# Harm that nearly happened: "for nearly striking Ann Lee" (a target, unharmed).
NEARLY = r"(?:nearly|almost|narrowly)\s+(?:striking|hitting|running over|killing|shooting|struck|hit|killed|shot)"
TARGET = (
    r"(?:(?:there|meant|intended|wanted|planned|plotted|trying|tried|attempting|attempted|"
    r"intent|intending|plan|plot)\s+)?to\s+(?:kill|murder|shoot|harm|hurt)"
)
# Words that may stand between a harm word and the name: a title, a role, an age, a relation
# ("killing his wife, Ann Lee", "shot Deputy Bo Tran", "the death of 4-year-old Cy Hall").
LEAD = (
    # "punched Mr Hale": a courtesy title, with or without its period
    r"(?:(?:the|a|an|his|her|their|its|then-|M[rs]s?\.?|Miss|Dr\.?|[Oo]fficer|[Dd]eputy|[Ss]ergeant|[Ss]gt\.|"
    r"[Tt]rooper|[Aa]gent|[Ss]pecial|[Dd]etective|[Cc]orporal|[Cc]pl\.|[Pp]olice|[Ss]tate|"
    r"[Cc]ounty|\d{1,3}-year-old|[A-Z][\w.’'-]*|(?:(?!by\s)[a-z][\w’'-]*\s+){0,2}?(?:son|daughter|wife|husband|mother|"
    r"father|brother|sister|child|boy|girl|baby|infant|toddler|girlfriend|boyfriend|partner|"
    r"friend|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|stepson|stepdaughter|"
    r"officer|deputy|trooper|clerk|worker|walker|neighbor|student|teacher|victim|man|woman|person|"
    r"teen|teenager|cashier|owner|driver|passenger|customer|employee|nurse|guard|pedestrian|"
    r"cyclist|bicyclist|bystander|resident|tourist|jogger|classmate|co-?worker|roommate|"
    r"stepfather|stepmother)(?:,|\s+named)?|"
    # "killed the driver of the other car, Bo Tran": what the role is of, before the name
    r"(?:of|in|from)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,)\s+){0,6}?"
)
# What follows a verb of shooting when it tells shots at someone, and no hit: "(fired) at",
# "(fired) once at", "(fired) two shots at", "(fired) a shot toward".
AT_A_TARGET = (
    r"(?:(?:once|twice|again|repeatedly)\s+|(?:[\w-]+\s+){0,2}?(?:shots?|rounds?|bullets?|"
    r"times)\s+)?(?:at|on|towards?)"
)
# Harm said before the name: "the death of X", "X's killing" is below, "D shot X".
HARM_BEFORE = compile_scan(
    rf"(?:\b(?P<noun>(?:attempted |the attempted )?(?:{KILL}|{HURT}|{TAKE}|shootings|"
    r"stabbings|body|bodies|remains|claimed the li(?:fe|ves)))\s+(?:of|on|against)"
    # a verb, not a noun that names a unit or a count ("homicide Detective Ann Lee")
    rf"\s+|\b(?!(?:homicides?|deaths?|slayings?|killings|murders|shootings|stabbings|robbery|"
    r"abduction|sexual assault)\s)"
    # "fired two shots at X", "fired several rounds at X": shot at
    rf"(?P<verb>(?:allegedly\s+)?(?:{NEARLY}|{TARGET}|{KILL}|{HURT}|{TAKE}|"
    # ... "fired once at X", "fired a shot toward X"
    r"fired " + AT_A_TARGET + "|"
    r"shot at|shooting at|firing at|missed)\s+)|"
    r"\b(?P<asword>slain|wounded|injured|dead|deceased|victims?|remains|body|target|"
    # "identified the man shot and killed Sunday outside a store as X"
    r"(?<=shot and )killed|"
    # "the man who died was identified as X"
    r"died(?=\s+(?:was|has been|had been|is)\s+identified)|"
    # "A man killed in a crash on Route 9 was identified as X", "the woman who died in the
    # fire has been identified as X"
    r"(?:killed|died)(?=[\w\s,'’-]{0,60}?\b(?:was|has been|had been|is)\s+(?:later\s+)?"
    r"identified\s+as\s)|"
    # "identified the man who died as X"
    r"(?<=who )died(?=\s+as\s)|(?<=who was )killed(?=\s+as\s)|"
    # "The teen who died was X", "the woman who was killed was X": who the dead was
    r"(?<=who )died(?=\s+(?:was|is)\s)|(?<=who was )killed(?=\s+was\s))\b"
    # "the woman found dead in a Maple Street home Tuesday as X": a longer place after "dead"
    # "The remains were identified as those of X"
    r"(?:(?:(?<=dead)[\w\s,'’-]{0,45}?|(?:(?<=killed)|(?<=died))[\w\s,'’-]{0,60}?|[\w\s,'’-]{0,30}?)\bas\s+"
    r"(?:(?:those|that)\s+of\s+)?"
    # "The victim was Bo Tran", "The victim was 45-year-old Bo Tran"
    r"|(?:(?<=victim)|(?<=who died)|(?<=who was killed))\s+(?:was|is)\s+"
    # "The intended target, according to the affidavit, was Bo Tran"
    r"|(?<=target)(?:,[^.;,]{0,60},)?\s+(?:was|is)\s+))" + LEAD + r"\Z"
)
# The grade a charge of an attempt names between "attempted" and the offence: "attempted
# first-degree murder" is an attempt as "attempted murder" is.
ATTEMPT_GRADE = r"(?:(?:first|second|third)[\s-]degree\s+|capital\s+|aggravated\s+)?"
# Getting out of what was set on fire or attacked: "escaped the burning home". Those who did
# were targeted and, said no more of, unharmed.
# Told with the fire ("escaped the burning house", "escaped the home before it was engulfed"):
# not one who got away from the police ("escaped the house through a window").
_DWELLING = r"(?:home|house|apartment|flat|unit|building)"
ESCAPED_PLACE = (
    r"escaped\s+(?:from\s+)?(?:the|their|a|an|his|her)\s+(?:(?:burning|blazing)\s+(?:[\w-]+\s+)?"
    rf"{_DWELLING}|(?:[\w-]+\s+)?(?:fire|blaze|flames|smoke)|(?:[\w-]+\s+)?{_DWELLING}\s+"
    r"(?:before|as)\s+(?:it|the\s+[\w-]+|flames|fire)\s+(?:was\s+)?(?:engulfed|burned|burnt|"
    r"caught fire|went up|collapsed|filled))"
)
NOT_UNHARMED = (
    r"(?:not|n[o’']t|never)\s+(?:physically\s+)?(?:hit|injured|hurt|wounded|struck|harmed)"
)
# Harm said after the name: "X was shot", "X, 31, died", "X's death", "X suffered injuries".
PASSIVE = (
    rf"{NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|{KILL}|{HURT}|{TAKE}|"
    # "was badly hurt", "was seriously harmed"
    r"hurt|harmed|"
    r"pronounced (?:dead|deceased)|found dead|found shot|found stabbed|found unconscious|found with|"
    # the one an abduction took, found: "was found safe"
    r"found safe|"
    r"declared (?:dead|deceased)|treated for|treated and released|hospitali[sz]ed|"
    # "was treated at a local hospital for injuries"
    # "was taken to St. Mary's Hospital": a hospital's name may hold a period or an apostrophe
    r"treated (?:at|in) (?:a |the )?(?:[\w.'’-]+ ){0,4}?(?:hospital|medical center|clinic|scene)|"
    r"taken to (?:a |the )?(?:[\w.'’-]+ ){0,4}?(?:hospital|medical center|trauma center|clinic)|"
    r"rushed (?:to|into)|transported to|flown to|airlifted to|expected to survive|recovering|"
    # "was found unresponsive", "was left paralyzed", "is in a medically induced coma"
    r"found unresponsive|left paralyzed|in (?:a|an) (?:[\w-]+\s+){0,2}?coma|"
    r"(?:left )?fighting for (?:his|her|their) li(?:fe|ves)|in (?:critical|serious|"
    r"stable|good|fair) condition|in good health|"
    # "was pushed to the floor", "was shoved over" (not "was pushed for time")
    r"(?:pushed|shoved)(?=\s+(?:to|onto|into|down|over|off|against|from)\b)"
)
INTRANSITIVE = (
    r"died|dies|die|(?:suffered|sustained|suffering|received|had)(?=\s+(?:[\w-]+\s+){0,4}?(?:injur|"
    r"wound|gunshot|burn|fracture|trauma|laceration|cuts|bruis|concussion|broken|stab|treatment|"
    r"critical|serious|minor))|survived|recovering|"
    # "succumbed to his injuries", "lost his life", "did not survive"
    r"succumbed|passed away|lost (?:his|her|their) li(?:fe|ves)|did not survive|did n[o’']t survive|"
    # a bone broken in the attack: "who broke her wrist when she was pushed over"
    r"(?:broke|fractured)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wrist|arm|leg|hip|jaw|nose|"
    r"ribs?|ankle|pelvis|collarbone|neck|back|skull|cheekbone|shoulder|elbow|knee)s?|"
    r"never regained consciousness|"
    # the care harm called for: "needed stitches", "spent three weeks in the hospital"
    r"(?:needed|required|underwent)\s+(?:[\w-]+\s+){0,2}?(?:stitches|staples|surgery|surgeries)|"
    r"spent\s+(?:[\w-]+\s+){1,3}?in\s+(?:the\s+|a\s+)?(?:hospital|intensive care)|"
    # "remains hospitalized", "remained in the hospital"
    r"remain(?:s|ed)? (?:hospitali[sz]ed|in (?:the |a )?hospital|in intensive care)|remains? in "
    r"(?:critical|serious|stable|fair) condition|escaped (?:without (?:injury|injuries|harm|being hurt)|injury|unharmed|unhurt|gunfire|"
    r"the gunfire|being hit)"
)
ADVERBS = (
    r"(?:(?:who|also|all|later|then|allegedly|reportedly|eventually|initially|subsequently|"
    r"apparently|both|had|has|have|would|and)\s+)*"
)
# The home town right after a name: "Ann Lee of Dayton, 30, was killed".
_HOME = r"(?:\s+(?:of|from)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?"
# Others the name shares its verb with, named by no name: "X, 33, and two grandchildren escaped",
# "X, 45, and a 22-year-old man were shot".
_WITH_OTHERS = (
    r"(?:\s+and\s+(?:(?:his|her|their|the|a|an|two|three|four|five|six|\d+)\s+)?"
    r"[a-z\d][\w-]*(?:\s+[a-z\d][\w-]*){0,2}?"
    r"(?=\s+(?:were|was|all|both|also|escaped|died|survived)\b))?"
)
# Harm said after the name: "X was shot", "X, 31, died", "X's death", "X suffered injuries";
# not an active verb ("X shot Y" makes X the one who did it).
HARM_AFTER = compile_scan(
    r"\A(?P<possessive>(?:[’']s?)?(?:\s+and\s+(?-i:[A-Z])[\w’'-]+(?:[’']s?)?)?\s+"
    r"(?:(?:tragic|violent|brutal|shooting|stabbing|untimely|alleged)\s+)*"
    r"(?:death|deaths|killing|killings|murder|murders|slaying|slayings)\b"
    # (not what only a defendant has: "upholds Greer murder conviction", "Ann Lee's murder
    # charge")
    r"(?!\s+(?:convictions?|charges?|counts?|sentences?|appeals?|verdicts?|acquittals?|pleas?)\b))"
    # "Ann Lee's body was found"
    r"|\A(?P<body>[’']s?\s+(?:[a-z]+\s+)?(?:body|bodies|remains)\b)"
    r"|\A"
    + _HOME
    + r"(?:,[^.;]{0,90}?,|\s+\(\d{1,3}\))?"
    + _WITH_OTHERS
    # (or a relative clause that ends the sentence or the list's item: "Ann Lee, who was hit
    # in the arm, and Bo Tran, who died")
    + r"(?:,(?=\s+who\b))?\s+"
    + ADVERBS
    + r"(?:(?:was|were|is|are|be|being|been)\s+)+(?:(?:also|all|both|later|then|fatally|critically|"
    # "was listed in stable condition", "was badly hurt"
    r"seriously|severely|badly|gravely|slightly|allegedly|reportedly|reported|not|found|listed)\s+)*"
    rf"(?P<what>{PASSIVE})\b"
    # "Bo Tran, who was not harmed, testified": the aside that says he came to no harm
    r"|\A,\s+who\s+(?:(?:was|were|is|are|had been|has been|have been)\s+)(?:(?:also|all|both)\s+)?"
    rf"({NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt)\b"
    r"|\A"
    + _HOME
    + r"(?:,[^.;]{0,90}?,|\s+\(\d{1,3}\))?"
    + _WITH_OTHERS
    + r",?\s+"
    + ADVERBS
    + rf"(?P<intransitive>{INTRANSITIVE})\b"
    # "Ann Lee, 61, the woman shot to death in her home"
    r"|\A,(?:\s*\d{1,3},)?\s+(?:the|a|an)\s+(?:(?!(?:of|accused|charged|suspected|arrested|"
    # not "the man police say killed Ann Lee": who killed
    r"who|that|was|police|say|says|said|believe|believed|authorities|investigators)\b)[\w-]+\s+)"
    r"{0,3}?(?:(?:who\s+)?(?:was|were)\s+(?:allegedly\s+|reportedly\s+)?)?"
    r"(?P<appositive>shot to death|shot and killed|shot dead|fatally \w+|killed|slain|murdered|"
    r"stabbed(?: to death)?|beaten(?: to death)?|wounded|injured|hurt|struck and killed|"
    # "Bo Tran, the 45-year-old victim, was a father of three"
    r"found dead|strangled|victim(?=,))\b"
    # "found Cy Hall dead" (read only after "found" or "left", see victim_names.py)
    # "found Ann Lee, 44, in an upstairs bedroom with a gunshot wound": after a place
    r"|\A(?:,\s*\d{1,3},)?(?:\s+(?:in|inside|on|at|near|behind|outside)\s+[^,.;]{1,40}?)?"
    r"\s+(?P<found>dead|unresponsive|lifeless|shot|stabbed|beaten|bleeding|paralyzed|"
    r"(?:critically |seriously |severely )?(?:injured|wounded|hurt)|in critical condition|"
    r"(?:with|suffering from) (?:a |an |multiple |several )?(?:\w+ )?(?:gunshot|stab) wounds?)\b"
    # "Cy Hall, believed to have been beaten and killed"
    r"|\A,\s+(?:who\s+(?:was|were|is|are)\s+)?(?:believed|said|thought|alleged|reported)\s+to\s+"
    rf"have\s+been\s+(?:\w+\s+and\s+)?(?P<believed>{PASSIVE})\b"
    # "Cy Hall was 4 when he died"
    r"|\A\s+was\s+(?:just\s+|only\s+)?\d{1,3}(?:\s+years\s+old)?\s+when\s+(?:he|she)\s+"
    rf"(?:was\s+)?(?P<when>{INTRANSITIVE}|{PASSIVE})\b",
    re.I,
)
# "Ann Lee's family marked the anniversary of her death": a pronoun's harm in the same clause.
PRONOUN_HARM = compile_scan(
    r"\b(?:his|her)\s+(?:(?:tragic|violent|brutal|untimely|shooting)\s+)?(?P<what>death|killing|"
    r"murder|slaying)\b|"
    # "Ann Lee was walking home when she was hit in a crosswalk"
    r"\b(?:when|as|after|before|where)\s+(?:he|she)\s+(?:was|had been)\s+(?:fatally\s+)?"
    r"(?P<hit>hit|struck|shot|stabbed|killed|run over|attacked|beaten)\b",
    re.I,
)
# Outcome words read in the clause around a mention when no cue gave one.
OUTCOME_WORDS = compile_scan(
    rf"\b(?P<unharmed>{NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|"
    r"escaped (?:without (?:injury|injuries|harm|being hurt)|injury|unharmed|unhurt|gunfire|the gunfire|being hit)|in good health)\b|"
    # ("attempted-murder counts": the hyphen a compound noun takes)
    rf"\b(?P<attempt>attempted[\s-]{ATTEMPT_GRADE}(?:murder|homicide|killing)|to (?:murder|kill)|expected to survive|survived|survivor|non-life-threatening)\b|"
    # "deadly weapon", "deadly conduct": the name of an offence, not a death
    rf"\b(?P<killed>{KILL}|died|dies|die|dead|pronounced (?:dead|deceased)|fatal|"
    r"deadly(?!\s+(?:weapon|force|conduct|instrument))|lifeless|"
    # "body-worn camera", "body cam": no one's body
    # (nor the living body harm is told on: "burned over 60 percent of his body", "wounds to
    # her body")
    r"(?<!percent of his )(?<!percent of her )(?<!to his )(?<!to her )(?<!on his )(?<!on her )"
    r"(?<!over his )(?<!over her )"
    r"body(?![\s-]+(?:worn|cams?|cameras?|armou?r|language|shop|of (?:evidence|work|water)))|"
    # the noun, not the verb ("he remains at large", "she remains hospitalized")
    # ("human remains", not "the man remains in critical condition")
    r"(?:(?<=the |his |her |eir |its |tal |ial )|(?<=human )|(?<=[’']s ))remains|"
    r"remains(?=\s+(?:of|were|was|have|had)\b))\b|"
    r"\b(?P<injured>shot|grazed|wounded|wounds?|injured|injuries|hurt|stabbed|beaten|hospitali[sz]ed|"
    r"slashed|cut\s+(?:on|in|across)\s+(?:the|his|her)|"
    r"paralyzed|fighting for (?:his|her|their) li(?:fe|ves)|coma|"
    r"gunshot|critical condition|serious condition|stable condition|recovering|"
    r"sexually assault(?:ed|ing)?|raped|rape|abused|tortured|struck|assaulted|unconscious|"
    r"expected to survive|survived|survivor|non-life-threatening)\b",
    re.I,
)
# Harm that does not say whether the person lived, and the words that say they did.
BARE_HARM = re.compile(r"shot|stabbed|beaten|struck")
INJURY_TOLD = compile_scan(
    r"\b(?:wounded|wounds?|injured|injuries|hurt|hospitali[sz]ed|treated|condition|recover\w*|"
    r"surviv\w*|non-life-threatening|released|grazed|stitches|staples|surger(?:y|ies)|"
    r"(?:in|to) the (?:leg|arm|hand|foot|"
    r"shoulder|buttocks|thigh|ankle|knee|wrist|elbow))\b",
    re.I,
)
# Harm done by police: "shot by officers", "police shot X". Not a victim of the case.
BY_POLICE = compile_scan(
    # (Not what police did besides harm: "identified by police as Ann Lee", "found by
    # deputies".)
    r"(?<!identified )(?<!named )(?<!described )(?<!found )(?<!located )(?<!reported )"
    r"(?<!questioned )(?<!interviewed )(?<!notified )(?<!contacted )(?<!released )"
    r"\b(?:by|at the hands of) (?:(?:the|an?|two|three|several|responding|other|[A-Z][\w.-]*)\s+)"
    r"{0,3}(?:police|"
    r"officers?|deput(?:y|ies)|troopers?|agents?|SWAT)\b|\b(?:police|officers?|deput(?:y|ies)|troopers?)\s+"
    r"(?:(?:who|then|later|had|returned fire and)\s+)*(?:shot|killed|fatally shot|wounded|"
    r"returned fire)\b"
    # A death in police hands: "a man died in Minneapolis police custody", "died while in
    # the custody of police" (not "Tran, now in police custody, shot a man").
    r"|(?:(?<=\bdied )|(?<=\bdied while ))in\s+(?:(?:the\s+)?custody\s+of\s+(?:the\s+)?"
    r"(?:police|officers|deputies)|(?:(?:[A-Z][\w.-]*|the|county|city)\s+){0,2}?"
    r"(?:police|sheriff['’]s)\s+custody)\b"
    # "killed in a shootout with deputies".
    r"|\b(?:shootout|shoot-out|gunfight|exchange of gunfire|standoff)\s+with\s+(?:[\w-]+\s+){0,2}?"
    r"(?:police|officers|deputies|troopers|agents|SWAT)\b",
    re.I,
)


def police_harm_before(text: str, low: int, cue_start: int, cue_end: int, noun: bool) -> bool:
    """Whether the harm told before a name by the cue at `text[cue_start:cue_end]` is the
    police's: its subject ("officers shot X") or the agent of its verb ("X was killed by
    police"). A harm told by a noun has its agent after it ("the death of X at the hands of
    police"), so an agent before the noun belongs to another verb: "arrested by police in
    the shooting death of X", "taken into custody by deputies for the killing of X"."""
    found = search_within(BY_POLICE, text, low, cue_end)
    return found is not None and not (
        noun and found.group().lower().startswith("by ") and found.end() <= cue_start
    )


# Words without which a sentence says nothing of harm (lower case).
HARM_WORDS = (
    "kill death dead murder slay slain homicide fatal shot shoot wound injur stab beat "
    "assault rap attack struck strik hit abus tortur burn chok strangl drown suffocat kidnap "
    "abduct robb carjack died dies unharmed uninjured unhurt escaped suffer sustain hospital "
    "surviv recovering condition health victim deceased missed missing fired body bodies remains "
    "grazed unresponsive punch kick slap slash whipp cutting stitches staples surger spent "
    "manslaughter unconscious fighting threat stalk harass menac poison gunned gunning bludgeon "
    "run down mowed mowing succumbed passed away lost his lost her airlifted paralyzed coma hurt "
    "harmed rushed transported flown ambush target pushed shoved broke fractured"
)
HARM_GATE = key_words(*HARM_WORDS.split(), "die ", "treated", "found safe")


# "shot and killed three children", "killed his three young sons", "injuring three others".
COUNT_VERB_BEFORE = compile_scan(
    r"\b(?P<verb>shot and killed|killed|killing|murdered|murdering|executed|executing|"
    r"fatally shot|fatally shooting|shot and wounded|wounded|wounding|injured|injuring|"
    # "shot at two men outside a bar", "fired at least four rounds at two officers": targets
    r"shot at|fired at|firing at|shooting at|"
    r"fired (?:[\w-]+\s+){0,3}?(?:shots?|rounds?|bullets?)\s+at|shot|"
    r"shooting|stabbing|deaths|murders|slayings|stabbed|"
    # "sexually abusing three boys", "carjacking two women"
    r"(?:sexually\s+)?(?:abusing|abused|assaulting|assaulted)|molesting|molested|raping|raped|"
    r"carjacking|carjacked|robbing|robbed|kidnapping|kidnapped|threatened|threatening|"
    # "forced four women to work", "trafficking two teenage girls"
    r"forced|forcing|coerced|coercing|trafficked|trafficking|exploited|exploiting|"
    # "found the bodies of two men"
    r"bodies of|remains of|"
    # "pointed a gun at two clerks"
    r"(?:pointed|pointing|aimed|aiming) (?:a|an|the|his|her) (?:\w+ )?(?:gun|handgun|pistol|rifle|"
    r"shotgun|knife|weapon|firearm) at)\s+(?:of\s+)?"
    r"(?:(?:his|her|their|the|all)\s+)?"
    # "abusing the boy's two siblings": whose they are, by a noun
    r"(?:(?-i:[a-z])[\w-]*['’]s\s+)?"
    # "killed his pregnant wife and their two daughters", "Killing Wife, 2 Daughters"
    r"(?:(?:[\w-]+\s+){0,2}?[\w-]+(?:,|\s+and)\s+(?:(?:his|her|their|the)\s+)?)?\Z",
    re.I,
)
_HARMED_COUNT_AFTER = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:shot|killed|wounded|injured|"
    r"stabbed|hurt|hit|struck|attacked|assaulted|robbed)\b",
    re.I,
)


def counts_the_harmed(text: str, start: int, end: int) -> bool:
    """Whether the count of people at `text[start:end]` counts the harmed: the object of a
    harm ("the shooting of two people", "shot two men") or its subject ("Two men were
    wounded")."""
    return bool(
        COUNT_VERB_BEFORE.search(text[max(0, start - 40) : start])
        or _HARMED_COUNT_AFTER.match(text, end)
    )


# Just before a person: what makes him the one harmed ("the death of another man", "stabbed
# another man"), not someone who did it.
_HARMED_OBJECT_BEFORE = re.compile(
    r"(?:\bof|\b(?:killed|killing|shot|shooting|stabbed|stabbing|beat|beating|attacked|"
    r"attacking|assaulted|assaulting|robbed|robbing|struck|striking|injured|injuring|wounded|"
    r"wounding))\s+"
    # (a count told with its bound: "the deaths of at least two other women")
    r"(?:(?:at\s+least|more\s+than|nearly|as\s+many\s+as|up\s+to)\s+)?\Z",
    re.IGNORECASE,
)


def harmed_object(text: str, start: int) -> bool:
    """Whether the person told at `start` of `text` is the object of harm or of a harm's
    noun ("in the stabbing death of another man")."""
    return _HARMED_OBJECT_BEFORE.search(text, max(0, start - 35), start) is not None


# Before a counted group: the count is those a harm was done to, not people who did or
# underwent anything else ("A man accused of shooting two people was arrested", "a shooting
# that injured two people").
NOT_AFTER_HARM = (
    r"(?<!injured )(?<!wounded )(?<!killed )(?<!shot )(?<!hurt )(?<!shooting )(?<!killing )"
    r"(?<!injuring )(?<!wounding )(?<!stabbing )(?<!robbing )(?<!attacking )"
)
