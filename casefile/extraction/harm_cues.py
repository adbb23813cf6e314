"""The cue patterns that say someone was harmed: killed, shot, wounded, found dead, named as
the object of a harm verb ("the death of Ann Lee", "the man who was kicked, Bo Tran") or after
"identified the victim as". `people.Cast` applies them to mark victims, whom no suspect cue
near a bare surname may then take for the suspect."""

from __future__ import annotations

import re

from casefile.extraction.ages import AGE_TOLD
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan

# Object of killing words: "the death of Ray Dunn", "killed Deputy Ned Vell",
# "identified the slain officer as Sean Smith", "the killing of 23-year-old nursing student
# Ann Lee": up to five words between, each opening on a letter of either case (the pattern
# ignores case), or an age; not a number ("the 1991 murder of", "killed 2"), nor "by", after
# which the one who did it is named ("was killed Sunday by Bo Tran").
# Nor a finite verb or a relative word, which opens a clause of its own whose subject the
# harm word is ("the woman who was killed had ended a relationship with Bo Tran": not him);
# "was" right before the name still names the one harmed ("the man killed was Bo Tran").
_VICTIM_LEAD = (
    r"(?:(?:(?!(?:by|had|has|have|said|says|told|with|who|that)\s|(?:was|were|is|are)\s(?=\S+\s))"
    r"[^\W\d_][\w.'’-]*|\d+-year-old)\s+){0,5}?\Z"
)
VICTIM_BEFORE = compile_scan(
    r"(?:\b(?:killing|death|deaths|murder|murders|slaying|slayings|shooting|homicides?|killings|"
    r"wounding|shooting deaths?|claimed\s+the\s+lives?)\s+of\s+"
    # "after the body of Ann Lee was found": the one found dead.
    r"|\bbod(?:y|ies)\s+of\s+(?!evidence\b|work\b|water\b)"
    # (not a word of degree before it, which makes it an adjective: "the most striking
    # testimony came from Detective Ann Lee")
    r"|\b(?<!most )(?<!more )(?<!less )(?<!very )(?<!so )(?<!quite )(?<!particularly )"
    r"(?<!especially )(?<!truly )(?<!really )(?:killed|kill|killing|slain|fatally shooting|shot|"
    r"beat|beating|stabbed|stabbing|murdered|murdering|"
    # "video shows him striking Ann Lee", "accused of punching Ann Lee".
    r"striking|punching|kicking|choking|strangling|assaulting|raping|"
    # "charges that they swindled Ann Lee": the one a fraud was done to.
    r"swindled|defrauded|scammed|bilked|cheated|conned|duped|swindling|defrauding|scamming|"
    r"bilking|cheating|conning)\s+|\b(?:slain|wounded|injured|dead|deceased|"
    r"victims?)\b[\w\s,'’-]{0,30}?\bas\s+"
    # "The victim, Ann Lee, 36, worked as a nurse": the one harmed, named in apposition
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?victims?,\s+"
    # "The victims were Ann Lee, 30, and Bo Tran", "The dead include": a list of those harmed.
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?(?:victims|dead|deceased|slain)\s+(?:were|are|include|"
    r"included)\s+"
    # "Among the dead was Ann Lee", "Dead is Ann Lee, 30".
    r"|\b(?:among\s+the\s+(?:dead|victims|slain|killed|wounded|injured)|\Adead)\s+(?:was|were|is|"
    r"are)\s+"
    # "The man who was kicked, Bo Tran,": the one harmed, named after what was done to him.
    r"|\b(?:man|woman|person|boy|girl|child|teen|teenager|victim|officer|deputy)\s+(?:who|that)\s+"
    r"(?:was|were|had been)\s+(?:\w+\s+)?(?:killed|shot|stabbed|wounded|injured|kicked|beaten|"
    r"attacked|assaulted|robbed|struck|hit|kidnapped|abducted|hurt|run over)\b[^.;,]{0,40},\s+)"
    + _VICTIM_LEAD,
    re.IGNORECASE,
)
# After the name: a passive harm verb ("was shot", "were all killed") or an intransitive one
# ("died"); an active one ("X shot and killed two men") makes X the one who did it.
VICTIM_AFTER = compile_scan(
    r"\A(?:,[^.;]{0,90}?,)?\s+(?:(?:also|all|later|then)\s+)*"
    r"(?:was|were|is|are|had been|has been|have been)\s+(?:(?:also|all|later|then|fatally)\s+)*"
    r"(?:killed|shot and killed|pronounced (?:dead|deceased)|found dead|slain|murdered|wounded|injured|shot|"
    r"hurt)\b"
    r"|\A(?:,[^.;]{0,90}?,)?\s+(?:(?:also|all|later|then|has|had|would)\s+)*"
    r"(?:died|die|survived)\b"
    # "Ann Lee suffered a broken jaw", "sustained serious injuries".
    r"|\A(?:,[^.;]{0,90}?,)?\s+(?:suffered|sustained)\s+(?:[\w-]+\s+){0,3}?(?:injur\w*|wounds?|"
    r"broken|fractured?|fractures|burns|cuts|bruises|concussion)\b"
    # "found Ann Lee, 34, with multiple stab wounds", "suffering from a gunshot wound".
    # ("found Ann Lee, 34, of Elgin, lying in the street with gunshot wounds")
    r"|\A(?:,\s*(?:age\s+)?\d{1,3},?|,[^.;]{0,60}?,)?"
    r"(?:\s+(?:lying|sitting|slumped|unresponsive)\b[^.;,]{0,50}?)?"
    r"\s+(?:with|suffering\s+from|bleeding\s+from)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:wounds?|injuries|lacerations|trauma)\b"
    # "Bo Tran was taken to a hospital, where he died".
    r"|\A(?:,[^.;]{0,90}?,)?\s+(?:was|were)\s+(?:taken|rushed|transported|flown)\s+[^.;]{0,80}?"
    r"\b(?:where|and)\s+(?:he|she|they\s+)?\s*(?:later\s+)?(?:died|was pronounced (?:dead|deceased))\b"
    # "Ann Lee, who was stabbed twice in the back, testified", "... who was cut on the arm"
    r"|\A,?\s+who\s+(?:was|were|had been)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot|slain|"
    r"stabbed|beaten|hurt|slashed|cut\s+(?:on|in|across)\s+(?:the|his|her))\b"
    r"|\A,?\s+who\s+(?:died|survived)\b"
    # "Ann Lee, 23, of Elgin, was identified as the victim", "... as the man killed"
    r"|\A(?:,[^.;]{0,90}?,)?\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+)?identified\s+"
    r"(?:by\s+(?:[\w-]+\s+){1,4}?)?as\s+(?:the|a|one\s+of\s+the)\s+(?:[\w-]+\s+)?(?:victims?|dead|"
    r"deceased|(?:man|woman|person|driver|pedestrian)\s+(?:who\s+(?:was|died)\s+)?(?:killed|shot|"
    r"found\s+dead|died))\b"
    # An appositive that says what happened to the person: "Ann Lee, 61, the woman shot to
    # death in her home", "Bo Tran, a clerk who was wounded".
    r"|\A,(?:\s*(?:age\s+)?\d{1,3},)?\s+(?:the|a|an)\s+(?:\d{1,3}-year-old\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|teen|teenager|child|officer|deputy|trooper|agent|clerk|driver|"
    r"father|mother|son|daughter|husband|wife|victim)\s+(?:who\s+(?:was|were)\s+)?"
    r"(?:shot to death|shot and killed|shot and wounded|killed|slain|murdered|found dead|"
    r"fatally|wounded|injured|stabbed)\b",
    re.IGNORECASE,
)
# Every victim cue above holds one of these (lower case).
HARM_WORDS = key_words(
    "claimed the li",
    "swindl",
    "defraud",
    "scam",
    "bilk",
    "cheat",
    "conn",
    "duped",
    "kill",
    "kicked",
    "attacked",
    "assaulted",
    "robbed",
    "struck",
    "kidnapped",
    "abducted",
    "run over",
    "death",
    "dead",
    "murder",
    "slay",
    "slain",
    "shoot",
    "shot",
    "homicide",
    "wound",
    "fatal",
    "beat",
    "stab",
    "injur",
    "deceased",
    "victim",
    "hurt",
    "die",
    "surviv",
    "strik",
    "punch",
    "kick",
    "chok",
    "strangl",
    "assault",
    "slash",
    "cut ",
    "raping",
    "suffered",
    "sustained",
    "bod",
)
# A name that a harm verb is done to, or that a relation or role word introduces: no one the
# fallback of `main_character.adopt_main_character` may take for the suspect.
OBJECT_OF_HARM = re.compile(
    r"(?:\b(?:hit|struck|shot|stabbed|killed|attacked|robbed|beat|kidnapped|abducted|raped|"
    r"assaulted|strangled|ran over)\s+(?:(?:the|a|an)\s+)?(?:\d{1,3}-year-old\s+)?"
    r"|\b(?:mother|father|brother|sister|son|daughter|wife|husband|girlfriend|boyfriend|friend|"
    r"lawyer|attorney|spokesman|spokeswoman|spokesperson|witness|neighbor|relative|cousin|aunt|"
    r"uncle|grandmother|grandfather)[,]?\s+)\Z",
    re.IGNORECASE,
)
DEATH = re.compile(
    r"kill|dead|death|died|\bdie\b|slain|slay|murder|fatal|homicide|claimed\s+the\s+li(?:fe|ves)",
    re.I,
)
# "Police identified her as Ann Lee": whom "her" is decides the role (see `_identified_victims`).
IDENTIFIED_GATE = key_words("identified")
IDENTIFIED_AS = re.compile(
    r"\bidentified\s+(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|"
    r"teenager|person|child|body|driver|pedestrian))\s+as\s+(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
HARMED_BEFORE = compile_scan(
    r"\b(?:(?:was|were|been)\s+(?:found\s+)?(?:dead|killed|shot|stabbed|slain|murdered|injured|"
    r"wounded|struck|hit|beaten|hurt|robbed|carjacked|kidnapped|abducted|assaulted|attacked|"
    r"raped)|died|body|bodies|remains|victims?)\b",
    re.IGNORECASE,
)
# What may stand between two victims named in one list: "the murders of Ann Lee in May,
# Bo Tran in 2013 and Cy Hall"; an age or a short time phrase, then a list separator.
# What follows a list's item when the list goes on: another item after a comma or a
# semicolon, or "and". A comma-only gap ("Ann Lee, 41, Bo Tran, 30, was arrested") makes a
# list only when it goes on so, closed by "and": else the second name is set beside the
# sentence's subject ("The suspect in the killing of Ann Lee, Bo Tran, was arrested").
_LIST_GOES_ON = re.compile(
    rf"\A(?:,\s*{AGE_TOLD})?"
    r"(?:\s+(?:in|on)\s+[\w .]{1,25}?)?(?:,?\s+(?:of|from)\s+[A-Z][\w.'’ -]{1,30}?)?"
    r"(?:[,;]\s*(?:and\s+)?|[,;]?\s+and\s+)(?:(?:his|her|their)\s+[\w -]{0,25}?)?[A-Z]"
)


def list_goes_on(after: str) -> bool:
    """Whether a list goes on after an item, `after` being the text after it."""
    return _LIST_GOES_ON.match(after) is not None


def joins_a_list(gap: str, after: str) -> bool:
    """Whether `gap`, between two names, joins them in a list, `after` being the text after the
    second: "and" in the gap, or a comma the list goes on after."""
    return VICTIM_LIST_GAP.match(gap) is not None and (
        re.search(r"\band\b", gap) is not None or _LIST_GOES_ON.match(after) is not None
    )


VICTIM_LIST_GAP = re.compile(
    rf"\A(?:,\s*{AGE_TOLD})?"
    r"(?:\s+(?:in|on)\s+[\w ]{1,25}?)?"
    # "Ann Lee, 30, of Dayton; Bo Tran": a home town, and a semicolon between items.
    r"(?:,?\s+(?:of|from)\s+[A-Z][\w.'’ -]{1,30}?)?(?:[,;]\s*(?:and\s+)?|[,;]?\s+and\s+)"
    # "Ann Lee, 33, and her children Bo Lee, 9, and ...": the relation the next ones bear
    r"(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,1}(?:children|sons|daughters|son|daughter|"
    r"husband|wife|mother|father|brother|sister|grandson|granddaughter|grandchildren)\s+)?\Z"
)
