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

import re
from typing import NamedTuple

from casefile.extraction.patterns import compile_scan, first_in, prefix_match
from casefile.extraction.sentences import KeyWords, Sentence, any_key_words, key_words

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|single|multiple|several|\d+)"


class Cue(NamedTuple):
    gate: KeyWords  # key words (lower case) the cue cannot do without
    pattern: re.Pattern[str]
    status: str
    # Where the list ends when the cue's own words close it: "from murder to manslaughter".
    until: re.Pattern[str] | None = None
    # Whether the cue's span ends on the name of the person charged ("... and Kim with"): it
    # holds only where that span names someone.
    names_person: bool = False


def _cue(
    words: tuple[str, ...],
    pattern: str,
    status: str,
    until: str | None = None,
    names_person: bool = False,
) -> Cue:
    closing = re.compile(until, re.I) if until else None
    return Cue(key_words(*words), compile_scan(pattern, re.I), status, closing, names_person)


# A day named between a verdict and its charges: "convicted Ann Lee on Friday of murder".
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
_ON_DAY = rf"on\s+{_DAY},?\s+"
# An object named between the verb and the list ("charging him with", "indicted Ann Lee for").
# Or a list of people told with their ages and towns ("charging Ann Lee, 34, of Toledo, and
# Tom Kim, 29, of Detroit, with"): names, numbers, "of" and "and" only.
_OBJECT = r"(?:(?:[\w.'’-]+,?\s+){0,6}?|(?:(?:(?-i:[A-Z])[\w.'’-]*|\d{1,3}|of|and|&),?\s+){7,24}?)"
CUES = [
    # A line that introduces the charges set out after it: "Here are the charges each
    # defendant faces:", "The charges:".
    _cue(("charges", "counts"), r"\b(?:charges|counts)\b[^:.;]{0,80}:\s*\Z", "filed"),
    # A not-guilty plea answers a charge still filed: "pleaded not guilty to charges of X".
    _cue(
        ("not guilty",),
        r"\b(?:pleaded|pled|pleads|pleading|plead|entered|enter|enters|plea of|pleas of)\s+"
        r"(?:(?:an?|his|her|their)\s+(?:plea|pleas)\s+of\s+)?not guilty\s+(?:[^.;]{0,40}?\s)??to\s+",
        "filed",
    ),
    _cue(("acquit", "not guilty", "cleared"),
         # (a verdict of insanity acquits: "not guilty by reason of insanity of murder")
         r"\b(?:acquit(?:ted|ting|s)?|cleared|not guilty(?:\s+by\s+reason\s+of\s+(?:insanity|"
         r"mental\s+(?:disease|illness)(?:\s+or\s+defect)?))?)\s+"
         rf"(?:(?!on\b)[\w,.'’-]+\s+|{_ON_DAY}){{0,4}}?"
         rf"(?:of|on(?!\s+{_DAY}))\s+",
         "acquitted"),
    # A charge replaced by another: "reduced the charge against her from murder to
    # manslaughter", "the charge was amended from robbery to theft": the first is dropped.
    _cue(
        ("upgraded", "reduced", "amended", "elevated", "increased", "changed", "downgraded"),
        r"\b(?:upgraded|reduced|amended|elevated|increased|changed|downgraded)\b[^.;]{0,120}?"
        r"\bfrom\s+(?=[^.;]{1,80}?\s+to\s+)",
        "dropped",
        until=r"\s+to\s+",
    ),
    # ... and the second filed: "from murder to manslaughter".
    _cue(
        ("upgraded", "reduced", "amended", "elevated", "increased", "changed", "downgraded"),
        r"\b(?:upgraded|reduced|amended|elevated|increased|changed|downgraded)\b[^.;]{0,120}?"
        r"\bfrom\s+[^.;]{1,80}?\s+to\s+",
        "filed",
    ),
    _cue(("upgraded", "reduced", "amended", "elevated", "increased", "changed"),
        r"\b(?:upgraded|reduced|amended|elevated|increased|changed)\s+(?:[\w'’-]+\s+){0,4}?to\s+",
        "filed"),
    _cue(
        ("convict", "guilty"),
        rf"\b(?<!not )(?:convicted|convicting|guilty)\s+(?:(?!of\b|on\b|to\b)[\w,.'’-]+\s+|{_ON_DAY}|"
        # the court that did it: "by a Cobb County jury", "in Polk County Circuit Court"
        r"(?:by|in|before)\s+(?:an?\s+|the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}?(?:jury|judge|"
        rf"court|panel)\s+){{0,5}}?"
        # who the person is, between commas: "convicted Ann Lee, the woman accused of ..., of"
        r"(?:,?\s*(?:the|a|an)\s+[^,.;]{1,80},\s+)?"
        rf"(?:of|on(?!\s+{_DAY}))\s+",
        "convicted",
    ),
    _cue(("conviction",), r"\bconvictions?\s+(?:on|of|for)\s+", "convicted"),
    _cue(("verdict",), r"\b(?<!not )(?:verdicts? of guilty (?:of|on|for)|guilty verdicts?\s+(?:on|for|in))\s+",
         "convicted"),
    _cue(("seek", "possible", "potential"),
         r"\b(?:seek(?:ing|s)?|possible|potential)\s+(?:an?\s+)?(?:indictment|charges?)\s+(?:of|on|for)\s+",
         "expected"),
    _cue(
        ("plead", "pled"),
        r"\b(?:pleaded|pled|pleads|pleading)\s+(?:(?:guilty|no contest|nolo contendere)\s+"
        r"(?:[^.;]{0,60}?\s)??)?to\s+",
        "convicted",
    ),
    # not across a comma: "as part of a plea agreement, a charge of murder was dismissed"
    # A plea still to come answers a charge filed: "is expected to plead guilty to X".
    _cue(
        ("plead guilty", "plead no contest"),
        r"\b(?:will|to|would|could)\s+plead\s+(?:guilty|no contest)\s+(?:[^.;]{0,40}?\s)??to\s+",
        "filed",
    ),
    # A juvenile's admission answers the charge as a guilty plea does.
    _cue(
        ("admitted to", "admitted guilt"),
        r"\badmitted\s+(?:guilt\s+)?to\s+(?=(?:(?:a|an|the|one|two|three|\d+)\s+)?(?:[\w-]+\s+)?"
        r"(?:charges?|counts?)\s+of\b)",
        "convicted",
    ),
    # A plea as British and Irish courts report it: "admitted manslaughter", "admits two
    # counts of fraud" (an offence named straight after the verb: "admitted stealing the car"
    # is a confession).
    _cue(
        ("admit",),
        r"\b(?:admitted|admits|admitting)\s+(?!to\b|that\b|guilt\b|his\b|her\b|their\b|the\b|"
        r"it\b|(?:[\w-]+ing)\b)",
        "convicted",
    ),
    _cue(("plea",), r"\bpleas?\b(?!\s+of not)[^.;,]{0,30}?\b(?:to|of|for)\s+", "convicted"),
    # A sentence received for a charge: "received a 20-year sentence for manslaughter", "was
    # given five years of probation for assault" (told in the past: a sentence imposed).
    _cue(
        ("received", "was given", "got"),
        r"\b(?:received|was given|got)\s+(?:an?\s+)?[^.;]{0,40}?\b(?:sentences?|prison|jail|"
        r"probation|terms?)\b[^.;]{0,30}?\bfor\s+(?!(?:his|her|their)\s+(?:role|part)\b)",
        "convicted",
    ),
    _cue(
        ("sentenced",),
        r"\bsentenced\b[^.;]{0,80}?\b(?:on|for)\s+(?:(?:his|her|their)\s+)?"
        r"(?:convictions?\s+(?:on|of|for)\s+)?",
        "convicted",
    ),
    _cue(
        ("dropped", "dismissed", "withdrew", "withdrawn", "threw out", "tossed", "dropping",
         "dismissing", "agreed to", "agreeing to", "agrees to", "declined to", "nolle"),
        # "nolle prossed the charge" (nolle prosequi), "declined to prosecute the charge"
        r"\b(?:dropped|dismissed|withdrew|withdrawn|threw out|tossed(?: out)?|dropping|dismissing|"
        r"nolle pros(?:s|equi)?(?:ed)?|declined\s+to\s+(?:prosecute|pursue)|"
        # a grand jury's no bill: "declined to indict her on the murder charge"
        rf"(?:declined|refused)\s+to\s+indict\s+{_OBJECT}(?:on|for)|"
        # a plea deal's promise: "prosecutors agreed to drop the murder charge"
        r"agree(?:d|s|ing)?\s+to\s+(?:drop|dismiss|withdraw)|"
        # "entered a nolle prosequi on the assault charge"
        r"(?:entered|filed)\s+(?:a\s+)?nolle\s+prosequi\s+(?:on|in|as\s+to))\s+"
        r"(?:their|the|its|his|her|all)?\s*",
        "dropped",
    ),
    _cue(
        ("expect", "plan"),
        r"\b(?:expects?|expected|plans?|planned|planning)\s+to\s+(?:see\s+[^.;]{0,40}?\s+)?"
        rf"(?:charge|be charged|face|file)\s+{_OBJECT}(?:with|for)\s+",
        "expected",
    ),
    _cue(("will be",), r"\bwill be\s+(?:formally\s+)?charged\s+(?:with|for)\s+", "expected"),
    # police who put a charge to prosecutors: "will ask prosecutors to charge her with murder"
    _cue(
        ("ask", "recommend", "urge", "urging"),
        r"\b(?:ask|asks|asked|asking|recommend(?:s|ed|ing)?|urge[sd]?|urging)\s+(?:[\w'’-]+\s+){0,3}?"
        rf"to\s+(?:formally\s+)?charge\s+{_OBJECT}(?:with|for)\s+",
        "expected",
    ),
    _cue(
        ("will", "would", "intend", "going to", "seeking to", "prepared to"),
        r"\b(?:will|would|intends?\s+to|intended\s+to|(?:is|are)\s+going\s+to|seeking\s+to|"
        rf"prepared\s+to)\s+(?:formally\s+|also\s+)?charge\s+{_OBJECT}(?:with|for)\s+",
        "expected",
    ),
    _cue(("charged",), r"\bcharged\b[^.;:]{0,90}?\bwith\s*:?\s*", "filed"),
    _cue(("charged",), r"\bcharged\s+(?:[\w-]+\s+){0,4}?for\s+(?!allegedly)", "filed"),
    _cue(("charging",), rf"\bcharging\s+{_OBJECT}with\s+", "filed"),
    # The role a charge gives a person: "was charged as an accessory after the fact".
    _cue(("charged as",), r"\bcharged\s+as\s+(?:an?\s+)?(?=accessory|accomplice)", "filed"),
    # A verb left out after the first clause: "Lee was charged with murder; Kim, 30, with
    # robbery; and Ruiz, with theft".
    _cue(
        ("charged",),
        r"(?<=\bwith\s)[^;]{1,200};\s+(?:and\s+)?(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+,\s*"
        r"(?:\d{1,3},\s*)?with\s+",
        "filed",
    ),
    # The first of such clauses after a colon: "Three men were charged: Lee, 25, with murder;
    # Kim, 30, with robbery".
    _cue(
        ("charged", "indicted"),
        r"\b(?:charged|indicted)\b[^.:;]{0,40}:\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}"
        r",\s*(?:\d{1,3},\s*)?with\s+",
        "filed",
        names_person=True,
    ),
    # ... or after "and": "Lee was charged with murder and Kim with robbery".
    _cue(
        ("charged",),
        r"(?<=\bwith\s)[^;.]{1,200}?,?\s+and\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}"
        r",?\s+(?:\d{1,3},\s*)?with\s+",
        "filed",
        names_person=True,
    ),
    # A defendant named by the charge he is a defendant on: "Lee, a murder defendant" (not
    # the subject of a clause of its own: "a burglary defendant pled guilty" is someone else).
    _cue(
        ("defendant",),
        r"\b(?:an?|the)\s+(?=(?:[\w-]+\s+){1,3}?defendant\b(?!\s+(?:\w+ed|was|is|has|had|"
        r"will|would|pled|pleads|faces|told|says|said|appears)\b))",
        "filed",
    ),
    # A fact box's label: "Charges: murder, robbery".
    _cue(("charge", "count"), r"^\s*(?:charges?|counts?)\s*:\s*(?=\S)", "filed"),
    # "Charges were filed against Ann Lee for murder".
    _cue(
        ("filed against",),
        r"\bcharges?\s+(?:were|was|have been|has been|had been)\s+filed\s+against\s+"
        r"[^.;]{1,50}?\s+for\s+",
        "filed",
    ),
    # Charges named as what they are: "the charges against him are murder and arson".
    _cue(
        ("against",),
        r"\b(?:charges?|counts?)\s+against\s+(?:[\w.'’-]+,?\s+){1,5}?(?:are|is|were|was)\s+"
        r"(?!(?:not|also|still|now|being|expected|pending|serious|dropped|dismissed|filed|"
        r"reduced|upgraded|withdrawn)\b)",
        "filed",
    ),
    _cue(("charges",), r"\bcharges\s+(?!of\b|include)(?:[\w.'’-]+,?\s+){1,12}?with\s+", "filed"),
    _cue(("indicted",), rf"\bindicted\s+{_OBJECT}(?:for|with)\s+", "filed"),
    _cue(
        ("indicted", "arraigned", "held", "booked", "jailed", "arrested", "detained",
         "custody", "surrendered", "turned himself in", "turned herself in"),
        r"\b(?:indicted|arraigned|held|booked|jailed|arrested|detained|custody|surrendered|"
        r"turned\s+(?:himself|herself)\s+in)\b"
        r"[^.;]{0,80}?\bon\s+(?!suspicion\b)(?=(?:a|an|one|two|three|\d+|federal|state|new|charges?|counts?)\b|"
        r"(?:(?!on\b)[\w-]+\s+){0,5}?(?:charges?|counts?)\b)",
        "filed",
    ),
    # "arraigned Thursday on capital murder": the offence itself after "on"
    _cue(
        ("indicted", "arraigned"),
        rf"\b(?:indicted|arraigned)\s+(?:(?!on\b)[\w,]+\s+){{0,3}}?on\s+(?!suspicion\b|{_DAY})",
        "filed",
    ),
    _cue(("custody",), r"\bin custody\s+for\s+", "filed"),
    # "booked into the county jail for murder" (but not "on suspicion of")
    _cue(
        ("booked", "jailed"),
        r"\b(?:booked|jailed)\s+(?:(?:into|in|at)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,4}?"
        r"(?:jail|detention center|correctional (?:center|facility)|lockup)\s+)?for\s+"
        r"(?!suspicion\b|allegedly\b)",
        "filed",
    ),
    _cue(("cited",), r"\bcited\s+(?:[\w-]+\s+){0,3}?for\s+", "filed"),
    # A charge denied is one still filed: "Smith, 34, denies murder" (a plea of not guilty).
    _cue(
        ("denies", "denied", "deny"),
        r"\b(?:denies|denied|deny|denying)\s+(?!that\b|the\b|any\b|all\b|his\b|her\b|their\b|it\b|"
        r"(?:[\w-]+ing)\b)",
        "filed",
    ),
    # A charging paper's own verb: "a criminal complaint accuses Ann Lee of wire fraud".
    _cue(
        ("accuse",),
        r"\b(?:complaint|indictment|information|petition|affidavit)\s+(?:[\w-]+\s+){0,4}?"
        rf"accus(?:es|ed|ing)\s+{_OBJECT}of\s+",
        "filed",
    ),
    # A charge that is the subject of its outcome: "the murder charge against him was dropped".
    _cue(
        ("dropped", "dismissed", "withdrawn", "thrown out", "nolle"),
        r"\b(?:the|a|an|his|her|their)\s+(?=(?:[\w-]+\s+){1,5}?(?:charges?|counts?|case)\s+(?:against\s+"
        r"[^.;]{1,40}?\s+)?(?:was|were|has been|have been|had been|is being|are being|will be)\s+"
        r"(?:\w+\s+)?(?:dropped|dismissed|withdrawn|thrown out|nolle pros(?:s|equi)?(?:ed)?)\b)",
        "filed",
    ),
    _cue(
        ("face", "facing"),
        r"\b(?:faces|facing|face|faced)\s+(?!the death|life|up to|a possible|a maximum|"
        r"a minimum|justice|trial|a judge)",
        "filed",
    ),
    _cue(
        ("includ",),
        r"\b(?:charges?|counts?)\b[^.;]{0,40}?\b(?:include|included|including)\s+",
        "filed",
    ),
    _cue(("including",), rf"\bincluding\s+(?={_COUNT}\s+(?:counts?|charges?)\s+of)", "filed"),
    _cue(
        ("charged in",),
        r"\bcharged in\s+(?:the\s+|\w+\s+)?(?=(?:murders?|homicides?)\b)",
        "filed",
    ),
    _cue(("charge",), r"\bcharges? of\s+", "filed"),
    # A charge named in an apposition: "A third count, of theft, was dismissed".
    _cue(("charge", "count"), r"\b(?:charges?|counts?),\s+(?:of|for)\s+(?=[^.;]*?,)", "filed"),
    _cue(("filing",), r"\bfiling of\s+", "filed"),
    _cue(("bond", "bail", "$"), r"(?:\b(?:bonds?|bail)|\$[\d,.]+(?: million)?)\s+for\s+", "filed"),
    _cue(
        ("charge",),
        r"(?:['’]s|\bhis|\bher|\b(?:original|initial|existing|underlying|earlier|current))\s+"
        # (not across the verb of a clause: "the State's Attorney's Office approved murder
        # charges")
        r"(?=(?:(?!(?:approved|authorized|filed|brought|announced|sought|dropped|dismissed)\b)"
        r"[\w-]+\s+){1,4}charges?\b)",
        "filed",
    ),
    # Prosecutors who approve the charges police put to them: "approved a charge of murder".
    _cue(
        ("approved", "authorized"),
        r"\b(?:approved|authorized)\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:charges?|counts?)\b)",
        "filed",
    ),
    # Charges police put to prosecutors, not yet filed: "requested a murder charge from
    # prosecutors", "submitted charges of arson to the district attorney".
    _cue(
        ("request", "submit", "forward", "present", "refer"),
        r"\b(?:request(?:ed|s|ing)?|submit(?:ted|s|ting)?|forward(?:ed|s|ing)?|present(?:ed|s|ing)?|"
        r"refer(?:red|s|ring)?)\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?charges?\b)",
        "expected",
    ),
    # "adding a count of assault", "added two charges of theft"
    _cue(
        ("add",),
        rf"\badd(?:s|ed|ing)?\s+(?:{_COUNT}\s+)?(?:new\s+|more\s+|additional\s+|further\s+)?"
        r"(?:[\w-]+\s+)?(?:counts?|charges?)\s+(?:each\s+)?of\s+",
        "filed",
    ),
    # "in exchange for the dismissal of a murder charge"
    _cue(("dismissal",), r"\bdismissal of\s+(?:the\s+|a\s+|an\s+|all\s+)?", "dropped"),
    # A charge left open by a hung jury: "the jury deadlocked on the murder charge".
    _cue(
        ("deadlocked", "hung", "mistrial", "verdict"),
        r"\b(?:deadlocked|hung|(?:declared\s+)?a\s+mistrial|could\s+not\s+(?:reach|agree\s+on)\s+a\s+"
        r"verdict|failed\s+to\s+reach\s+a\s+verdict)\s+on\s+",
        "filed",
    ),
    # "prosecutors filed a felony stalking charge against him"
    _cue(
        ("filed", "brought", "lodged"),
        r"\b(?:filed|brought|lodged)\s+(?=(?:[\w-]+\s+){0,5}?charges?\s+against\b)",
        "filed",
    ),
    # "prosecutors plan to file murder charges", "expected to bring charges of arson"
    _cue(
        ("file", "bring"),
        r"\b(?:file|bring)\s+(?:(?:formal|new|additional|criminal)\s+)?"
        r"(?=(?:charges?\s+of\s+|(?:[\w-]+\s+){1,4}?charges?\b))",
        "filed",
    ),
    # "murder charges will be filed", "a possible murder charge": charges still to come
    _cue(
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
    _cue(("awaiting trial",), r"\bawaiting trial on\s+", "filed"),
    # A trial is held on charges filed: "is on trial for murder", "will stand trial on".
    # (Not "was tried for": mostly said of a past case a report compares.)
    _cue(
        ("trial",),
        r"\b(?:stand|stands|standing|stood|go|goes|went|on)\s+trial\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:for|on)\s+(?!{_DAY})",
        "filed",
    ),
    _cue(
        ("warrant",),
        r"\bwarrant\s+(?:for|charging (?:him|her) with)\s+(?:being\s+)?",
        "filed",
    ),
    _cue((":",), r"\b(?:following|these) (?:charges|counts|offen[cs]es)\b[^.]*:\s*$", "filed"),
    # A list of people, each with the charges on their line: "The indictment charges the
    # following defendants:", "Those charged are:".
    _cue(
        (":",),
        r"\b(?:charges|charged|charging|indicted|arrested)\b[^.:]{0,60}?\b(?:defendants|people|"
        r"persons|individuals|suspects|men|women|are|were|include)\s*:\s*$",
        "filed",
    ),
]  # fmt: skip
# Any cue's key word: most sentences hold none and are passed over with one search.
ANY_CUE = any_key_words(*(cue.gate for cue in CUES))
_BY_WORD: dict[str, list[int]] = {}
for _index, _found in enumerate(CUES):
    for _word in _found.gate.words:
        _BY_WORD.setdefault(_word, []).append(_index)


def cues_in(sentence: Sentence) -> list[Cue]:
    """The cues whose key words `sentence` holds, in the order of `CUES`: one look-up per key
    word the sentence holds rather than one test per cue."""
    found = ANY_CUE.words & sentence.key_words
    if not found:
        return []
    if len(found) == 1:
        return [CUES[i] for i in _BY_WORD[next(iter(found))]]
    return [CUES[i] for i in sorted({i for word in found for i in _BY_WORD[word]})]


# A charge's filing is expected, not done: "police plan to charge", "will be charged",
# "a new charge may be added".
_EXPECTED_CONTEXT = compile_scan(
    r"\b(?:expects?|expected|plans?|planned|planning|to be|"
    # "would likely be upgraded", "will soon be charged"
    r"(?:will|would|could|may|might)\s+(?:likely\s+|probably\s+|soon\s+|also\s+)?be)\s+(?:to\s+)?(?:see\s+[^.;]{0,30}?\s+)?(?:formally\s+)?"
    r"(?:charged|added|filed|brought|booked|upgraded|elevated|amended|presented|forwarded|submitted|referred|sought)\b|\b(?:possible|potential)\s+(?:\w+\s+)?charges?\b|\b(?:expected|likely|expects?|plans?|planning)\s+to\s+"
    r"(?:face|file|bring|seek|present|take)\b|\b(?:will|would|could|may|might)\s+(?:likely\s+|also\s+)?face\b"
    # (not the trial or the penalty a filed charge brings: "could face life in prison",
    # "will face trial in May")
    r"(?!\s+(?:(?:a|an|the)\s+)?(?:(?:possible|maximum|minimum|mandatory|potential)\s+)*"
    r"(?:trial|retrial|judge|jury|sentencing|hearing|death\b|life\b|up\s+to|\d|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|years?\b|decades?\b|"
    r"prison|jail|time\b|penalt|punishment|sentence|deportation|fines?\b))|"
    # charges police put to prosecutors: "recommended charges of", "will present charges"
    r"\b(?:recommend(?:ed|s|ing)?|present(?:ed|s|ing)?|forward(?:ed|s|ing)?|refer(?:red|s|ring)?|"
    r"submit(?:ted|s|ting)?)\s+(?:\w+\s+)?charges?\b|"
    # charges said to be still to come: "charges are expected to include", "charges are
    # pending", "held pending charges of", "once he is released from the hospital"
    # (not "charged with X, and more charges are expected": those are other charges)
    r"(?<!additional )(?<!more )(?<!further )(?<!other )(?<!new )"
    r"\bcharges?\b[^.;]{0,40}?\b(?:are|is|remain)\s+(?:still\s+)?(?:expected|anticipated|likely|"
    r"pending)\b|\b(?:held|jailed|detained|custody)\s+pending\s+(?:formal\s+)?charges?\b|"
    r"\b(?:once|when|after)\s+(?:he|she|they)\s+(?:is|are)\s+(?:released|discharged)\b",
    re.I,
)
# A charge no longer held: "is no longer charged with murder".
_NO_LONGER = re.compile(r"\bno longer\s+(?:\w+\s+)?$", re.I)
# What is said of a list after it: "charges of X and Y were dropped".
_DROPPED_AFTER = re.compile(
    r"^[^.;]{0,160}?\b(?:was|were|being|been|are|is|will be)\s+(?:later\s+|subsequently\s+|since\s+)?"
    r"(?:dropped|dismissed|withdrawn|thrown out|nolle pros(?:s|equi)?(?:ed)?)\b",
    re.I,
)
# "Charges of X and Y are expected": the list is the subject of its expectation.
_EXPECTED_SUBJECT = re.compile(
    r"^charges?(?:\s+of|,?\s*including)\s+[^.;]{1,100}?,?\s+(?:are|is)\s+(?:expected|likely|"
    r"planned|anticipated|pending)\b",
    re.I,
)
# "guilty of three felony counts: A, B and C": the list follows the colon.
_COUNTS_COLON = re.compile(
    r"^[^.;:]{0,40}?\b(?:counts?|charges?|offenses?|crimes?|felony|felonies|misdemeanors?)\s*:\s*"
)
_MODIFIER_END = re.compile(r"(?:ful|less|al|ous|ive|ed|ing|ic|able|ible|and|or|of|with|a|the|in)$")


# The outcome a relative clause after the list gives it: "reduced to manslaughter, to which
# he pleaded guilty", "a charge of murder, which a judge dismissed".
_OUTCOME_AFTER = re.compile(
    r"^[^.;]{0,120}?,\s+(?:(?P<plea>(?:to|of|on)\s+which\s+(?:he|she|they|[A-Z][\w'-]+)\s+"
    r"(?:\w+ly\s+|later\s+)?(?:pleaded|pled)\s+(?:guilty|no contest)|(?:of|on)\s+which\s+"
    r"(?:he|she|they|[A-Z][\w'-]+)\s+(?:was|were)\s+(?:\w+ly\s+|later\s+)?(?:convicted|found guilty))"
    r"|(?P<acquitted>(?:of|on)\s+which\s+(?:he|she|they|[A-Z][\w'-]+)\s+(?:was|were)\s+"
    r"(?:\w+ly\s+|later\s+)?(?:acquitted|found not guilty))|(?P<dropped>which\s+[^.;,]{0,40}?\b"
    r"(?:dropped|dismissed|withdrew|tossed|threw out)))\b"
)
_AFTER_STATUS = {"plea": "convicted", "acquitted": "acquitted", "dropped": "dropped"}


def status_of(sentence: Sentence, cue_status: str, rest: str, opening: str = "") -> str:
    """The status a cue gives its list in `sentence`: `rest` is the text from the list on,
    `opening` the text from the cue on."""
    if cue_status == "filed":
        after = prefix_match(_OUTCOME_AFTER, rest)
        if after:
            return _AFTER_STATUS[after.lastgroup or "plea"]
        before = sentence.text[: len(sentence.text) - len(opening)] if opening else ""
        if first_in(_DROPPED_AFTER, rest) or _NO_LONGER.search(before[-40:]):
            return "dropped"
        if _expected_in_its_clause(sentence.text, len(sentence.text) - len(opening)) or (
            _EXPECTED_SUBJECT.search(opening)
        ):
            return "expected"
    return cue_status


# Where a clause about something else begins: "charged with murder, and a weapons charge is
# pending", "charged with assault; prosecutors said it could be upgraded".
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|although)\s+|;\s+")


def _expected_in_its_clause(text: str, cue: int) -> bool:
    """Whether `text` says a charge is still to come in the clause of the cue at `cue` (or
    before it): a later clause's expectation is of other charges."""
    found = first_in(_EXPECTED_CONTEXT, text)  # gated by its words, kept for a repeat
    if found is None:
        return False
    if found.start() <= cue:
        return True
    return _NEXT_CLAUSE.search(text, cue, found.start()) is None


def after_colon(rest: str) -> tuple[str, bool]:
    """The list after a count and a colon ("three felony counts: A, B and C"), else `rest`;
    and whether it was so introduced."""
    found = prefix_match(_COUNTS_COLON, rest)
    return (rest[found.end() :], True) if found else (rest, False)


# A numbered list line ("1. Homicide by vehicle"), and what is left of a statute's number.
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+[A-Za-z]")
_CITATION_REST = re.compile(r"^[\d.()§ -]+$")
_MARKER = re.compile(r"^\d{1,2}[.)]$")
# An indictment's label of a count: "Count 1:", "Counts 2-4 -", "Charge 3:".
_COUNT_LABEL = re.compile(
    r"^(?:counts?|charges?)\s+\d{1,3}(?:\s*(?:-|–|and|through|to)\s*\d{1,3})?\s*[:.–—-]\s+(?=\S)",
    re.I,
)


# A line that says whose the bulleted charges after it are: "Bo Tran, 20, of Fresno:", "The
# 17-year-old:" (a short line that opens with a capital and ends with a colon).
_ROSTER_HEADER = re.compile(r"^[A-Z][^:;]{0,60}:$")


def roster_header(sentences: list[Sentence], cue: int, line: int) -> Sentence | None:
    """The header line ("Bo Tran, 20, of Fresno:") over the charge on line `line` of a list
    that follows the cue on line `cue`, if the list is so divided."""
    for index in range(line - 1, cue, -1):
        if _ROSTER_HEADER.match(sentences[index].text.strip()):
            return sentences[index]
    return None


def list_lines(sentences: list[Sentence], first: int) -> list[tuple[str, Sentence]]:
    """Charges set out one per line after 'charged with:', each with the last line it is read
    from; a line ending in a modifier ('Criminal possession of a firearm and unlawful')
    continues on the next line."""
    parts: list[tuple[str, Sentence]] = []
    in_bullets = marked = False
    for sentence in sentences[first : first + 16]:
        line = sentence.text.strip()
        if _MARKER.match(line):  # "1." split from its line: the next line is an item
            marked = True
            continue
        label = _COUNT_LABEL.match(line)
        if label:  # "Count 1: Second Degree Murder": an item set apart by its label
            line = line[label.end() :]
        bulleted = marked or line[:1] in "•*-·" or bool(_NUMBERED.match(line)) or bool(label)
        marked = False
        if not line:
            continue
        if not bulleted and _ROSTER_HEADER.match(line):
            in_bullets = False
            continue  # "Bo Tran, 20, of Fresno:": whose the bulleted lines after it are
        if in_bullets and not bulleted:
            if _CITATION_REST.match(line):
                continue  # the rest of a statute cut off by the split ("F.S. | 782.04")
            break  # the text after a bulleted list
        in_bullets = bulleted
        # "• Jones case: murder and robbery", "• Ann Lee, 52, of Paterson – murder": the label
        # before the colon or dash is not a charge.
        line = re.sub(
            r"^(?:[•*·-]|\d{1,2}[.)])\s*(?:[^:]{1,40}:\s*|[^–—]{1,60}?\s[–—]\s+)?", "", line
        )
        if len(line.split()) > 14 and not bulleted:
            break
        if (
            parts
            and not bulleted
            and parts[-1][0].rstrip(".").split()
            and _MODIFIER_END.search(parts[-1][0].rstrip(".").split()[-1].lower())
        ):
            parts[-1] = (parts[-1][0] + " " + line, sentence)
        else:
            parts.append((line, sentence))
        if line.endswith(".") and not bulleted:
            break
    return [(p.rstrip("."), s) for p, s in parts]
