"""Which words tell of which court event.

`KINDS` lists each kind of event (sentencing, arraignment, indictment, plea, hearing,
appearance, trial, other) with the key words its pattern cannot match without; court.py reads
them in that order. The rest tell which of two kinds a match is (a hearing named for another
kind of event, a conviction told with a plea, fitness for trial). The words that say an event
did not take place are in `court_not_held.py`; the years an event of this case may be told in,
in `case_years.py`.
"""

from __future__ import annotations

import re

from casefile.extraction.key_words import any_key_words, key_words
from casefile.extraction.patterns import compile_scan


def _kind(
    kind: str, words: tuple[str, ...], pattern: str
) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    return kind, key_words(*words), compile_scan(pattern, re.I)


# A trial's outcome named with "the" or "that" is one told already ("declined to comment on
# the verdict", "said after the mistrial"), unless a verb after it tells it.
_OUTCOME = r"(?:acquittal|verdict|mistrial|retrial)"
_TOLD_AS_EVENT = (
    r"(?:is|was|were|came|comes|has been|had been|will be|set|scheduled|began|begins|"
    r"started|starts|read|returned|declared|announced)"
)


# A case put off to a day, not for a hearing: "adjourned to May 21", "postponed to 13 October
# for further investigation" (not "postponed to 25 August for a formal bail application").
_ADJOURNED_TO = (
    r"\s+(?:to|until)\b(?![^.;]{0,40}?\bfor\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bail|hearing|"
    r"trial|sentencing|plea)\b)"
)
# Checked in order; a sentence yields each kind at most once. Each pattern sits behind the
# key words (lower case) it cannot match without.
KINDS = [
    _kind(
        "sentencing",
        ("sentenc",),
        r"\bsentenced\b|\bsentencing (?:hearing|date)\b|"
        # "Sentencing has been pushed back to", "his sentencing in the case is set for".
        r"\bsentencing (?:[\w-]+ ){0,4}?(?:(?:is|was|has been|had been|will be|now) )?"
        r"(?:set|scheduled|slated|postponed|rescheduled|delayed|continued|moved|pushed|"
        r"adjourned|deferred)\b|"
        r"\b(?:at|during) (?:his|her|their|\w+['’]s) sentencing\b|"
        # "argue for less at sentencing, which Judge Ann Reyes scheduled for Nov. 29".
        r"\bsentencing,? (?:which|that) (?:[\w.'’-]+ ){0,5}?(?:(?:is|was|has been|had been) )?"
        r"(?:set|scheduled|slated|moved|postponed|rescheduled|continued)\b"
        # "adjourned sentencing until March 8", as British courts put it
        r"|\b(?:set|scheduled|adjourned|deferred|postponed)\s+(?:(?:formal|final|a|the|his|her|"
        r"their)\s+)?sentencing\b|\bsentences? (?:him|her|them)\b|"
        # ... and "sentence" for the session, as Scottish courts put it off: "deferred
        # sentence until next month", "Sentence was adjourned for reports" (not "a deferred
        # sentence", a kind of term)
        r"(?<!\ba )(?<!\ban )(?<!-year )\b(?:adjourned|deferred|postponed)\s+(?:(?:his|her|"
        r"their)\s+)?sentence\b(?!\s+of\b)|\bsentence (?:was|has been|had been|is|will be) "
        r"(?:\w+ )?(?:adjourned|deferred|postponed)\b|"
        # "Judge Ann Reyes will formally sentence him on Dec. 7": an adverb between them
        r"\b(?:to|will|would) (?:\w+ly )?sentence\b|\bsentences? (?:was|were|is) (?:handed down|imposed)\b|"
        r"\b(?:received?|receives|receiving) (?:an? |the )?(?:[\w-]+ ){0,3}?sentences?\b|"
        r"\b(?:faces?|facing|awaits?|awaiting|scheduled for|set for|due for|slated for) "
        r"sentencing\b|"
        # a return told with the session it is for: "are due back for sentencing on April 30",
        # "will return to court for his sentencing", "is back in court for sentencing"
        r"\b(?:due back|back|returns?|returning|returned|come back|comes back)\b"
        r"(?: (?!for\b)[\w-]+){0,4}? for (?:(?:his|her|their|a|the|formal|final) ){0,2}"
        r"sentencing\b",
    ),
    _kind("arraignment", ("arraign",), r"\barraign(?:ed|ment|ments|s)?\b"),
    _kind(
        "indictment",
        ("indict", "grand jury", "true bill"),
        # "charged Tuesday by a Fairview County grand jury", "returned a true bill".
        r"\bindict(?:ed|s|ments?)\b|\bgrand jury (?:returned|handed)|"
        r"\bby an? (?:[\w-]+ ){0,3}?grand jury\b|\btrue bill\b",
    ),
    _kind(
        "plea",
        ("plea", "pled", "admit", "denies", "denied", "deny"),
        r"\b(?:pleaded|pled|pleads|plead|pleading) (?:\w+ ){0,2}?(?:guilty|innocent|no contest|"
        r"nolo)\b|\bpleaded to\b|\benter(?:ed|s|ing)? (?:a |an |the |his |her |their )?"
        r"(?:[\w-]+ ){0,2}?pleas?\b|\b(?:guilty|innocent|no[- ]contest|negotiated) pleas?\b|"
        r"\bpleas? (?:was|were) (?:entered|accepted)\b|\b(?:accepted|took|taken|reached|struck|agreed to|signed|"
        r"under) (?:a |an |the |his |her |their )?plea (?:deal|agreement|bargain)\b|"
        r"\bchang(?:ed|es|ing) (?:his|her|their) pleas?\b|"
        r"\bas part of (?:a |an |the |his |her |their )?plea (?:deal|agreement|bargain)\b|"
        # The session named for the plea: "his plea hearing is set for", "a change of plea".
        r"\bplea (?:hearing|conference)\b|\bchange[- ]of[- ]plea\b|"
        # A plea as British courts report it, told with the court it was made in: "admitted
        # arson at an earlier hearing", "denied murder at Leeds Crown Court" (not "denied
        # bail", nor what he admitted to the police).
        # "admitted to charges of terroristic threats": a plea, as juvenile courts take one.
        # ... and told as guilt admitted: "admitted guilt to a single count", "admitted his
        # guilt", "admitted a single count of fraud"
        r"\badmit(?:s|ted)? (?:to )?(?:(?:his |her |their )?guilt\b|(?:the |both |all |a |an |one |"
        r"two |three |four |five |several |\d+ )?(?:single |lone |sole )?(?:charges?|counts?)\b)|"
        # ... and an offence a code names, with or without "the": "admitted the manslaughter
        # of Bo Tran", "admitted affray" (not "admitted the killing", a confession's words, nor
        # one admitted to the police).
        # (and a plea of not guilty told in the present, as a British trial report tells it:
        # "denies murder", "deny manslaughter")
        r"\b(?:admit(?:s|ted)|denies|deny) (?:the |a |an )?(?:(?:[\w-]+ ){0,2}?(?:manslaughter|murder|arson|"
        r"robbery|burglary|theft|fraud|affray|assault|rape|kidnapping|blackmail|wounding)|"
        r"causing (?:death|grievous bodily harm|actual bodily harm)|grievous bodily harm|"
        r"perverting the course of justice)\b(?! to (?:the )?(?:police|investigators|detectives|"
        r"officers|deputies|agents|a |an |his |her ))|"
        r"\b(?:admit(?:s|ted)?|den(?:y|ies|ied)) (?!(?:[\w'’-]+ ){0,3}?(?:bail|bond|motion|"
        r"request|application|appeal)\b)(?!to (?:the )?(?:police|investigators|detectives|"
        r"officers|deputies|agents)\b)"
        r"(?:[\w'’,-]+ ){1,8}?(?:at|in|before) (?:an? |the )?(?:[\w'’.-]+ ){0,4}?"
        r"(?:court|courts|hearing|magistrates|Bailey)\b(?! (?:filings?|documents?|records?|papers))",
    ),
    _kind(
        "hearing",
        (
            "hearing",
            "conference",
            "continued",
            "postponed",
            "rescheduled",
            "exam",
            "adjourned",
            "status check",
            "resume",
            "bound over",
            "bound the",
            "bound his",
            "bound her",
            "bound him",
            "bound them",
            "be heard",
            "be mentioned",
            "revoked",
            "bail",
            "detention",
            "detain",
        ),
        # "the hearing" points back at an event told already ("after the hearing").
        # ("After hearing punishment evidence": the verb.)
        r"(?<!\bafter )(?<!\bbefore )(?<!\bwhile )(?<!\bupon )(?<!\bwithout )"
        r"\bhearings?\b(?<!\bthe hearing)(?<!\bthat hearing)(?<!\bthis hearing)(?<!\bthe hearings)"
        r"(?<!\bthose hearings)"
        r"(?! date (?:has|have|had|was|is) (?:not|yet)| date (?:hasn|wasn|isn))|"
        r"\b(?:status|pretrial|pre-trial|scheduling|setting|settlement|readiness|dispositional|"
        r"disposition|case management|probable[\s-]+cause) conference\b|"
        r"\b(?:preliminary|probable cause) (?:examination|exam)\b|"
        r"\b(?:case|matter)\s+(?:was|has been|is|were)\s+(?:continued|rescheduled)\b|"
        # A case that goes on in court on a day: "The case now resumes May 14".
        r"\b(?:case|matter)\s+(?:now\s+|next\s+)?(?:resumes|will\s+(?:next\s+)?resume|is\s+"
        r"(?:set|scheduled|due|expected)\s+to\s+resume)\b|"
        r"\b(?:case|matter)\s+(?:was|has been|is|were)\s+(?:postponed|adjourned)\b(?!"
        + _ADJOURNED_TO
        + r")|\bstatus check\b|"
        # A case "mentioned" in court, as Singapore and Malaysian courts list a short hearing:
        # "Her case will be mentioned again on June 13" (not "the case was mentioned in a
        # report", a thing said).
        r"\b(?:case|matter)\s+(?:will|is to|is set to)\s+(?:next\s+)?be\s+mentioned\s+"
        r"(?:again|in court|on)\b|"
        # A preliminary hearing told by its outcome or its date: "was bound over for trial",
        # "his case will next be heard on May 2".
        # A ruling on a motion to hold the defendant until trial is a detention hearing's:
        # "granted the district attorney's motion for pretrial detention".
        r"\b(?:granted|denied|rejected) (?:a |an |the |his |her |their |\w+['’]s )?(?:[\w'’-]+ ){0,3}?"
        r"motions? (?:for|to) (?:pretrial |pre-trial )?(?:detention|detain)\b|"
        # ("bound the case over to a grand jury": the words between)
        r"\bbound (?:(?:the|his|her|their) (?:case|charges?|matter) |him |her |them )?over\b|"
        r"\b(?:case|matter|motions?)\s+(?:(?:will|is to|was|is set to|is scheduled "
        r"to)\s+)?(?:next\s+)?be\s+heard\b|"
        # A judge's ruling that ends a release: "revoked Bo Tran's release", "revoked a
        # previously granted $500,000 bond" (a probation revoked is another matter's).
        r"\brevoked (?:(?:a|an|the|his|her|their|\w+['’]s) )?(?:[\w$,'’-]+ ){0,3}?"
        r"(?:bond|bail|release)\b|"
        # Bail a judge or a court granted or refused, told as its own session, as Irish and
        # British reports tell a bail hearing: "Ms Justice Ann Lee granted him bail", "was
        # refused bail in the District Court" (not bail the police refused).
        r"\b(?:Judge|Justice|Magistrate|court)\b[^.;,]{0,40}?\b(?:granted|refused|denied) "
        r"(?:(?:him|her|them|[\w'’-]+) )?bail\b|"
        # (a time between: "was denied bail last week in Ontario Superior Court")
        r"\b(?:was|were|been) (?:granted|refused|denied) bail (?:(?:last|this|on) \w+ |yesterday "
        r"|today )?(?:in|by|at) (?:the )?"
        r"(?-i:(?:[A-Z][\w'’-]* ){1,3}Court)\b",
    ),
    _kind(
        "appearance",
        ("appear", "court", "due back", "adjourned", "postponed"),
        r"\b(?:first|initial|second|next|court) (?:[\w-]+ ){0,3}?appearances?\b|"
        # a hearing named for it: "At first-appearance hearings Wednesday"
        r"\b(?:first|initial)-appearances?\b|"
        # Charged before a court, as Singapore and Malaysian reports give a first appearance:
        # "was charged in court on May 16", "charged in a district court" (not "charged in
        # court documents", papers that say so).
        r"\bcharged in (?:a |the )?(?:[\w-]+ ){0,3}?court\b(?! (?:documents?|papers|records?|"
        r"filings?))|"
        # "will be in court again on", "stood silently in court".
        r"\b(?:be|stood|stands) (?:back |again |silently |quietly )?in court\b|"
        # ("appeared before a special sitting of Dayton District Court", as Irish courts sit.)
        # ("will reappear in court on August 13", as Australian and British reports write it)
        r"\b(?:re-?)?appear(?:ed|s|ing)? (?:\w+ ){0,2}?(?:in|before) (?:(?:a |the )?(?:[\w-]+ )?"
        # (a federal court's abbreviation: "before a U.S. magistrate judge")
        r"(?:sitting|session) of )?(?:[\w-]+ |U\.S\. ){0,4}?"
        r"(?:court|courtroom|judge|magistrates?|justices?)\b|"
        # British and Commonwealth wording: "appeared at Leeds Magistrates' Court", "will
        # appear at the Old Bailey" (not "appeared at a news conference outside the court").
        r"\bappear(?:ed|s|ing)? (?:\w+ ){0,2}?at (?!an? )(?:(?!outside\b|near\b)[\w'’.-]+ ){0,4}?"
        r"(?:court|courts|Bailey)\b|"
        # A case put off to a day, as Commonwealth courts list the next mention: "The matter
        # was adjourned to May 21", "postponed to 13 October for further investigation" (one
        # put off for a bail application or a hearing is that hearing).
        r"\b(?:case|matter)\s+(?:was|has been|is|were)\s+(?:postponed|adjourned)\b(?="
        + _ADJOURNED_TO
        + r")|"
        # The court left to the sentence before: "appeared on Tuesday on charges of fraud".
        r"\bappear(?:ed|s)? (?:\w+ ){0,3}?(?:on|to face|to answer) (?:an? |\w+ )?charges? (?:of|over|"
        r"relating)\b|"
        r"\bappear(?:ed|s|ing)? (?:via|by video)|\b(?:due|back|expected|return(?:s|ed)? to) (?:back )?"
        r"(?:in )?court\b|\bcourt date\b|\bdue back\b|"
        # "is due in juvenile court Friday", "due in Fairview County Superior Court".
        # ("due in the 337th District Court on Feb. 24": a court named with "the")
        r"\b(?:due|back) in (?:the )?(?:(?!part\b|to\b|the\b)[\w-]+ ){1,4}?court\b|"
        # A session from the jail: "appeared virtually", "appeared on video from the jail".
        r"\bappear(?:ed|s|ing)? (?:virtually|remotely|(?:by|on|over) (?:video|zoom|camera|"
        r"closed-circuit))|"
        # Scheduled without naming the place: "is scheduled to appear April 2", "will next
        # appear on March 7"; and the court named before "where": "sent the case to Castlemere
        # Crown Court, where the five will appear on April 19".
        r"\b(?:scheduled|set|slated|due|expected|ordered|summoned) to (?:re-?)?appear\b|"
        r"\bwill (?:next|again) appear\b|"
        r"(?-i:Court|Bailey),? where (?:[\w-]+ ){1,3}?(?:will|are to|is to) (?:next |again )?"
        r"(?:re-?)?appear\b|"
        # Custody or bail until the next session, as British and Irish courts give it: "was
        # remanded in custody to appear again on March 21", "was bailed to appear".
        # ... and said of the judge, the one remanded named between: "remanded him in custody
        # to appear again by video link on March 8"
        r"\b(?:remanded|bailed)\b(?: (?:him|her|them|(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+)?))?"
        r"(?: (?:in|into|on) (?:custody|bail))? to (?:re-?)?appear\b|"
        # ... told with the court that remanded him: "was remanded in custody at Kilmoon
        # District Court on Tuesday"; and a session told by its court at the head of the
        # sentence: "At Kilmoon District Court on Tuesday, Judge Ann Reyes remanded her".
        r"\bremanded (?:(?:him|her|them) )?(?:in|into) custody (?:at|by|in) (?:the )?"
        r"(?-i:(?:[A-Z][\w'’.-]* ){1,4}Court)\b|"
        r"^\W*(?:At|In) (?:the )?(?-i:(?:[A-Z][\w'’.-]* ){1,4}Court)(?= (?:on|yesterday|today|this|"
        r"last)\b)",
    ),
    # "He was in court Wednesday", "sat silently in a Fairview courtroom": his session, when he
    # is the subject (see `IN_COURT`).
    _kind(
        "appearance",
        ("in court", "courtroom"),
        r"\b(?:was|were|is|are|sat|sits|stood|stands) (?:back |again |also |silently |quietly )?"
        r"in (?:a |the )?(?:[\w-]+ ){0,3}?(?:court|courtroom)\b|"
        # Someone at the accused's side in court tells his appearance: "his new lawyer stood
        # beside Bo Tran in court for the first time", "sat next to her client in court".
        r"\b(?:was|were|sat|sits|stood|stands) (?:beside|alongside|next to|with) (?:"
        r"(?-i:[A-Z][\w'’.-]+)(?: (?-i:[A-Z][\w'’.-]+)){0,3}|him|her|them|(?:his|her|their) client|"
        r"the (?:defendant|accused)) in (?:a |the )?(?:[\w-]+ ){0,3}?(?:court|courtroom)\b",
    ),
    # The appearance as a noun: "made a brief appearance", "during a video appearance",
    # "his appearance in court".
    _kind(
        "appearance",
        ("appearance",),
        r"\b(?:made|makes|make|making|during|at|in) (?:a|an|his|her|their) (?:[\w-]+ ){0,2}?"
        r"appearances?\b|\bappearances? (?:in|before) (?:[\w-]+ ){0,4}?"
        r"(?:court|courtroom|judge|magistrate)\b",
    ),
    _kind(
        "appearance",
        ("before",),
        # The verb as look-behinds, so that the scan skips ahead to each "before".
        r"\bbefore (?:(?<=\bwent before )|(?<=\bgoes before )|(?<=\bgo before )|"
        r"(?<=\bstood before )|(?<=\bstands before )|(?<=\bstand before )|"
        r"(?<=\bbrought before )|(?<=\btaken before )|(?<=\bback before )"
        # Indian reports: "was produced before a magistrate", "produced before a court".
        r"|(?<=\bproduced before ))(?:a |the )?(?:[\w-]+ ){0,3}?(?:judge|magistrate|court)\b",
    ),
    _kind(
        "appearance",
        ("faced", "faces", "face a", "face the", "facing"),
        r"\bfac(?:ed|es|e|ing) (?:a|the) (?:[\w-]+ ){0,2}?(?:judge|magistrate)\b|"
        # A court named as what he faced, as Australian reports give it: "faced Parramatta
        # Local Court on Tuesday" (not "faces charges in Kessler County Court").
        r"\bfac(?:ed|es|ing) (?-i:(?:[A-Z][\w'’.-]* ){1,4}(?:Court|Magistrates['’]?))(?!\w)",
    ),
    _kind(
        "trial",
        (
            "jury",
            "juror",
            "acquitt",
            "trial",
            "verdict",
            "found guilty",
            "found not guilty",
            "opening statement",
            "closing argument",
            "mistrial",
            "hung jury",
            "deadlocked",
            "convicted",
            "tried",
            "the stand",
            "the witness stand",
            "rested their",
            "rested its",
            "rested his",
            "rested her",
            "rests its",
            "rests their",
        ),
        r"\b(?:(?<!grand )jury (?:\w+ ){0,3}?(?:found|finds|returned|convicted|acquitted|deliberat\w+)|"
        r"jurors (?:\w+ ){0,2}?(?:found|convicted|acquitted|deliberat\w+)|"
        r"acquitted|jury trial|\w+-day trial|"
        r"during (?:the |his |her |\w+['’]s )trial|"
        # "the acquittal", "the verdict", "after the mistrial" point back at a trial told
        # already, unless the report goes on to tell it ("The verdict came Thursday").
        rf"(?:the|that|this) {_OUTCOME}(?= {_TOLD_AS_EVENT}\b)|"
        rf"(?<!\bthe )(?<!\bthat )(?<!\bthis ){_OUTCOME}|"
        # A conviction that no plea brought about is a trial's: "was convicted Thursday of".
        r"(?<!if )(?<!previously )(?:was|were|been|is|are) convicted|"
        # The trial as where something took place: "testified Tuesday at the trial of Bo
        # Tran", "took the stand at his own trial" (told from the words naming the trial, so
        # that a witness's testimony is the defendant's trial).
        r"(?:at|during|in) the (?:[\w-]+ )?trial of|at (?:his|her|their) own trial|"
        # "The trial of Bo Tran began Monday"; "Tran stood trial in June" (not "will stand
        # trial", a preliminary hearing's outcome), "took the stand in his own defense",
        # "prosecutors rested their case".
        r"(?:the|a) (?:[\w-]+ )?trial of(?= (?-i:[A-Z]))|(?:stood|stands) trial|"
        # (not at a hearing: "took the stand at his preliminary hearing" is the hearing's)
        r"(?:took|takes|take|taking) the (?:witness )?stand(?! (?:\w+ ){0,2}?(?:at|during|in) "
        r"(?:his|her|their|the|a|an|\w+['’]s) (?:[\w-]+ ){0,2}?hearing)|"
        r"rest(?:ed|s)? (?:their|its|his|her) case|"
        # What witnesses and lawyers tell the trial jury: "told jurors Monday", "jurors heard",
        # "testifies at Bo Tran's trial" (not a grand jury's).
        r"(?:told|tell|tells|telling|showed|shown|reminded|urged) (?:the )?jur(?:ors|y)|"
        r"jurors (?:heard|saw|watched|were shown|were told)|at \w+['’]s (?:[\w-]+ )?trial|"
        # as British reports tell a trial under way: "a jury has heard", "the jury was told"
        # (not a grand jury's, nor "a jury will hear")
        r"(?<!grand )jury (?:has |had )?(?:heard|been told)|(?<!grand )jury was told|"
        # A trial to come: "is set to be tried in June", "will be retried" (not "tried as an
        # adult", a court's choice of where).
        r"(?:set|scheduled|slated|due|expected|is|are|will) (?:to )?be (?:re)?tried(?! as an? adult)|"
        # (past an aside: "His trial, delayed twice, is now set for Sept. 8")
        r"(?:his|her|their|\w+['’]s) (?:\w+ )?trial(?:,[^,.;]{1,50},|,)? (?:which |that )?(?:is|was|has been|"
        r"will|began|begins|started|starts|opened|opens|lasted|ended|got|set|scheduled|slated)|"
        r"trial (?:is|was) (?:set|scheduled|expected|slated) to (?:begin|start|open)|"
        # The trial given its date by the judge: "set Bo Tran's trial for Jan. 10".
        r"(?:set|scheduled|moved|rescheduled|postponed|delayed|continued|reset) (?:a|his|her|their|"
        r"the|\w+['’]s) (?:[\w-]+ )?trial (?:date )?(?:for|to|until|on)\b|"
        # (a trial that "had been scheduled" gave way to something else: a plea)
        r"(?<!had been )(?:scheduled|set|slated|due|expected) to (?:go on|go to|stand) trial|"
        r"(?:convicted|acquitted|found (?:not )?guilty) by (?:a |the )?(?:[\w-]+ ){0,3}?jury|"
        r"(?:the|a) (?:\w+ )?trial(?:,[^,.;]{1,50},|,)? (?:which |that )?(?:began|begins|started|starts|opened|opens|"
        r"ended|ends|lasted|resumed|resumes|got underway|is underway|is set to begin)|"
        r"(?:went|goes|go|going) (?:on |to )trial|at (?:his|her|their) (?:own )?trial|"
        r"jury selection|bench trial|(?:opening statements|closing arguments)|"
        r"hung jury|deadlocked jury|(?:jury|jurors) (?:\w+ ){0,2}?(?:deadlocked|hung)|"
        r"(?<!if )(?:was |were )?found (?:not )?guilty|"
        # (not one still to be chosen: "the judge is expected to pick a trial date then", "the
        # deadline for fixing a trial date")
        r"(?<!to pick a )(?<!to set a )(?<!to choose a )(?<!to select a )(?<!to schedule a )"
        r"(?<!for fixing a )(?<!for setting a )(?<!for picking a )(?<!for choosing a )"
        r"trial date(?! (?:is|was) (?:expected|not|yet)| has not| will be)|"
        # A trial given a date, or a session of one: "is set for trial in June", "trial is
        # scheduled for June 3", "testimony in his trial continued"; a trial that "had been
        # scheduled" gave way to something else (a plea).
        r"(?<!had been )(?:set|scheduled|slated) for (?:a )?(?:jury |bench )?trial|"
        # A case told as on its way to a trial: "on course again for a trial in late April",
        # "headed for trial in June", "on track for a jury trial this spring".
        r"(?<!not )(?:on (?:track|course)|headed|heading|bound|poised) (?:again |once again |now )?"
        r"for (?:a |its |his |her |their )?(?:jury |bench )?trial|"
        r"trial (?:is |was |has been )?(?:now )?(?:set|scheduled|slated|postponed|"
        r"delayed|rescheduled|continued|moved|pushed)|"
        r"(?:testimony|jurors?|witnesses|jury) (?:\w+ ){0,3}?in (?:his|her|their|\w+['’]s) "
        r"(?:[\w-]+ )?trial)\b",
    ),
    _kind(
        "other",
        (
            "incompet",
            "competen",
            "deadline",
            "threw out",
            "suppress",
            "stand trial",
            "motion",
            "adjudicated",
            "upheld",
            "affirmed",
            "overturned",
            "reversed",
            "vacated",
            "appeal",
            "adult court",
            "order against",
        ),
        # ("a motion to suppress" is a request: a ruling on it is read below; "should have
        # suppressed" is an argument against a ruling, what the court did not do.)
        # ("a competency hearing" is a hearing.)
        r"\b(?:incompetent|competency(?!\s+hearings?\b)|deadline|threw out|"
        r"(?<!motion to )(?<!should have )(?<!would have )(?<!could have )suppress(?:ed)?)\b|"
        # A higher court's ruling on an appeal: "the Court of Appeals upheld the conviction of
        # Bo Tran", "denied his appeal" (not an appeal filed or planned).
        # (the offences may be named before it: "affirmed the second-degree murder and armed
        # criminal action convictions of Bo Tran")
        r"\b(?:upheld|affirmed|overturned|reversed|vacated) (?:[\w'’-]+ ){0,7}?"
        r"(?:convictions?|sentences?|verdicts?)\b|"
        r"\b(?:denied|rejected|granted|dismissed) (?:[\w'’-]+ ){0,2}?appeals?\b|"
        r"\bappeals? (?:was|were|has been|had been) (?:denied|rejected|granted|dismissed)\b|"
        # An order a judge issued against the accused: "A judge issued a temporary protective
        # order against Bo Tran on May 14" (not one a victim asked for).
        r"\b(?:judge|court|magistrate)\b[^.;]{0,40}?\b(?:issued|granted|signed|imposed) (?:an? |the )?"
        r"(?:[\w-]+ ){0,2}?(?:protective|protection|restraining|no-contact) order against\b|"
        # A juvenile's case sent to the adult court: "His case was moved to adult court in May"
        # (not a motion to transfer it, a request).
        r"\b(?:case|charges?) (?:was|were|has been|had been) (?:moved|transferred|certified|"
        r"sent|waived|bound over) (?:up )?to adult court\b|"
        # A juvenile court's finding: "was adjudicated delinquent".
        r"\badjudicated\s+(?:a\s+)?delinquent\b|"
        # Whether he can be tried, as a court rules it (not as doctors find), and what a judge
        # made of a motion: "was cleared to stand trial", "denied a defense motion to dismiss".
        r"\bcleared (?:\w+ ){0,3}?to stand trial\b|"
        r"\b(?:judge|court|jury)\b[^.;]{0,40}?\b(?:found|ruled|deemed|declared)\b[^.;]{0,80}?"
        r"\b(?:competent|fit) to stand trial\b|"
        r"\b(?:judge|court|jury)\b[^.;]{0,40}?\b(?:found|ruled|deemed|declared)\b[^.;]{0,30}?"
        r"\b(?:competent|fit)\b|"
        r"\b(?:was|were|been|is|are) (?:found|ruled|deemed|declared) (?:mentally )?(?:competent|fit)\b|"
        # (not one to hold the defendant until trial, a detention hearing's: see "hearing")
        r"\b(?:granted|denied|rejected|dismissed|tossed|upheld) (?:a |an |the |his |her |their "
        r"|\w+['’]s )?(?:[\w'’-]+ ){0,2}?motions?\b(?! (?:for|to) (?:pretrial |pre-trial )?(?:detention|detain)\b)|"
        r"\bmotions? (?:to|for) (?:[\w-]+ ){1,6}?(?:was|were|has been|had been) "
        r"(?:granted|denied|rejected|dismissed)\b",
    ),
]
# Any kind's key word: most sentences hold none and are passed over with one search.
COURT_WORDS = any_key_words(*(gate for _, gate, _ in KINDS))
# A conviction told with a plea is the plea's, not a trial's: "was convicted after pleading
# guilty", "convicted under a plea deal".
CONVICTED = re.compile(r"(?:was|were|been|is|are) convicted", re.I)
PLEA_WORDS = compile_scan(r"\b(?:plea|pleas|pleaded|pled|pleading|pleads)\b", re.I)
# A hearing named for another kind of event is that event: "a sentencing hearing".
# ("a first-appearance hearing" is the first appearance)
HEARING_KIND = compile_scan(
    r"\b(?:indictment|sentencing|arraignment|plea|(?:first|initial)[\s-]appearance)\s+hearings?\b",
    re.I,
)
# Fit for trial, not a trial: "competent to stand trial".
NOT_A_TRIAL = compile_scan(r"\b(?:competent|fit|able|cleared|ordered) to stand trial\b", re.I)
# A hearing named for what it decides is a session of its own ("a bond hearing", "a
# preliminary hearing"); a bare one ("during a virtual hearing", "at a hearing Monday") beside
# an arraignment, a plea or a sentencing is that event's session (see `court.py`).
QUALIFIED_HEARING = re.compile(
    r"\b(?:preliminary|bond|bail|detention|probable[\s-]+cause|status|motions?|competency|"
    r"suppression|evidentiary|pretrial|pre-trial|extradition|restitution|revocation|examining|"
    r"show-cause|reduction|custody|dispositional|transfer|certification|waiver|juvenile|"
    r"jury|parole|probation|violation|mental[\s-]+health|sanity|fitness|immunity|"
    r"stand[\s-]+your[\s-]+ground|Franks|Miranda|Daubert)\s+\Z",
    re.I,
)
# A hearing named only by its day: "the Thursday hearing", "Friday's hearing".
DAY_HEARING = compile_scan(
    r"\b(?:the )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)? hearing\b"
    # ... and the day told from the report's own: "today's hearing", "tomorrow's hearing"
    r"|\b(?i:today|tomorrow)['’]s hearing\b"
)
IN_COURT = re.compile(
    r"(?:was|were|is|are|be|sat|sits|stood|stands) (?:back |again |also |silently |quietly )?"
    r"in (?:a |the )?(?:[\w-]+ ){0,3}?(?:court|courtroom)",
    re.I,
)
