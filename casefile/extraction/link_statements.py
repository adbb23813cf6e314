"""The statements of a sentence that tie a person to a killing, each with its relation, read
by extraction/homicide.py: "a suspect in the killing of", "arrested in connection with her
death", "evidence links him to", "police said X shot and killed Y", "is expected to be charged
with murder", "was also charged in the 2019 killing of", "faces a murder charge in the 2021
killing of"; in a story of a killing, "the shooting", "the stabbing" or "the case" is that
killing, and "police identified the gunman as X" names who did it. The other wordings of a
link (counted and other killings, who is cleared, where the person stands) are in
`link_wording.py`.
"""

from __future__ import annotations

import re

from casefile.extraction.custody_words import AFTER_THE_FORCE
from casefile.extraction.key_words import any_key_words, key_words
from casefile.extraction.lean_scans import lean_alternatives
from casefile.extraction.link_wording import EXPECTED, NO_ONE_BEFORE
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.sentences import Sentence

# (an unsolved killing of years ago is "a cold case")
_HOMICIDE_NOUN = (
    r"(?:killings?|murders?|deaths?|homicides?|slayings?|fatal\b|deadly\b|cold cases?\b)"
)
# In a story of a killing, "the shooting", "the stabbing" or "the case" is that killing ("a
# DWI case" is another).
_HARM_NOUN = (
    r"(?:shooting|stabbing|beating|strangling|attack|"
    r"(?<=(?:the|his|her) )(?:case|investigation|incident|crime))\b"
)
_CUSTODY = (
    r"(?:arrested|detained|jailed|wanted|sought|questioned|apprehended|captured|booked|"
    r"searching for|looking for|seeking|hunting for|warrant (?:\w+ ){0,3}?for|"
    r"taken into custody|in custody|surrender(?:s|ed|ing)?|turn(?:s|ed)? (?:himself|herself) in|"
    # "Police picked up a man in the shooting death" (not "a neighbor picked up her son")
    r"(?:" + AFTER_THE_FORCE + r"|(?<=was )|(?<=were ))picked up)"
)


def _anchor_link(noun: str) -> re.Pattern[str]:
    """The statements tying a person to a killing named by `noun`."""
    return compile_scan(
        r"\b(?:accused of (?:fatally|killing|murdering|the (?:fatal|deadly))|"
        # "accused of ordering the 2020 killing of", "accused of hiring a man to kill"
        rf"accused of (?:ordering|arranging|orchestrating|plotting|planning|hiring|paying|"
        rf"taking part in|carrying out) (?:[\w'’.-]+ ){{0,4}}?(?:{noun}|to kill)|"
        rf"accused in (?:[\w'’.-]+ ){{0,3}}?{noun}|"
        rf"(?:involvement|involved) in (?:[\w'’.-]+ ){{0,4}}?{noun}|"
        # "police also suspect Bo Tran in the 2021 death of"
        r"suspect(?:s|ed)? (?:him|her|them|(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,2}) "
        rf"(?:in|of) (?:[\w'’.-]+ ){{0,5}}?{noun}|suspected (?:of|in) "
        r"(?:[\w'’.-]+ ){0,3}?(?:killing|murder|death|fatal|slaying|homicide)|in connection with "
        rf"[\w\s'’.,-]{{0,50}}?(?:death|killing|murder|fatal|{noun})|arrested in (?:the )?"
        r"(?:fatal|deadly|killing|death|murder)|"
        rf"{_CUSTODY} (?:[\w'’.,-]+ ){{0,6}}?(?:in|for|about) "
        rf"(?:the |a |an |his |her )?(?:[\w'’.-]+ ){{0,3}}?{noun}|"
        # "booked into the Ames County Jail on suspicion of murder"
        r"(?:arrested|held|detained|booked|jailed|taken into custody|in custody) "
        r"(?:[\w'’.-]+ ){0,8}?on suspicion of (?:[\w-]+ ){0,5}?"
        r"(?:murder|homicide)|"
        # "the prime suspect in the killing of", "a suspect in her death", "identified him as
        # the gunman in the fatal shooting".
        r"(?:(?:prime |main |primary |lead |key |only )?suspects?|gunman|shooter|killer|attacker|"
        r"assailant)[”\"]? "
        r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?"
        rf"in (?:[\w'’.-]+ ){{0,5}}?{noun}|"
        # "detectives are investigating him in the 2015 death of his wife"
        r"investigating (?:[\w'’.,-]+ ){1,5}?(?:in|for|in connection with) (?:the |a |an |his |her )?"
        rf"(?:[\w'’.-]+ ){{0,5}}?{noun}|"
        # "is the focus of the investigation into her death"
        r"focus of (?:the |an |their |a )?(?:[\w-]+ )?(?:investigation|probe) (?:into|in) "
        rf"(?:[\w'’.-]+ ){{0,4}}?{noun}|"
        # "evidence connecting him to the killing", "may be connected to a 2019 murder".
        r"evidence (?:connecting|linking|tying|that (?:connects|links|ties))|"
        r"(?:may|might|could) (?:also )?(?:be|have been) (?:connected|linked|tied|involved)|"
        # "tied the gun found in his car to the fatal shooting", "evidence links him to the
        # killings": any tense of the verb.
        rf"(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?|ties|tied|tying|match(?:es|ed|ing)?) "
        rf"(?:[\w'’,-]+ ){{0,6}}?to "
        rf"(?:[\w'’.-]+ ){{0,4}}?{noun})",
        re.I,
    )


_ANCHOR_LINK = _anchor_link(_HOMICIDE_NOUN)
_ANCHOR_LINK_IN_KILLING = _anchor_link(f"(?:{_HOMICIDE_NOUN}|{_HARM_NOUN})")
_RESPONSIBLE = compile_scan(
    rf"\bbelieved (?:to (?:be|have been) )?responsible for (?:[\w'’.-]+ ){{0,6}}?{_HOMICIDE_NOUN}|"
    # "police say Bo Tran is responsible for the death of", "... for the injuries that caused
    # her death": who says so is the police.
    # (also past an apposition: "believe Bo Tran, the man charged in another death, is")
    r"\b(?:say|says|said|believe|believes)(?: that)? "
    r"(?:(?:[\w'’.,-]+ ){1,5}?|(?:[\w'’.-]+ ){0,3}?[\w'’.-]+,[^;]{1,120}?, )(?:is|was|are|were|"
    r"(?:may|might|could) (?:be|have been)) "
    r"(?:also )?"
    rf"responsible for (?:[\w'’.-]+ ){{0,6}}?{_HOMICIDE_NOUN}|"
    # ("the man investigators believe killed Ann Lee": the one believed is before it)
    r"\b(?:police|investigators|detectives|authorities|prosecutors) (?:\w+ ){0,2}?believe "
    r"(?:[\w'’.,-]+ ){0,5}?(?:killed|murdered|shot and killed|fatally shot)\b|"
    r"\bbelieved to have (?:fatally )?(?:killed|murdered|shot and killed|stabbed to death)\b|"
    # "identified Bo Tran as the person responsible for her death"
    r"\bas the (?:person|man|woman|one|suspect|individual) (?:believed |thought )?responsible for "
    rf"(?:[\w'’.-]+ ){{0,6}}?{_HOMICIDE_NOUN}",
    re.I,
)
# A further homicide charge: "was also charged in the killing of", "separately charged with
# murder" ("already charged" is the charge the story started from).
_ALSO_CHARGED = compile_scan(
    # ("was also charged Wednesday with an open count of murder in the April 2 death of")
    r"\b(?:also|additionally|separately) (?:been |being )?charged "
    r"(?:(?:on )?(?-i:[A-Z])[a-z]+day )?(?:with (?:[\w-]+ ){0,4}?"
    rf"(?:murder|homicide|manslaughter)|in (?:[\w'’-]+ ){{0,4}}?{_HOMICIDE_NOUN})",
    re.I,
)
_HOMICIDE_TERM = compile_scan(r"\b(?:murder|homicide|manslaughter|killing|death|died|dies)", re.I)


# The key words each statement cannot match without.
_EXPECTED_GATE = key_words(
    "be charged", "formally charge", " face", "to charge", "to file", "charges", "upgrade",
    "be booked",
)  # fmt: skip
_ALSO_GATE = key_words("also", "additionally", "separately")
_RESPONSIBLE_GATE = key_words("believe", "responsible")
_LINK_GATE = key_words(
    "accused of", "accused in", "involv", "suspect", "connect", "arrested", "suspicion",
    "evidence", "link", "tied", "ties", "tying", "detained", "jailed", "wanted", "sought",
    "questioned", "held", "booked", "custody", "apprehended", "captured", "surrender", "turned", "turns",
    "searching for", "looking for", "seeking", "hunting for", "warrant", "picked up",
    "gunman", "shooter", "killer", "attacker", "assailant", "focus of", "match", "investigating",
)  # fmt: skip


# Who the police say did the killing: "police said Bo Tran shot and killed Ann Lee", "he
# allegedly stabbed her to death".
_KILLED_VERB = (
    r"(?:shot and killed|killed|murdered|fatally (?:shot|stabbed|struck|beat)|"
    r"(?:stabbed|beat|beaten|strangled) (?:\w+ )?to death|strangled)\b"
)
_THEY_SAY = (
    r"(?:police|investigators|detectives|authorities|prosecutors|officials|deputies|troopers) "
    r"(?:say|says|said|believe|believes|allege|alleged)"
)
_SAID_KILLED = compile_scan(
    r"\b(?:police|investigators|detectives|authorities|prosecutors|officials|deputies|troopers)"
    r" (?:\w+ ){0,2}?(?:say|says|said|allege|alleged|allege that|said that|say that) "
    rf"(?:[\w'’.,-]+ ){{1,5}}?{_KILLED_VERB}|\ballegedly {_KILLED_VERB}|"
    # "Bo Tran, the man police say killed Ann Lee"
    r"\b(?:the|a) (?:man|woman|person|teen|teenager|suspect|one) (?:who |whom |that )?"
    r"(?:police|investigators|detectives|authorities|prosecutors) (?:say|said|believe|allege) "
    rf"{_KILLED_VERB}|"
    # "Bo Tran, 30, who police say killed Ann Lee"
    rf"\bwho {_THEY_SAY} {_KILLED_VERB}",
    re.I,
)
_SAID_GATE = key_words("allege", " said ", " say", "believe")
# One the police want to question about a killing is a person of interest in it: "Detectives
# want to question him about the killing of Ann Lee", "hope to speak with Bo Tran in
# connection with her death".
_TO_QUESTION = compile_scan(
    r"\b(?:wants?|wanted|seeks?|seeking|sought|hopes?|hoping|would like) to (?:question|interview|"
    r"speak (?:with|to)|talk (?:with|to)) (?:him|her|them|(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,2})"
    r"(?:, \d{1,3},)? (?:about|regarding|in connection with|in|over) (?:the |a |an |his |her )?"
    rf"(?:[\w'’.-]+ ){{0,4}}?{_HOMICIDE_NOUN}",
    re.I,
)
_TO_QUESTION_GATE = key_words("question", "interview", "speak", "talk")
# In a story of a killing, harm that did not itself kill says who killed: "Bo Tran is believed
# to have shot Ann Lee", "police say Bo Tran stabbed her" (she died of it).
_HARMED_VERB = r"(?:shot|stabbed|beat|beaten|struck|strangled|ran over|run over)\b"
HARMED_IN_KILLING = lean_alternatives(
    rf"\bbelieved to have (?:fatally )?{_HARMED_VERB}|"
    # "confessed to shooting his neighbor", "told deputies he shot Ann Lee"
    r"\b(?:confessed|admitted)\s+(?:to\s+)?(?:the\s+|his\s+|her\s+)?(?:fatally\s+)?(?:killing|"
    r"shooting|stabbing|strangling|beating|murdering|striking|murder|slaying|crime)\b|"
    # "Police called him the prime suspect", "is the only suspect"
    r"\b(?:called|named|considered|identified|is|was|remains)\s+(?:him|her|\w+\s+)?(?:as\s+)?"
    r"the\s+(?:prime |main |primary |lead |key |only )suspect\b(?!\s+in\b)|"
    # "He is considered a suspect, police said", "Bo Tran remains a suspect": in a story of a
    # killing, a suspect in it ("a suspect in a robbery" says what in)
    r"\b(?:is|was|remains|considered|named)\s+(?:also\s+|still\s+|now\s+)?(?:considered\s+)?"
    r"(?:as\s+)?a\s+suspect\b(?!\s+(?:in|for|of|who|that)\b)|"
    # "Police are searching for Bo Tran": the one sought for the killing, named right after.
    r"\b(?:searching for|looking for|seeking|hunting for|sought)\s+(?=(?-i:[A-Z][a-z]))|"
    # "he is also under investigation in the 2019 death of his first wife", "is being
    # investigated in the death of"
    r"\b(?:under investigation|investigated) (?:in|for) (?:the |a |an |his |her )?(?:[\w'’.-]+ ){0,3}?"
    r"(?:death|killing|murder|slaying|homicide)s?\b|"
    # "After allegedly killing Ann Lee, Bo Tran drove to Ohio"
    r"\A\W*After (?:allegedly )?(?:fatally )?(?:killing|shooting|stabbing|strangling|murdering)\b|"
    r"\btold (?:police|deputies|investigators|detectives|officers|troopers|agents)\s+(?:that\s+)?"
    rf"(?:he|she)\s+(?:had\s+)?(?:fatally\s+)?(?:{_HARMED_VERB}|killed)|"
    # "police say Bo Tran shot her", "detectives believe Bo Tran stabbed Ann Lee"
    r"\b(?:police|investigators|detectives|authorities|prosecutors|officials|deputies|troopers)"
    r" (?:\w+ ){0,2}?(?:say|says|said|allege|alleged|allege that|said that|say that|believe|"
    rf"believes|believe that) (?:[\w'’.,-]+ ){{1,5}}?{_HARMED_VERB}|"
    # "Bo Tran, 30, who police say shot Ann Lee"
    rf"\bwho {_THEY_SAY} {_HARMED_VERB}|"
    # "Bo Tran has been identified as the man who shot her"
    # "identified the man who fatally stabbed Ann Lee as Bo Tran"
    r"\b(?:identified|named) the (?:man|woman|person|teen|teenager|driver|one) (?:who|that) "
    rf"(?:(?:allegedly|fatally) )?{_HARMED_VERB}[^.;]{{0,60}}?\bas\b(?=\s+(?-i:[A-Z]))|"
    # "Police identified Bo Tran, 30, as the man who fatally stabbed Ann Lee"
    r"\b(?:identified|named|described)(?:\s+(?-i:[A-Z])[\w'’.-]+){0,4}?(?:,\s*\d{1,3},)? as the "
    r"(?:man|woman|person|teen|teenager|driver|one) "
    # ("as the man they believe shot and killed Ann Lee": who believes it is the force)
    rf"(?:who |{_THEY_SAY} |who {_THEY_SAY} |(?:they|who they) (?:say|believe) )?(?:fatally )?"
    rf"(?:{_HARMED_VERB}|killed\b|murdered\b)|"
    # "Police say Bo Tran, 30, is the man who killed Ann Lee"
    r"\b(?:is|was) (?:also )?(?:believed to be )?the (?:man|woman|person|teen|teenager|driver|one|"
    rf"gunman|shooter) (?:who|that) (?:allegedly |fatally )?(?:{_HARMED_VERB}|killed\b|murdered\b)",
    re.I,
)
_HARMED_GATE = key_words(
    "believed to have", "allege", " said ", " say", "confessed", "admitted", "told ",
    "suspect", "after", "searching for", "looking for", "seeking", "hunting for", "sought",
    "under investigation", "investigated", "believe", "identified as", "named as", "described as",
    "the man who", "the woman who", "the person who", "the one who", "the teen who",
    "the teenager who", "the driver who", "the gunman who", "the shooter who", "the man that",
    "the woman that", "the person that", "the one that",
)  # fmt: skip


def statements(sentence: Sentence, killing: bool) -> list[tuple[str, re.Match[str]]]:
    """The link statements of a sentence, each with its relation, in order of strength; in a
    story of a killing (`killing`), "the shooting" is that killing."""
    text = sentence.text
    found: list[tuple[str, re.Match[str]]] = []
    expected = first_in(EXPECTED, text) if _EXPECTED_GATE.opens(sentence) else None
    if (
        expected
        and first_in(_HOMICIDE_TERM, text)
        # not "No officers will face charges in the death of": a charge to come denied
        and not NO_ONE_BEFORE.search(text, max(0, expected.start() - 80), expected.start())
    ):
        found.append(("expected to be charged", expected))
    also = first_in(_ALSO_CHARGED, text) if _ALSO_GATE.opens(sentence) else None
    if also:
        found.append(("charged", also))
    responsible = first_in(_RESPONSIBLE, text) if _RESPONSIBLE_GATE.opens(sentence) else None
    if responsible:
        found.append(("believed responsible", responsible))
    questioned = first_in(_TO_QUESTION, text) if _TO_QUESTION_GATE.opens(sentence) else None
    if questioned:
        found.append(("person of interest", questioned))
    pattern = _ANCHOR_LINK_IN_KILLING if killing else _ANCHOR_LINK
    anchor = first_in(pattern, text) if _LINK_GATE.opens(sentence) else None
    if anchor:
        found.append(("suspect", anchor))
    said = first_in(_SAID_KILLED, text) if _SAID_GATE.opens(sentence) else None
    if said:
        found.append(("suspect", said))
    harmed = (
        first_in(HARMED_IN_KILLING, text)
        if killing and not responsible and not said and _HARMED_GATE.opens(sentence)
        else None
    )
    if harmed:
        found.append(("believed responsible" if "believ" in harmed.group(0) else "suspect", harmed))
    by = _killed_by(text) if killing and _BY_GATE.opens(sentence) else None
    if by:
        found.append(("suspect", by))
    named = _NAMED_KILLER.search(text) if killing and _KILLER_GATE.opens(sentence) else None
    if named:
        found.append(("suspect", named))
    # Last: a charge in a killing ties one to it only if it is another killing than the case's.
    charged = _CHARGED_IN_KILLING.search(text) if _CHARGED_IN_GATE.opens(sentence) else None
    if charged:
        found.append((CHARGED_IN, charged))
    return found


# "faces a murder charge in the 2021 killing of Ann Lee", "was indicted in her death": a
# charge in a killing, a link only when the killing is another than the case's; also after a
# list of charges ("charged with murder, arson and theft in the death of Ann Lee").
CHARGED_IN = "charged in"
_CHARGED_IN_KILLING = compile_scan(
    # "is awaiting trial in the 2021 killing of": a charge it is tried on
    r"\bawaiting (?:a |his |her )?trial (?:in|for) (?:the |a |an |his |her )?"
    rf"(?:[\w'’.-]+ ){{0,4}}?{_HOMICIDE_NOUN}|"
    # "a warrant charging Bo Tran with murder in the killing of": the charge told actively,
    # of the one it names
    r"\b(?:charging|charges) (?=(?-i:[A-Z]))(?:[\w'’.-]+ ){1,4}?with (?:[\w-]+ ){0,4}?(?:in|for) "
    rf"(?:the |a |an |his |her )?(?:[\w'’.-]+ ){{0,4}}?{_HOMICIDE_NOUN}|"
    r"\b(?:charged|indicted|faces?|facing) (?:on (?:a |an )?(?:[\w-]+ ){0,3}?charges? |"
    r"(?:[\w-]+ ){0,4}?)(?:(?:[\w-]+,? ){0,10}?(?:and|or) "
    r"(?:[\w-]+ ){0,4}?)?"
    # "faces a murder charge in Benton County in the 1996 death of": where it is brought
    r"(?:in (?:[\w.'’-]+ ){1,3}?(?:County|Parish|court) )?"
    r"(?:in|for) (?:the |a |an |his |her )?"
    # (a day told with its year: "in the Jan. 8, 2023, shooting death of")
    rf"(?:[\w'’.-]+,? ){{0,4}}?{_HOMICIDE_NOUN}",
    re.I,
)
_CHARGED_IN_GATE = key_words(
    "charged", "charging", "charges", "indicted", " face", "facing", "awaiting"
)


# In a story of a killing, the one police name as who did it: "police identified the gunman
# as Bo Tran", "the shooter, Bo Tran, died at the scene".
_KILLER = r"(?:suspected )?(?:gunman|shooter|killer|attacker|assailant)"
_NAMED_KILLER = compile_scan(
    rf"\b(?:identified|named) the {_KILLER} as\b|"
    # "the shooter, Bo Tran,", "The gunman, identified as Bo Tran,", "the gunman, who was
    # later identified as Bo Tran,"
    rf"\b[Tt]he {_KILLER},\s+(?:(?:who\s+(?:was|has\s+been)\s+)?(?:later\s+)?(?:identified|named)\s+"
    r"(?:by\s+\w+\s+)?as\s+)?(?=[A-Z])|"
    # "Police said Bo Tran, 33, was the shooter"
    rf"\b(?:was|is) (?:the|believed to be the|identified as the) {_KILLER}\b",
)
_KILLER_GATE = key_words("gunman", "shooter", "killer", "attacker", "assailant")


# The killing told in the passive, its doer named after "by": "Ann Lee was shot and killed
# Sunday by her estranged husband, Bo Tran" (not "by a police officer", nor "by a train").
_KILLED_PASSIVE = compile_scan(
    r"\b(?:was|were|been)\s+(?:allegedly\s+)?(?:shot and killed|killed|murdered|fatally "
    r"(?:shot|stabbed|struck|beaten|wounded)|(?:stabbed|beaten|strangled|shot) to death|"
    r"strangled|gunned down)\b",
    re.I,
)
_BY_WHOM = re.compile(
    r"(?:\s+(?!by\b)[\w'’.-]+){0,3}?\s+by\s+"
    r"(?!(?:a|an|the)\s+(?:[\w-]+\s+)?(?:police|officer|deputy|trooper|agent|sheriff)\b)"
    # "by her estranged husband, Bo Tran"
    r"(?:(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?(?=[A-Z][a-z])"
)


_BY_GATE = key_words(" by ")


def _killed_by(text: str) -> re.Match[str] | None:
    """The words from a passive killing verb up to the doer's name after "by": the match
    starts past the verb, so the one named is the doer, not one of the killed."""
    verb = first_in(_KILLED_PASSIVE, text)
    return _BY_WHOM.match(text, verb.end()) if verb else None


# A sentence that opens none of the statements' own gates states no link: their union, so
# that a statement added with its gate is never shut out by a list kept apart from it.
ANCHOR_GATE = any_key_words(
    _EXPECTED_GATE, _ALSO_GATE, _RESPONSIBLE_GATE, _LINK_GATE, _SAID_GATE, _TO_QUESTION_GATE,
    _HARMED_GATE,
    _KILLER_GATE, _CHARGED_IN_GATE, _BY_GATE,
)  # fmt: skip
