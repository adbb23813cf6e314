"""The words of custody: an arrest told ("was arrested", "taken into custody", "held on
suspicion of"), what is no arrest ("jailed for four years", "an apprehended violence order",
"detained for questioning"), an earlier arrest told in words ("had also been arrested"), and
someone told as still free. `arrests.py` reads them.
"""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan

# Just after the force that takes someone into custody: "deputies caught up with", "police
# picked up" (not a neighbor who picked up her son, nor reporters who caught up with him).
AFTER_THE_FORCE = (
    r"(?:(?<=police )|(?<=officers )|(?<=deputies )|(?<=troopers )|(?<=agents )|"
    r"(?<=marshals )|(?<=detectives ))"
)
# What follows "detained" when it is no arrest: held for questioning, or a hospital's detention.
_NOT_AN_ARREST_DETENTION = (
    r"(?!\s+(?:briefly\s+)?for\s+questioning|\s+indefinitely\b|"
    r"(?:\s+[\w,-]+){0,6}?\s+(?:under\s+(?:the\s+|a\s+)?(?:Mental\s+Health|section\s+\d)|in\s+(?:a\s+|an\s+)?"
    r"(?:[\w-]+\s+)?(?:psychiatric|mental|secure|high-security)\s+(?:hospital|unit|facility)))"
)
CUSTODY = compile_scan(
    r"\b(?:(?:re-?)?arrested|re-?captured|(?<!camera )(?<!cameras )(?<!video )(?<!footage )(?<!images )(?<!photos )(?<!recording )(?<!recordings )(?<!audio )(?<!conversations )captured"
    # (Not a picture taken: "images captured by a doorbell camera", "captured on video"; nor
    # a sound recorded: "recordings captured by an undercover detective".)
    r"(?!\s+(?:on|by)\s+(?:[\w'’-]+\s+){0,3}?(?:camera|cameras|video|tape|film|doorbell|"
    r"surveillance|footage|phone)\b)|"
    # ("an apprehended violence order", as Australian courts name a protection order, is no
    # custody.)
    r"apprehended(?!\s+(?:domestic\s+|personal\s+)?violence\b)|taken (?:back )?into (?!protective\b)(?:[\w-]+\s+){0,2}?custody|(?:took|taken)\s+(?:[\w,.'’-]+\s+){1,5}?"
    # (the force's own custody too: "took him into their custody")
    r"into (?:their |its |his |her )?(?!protective\b)(?:[\w-]+\s+){0,2}?custody|taking\s+(?:[\w,.'’-]+\s+){1,5}?into "
    r"(?:their |its |his |her )?custody|(?:placed|placing)\s+(?:[\w,.'’-]+\s+){1,5}?under arrest|(?:his|her|their|the) (?:most recent |last |prior |previous )?arrest\b"
    # (Not a paper named for an arrest: "his arrest record", "the arrest warrant", "the arrest
    # affidavit".)
    r"(?!\s+(?:warrants?|records?|affidavits?|reports?|documents?|papers|history|logs?)\b)|"
    # ... each one's own, of a group: "have been held since their arrests on Sept. 26"
    r"their (?:most recent |last |prior |previous )?arrests\b|"
    # "over an October 2023 arrest", "a 2019 arrest": an arrest named by its time
    # (from the time on, where the time tells an earlier matter)
    r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bthe\s))"
    r"(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?:19|20)\d\d\s+arrest\b|"
    # "The arrests came Tuesday during searches of three homes": the group's arrests, told as
    # an event of their own (not "arrests in the county rose", a count).
    r"(?:their|the) arrests(?=\s+(?:came|were made|happened|occurred|took place|followed)\b)|"
    # ... or counted: "to talk about the five arrests in the theft" (the count is checked
    # against those the report names, `arrests.py`)
    r"(?:their|the)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+arrests\b|"
    # "unsealed upon the arrests of Ann Lee and Bo Tran".
    r"arrests\s+of(?=\s+[A-Z])|"
    # The present of a timeline's entry or a headline: "Oct. 3: Police arrest Bo Tran",
    # "Deputies arrest a man in the shooting".
    r"(?<![\w-])(?:[Pp]olice|[Oo]fficers|[Dd]eputies|[Tt]roopers|[Aa]gents|[Dd]etectives|"
    r"[Mm]arshals|[Aa]uthorities)\s+(?:\w+\s+)?arrests?\s+(?=(?-i:[A-Z])|(?:a|an|him|her|them|two|"
    r"three|four|\d+)\s)|"
    r"turned (?:himself|herself|themselves) in|handed (?:himself|herself|themselves) (?:over|in)|"
    r"gave (?:himself|herself|themselves) up|"
    # "presented himself at a police station", as British and Irish reports tell a surrender.
    r"presented (?:himself|herself|themselves) (?:at|to) (?:a |the )?(?:[\w'’-]+ ){0,3}?"
    r"(?:police|garda|station|jail|custody|authorities|officers)|"
    # Custody held since a day: "has been in custody since April 6", "has been jailed since
    # March 3" tells the custody taken that day (not "since 2019", a term served).
    r"(?:has|have|had)\s+been\s+(?:(?:held|jailed|detained)\s+(?:in\s+(?:\w+\s+)?(?:custody|"
    r"jail)\s+)?|in\s+(?:\w+\s+)?(?:custody|jail)\s+|behind\s+bars\s+)since\s+(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
    r"Oct|Nov|Dec)[a-z]*\.?|May)\s+\d{1,2}(?!\d)|"
    # ... with the day before the month, as outlets outside the US write it: "has been in
    # custody since 20 November"; and the day custody began: "when he went into custody"
    r"(?:has|have|had)\s+been\s+(?:held\s+|detained\s+)?in\s+(?:\w+\s+)?(?:custody|jail)\s+"
    r"since\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
    r"went\s+(?:back\s+)?into\s+(?:police\s+|garda\s+)?custody|"
    # Custody told as a present state: "is in custody", "are now in federal custody" (not "was
    # in custody", a state once held, nor "remains in custody", a later report of a known
    # arrest, nor "died in custody").
    r"(?<!while )(?:is|are)\s+(?:now\s+|already\s+)?in\s+(?:police\s+|federal\s+|state\s+|"
    r"county\s+|U\.S\.\s+)?custody(?!\s+(?:at\s+the\s+time|when|for\s+(?:an?|the)\s+"
    r"(?:unrelated|separate|different|earlier|prior)))|"
    # The agents detained him, or served their warrant on him.
    # (Irish police are gardaí.)
    # ... or caught him: "U.S. Marshals caught Bo Tran at a motel".
    # ("Police in Leeds have detained a man": the force told with its town.)
    r"(?:police|officers|detectives|deputies|troopers|agents|marshals|garda[ií]|garda)\s+"
    r"(?:in\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:\w+\s+)?"
    r"(?:detained|caught(?!\s+(?:sight|wind|up(?!\s+with\b)|fire)\b))|"
    # "Officers booked Bo Tran into the county jail": the booking told by who made it.
    r"booked\s+(?:[\w.,'’-]+\s+){1,5}?into\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:jail|"
    r"detention|lockup)\b|"
    # Held "on suspicion of" an offence is under arrest, as British and Irish police tell it:
    # "A 30-year-old man is being held on suspicion of murder".
    r"(?:held|detained)\s+(?:\w+\s+)?on\s+suspicion\s+of\b|"
    r"served\s+(?:an?|the|a\s+felony)\s+(?:arrest\s+|felony\s+|murder\s+)?warrant\s+on\b|"
    r"(?:arrest\s+)?warrant\s+was\s+served\b|"
    # ("surrendered his passport" gives up a thing, a condition of bail, not himself.)
    r"surrendered(?!\s+(?:his|her|their)\s)|(?<!will be )(?<!to be )booked(?:\s+into|\s+(?:on|at|in|early|late|"
    r"(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|(?=\s+and\s+(?:released|held)))|"
    # Not "extradited": a move of someone already in custody, whose arrest is told apart.
    # ("jailed for four years" is a sentence, not custody taken; "remains jailed", "stays
    # jailed" a state.)
    r"placed under arrest|(?<!remains )(?<!remained )(?<!remain )(?<!still )(?<!stays )(?<!stayed )(?<!stay )jailed(?!\s+for\s+(?:life\b|(?:[\w-]+\s+){1,3}?(?:years?|months?|"
    r"weeks?|days?)\b))|nabbed|"
    # "An arrest was made", "police have made an arrest": the custody of the one it names.
    r"(?:made|make)\s+an\s+arrest|an\s+arrest\s+(?:was|has\s+been|had\s+been)\s+made|"
    r"(?:is|was|are|were|remains|remained)\s+(?:now\s+|still\s+)?behind\s+bars|"
    # "Detectives picked up Bo Tran" (not "picked up her children").
    r"(?:police|officers|detectives|deputies|troopers|agents|marshals)\s+picked\s+up\b"
    r"(?!\s+(?:his|her|their|a|an|some)\s+[a-z])|"
    # (a force named at length: "picked up by the U.S. Marshals fugitive task force")
    r"(?:was|were|been)\s+picked\s+up\s+(?:by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?(?:police|"
    r"officers|detectives|deputies|troopers|agents|marshals|task\s+force)|on\s+(?:a|an)\s+"
    r"(?:\w+\s+)?warrant)\b|"
    # ... or told with what he was accused of: "had been picked up that January, accused of
    # assault" (not "was picked up from school by his aunt")
    r"(?:was|were|been)\s+picked\s+up(?:\s+[\w'’-]+){0,3}?,?\s+(?:accused|suspected|charged)\s+"
    r"(?:of|with|in)\b|"
    # ("detained for questioning" is no arrest: a person of interest questioned; nor is a
    # hospital's detention, as a British court orders it or doctors make it: "detained
    # indefinitely in a secure hospital", "detained under the Mental Health Act".)
    # ("was located and detained": found, then held)
    r"(?:was|were|been)\s+(?:(?:later|then|quickly|eventually)\s+)?(?:(?:located|found|stopped)\s+"
    rf"and\s+)?(?:detained{_NOT_AN_ARREST_DETENTION}|caught(?!\s+"
    r"(?:in\s+(?:the\s+)?crossfire|up\s+in|between|fire|on\s+(?:\w+\s+)?(?:camera|video|tape|"
    r"film))\b))|"
    # ... or told of a counted group in a clause cut short: "was one of five people detained
    # over the attack" (as "five people arrested" is).
    r"(?:(?<=people\s)|(?<=persons\s)|(?<=men\s)|(?<=women\s)|(?<=suspects\s)|(?<=others\s)|"
    rf"(?<=individuals\s)|(?<=teenagers\s)|(?<=juveniles\s))detained{_NOT_AN_ARREST_DETENTION}|"
    # Custody told by where the suspect was taken: "took him back to the police station".
    # (Someone taken there, not a thing: "took the car to the police station".)
    r"(?:took|(?<!to be )taken|(?<!to be )transported|brought)\s+(?!(?:the|a|an|his|her|their)\s+"
    r"(?:\w+\s+)?(?:car|vehicle|truck|van|gun|weapon|evidence|phone|items?|bag|body|dog)\b)"
    r"(?:[\w,'’-]+\s+){0,4}?(?:back\s+)?to\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,4}?(?:jail|police station|police headquarters|detention (?:center|facility)|"
    r"lockup))\b",
    re.I,
)
CUSTODY_GATE = key_words(
    "arrest",
    "suspicion",
    "presented",
    "nabbed",
    "behind bars",
    "picked",
    "detained",
    "caught",
    "handed",
    "gave",
    "captur",
    "apprehend",
    "custody",
    "turned",
    "surrender",
    "booked",
    "jail",
    "police station",
    "police headquarters",
    "detention",
    "lockup",
    "warrant",
)
# "a warrant for his arrest" names an arrest that has not happened; only the words of the
# warrant are none, so "turned himself in after learning of a warrant for his arrest" is one.
# ("A warrant has been issued for the arrest of Bo Tran" too.)
WARRANT_FOR = re.compile(
    r"\bwarrants?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?"
    r"(?:(?:issued|obtained|sought|signed|out)\s+)?for\s+(?:(?:his|her|their|\w+['’]s)\s+arrest\b|"
    r"the\s+arrests?\s+of\b)",
    re.I,
)
EARLIER_ARREST = compile_scan(
    r"\b(?:last arrested|most recent arrest|previously arrested|"
    r"had (?:also |once |earlier |previously )?been (?:arrested|picked up)|"
    # A charge of harm to someone else than the case's victim: "on a charge of assault
    # involving a different woman".
    r"(?:involving|against|on|of) a different (?:woman|man|victim|person|girl|boy|child|"
    r"complainant)|"
    r"prior arrest|earlier arrest|"
    # custody for breaking the terms of an earlier sentence: "held since April 4 on a
    # probation violation"
    r"(?:on|for) (?:an?|the) (?:[\w-]+ )?(?:probation|parole) violation|"
    # A record counted: "has been arrested 14 times", "arrested on several occasions".
    r"arrested (?:[\w-]+ ){1,2}?(?:times|occasions)|"
    r"was (?:also )?arrested (?:in|on) \w+ (?:for|on) (?:an?|the) "
    r"(?:earlier|separate|unrelated)|in (?:an?|the) (?:earlier|separate|unrelated|previous|prior|"
    r"different) (?:case|matter|incident|investigation))\b",
    re.I,
)
NOT_AN_ARREST = compile_scan(
    r"\b(?:without (?:taking|arresting)|no arrests?|not (?:yet )?(?:been )?arrested|"
    r"n['’]t (?:yet )?(?:been )?arrested|(?:no one|nobody|no suspects?|none)\s+(?:\w+\s+)?"
    r"(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:arrested|taken into custody)|"
    r"arrests? (?:are|is|were)"
    r" (?:expected|not expected)|could arrest|"
    # "has not turned himself in", "has yet to surrender".
    r"(?:not|n['’]t|never|yet\s+to)\s+(?:yet\s+)?(?:turned|turn)\s+(?:himself|herself|themselves)"
    r"\s+in|(?:not|n['’]t|never|yet\s+to)\s+(?:yet\s+)?surrender(?:ed)?|"
    # "wanted", unless the sentence goes on to say he was arrested.
    # ("a man wanted in the shooting is in custody" tells the arrest, and so does "the driver
    # wanted in Monday's hit-and-run walked into the station and gave himself up": his
    # surrender, however long the description of what he is wanted in.)
    r"wanted(?![^.;]{0,80}\b(?:(?:was|were|has been|have been)\s+(?:arrested|captured|apprehended|"
    r"taken into custody)|(?:is|are)\s+(?:now\s+)?in\s+custody)|[^.;]{0,200}?\b(?:"
    r"surrendered(?!\s+(?:his|her|their)\s)|(?:turned|handed)\s+(?:himself|herself|themselves)\s+"
    r"(?:in|over)|gave\s+(?:himself|herself|themselves)\s+up))|"
    r"re-?arrest warrants?|warrants? for (?:\w+\s+){0,3}?re-?arrest|"
    r"(?:would|could|might) have|(?:will|would|could|might|may|should|to)\s+(?:ever\s+|never\s+|soon\s+|also\s+)?be\s+(?:arrested|taken into custody)|"
    r"(?:not|n['’]t|no\s+one)\s+(?:yet\s+)?(?:made|make)\s+(?:an\s+|any\s+)?arrests?)\b",
    re.I,
)


# Someone the report says is still free: "has not been arrested", "remains at large", "is
# being sought". A group said to be arrested is not taken to hold them.
AT_LARGE = compile_scan(
    r"\b(?:(?:not|n['’]t|never)\s+(?:yet\s+)?(?:been\s+)?(?:arrested|apprehended|caught|"
    r"located|found)|(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:at\s+large|on\s+the\s+run|"
    r"being\s+sought|sought\s+by|an?\s+fugitive)|(?:still|yet)\s+to\s+be\s+(?:arrested|found|"
    r"caught)|"
    # "Police are also looking for Bo Tran, 22": the one sought
    r"(?:police|officers|detectives|investigators|deputies|authorities)\s+(?:are|were)\s+"
    r"(?:also\s+|still\s+)?(?:looking|searching)\s+for)\b",
    re.I,
)
AT_LARGE_GATE = key_words("arrested", "apprehended", "caught", "located", "found", "large",
                            "on the run", "sought", "fugitive", "looking for",
                            "searching for")  # fmt: skip


# A term told with "jailed", as British and Irish reports tell a sentence: "was jailed for
# four years and eight months"; or a term imposed in other words ("was given an extended
# sentence of 13 years", "was sentenced to nine years").
TERM_IMPOSED = compile_scan(
    r"\bjailed\s+for\s+(?:life\b|(?:[\w-]+\s+){1,3}?(?:years?|months?|weeks?|days?)\b)|"
    r"\b(?:given|handed|imposed|received|serve)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term)\s+of\b|"
    # (where and when told between: "was sentenced at Leeds Crown Court yesterday to two years")
    r"\bsentenced\s+(?:[^.;]{1,60}?\s)?to\s+(?:life\b|(?:[\w-]+\s+){1,3}?(?:years?|months?)\b)",
    re.I,
)
# What tells custody taken, not a term served: "jailed on a murder charge", "jailed in lieu of".
JAILED_ON = re.compile(r"\s+(?:\w+\s+)?(?:on|in\s+lieu|pending|without|after|awaiting)\b", re.I)
# Custody told as a state still to come: "will be charged once he is in custody", "until she
# is behind bars" (not "after he was arrested", custody taken).
_YET_TO_COME = re.compile(
    r"\b(?:once|when|whenever|until|unless|if|after|before|as\s+soon\s+as)\s+(?:he|she|they|"
    r"(?-i:[A-Z])[\w'’-]+)\s+(?:\w+\s+)?\Z",
    re.I,
)


def yet_to_come(text: str, match: re.Match[str]) -> bool:
    """Whether the custody `match` in `text` is a present state told as a condition still to
    be met."""
    return match.group(0)[:3].lower() in ("is ", "are") and bool(
        _YET_TO_COME.search(text, max(0, match.start() - 40), match.start())
    )
