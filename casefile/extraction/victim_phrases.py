"""The wordings that tell of a victim described without a name, read by extraction/victims.py:
each pattern of harm said of a description (its role words, "a clerk", "his 2-month-old son",
are in victim_roles.py) ("a man was shot", "killing a woman", "the driver ... died", "an
81-year-old woman lost $40,000"). The key words that gate each pattern, and how the victim a
pattern finds relates to those found before, are in victim_gates.py."""

from __future__ import annotations

import re

from casefile.extraction.harm_words import ESCAPED_PLACE, NOT_UNHARMED
from casefile.extraction.patterns import compile_scan
from casefile.extraction.victim_roles import (
    AGE_WORD,
    APPOSED_NAME_OR_AGE,
    BODY_PART,
    DESCRIBING,
    ROLE,
    YOUNG_OR_OLD,
)
from casefile.extraction.victim_verbless import verbless_victim
from casefile.extraction.victim_wording import (
    aged_role,
    fraud_victim,
    money_lost,
)

# Taken for care: "was airlifted to a trauma center", "was treated at the scene before being
# taken to hospital"; to a hospital told by its name alone, in a condition ("was taken to
# Regional One Health in critical condition") or with the wounds told ("was taken to Eastby
# Health Northgate with life-threatening injuries").
TAKEN_FOR_CARE = (
    r"(?:treated\b[^.;,]{0,60}?\s(?:before\s+being|and)\s+)?"
    r"(?:airlifted|flown|rushed|taken|transported|brought) to [^.;,]{0,50}?\b(?:(?:hospital|"
    r"medical center|trauma center|burn (?:center|unit))|in (?:critical|serious|grave|stable|fair|"
    r"non-critical|non-life-threatening) condition|with (?:[\w-]+\s+){0,3}?(?:injuries|wounds|burns))"
)
INDEFINITE_VICTIM = compile_scan(
    # the role, or an age standing for one ("a 16-year-old was shot in the leg")
    rf"\b(?:a|an|another)\s+(?P<desc>{DESCRIBING}{{0,5}}?{ROLE}|\d{{1,3}}-year-old)\b"
    # "a mother of two was killed"
    r"(?:\s+of\s+(?:two|three|four|five|six|seven|\d{1,2})\b)?"
    # "A man and a woman were found shot to death"
    rf"(?:\s+and\s+(?:a|an)\s+(?P<desc2>(?:\d{{1,3}}-year-old\s+)?{ROLE})\b"
    # "A woman and her two children escaped the home": the others are counted for themselves
    # (a noun phrase: "A woman and her boyfriend are in jail after a boy was found" is no
    # victim, the verb after it not hers)
    r"|\s+and\s+(?:his|her|their)\s+(?:(?!(?:are|is|was|were|have|has|had)\b)[\w-]+\s+){0,2}?"
    r"(?!(?:are|is|was|were|have|has|had)\b)[\w-]+)?"
    r"(?:,[^.]{0,60}?,)?"
    # "a 45-year-old man standing nearby was wounded"
    # "a passenger in the other car was injured": where the victim was
    r"(?:\s+(?:standing|sitting|walking|waiting|riding|working|passing|nearby|inside|outside|"
    r"in|on|at|aboard|near|from|"
    # "an officer with the Marlow Police Department was shot": whom the victim works for (not
    # "a man with a knife", what he held)
    r"with(?=\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:police|department|office|force|agency|"
    r"service|patrol|district|system|company|firm|county|city)\b))\b"
    # ("a passenger in his truck, a 24-year-old woman, suffered minor injuries")
    # (not a crime it was arrested in: "arrested a man in the killing of a woman who was shot")
    r"(?:(?!\b(?:killing|death|shooting|murder|stabbing|slaying|attack|assault|robbery)\b)"
    r"[^,.;]){0,60}?(?:,[^.]{0,60}?,)?)?"
    # "a friend of Fisher's who tried to break up the fight"
    r"(?:\s+of\s+(?-i:[A-Z])[\w-]+(?:[’']s?)?)?"
    # "a 19-year-old woman who was with him was grazed"
    r"(?:\s+who\s+(?:(?:was|were)\s+(?:with|inside|in|at|near|\w+ing)|"
    # "an off-duty officer who tried to intervene was shot"
    r"(?:tried|attempted|rushed|ran|stepped|went)\s+to|heard|came out|stepped out|ran out|"
    r"walked out|"
    # "a 58-year-old woman who lived in the home suffered burns": where she lived or worked
    r"(?:lived|lives|worked|works|stayed|stays)\s+(?:in|at|there|nearby|next|above|below|with))\b"
    r"[^,.;]{0,40}?(?=\s+(?:was|were|suffered)\b))?"
    # "a 7-month-old girl she had been babysitting was hospitalized": a clause without "who"
    # telling the care the one accused gave
    r"(?:\s+(?:she|he|they)\s+(?:had\s+been|has\s+been|was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:babysitting|caring\s+for|watching|looking\s+after|minding|coaching|teaching|tutoring|"
    r"supervising|raising)\b[^,.;]{0,20}?(?=\s+(?:was|were|suffered|died)\b))?"
    # "A man shot Friday outside a bar has died": the harm told before the death, as a
    # participle
    r"(?:\s+(?:shot|stabbed|struck|hit|injured|wounded|hurt|beaten|burned)\b[^,.;]{0,50}?"
    r"(?=\s+(?:(?:has|have)\s+)?died\b))?"
    r"\s+(?:who\s+)?"
    # "was shot", or "died" with no verb before it
    # "was shot", "had been stabbed", "has died"
    # ("was pulled from her car and dragged several feet": an act before the harm, joined)
    r"(?:(?:was|were|is|(?:has|had|have)\s+been)\s+(?:\w+\s+){0,2}?"
    r"(?:(?!(?:arrested|detained|booked|charged|jailed|apprehended|cited|questioned|"
    r"interviewed|released)\b)[a-z]+ed\s+[^,.;]{0,30}?\s+and\s+)?|(?:(?:has|have)\s+)?"
    r"(?=died\b|suffered\b|escaped\b|succumbed\b|lost (?:his|her) life\b))(?P<what>died|"
    # "A man succumbed to his injuries", "lost his life", "was gunned down"
    r"succumbed|lost (?:his|her) life|gunned down|(?:run|mowed) down|bludgeoned|"
    r"found unresponsive|left paralyzed|in (?:a|an) (?:[\w-]+\s+){0,2}?coma|" + ESCAPED_PLACE + r"|"
    # "a 5-month-old boy in her care suffered a brain bleed"
    # ("a minor burn to his hand", "a cut": an injury told by its one wound)
    r"suffered\s+(?:[\w-]+\s+){0,3}?(?:injur\w*|bleed\w*|fractur\w*|burns?|trauma|wounds?|"
    r"concussion|broken \w+|cuts?|lacerations?|gash(?:es)?|bruis\w*|abrasions?)|not (?:hit|injured|hurt|"
    r"struck)|unharmed|unhurt|"
    r"uninjured|shot and killed|(?:struck|hit|run over) and killed|killed|found dead|found safe|"
    r"fatally (?:shot|stabbed|struck|hit|beaten|wounded|injured|run over)|"
    # "A woman is dead after a shooting" (not "dead set against")
    r"dead(?!\s+(?:set|wrong|serious|end|last)\b)|"
    r"pronounced (?:dead|deceased)|shot and injured|"
    r"(?:shot|stabbed|beaten|strangled) to death|shot dead|shot and wounded|injured|wounded|"
    # "A woman was shot at but not hit": a target (not "shot at and wounded")
    # ("A woman who was shot at was not hit": the miss told after)
    r"shot at(?=\s*[.,;]|\s+(?:but|while|by|from|as|during|through|several|multiple|twice|"
    r"repeatedly|(?:was|were)\s+not\s+(?:hit|struck|hurt|injured|wounded))\b)(?!\s+(?:and|but)\s+(?:was\s+)?(?:wounded|hit|struck|injured|grazed))|shot|"
    r"hurt|stabbed|robbed|sexually assaulted|grazed|pistol-whipped|punched|kicked|choked|run over|"
    r"attacked|bitten|mauled|tied up|bound|held (?:at (?:gun|knife)point|hostage|captive)|"
    # "was pulled from her SUV at gunpoint", "was forced out of his car at knifepoint": a target
    r"(?:pulled|dragged|forced|ordered|yanked)\s+(?:out\s+)?(?:of|from)\s+(?:her|his|their|the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?at\s+(?:gun|knife)point|"
    r"(?:pushed|shoved|knocked|thrown|dragged) (?:down|to the (?:ground|pavement|floor))|"
    # "was pulled from her car and dragged several feet", "dragged behind the car"
    r"dragged(?=\s+(?:(?:\w+\s+){0,2}?(?:feet|yards|blocks|meters|metres)|along|behind|across))|"
    # "was treated at the scene for minor injuries"
    r"treated (?:(?:at|by|in) [^.;,]{0,40}? )?for|"
    # "was found with serious injuries"
    r"found (?:with|suffering from) (?:[\w-]+\s+){0,3}?(?:injur\w*|wounds?|burns)|"
    # "was airlifted to a trauma center", "was left with life-threatening injuries", "was
    # treated at the scene before being taken to hospital"
     + TAKEN_FOR_CARE + r"|"
    r"left with (?:[\w-]+\s+){0,3}?(?:injur\w*|wounds?|burns)|in a coma|"
    r"raped|kidnapped|abducted|assaulted|beaten|struck|hit|hospitali[sz]ed|burned|"
    # "a 14-year-old girl was grabbed while walking home": taken, as one abducted is
    r"grabbed|snatched|"
    # "a 19-year-old employee was threatened with a knife": a target of a weapon (not
    # "threatened with arrest")
    r"threatened (?:with|by) (?:a|an|the|his|her) (?:[\w-]+ ){0,2}?(?:gun|handgun|pistol|"
    r"firearm|rifle|shotgun|knife|blade|machete|weapon|syringe|bat|hammer|axe)|"
    # "A man is in critical condition after ...": a hospital's word for one hurt
    r"in (?:critical|serious|grave|stable) condition|"
    # "was cut on the hand", "was slashed across the face": a cut where the body is named
    r"(?:cut|slashed) (?:on|in|across) the)\b",
    re.I,
)
VICTIM_OBJECT = compile_scan(
    rf"\b(?P<what>(?:fatal|deadly|fatally)\s+(?:\w+\s+)?(?:shooting|stabbing|beating|striking|"
    r"hitting|crash|attack|assault)|fatally (?:shot|shooting|stabbed|stabbing|struck|striking)|"
    r"wounded|wounding|injured|injuring|grazed|grazing|shot|shooting|killed|killing|"
    r"murders?|murdering|murdered|deaths?|slayings?|killings|stabbing|stabbed|beating|beat|"
    r"raping|raped|rape|"
    r"sexually assaulting|sexually assaulted|sexual assault|assaulting|assaulted|kidnapping|"
    r"kidnapped|abducting|abducted|abduction|robbing|robbed|robbery|held up|holding up|attacking|"
    r"attacked|striking|"
    r"struck|hitting|hit|abusing|abused|abuse|torturing|tortured|carjacking|carjacked|molesting|"
    r"molested|pistol-whipped|pistol-whipping|punched|punching|slashed|slashing|choked|"
    r"kicked|kicking|"
    # "cut a clerk on the hand" (a person cut, not "cut a deal")
    r"cut|cutting|"
    r"choking|shaking|shook|running over|ran over|run over|"
    # "drowned her 3-month-old daughter", "smothered his infant son"
    r"drowned|drowning|smothered|smothering|suffocated|suffocating|strangled|strangling|"
    r"poisoned|poisoning|"
    # "accused of fracturing a 7-month-old girl's skull", "broke a boy's arm", "scalded a
    # toddler": harm a body is told to have taken
    r"fracturing|fractured|breaking|broke|scalding|scalded|burning|burned|"
    # harm short of a wound: "stalking his ex-wife", "tracked his former girlfriend"
    r"stalking|stalked|harassing|harassed|tracking|tracked|menacing|menaced|terrori[sz]ing|"
    # "threatened to kill his wife": a target
    r"threatened to (?:kill|shoot|stab|hurt|harm|murder)|threatening to (?:kill|shoot|stab|hurt|harm|"
    r"murder)|"
    r"threatening|threatened|glassing|glassed|"
    # a robbery's target told by what was asked of him: "demanded cash from a 52-year-old
    # employee"
    # a wound told by whom it was done to: "injuries to a 15-year-old boy who was also at
    # the bus stop", "serious injuries to the driver" (not the charge "injury to a child")
    r"injuries\s+to|"
    r"demand(?:ed|ing)\s+(?:cash|money|the\s+cash|his\s+\w+|her\s+\w+|the\s+keys)\s+from|"
    r"terrori[sz]ed)(?:\s+(?:of|on))?"
    # "beat the victim with a hammer"
    # "stabbing Ann Lee's roommate": someone's relation or role, the one harmed
    # "stabbed the student": the one harmed first told with "the" (see victim_first.py)
    r"\s+(?:a|an|another|the other|(?P<the>the)|(?P<det>his|her|their|its|(?-i:[A-Z])[\w-]*[’']s))\s+"
    # not "shot his neighbor's dog": the one whose dog it was
    # (but "grazed a 7-year-old girl's arm": harm to her body is hers)
    rf"(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,4}}?{ROLE})\b(?![’']s?\s(?!{BODY_PART}\b))"
    # "the deaths of his mother and stepfather", "shot a clerk and a customer"
    # "his ex-girlfriend and her new boyfriend"; the first told with her name or age between,
    # "wounded his wife, Ana, 29, and their neighbor"
    rf"(?:(?:{APPOSED_NAME_OR_AGE})?\s+and\s+(?:a|an|his|her|their)?\s*(?P<desc2>(?:\d+-year-old\s+)?{DESCRIBING}{{0,2}}?"
    rf"{ROLE})\b(?![’']s?\s))?",
    re.I,
)
DEFINITE_INJURED = compile_scan(
    # "Her passenger, a 30-year-old man, suffered a broken arm", "his infant daughter suffered"
    # ("The couple's 9-year-old daughter suffered a cut": whose relation she is, by a noun)
    rf"\b(?:the|his|her|their)(?:\s+[a-z][\w-]*[’']s)?\s+(?P<desc>(?:{AGE_WORD}\s+)?(?:{YOUNG_OR_OLD}\s+)?"
    rf"{ROLE})(?:,[^.;]{{0,60}}?,)?\s+"
    # "The driver ... was pulled from his car and suffered a head injury"
    r"(?:(?:was|were)\s+[^.;,]{0,40}?\s+and\s+)?"
    r"(?:suffered|sustained|received|was treated for)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:injury|injuries|cuts?|abrasions?|wounds?|gunshot|broken|fractured?|"
    r"burns?|bruis\w*|lacerations?|gash(?:es)?|concussion)",
    re.I,
)
# A victim referred to by role: "the 34-year-old mother ... was shot in the hand". Not "the
# man", which in crime news is as often the suspect.
DEFINITE_VICTIM = compile_scan(
    # "his infant son", "the 8-year-old girl"
    # (Not the agent of a harm told before: "stabbed by her boyfriend died" is of the one stabbed.)
    # "the girl's grandmother": whose relation she is, told by a noun
    rf"(?:(?<!\bby )\b(?:the|his|her|their)(?:\s+[a-z][\w-]*[’']s)?|\b(?-i:[A-Z])[\w-]*[’']s)\s+"
    rf"(?P<desc>(?:{AGE_WORD}\s+)?"
    # ("the man" only as one told harmed before: victim_first.py)
    rf"(?:(?:{YOUNG_OR_OLD}|injured|wounded)\s+)?"
    # "the store clerk", "the pizza delivery driver": the role told with what it is of (no
    # part in the crime: "the getaway driver")
    rf"(?:(?!(?:getaway|suspected|alleged|accused|armed|masked)\b)(?-i:[a-z])[\w-]+\s+){{0,2}}?{ROLE}|"
    # "The 3-year-old was airlifted to a trauma center"
    r"\d{1,3}-year-old)\b"
    # "the driver of the minivan", "the driver of the other car"
    r"(?:\s+of\s+the\s+(?:[\w-]+\s+)?[\w-]+)?"
    # an appositive, "who" ("the victim, who was shot in the leg"), or nothing
    # ("The woman who was robbed was treated": a relative clause, then the main verb)
    # (not "The woman who was arrested was treated": the suspect)
    r"(?:,[^.;]{0,60}?,\s+|\s+who\s+(?:was|were|had\s+been)\s+"
    r"(?!(?:arrested|charged|booked|detained|jailed|held|indicted|accused|sought|wanted)\b)"
    r"[\w-]+\s+(?=(?:was|were)\b)|"
    r",?\s+who\s+|\s+)"
    # "was bound with zip ties but was not injured", "tried to pull him away and was stabbed"
    r"(?P<bridge>(?:was|were)?[^.;,]{0,40}?\s+(?:and|but)\s+)?"
    # "His wife, Rosa, was badly hurt"; "Her son remains hospitalized" (a state that lasts)
    r"(?:(?:was|were|(?:remains|remained)(?=\s+(?:still\s+)?(?:hospitali[sz]ed|in\s)))\s+(?:also\s+|still\s+)?"
    r"(?:(?:badly|seriously|critically|severely|gravely)\s+)?"
    r"(?P<what>shot and killed|killed|fatally shot|found dead|pronounced (?:dead|deceased)|"
    # "was treated at the scene by paramedics before being taken to Marlow Base Hospital"
    + TAKEN_FOR_CARE
    + r"|hospitali[sz]ed|in (?:critical|serious|grave|stable|"
    r"guarded) condition|"
    r"found (?:shot|stabbed|beaten|strangled) to death|shot(?!\s+at\b)|wounded|"
    # "his 6-month-old daughter was found with a skull fracture"
    r"found (?:with|suffering from) [^.;,]{0,30}?(?:injur\w*|wounds?|fractur\w*|burns|bruis\w*|"
    r"broken \w+)|"
    # "was treated at the scene for a cut to her head"
    r"treated (?:(?:at|by|in) [^.;,]{0,40}? )?for|"
    r"injured|hurt|stabbed|beaten|punched|pistol-whipped|choked|strangled|sexually assaulted|"
    # "The male victim, 71, was struck in the head with a handgun"
    # ("The couple's daughter was cut on the hand": a cut where the body is named)
    r"(?:struck|kicked|slashed|cut)\s+(?:in|on|across|with|several|multiple|repeatedly)\b|"
    # "was hit in the face" (a blow where the body is named, not "hit with a demand")
    r"hit\s+(?:in|on|across)\s+the\b|"
    # "The victim, 62, was pushed to the ground"
    r"(?:pushed|shoved|knocked|thrown|dragged) (?:down|to the (?:ground|pavement|floor))|"
    # "was pulled from her car and dragged several feet", "dragged behind the car"
    r"dragged(?=\s+(?:(?:\w+\s+){0,2}?(?:feet|yards|blocks|meters|metres)|along|behind|across))|"
    r"raped|not (?:physically )?(?:hit|injured|hurt|struck|harmed)|(?:physically )?unharmed|uninjured|unhurt|"
    # "The 8-year-old girl was found safe"
    r"found (?:safe|unharmed|alive and well)|rescued|returned (?:home )?safely)"
    # "The driver of the Honda, 62, died at the scene"
    # not a death by illness or an overdose: no crime's
    r"|(?:later\s+)?(?P<died>died)(?!\s+of\s+(?:an?\s+)?(?:drug\s+)?(?:overdose|cancer|"
    r"natural causes|illness|disease|covid|heart attack)))\b",
    re.I,
)
# "a carjacking that left a 58-year-old driver with a gunshot wound", "a fire that sent a
# firefighter to the hospital", "left a woman bleeding"
LEFT_VICTIM = compile_scan(
    rf"\b(?:left|sent|put|landed)\s+(?:a|an|another|one)\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,3}}?{ROLE})\s+"
    r"(?P<what>dead|with (?:a |an )?(?:\w+ ){0,2}?(?:gunshot wounds?|wounds?|injuries)|"
    r"(?:to|in) (?:the |a )?hospital|bleeding|hospitali[sz]ed|"
    # "left a homeowner in critical condition"
    r"in (?:critical|serious|grave|stable) condition|"
    r"(?:critically |seriously )?(?:wounded|injured))\b"
    # "left one man dead and another critically injured"
    r"(?:\s+and\s+another\s+(?:[\w-]+\s+)?(?P<other>(?:critically |seriously |severely )?"
    r"(?:wounded|injured|hurt)))?",
    re.I,
)
SUFFERING = compile_scan(
    rf"\b(?:a|an)\s+(?:\d+-year-old\s+)?(?P<desc>{ROLE})\b[^.]{{0,60}}?\bsuffering (?:from )?"
    # "suffering from serious injuries", "suffering from multiple stab wounds"
    r"(?:a |an )?(?:[\w-]+\s+){0,2}?(?:gunshot|injur|wound|stab)",
    re.I,
)
# "One man dead, a woman hurt after shooting": the verb left out
VERBLESS = verbless_victim(ROLE, DESCRIBING)
# "a bullet struck the deputy", "a truck hit a road worker"
FRAUD = fraud_victim(ROLE, DESCRIBING)
MONEY_LOST = money_lost(ROLE, DESCRIBING)
AGED_ROLE = aged_role(ROLE)
STRUCK = compile_scan(
    r"\b(?:bullets?|rounds?|gunfire|shots?|pellets?|vehicle|car|truck|SUV|van)\s+(?:also\s+)?"
    # "a bullet narrowly missed a 6-year-old girl": a target
    r"(?P<what>struck|hit|grazed|(?:narrowly\s+|barely\s+)?missed)\s+(?:the|a|an)\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,2}}?{ROLE})\b",
    re.I,
)
# "found a man dead", "found a woman shot in the head"
FOUND = compile_scan(
    # "located a woman suffering from ...", as police releases write it; "Paramedics
    # pronounced the victim dead"
    rf"\b(?:(?:found|located|discovered)\s+(?:a|an)|pronounced\s+(?:the|a|an))\s+(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,3}}?{ROLE})\s+"
    r"(?P<what>dead|deceased|unresponsive|shot|stabbed|with (?:a |an )?(?:\w+ ){0,2}?(?:gunshot wounds?|"
    # "found a man bleeding from wounds to his chest", "suffering from stab wounds"
    r"stab wounds?|wounds?|injuries)|(?:bleeding|suffering) from (?:a |an )?(?:\w+ ){0,3}?"
    r"(?:wounds?|injuries|gunshot|stab))\b",
    re.I,
)
# "The body of a 34-year-old woman was found"
BODY_OF = compile_scan(
    rf"\b(?:body|bodies|remains)\s+of\s+(?:a|an)\s+(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,3}}?"
    rf"{ROLE})\b",
    re.I,
)
# "The victim, a 24-year-old woman, ...": the outcome is read from the sentence.
THE_VICTIM_WAS = compile_scan(
    # "The victims were a 45-year-old man and his 12-year-old son"
    rf"\bthe (?:\w+ )?victims?(?:,|\s+(?:was|were|is|are))\s+(?:a|an)\s+(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,3}}?{ROLE})"
    # "The victims, a woman and her teenage son,"
    rf"\b(?:,?\s+and\s+(?:a|an|her|his|their)\s+(?P<desc2>(?:\d+-year-old\s+)?{DESCRIBING}{{0,3}}?"
    rf"{ROLE})\b)?",
    re.I,
)
# Shot at but not said to be hit: "fired at a deputy", "exchanged shots with a third officer".
FIRED_AT = compile_scan(
    # ("fired once at a deputy", "fired a shot toward an officer")
    r"\b(?:(?:fired (?:(?:once|twice|again|repeatedly)\s+|(?:a|one|two|three|several|multiple)\s+"
    r"(?:shots?|rounds?|bullets?)\s+)?(?:at|on|towards?)|shot at|shooting at|firing (?:at|on)|"
    r"exchang(?:ed|ing) (?:gunfire|"
    r"shots|fire) with)\s+(?:a|an)|"
    # "pointed a gun at the cashier": threatened with a weapon
    r"(?:pointed|pointing|aimed|aiming) (?:a|an|his|her|the) (?:[\w-]+ )?(?:gun|handgun|pistol|"
    r"rifle|shotgun|knife|weapon|firearm) at (?:a|an|the))\s+"
    rf"(?P<desc>(?:\d+-year-old\s+)?{DESCRIBING}{{0,3}}?{ROLE})\b",
    re.I,
)
MISSED = compile_scan(rf"\b(?:narrowly )?missing the\s+(?P<desc>{ROLE})\b", re.I)
TARGET = compile_scan(
    r"\b(?:intent(?:ion)? (?:to kill|of killing)|there to kill|meant to kill|"
    # the ambush told as a wait: "waiting to kill another man", "lying in wait for someone else"
    r"wait(?:ing|ed)? to kill|(?:lying|lay|laid|waiting|waited) in wait for)\s+"
    r"(?P<desc>another (?:man|woman|person)|a different (?:man|woman|person)|"
    r"some(?:one|body) else)\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
TAKEN = re.compile(
    r"kidnap|abduct|rob|grabb|snatch|hostage|captive|gunpoint|knifepoint|tied up|bound", re.I
)
NOT_HARMED = re.compile(
    rf"\b(?:{NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|escaped injury)\b", re.I
)
AGED = re.compile(r"\b(\d{1,3})-year-old\b")
# "A second man, 21,", "A woman, aged 34," (as British and Australian reports write it)
APPOSED_AGE = re.compile(r"(?:\s+of\s+the\s+[\w-]+)?,\s*(?:aged\s+)?(\d{1,3}),")
# Police hurt by the suspect, whatever fire police returned: "a deputy was shot before
# deputies returned fire".
POLICE_ROLE = re.compile(r"\b(?:officer|deputy|sergeant|trooper|agent)\b", re.I)
# Harm told as long before: "was killed in a crash years ago".
YEARS_AGO = re.compile(
    r"[^.;]*?\b(?:(?:several|many|two|three|four|five|\d+) )?(?:years|decades) "
    r"(?:ago|earlier|before)\b"
)
# A relative named by whose relative they are: a person of their own, not one told before.
KIN_OF = re.compile(
    r"(?:his|her|their|(?-i:[A-Z])[\w-]*[’']s)\s+(?:\d{1,3}-\w+-old\s+)?(?:\w+\s+)?(?:mother|father|"
    r"wife|husband|son|daughter|girlfriend|boyfriend|grandmother|grandfather|sister|brother|"
    r"stepson|stepdaughter|niece|nephew|relative)\b",
    re.I,
)
DOUBLE = re.compile(r"\bdouble (?:homicide|murder|killing)\b", re.I)
