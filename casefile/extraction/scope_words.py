"""The words of each kind of clause scope.py tells apart: statistics, other incidents,
conditions and talk, possibilities, and the gate that lets a sentence be read for them."""

from __future__ import annotations

import re

from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan

# Words that make a clause a statistic, given a count or a plural of harm in it.
STATISTIC_CUE = compile_scan(
    r"\b(?:nationwide|nationally|across the (?:country|nation|state|region|county|city)|"
    r"statewide|countywide|this year|so far|to date|year to date|each year|every year|per year|"
    r"annually|on average|in the (?:U\.S\.|United States|nation|country)|record (?:number|pace)|"
    r"(?:homicide|murder|crime|shooting) rate|since (?:19|20)\d\d|"
    # a comparison with an earlier incident told by its year: "the deadliest since the 2019
    # Oregon District attack, in which nine people were killed"
    r"since (?:the|a|an) (?:19|20)\d\d\b|"
    # a tally over a stretch of days: "seven people have been shot since Friday"
    r"since (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last week|the weekend|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"the start of)|"
    r"\d+(?:st|nd|rd|th)\s+(?:homicide|killing|murder|shooting|slaying)|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:homicide|killing|murder|shooting|slaying)\s+(?:of|in|this)|"
    # a count from statistics, not a record of the case (court records are the case's):
    # "according to state data", "federal figures show"
    r"according to (?:[\w'.-]+ ){0,4}?(?:data|statistics|figures|numbers)|"
    r"(?:data|statistics|figures|numbers) (?:from|show|compiled)|"
    # a place or agency keeping count: "the city recorded 11 homicides", "the most in a decade"
    r"(?:recorded|logged|tallied|counted)\s+(?:at least |more than |nearly |about |over )?"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:homicides|killings|murders|shootings|deaths|fatalities)|"
    r"the (?:most|highest|fewest|lowest)\s+(?:in (?:a|more than a|nearly a|over a)\s+"
    r"(?:decade|generation)|in (?:\w+ )?years|since (?:19|20)\d\d|on record)|"
    # a kind of incident as what harmed them counts many incidents: "wrong-way crashes killed
    # 81 people", "shootings have wounded 40 children"
    r"(?:crashes|collisions|wrecks|shootings|fires|overdoses|attacks|stabbings)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:killed|claimed|injured|wounded))\b",
    re.I,
)
# Many people charged is a statistic too: "the district charged 212 defendants with firearms
# offenses", "more than 40 people were arrested". Not a sweep whose people the sentence names:
# "Agents arrested 12 people, including Bo Tran, 34," is the case of those it names.
MANY_CHARGED = compile_scan(
    r"\b(?:charged|arrested|prosecuted|convicted|indicted|sentenced|jailed|booked)\s+(?:more than |"
    r"nearly |almost |over |about |at least )?\d{2,}[\d,]*\s+(?:[\w-]+\s+)?(?:people|defendants|"
    r"suspects|individuals|persons|men|women|juveniles|teens|teenagers|adults|offenders)\b"
    r"(?![^.;:]{0,40}?(?:,\s+(?:including|among\s+them)\s+[A-Z]|:\s+[A-Z]))|"
    r"\b(?:more than |nearly |almost |over |about |at least )?\d{2,}[\d,]*\s+(?:[\w-]+\s+)?"
    r"(?:people|defendants|suspects|individuals|persons|juveniles|teenagers|offenders)\s+"
    r"(?:have been|had been|were|are)\s+(?:charged|arrested|prosecuted|convicted|indicted)\b",
    re.I,
)
# A change in a count is a statistic whatever it counts: "juvenile arrests rose 12%".
CHANGE = compile_scan(
    r"\b(?:rose|fell|increased|decreased|dropped|jumped|climbed|declined|grew|doubled|tripled|"
    r"(?:were|was) (?:up|down))\s+(?:by\s+)?(?:about\s+|nearly\s+|more than\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|percent\b)",
    re.I,
)
# A count of harm: what a statistic counts ("nine deputies have been killed", "30 homicides").
COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many)"
COUNTED = compile_scan(
    rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:homicides|killings|murders|shootings|slayings|"
    r"deaths|victims|fatalities|crashes|collisions|wrecks|overdoses)\b|"
    # the count after the verb: "gun violence has killed 14 people in the county"
    r"\b(?:killed|shot|wounded|injured|claimed the lives of|took the lives of)\s+(?:more than |at least |"
    rf"nearly |almost |over |about )?{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|residents|"
    r"officers|children|teenagers|teens|youths|women|men|Americans)\b|"
    # one event among a count: "one of several in the area this year", "one of 30 homicides"
    rf"\bone of (?:the |at least )?(?:several|many|a number|a string|a series|a spate|{COUNT})\b|"
    rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|officers|deputies|troopers|children|"
    r"women|men|teenagers|teens|youths|juveniles|kids|students|residents|pedestrians|cyclists|"
    r"bicyclists|motorists|drivers|workers)\s+(?:[\w-]+\s+){0,3}?(?:killed|shot|died|dead|slain|"
    r"murdered|wounded|injured|struck)\b|"
    # An ordinal counts too: "the city's third homicide this year", "the fourth cyclist
    # killed on county roads since 2020".
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:homicide|killing|murder|shooting|slaying|"
    r"(?:[\w-]+\s+){1,2}?(?:killed|shot|slain|to die|to be killed))",
    re.I,
)
# Words that turn a whole clause to another incident.
OTHER_CLAUSE = compile_scan(
    r"\b(?:another (?:\w+ )?(?:killings?|shootings?|homicides?|murders?|stabbings?|incidents?|"
    r"attacks?|crash|case|slayings?)(?!\s+victims?\b)|(?:an)?other (?:two|three|four|\d+) "
    r"(?:killings|shootings|homicides|murders|slayings)|an unrelated|unrelated|"
    # "a separate shooting", "in separate cases"; not "in separate vehicles"
    r"(?:a|in) separate (?:[\w-]+ )?(?:incidents?|cases?|shootings?|killings?|homicides?|"
    r"murders?|attacks?|crash(?:es)?|investigations?|matters?|robber(?:y|ies)|stabbings?|"
    r"carjackings?|burglar(?:y|ies)|assaults?|slayings?|deaths?|fires?|events?)|"
    r"in (?:an|a) (?:earlier|previous|prior) (?:incident|case|shooting|attack)|"
    # someone else of the same kind, in his own matter: "a jury acquitted a different officer";
    # or harmed in another: "a charge of assault involving a different woman"
    r"(?:a|an)\s+(?:different|unrelated)\s+(?:[\w-]+\s+)?(?:officer|deputy|trooper|"
    r"defendant)s?\b|(?:involving|against)\s+(?:a|an)\s+(?:different|unrelated)\s+"
    r"(?:[\w-]+\s+)?(?:woman|man|girl|boy|child|victim|complainant|person)s?\b|"
    # a like incident told beside the case: "for a similar shooting at a gas station"
    r"(?:a|an|another) similar (?:\w+ )?(?:killings?|shootings?|homicides?|murders?|stabbings?|"
    r"incidents?|attacks?|crash(?:es)?|cases?|slayings?|robber(?:y|ies)|carjackings?|crimes?|"
    r"fires?|arsons?|burglar(?:y|ies)|assaults?|kidnappings?|offen[cs]es?)|"
    # a sidebar of other incidents: "Other crashes this month: ..."
    r"(?:^|\.\s+)\W*other (?:\w+ )?(?:crashes|shootings|killings|homicides|incidents|cases|"
    r"arrests|crimes|robberies|stabbings)\b|\bin other (?:[\w-]+ ){0,4}?(?:news|cases|matters|business|proceedings|action)\b|"
    # another incident a story compares the case with: "echoed the 2018 killing of"
    r"\b(?:echo(?:ed|es|ing)?|recall(?:ed|s|ing)?|reminiscent of|similar to|comparisons? (?:to|with)|"
    r"compared (?:to|with)|mirror(?:ed|s|ing)?)\s+(?:the |a |an )?(?:[\w-]+ ){0,3}?(?:killings?|"
    r"shootings?|deaths?|murders?|attacks?|crash|slayings?|stabbings?|massacre)\b|"
    # one harm told as following another: "Her death follows the killing of two teenagers"
    r"\b(?:death|killing|shooting|slaying|homicide|murder|attack|stabbing)s?\s+(?:follows|followed|"
    r"comes|came)\s+(?:[\w-]+\s+){0,3}?(?:after\s+|on the heels of\s+)?(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:killings?|shootings?|deaths?|murders?|slayings?|homicides?|attacks?|"
    r"stabbings?)\b|"
    # the case told as coming a span of time after another harm: "It comes a fortnight after
    # a 17-year-old was stabbed to death", "The attack came two days after"
    r"\b(?:it|this|that|which|the\s+(?:[\w-]+\s+)?(?:attack|shooting|stabbing|killing|crash|"
    r"fire|robbery|arrest))\s+(?:comes|came)\s+(?:just\s+|only\s+|less than\s+|more than\s+|"
    r"about\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|\d+|a few|several)\s+(?:days?|"
    r"weeks?|fortnight|months?|years?)\s+after\b|"
    # one of the open cases a tally counts: "Among the unsolved cases is the May 17 killing"
    r"\bamong\s+(?:the\s+)?(?:[\w-]+\s+)?unsolved\b|"
    # an old case left open: "a case that was never solved"
    r"\b(?:was|is|has been|remains?|went|were) (?:never solved|unsolved)|\bnever been solved|"
    # someone's own case: "a witness who was offered a deal in his own robbery case"
    r"\bin (?:his|her|their) own (?:\w+ )?(?:case|cases|matter|trial))\b|"
    # the same person tied to an incident told in passing: "is also a suspect in a shooting"
    r"\balso\s+(?:a\s+|the\s+)?(?:suspect|suspected|charged|accused|wanted|sought|a person of "
    r"interest)\s+in\s+(?:a|an|another|two|three|several|other)\s|"
    # a news brief after the story: "Also Wednesday, police arrested a 31-year-old man accused
    # of stabbing his roommate" (someone new, brought in with "a")
    r"^\W*(?:also|separately|elsewhere)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday|(?:this|last|that) (?:week|weekend|morning|"
    r"afternoon|evening|night)|overnight|earlier|later))?,\s+(?:[\w-]+\s+){0,3}?(?:arrested|"
    r"charged|found|shot|stabbed|killed|wounded|injured|responded to|were called to|"
    r"investigated|are investigating)\s+(?:a|an)\s|"
    # ... told of the one it brings in: "Separately, a man aged 22 was arrested in Elmwood"
    r"^\W*(?:also|separately|elsewhere)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday|(?:this|last|that) (?:week|weekend|morning|"
    r"afternoon|evening|night)|overnight|earlier|later))?,\s+(?:a|an)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:arrested|charged|found|shot|stabbed|killed|"
    r"wounded|injured)\b|"
    # the last like incident a "first since" counts back to: "the town's first homicide since
    # 2019, when a man shot his neighbor"
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d,?\s+when\s|"
    # ... or to a case told by what was done in it: "the second capital case since Ann Lee
    # stood trial", "the first homicide here since a jury convicted Bo Tran"
    r"\b(?:first|second|third|fourth|fifth|only|last)\s+(?:[\w-]+\s+){0,3}?(?:case|trial|"
    r"prosecution|homicide|killing|murder|shooting|slaying)s?\b(?:\s+[\w-]+){0,4}?\s+since\s+"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:jury|judge|"
    r"court|man|woman|gunman|killer))|"
    # "Elsewhere in Marlow, two teens were wounded": the story turned to another place
    r"^\W*elsewhere(?:\s+(?:in|on|at|across|around)\s+[^,.;]{1,40}?)?,\s|"
    # "police are also investigating the death of a woman found in a park"
    r"\balso\s+investigating\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:death|killing|shooting|"
    r"homicide|stabbing|crash|fire|incident|assault|robbery)\b|"
    # a relative's loss years before: "his brother was killed years ago"
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:brother|sister|son|daughter|father|mother|cousin|"
    r"uncle|aunt|nephew|niece|husband|wife|friend|relative)\b[^;]{0,80}?\b(?:(?:years|"
    r"decades|a year|a decade) (?:ago|earlier|before))\b",
    re.I,
)
# Words that open a digression inside a clause: "the fire set during protests over X's death".
# What follows is told of the incident named there, which may be this one or another (a
# protest follows as often the case's own killing as a police shooting), so they only start a
# new clause; what it is about is read from it like any other.
DIGRESSION = compile_scan(
    r"\b(?:protests?|demonstrations?|unrest|riots?|rallies|rally|vigils?|marches)\s+(?:over|"
    r"following|after|against|sparked by|in response to|that followed|for)\b|\bsparked by\b|"
    r"\bin the wake of\b",
    re.I,
)
# Conditions and general talk: "if you injure a road worker", "anyone who kills".
OPINION_CLAUSE = compile_scan(
    r"^\W*(?:if|unless|whether|should)\b|\bif (?:you|someone|anyone|somebody|a person|people)\b|"
    # the law in general: "Under state law, a 16-year-old charged with murder is ..."
    # ... or a state's told by name: "Under Georgia law", "Under New Mexico law"
    r"^\W*under (?:the |a )?(?:new |current |existing )?(?:state|federal|county|city|\w+['’]s|"
    r"(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?)?\s*(?:law|laws|statute|guidelines|rules|policy)\b|"
    r"\b(?:anyone|whoever) who\b|"
    # people in general: "a law requiring interlocks for anyone convicted of drunk driving"
    r"(?:\b(?:anyone|anybody|whoever|everyone|those)|\b(?:for|of|on|to|against)\s+(?:people|"
    r"drivers|defendants|offenders))\s+(?:who\s+(?:is|are|was|were|has been|have been)\s+)?"
    # (not the lead-in to a roster of the people: "Those charged are:")
    r"(?:convicted|charged|arrested|found guilty)\b(?![^.:;]{0,30}:\s*$)|"
    # what someone thinks a court should do: "should never be let out", "should get life"
    r"\bshould (?:never |not |all |also )?(?:be )?(?:handing|hand|give|giving|get|getting|"
    r"receive|spend|serve|rot|pay|face|locked|put|sent|sentenced|given|held|denied|released|"
    r"let|charged|punished|executed)\b",
    re.I,
)
# What could be or could have been, said as a predicate of the defendant: "faces up to 20
# years", "could face life", "could have faced life", "carries a maximum of 20 years". The
# subject before it is still the case's ("A man accused of killing Ann Lee faces life").
MIGHT_FACE = compile_scan(
    r"\b(?:could|can|may|might|would)\s+(?:\w+\s+)?(?:face|have faced|have gotten|have received|"
    r"(?:get|receive)\s+(?:up to|as much as|life|death|the death|\d+|a (?:[\w-]+ )?(?:sentence|term))|"
    r"be sentenced|be ordered|spend|serve|be (?:imprisoned|jailed|fined))\b|"
    r"\b(?:faces?|facing|faced)\s+(?:a\s+|the\s+)?(?:up to|as (?:much|many) as|at least|a total of|"
    r"possible|potential|maximum|minimum|mandatory|decades|life|death|(?:\d+|\w+)\s+"
    r"(?:to\s+\S+\s+)?(?:years|months))\b|"
    r"\bpunishable by\b|"
    r"\bcarr(?:y|ies|ied|ying)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:penalty|penalties|sentence|"
    r"maximum|minimum|up to|prison term|term)\b",
    re.I,
)
# ... or of the whole clause: "the maximum penalty is 40 years", "had the case gone to
# trial", "a $5,000 bond would be enough", "if convicted".
MIGHT_BE = compile_scan(
    # (not a life sentence's minimum term as British courts impose it: "a life sentence with a
    # minimum term of 24 years")
    r"\b(?:maximum|(?<!with a )(?<!with the )minimum|possible|potential|mandatory)\s+(?:\w+\s+)?(?:penalty|penalties|"
    r"sentences?|terms?|punishment|fine)\b|\bmandatory minimum\b|"
    r"\bhad (?:the case|it|he|she|they|the jury|a jury) (?:gone|been|convicted|found)\b|"
    r"\b(?:would|should|could) (?:be|have been) (?:more |less |far |much |a )?(?:enough|sufficient|"
    r"fair|appropriate|adequate|reasonable|excessive|too|better)\b|"
    r"\b(?:if|when|once) (?:convicted|found guilty)\b|"
    # harm that could have been: "You could very easily have killed him", "might have died"
    r"\b(?:could|might|would)\s+(?:\w+\s+){0,2}?have\s+(?:been\s+)?(?:killed|died|murdered|"
    r"shot|stabbed|hurt|injured)\b",
    re.I,
)
# A side's argument about bail: "argued that $25,000 bail was enough", "proposed a $75,000
# bond", "could afford a $10,000 bond"; not what the court did.
ARGUED = compile_scan(
    r"\b(?:argued|argues|arguing|contended|contends|proposed|proposes|proposing|suggested|"
    r"suggests|urged|urges|insisted|insists|countered|recommended|recommends|could afford|"
    r"can afford|is a death sentence|amounts to a death sentence)\b",
    re.I,
)
BAIL_WORD = compile_scan(r"\b(?:bond|bail)\b", re.I)
# ... unless the court's act is told with it: "agreeing with prosecutors who argued he might
# flee, the judge set bail at $1 million".
COURT_ACTED = compile_scan(
    r"\b(?:set|ordered|granted|imposed|revoked|reduced|lowered|raised|held|denied|posted)\b", re.I
)
# Any signal above opens with one of these words (lower case).
GATE = key_words(
    "nationwide",
    "nationally",
    "across the",
    "statewide",
    "countywide",
    "this year",
    "so far",
    "to date",
    "each year",
    "every year",
    "per year",
    "annually",
    "on average",
    "in the u.s.",
    "united states",
    "in the nation",
    "in the country",
    "record",
    " rate",
    "since 19",
    "since 20",
    "according to",
    "recorded",
    "logged",
    "tallied",
    "counted",
    "the most",
    "the highest",
    "the fewest",
    "the lowest",
    "data",
    "statistics",
    "figures",
    "numbers",
    "homicide",
    "killing",
    "murder",
    "shooting",
    "slaying",
    "another",
    "other",
    "separate",
    "elsewhere",
    "unrelated",
    "different",
    "also",
    "ago",
    "earlier",
    "before",
    "previous",
    "prior",
    "protest",
    "rall",
    "vigil",
    "march",
    "sparked",
    "in the wake",
    "demonstration",
    "unrest",
    "riot",
    "if",
    "unless",
    "whether",
    "should",
    "anyone who",
    "whoever",
    "rose",
    "fell",
    "increased",
    "decreased",
    "dropped",
    "jumped",
    "climbed",
    "declined",
    "grew",
    "doubled",
    "tripled",
    " up ",
    " down ",
    "similar",
    "own",
    "solved",
    "echo",
    "recall",
    "reminiscent",
    "compar",
    "mirror",
    "since",
    "one of",
    "the same",
    "charged",
    "arrested",
    "prosecuted",
    "indicted",
    "jailed",
    "booked",
    "anyone",
    "anybody",
    "argu",
    "contend",
    "propos",
    "suggest",
    "urge",
    "insist",
    "counter",
    "recommend",
    "afford",
    "death sentence",
    "those",
    "people",
    "drivers",
    "defendants",
    "offenders",
    "follow",
    "came",
    "comes",
    "killed",
    "shot",
    "wounded",
    "injured",
    "under",
    "could",
    "can ",
    "may ",
    "might",
    "would",
    "face",
    "facing",
    "maximum",
    "minimum",
    "mandatory",
    "possible",
    "potential",
    "punishable",
    "carr",
    "had ",
    "convicted",
    "found guilty",
)
# Harm at the place of the case, told as another time's: "Last week, a man was stabbed to
# death at the same bus stop".
SAME_PLACE = compile_scan(
    r"\b(?:at|near|on|in|outside|inside)\s+the\s+same\s+(?:[\w-]+\s+)?(?:bus stop|intersection|"
    r"corner|block|street|road|complex|park|building|apartment|address|location|spot|place|"
    r"store|bar|club|neighborhood|house|home|school|parking lot|station)\b",
    re.I,
)
# ... at another time than the case's: "Last week", "in 2021", "years earlier".
ANOTHER_TIME = compile_scan(
    r"\b(?:last (?:week|month|year|summer|fall|winter|spring)|ago|earlier|previously|before|"
    r"in (?:19|20)\d\d|(?:19|20)\d\d|another|a different)\b",
    re.I,
)
HARMED = compile_scan(
    r"\b(?:killed|shot|stabbed|slain|wounded|injured|died|murdered|beaten|attacked|robbed|"
    r"struck)\b",
    re.I,
)
