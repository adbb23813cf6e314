"""The words a victim described without a name is called by: the role nouns ("a clerk", "his
2-month-old son"), the ages and describing words before them, and what may stand in an
apposition after them. Read by the victim patterns (victim_phrases.py, victim_pronoun_harm.py)."""

from __future__ import annotations

ROLE = (
    r"(?:officer|deputy|sergeant|trooper|agent|woman|man|cyclist|boy|girl|child|teen|teenager|"
    r"bystander|driver|pedestrian|victim|passenger|neighbor|resident|employee|clerk|mother|father|"
    r"person|student|worker|motorist|customer|cashier|guard|nurse|teacher|infant|baby|toddler|"
    r"wife|husband|son|daughter|girlfriend|boyfriend|roommate|relative|firefighter|homeowner|"
    r"owner|teller|manager|tenant|grandmother|grandfather|jogger|hiker|paramedic|caregiver|"
    r"shopper|patron|sister|brother|stepson|stepdaughter|niece|nephew|patient|bouncer|doorman|"
    r"bartender|waitress|waiter|attendant|janitor|landlord|coworker|co-worker|classmate|"
    r"pharmacist|widow|widower|retiree|guest|friend|motorcyclist|bicyclist|rider|walker|runner|"
    r"grandson|granddaughter|grandchild|stepfather|stepmother|fianc[eé]e?|partner|spouse|"
    r"ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|cousin|aunt|uncle|parent|acquaintance|"
    r"coach|pastor|doctor|vendor|courier|contractor|inmate|hostage|samaritan|operator|"
    # those in a coach's, a teacher's or a pastor's charge: "sexually assaulted a 16-year-old
    # player", "abused a 12-year-old pupil"
    r"player|athlete|swimmer|gymnast|wrestler|camper|pupil|parishioner|congregant|"
    # "a 34-year-old male", as police releases call one
    r"male|female|"
    r"couple(?!\s+of\b))"
)
# An age in any unit: "a 2-month-old son" (an age in years only is a victim's age).
AGE_WORD = r"\d{1,3}-(?:year|month|week|day)-old"
# A describing word before a role; not a word that starts another clause or phrase.
DESCRIBING = (
    r"(?:(?!(?:was|were|is|are|where|when|that|which|who|the|his|her|its|their|and|or|of|in|at|on|by|with|for|"
    r"to|from|a|an|after|before|while|since|because|as)\b)[\w'’-]+,?\s+)"
)
# A word of age or sex before a role: "his infant son", "the elderly woman".
YOUNG_OR_OLD = r"(?:infant|newborn|young|teenage|elderly|adult|toddler|baby|male|female)"
# What stands in an apposition right after a victim's description: her given name or name, her
# age, or both ("his wife, Ana, 29,").
APPOSED_NAME_OR_AGE = (
    r",\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?:,\s+\d{1,3})?|\d{1,3}),"
)
# A part of the body harm is told on: "grazed a girl's arm" harms the girl.
BODY_PART = (
    r"(?:arm|arms|leg|legs|hand|hands|head|face|neck|chest|back|shoulder|foot|feet|hip|knee|"
    r"ankle|wrist|stomach|abdomen|side|thigh|jaw|eye|skull|ribs?|nose|collarbone|pelvis|"
    r"throat|ear|spine|femur)"
)
