"""The cue patterns that decide, from the words around a name, what a sentence says of that
person: that he is a suspect (arrested, charged, sought, named as the one who did it), said
before or after his name, in a relative clause or a headline. `people.Cast` applies them;
this module only states them. The cues said before a name
are in `cues_before.py`, those that make an official or a headline's name a suspect in
`cues_officials.py`, the key words that gate them all in `cue_words.py`; whom a mention
stands with or for (lists, pronouns, titles, unnamed further suspects) is in
`reference_cues.py`."""

from __future__ import annotations

import re

from casefile.extraction.patterns import compile_scan

# Passive or perfect forms that need an auxiliary: "X was arrested", "X has been charged".
_PASSIVE_CUE = (
    r"(?:charged|arrested|re-?arrested|indicted|accused|booked|convicted|"
    # "taken into federal custody", not a child "taken into protective custody".
    r"taken into (?!protective\b)(?:[\w-]+ )?custody|"
    # "is alleged to have sold", "will be tried as an adult" (not "had tried to flee", nor a
    # past case's "was tried for the murder of").
    r"(?:alleged|suspected) to have|(?:believed|thought|said) to (?:be|have been) involved|(?<=being )sought|sought (?:by|for|in connection)|(?<=be )tried\b(?!\s+to\b)|(?<=being )tried|"
    r"tried as an? (?:adult|juvenile)|"
    # "placed under arrest"; "linked to the shooting"; "believed (to be) responsible".
    # "may be linked to other crimes", "is connected to the disappearance of".
    r"placed under arrest|(?:(?:linked|tied|connected) to|implicated in) (?:the|a|an|two|three|four|several|other|"
    r"more|multiple|at least|\d+) (?:[\w-]+ ){0,2}?(?:shooting|killing|death|robbery|homicide|murder|"
    r"stabbing|attack|crash|fire|robberies|shootings|killings|burglar(?:y|ies)|case|crime|"
    r"disappearance|rape|assault|arson|kidnapping)s?|(?:believed|thought) "
    r"(?:to be )?responsible|responsible for (?:the|a|an|his|her|their|two|three|four|several|"
    r"other|more|multiple|at least|\d+)|considered armed|"
    # Held by the law, not "held hostage" or "held at gunpoint".
    r"found guilty|sentenced|placed on (?:[\w-]+ ){0,4}?(?:probation|house arrest|community control)|"
    r"held(?!\s+(?:hostage|captive|at\s+(?:gun|knife)point|against|down|"
    r"back|up)\b)|arraigned|captured|recaptured|apprehended|detained|jailed|"
    r"nabbed|caught(?!\s+(?:in\s+(?:the\s+)?crossfire|up\s+in|between|fire|on\s+(?:camera|video))\b)|"
    r"(?:taken|transported|brought|booked) (?:in)?to (?:the )?(?:[\w-]+ ){0,3}?jail|cited|"
    # "identified by witnesses as the shooter".
    r"identified (?:by (?:[\w-]+ ){1,3}?)?as (?:(?:a|the) )?(?:[\w-]+ )?(?:suspects?|persons? of interest|shooter|gunman|attacker|"
    r"assailant|robber|killer)|a person of interest|a suspect\b(?!['’])|"
    # Not "is the suspect's mother".
    r"the suspect\b(?!['’])|suspected|wanted|acquitted|found not guilty|extradited|remanded|ordered (?:held|detained|jailed)|"
    # "released on a $25,000 unsecured bond", "released on conditional bail", "released
    # Thursday with a $10,000 surety", as Commonwealth courts secure a bail
    r"released (?:(?-i:[A-Z])[a-z]+day )?(?:on|with) (?:(?:a|an|the|his|her|their) )?"
    r"(?:\$[\d,.]+ (?:million )?)?(?:[\w-]+ )?(?:bond|bail|surety)|denied (?:bond|bail)|bound over|"
    # "was released on his own recognizance", "was ordered to pay restitution": what only a
    # court gives a defendant.
    r"released on (?:his|her|their) own recognizance|ordered to pay (?:[\w$,.-]+ ){0,3}?restitution|"
    # "was picked up on a warrant", "was handcuffed", "was locked up", "was cleared of murder".
    r"picked up (?:on (?:an? |the )?(?:[\w-]+ )?warrants?|by (?:the )?(?:[\w.'’-]+ ){0,6}?(?:police|"
    r"officers|deputies|troopers|agents|detectives|authorities|marshals|task force)|"
    r"for questioning)|busted|handcuffed|"
    # Not "cleared of wrongdoing" by an inquiry, which no charge preceded.
    r"locked up|cleared of(?!\s+(?:any\s+|all\s+)?(?:wrongdoing|suspicion|involvement|"
    r"responsibility|misconduct)\b)|"
    # "was refused bail", "was bailed", "was sent to judicial custody", "were sent to 14 days'
    # judicial custody" (an Indian court's remand, told by its length).
    # ("was given a $15,000 surety bond": a bond the court gives, with its sum and kind)
    r"refused (?:bond|bail)|(?:granted|given|issued|assigned) (?:(?:a|an) )?"
    r"(?:\$[\d,.]+ (?:million )?)?(?:[\w-]+ )?(?:bond|bail)\b(?! (?:receipts?|refunds?|money)\b)|bailed|"
    r"sent to (?:(?:\d{1,3}|[a-z]+)[ -]days?['’]? )?(?:judicial |police )?(?:custody|jail|prison)|"
    # In custody, but not "in the custody of" a guardian.
    # After a verdict: "was granted a new trial", "was denied parole", "was exonerated",
    # "was committed to a state psychiatric hospital".
    r"(?:granted|denied|awarded) (?:a )?(?:new trial|parole|clemency|a pardon)|paroled|pardoned|"
    r"exonerated|executed(?! (?:a|the|an|search|warrants?)\b)|released on parole|"
    r"committed to (?:a |the )?(?:[\w-]+ ){0,2}?(?:psychiatric|mental) (?:hospital|facility|"
    r"institution)|"
    r"held (?:over )?for trial|ordered to stand trial|(?:in|back in|into) (?:police |federal )?"
    r"custody(?!\s+of))"
)
# Forms a suspect takes as subject without an auxiliary: "X pleaded guilty", "X faces".
_ACTIVE_CUE = (
    # ("entered a no contest plea", "entered no-contest pleas", "entered his guilty plea": a
    # plea's kind in any number of words)
    r"(?:awaiting (?:trial|sentencing|extradition|arraignment)|pleaded|pled|"
    r"entered (?:(?:a|an|the|his|her|their) )?(?:[\w-]+ ){0,2}?pleas?\b|stands accused|"
    # "escaped from jail", not one harmed who got away ("escaped with burns", "escaped the fire").
    r"escaped(?!\s+(?:with|the|a|an|from\s+(?:the|a|an|her|his|their)\s+(?:burning|fire|flames|"
    r"home|house|car|vehicle|building|blaze|attacker|gunman|suspect)|unharmed|uninjured|"
    r"injury|serious|death|harm|through|by)\b)|"
    # ... told as breaking out of where one is held: "broke out of the county jail", "broke
    # out of a detention center" (not "a fire broke out")
    r"(?:broke|breaks|break|breaking) out of (?:the |a |an )?(?:[\w'’.-]+ ){0,4}?(?:jail|prison|"
    r"lockup|penitentiary|custody|facility|(?:correctional|detention|juvenile) (?:center|centre|"
    r"facility|institution))\b|"
    # "faces charges", "is facing life in prison", not "was facing eviction".
    r"(?:faces|facing)\s+(?:[\w$,.-]+\s+){0,4}?(?:charges?|counts?|trial|life|years?|months?|"
    r"up|a\s+(?:maximum|minimum|possible)|the\s+death|sentencing|prison|jail|deportation|"
    r"extradition|a\s+judge|murder|manslaughter|felony|misdemeanor|federal|state|criminal)\b|"
    # ... told in the past: "faced charges of murder and robbery" (not "faced years of abuse")
    r"faced\s+(?:[\w$,.-]+\s+){0,4}?(?:charges?|counts?|trial)\b|"
    # ("Ann Lee and Bo Tran remain jailed": a list's verb in the plural)
    r"surrendered|turned (?:himself|herself) in|remain(?:s|ed)? (?:in (?:police |federal )?"
    r"custody|jailed|held|incarcerated|locked up)|"
    # "Bo Tran testified in his own defense": only a defendant does.
    r"testified (?:\w+ )?in (?:his|her) own defen[cs]e|took the (?:witness )?stand in (?:his|her) own defen[cs]e|"
    # "a jury found Ann Lee, 41, guilty"; "found" alone ("police found Bo Tran") is no cue.
    # "is a suspect", "is the prime suspect", "was the getaway driver", "was the triggerman",
    # also in the police's quoted words ('is "a person of interest"').
    r"guilty|is [\"“]?(?:a )?(?:suspect|person of interest)|(?:is|was) [\"“]?(?:the|a) (?:[\w-]+ )?(?:suspect|"
    r"person of interest|getaway driver|triggerman|lookout|ringleader|mastermind)\b(?!['’])|"
    # "caught on camera stealing a car": the act the recording shows.
    r"(?:was )?caught on (?:camera|video|tape|surveillance(?: video)?) (?:stealing|breaking|robbing|"
    r"shooting|attacking|assaulting|punching|beating|kicking|vandalizing|setting|taking|grabbing)|"
    r"faces?\s+(?:[\w-]+\s+){0,3}?charges?|handed (?:himself|herself) (?:over|in)|"
    r"gave (?:himself|herself) up|posted (?:(?:his|her|a|the)\s+\$[\d,.]+(?:\s+million)?\s+(?:(?:cash|surety)\s+)?)?(?:bond|bail)(?!\s+for\b)|(?:went|goes|is|was) on trial|stood trial|"
    # ("appeared before Judge Anna Reyes", "before District Judge Bo Tran": a judge by name)
    r"confessed|appeared (?:\w+ ){0,3}?(?:in court|before (?:a|the) judge|"
    r"before (?-i:(?:[A-Z][a-z]+ )?(?:Judge|Justice|Magistrate) [A-Z][\w'’-]+)|in (?:[\w.-]+ ){0,3}?court|"
    r"for (?:an? |his |her )?(?:hearing|arraignment|trial)|"
    # ... on what he is accused of, the court left to the sentence before: "appeared on
    # Tuesday on charges of fraud", "appeared to face a charge of arson".
    r"(?:on|to face|to answer) (?:an? |\w+ )?charges? (?:of|over|relating)\b|"
    # ... "at" a court, as British, Irish and Australian reports write it: "appeared at
    # Leeds Magistrates' Court" (not "appeared at a news conference outside the court")
    r"at (?!an? )(?:(?!outside\b|near\b)[\w.'’-]+ ){0,4}?(?:court|courts|Bailey)\b|"
    # ... by video from where he is held: "appeared by video from the county jail"
    r"(?:by|via|over) (?:[\w-]+ ){0,2}?(?:video|videolink|link|camera) from (?:the |a )?"
    r"(?:[\w.'’-]+ ){0,4}?(?:jail|prison|detention (?:center|centre|facility)|correctional "
    r"(?:center|centre|facility|institution)|cells|custody)\b)|"
    r"made (?:his|her) (?:first |initial )?"
    r"(?:court )?appearance|stood before (?:a|the) judge|waived (?:extradition|(?:his|her) right)|"
    r"not guilty|"
    # "Bo Tran will face trial", "could face the death penalty", "will stand trial".
    r"face\s+(?:trial|(?:the\s+)?death penalty|life|up to|sentencing|(?:[\w-]+\s+){0,3}?"
    r"(?:charges?|counts?)|(?:[\w.'’-]+\s+){0,3}?court)|stand trial|"
    # "Bo Tran is in the county jail" (not "was in jail at the time": another matter), and
    # "was already in the county jail when the murder charge was filed": held then, and still.
    r"(?:is|are|remains?|remained|sits?|sat|(?:was|were)(?=\s+already\b))\s+"
    r"(?:(?:still|now|already)\s+)?(?:in|behind)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:jail|bars|detention (?:center|facility)|prison)|"
    # "Ann Lee took a plea deal", "agreed to cooperate with prosecutors", "was released after
    # serving four years": what only a defendant does.
    r"(?:took|accepted|reached|struck|signed)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?plea\s+(?:deal|agreement|"
    r"bargain)|(?:cooperated|agreed\s+to\s+cooperate|is\s+cooperating)\s+with\s+(?:federal\s+|"
    r"state\s+)?(?:prosecutors|investigators|the\s+government)|(?:was\s+)?released\s+(?:from\s+"
    r"(?:prison|jail)\s+)?after\s+serving|"
    # "Bo Tran remains at large", "is due in court", "is set to appear before a judge".
    r"(?:remains|remained|is still|was still|is|was)\s+(?:at large|on the run|on the loose)|due (?:back )?in court|"
    r"to appear (?:\w+ ){0,3}?(?:in court|before (?:a|the) judge|in (?:[\w.-]+ ){0,3}?court)|"
    # "Bo Tran will appear before Leeds Magistrates' Court".
    r"will appear (?:\w+ ){0,3}?(?:in court|before (?:a |the )?(?:[\w.'’-]+ ){0,3}?(?:judge|"
    r"court|magistrates?)|(?:in|at) (?:[\w.'’-]+ ){0,3}?court)|"
    # "admitted to robbing", "admitted to grand larceny", not "admitted to the hospital".
    # "admitted guilt", "admitted two counts of arson", "admitted a single count of fraud": a
    # plea in other words.
    r"admitted (?:(?:to )?\w+ing|(?:(?:his|her) )?(?:guilt|role)|responsibility|(?:to )?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|all|both|the|several)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:counts?|charges?)\b)|"
    r"admitted to (?!(?:(?:the|a|an|[\w'’-]+)\s+){0,3}?(?:hospitals?|intensive|icu|medical|trauma|"
    r"emergency|rehab|rehabilitation|treatment|facility|program|school|college|university|"
    r"academy|bar|practice|psychiatric|ward|unit|clinic|care|shelter|nursing|centers?)\b)|"
    # "Bo Tran remains hospitalized under police guard"; "taken in for questioning".
    r"(?:(?:remains|remained|is|was)\s+(?:[\w-]+\s+){0,3}?)?under (?:police|armed) guard|"
    r"(?:taken|brought) in for questioning|detained for questioning|"
    # "Bo Tran is serving life in prison for the killing".
    # "Bo Tran maintains his innocence", "is appealing his conviction", "has denied the
    # allegations", "died in prison".
    r"(?:maintains|maintained|has maintained|proclaimed|professes) (?:his|her) innocence|"
    r"(?:is appealing|appealed|plans to appeal|will appeal) (?:his|her) (?:conviction|sentence|"
    r"verdict)|(?:has |had )?(?:denied|denies) (?:the |all |any |both |each )?(?:allegations?|charges?|"
    r"counts?|offences?|offenses?|wrongdoing)|"
    # the plea a British trial report tells in the present: "Bo Tran denies murder"
    r"(?:denies|deny) (?:[\w-]+ ){0,2}?(?:murder|manslaughter|rape|robbery|arson|assault|"
    r"kidnapping|wounding)\b|"
    r"(?:has not|did not|has yet to) enter(?:ed)? a plea|died (?:in|while in) (?:prison|jail|"
    r"custody|police custody|federal custody)|"
    r"(?:is|was|now|currently) serving (?:a |an )?(?:[\w-]+ ){0,3}?(?:sentences?|years?|life|"
    r"terms?)\b|"
    # "Bo Tran remains a person of interest", "is considered a suspect", "emerged as a suspect".
    r"(?:remains|remained|considered|became|become|emerged as|listed as|named|deemed|"
    r"regarded as|called)\s+[\"“]?(?:a|the|an)\s+(?:[\w-]+\s+)?(?:suspect|person of interest)\b(?!['’])|"
    # "Bo Tran was the driver who fled the crash".
    r"(?:is|was)\s+the\s+(?:[\w-]+\s+)?(?:man|woman|person|teen|driver|gunman|shooter)\s+who\s+"
    r"(?:(?:allegedly|then|later)\s+)?(?:fled|shot|stabbed|struck|hit|killed|robbed|attacked|"
    r"fired|set|drove|ran)\b|"
    # "Bo Tran is the man police say shot two officers".
    r"(?:is|was) the (?:man|woman|person|teen|driver) (?:who )?(?:police|investigators|"
    r"authorities|prosecutors|detectives) (?:say|said|believe|allege)|"
    # "Bo Tran drove his car into a crowd", "was driving the pickup that struck".
    r"drove (?:his|her|a|the) (?:[\w-]+ ){0,2}?(?:car|vehicle|truck|pickup|suv|van|sedan|"
    r"motorcycle) (?:into|onto|through)|was driving (?:the|a) (?:[\w-]+ ){0,2}?(?:car|vehicle|"
    r"truck|pickup|suv|van|sedan|motorcycle) that (?:struck|hit|killed|ran over)|"
    # "Bo Tran, 39, received seven years", "was handed a suspended sentence of 18 months": a
    # term is only ever given to the one convicted.
    r"(?:received|was given|was handed|got)\s+(?:[\w-]+\s+){0,4}?(?:years?|months?|sentence|life|"
    r"probation)\b)"
)
AUX = (
    r"(?:is|was|has|had|have|were|are|will|would|be|being|been|also|previously|later|initially|"
    r"then|now|currently|still|allegedly|reportedly|eventually|safely|originally|subsequently|"
    r"formally|officially|expected|to|set|due|scheduled|likely|could|may|might|each|both|all|"
    # "has since been charged", "were first charged", "got arrested", "jointly charged".
    r"since|again|first|got|gets|get|getting|quickly|immediately|finally|ultimately|promptly|swiftly|"
    r"jointly|separately|federally|criminally|recently|soon|already|should|must|instead|"
    # a charge still standing: "remains charged with child neglect"
    r"remains|remained)"
)
# The period of an abbreviation inside an aside: "of St. Louis, Mo.,", "a.k.a. "Red,"".
_ABBREVIATION_DOT = (
    r"(?-i:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.)|"
    r"(?<=\ba)\.(?=k\.a\.)|(?<=\ba\.k)\.(?=a\.)|(?<=\ba\.k\.a)\."
)
# What may stand between a name and its verb: ", 31, of Dayton," / ", the man accused".
APPOSITIVE = (
    # "Bo Tran of Dayton, 31,"; "Bo Tran, also known as "Red,"": a comma inside the quote.
    r"(?:,\s*(?:age\s+)?\d{1,3}(?:,\s*of\s+(?-i:[A-Z])[\w.]*(?:\s(?-i:[A-Z])[\w.]*)*)?,?"
    r"|\s+of\s+(?-i:[A-Z])\w+(?:\s(?-i:[A-Z])\w+)?(?:,\s*(?:(?:age\s+)?\d{1,3}|(?-i:[A-Z])[\w.]+(?:\s(?-i:[A-Z])\w+)?))?,?"
    r"|,[^.;]{0,90}?,[\"”]?"
    # Only an aside with a period before its closing comma is read letter by letter.
    r"|,(?=[^,;]{0,60}?\.[^;]{0,60}?,)(?:[^.;]|" + _ABBREVIATION_DOT + r"){0,90}?,[\"”]?"
    # "Bo Tran (31)", "Bo Tran (pictured)", and a home town after it as Irish and British
    # reports give it ("Bo Tran (31), from Elgin, Co Kerry,"); "Bo Tran — all of Newark —
    # faces": an aside between dashes.
    r"|\s+\([^()]{1,40}\)(?:,[^.;()]{0,90}?,|,)?|\s*[—–]\s*[^.;—–]{1,60}?\s*[—–]"
    # "Five others — Ann Lee, Bo Tran and Cal Ng — were charged": the dash that closes an aside
    # of names opened before them.
    r"|\s*[—–](?=\s+(?:were|are|have|had|was|is|also|each|all|both)\b))?"
)
# Words of the name's own clause before a second verb ("Bo Tran fled and was arrested"); a
# speech verb makes the name the speaker of what follows ("Bo Tran said he was arrested").
_CLAUSE_WORDS = r"(?:(?!(?:said|says|told|stated|added|explained|wrote)\b)[\w’'-]+\s+)"
_OWN_CLAUSE_WORDS = (
    r"(?:(?!(?:said|says|told|stated|added|explained|wrote|when|while|as|after|because|where|"
    r"who|whom|whose|that|which|until|before|since|if|though|although|and|but|or)\b)[\w’'-]+\s+)"
)
# Being taken or charged: what only befalls a suspect ("before being arrested").
_CAUGHT = (
    r"(?:arrested|charged|booked|indicted|taken into (?!protective\b)(?:[\w-]+ )?custody|"
    r"captured|apprehended|detained|caught|convicted|jailed)\b"
)
# What a suspect does to a victim, said actively.
_HARM_DONE = (
    r"(?:shot|stabbed|strangled|opened fire|fired (?:[\w-]+ ){0,2}?(?:shots|rounds)|fired at|attacked|assaulted|robbed|raped|"
    r"kidnapped|abducted|carjacked|struck|hit|ran over|set fire|killed|beat|punched|choked|"
    r"poisoned|drowned|smothered|suffocated|torched|molested|slashed|bludgeoned|ambushed)\b"
    r"(?!\s+(?:himself|herself|themselves|by)\b)"
    # (not "found Bo Tran shot once in the head": a wound told by where it is, done to him)
    r"(?!\s+(?:(?:once|twice|several times|multiple times|repeatedly)\s+)?(?:in|to)\s+the\s+"
    r"(?:head|chest|back|neck|face|legs?|arms?|abdomen|stomach|shoulders?|hands?|feet|foot|"
    r"torso|side|buttocks|thighs?|groin|hip|knee)\b)"
)
# What a suspect does that is a crime without harm to a body, said actively: "Bo Tran
# embezzled $40,000", "Bo Tran, 29, of Dayton, sold fentanyl" (not "sold the house").
_CRIME_DONE = (
    r"(?:stole|stolen|embezzled|defrauded|swindled|scammed|conspired|smuggled|trafficked|"
    r"burglarized|broke into|vandalized|laundered|extorted|bribed|"
    # "Bo Tran masterminded the robbery", "hired two men to kill his wife".
    r"(?:masterminded|orchestrated|plotted|planned) (?:the|a|an) (?:[\w-]+ )?(?:scheme|plot|robbery|"
    r"killing|attack|heist|fraud|murder|kidnapping|shooting|ambush|theft)|hired (?:[\w-]+ ){1,3}?"
    r"to (?:kill|murder|shoot|attack|beat)|lured (?:the|a|an|his|her) (?:[\w-]+ )?(?:victim|man|"
    r"woman|girl|boy|teen)|"
    r"set (?:the|a|several) (?:[\w-]+ )?fires?(?!\s+(?:alarms?|pits?|place|extinguishers?|"
    r"department|trucks?|drills?)\b)|"
    # "Bo Tran was driving drunk when he hit", "fled the scene".
    r"(?:was )?driving (?:drunk|while (?:intoxicated|impaired)|under the influence)|"
    # "fled the scene of the crash", not a witness who "fled the scene in terror".
    r"fled the scene (?:of (?:the|a) (?:crash|collision|accident|wreck|hit-and-run)|before police|"
    r"on foot|in (?:a|an|his|her|the) (?:[\w-]+ )?(?:car|vehicle|truck|suv|sedan|van|pickup))|"
    r"(?:sold|distributed|supplied|dealt) (?:[\w-]+ ){0,3}?(?:fentanyl|heroin|cocaine|"
    r"methamphetamine|meth|drugs|narcotics|firearms|guns|pills|marijuana|crack|opioids|"
    r"oxycodone|weapons))\b"
)
# "Bo Tran pulled a gun and demanded cash": a robbery told by its acts.
_ROBBERY_DONE = (
    r"(?:(?:pulled|pointed|brandished|displayed) (?:a|an|his|her) (?:[\w-]+ )?(?:gun|handgun|"
    r"pistol|rifle|knife|weapon|firearm)|demanded (?:cash|money|the|his|her)|held up"
    # (not what one shows: "held up a photo of her daughter", "held up signs at the vigil")
    r"(?!\s+(?:(?:a|an|the|his|her|their|two|several)\s+)?(?:[\w-]+\s+){0,2}?(?:photos?|"
    r"photographs?|pictures?|portraits?|signs?|posters?|banners?|candles?|phones?|hands?)\b))\b"
)
# What a suspect did, said actively: harm, a crime without harm, a robbery told by its acts.
DEED = r"(?:" + _HARM_DONE + r"|" + _CRIME_DONE + r"|" + _ROBBERY_DONE + r")"
# A description's relative clause that tells the deed: "a man who opened fire at a store",
# "the driver who police say struck a cyclist".
DESCRIBED_DOER = compile_scan(
    r"\A,?\s+(?:who|that)\s+(?:(?:police|authorities|investigators|prosecutors|they)\s+"
    r"(?:say|said|believe|allege)\s+)?(?:(?:allegedly|then|later)\s+)?(?:fatally\s+)?"
    + DEED
    # "a man suspected of robbing a bank", "a man wanted in a killing".
    + r"|\A,?\s+(?:suspected|accused)\s+of\b|\A,?\s+wanted\s+(?:in|for|on)\b"
    # "one of three people arrested in the shooting", "a man charged Friday": a participle
    # that tells what was done to the description (not "a man charged at officers").
    r"|\A\s+(?:arrested|indicted|detained|booked|jailed|taken\s+into\s+custody|"
    r"charged(?!\s+(?:at|toward|towards|into)\b))\b",
    re.IGNORECASE,
)
# "Ann Lee, who was charged", "Ann Lee, charged with": said of the name itself.
# The age and home town a relative clause may follow: "Bo Tran, 22, of Elgin, charged with".
_AGE_HOME = r"\A(?:,\s*\d{1,3})?(?:,\s+of\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?"
_CUE_RELATIVE = (
    # The age and home town are read once for every form below.
    _AGE_HOME + r",\s+(?:"
    # "Bo Tran, 22, who they believe fired the shots": what the police say he did.
    r"who\s+(?:police|they|investigators|authorities|detectives|"
    # Not "who police say was trafficked": what was done to him.
    r"prosecutors|officers|deputies)\s+(?:say|said|believe|believed|allege|alleged)\s+"
    r"(?:(?!(?:was|were|is|had|been)\b)\w+\s+)?"
    + DEED
    # "for Ann Lee, the former bookkeeper accused of stealing": a description said of her (not
    # "Ann Lee, the mother of the man charged": another's)
    + r"|(?:the|a)\s+(?:(?!of\b|who\b|whose\b)[\w.'’-]+\s+){0,5}?(?:accused|charged|suspected|indicted)\s+"
    r"(?:of|with|in)\b" + r"|(?:who (?:is|was|were|are|has been|had been|have been) )?"
    r"(?:(?:also|later|then|since|previously|now|still)\s+)?(?:charged|accused|arrested|wanted|"
    # "Bo Tran, suspected of killing his wife,", "Bo Tran, now on trial in the killing,".
    r"indicted|suspected|convicted|on trial|jailed|held (?:on|without|in)|facing (?:[\w-]+ ){0,3}?"
    r"(?:charges?|counts?|trial))\b"
    # "Bo Tran, who pleaded guilty in March,", "Bo Tran, who faces charges": a relative clause
    # says of the name what a sentence with it as subject would.
    r"|who\s+(?:(?:" + AUX + r")\s+)+" + _PASSIVE_CUE + r"\b"
    r"|who\s+(?:(?:" + AUX + r")\s+)*" + _ACTIVE_CUE + r"\b"
    # "Bo Tran, whose trial begins Monday,": a defendant's trial, arrest or bail.
    r"|whose\s+(?:[\w-]+\s+)?(?:trial|sentencing|arraignment|arrest|conviction|"
    r"indictment|bond|bail|defense\s+(?:attorney|lawyer)|public\s+defender)\b"
    # "Bo Tran, whom police arrested Friday,".
    r"|whom\s+(?:police|they|investigators|authorities|detectives|"
    r"prosecutors|officers|deputies|troopers|agents)\s+(?:\w+\s+)?(?:arrested|charged|"
    r"accuse|accused|indicted|detained|sought|identified as)\b)"
)
CUE_AFTER = compile_scan(
    r"\A" + APPOSITIVE + r"\s+(?:"
    # "Police identified Bo Tran, 30, as the man who fatally stabbed Ann Lee": the one who did it
    r"as the (?:[\w-]+ ){0,2}?(?:man|woman|person|teen|teenager|driver|boy|girl|one) (?:who|that) "
    r"(?:(?:police|authorities|investigators|prosecutors|detectives) (?:say|said|believe) )?"
    r"(?:(?:allegedly|fatally) )?"
    + DEED
    + r"|(?:the|a) (?:[\w-]+ ){0,2}(?:man|woman|teen|teenager|suspect|"
    r"defendant) (?:who (?:is|was) )?"
    + _PASSIVE_CUE
    + r"|(?:"
    + AUX
    + r"\s+)+"
    + _PASSIVE_CUE
    + r"|(?:"
    + AUX
    + r"\s+)*"
    + _ACTIVE_CUE
    + r"|"
    + _CLAUSE_WORDS
    + r"{1,8}?(?:and|but)\s+(?:"
    + AUX
    + r"\s+)+"
    + _PASSIVE_CUE
    # "Bo Tran fled the scene but turned himself in days later".
    + r"|"
    + _CLAUSE_WORDS
    + r"{1,8}?(?:and|but)\s+(?:(?:later|then|eventually)\s+)?"
    r"(?:surrendered|turned (?:himself|herself) in|pleaded|pled|remains at large|"
    # "Bo Tran was treated at a hospital and faces charges of assault".
    r"(?:faces|is facing|will face) (?:[\w-]+ ){0,3}?(?:charges?|counts?))"
    # "Bo Tran will be returned to Dayton to face a murder charge", "flew home to stand trial":
    # a purpose only someone accused has.
    + r"|"
    + _CLAUSE_WORDS
    + r"{1,8}?to\s+(?:face\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?|trial)|stand\s+trial)\b"
    # "Deputies tracked down Bo Tran and arrested him", "found Bo Tran hiding in an attic and
    # took him into custody": the custody the same subject then took him into.
    + r"|(?!['’])(?:[\w-]+\s+){0,6}?and\s+(?:(?:later|then|quickly|eventually)\s+)?(?:arrested|"
    r"detained|handcuffed|booked|charged|jailed|took)\s+(?:him|her)\b"
    # "Bo Tran admitted to detectives that he struck her": he owns the deed (not "told
    # detectives he struck her", which a victim says of the one who hit her).
    + r"|(?:"
    + AUX
    + r"\s+)*admitted\s+(?:to\s+(?:the\s+)?(?:police|detectives|investigators|officers|"
    r"deputies|troopers|agents|authorities)\s+)?(?:that\s+)?(?:he|she)\s+(?:had\s+)?"
    + DEED
    # "Bo Tran was stopped and arrested": a second participle after the auxiliary.
    + r"|(?:"
    + AUX
    # "Bo Tran was stopped by troopers and placed under arrest": a phrase between (or two: "by
    # troopers on the interstate").
    + r"\s+)+[\w-]+\s+(?:(?:by|in|at|on|near|after|outside|inside|through|from|with|during|following|"
    r"using)\s+(?:(?!and\b)[\w-]+\s+){1,3}?){0,2}"
    r"and\s+(?:(?:later|then)\s+)?"
    + _PASSIVE_CUE
    # "Bo Tran allegedly fired": what the report says he did (not "was allegedly shot").
    + r"|allegedly\s+(?!(?:was|were|been|being|had|has)\b)[a-z]+"
    # "Bo Tran shot and killed Ann Lee", "Bo Tran allegedly stabbed her": the one who did
    # it (not "was shot", which the auxiliary would make passive, nor "shot himself").
    + r"|(?:(?:allegedly|then|later|also|has|had)\s+)?(?:fatally\s+)?"
    + DEED
    # "Bo Tran is believed to have fired the shots".
    + r"|(?:"
    + AUX
    + r"\s+)+(?:believed|thought|said)\s+to\s+have\s+(?:\w+ly\s+)?"
    + DEED
    # "Bo Tran led police on a chase before being arrested".
    + r"|"
    + _CLAUSE_WORDS
    + r"{1,12}?(?:before|after|until)\s+(?:being|getting)\s+"
    + _CAUGHT
    # "Bo Tran went to the station with his lawyer Monday and was booked": a longer clause
    # before the second verb, when none of its words opens another clause with its own subject.
    + r"|"
    + _OWN_CLAUSE_WORDS
    + r"{9,14}?(?:and|but)\s+(?:"
    + AUX
    + r"\s+)+"
    + _CAUGHT
    # "Bo Tran and five others were charged": the cue is said of him with the rest.
    + r"|and\s+(?:(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:others|people|men|women|suspects|defendants|co-defendants|"
    r"accomplices|juveniles|teens|teenagers|individuals|"
    # "Bo Tran, 19, and a 16-year-old boy broke into the store", "and another man were".
    r"(?:(?<=\ba )|(?<=\ban )|(?<=\banother ))(?:[\w-]+\s+)?(?:boy|girl|man|woman|teen|teenager|juvenile|minor|friend|"
    r"companion|accomplice))\b(?:,[^.;]{0,60}?,)?\s+(?:(?:"
    + AUX
    + r"\s+)+"
    + _PASSIVE_CUE
    + r"|(?:"
    + AUX
    + r"\s+)*"
    + _ACTIVE_CUE
    + r"|(?:(?:allegedly|then|later|also)\s+)?"
    + DEED
    + r")"
    # "Bo Tran, 20, was one of five people arrested": one of a group the cue is said of.
    + r"|(?:"
    + AUX
    + r"\s+)+(?:one of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:people|persons|men|women|"
    r"suspects|defendants|teens|teenagers|individuals|others|those)\s+(?:\w+\s+)?"
    r"(?:arrested|charged|indicted|accused|detained|taken into custody)" + r")\b|"
    # "Bo Tran's arrest", "Bo Tran's defense attorney".
    # Not "protests over Bo Tran's death posted bail": whose death is no one's bail.
    # "Bo Tran's murder conviction" is his, "Bo Tran's murder" not.
    # Nor "spared Ann Lee's family a trial": her kin's, not hers.
    r"\A['’]s?\s+(?!(?:family|families|relatives|loved\s+ones|parents|mother|father|son|"
    r"daughter|children|kids|wife|husband|sister|brother|widow|friends)\b)"
    r"(?:(?:(?!(?:death|killing|murder|slaying|shooting|funeral)\b(?!\s+(?:conviction|"
    r"trial|case|charges?|sentencing|indictment|arraignment|appeal)\b))[\w-]+\s+){0,2}?(?:arrest|"
    r"arraignment|indictment|conviction|sentencing|appeal|parole|guilty plea|confession|"
    # Lower case: "State's Attorney Ann Lee" is a title.
    # "Bo Tran's defense argued": his defense in court (not a player's defense).
    r"trial|defense(?: (?:attorney|lawyer|team)| (?=(?:asked|argued|said|says|contends|contended|"
    r"claimed|claims|filed|moved|rested|called|presented|objected)\b))|public defender|bond|bail|co-defendants?|"
    r"co-conspirators?|accomplices?|booking\s+(?:photo|photograph|image|picture)|mug\s?shot)\b|"
    # Not a lawyer who sues: "Ann Lee's attorney filed a wrongful death lawsuit".
    r"(?-i:attorneys?|lawyers?)\b(?![^.;]{0,80}\b(?:lawsuit|suit|sued|suing|civil|wrongful|claims?|"
    r"settlement)\b))|"
    # "Bo Tran, 24, is shown in this booking photo": only the arrested are booked.
    r"\A(?:,\s*\d{1,3},?)?\s+(?:is|was|are|were)\s+(?:shown|seen|pictured)\s+in\s+(?:a|an|this|"
    r"the|these|his|her)\s+(?:[\w-]+\s+)?(?:booking\s+(?:photo|photograph|image|picture)|"
    r"mug\s?shot)s?\b|"
    # "Investigators consider Bo Tran, 22, a person of interest", "police call Bo Tran a suspect".
    r"\A(?:,\s*\d{1,3},?)?\s+(?:a|the)\s+(?:[\w-]+\s+)?suspect\b(?!['’])|"
    r"\A(?:,\s*\d{1,3})?,?\s+(?:a|the)\s+(?:[\w-]+\s+)?person of interest\b|"
    # "Police named Bo Tran as the suspect".
    r"\A(?:,\s*\d{1,3},?)?\s+as\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:suspects?|person of interest|"
    r"shooter|gunman|killer|attacker|assailant|robber)\b(?!['’])|"
    # "the judge ordered Bo Tran held without bail", "Bo Tran held on $1 million bond".
    r"\A(?:,\s*\d{1,3},?)?\s+(?:held|detained|jailed)\s+(?:without\s+(?:bail|bond)|on\s+(?:a\s+)?"
    r"\$?[\d,.]+\s+(?:million\s+)?(?:bail|bond)|in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?jail)\b|"
    # "ordered Bo Tran, 41, detained", "remanded Bo Tran in custody" said with the name's object
    # verb alone ("held" alone is anyone's: "Bo Tran held the door")
    r"\A(?:,\s*\d{1,3},?)?\s+(?:detained|remanded)(?=\s*[.,;]|\s+(?:pending|until|without|"
    r"in|on)\b)|"
    # "police took Bo Tran into custody", "troopers placed Bo Tran under arrest".
    r"\A(?:,[^.;]{0,60}?,)?\s+(?:into custody|under arrest)\b|"
    # "Bo Tran, the man charged with", "Bo Tran, a teen wanted in", also said by the verb
    # "is": "Bo Tran, 25, is the second man charged in the case".
    r"\A(?:,\s*\d{1,3})?(?:,|,?\s+(?:is|was)(?:\s+now)?)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|teen|teenager|"
    r"person|driver|boy|girl|youth)\s+(?:who\s+(?:is|was|has been|had been)\s+)?"
    r"(?:(?:also|now|later)\s+)?" + _PASSIVE_CUE + r"\b|"
    # "Bo Tran, the defendant,", "Bo Tran, a co-defendant," (not "the accused's mother").
    r"\A(?:,\s*\d{1,3})?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:defendant|"
    r"co-defendant|accused)\b(?!['’])|"
    # "Bo Tran, one of the suspects,", "Bo Tran, one of three men charged".
    r"\A(?:,\s*\d{1,3})?,\s+(?:one of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:suspects|"
    r"defendants|co-defendants|accused|(?:people|persons|men|women|teens|teenagers|"
    r"individuals|others)\s+(?:\w+\s+)?(?:arrested|charged|indicted|accused|detained))\b|"
    # "Bo Tran, 45, the alleged shooter,", "Bo Tran, an accused drug dealer,".
    r"\A(?:,\s*\d{1,3})?,\s+(?:the|an?)\s+(?:alleged|accused|suspected|confessed)\b|"
    + _CUE_RELATIVE,
    re.IGNORECASE,
)
# Only a relative clause says something of a name that is the object of a preposition: in
# "the parents of Ann Lee, who ..., pleaded guilty" the parents pleaded, not Ann Lee.
CUE_RELATIVE_ONLY = re.compile(_CUE_RELATIVE, re.IGNORECASE)
