"""The words that are never a person's name, or only precede or follow one: name suffixes,
titles and roles said before a name, and words a capitalised run can hold that name no one
(offences, places, institutions, sentence openers). `mentions.py` reads names with them."""

from __future__ import annotations

from casefile.extraction.numbers import CARDINALS
from casefile.extraction.sentences import (
    CALENDAR_WORDS,
    DOTTED_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
)

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words that precede a name and say the person's role; they are not part of the name.
TITLES = frozenset(
    [
        "officer",
        "officers",
        "deputy",
        "sgt",
        "sergeant",
        "agent",
        "special",
        "detective",
        "det",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "chief",
        "judge",
        "justice",
        "attorney",
        "prosecutor",
        "sheriff",
        "mayor",
        "commissioner",
        "superintendent",
        "trooper",
        "corporal",
        "cpl",
        "patrolman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "magistrate",
        "district",
        "assistant",
        "defender",
        "lawyer",
        "senator",
        "sen",
        "rep",
        "governor",
        "gov",
        "president",
        "dr",
        "interim",
        "deputies",
        "reverend",
        "rev",
        "pastor",
        "coroner",
        "councilman",
        "councilwoman",
        "director",
        "secretary",
        "marshal",
        "marshals",
        "ranger",
        "rangers",
        "witness",
        # Police ranks as British, Irish, Commonwealth and South African outlets give them
        # before a name ("Detective Inspector Ann Lee", "Det Supt Bo Tran", "Colonel Ann
        # Lee", "Commander Bo Tran", "Constable Ann Lee").
        "inspector",
        "insp",
        "supt",
        "constable",
        "commander",
        "colonel",
        "brigadier",
        # A Scottish judge sits by a courtesy title before the surname ("Lady Ann Lee
        # deferred sentence", "Lord Bo Tran said"): the bench, never the accused.
        "lady",
        "lord",
    ]
)
# Pronouns, prepositions and conjunctions: capitalised, one only opens a sentence ("With Fox
# already 41", "After Church was jailed"), never a run of capitals naming a place ("North
# Fox") or a thing. (Determiners are not among them: "The Church" is a place.)
PLAIN_WORDS = frozenset(
    [
        "he", "she", "they", "it", "there", "then", "when", "where", "while", "after", "before",
        "during", "on", "in", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but",
        "if", "as",
    ]
)  # fmt: skip
# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    [
        # Courtesy titles, written without a period in British and Australian style ("Mr
        # Nolan"): no part of the name, and anyone's, the accused's too.
        "mr",
        "mrs",
        "ms",
        "mx",
        # Offices outside policing and the courts ("County Treasurer Ann Lee"): no part of
        # the name, nor a mark of an official, since their holders may be the ones charged.
        "treasurer",
        "clerk",
        "auditor",
        "comptroller",
        "assessor",
        "alderman",
        "alderwoman",
        "trustee",
        "selectman",
        "councilmember",
        *PLAIN_WORDS,
        "the",
        "a",
        "an",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "police",
        "county",
        "court",
        "bench",
        "city",
        "state",
        "department",
        "dept",
        "office",
        # The parts of a police force or an agency ("Parramatta Police Area Command", "Major
        # Crimes Unit", "the Gang Task Force"): no one's name.
        "command",
        "unit",
        "squad",
        "division",
        "agency",
        "precinct",
        "constabulary",
        "policing",  # "Counter Terrorism Policing West Midlands"
        "operation",  # a named operation: "Operation Take Back America"
        "task",
        "force",
        # a program's or an operation's name ("Project Safe Neighborhoods", "Operation Lone
        # Star"): no one's
        "project",
        "operation",
        "patrol",
        "jail",
        "prison",
        "station",  # "Tallaght Garda Station"
        "garda",
        "center",
        "courthouse",
        "building",
        "complex",
        "plaza",
        "hospital",
        "university",
        "college",
        "school",
        "street",
        "st",
        "co",  # an Irish county: "Co Wexford"
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "highway",
        "interstate",
        "freeway",
        "block",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        *CALENDAR_WORDS,
        *MONTH_ABBREVIATIONS,
        # The day told relative to the report's, opening a clause or a quote ("Today Bo Tran
        # entered a plea", "the release said: \"Yesterday Ann Lee was charged\"").
        "today",
        "yesterday",
        "tonight",
        "tomorrow",
        "news",
        "associated",
        "press",
        "times",
        "post",
        "tribune",
        "herald",
        "journal",
        "chronicle",
        "daily",
        "gazette",
        "channel",
        "tv",
        "radio",
        "fox",
        "abc",
        "nbc",
        "cbs",
        "cnn",
        "ap",
        "update",
        "updated",
        "published",
        "posted",
        "photo",
        "source",
        "courtesy",
        "file",
        "video",
        "watch",
        "read",
        "more",
        "international",
        "national",
        "regional",
        "federal",
        "bureau",
        "investigation",
        "sheriff's",
        "grand",
        "jury",
        "criminal",
        "municipal",
        "common",
        "pleas",
        "general",
        "district",
        "circuit",
        "superior",
        "supreme",
        "correctional",
        "facility",
        "detention",
        "industrial",
        "authorities",
        "officials",
        "police's",
        "according",
        # What a report calls a party, capitalised before a name ("Defendant Bo Tran").
        "defendant",
        "defendants",
        "suspect",
        "suspects",
        "inmate",
        "victim",
        "witness",
        "but",
        "also",
        "authorities",
        "investigators",
        "prosecutors",
        "deputies",
        "officers",
        "library",
        "inn",
        "airport",
        "church",
        "park",
        "township",
        "village",
        "borough",
        "republican",
        "democrat",
        "army",
        "navy",
        "marines",
        "marine",
        "isd",
        "high",
        "early",
        "middle",
        "elementary",
        "ohio",
        "texas",
        "virginia",
        "tennessee",
        "pennsylvania",
        "carolina",
        "york",
        "new",
        "although",
        "though",
        "because",
        "since",
        "despite",
        "meanwhile",
        "however",
        "officials",
        "witnesses",
        "neighbors",
        "family",
        "relatives",
        "both",
        "several",
        "many",
        "some",
        "his",
        "her",
        "their",
        "our",
        "its",
        "we",
        "you",
        "i",
        "what",
        "who",
        "why",
        "how",
        "once",
        "until",
        "unless",
        "like",
        "unlike",
        "among",
        "between",
        "under",
        "over",
        "about",
        "around",
        "near",
        "into",
        *CARDINALS[:10],
        "several",
        # Dotted abbreviations of places and times, which take the form of initials.
        *DOTTED_ABBREVIATIONS,
    ]
) | frozenset(
    # Words of charge names, which pages often set in title case ("Aggravated Assault").
    ["murder", "homicide", "manslaughter", "assault", "aggravated", "battery", "robbery",
     "burglary", "theft", "kidnapping", "weapon", "deadly", "firearm", "possession", "discharge",
     "commission", "felony", "felon", "capital", "degree", "unlawful", "attempt", "malicious",
     "wounding", "endangerment", "reckless", "conspiracy", "tampering", "evidence", "use"]
)  # fmt: skip

# What a person is, capitalised before the name at a sentence's or a headline's start
# ("Rapper Tay Keith", "Former Coach Dan Riggs"): never the name's first word. Only in front
# of a name: several are surnames too ("Adam Driver").
DESCRIPTORS = frozenset(
    ["former", "rapper", "singer", "actor", "actress", "nurse", "coach", "teacher", "principal",
     "businessman", "businesswoman", "bishop", "priest", "comedian", "musician", "star", "model",
     "producer", "boxer", "wrestler", "quarterback", "footballer", "player", "athlete", "doctor",
     "dentist", "therapist", "youtuber", "influencer", "gunman", "driver", "mother", "father",
     "dad", "mom", "husband", "wife", "boyfriend", "girlfriend", "student", "teen", "man",
     "woman", "mogul", "socialite", "celebrity", "chef", "author", "pitcher", "executive", "ceo",
     "founder", "entrepreneur", "billionaire", "millionaire", "lawmaker", "politician",
     "candidate", "activist", "nanny", "babysitter", "caregiver", "paramedic", "firefighter",
     "soldier", "sailor", "veteran", "pilot", "trucker", "suspect", "defendant", "accused",
     "inmate", "convict", "fugitive", "ex-boyfriend", "ex-girlfriend", "ex-husband", "ex-wife",
     "brothers", "sisters", "couple", "spouses", "parents", "twins", "cousins", "grandmother",
     "grandfather", "son", "daughter", "brother", "sister", "sibling", "siblings", "cousin",
     "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandparents",
     "stepfather", "stepmother", "stepson", "stepdaughter", "stepdad", "stepmom", "fiance",
     "fiancee", "fiancé", "fiancée", "practitioner", "professor", "worker",
     "clerk", "cashier", "employee", "resident", "victim", "neighbor", "bystander",
     # the part the report gives someone in the crime ("Ringleader Ann Lee, 28, was jailed")
     "ringleader", "mastermind", "accomplice", "lookout", "co-accused", "co-defendant",
     "codefendant",
     # how tabloids describe a child or someone harmed before the name ("Little Ben Ayo died",
     # "Tragic schoolgirl Ann Lee")
     "little", "tiny", "tragic", "brave", "baby", "toddler", "tot", "schoolboy", "schoolgirl",
     "youngster", "pensioner"]
)  # fmt: skip
# Words after a name that make it the name of a place or an institution ("Santa Clara County
# Jail", "Wake County", "Main Street", "Lincoln High"), not of a person.
PLACE_HEADS = frozenset(
    ["county", "city", "township", "borough", "village", "parish", "street", "st", "avenue",
     "ave", "road", "rd", "boulevard", "blvd", "drive", "highway", "freeway", "police",
     "department", "dept", "jail", "prison", "court", "bench", "hospital", "university", "college",
     "school", "high", "elementary", "center", "airport", "library", "correctional",
     "detention", "facility", "isd", "office", "sheriff's", "police's", "courthouse",
     "building", "complex", "plaza", "district", "circuit", "division", "precinct",
     "penitentiary", "apartments", "motel", "hotel", "station"]
)  # fmt: skip
# Plural and collective nouns for a force or a town's people that a place's name is set
# before in small letters ("Dayton police", "Toledo residents", "Akron officials"), and the
# nouns a report describes someone by with his town before them ("a Kettering man"): a word
# so used modifies the noun, and a person's name never does.
PEOPLE_OF_A_PLACE = frozenset(
    ["police", "deputies", "officers", "troopers", "detectives", "investigators", "agents",
     "authorities", "officials", "prosecutors", "firefighters", "paramedics", "residents",
     "man", "woman", "men", "women", "teen", "teens", "teenager", "teenagers", "boy", "girl",
     "boys", "girls", "couple", "native", "natives"]
)  # fmt: skip
# The last word of a business's name ("Superior Food Mart", "Lakeside Auto Sales", "Golden
# Dragon Buffet"): the words before it name no one.
BUSINESS_HEADS = frozenset(
    ["mart", "market", "supermarket", "store", "stores", "shop", "sales", "restaurant",
     "buffet", "grill", "cafe", "café", "diner", "deli", "pizzeria", "steakhouse", "bakery",
     "pub", "tavern", "lounge", "nightclub", "pharmacy", "salon", "casino", "mall",
     "dealership", "motors", "liquors", "inc", "llc"]
)  # fmt: skip
# The head of a police force's or an agency's name, or of a part of one ("Australian Border
# Force", "Counter Terrorism Policing", "Major Crimes Unit", "Gang Squad"): the words before
# it name no one. Unlike a place's head, a surname may be one ("Ann Force, 33,").
AGENCY_HEADS = frozenset(
    ["force", "policing", "command", "unit", "squad", "agency", "constabulary"]
)  # fmt: skip
