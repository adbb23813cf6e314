"""The words that tell a term of punishment (for `terms.py`, which reads them): a number and
a unit ("25 years", "eleven years and eight months", "25 years to life"), life, death, a
fine, a term a court orders beside custody (a ban, registration), probation named bare,
what makes a figure no term (a round figure, a range's other end), the part of a term
suspended, and the words that impose a term right before it."""

from __future__ import annotations

import re

from casefile.extraction.numbers import SPELLED_ONES, SPELLED_TENS
from casefile.extraction.patterns import compile_scan

UNITS = {"year": 1.0, "yr": 1.0, "decade": 10.0, "month": 1 / 12, "week": 7 / 365, "day": 1 / 365}
NUMBER = (
    r"\d+(?:\.\d+)?|(?:"
    + "|".join(SPELLED_TENS)
    + r")(?:[\s-](?:"
    + "|".join(SPELLED_ONES[:9])
    + r"))?|"
    + "|".join(sorted(SPELLED_ONES, key=len, reverse=True))
    + r"|an?(?=[\s-]+(?:year|decade))"
)
TERM = compile_scan(
    rf"(?<![/.\d])\b(?P<number>{NUMBER})(?P<half>\s+and\s+a\s+half|\s*½|\s+1/2)?"
    r"(?:(?P<joint>[\s-]+)"
    r"(?P<unit>years?|yrs?|decades?|months?|weeks?|days?)\b(?![-‐]old)"
    # "two days after the verdict", "three years ago": a time, not a term ("after" read
    # again below: "sentenced to eight years after pleading guilty" is a term).
    r"(?!\s+(?:before|later|ago|earlier|prior|since|into|from|in\s+a\s+row)\b)"
    r"(?:(?=\s+(?P<after>after)\b))?"
    # "11 years and eight months": one term, in a smaller unit after the larger.
    # "eight years, four months": the smaller unit after a comma alone, as US releases write it.
    # (not a part of the term: "two years, 30 days of which were suspended")
    rf"(?:(?:,?\s+and|,)\s+(?P<number2>{NUMBER})[\s-]+(?P<unit2>months?|weeks?|days?)\b"
    r"(?!\s+(?:of\s+(?:which|it|them|that|the\s+term)|suspended|stayed)\b))?"
    # "two years less a day", "a year and a day": one term, a day off or on.
    r"(?:\s+(?P<day>less|minus|and|plus)\s+(?:a|one)\s+day\b)?)?"
    # "25 years to life", "25-years-to-life", "gets 25 to life".
    r"(?P<to_life>[\s-]+to[\s-]+life\b)?",
    re.I,
)
# "a 20-year veteran" is no term: a hyphened one must go with a word of punishment.
MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\Z", re.I
)
ADJECTIVE_TERM = re.compile(
    r"\A[\s-]*(?:\w+\s+)?(?:prison|jail|probation|term|sentence|suspended|federal|state|county)",
    re.I,
)
LIFE = compile_scan(
    # ("a whole life order", as British courts give the term that never ends)
    r"\b(?:natural\s+)?life\b(?=\s+(?:in\s+prison|behind\s+bars|imprisonment|without|"
    r"sentences?|terms?|orders?|tariffs?|plus|with|in\s+(?:the\s+)?(?:state|federal)?\s*prison)\b|"
    # "jailed for life at the Old Bailey", "jailed for life and told ...": bare, as below
    r"\s+(?:at|on|for|after|by|and)\b|"
    r"\s*(?:[.,;:)\"”]|$))",
    re.I,
)
LIFE_WORDS = re.compile(r"\s+(?!(?:at|on|for|after|by|and)\b)\w", re.I)
BARE_LIFE_BEFORE = re.compile(
    r"\b(?:to|gets|got|get|received|receives|given|imprisonment\s+for|(?:jailed|imprisoned|locked\s+up)\s+"
    r"(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+)?for)\s+\Z",
    re.I,
)
# "sentenced to death", "sentenced him to death" (never "stabbed to death").
DEATH = compile_scan(
    r"\b(?:sentenced|condemned)\s+(?:(?!for\b|after\b|in\b|of\b)[\w.'’-]+\s+){0,4}?"
    r"to\s+(?P<death>death)\b|"
    # "was sentenced to die by lethal injection"
    r"\b(?:sentenced|condemned)\s+(?:(?!for\b|after\b|in\b|of\b)[\w.'’-]+\s+){0,4}?to\s+die\b|"
    r"\bdeath\s+(?:sentences?|penalty)\b",
    re.I,
)
# An amount in the currencies a fine is told in: "$5,000", "£750", "€2,000", "Rs 50,000",
# "Rs. 5 lakh", "₹10,000", "R10 000" (rand).
_CURRENCY = r"(?:[$£€₹]\s?|Rs\.?\s?|R(?=\d))\d"
FINE = compile_scan(
    # A fine, or restitution ordered paid ("$412,318 in restitution"), in any currency
    # ("fined £500", "a €2,000 fine").
    r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|thousand|m|k))?\s+(?:in\s+)?(?:fines?|"
    r"restitution|compensation)\b|"
    r"\b(?:restitution|compensation)\s+of\s+[$£€]\s?\d|"
    r"(?<=fined )[$£€]\s?\d|\b\d[\d,]*\s+hours\s+of\s+(?:community\s+service|unpaid\s+work)\b|"
    # ... the fine told by its amount after it, the one fined before it, or in rupees or rand
    # ("a fine of $5,000", "imposed a fine of Rs 50,000 on each", "fined him $2,000", "a fine
    # of R10 000"; not "a fine of up to $10,000", what the law allows)
    r"\bfines?\s+of\s+" + _CURRENCY + r"|(?<=fined )(?:him|her|them|each)\s+" + _CURRENCY + "|"
    # The orders British, Irish and Australian courts impose in place of custody: "a community
    # order", "a community payback order", "an intensive correction order".
    r"\b(?:community(?:\s+(?:payback|rehabilitation|correction|service|based))?|intensive\s+"
    r"correction|suspended\s+sentence|restriction\s+of\s+liberty|youth\s+referral|"
    r"drug\s+treatment\s+and\s+testing)\s+orders?\b|"
    # A program a court orders completed: "ordered him to complete a 40-week batterer's
    # intervention program", "to complete an anger management course".
    r"(?<=complete )(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:intervention|treatment|"
    r"counsell?ing|anger[\s-]+management|rehabilitation|education)\s+(?:programs?|programmes?|"
    r"course|classes)\b",
    re.I,
)
# A minor committed to the state's youth agency, a juvenile court's disposition: "was
# committed to the Department of Youth Services until his 21st birthday".
COMMITTED = compile_scan(
    r"\bcommitted\s+to\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:Department|Division|Office)\s+of\s+"
    r"(?:Youth|Juvenile)\s+(?:Services|Corrections|Justice|Rehabilitation)\b",
    re.I,
)
# Orders a court attaches to a sentence, kind other: a ban for so long ("a 10-year firearms
# prohibition", "banned from driving for three years", whose years are no custody), and the
# duty to register as a sex offender the sentence lays down ("must also register as a sex
# offender for life"; not a charge of failing to).
ANCILLARY = compile_scan(
    rf"\b(?P<number>{NUMBER})[\s-]+(?P<unit>years?|months?)(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?"
    # ("a 10-year order prohibiting him from being in positions of trust")
    r"(?:prohibition|ban|disqualification|order\s+(?:prohibiting|banning|barring|forbidding))\b|"
    # ("disqualified him from driving for 12 years", as Irish and British courts give it)
    r"\b(?:banned|barred|disqualified|prohibited)\s+(?:(?:him|her|them)\s+|(?-i:[A-Z])[\w'’-]+\s+)?"
    r"from\s+(?:[\w-]+\s+){1,4}?for\s+"
    rf"(?P<number2>{NUMBER})[\s-]+(?P<unit2>years?|months?)\b|"
    # A licence taken away for so long: "suspended his driver's license for 10 years" (said
    # of the judge, it imposes itself), "his licence was revoked for five years" (with a word
    # that imposes it).
    r"\b(?:suspended|revoked)\s+(?:his|her|their|\w+['’]s)\s+(?:driver['’]?s?\s+|driving\s+)?"
    # ("suspended Ann Lee's driver's license for life")
    rf"licen[cs]es?\s+for\s+(?:(?P<number3>{NUMBER})[\s-]+(?P<unit3>years?|months?)|life)\b|"
    r"\blicen[cs]es?\s+(?:was|were|is|will\s+be)\s+(?:also\s+)?(?:suspended|revoked)\s+for\s+"
    rf"(?P<number4>{NUMBER})[\s-]+(?P<unit4>years?|months?)\b|"
    # ("ordered him to register as a sex offender for 20 years": the years it lasts)
    r"\b(?:must|will\s+(?:also\s+)?have\s+to|(?:was|were)\s+(?:also\s+)?ordered\s+to|"
    r"ordered\s+(?:him|her|them)\s+to)\s+"
    r"(?:also\s+)?register\s+as\s+a\s+sex\s+offender\b"
    rf"(?:\s+for\s+(?P<number5>{NUMBER})[\s-]+(?P<unit5>years?))?",
    re.I,
)
# Probation with no term stated: "was sentenced to probation", "received probation".
BARE_PROBATION = compile_scan(
    r"(?<=\bto )probation\b|(?<=received )probation\b|(?<=placed on )probation\b|"
    r"(?<=given )probation\b|(?<=\bgot )probation\b|(?<=\bgets )probation\b",
    re.I,
)
TERM_NEAR = re.compile(r"\s+(?:for|of)\s+(?:\w+\s+)?(?:years?|months?|days?)\b", re.I)
# A term followed by a word that names it a sentence: "a 22-year prison term".
SELF_NAMED = re.compile(
    r"\A[\s-]*(?:(?:federal|state|county|suspended)\s+)?(?:prison|jail|probation|probated)?\s*"
    r"(?:term|sentence)s?\b",
    re.I,
)
APPROXIMATE = re.compile(
    # (Time credited is no term: "gave him credit for the 107 days he has served"; nor the
    # time a British suspended sentence is suspended for: "18 months, suspended for two years";
    # nor the part of a term served before parole: "with a non-parole period of seven years".)
    r"(?:credit\s+for(?:\s+the)?|suspended\s+for|non-parole\s+period\s+of|minimum\s+term\s+of|"
    r"more\s+than|less\s+than|nearly|almost|about|over|under|roughly|some|at\s+least|"
    # (Not a year: "was sentenced on Feb. 25, 2026 to 46 months".)
    r"between|from|(?<![\d,])(?!(?:19|20)\d\d\b)\d+\s*(?:-|–|to|or|and))\s*\Z",
    re.I,
)
RANGE_AFTER = re.compile(r"\A\s*(?:-|–|to|or)\s*\d", re.I)
# The rest of an indeterminate term after its lower bound: "15 to 30 years", "eight to 20
# years in prison", "12-24 months".
RANGE_REST = re.compile(
    r"(?:[\s-]+(?P<unit>years?|months?)\b)?\s*(?:-|–|to)\s*"
    rf"(?P<high>{NUMBER})[\s-]+(?P<unit2>years?|months?)\b(?![-‐]old)",
    re.I,
)
SUSPENDED = re.compile(
    r"\A[^.;]{0,25}?(?:,\s*)?(?:with\s+)?all\s+but\s+(?P<number>" + NUMBER + r")"
    r"(?:[\s-]+(?P<unit>years?|months?|days?))?\s+(?:of\s+(?:it|which)\s+)?suspended"
    r"|\A[^.;]{0,25}?(?:,\s*)?with\s+(?P<off>" + NUMBER + r")"
    r"(?:[\s-]+(?P<off_unit>years?|months?|days?))?\s+(?:of\s+(?:it|which|them)\s+)?suspended"
    # "10 years, suspended after five", "a 15-year sentence, suspending all but five years":
    # the five are served.
    r"|\A[^.;]{0,25}?,?\s+(?:(?:execution\s+)?suspended\s+after|suspending\s+all\s+but)\s+"
    r"(?P<number_after>" + NUMBER + r")"
    r"(?:[\s-]+(?P<unit_after>years?|months?|days?))?"
    # "40 years, with 20 years to serve": the 20 are served, the rest suspended.
    r"|\A[^.;]{0,25}?,?\s+with\s+(?P<to_serve>" + NUMBER + r")"
    r"(?:[\s-]+(?P<unit_serve>years?|months?|days?))?\s+to\s+(?:be\s+)?serve[d]?\b"
    # "a five-year sentence, which was suspended", "a five-year sentence but suspended it".
    # "12 months' imprisonment, wholly suspended", as Irish courts give one.
    # ("90 days in jail, suspended": the place told between)
    # ("two years' detention in a young offender institution, suspended for two years")
    r"|\A(?P<whole>(?:[\s-]*(?:\w+\s+)?(?:term|sentence)|['’]s?\s+(?:imprisonment|detention|"
    r"custody)(?:\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:institution|centre|center|"
    r"facility))?|\s+in\s+(?:the\s+)?(?:county\s+|city\s+|state\s+)?(?:jail|prison))?,?\s+"
    r"(?:(?:but|then)\s+)?"
    r"(?:which\s+was\s+|was\s+|fully\s+|entirely\s+|wholly\s+)*suspended)\b"
    # (not a part of it: "a four-year sentence but suspended the final 12 months")
    r"(?!\s+(?:the\s+)?(?:final|last|remaining|first|all\s+but)\b)",
    re.I,
)

# The suspended part of a term told before it, as Irish and British courts give one: "eight
# years in prison, with the final three years suspended", "six years with the last 18 months
# suspended" (the term is the one pronounced; the part is no term of its own).
PART_BEFORE = re.compile(r"\bwith\s+the\s+(?:final|last|remaining|first)\s+\Z", re.I)
# ... told after the verb: "a four-year sentence but suspended the final 12 months".
PART_SUSPENDED_BEFORE = re.compile(
    r"\bsuspend(?:ed|ing)\s+(?:the\s+)?(?:final|last|remaining|first)\s+\Z", re.I
)
SUSPENDED_PART = re.compile(r"\s+(?:of\s+(?:it|which|them)\s+)?suspended\b", re.I)

SUSPENDED_BEFORE = re.compile(r"\bsuspended\s+(?:\w+\s+)?(?:sentence|term)\s+of\s+\Z", re.I)


# The words that impose a term right before it: "sentenced to eight years after pleading
# guilty", "was jailed for six years after a trial".
IMPOSED_JUST_BEFORE = re.compile(
    r"\b(?:sentenced|sentences?|jailed|imprisoned|received|receives|got|gets|given|serve|spend)"
    r"\s+(?:(?:him|her|them)\s+)?(?:to|for|of)?\s*\Z"
    # the supervision a term names before it: "on supervised probation for three years after
    # his release"
    r"|\b(?:probation|supervision)\s+for\s*\Z",
    re.I,
)
