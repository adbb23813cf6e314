"""The cue patterns said before a name that make it a suspect's: a verb of custody or
charge whose object it is ("police arrested Omar Reyes", "charged Officer Bo Tran"), a noun
of prosecution ("the trial of", "a warrant for", "the case against"), or a description the
name is set beside ("the suspect, Bo Tran", "the man accused of killing her, Bo Tran").
The cues said after a name are in `cues.py`."""

from __future__ import annotations

import re

from casefile.extraction.cues import DEED
from casefile.extraction.custody_words import AFTER_THE_FORCE
from casefile.extraction.numbers import NUMBER
from casefile.extraction.patterns import compile_scan

# The same, said before a title: "police arrested Dr. Ann Lee", "charged Officer Bo Tran",
# "arrested Dayton Police Sgt. Bo Tran".
# "acquitted Rochester police officer Bo Tran", "convicted former sheriff's deputy Ann Lee": a
# rank in small letters after the agency or the words of his service.
CHARGED_BEFORE_TITLE = re.compile(
    r"\b(?:arrested|re-?arrested|charged|indicted|booked|jailed|convicted|acquitted|sentenced)\s+"
    r"(?:(?:[A-Z][a-z]*\.?|police|sheriff['’]s|state|county|city|transit|school|corrections|"
    r"correctional|detention|jail|federal|former|off-duty|veteran|longtime)\s+){0,4}?"
    r"(?:[A-Z][a-z]*\.?|officer|deputy|trooper|sergeant|detective|lieutenant|captain|agent|guard|"
    r"corporal|sheriff|chief)\s+\Z"
)
AFTER_PREPOSITION = re.compile(
    r"\b(?:of|for|to|with|from|about|toward|towards|on|at|in|into)\s+(?:the\s+)?"
    r"(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
# VERB [the wounded man,] [31-year-old] Name: "police arrested Omar Reyes".
_FREE_WORD = (
    r"(?:(?!(?:of|in|into|to|for|with|on|at|by|from|and|after|killing|killed|shooting|death|"
    r"against)\b)[\w'’-]+\s+)"
)
CUE_BEFORE = compile_scan(
    # "Prosecutors plan to charge Bo Tran", "were able to arrest Bo Tran" (not "declined to
    # charge", "no grounds to arrest").
    r"(?:(?<!declined )(?<!refused )(?<!not )(?<!grounds )(?<!reason )(?<!cause )\bto\s+"
    r"(?:arrest|charge|indict|prosecute|extradite|detain|apprehend|convict)\s+"
    r"|\b(?:arrested|charged|charging|charges|indicted|booked|apprehended|"
    # "before convicting Bo Tran" (not "the arresting officer, Bo Tran", nor "prosecuting").
    r"indicting|convicting|sentencing|acquitting|jailing|"
    # "cameras captured Ann Lee": a recording, not custody.
    r"detained|arrest of|charges against|(?<!camera )(?<!cameras )(?<!video )(?<!footage )captured|"
    r"convicted|sentenced|defendants?|suspect|extradited|acquitted|accusing|accuses|"
    # "accused Bo Tran", "accused of it was Bo Tran"; "the accused" is the defendant, and
    # whom he did something to is no one accused ("the accused attacked Ann Lee with a rod",
    # as Indian and British reports call the defendant), only "the accused Bo Tran" is
    r"(?<!the )accused|(?<=the )accused\s+\Z|"
    # "Prosecutors accuse Bo Tran of", "officers caught Bo Tran" (not a camera that caught him).
    r"accuse|(?<!camera )(?<!cameras )(?<!video )(?<!footage )caught|nabbed|"
    # "Deputies caught up with Bo Tran", "Police picked up a 24-year-old man": custody
    + AFTER_THE_FORCE
    + r"(?:caught\s+up\s+with|picked\s+up)|"
    # "an attorney for Bo Tran said": a defendant's lawyer.
    r"(?:attorneys?|lawyers?|counsel|public defender)\s+(?:for|representing)|"
    # "Attorney Ann Park, who represents Bo Tran,".
    r"(?:who|and)\s+(?:also\s+)?represent(?:s|ed)|"
    # "alleged gunman Bo Tran" (not "alleged victim Ann Lee"; "prosecutors alleged that Ann
    # Lee died ..." says nothing of who did it).
    r"alleged(?!\s+(?:victims?|that)\b)|"
    # "The following were charged: Ann Lee, 30; ...".
    # ("a charge of X against his former partner, Ann Lee": the one it was brought against,
    # named after her relation, past an offence of a code's many words; not "a charge of
    # assault against his partner, Ann Lee", the one it was done to)
    r"(?:filed|brought) against|charges?\s+of\s+(?:[\w-]+\s+){1,10}?against):?\s+"
    r"(?:(?<!assault against )(?<!violence against )(?<!battery against )"
    r"(?:his|her|their)\s+(?:[\w-]+\s+)?[\w-]+,\s+)?"
    # "was charged along with Ann Lee", "Six people were charged, including Ann Lee".
    # "the trial of Bo Tran", "the case against Bo Tran", "bond for Bo Tran" (not "the case of"
    # a missing woman, nor "justice for" a victim).
    r"|\b(?:trial|prosecution|indictment|conviction|sentencing|arraignment|extradition|bond|bail|"
    r"guilty plea|case|charges|complaint|warrant)\s+(?:(?:was|were|has been|had been|is)\s+"
    r"(?:\w+\s+){0,2}?)?(?:(?<!case )of|(?<!warrant )against|(?<=bond )for|(?<=bail )for)\s+"
    r"|\b(?:filed|brought)\s+(?:\w+\s+){1,2}?against\s+|\bpending\s+against\s+"
    # a session only the accused has: "The bail hearing for Bo Tran was adjourned", "a
    # sentencing hearing for Ann Lee is set"
    r"|\b(?:bail|bond|detention|sentencing|plea|preliminary|arraignment|pretrial|pre-trial|"
    r"competency)\s+hearings?\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?)?"
    r"for\s+"
    # A bail ruling said of him, as Indian and South African reports word it: "rejected the
    # bail application of Bo Tran", "while granting bail to Ann Lee".
    r"|\bbail\s+(?:plea|application|petition|applications|pleas)\s+(?:of|by|for)\s+"
    r"|\b(?:grant(?:ed|ing|s)?|refus(?:ed|ing|es)|den(?:ied|ying|ies))\s+bail\s+to\s+"
    r"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?)?"
    # "A booking photo of Bo Tran", "the mugshot of Ann Lee".
    r"|\b(?:booking\s+(?:photo|photograph|image|picture)|mug\s?shot)s?\s+(?:of|for)\s+"
    # "the key witness against Bo Tran", "testified against Bo Tran", "the evidence against".
    r"|\b(?:witness(?:es)?|testified|testify|testimony|evidence)\s+against\s+"
    # "The sweep netted 12 arrests, including Bo Tran".
    r"|\b(?:arrested|charged|indicted|convicted|sentenced|detained|accused|arrests|indictments)\b[^.;]{0,40}?"
    r"(?:\balong\s+with|\btogether\s+with|\balongside|,\s+including|,\s+among\s+them)\s+"
    # "the suspect, Bo Tran", "killed the robber, Bo Tran", "the defendants, Bo Tran and".
    r"|\b(?:suspects?|defendants?|shooters?|gunm[ae]n|robbers?|attackers?|assailants?|"
    r"carjackers?|burglars?|accomplices?|co-defendants?|co-accused|co-conspirators?|(?<=the )accused|"
    # the one of several accused told by its place, as South African and Indian reports
    # number them: "The third accused, Cy Doe", "the second accused, Bo Tran"
    r"(?<=the first )accused|(?<=the second )accused|(?<=the third )accused|"
    r"(?<=the fourth )accused|(?<=the fifth )accused|"
    # a role told as alleged: "the accused leader, Bo Tran", "the alleged ringleader, Bo Tran"
    # (not "the alleged victim, Ann Lee")
    r"(?<=the )(?:accused|alleged|suspected)\s+(?!victims?\b)(?:[\w-]+\s+)?(?!victims?\b)[\w-]+)"
    # (what the one named is by birth: "the third accused, Mozambican national Cy Doe")
    r"\s*[—–:,-]+\s*(?:\w+\s+(?:national\s+|citizen\s+)?)?"
    # A label: "Wanted: Bo Tran, 30", "WANTED - Bo Tran".
    r"|(?:\A|\n)\W*(?:wanted|sought)\s*[—–:-]+\s*"
    # "identified him as", "the suspect, identified as": not "the clerk, identified as".
    r"|\bidentified\s+(?:him|her|them)\s+as\s+"
    # "identified the man who fatally stabbed Ann Lee as": the one who did it, not "the man
    # who died"
    r"|\bidentified\s+the\s+(?:man|woman|person|teen|teenager|driver|one)\s+(?:who|that)\s+"
    r"(?:(?:allegedly|fatally)\s+)?" + DEED + r"[^.;]{0,60}?\s+as\s+"
    # "identified the person responsible for the post as": whoever did it.
    r"|\bidentified\s+the\s+(?:person|people|man|woman|individual|one)s?\s+(?:believed\s+)?"
    r"responsible\s+(?:for\s+[^.;]{0,60}?)?as\s+"
    r"|\bidentified\s+the\s+(?:suspects?|shooters?|gunm[ae]n|attackers?|assailants?|robbers?|"
    r"killers?|carjackers?)\s+as\s+"
    r"|\b(?:suspects?|shooter|gunman|gunmen|attacker|assailant|robber|killer|carjacker|"
    r"person of interest)\b[^.;]{0,30}?\bidentified\s+(?:(?:him|her|them)\s+)?as\s+"
    # "Warrants have been issued for two other men, Bo Tran and Cy Hall": the group named
    r"|\b(?:arrest )?warrants? (?:(?:was|were|has been|have been|had been) )?(?:issued )?for\s+"
    # (the offence told first: "issued a warrant for aggravated robbery for Bo Tran")
    r"(?:(?!(?:the|his|her|their|arrest)\b)[\w-]+\s+){0,4}?(?:(?<=\s)for\s+)?"
    rf"(?:{NUMBER}\s+(?:other\s+|more\s+)?(?:men|women|people|suspects|"
    r"teens|teenagers|others),\s+)?"
    # "The indictment names Bo Tran, Ann Lee and ...".
    r"|\b(?:indictment|complaint|charging documents?|warrant)\s+(?:names|named|identifies|"
    r"identified|lists|listed)\s+"
    # "the man accused of killing her, Bo Tran,", "the man police say shot Ann Lee, Bo Tran":
    # the name beside a description the words after it make a suspect.
    r"|\b(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|teen|teenager|driver|person|boy|girl|"
    r"youth|gunman|shooter|motorist)\s+(?:(?:who\s+(?:is|was)\s+)?(?:accused|charged|suspected|"
    r"convicted|arrested|wanted|held|sought|indicted|responsible)\b|(?:who\s+|that\s+)?(?:police|"
    r"prosecutors|authorities|investigators|detectives)\s+(?:say|said|allege|alleged|believe|"
    # (a month's abbreviation is no sentence end: "the man accused in the Feb. 10 carjacking,")
    r"believed)\s+(?:\w+\s+)?" + DEED + r")(?:[^.;:]|(?<=\b(?-i:[A-Z])[a-z]{2})\.){0,60}?,\s+)"
    # "arrested Ann Lee's brother, Bo Lee,": a possessive name is the determiner too.
    r"(?:(?:the|a|an|his|her|their|(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}(?:man|woman|"
    r"teen|suspect|defendant|"
    r"brother|sister|son|daughter|father|mother|cousin|husband|wife|boyfriend|girlfriend|"
    # "arrested a Dayton couple, Ann and Bo Tran,", "charged two brothers, Bo and Cal Tran".
    r"couple|pair|men|women|teens|suspects|defendants|brothers|sisters|siblings|cousins),\s+|"
    # "arrested two people: Bo Tran, 19, and ...".
    r"(?:[\w'’-]+\s+){0,3}?[\w-]+:\s+|" + _FREE_WORD + r"{0,3}?)(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)

# How far before a name the cues that end at the name ("arrested the wounded man, 31-year-old")
# can start; searching only there keeps each look from rescanning the whole sentence.
REACH = 200


# "Prosecutors allege Bo Tran forged checks", "the indictment alleges that Bo Tran, 58, took
# $40,000": an allegation told of a name that is the subject of what he did. Not what befell
# him ("prosecutors alleged that Ann Lee died", "police allege Ann Lee was struck"), nor
# what he said ("allege Ann Lee told"), nor a civil claim.
_ALLEGED_BEFORE = re.compile(r"\ballege[sd]?\s+(?:that\s+)?\Z", re.IGNORECASE)
_ALLEGED_DEED_AFTER = re.compile(
    r"(?:,\s*\d{1,3}(?:,\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,)?\s+"
    r"(?:(?:also|then|later|repeatedly|personally|knowingly|intentionally|deliberately|"
    r"secretly|illegally|fraudulently)\s+)?"
    # "was driving drunk", "was armed": a state of the doer.
    r"(?:(?:was|were|is)\s+(?:driving|armed|carrying|intoxicated|drunk|impaired|involved|"
    r"responsible|behind\s+the\s+wheel|in\s+possession)\b"
    r"|(?!(?:was|were|is|are|been|being|had\s+been|has\s+been|had\s+died|died|suffered|"
    r"said|says|told|tells|stated|testified|lost|fell|received|sustained|became)\b)"
    r"[a-z]{3,}\b)"
)


def alleged_of(text: str, start: int, end: int) -> bool:
    """Whether an allegation is told of the name at `start:end` as the one who did it:
    "Prosecutors allege Bo Tran, 58, forged checks"."""
    return (
        _ALLEGED_BEFORE.search(text, max(0, start - 20), start) is not None
        and _ALLEGED_DEED_AFTER.match(text, end) is not None
        and _CIVIL_CLAIM.search(text, max(0, start - 60), start) is None
    )


# "The lawsuit alleges Ann Lee ignored the complaints": a civil claim accuses no one of a crime.
_CIVIL_CLAIM = re.compile(r"\b(?:lawsuit|suit|petition|claim|plaintiffs?)\b", re.IGNORECASE)


# "argued that her client acted in self-defense after Bo Tran pulled a knife": what the
# defendant's side says the other did is his account of the one he harmed, no accusation.
_SELF_DEFENSE = re.compile(r"\bself[- ]defen[cs]e\b[^.;]{0,60}?\Z", re.IGNORECASE)


# The accused's account that the other started it: "Bo Tran told officers that Cy Hall
# attacked him first" (the name after "that", what he did "first").
_ACCOUNT_BEFORE = re.compile(
    r"\b(?:told|telling|tells)\s+(?:officers|police|deputies|detectives|investigators|troopers)"
    r"\b[^.;]{0,60}?\bthat\s+\Z",
    re.IGNORECASE,
)
_STARTED_IT = re.compile(
    r"[\w'’. -]{1,40}?\s+(?:had\s+)?(?:attacked|hit|struck|punched|jumped|swung\s+at|"
    r"lunged\s+at|came\s+at|charged\s+at)\s+(?:him|her|them)\s+first\b",
    re.IGNORECASE,
)


def claimed_in_defense(text: str, start: int) -> bool:
    """Whether the name at `start` is what a plea of self-defense says the other did, or what
    the accused told the police the other did first."""
    if "self" in text[:start].lower() and (
        _SELF_DEFENSE.search(text, max(0, start - 80), start) is not None
    ):
        return True
    return bool(
        " first" in text[start:]
        and _ACCOUNT_BEFORE.search(text, max(0, start - 100), start)
        and _STARTED_IT.match(text, start)
    )


# "Bo Tran told the judge before he was sentenced", "Ann Lee said as she was led away": the
# speaker is the one the pronoun of the clause after says was sentenced or taken.
SPOKE_THEN_TAKEN = re.compile(
    r"\A(?:,\s*\d{1,3},?)?\s+(?:told|said|says|apologized|addressed|spoke|wept|cried|shouted|"
    # (no other subject between: "told reporters she cried when he was sentenced")
    r"yelled)\b(?:(?!\b(?:he|she|they|I|we|you)\b)[^.;]){0,80}?\b(?:before|after|as|when|while)\s+"
    r"(?:he|she)\s+(?:was|is)\s+"
    r"(?:\w+\s+)?(?:sentenced|arrested|charged|convicted|led\s+away|taken\s+(?:away|into\s+"
    r"custody)|handcuffed|booked|arraigned)\b",
    re.IGNORECASE,
)


# A verb that would make the name after it a suspect, denied: "Police do not consider Bo Tran a
# suspect", "never named Bo Tran as a person of interest".
NOT_CALLED_SUSPECT = re.compile(
    r"\b(?:not|n['’]t|never|no\s+longer)\s+(?:consider|considered|call|called|believe|name|"
    r"named|view|viewed|regard|regarded)\s+\Z",
    re.I,
)
