"""The cue patterns that tell whom a mention stands with or for: names joined in one list
or coordination, a list's lead-in and items, a sentence opening on a pronoun or a plural
subject, a relative named after a possessive, titles of office and the roles an apposition
gives, someone sought by name, and a further suspect the report does not name. `people.Cast`
and its roles apply them; the cues of what a sentence says of a suspect are in `cues.py`."""

from __future__ import annotations

import re

from casefile.extraction.ages import ALIAS
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan
from casefile.extraction.pronoun_gender import FEMALE_WORDS

# The home town a list item tells right after its age without "of", as blotters and court
# lists give it: "Dario Quint, 34, Elmwood, and Lena Voss, 29", "Bo Tran, 30, Dayton, Ohio;".
# Only after an age: a capitalised run after a bare comma is otherwise a name of the list.
TOWN_AFTER_AGE = (
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?=\s*[,;]))?"
)
# What an item of a list of people tells after the name, before the next name: the age
# (", 30", ", age 30", ", aged 30", " (30)"), then the home ("Ann Lee, 30, of Elgin; Bo
# Tran, ..."), also an address as British and Irish courts give it: "of Elm Close, Upper
# Fen, Co Kerry", "from Elgin", "with an address at ...", "of no fixed abode".
ITEM_TAIL = (
    rf"(?:{ALIAS}(?=,?\s*\d))?"
    rf"(?:(?:(?:,|(?<=[\"”]))\s*(?:aged?\s+)?\d{{1,3}}|\s+\(\d{{1,3}}\)){TOWN_AFTER_AGE})?"
    # After an age in brackets without a comma, as Indian reports give it: "Anil Patole (28)
    # of Velgaon and Mahesh Kadam (31)".
    r"(?:(?:,|(?<=\)))\s+(?:of|from|with\s+an\s+address\s+(?:at|in))\s+(?:no\s+fixed\s+(?:abode|address)"
    r"[\w\s]{0,20}?|[A-Z0-9][\w.'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w.'’-]*){0,2}"
    r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}){0,3}))?"
    # In a list set apart by semicolons, what the item is: "Ann Lee, a nurse from Elgin; Bo
    # Tran, a pharmacist; and ...".
    r"(?:,\s+(?:a|an|the|his|her|their)\s+[^,;]{1,60}?(?=\s*;))?"
)
# A name joined to a suspect's name: "Ivy Marsh, 22, and Cole Marsh, 25, escaped", a list
# "Ivy Marsh, 22; Cole Marsh, 25; and Al Marsh, 31, are accused", "Marsh, Tran and Lee".
# "Ann Lee, 28, and her boyfriend, Bo Tran": a relative named in the list is one of it.
COORDINATION = re.compile(
    r"\A"
    + ITEM_TAIL
    # "Bo Tran along with Ann Lee": joined as by "and"; "and Latvian national Ann Lee".
    + r"(?:,?\s+(?:and|&|along\s+with|together\s+with|as\s+well\s+as|alongside)\s+"
    r"(?:\w+\s+|[A-Z][\w-]+\s+(?:national|citizen)\s+)?"
    r"|[;,]\s*(?:(?:and|&)\s+)?)"
    # "and his son, Cal Tran", "Bo Tran, 44, his son Cal Tran, 20, and a friend, Ann Lee,":
    # an item of the list told by its relation to the one before.
    r"(?:(?<=[a-z,] )(?:his|her|their|a|an)\s+(?:[\w-]+\s+)?(?:boyfriend|girlfriend|husband|wife|"
    r"brother|sister|son|daughter|father|mother|cousin|friend|roommate|partner|accomplice|"
    r"co-defendant|nephew|niece|uncle|aunt|stepson|stepfather|neighbor|associate|acquaintance),?\s+)?\Z"
)
# A sentence that opens on another case: "In an unrelated case, ...", "In another shooting".
OTHER_CASE = compile_scan(
    r"\A\W*(?:In|Also|Separately)\b[^,]{0,20}?\b(?:unrelated|separate|different|another|other)\s+"
    r"(?:case|cases|incident|matter|shooting|killing|arrest)s?\b"
)
# A name told as another case's: "similar to that of Bo Tran, who was convicted in 2019".
ANOTHER_CASE_BEFORE = re.compile(
    r"\b(?:similar|comparable|likened|reminiscent)\s+(?:to\s+|of\s+)?(?:that|those|the\s+(?:case|"
    r"cases|one|killing|killings|crimes?|shooting))\s+(?:of|involving)\s+\Z",
    re.IGNORECASE,
)
# A list of suspects: its lead-in ("Those charged are:") and its items ("- Ann Lee, 34").
LIST_CUE = compile_scan(
    r"\b(?:charged|arrested|arrests|indicted|indictments?|accused|defendants|suspects|convicted|sentenced)\b",
    re.I,
)
BULLET = re.compile(r"\A\s*(?:[-•*·–]|\d{1,2}[.)])\s*")
# "He was charged", "She faces": a sentence whose subject is a pronoun.
OPENING_PRONOUN = re.compile(r"\A\W*(?:He|She)\b")
# "former officer Bo Tran": a title he no longer holds; he may be the one charged.
FORMER = re.compile(r"\b(?:former|ex-|fired|off-duty)\s*(?:[\w-]+\s+){0,3}?\S*\s*\Z", re.I)
# The police looking for someone by name; "the shooter was Bo Tran".
SOUGHT = compile_scan(
    r"(?:\b(?:searching|looking|hunting|seeking|searched|looked)\s+for|"
    r"\b(?:help|assistance)\s+(?:in\s+)?(?:finding|locating|identifying)|"
    # "information on the whereabouts of Bo Tran" (not of someone missing: see `MISSING`).
    r"\bwhereabouts\s+of|"
    r"\bwant(?:s|ed)?\s+to\s+(?:(?:speak|talk)\s+(?:with|to)|question|interview|locate|find)|\b(?:trying|attempting)\s+to\s+"
    r"(?:find|locate)|\b(?:shooter|gunman|killer|attacker|robber|suspect)\s+(?:was|is))\s+"
    r"(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)
SOUGHT_GATE = key_words(
    "whereabouts",
    "question",
    "interview",
    "for",
    "finding",
    "locating",
    "identifying",
    "speak",
    "talk",
    "find",
    "locate",
    " was ",
    " is ",
)
MISSING = compile_scan(r"\b(?:missing|disappear|runaway|ran away|welfare)", re.IGNORECASE)
# "A sheriff's deputy was arrested", "a former police officer was indicted": the report is
# about an officer charged, whom it then names by his rank.
OFFICER_CHARGED = compile_scan(
    r"\b(?:officer|deputy|trooper|sergeant|detective|corrections officer|guard|agent|policeman|"
    r"policewoman|cop)\s+(?:(?!and|but|who|when|after)\w+\s+){0,2}?(?:was|has been|is|had been)\s+"
    r"(?:\w+\s+)?(?:arrested|charged|indicted|convicted|sentenced|booked)\b"
    # "A grand jury indicted the officer", "prosecutors charged two deputies".
    r"|\b(?:arrested|charged|indicted|convicted)\s+(?:the|an?|two|three|four)\s+(?:[\w-]+\s+)?"
    r"(?:officers?|deput(?:y|ies)|troopers?|detectives?|policem[ae]n|cops?)\b",
    re.IGNORECASE,
)
OFFICER_GATE = key_words(
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
RANK = re.compile(
    r"\b(?:officer|deputy|trooper|sgt|sergeant|det|detective|cpl|corporal|lt|lieutenant|agent|"
    r"patrolman|patrolwoman|ofc)\.?\s+\Z",
    re.IGNORECASE,
)
# Titles of office outside policing and the courts ("Dr.", "Sen.", "Mayor"): their holders
# can be the ones charged, as an officer, judge or prosecutor named by title is not.
LAWYER_OF = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:attorney|lawyer|public defender|defense team)", re.IGNORECASE
)
# The counsel of the accused, named after his part: "Solicitor for the accused, Ms Ann Lee,",
# "counsel for both men, Bo Tran," (the word "accused" there is whom she acts for).
COUNSEL_FOR = re.compile(
    r"\b(?:lawyer|solicitor|counsel|barrister|attorney|advocate)\s+(?:for|representing)\s+"
    r"(?:the|both|all)\s+(?:[\w-]+\s+)?(?:accused|defendants?|suspects?|co-accused|men|women|"
    r"man|woman|pair|teens?|teenagers?)\s*,\s*(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?\Z",
    re.IGNORECASE,
)
CIVIL_TITLE = re.compile(
    r"\b(?:dr|senator|sen|rep|representative|gov|governor|mayor|president|pastor|rev|reverend|"
    r"councilman|councilwoman|director|secretary|commissioner|superintendent|treasurer|clerk|"
    r"auditor|comptroller|assessor|alderman|alderwoman|trustee|selectman|councilmember)\.?\s+\Z",
    re.I,
)
# A role told after the name: "Ann Lee, a lawyer for Reyes,", "Bo Tran, the county's
# spokesman,", "Cy Hall, the county sheriff,", "Di Ng, the interim head of the Marlow Police
# Department,". Police ranks are left out: an officer can be the one charged.
# A preposition opens no apposition: "Dell, through his attorney, pleaded" is Dell pleading;
# nor does "whose": "Dell, whose attorney was absent," is no lawyer. An apposition is one noun
# phrase, its article first: in "a defender for Dell, plus a second lawyer" the words after the
# comma add someone else. A title before a name opens the next clause's subject, no apposition:
# "Asked about Cy Ruiz, Sheriff Al Roe said".
_APPOSED = (
    r",\s+(?!(?:through|via|with|by|for|to|from|after|before|without|against|like|who|whose|and)\s)"
    r"(?:(?:a|an|the)\s+)?(?:(?!(?:a|an|the)\s)[\w'’.-]+\s+){0,3}?"
)
ROLE_APPOSITIVE = re.compile(
    rf"{_APPOSED}(?:attorney|lawyer|counsel|defender|prosecutor|judge|magistrate|"
    r"spokes(?:man|woman|person)|coroner|medical examiner|mayor|commissioner|(?:police|fire)\s+"
    r"chief|chief\s+of\s+police|sheriff)\b(?!['’])(?!\s+(?-i:[A-Z]))"
    rf"|{_APPOSED}(?:chief|head|director|commander)\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
    r"(?:police|sheriff|department|office|bureau|agency|patrol)\b",
    re.IGNORECASE,
)
# Words that speak of every suspect at once.
ALL_SUSPECTS = compile_scan(
    r"\b(?:both|the pair|the couple|all (?:two|three|four|five|six|seven|eight|\d)|"
    r"(?:the|the (?:two|three|four|five|six)|two|three|four|five|six|\d) (?:brothers|sisters|men|"
    r"women|suspects|defendants|teens|teenagers|parents))\b",
    re.I,
)
# A sentence opening on a plural subject: "Both were arrested", "The two face charges".
PLURAL_OPENER = re.compile(
    r"\A\W*(?:(?:Both|Each)(?:\s+of\s+them|\s+(?:men|women|teens|teenagers|suspects|brothers|"
    r"sisters|defendants))?|They|All\s+(?:two|three|four|five|six)|The\s+(?:two|three|"
    r"four|pair|couple|duo|trio|men|women|teens|teenagers|suspects|brothers|sisters|siblings|"
    r"parents|cousins|defendants))\b"
)
# "Police arrested both on Friday", "deputies charged them": a plural object of custody.
# (compile_scan: searched at every position, it skips in C to where a match can start)
PLURAL_OBJECT = compile_scan(
    r"\b(?:arrested|charged|indicted|booked|detained|apprehended|jailed|captured|convicted|"
    r"sentenced)\s+(?:both(?:\s+of\s+them)?|them(?:\s+both)?|the\s+(?:pair|couple|trio|duo)|"
    # "arrested the two Friday", not "arrested the two men" the report has not named.
    r"(?:the|all)\s+(?:two|three|four|five)\b(?!\s+(?:[\w-]+\s+)?(?:men|women|people|persons|"
    r"suspects|teens|teenagers|boys|girls|juveniles|others|brothers|robbers|gunmen)\b))"
)
# A sentence opening on one person not named: "He was charged", "The 25-year-old woman was".
# "Once he is released, he will be booked": after a clause of time or condition that names
# no one.
SINGULAR_OPENER = re.compile(
    r"\A\W*(?:(?:Once|When|After|Before|If|Until|Upon|As soon as)\s+[^,.;:A-Z]{1,80},\s+"
    r"(?=he\b|she\b|the\b))?"
    r"(?:[Hh]e|[Ss]he|[Tt]he\s+(?:\d{1,2}-year-old\s+)?(?:man|woman|teen|teenager|driver|boy|"
    r"girl|youth))\b"
)
# A relative introduced by name after a possessive: "his brother, Cole Marsh".
RELATIVE_NAMED = compile_scan(
    r"\s+(?:[\w-]+\s+){0,2}?(?:brother|sister|son|daughter|father|mother|cousin|nephew|uncle|"
    r"wife|husband|girlfriend|boyfriend|friend|co-defendant|accomplice),?\s+"
)
# "\b(?:[Hh](?:e|im|is|imself)|HE|HIM|HIS|HIMSELF)\b", written so that every alternative opens
# with a literal letter: the engine then skips in C to each "H" or "h" of the sentence, which
# this scan of most sentences needs. `(?<!\w.)` after the letter is the `\b` before it. Case
# spelled out rather than IGNORECASE, which makes the scan slower.
PRONOUN = re.compile(
    r"(?:H(?<!\w.)(?:e|im|is|imself|E|IM|IS|IMSELF)|h(?<!\w.)(?:e|im|is|imself))\b"
)
GENERIC = compile_scan(
    r"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:suspect|man|teen|teenager|defendant|gunman|shooter|"
    r"father|resident|accused|soldier|brother|inmate)\b",
    re.IGNORECASE,
)
# "another man charged", "a second man ... sought": a further, unnamed suspect.
ANOTHER_SUSPECT = compile_scan(
    r"\b(?:another|a\s+(?P<nth>second|third|fourth|fifth)|second)\s+(?:man|woman|person|suspect|"
    r"teen|teenager|juvenile|boy|girl)\b(?!\s+of\b)"
    # "Two other men were also arrested", "A woman who was with him was also arrested".
    # ("the deaths of two other women" are the object of "of": victims, not suspects).
    r"|(?<!\bof )\b(?:two|three|four)\s+other\s+(?:men|women|people|suspects|teens|teenagers|juveniles)\b",
    re.IGNORECASE,
)
# "A woman who was with him was also arrested": someone new, said with "a" and "also", once
# the report has told of a suspect ("A man arrested in the killing is also a suspect in
# another" opening a report adds to what the sentence says of that man).
ALSO_SOMEONE = compile_scan(
    r"\A\W*An?\s+(?:\d{1,2}-year-old\s+)?(?:man|woman|boy|girl|teen|teenager|juvenile|person)\b"
    r"(?=[^.;]{0,50}\balso\b)",
    re.IGNORECASE,
)
# A suspect the report says it does not name: "the teen, whose name was not released".
UNNAMED_SUBJECT = compile_scan(
    r"\A\W*(?:The|A|An)\s+(?:[\w-]+\s+){0,2}?(?:teen|teenager|boy|girl|juvenile|minor|suspect|"
    r"man|woman|youth)\s*,\s*(?:whose name (?:was|has|is|had) not (?:been )?(?:released|made public)|"
    r"who (?:was|has|is) not (?:been )?(?:named|identified))",
    re.IGNORECASE,
)
UNNAMED_GATE = key_words(
    "not released",
    "not been released",
    "not named",
    "not identified",
    "not been named",
    "not been identified",
    "not made public",
)
UNRELATED = compile_scan(r"\bunrelated\b", re.I)
ANOTHER_GATE = key_words("another", "second", "third", "other", "also")
# "the woman was charged": a woman the report told of, read only where one is a suspect.
GENERIC_WOMAN = compile_scan(
    r"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:" + FEMALE_WORDS + r")\b(?![’']s)",
    re.IGNORECASE,
)
GENERIC_WOMAN_GATE = key_words(
    "woman", "mother", "girl", "wife", "sister", "daughter", "aunt", "niece", "fianc"
)
GENERIC_GATE = key_words(
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
ANOTHER_CUE = compile_scan(
    r"\b(?:charged|sought|wanted|interest|arrest|custody|suspect|detained|apprehended|booked|"
    r"indicted)",
    re.I,
)
