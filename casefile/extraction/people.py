"""Who the article is about: people named in it, which of them are suspects, and who a
surname, pronoun or "the man" refers to in a given sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from casefile.domain.people import formal_given
from casefile.extraction.mentions import (
    NAME_SUFFIXES,
    NameMention,
    age_near,
    is_headline,
    name_spans,
    name_words,
)
from casefile.extraction.naming import AliasPair, alias_pairs, place_names, trim_openers
from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import Sentence, key_words

# Passive or perfect forms that need an auxiliary: "X was arrested", "X has been charged".
_PASSIVE_CUE = (
    r"(?:charged|arrested|re-?arrested|indicted|accused|taken into custody|booked|convicted|"
    # "placed under arrest"; "linked to the shooting"; "believed (to be) responsible".
    r"placed under arrest|(?:linked|tied|connected) to (?:the|a|an|two|three|several) "
    r"(?:[\w-]+ ){0,2}?(?:shooting|killing|death|robbery|homicide|murder|stabbing|attack|crash|"
    r"fire|robberies|shootings|killings|burglar(?:y|ies)|case)s?|(?:believed|thought) "
    r"(?:to be )?responsible|responsible for (?:the|a|an|his|her)|considered armed|"
    r"found guilty|sentenced|held|arraigned|captured|recaptured|apprehended|detained|jailed|"
    r"(?:taken|transported|brought|booked) (?:in)?to (?:the )?(?:[\w-]+ ){0,3}?jail|cited|"
    r"identified as (?:(?:a|the) )?(?:[\w-]+ )?(?:suspects?|persons? of interest|shooter|gunman|attacker|"
    r"assailant|robber|killer)|a person of interest|a suspect|"
    r"the suspect|suspected|wanted|acquitted|found not guilty|extradited|remanded|ordered held|"
    r"released on (?:\$[\d,.]+ (?:million )?)?(?:bond|bail)|denied (?:bond|bail)|bound over|"
    # In custody, but not "in the custody of" a guardian.
    r"held (?:over )?for trial|ordered to stand trial|(?:in|back in|into) (?:police |federal )?"
    r"custody(?!\s+of))"
)
# Forms a suspect takes as subject without an auxiliary: "X pleaded guilty", "X faces".
_ACTIVE_CUE = (
    r"(?:awaiting (?:trial|sentencing|extradition|arraignment)|pleaded|pled|entered (?:a|an|the) (?:\w+ )?plea|stands accused|faces|facing|escaped|"
    r"surrendered|turned (?:himself|herself) in|remains (?:in custody|jailed|held)|"
    # "a jury found Ann Lee, 41, guilty"; "found" alone ("police found Bo Tran") is no cue.
    r"guilty|is (?:a )?(?:suspect|person of interest)|faces?\s+(?:[\w-]+\s+){0,3}?charges?|handed (?:himself|herself) (?:over|in)|"
    r"gave (?:himself|herself) up|posted (?:bond|bail)|(?:went|goes|is|was) on trial|stood trial|"
    r"confessed|appeared (?:\w+ ){0,3}?(?:in court|before (?:a|the) judge|in (?:[\w.-]+ ){0,3}?court|"
    r"for (?:an? |his |her )?(?:hearing|arraignment|trial))|made (?:his|her) (?:first |initial )?"
    r"(?:court )?appearance|stood before (?:a|the) judge|waived (?:extradition|(?:his|her) right)|"
    r"not guilty|"
    # "Bo Tran remains at large", "is due in court", "is set to appear before a judge".
    r"(?:remains|remained|is still|was still|is|was)\s+at large|due (?:back )?in court|"
    r"to appear (?:\w+ ){0,3}?(?:in court|before (?:a|the) judge|in (?:[\w.-]+ ){0,3}?court)|"
    # "admitted to robbing", not "admitted to the hospital".
    r"admitted (?:to \w+ing|(?:his|her) (?:guilt|role)|responsibility)|"
    # "Bo Tran, 39, received seven years": a term is only ever given to the one convicted.
    r"(?:received|was given|got)\s+(?:[\w-]+\s+){0,4}?(?:years?|months?|sentence|life|"
    r"probation)\b)"
)
_AUX = (
    r"(?:is|was|has|had|have|were|are|will|would|be|being|been|also|previously|later|initially|"
    r"then|now|currently|still|allegedly|reportedly|eventually|safely|originally|subsequently|"
    r"formally|officially|expected|to|set|due|scheduled|likely|could|may|might|each|both|all)"
)
# What may stand between a name and its verb: ", 31, of Dayton," / ", the man accused".
_APPOSITIVE = (
    # "Bo Tran of Dayton, 31,"; "Bo Tran, also known as "Red,"": a comma inside the quote.
    r"(?:,\s*(?:age\s+)?\d{1,3}(?:,\s*of\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?,?"
    r"|\s+of\s+[A-Z]\w+(?:\s[A-Z]\w+)?(?:,\s*(?:\d{1,3}|[A-Z][\w.]+(?:\s[A-Z]\w+)?))?,?"
    r"|,[^.;]{0,90}?,[\"”]?)?"
)
# Words of the name's own clause before a second verb ("Bo Tran fled and was arrested"); a
# speech verb makes the name the speaker of what follows ("Bo Tran said he was arrested").
_CLAUSE_WORDS = r"(?:(?!(?:said|says|told|stated|added|explained|wrote)\b)[\w’'-]+\s+)"
# What a suspect does to a victim, said actively.
_HARM_DONE = (
    r"(?:shot|stabbed|strangled|opened fire|fired (?:[\w-]+ ){0,2}?(?:shots|rounds)|fired at|attacked|assaulted|robbed|raped|"
    r"kidnapped|abducted|carjacked|struck|hit|ran over|set fire|killed|beat|punched|choked)\b"
    r"(?!\s+(?:himself|herself|themselves|by)\b)"
)
# "Ann Lee, who was charged", "Ann Lee, charged with": said of the name itself.
_CUE_RELATIVE = (
    # "Bo Tran, 22, who they believe fired the shots": what the police say he did.
    r"\A(?:,\s*\d{1,3})?,\s+who\s+(?:police|they|investigators|authorities|detectives|"
    r"prosecutors|officers|deputies)\s+(?:say|said|believe|believed|allege|alleged)\s+(?:\w+\s+)?"
    + _HARM_DONE
    + r"|\A(?:,\s*\d{1,3})?,\s+(?:who (?:is|was|were|are|has been|had been|have been) )?"
    r"(?:(?:also|later|then|since|previously)\s+)?(?:charged|accused|arrested|wanted|indicted)\b"
)
_CUE_AFTER = re.compile(
    r"\A" + _APPOSITIVE + r"\s+(?:(?:the|a) (?:[\w-]+ ){0,2}(?:man|woman|teen|teenager|suspect|"
    r"defendant) (?:who (?:is|was) )?"
    + _PASSIVE_CUE
    + r"|(?:"
    + _AUX
    + r"\s+)+"
    + _PASSIVE_CUE
    + r"|(?:"
    + _AUX
    + r"\s+)*"
    + _ACTIVE_CUE
    + r"|"
    + _CLAUSE_WORDS
    + r"{1,8}?(?:and|but)\s+(?:"
    + _AUX
    + r"\s+)+"
    + _PASSIVE_CUE
    # "Bo Tran fled the scene but turned himself in days later".
    + r"|"
    + _CLAUSE_WORDS
    + r"{1,8}?(?:and|but)\s+(?:(?:later|then|eventually)\s+)?"
    r"(?:surrendered|turned (?:himself|herself) in|pleaded|pled|remains at large)"
    # "Bo Tran was stopped and arrested": a second participle after the auxiliary.
    + r"|(?:"
    + _AUX
    # "Bo Tran was stopped by troopers and placed under arrest": a phrase between.
    + r"\s+)+[\w-]+\s+(?:(?:by|in|at|on|near|after|outside|inside)\s+(?:(?!and\b)[\w-]+\s+){1,3}?)?"
    r"and\s+(?:(?:later|then)\s+)?"
    + _PASSIVE_CUE
    # "Bo Tran allegedly fired": what the report says he did (not "was allegedly shot").
    + r"|allegedly\s+(?!(?:was|were|been|being|had|has)\b)[a-z]+"
    # "Bo Tran shot and killed Ann Lee", "Bo Tran allegedly stabbed her": the one who did
    # it (not "was shot", which the auxiliary would make passive, nor "shot himself").
    + r"|(?:(?:allegedly|then|later|also|has|had)\s+)?(?:fatally\s+)?"
    + _HARM_DONE
    # "Bo Tran, 20, was one of five people arrested": one of a group the cue is said of.
    + r"|(?:"
    + _AUX
    + r"\s+)+(?:one of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:people|persons|men|women|"
    r"suspects|defendants|teens|teenagers|individuals|others|those)\s+(?:\w+\s+)?"
    r"(?:arrested|charged|indicted|accused|detained|taken into custody)" + r")\b|"
    # "Bo Tran's arrest", "Bo Tran's defense attorney".
    # Not "protests over Bo Tran's death posted bail": whose death is no one's bail.
    r"\A['’]s?\s+(?:(?:(?!death|killing|murder|slaying|shooting|funeral)[\w-]+\s+){0,2}?(?:arrest|arraignment|indictment|conviction|sentencing|"
    # Lower case: "State's Attorney Ann Lee" is a title.
    r"trial|defense (?:attorney|lawyer|team)|public defender|bond|bail)|(?-i:attorney|lawyer))\b|"
    # "Investigators consider Bo Tran, 22, a person of interest".
    r"\A(?:,\s*\d{1,3})?,?\s+(?:a|the)\s+(?:[\w-]+\s+)?person of interest\b|"
    # "Police named Bo Tran as the suspect".
    r"\A(?:,\s*\d{1,3},?)?\s+as\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:suspects?|person of interest|"
    r"shooter|gunman|killer|attacker|assailant|robber)\b(?!['’])|"
    # "police took Bo Tran into custody".
    r"\A(?:,[^.;]{0,60}?,)?\s+into custody\b|" + _CUE_RELATIVE,
    re.IGNORECASE,
)
# Only a relative clause says something of a name that is the object of a preposition: in
# "the parents of Ann Lee, who ..., pleaded guilty" the parents pleaded, not Ann Lee.
_CUE_RELATIVE_ONLY = re.compile(_CUE_RELATIVE, re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|for|to|with|from|about|toward|towards|on|at|in|into)\s+(?:the\s+)?"
    r"(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
# VERB [the wounded man,] [31-year-old] Name: "police arrested Omar Reyes".
_FREE_WORD = (
    r"(?:(?!(?:of|in|into|to|for|with|on|at|by|from|and|after|killing|killed|shooting|death|"
    r"against)\b)[\w'’-]+\s+)"
)
_CUE_BEFORE = compile_scan(
    r"(?:\b(?:arrested|charged|charging|charges|indicted|booked|apprehended|"
    # "cameras captured Ann Lee": a recording, not custody.
    r"detained|arrest of|charges against|(?<!camera )(?<!cameras )(?<!video )(?<!footage )captured|"
    r"convicted|sentenced|defendants?|suspect|extradited|acquitted|accusing|accused|"
    r"(?:filed|brought) against)\s+"
    # "the suspect, Bo Tran", "killed the robber, Bo Tran", "the defendants, Bo Tran and".
    r"|\b(?:suspects?|defendants?|shooters?|gunm[ae]n|robbers?|attackers?|assailants?|"
    r"carjackers?|burglars?)\s*[—–:,-]+\s*(?:\w+\s+)?"
    # "identified him as", "the suspect, identified as": not "the clerk, identified as".
    r"|\bidentified\s+(?:him|her|them)\s+as\s+"
    r"|\bidentified\s+the\s+(?:suspects?|shooters?|gunm[ae]n|attackers?|assailants?|robbers?|"
    r"killers?|carjackers?)\s+as\s+"
    r"|\b(?:suspects?|shooter|gunman|gunmen|attacker|assailant|robber|killer|carjacker|"
    r"person of interest)\b[^.;]{0,30}?\bidentified\s+(?:(?:him|her|them)\s+)?as\s+"
    r"|\b(?:arrest )?warrants? (?:(?:was|were|has been|had been) )?(?:issued )?for\s+)"
    r"(?:(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,2}(?:man|woman|teen|suspect|defendant|"
    r"brother|sister|son|daughter|father|mother|cousin|husband|wife|boyfriend|girlfriend),\s+|"
    # "arrested two people: Bo Tran, 19, and ...".
    r"(?:[\w-]+\s+){0,3}?[\w-]+:\s+|" + _FREE_WORD + r"{0,3}?)(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
# Every cue above, before or after a name, holds one of these (lower case).
_SUSPECT_CUE_WORDS = key_words(
    "charg",
    "awaiting",
    "search",
    "looking for",
    "looked for",
    "seeking",
    "hunting",
    "speak",
    "talk",
    "finding",
    "locat",
    "find ",
    "shooter",
    "killer",
    "placed under",
    "linked",
    "tied to",
    "connected to",
    "responsible",
    "considered armed",
    "rounds",
    "at large",
    "due ",
    "admitted",
    "shooter",
    "gunm",
    "robber",
    "attacker",
    "assailant",
    "burglar",
    "receiv",
    "given",
    "got ",
    "arrest",
    "indict",
    "accus",
    "custody",
    "book",
    "convict",
    "guilty",
    "sentenc",
    "held",
    "arraign",
    "captur",
    "apprehend",
    "detain",
    "jail",
    "suspect",
    "interest",
    "wanted",
    "plea",
    "pled",
    "fac",
    "escap",
    "surrender",
    "turned",
    "identif",
    "took",
    "taking",
    "defendant",
    "found",
    "acquit",
    "extradit",
    "remand",
    "ordered",
    "released",
    "handed",
    "gave",
    "posted",
    "trial",
    "confess",
    "alleg",
    "warrant",
    "defense",
    "defender",
    "attorney",
    "lawyer",
    "bond",
    "bail",
    "cited",
    "shot",
    "stabb",
    "strangl",
    "fire",
    "attack",
    "assault",
    "robbed",
    "raped",
    "kidnap",
    "abduct",
    "carjack",
    "struck",
    "hit",
    "ran over",
    "kill",
    "beat",
    "punch",
    "chok",
    "appear",
    "judge",
    "waived",
    "custody",
    "denied",
    "bound over",
    "stand trial",
    " as ",
)
# A name joined to a suspect's name: "Ivy Marsh, 22, and Cole Marsh, 25, escaped", a list
# "Ivy Marsh, 22; Cole Marsh, 25; and Al Marsh, 31, are accused", "Marsh, Tran and Lee".
# "Ann Lee, 28, and her boyfriend, Bo Tran": a relative named in the list is one of it.
_COORDINATION = re.compile(
    r"\A(?:,\s*(?:age\s+)?\d{1,3})?(?:,?\s+(?:and|&)\s+(?:\w+\s+)?|[;,]\s*(?:(?:and|&)\s+)?)"
    r"(?:(?<=and )(?:his|her|their)\s+(?:boyfriend|girlfriend|husband|wife|brother|sister|son|"
    r"daughter|father|mother|cousin|friend|roommate|partner|accomplice|co-defendant),\s+)?\Z"
)
# Object of killing words: "the death of Ray Dunn", "killed Deputy Ned Vell",
# "identified the slain officer as Sean Smith".
_VICTIM_LEAD = (
    r"(?:(?:[A-Z][\w.'’-]*|officer|deputy|agent|special|state|police|sheriff['’]s|county|the|a|an|"
    r"his|her|their|\d+-year-old)\s+){0,5}?\Z"
)
_VICTIM_BEFORE = compile_scan(
    r"(?:\b(?:killing|death|deaths|murder|murders|slaying|slayings|shooting|homicides?|killings|"
    r"wounding|shooting deaths?)\s+of\s+|\b(?:killed|kill|killing|slain|fatally shooting|"
    r"beat|beating|stabbed|stabbing|murdered)\s+|\b(?:slain|wounded|injured|dead|deceased|"
    r"victims?)\b[\w\s,'’-]{0,30}?\bas\s+"
    # "The man who was kicked, Bo Tran,": the one harmed, named after what was done to him.
    r"|\b(?:man|woman|person|boy|girl|child|teen|teenager|victim|officer|deputy)\s+(?:who|that)\s+"
    r"(?:was|were|had been)\s+(?:\w+\s+)?(?:killed|shot|stabbed|wounded|injured|kicked|beaten|"
    r"attacked|assaulted|robbed|struck|hit|kidnapped|abducted|hurt|run over)\b[^.;,]{0,40},\s+)"
    + _VICTIM_LEAD,
    re.IGNORECASE,
)
# After the name: a passive harm verb ("was shot", "were all killed") or an intransitive one
# ("died"); an active one ("X shot and killed two men") makes X the one who did it.
_VICTIM_AFTER = re.compile(
    r"\A(?:,[^.;]{0,90}?,)?\s+(?:(?:also|all|later|then)\s+)*"
    r"(?:was|were|is|are|had been|has been|have been)\s+(?:(?:also|all|later|then|fatally)\s+)*"
    r"(?:killed|shot and killed|pronounced dead|found dead|slain|murdered|wounded|injured|shot|"
    r"hurt)\b"
    r"|\A(?:,[^.;]{0,90}?,)?\s+(?:(?:also|all|later|then|has|had|would)\s+)*"
    r"(?:died|die|survived)\b"
    # "Bo Tran was taken to a hospital, where he died".
    r"|\A(?:,[^.;]{0,90}?,)?\s+(?:was|were)\s+(?:taken|rushed|transported|flown)\s+[^.;]{0,80}?"
    r"\b(?:where|and)\s+(?:he|she|they\s+)?\s*(?:later\s+)?(?:died|was pronounced dead)\b"
    r"|\A,?\s+who\s+(?:was|were|had been)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot|slain)\b"
    r"|\A,?\s+who\s+(?:died|survived)\b"
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
_HARM_WORDS = key_words(
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
)
# A sentence that opens on another case: "In an unrelated case, ...", "In another shooting".
_OTHER_CASE = re.compile(
    r"\A\W*(?:In|Also|Separately)\b[^,]{0,20}?\b(?:unrelated|separate|different|another|other)\s+"
    r"(?:case|cases|incident|matter|shooting|killing|arrest)s?\b"
)
# A list of suspects: its lead-in ("Those charged are:") and its items ("- Ann Lee, 34").
_LIST_CUE = compile_scan(
    r"\b(?:charged|arrested|indicted|accused|defendants|suspects|convicted|sentenced)\b", re.I
)
_BULLET = re.compile(r"\A\s*(?:[-•*·–]|\d{1,2}[.)])\s*")
# "He was charged", "She faces": a sentence whose subject is a pronoun.
_OPENING_PRONOUN = re.compile(r"\A\W*(?:He|She)\b")
# A name that a harm verb is done to, or that a relation or role word introduces: no one the
# fallback of `Cast._adopt_main_character` may take for the suspect.
_OBJECT_OF_HARM = re.compile(
    r"(?:\b(?:hit|struck|shot|stabbed|killed|attacked|robbed|beat|kidnapped|abducted|raped|"
    r"assaulted|strangled|ran over)\s+(?:(?:the|a|an)\s+)?(?:\d{1,3}-year-old\s+)?"
    r"|\b(?:mother|father|brother|sister|son|daughter|wife|husband|girlfriend|boyfriend|friend|"
    r"lawyer|attorney|spokesman|spokeswoman|spokesperson|witness|neighbor|relative|cousin|aunt|"
    r"uncle|grandmother|grandfather)[,]?\s+)\Z",
    re.IGNORECASE,
)
# "former officer Bo Tran": a title he no longer holds; he may be the one charged.
_FORMER = re.compile(r"\b(?:former|ex-|fired|off-duty)\s*(?:[\w-]+\s+){0,3}?\S*\s*\Z", re.I)
# The police looking for someone by name; "the shooter was Bo Tran".
_SOUGHT = compile_scan(
    r"(?:\b(?:searching|looking|hunting|seeking|searched|looked)\s+for|"
    r"\b(?:help|assistance)\s+(?:in\s+)?(?:finding|locating|identifying)|"
    r"\bwant(?:s|ed)?\s+to\s+(?:speak|talk)\s+(?:with|to)|\b(?:trying|attempting)\s+to\s+"
    r"(?:find|locate)|\b(?:shooter|gunman|killer|attacker|robber|suspect)\s+(?:was|is))\s+"
    r"(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
_SOUGHT_GATE = key_words(
    "for", "finding", "locating", "identifying", "speak", "talk", "find", "locate", " was ", " is "
)
_MISSING = compile_scan(r"\b(?:missing|disappear|runaway|ran away|welfare)", re.IGNORECASE)
# "A sheriff's deputy was arrested", "a former police officer was indicted": the report is
# about an officer charged, whom it then names by his rank.
_OFFICER_CHARGED = compile_scan(
    r"\b(?:officer|deputy|trooper|sergeant|detective|corrections officer|guard|agent|policeman|"
    r"policewoman|cop)\s+(?:(?!and|but|who|when|after)\w+\s+){0,2}?(?:was|has been|is|had been)\s+"
    r"(?:\w+\s+)?(?:arrested|charged|indicted|convicted|sentenced|booked)\b",
    re.IGNORECASE,
)
_OFFICER_GATE = key_words(
    "officer",
    "deputy",
    "trooper",
    "sergeant",
    "detective",
    "guard",
    "agent",
    "policeman",
    "policewoman",
    "cop",
)
_RANK = re.compile(
    r"\b(?:officer|deputy|trooper|sgt|sergeant|det|detective|cpl|corporal|lt|lieutenant|agent|"
    r"patrolman|patrolwoman|ofc)\.?\s+\Z",
    re.IGNORECASE,
)
# Titles of office outside policing and the courts ("Dr.", "Sen.", "Mayor"): their holders
# can be the ones charged, as an officer, judge or prosecutor named by title is not.
_LAWYER_OF = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:attorney|lawyer|public defender|defense team)", re.IGNORECASE
)
_CIVIL_TITLE = re.compile(
    r"\b(?:dr|senator|sen|rep|representative|gov|governor|mayor|president|pastor|rev|reverend|"
    r"councilman|councilwoman|director|secretary|commissioner|superintendent)\.?\s+\Z",
    re.I,
)
_DEATH = re.compile(r"kill|dead|death|died|\bdie\b|slain|slay|murder|fatal|homicide", re.I)
# "Police identified her as Ann Lee": whom "her" is decides the role (see `_identified_victims`).
_IDENTIFIED_GATE = key_words("identified")
_IDENTIFIED_AS = re.compile(
    r"\bidentified\s+(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|"
    r"teenager|person|child|body|driver|pedestrian))\s+as\s+(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
_HARMED_BEFORE = compile_scan(
    r"\b(?:(?:was|were|been)\s+(?:found\s+)?(?:dead|killed|shot|stabbed|slain|murdered|injured|"
    r"wounded|struck|hit|beaten|hurt)|died|body|bodies|remains|victims?)\b",
    re.IGNORECASE,
)
# A role told after the name: "Ann Lee, a lawyer for Reyes,", "Bo Tran, the county's
# spokesman,". Police roles are left out: an officer can be the one charged.
_ROLE_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:attorney|lawyer|counsel|defender|prosecutor|"
    r"judge|magistrate|spokes(?:man|woman|person)|coroner|medical examiner|mayor|commissioner)\b"
    r"(?!['’])",
    re.IGNORECASE,
)
# What may stand between two victims named in one list: "the murders of Ann Lee in May,
# Bo Tran in 2013 and Cy Hall"; an age or a short time phrase, then a list separator.
_VICTIM_LIST_GAP = re.compile(
    r"\A(?:,\s*\d{1,3})?(?:\s+(?:in|on)\s+[\w ]{1,25}?)?(?:,\s*(?:and\s+)?|,?\s+and\s+)\Z"
)
# How far before a name the cues that end at the name ("arrested the wounded man, 31-year-old")
# can start; searching only there keeps each look from rescanning the whole sentence.
_REACH = 200
_SUSPECT_WORDS = compile_scan(
    r"\b(?:charged|arrested|accused|custody|suspect|convicted|guilty|sentenced|indicted|jail|jailed|"
    r"booked|surrendered|turned (?:himself|herself) in)\b",
    re.I,
)
# Words that speak of every suspect at once.
_ALL_SUSPECTS = re.compile(
    r"\b(?:both|the pair|the couple|all (?:two|three|four|five|six|seven|eight|\d)|"
    r"(?:the|the (?:two|three|four|five|six)|two|three|four|five|six|\d) (?:brothers|sisters|men|"
    r"women|suspects|defendants|teens|teenagers|parents))\b",
    re.I,
)
# A relative introduced by name after a possessive: "his brother, Cole Marsh".
_RELATIVE_NAMED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:brother|sister|son|daughter|father|mother|cousin|nephew|uncle|"
    r"wife|husband|girlfriend|boyfriend|friend|co-defendant|accomplice),?\s+"
)
# Case spelled out rather than IGNORECASE, which makes this scan of every sentence slower.
_PRONOUN = re.compile(r"\b(?:[Hh](?:e|im|is|imself)|HE|HIM|HIS|HIMSELF)\b")
_GENERIC = compile_scan(
    r"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:suspect|man|teen|teenager|defendant|gunman|shooter|"
    r"father|resident|accused|soldier|brother|inmate)\b",
    re.IGNORECASE,
)
# "another man charged", "a second man ... sought": a further, unnamed suspect.
_ANOTHER_SUSPECT = compile_scan(
    r"\b(?:another|a second|a third|second)\s+(?:man|woman|person|suspect|teen)\b(?!\s+of\b)"
    # "Two other men were also arrested", "A woman who was with him was also arrested".
    r"|\b(?:two|three|four)\s+other\s+(?:men|women|people|suspects|teens|teenagers|juveniles)\b"
    r"|\A\W*An?\s+(?:\d{1,2}-year-old\s+)?(?:man|woman|boy|girl|teen|teenager|juvenile|person)\b"
    r"(?=[^.;]{0,50}\balso\b)",
    re.IGNORECASE,
)
# A suspect the report says it does not name: "the teen, whose name was not released".
_UNNAMED_SUBJECT = compile_scan(
    r"\A\W*(?:The|A|An)\s+(?:[\w-]+\s+){0,2}?(?:teen|teenager|boy|girl|juvenile|minor|suspect|"
    r"man|woman|youth)\s*,\s*(?:whose name (?:was|has|is|had) not (?:been )?(?:released|made public)|"
    r"who (?:was|has|is) not (?:been )?(?:named|identified))",
    re.IGNORECASE,
)
_UNNAMED_GATE = key_words(
    "not released",
    "not been released",
    "not named",
    "not identified",
    "not been named",
    "not been identified",
    "not made public",
)
_UNRELATED = compile_scan(r"\bunrelated\b", re.I)
_ANOTHER_GATE = key_words("another", "second", "third", "other", "also")
_GENERIC_GATE = key_words(
    "suspect",
    "man",
    "teen",
    "defendant",
    "shooter",
    "father",
    "resident",
    "accused",
    "soldier",
    "brother",
    "inmate",
)
_ANOTHER_CUE = compile_scan(r"\b(?:charged|sought|wanted|interest|arrest|custody|suspect)", re.I)


@dataclass
class Person:
    """Someone the article names (or an unnamed suspect, `name` None)."""

    words: tuple[str, ...]
    name: str | None
    suspect: bool = False
    victim: bool = False
    titled: bool = False
    age: int | None = None
    age_sentence: int | None = None  # the sentence that states `age`
    # Harmed in the incident (shot, injured) as well as a suspect: the role stays suspect.
    harmed: bool = False
    killed: bool = False  # told as killed or dead: never the one arrested later in the report
    first_cue: Sentence | None = None
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # sentence, start, end

    @property
    def official(self) -> bool:
        """Named with a role title and neither suspect nor victim: a judge, lawyer, officer."""
        return self.titled and not self.suspect and not self.victim

    @property
    def surname(self) -> str:
        core = [w for w in self.words if w not in NAME_SUFFIXES]
        return core[-1] if core else ""

    @property
    def suffix(self) -> str | None:
        return self.words[-1] if self.words and self.words[-1] in NAME_SUFFIXES else None

    @property
    def display(self) -> str:
        return self.name or "an unnamed suspect"


# Cached: read for every name found and again for each person it is compared with, and the
# same names recur through an article.
@lru_cache(maxsize=8192)
def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in NAME_SUFFIXES)


def _fuller(name: str, than: str) -> bool:
    """More words, or as many but longer ones ("Ronald Hale" over "Ron Hale")."""
    words, other = name_words(name), name_words(than)
    return (len(words), len("".join(words))) > (len(other), len("".join(other)))


def _same_person(mention: tuple[str, ...], person: Person) -> bool:
    if mention and person.suffix and mention[-1] in NAME_SUFFIXES and mention[-1] != person.suffix:
        return False
    core, full = _core(mention), _core(person.words)
    if not core or not full:
        return False
    if core == full[-len(core) :]:
        return True
    if core[-1] != full[-1]:
        return False
    first, other = core[0], full[0]
    shorter, longer = sorted((first, other), key=len)
    # An initial, a short form that starts the full first name ("Ron" for "Ronald"), or a
    # common short form of it ("Mike" for "Michael").
    if longer.startswith(shorter) and (len(shorter) == 1 or len(shorter) >= 3):
        return True
    return formal_given(first) == formal_given(other)


def _cue_after(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a suspect cue follows the name at `start:end`. The cue's words are looked for
    first: the full pattern backtracks a great deal on the many names that have none."""
    same_offsets = len(sentence.lower) == len(sentence.text)
    if same_offsets and not _SUSPECT_CUE_WORDS.search(sentence.lower, end):
        return False
    after = sentence.text[end:]
    if _AFTER_PREPOSITION.search(sentence.text, max(0, start - 30), start):
        return bool(_CUE_RELATIVE_ONLY.match(after))
    if _CUE_AFTER.match(after):  # the pattern anchors with \A
        return True
    # "His brother, Cole Marsh, was charged": the comma after the name closes it.
    closing = after.startswith(",") and sentence.text[:start].rstrip().endswith(",")
    return closing and bool(_CUE_AFTER.match(after[1:]))


def _joined(
    sentence: Sentence, mentions: list[tuple[NameMention, Person]]
) -> list[tuple[Person, Person]]:
    """Pairs of people named next to each other in one list. A bare comma joins two names
    only in a list with ages ("Ivy Marsh, 22, Cole Marsh, 25") or one that goes on to an
    "and" ("Marsh, Tran and Lee"): "In Dayton, Bo Tran was arrested" is no list."""
    # Each neighbouring pair's join: None (no list), False (a bare comma), True (firm).
    joins: list[bool | None] = []
    for (left, _), (right, _) in pairwise(mentions):
        gap = sentence.text[left.end : right.start]
        if not _COORDINATION.match(gap):
            joins.append(None)
        else:
            joins.append(any(mark in gap for mark in ("and", "&", ";")) or _has_digit(gap))
    joined: list[tuple[Person, Person]] = []
    for position, ((_, left_person), (_, right_person)) in enumerate(pairwise(mentions)):
        join = joins[position]
        if join is None:
            continue
        if not join:
            # A comma joins only if the list goes on, unbroken, to a firmer join.
            ahead = next((j for j in joins[position + 1 :] if j is not False), None)
            if not ahead:
                continue
        joined.append((left_person, right_person))
    return joined


def _telegraphic(text: str) -> bool:
    stripped = text.rstrip()
    return not stripped.endswith((".", "?", "!", '"', "”", ":")) and stripped.count(" ") < 12


def _can_join(person: Person) -> bool:
    return not person.titled and not person.victim


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


class Cast:
    """The people of one article and the resolution of references to them."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.people: list[Person] = []
        self._mentions: dict[int, list[tuple[NameMention, Person]]] = {}
        self._extra_suspect: Person | None = None
        self._officer_charged: bool | None = None
        self._anonymous: Person | None = None
        self._ambiguous: list[tuple[int, NameMention, list[Person]]] = []
        self._references: dict[int, tuple[bool, list[tuple[int, Person | None]], bool]] = {}
        # Mentions (sentence, start) that are the object of a killing: "the death of Ann Lee".
        self._objects: set[tuple[int, int]] = set()
        self._headlines: set[int] = set()
        self._collect(sentences)
        self._mark_victims()
        self._mark_suspects()
        self._prefer_suspects()
        self._set_ages()

    # ------------------------------------------------------------------ building

    def _collect(self, sentences: list[Sentence]) -> None:
        # Each name with its words; a `NameMention` is built only for the names of someone the
        # article is about (most capitalised runs name no one: places, outlets, officials).
        spans = [list(name_spans(sentence.text)) for sentence in sentences]
        spans = trim_openers(sentences, spans, " ".join(s.text for s in sentences))
        places = place_names(sentences, spans)
        found = [
            (sentence, span, words)
            for sentence, row in zip(sentences, spans, strict=True)
            for span in row
            if (words := name_words(span[2])) not in places
        ]
        # Given names used alone ("Noah's death"): a child or victim called by his first
        # name is not whom a bare shared surname means.
        singles = {words[0] for _, _, words in found if len(words) == 1}
        headlines = {s.index for s in sentences if is_headline(s.text)}
        # Headlines, and labels and captions without a verb's sentence ("Suspect arrested Ann
        # Lee case"): lines whose few words say little of who did what.
        self._headlines = headlines | {s.index for s in sentences if _telegraphic(s.text)}
        # Longest names first, ties in text order, so that output never depends on hashing.
        multi = sorted(
            dict.fromkeys(
                words
                for s, _, words in found
                if len(_core(words)) >= 2 and s.index not in headlines
            ),
            key=len,
            reverse=True,
        )
        # The same person always has the same surname: look only among those who share it.
        by_surname: dict[str, list[Person]] = {}
        for words in multi:
            namesakes = by_surname.setdefault(_core(words)[-1], [])
            if not any(_same_person(words, p) for p in namesakes):
                person = Person(words=words, name=None)
                self.people.append(person)
                namesakes.append(person)
        for sentence, span, words in found:
            core = _core(words)
            namesakes = by_surname.get(core[-1]) if core else None
            if not namesakes:
                continue
            matches = [p for p in namesakes if _same_person(words, p)]
            if not matches:
                continue
            mention = NameMention(*span)
            person = matches[0]
            if len(matches) > 1:
                # A bare surname shared by several people: one the article does not call by
                # his given name, the one mentioned most recently for now; `_prefer_suspects`
                # revisits this once suspects are known.
                formal = [p for p in matches if p.words[0] not in singles] or matches
                person = max(formal, key=lambda p: p.mentions[-1][0] if p.mentions else -1)
                self._ambiguous.append((sentence.index, mention, matches))
            person.mentions.append((sentence.index, mention.start, mention.end))
            person.titled = (
                person.titled
                or mention.titled
                or (
                    sentence.text.startswith(",", mention.end)
                    and bool(_ROLE_APPOSITIVE.match(sentence.text, mention.end))
                )
            )
            self._mentions.setdefault(sentence.index, []).append((mention, person))
            # A headline or caption may give the fullest form ("Special Agent Michael T Lee"),
            # but its capitals are trusted only for a name with more words.
            if person.name is None or (
                _fuller(mention.text, person.name)
                if sentence.index not in headlines
                else len(mention.words) > len(name_words(person.name))
            ):
                person.name = mention.text
        for person in self.people:
            if person.name is None:
                person.name = " ".join(w.capitalize() for w in person.words)
        self._merge_aliases(alias_pairs(sentences, spans))

    def _merge_aliases(self, pairs: list[AliasPair]) -> None:
        """One person for a stage name and the legal name told beside it, named by the
        legal name (the form records and court papers use)."""
        for alias_index, alias, index, legal in pairs:
            real = self._person_at(index, legal[0])
            if real is None:
                continue
            other = (self._person_at(alias_index, alias[0]) if alias else None) or (
                self._named_before(index, legal[0])
            )
            if other is None or other is real or other.titled:
                continue
            for entry in other.mentions:
                real.mentions.append(entry)
                row = self._mentions[entry[0]]
                for position, (mention, person) in enumerate(row):
                    if person is other:
                        row[position] = (mention, real)
            real.mentions.sort()
            other.mentions = []
            self.people.remove(other)

    def _person_at(self, index: int, start: int) -> Person | None:
        for mention, person in self._mentions.get(index, []):
            if mention.start == start:
                return person
        return None

    def _named_before(self, index: int, start: int) -> Person | None:
        """Whom "the rapper, whose real name is ..." refers to: the person (not an official)
        named last before `start` in sentence `index`, else the one the article has named
        most often before it (the story's main figure)."""
        same = [p for m, p in self._mentions.get(index, []) if not p.titled and m.start < start]
        if same:
            return same[-1]
        counts: dict[int, tuple[int, Person]] = {}
        for earlier in range(index):
            for _, person in self._mentions.get(earlier, []):
                if not person.titled:
                    count = counts.get(id(person), (0, person))[0]
                    counts[id(person)] = (count + 1, person)
        if not counts:
            return None
        return max(counts.values(), key=lambda c: c[0])[1]

    def _mark_victims(self) -> None:
        # Only sentences that name someone can mark a victim; `_mentions` holds them in order.
        for index, mentions in self._mentions.items():
            sentence = self.sentences[index]
            harm = _HARM_WORDS.opens(sentence)
            for mention, person in mentions if harm else ():
                text, start = sentence.text, mention.start
                before = _VICTIM_BEFORE.search(text, max(0, start - _REACH), start)
                after = None if before else _VICTIM_AFTER.match(text[mention.end :])
                if before:
                    person.victim = True
                    self._objects.add((sentence.index, start))
                elif after:
                    person.victim = True
                found = before or after
                if found and _DEATH.search(found.group(0)):
                    person.killed = True
            if index and _IDENTIFIED_GATE.opens(sentence):
                self._identified_victims(sentence, mentions)
            for (left, left_person), (right, right_person) in pairwise(mentions):
                gap = sentence.text[left.end : right.start]
                if left_person.victim and _VICTIM_LIST_GAP.match(gap):
                    right_person.victim = True
                    if (sentence.index, left.start) in self._objects:
                        self._objects.add((sentence.index, right.start))

    def _listed(self) -> list[tuple[Sentence, Person]]:
        """People named at the head of the items of a list a cue introduces: "Those charged
        are:" followed by "- Ann Lee, 34, of Dayton" lines."""
        listed: list[tuple[Sentence, Person]] = []
        for sentence in self.sentences:
            text = sentence.text.rstrip()
            if not (text.endswith(":") and _LIST_CUE.search(text)):
                continue
            for item in self.sentences[sentence.index + 1 :]:
                bullet = _BULLET.match(item.text)
                if not bullet:
                    break
                for mention, person in self._mentions.get(item.index, [])[:1]:
                    if mention.start == bullet.end() and not person.titled:
                        listed.append((item, person))
        return listed

    def _identified_victims(
        self, sentence: Sentence, mentions: list[tuple[NameMention, Person]]
    ) -> None:
        """ "A woman was found dead ... Police identified her as Ann Lee": the name is of the
        one the sentence before says was harmed, when that sentence speaks of no suspect."""
        before = self.sentences[sentence.index - 1].text
        if not _HARMED_BEFORE.search(before) or _SUSPECT_WORDS.search(before):
            return
        for mention, person in mentions:
            start = mention.start
            if _IDENTIFIED_AS.search(sentence.text, max(0, start - 60), start):
                person.victim = True
                self._objects.add((sentence.index, start))

    def _mark_suspects(self) -> None:
        told: set[int] = set()  # people cued in a sentence of the report, not a headline
        ambiguous = {(index, mention.start): found for index, mention, found in self._ambiguous}
        for sentence in _SUSPECT_CUE_WORDS.among(self.sentences):
            cued: list[Person] = []
            mentions = self._mentions.get(sentence.index, [])
            if _OTHER_CASE.match(sentence.text):
                continue  # "In an unrelated case, Bo Tran was charged": another case's suspect
            for mention, person in mentions:
                key = (sentence.index, mention.start)
                # A bare surname of someone killed, or one that several people share, is not
                # read as a victim's cue here (`_prefer_suspects` gives a shared one to the
                # suspect later); one that only a wounded person has is his: a suspect shot by
                # police stays the suspect.
                bare = len(_core(mention.words)) < 2
                text, start = sentence.text, mention.start
                if person.titled and not self._may_be_charged(sentence, mention):
                    continue
                if (person.victim and bare and (person.killed or key in ambiguous)) or (
                    key in self._objects
                ):
                    continue
                window = max(0, start - _REACH)
                if (
                    _cue_after(sentence, start, mention.end)
                    or _CUE_BEFORE.search(text, window, start)
                    or self._sought(sentence, start)
                ):
                    if person.victim and (
                        _VICTIM_BEFORE.search(text, window, start)
                        or _LAWYER_OF.match(text, mention.end)
                    ):
                        continue  # "Ruiz's attorney": a victim has lawyers too
                    if key in ambiguous:
                        person = self._cued_namesake(sentence.index, mention, ambiguous[key])
                    cued.append(person)
            # A cue said of a list is said of each name in it: spread it along the list, both
            # ways, until no name is added.
            joined = _joined(sentence, mentions)
            spread = bool(cued)
            while spread:
                spread = False
                for pair in joined:
                    for source, target in (pair, pair[::-1]):
                        if source in cued and target not in cued and _can_join(target):
                            cued.append(target)
                            spread = True
            for person in cued:
                if not person.suspect:
                    person.suspect = True
                    person.first_cue = sentence
                if sentence.index not in self._headlines:
                    told.add(id(person))
        for sentence, person in self._listed():
            if not person.suspect:
                person.suspect = True
                person.first_cue = sentence
            told.add(id(person))
        for person in self.people:
            if person.suspect and person.victim:
                if id(person) not in told:
                    # Only a headline's telegraphic words ("Suspect arrested Ann Lee case")
                    # make a suspect of someone the report's sentences say was killed.
                    person.suspect = False
                    person.first_cue = None
                    continue
                person.victim = False
                person.harmed = True
        if not self.named_suspects:
            self._adopt_main_character()

    def _sought(self, sentence: Sentence, start: int) -> bool:
        """Whether the police are said to look for the name at `start` ("searching for Bo
        Tran", "want to speak with Bo Tran"): not someone missing they search for."""
        return (
            _SOUGHT_GATE.opens(sentence)
            and bool(_SOUGHT.search(sentence.text, max(0, start - 80), start))
            and not _MISSING.search(sentence.text)
        )

    def _may_be_charged(self, sentence: Sentence, mention: NameMention) -> bool:
        """Whether someone named with a title may be the one charged: a title he no longer
        holds ("former officer"), one outside policing and the courts ("Mayor"), or an
        officer's rank in a report that says an officer was charged ("A deputy was arrested
        ... Deputy Bo Tran, 31, ...")."""
        text, start = sentence.text, mention.start
        window = max(0, start - 40)
        if _FORMER.search(text, window, start) or _CIVIL_TITLE.search(text, window, start):
            return True
        if self._officer_charged is None:
            self._officer_charged = any(
                _OFFICER_CHARGED.search(s.text) for s in _OFFICER_GATE.among(self.sentences)
            )
        return self._officer_charged and bool(_RANK.search(text, window, start))

    def _cued_namesake(self, index: int, mention: NameMention, matches: list[Person]) -> Person:
        """Whom a suspect cue on a bare surname several people share is said of ("Dawson is
        held without bond", after the mother and her child are named): the only one of them
        already a suspect, else the only one not harmed; the mention is his from then on."""
        for fits in ([p for p in matches if p.suspect], [p for p in matches if not p.victim]):
            if len(fits) == 1:
                self._reassign(index, mention, fits[0])
                return fits[0]
        return next(p for m, p in self._mentions[index] if m is mention)

    def _reassign(self, index: int, mention: NameMention, target: Person) -> None:
        """Make `mention` of sentence `index` a mention of `target`."""
        entries = self._mentions[index]
        for position, (m, person) in enumerate(entries):
            if m is mention and person is not target:
                entries[position] = (m, target)
                person.mentions.remove((index, m.start, m.end))
                target.mentions.append((index, m.start, m.end))
                target.mentions.sort()

    def _adopt_main_character(self) -> None:
        """An article that reports a charge or arrest but never puts a name next to the verb
        ("A Dayton man is charged ... Omar Reyes approached ...") is about the person it
        names most often with an age, or most often at all. Only someone the report makes
        the subject of its sentences can be he: not one it says was harmed ("hit 26-year-old
        Ann Lee"), nor one named only beside a relative, lawyer or official word."""
        if not any(_SUSPECT_WORDS.search(s.text) for s in self.sentences):
            return
        subject = self._pronoun_subject()
        if subject is not None:
            subject.suspect = True
            subject.first_cue = self.sentences[subject.mentions[0][0]]
            return
        candidates = [
            p
            for p in self.people
            if not p.titled
            and not p.victim
            and len(_core(p.words)) >= 2
            and not any(self._harmed_object(i, a) for i, a, _ in p.mentions)
        ]
        aged = [
            p
            for p in candidates
            if any(
                age_near(self.sentences[i].text, a, b) is not None
                and _SUSPECT_WORDS.search(self.sentences[i].text)
                for i, a, b in p.mentions
            )
        ]
        frequent = [p for p in candidates if len(p.mentions) >= 3]
        if aged:
            chosen = min(aged, key=lambda p: p.mentions[0])
        elif frequent:
            chosen = max(frequent, key=lambda p: len(p.mentions))
        else:
            return
        chosen.suspect = True
        chosen.first_cue = self.sentences[chosen.mentions[0][0]]

    def _pronoun_subject(self) -> Person | None:
        """ "Ann Lee approached Bo Tran and stabbed him. ... She was charged": whom a cued
        "He"/"She" that opens a sentence refers to, the subject (first person named) of the
        nearest sentence before it that names anyone."""
        for sentence in _SUSPECT_CUE_WORDS.among(self.sentences):
            opener = _OPENING_PRONOUN.match(sentence.text)
            if not opener or not _CUE_AFTER.match(sentence.text[opener.end() :]):
                continue
            for index in range(sentence.index - 1, -1, -1):
                named = [
                    (m, p)
                    for m, p in self._mentions.get(index, [])
                    if (not p.titled or self._may_be_charged(self.sentences[index], m))
                    and not p.victim
                    and len(_core(p.words)) >= 2
                ]
                if not self._mentions.get(index):
                    continue
                if named and not self._harmed_object(index, named[0][0].start):
                    return named[0][1]
                break
        return None

    def _harmed_object(self, index: int, start: int) -> bool:
        """Whether the mention at `start` of sentence `index` is whom a harm verb was done to,
        or someone named by a relation or role word ("his mother, Ann Lee", "lawyer Bo Tran")."""
        if (index, start) in self._objects:
            return True
        return bool(_OBJECT_OF_HARM.search(self.sentences[index].text, max(0, start - 60), start))

    def _prefer_suspects(self) -> None:
        """A bare surname shared by a suspect and relatives (victims) means the suspect."""
        for index, mention, matches in self._ambiguous:
            suspects = [p for p in matches if p.suspect]
            if len(suspects) == 1:
                self._reassign(index, mention, suspects[0])

    def _set_ages(self) -> None:
        for person in self.suspects:
            for index, start, end in person.mentions:
                age = age_near(self.sentences[index].text, start, end)
                if age is not None:
                    person.age = age
                    person.age_sentence = index
                    break

    # ----------------------------------------------------------------- queries

    @property
    def suspects(self) -> list[Person]:
        named = [p for p in self.people if p.suspect]
        named.sort(key=lambda p: p.mentions[0][0] if p.mentions else 0)
        extra = [p for p in (self._anonymous, self._extra_suspect) if p is not None]
        return named + extra

    @property
    def named_suspects(self) -> list[Person]:
        return [p for p in self.people if p.suspect]

    def lead(self) -> Person:
        """The first suspect the article names, or one unnamed suspect if it names none."""
        named = [p for p in self.suspects if p.name is not None]
        if named:
            return named[0]
        if self._anonymous is None:
            self._anonymous = Person(words=(), name=None, suspect=True)
        return self._anonymous

    def _another(self) -> Person:
        if self._extra_suspect is None:
            self._extra_suspect = Person(words=(), name=None, suspect=True)
        return self._extra_suspect

    def telegraphic(self, sentence: Sentence) -> bool:
        """Whether `sentence` is a headline, caption or label rather than a report's sentence."""
        return sentence.index in self._headlines

    def people_in(self, sentence: Sentence) -> list[tuple[NameMention, Person]]:
        return self._mentions.get(sentence.index, [])

    def _recent_suspect(self, sentence: Sentence) -> Person:
        """The suspect mentioned last before `sentence` (the lead if none yet)."""
        best: tuple[int, int] | None = None
        chosen = None
        for person in self.named_suspects:
            for index, start, _ in person.mentions:
                if index < sentence.index and (best is None or (index, start) > best):
                    best, chosen = (index, start), person
        return chosen or self.lead()

    def everyone(self, sentence: Sentence) -> list[Person]:
        """All suspects a sentence speaks of ("both", "the brothers") or its single actor."""
        if _ALL_SUSPECTS.search(sentence.text):
            named = self.named_suspects
            if len(named) > 1:
                return named
        # "Price and Mack are due in court": suspects named together.
        joined: list[Person] = []
        for (left, left_person), (right, right_person) in pairwise(self.people_in(sentence)):
            gap = sentence.text[left.end : right.start]
            if left_person.suspect and right_person.suspect and _COORDINATION.match(gap):
                joined.extend(p for p in (left_person, right_person) if p not in joined)
        if len(joined) > 1:
            return joined
        actor = self.actor(sentence, len(sentence.text))
        return [actor] if actor else []

    def actor(
        self, sentence: Sentence, position: int, prefer_suspect: bool = False
    ) -> Person | None:
        """The suspect a statement at `position` of `sentence` is about, or None if it is
        about someone else (a victim, an official) or no suspect at all.

        `prefer_suspect` is for statements whose agent is an official ("Judge X denied bond"):
        any suspect the sentence refers to wins over a nearer non-suspect."""
        references = self._references.get(sentence.index)
        if references is None:
            references = self._references[sentence.index] = self._read_references(sentence)
        another, candidates, has_named = references
        if another:
            # "charges against a second man in unrelated incidents": a court round-up's other
            # defendant, not a suspect of this case.
            return None if _UNRELATED.search(sentence.text) else self._another()
        if not candidates:
            return self._recent_suspect(sentence)
        if prefer_suspect and any(p is not None for _, p in candidates):
            candidates = [c for c in candidates if c[1] is not None]
        before = [c for c in candidates if c[0] <= position]
        if before:
            # The nearest named subject wins over a pronoun further left.
            return max(before, key=lambda c: c[0])[1]
        if has_named and all(p is None for _, p in candidates):
            return None
        return min(candidates, key=lambda c: c[0])[1]

    def _read_references(
        self, sentence: Sentence
    ) -> tuple[bool, list[tuple[int, Person | None]], bool]:
        """Whether `sentence` speaks of a further unnamed suspect, and each reference in it to
        a person (position, the suspect meant or None); read once per sentence."""
        text = sentence.text
        another = (
            _ANOTHER_SUSPECT.search(text)
            if len(self.named_suspects) < 2 and _ANOTHER_GATE.opens(sentence)
            else None
        )
        if another and _ANOTHER_CUE.search(text) and not self._named_beside(sentence, another):
            return True, [], False
        if _UNNAMED_GATE.opens(sentence) and _UNNAMED_SUBJECT.search(text):
            # "The teen, whose name was not released, is charged": not any suspect it names.
            return True, [], False
        candidates: list[tuple[int, Person | None]] = []
        for mention, person in self._mentions.get(sentence.index, []):
            if person.official or (sentence.index, mention.start) in self._objects:
                continue  # a judge or lawyer, or "killing Ann Lee": not whom a fact is about
            candidates.append((mention.start, person if person.suspect else None))
        has_named = bool(candidates)
        starts = {m.start for m, _ in self._mentions.get(sentence.index, [])}
        for match in _PRONOUN.finditer(text):
            relative = _RELATIVE_NAMED.match(text, match.end())
            if relative and relative.end() in starts:
                continue  # "his brother, Cole Marsh": the name is the one meant
            candidates.append((match.start(), self._pronoun_target(sentence, match.start())))
        for match in _GENERIC.finditer(text) if _GENERIC_GATE.opens(sentence) else ():
            candidates.append((match.start(), self._recent_suspect(sentence)))
        return False, candidates, has_named

    def _named_beside(self, sentence: Sentence, another: re.Match[str]) -> bool:
        """Whether "a second suspect" is named in apposition: "a second suspect, 18-year-old
        Bo Tran, was arrested"."""
        return any(
            person.suspect and 0 <= mention.start - another.end() <= 30
            for mention, person in self._mentions.get(sentence.index, [])
        )

    def _pronoun_target(self, sentence: Sentence, position: int) -> Person | None:
        earlier = [
            (m, p)
            for m, p in self._mentions.get(sentence.index, [])
            if m.end <= position
            and not p.official
            and (sentence.index, m.start) not in self._objects
        ]
        if earlier:
            _, person = earlier[-1]
            return person if person.suspect else None
        return self._recent_suspect(sentence)
