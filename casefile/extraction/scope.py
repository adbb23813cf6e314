"""Scope: what each clause of a sentence is about, decided before the fact families read it.

A crime story tells more than its case. Beside the incident and the people charged with it,
it recalls other matters: the killing that sparked the protests during which a fire was set,
another shooting the same night, a relative killed years earlier, the suspect's earlier
arrests; it gives statistics ("the 30th homicide in the city this year", "N deputies were
killed nationwide"); and it quotes people's conditions and policy talk ("if you kill a road
worker, it's 15 years"). A fact family that reads every clause alike turns these into facts of
the case.

This stage splits a sentence into clauses and labels each one:

- `CASE`: about this case (the default);
- `PRIOR`: an earlier matter of the same person ("previously arrested", "was out on bond");
- `OTHER`: another incident ("another killing", "a separate shooting", "years ago", the
  incident that "sparked" protests, a place named by what happened there before);
- `STATISTICS`: counts beyond the case ("nationwide", "so far this year", "the city's 30th
  homicide");
- `OPINION`: a condition or someone's general talk ("if you hurt ...", "should be", "under
  state law, a 16-year-old charged with murder is tried as an adult");
- `HYPOTHETICAL`: what could be or could have been ("faces up to 20 years", "could face
  life", "the maximum penalty is", "could have faced life had the case gone to trial", "a
  $5,000 bond would be enough"), from the predicate that says it to the end of its clause
  ("was held on $1 million bond and faces up to life": the bond is the case's).

The signals are how news is written, not the words of any one story: time far from the
incident, places wider than the incident's, counts of events, and the small words that open
a digression. The labels are read through `Article.scope_at` (extraction/context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import Sentence, key_words

CASE, PRIOR, OTHER, STATISTICS, OPINION = "case", "prior", "other", "statistics", "opinion"
HYPOTHETICAL = "hypothetical"

# Where a sentence breaks into clauses: a semicolon, a dash, or a comma before a conjunction
# that starts a clause of its own.
_CLAUSE_BREAK = re.compile(
    r";\s+|\s+[—–]\s+|\s+--\s+|,\s+(?=(?:and|but|while|whereas|although|though|as)\s)"
)
# Words that make a clause a statistic, given a count or a plural of harm in it.
_STATISTIC_CUE = compile_scan(
    r"\b(?:nationwide|nationally|across the (?:country|nation|state|region|county|city)|"
    r"statewide|countywide|this year|so far|to date|year to date|each year|every year|per year|"
    r"annually|on average|in the (?:U\.S\.|United States|nation|country)|record (?:number|pace)|"
    r"(?:homicide|murder|crime|shooting) rate|since (?:19|20)\d\d|"
    # a tally over a stretch of days: "seven people have been shot since Friday"
    r"since (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last week|the weekend|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"the start of)|"
    r"\d+(?:st|nd|rd|th)\s+(?:homicide|killing|murder|shooting|slaying)|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:homicide|killing|murder|shooting|slaying)\s+(?:of|in|this))\b",
    re.I,
)
# Many people charged is a statistic too: "the district charged 212 defendants with firearms
# offenses", "more than 40 people were arrested".
_MANY_CHARGED = compile_scan(
    r"\b(?:charged|arrested|prosecuted|convicted|indicted|sentenced|jailed|booked)\s+(?:more than |"
    r"nearly |almost |over |about |at least )?\d{2,}[\d,]*\s+(?:[\w-]+\s+)?(?:people|defendants|"
    r"suspects|individuals|persons|men|women|juveniles|teens|teenagers|adults|offenders)\b|"
    r"\b(?:more than |nearly |almost |over |about |at least )?\d{2,}[\d,]*\s+(?:[\w-]+\s+)?"
    r"(?:people|defendants|suspects|individuals|persons|juveniles|teenagers|offenders)\s+"
    r"(?:have been|had been|were|are)\s+(?:charged|arrested|prosecuted|convicted|indicted)\b",
    re.I,
)
# A change in a count is a statistic whatever it counts: "juvenile arrests rose 12%".
_CHANGE = compile_scan(
    r"\b(?:rose|fell|increased|decreased|dropped|jumped|climbed|declined|grew|doubled|tripled|"
    r"(?:were|was) (?:up|down))\s+(?:by\s+)?(?:about\s+|nearly\s+|more than\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|percent\b)",
    re.I,
)
# A count of harm: what a statistic counts ("nine deputies have been killed", "30 homicides").
_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many)"
_COUNTED = compile_scan(
    rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:homicides|killings|murders|shootings|slayings|"
    r"deaths|victims)\b|"
    # the count after the verb: "gun violence has killed 14 people in the county"
    r"\b(?:killed|shot|wounded|injured|claimed the lives of|took the lives of)\s+(?:more than |at least |"
    rf"nearly |almost |over |about )?{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|residents|"
    r"officers|children|teenagers|teens|youths|women|men|Americans)\b|"
    # one event among a count: "one of several in the area this year", "one of 30 homicides"
    rf"\bone of (?:the |at least )?(?:several|many|a number|a string|a series|a spate|{_COUNT})\b|"
    rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|officers|deputies|troopers|children|"
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
_OTHER_CLAUSE = compile_scan(
    r"\b(?:another (?:\w+ )?(?:killings?|shootings?|homicides?|murders?|stabbings?|incidents?|"
    r"attacks?|crash|case|slayings?)(?!\s+victims?\b)|(?:an)?other (?:two|three|four|\d+) "
    r"(?:killings|shootings|homicides|murders|slayings)|an unrelated|unrelated|"
    # "a separate shooting", "in separate cases"; not "in separate vehicles"
    r"(?:a|in) separate (?:[\w-]+ )?(?:incidents?|cases?|shootings?|killings?|homicides?|"
    r"murders?|attacks?|crash(?:es)?|investigations?|matters?|robber(?:y|ies)|stabbings?|"
    r"carjackings?|burglar(?:y|ies)|assaults?|slayings?|deaths?|fires?|events?)|"
    r"in (?:an|a) (?:earlier|previous|prior) (?:incident|case|shooting|attack)|"
    # a like incident told beside the case: "for a similar shooting at a gas station"
    r"(?:a|an|another) similar (?:\w+ )?(?:killings?|shootings?|homicides?|murders?|stabbings?|"
    r"incidents?|attacks?|crash|case|slayings?|robber(?:y|ies)|carjackings?|crimes?)|"
    # a sidebar of other incidents: "Other crashes this month: ..."
    r"(?:^|\.\s+)\W*other (?:\w+ )?(?:crashes|shootings|killings|homicides|incidents|cases|"
    r"arrests|crimes|robberies|stabbings)\b|\bin other (?:[\w-]+ )?(?:news|cases|matters)|"
    # another incident a story compares the case with: "echoed the 2018 killing of"
    r"\b(?:echo(?:ed|es|ing)?|recall(?:ed|s|ing)?|reminiscent of|similar to|comparisons? (?:to|with)|"
    r"compared (?:to|with)|mirror(?:ed|s|ing)?)\s+(?:the |a |an )?(?:[\w-]+ ){0,3}?(?:killings?|"
    r"shootings?|deaths?|murders?|attacks?|crash|slayings?|stabbings?|massacre)\b|"
    # one harm told as following another: "Her death follows the killing of two teenagers"
    r"\b(?:death|killing|shooting|slaying|homicide|murder|attack|stabbing)s?\s+(?:follows|followed|"
    r"comes|came)\s+(?:[\w-]+\s+){0,3}?(?:after\s+|on the heels of\s+)?(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:killings?|shootings?|deaths?|murders?|slayings?|homicides?|attacks?|"
    r"stabbings?)\b|"
    # an old case left open: "a case that was never solved"
    r"\b(?:was|is|has been|remains?|went|were) (?:never solved|unsolved)|\bnever been solved|"
    # someone's own case: "a witness who was offered a deal in his own robbery case"
    r"\bin (?:his|her|their) own (?:\w+ )?(?:case|cases|matter|trial))\b|"
    # the same person tied to an incident told in passing: "is also a suspect in a shooting"
    r"\balso\s+(?:a\s+|the\s+)?(?:suspect|suspected|charged|accused|wanted|sought|a person of "
    r"interest)\s+in\s+(?:a|an|another|two|three|several|other)\s|"
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
_DIGRESSION = compile_scan(
    r"\b(?:protests?|demonstrations?|unrest|riots?|rallies|rally|vigils?|marches)\s+(?:over|"
    r"following|after|against|sparked by|in response to|that followed|for)\b|\bsparked by\b|"
    r"\bin the wake of\b",
    re.I,
)
# Back from an earlier matter to the case: "was out on bond when he shot Ann Lee".
_BACK_TO_CASE = re.compile(r"\b(?:when|as|after|before)\s+(?:he|she|they|police|officers)\b")
# Conditions and general talk: "if you injure a road worker", "anyone who kills".
_OPINION_CLAUSE = compile_scan(
    r"^\W*(?:if|unless|whether|should)\b|\bif (?:you|someone|anyone|somebody|a person|people)\b|"
    # the law in general: "Under state law, a 16-year-old charged with murder is ..."
    r"^\W*under (?:the |a )?(?:new |current |existing )?(?:state|federal|county|city|\w+'s)?"
    r"\s*(?:law|laws|statute|guidelines|rules|policy)\b|"
    r"\b(?:anyone|whoever) who\b|"
    # people in general: "a law requiring interlocks for anyone convicted of drunk driving"
    r"(?:\b(?:anyone|anybody|whoever|everyone|those)|\b(?:for|of|on|to|against)\s+(?:people|"
    r"drivers|defendants|offenders))\s+(?:who\s+(?:is|are|was|were|has been|have been)\s+)?"
    r"(?:convicted|charged|arrested|found guilty)\b|"
    # what someone thinks a court should do: "should never be let out", "should get life"
    r"\bshould (?:never |not |all |also )?(?:be )?(?:handing|hand|give|giving|get|getting|"
    r"receive|spend|serve|rot|pay|face|locked|put|sent|sentenced|given|held|denied|released|"
    r"let|charged|punished|executed)\b",
    re.I,
)
# What could be or could have been, said as a predicate of the defendant: "faces up to 20
# years", "could face life", "could have faced life", "carries a maximum of 20 years". The
# subject before it is still the case's ("A man accused of killing Ann Lee faces life").
_MIGHT_FACE = compile_scan(
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
_MIGHT_BE = compile_scan(
    r"\b(?:maximum|minimum|possible|potential|mandatory)\s+(?:\w+\s+)?(?:penalty|penalties|"
    r"sentences?|terms?|punishment|fine)\b|\bmandatory minimum\b|"
    r"\bhad (?:the case|it|he|she|they|the jury|a jury) (?:gone|been|convicted|found)\b|"
    r"\b(?:would|should|could) (?:be|have been) (?:more |less |far |much |a )?(?:enough|sufficient|"
    r"fair|appropriate|adequate|reasonable|excessive|too|better)\b|"
    r"\b(?:if|when|once) (?:convicted|found guilty)\b",
    re.I,
)
# A side's argument about bail: "argued that $25,000 bail was enough", "proposed a $75,000
# bond", "could afford a $10,000 bond"; not what the court did.
_ARGUED = compile_scan(
    r"\b(?:argued|argues|arguing|contended|contends|proposed|proposes|proposing|suggested|"
    r"suggests|urged|urges|insisted|insists|countered|recommended|recommends|could afford|"
    r"can afford|is a death sentence|amounts to a death sentence)\b",
    re.I,
)
_BAIL_WORD = compile_scan(r"\b(?:bond|bail)\b", re.I)
# ... unless the court's act is told with it: "agreeing with prosecutors who argued he might
# flee, the judge set bail at $1 million".
_COURT_ACTED = compile_scan(
    r"\b(?:set|ordered|granted|imposed|revoked|reduced|lowered|raised|held|denied|posted)\b", re.I
)
# Where the predicate of a possibility opens: "and faces up to life", "that a bond would be".
_PREDICATE_OPENING = re.compile(
    r"(?:\s+and\s+|,\s+(?:which|who|and)\s+|\s+that\s+|,\s+(?=(?:if|when|once)\s))", re.I
)
# A penalty a court gave, not one it could give: "sentenced him to the maximum of 25 years",
# "received a mandatory life sentence".
_IMPOSED_BEFORE = re.compile(
    r"\b(?:sentenced|received|receiving|imposed|imposing|gave|given|giving|handed|got|gets|"
    r"ordered|serving|served)\b[^,;]*\Z",
    re.I,
)
_RELATIVE_WORD = re.compile(r",\s+(?:which|who)\b", re.I)
# Any signal above opens with one of these words (lower case).
_GATE = key_words(
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
    "homicide",
    "killing",
    "murder",
    "shooting",
    "slaying",
    "another",
    "other",
    "separate",
    "unrelated",
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


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence (offsets into its text) and what it is about."""

    start: int
    end: int
    scope: str
    cue: str | None = None


def clauses(sentence: Sentence, prior: re.Match[str] | None = None) -> tuple[Clause, ...]:
    """The clauses of `sentence` with their scope; `prior` is where the sentence starts
    speaking of an earlier matter (see `Article.prior_matter`), if it does."""
    if not _GATE.opens(sentence) and prior is None:
        # No word of another matter: every clause is about the case, but each still ends at
        # its break ("Ann Lee died; Bo Tran survived" tells two outcomes).
        return _case_clauses(sentence.text)
    found = list(_clauses(sentence.text))
    if prior is not None:
        # From the words that open the earlier matter to the end of their clause, or to a
        # "when" that returns to the case: "was out on bond when he shot Ann Lee".
        split: list[Clause] = []
        for c in found:
            if c.scope == CASE and c.start <= prior.start() < c.end:
                opens = _predicate_start(sentence.text, prior, c.start)
                if opens > c.start:
                    split.append(Clause(c.start, opens, CASE))
                back = _BACK_TO_CASE.search(sentence.text, prior.end(), c.end)
                cut = back.start() if back else relative_clause_end(sentence.text, prior, c.end)
                split.append(Clause(opens, cut, PRIOR, prior.group(0)))
                if cut < c.end:
                    split.append(Clause(cut, c.end, CASE))
            else:
                split.append(c)
        found = _going_on(sentence.text, split)
    return tuple(found)


# A clause that goes on with the one before: "...; he was later acquitted".
_GOES_ON = re.compile(
    r"\W*(?:and\s+)?(?:(?:he|she|they)\s+)?(?:(?:was|were|had)\s+)?(?:later|then|eventually|"
    r"subsequently|ultimately)\b",
    re.I,
)


def _going_on(text: str, found: list[Clause]) -> list[Clause]:
    """`found`, with a clause that goes on from an earlier matter ("In 2019 he was charged
    with assault; he was later acquitted") about that matter too."""
    for i in range(1, len(found)):
        before, clause = found[i - 1], found[i]
        if before.scope == PRIOR and clause.scope == CASE and _GOES_ON.match(text, clause.start):
            found[i] = Clause(clause.start, clause.end, PRIOR, before.cue)
    return found


# An earlier matter told in a phrase after what it is of: "revoked his bond in his pending
# drug case", "was held on a warrant in an unrelated case".
_PHRASE_AFTER = re.compile(r"(?:in|from|for)\s", re.I)


def _predicate_start(text: str, prior: re.Match[str], start: int) -> int:
    """Where the earlier matter at `prior` starts, in a clause starting at `start`: at its
    words, or, when they are a phrase after what they are of, at the predicate that phrase
    ends ("was charged Monday and was held on a warrant in an unrelated case")."""
    if not _PHRASE_AFTER.match(prior.group(0)):
        return prior.start()
    openings = list(_PREDICATE_OPENING.finditer(text, start, prior.start()))
    return openings[-1].start() if openings else start


# A relative clause opening before an earlier matter: "X, who was previously arrested, ...".
_RELATIVE_OPENING = re.compile(r",\s+(?:who|whose)\b[^,;]*\Z", re.I)


def relative_clause_end(text: str, prior: re.Match[str], end: int) -> int:
    """Where the earlier matter at `prior` ends, by `end`: at the comma closing the relative
    clause it is told in ("X, who was on probation at the time, is due in court Friday":
    the main clause is this case's), else at `end`."""
    if not _RELATIVE_OPENING.search(text, max(0, prior.start() - 80), prior.start()):
        return end
    comma = text.find(",", prior.end(), end)
    return comma if comma >= 0 else end


@lru_cache(maxsize=8192)
def _case_clauses(text: str) -> tuple[Clause, ...]:
    cuts = list(_CLAUSE_BREAK.finditer(text))
    if not cuts:
        return (Clause(0, len(text), CASE),)
    starts = [0, *(cut.end() for cut in cuts)]
    ends = [*(cut.start() for cut in cuts), len(text)]
    return tuple(Clause(start, end, CASE) for start, end in zip(starts, ends, strict=True))


@lru_cache(maxsize=8192)
def _clauses(text: str) -> tuple[Clause, ...]:
    found: list[Clause] = []
    start = 0
    for cut in [*(m for m in _CLAUSE_BREAK.finditer(text)), None]:
        end = cut.start() if cut else len(text)
        for digression in _DIGRESSION.finditer(text, start, end):
            if digression.start() > start:
                found.append(_label(text, start, digression.start()))
                start = digression.start()
        for aside in _relative_aside(text, _label(text, start, end)):
            for clause in _also_aside(text, aside):
                found.extend(_hypothetical_aside(text, clause))
        start = cut.end() if cut else len(text)
    return tuple(found)


def _hypothetical_aside(text: str, clause: Clause) -> tuple[Clause, ...]:
    """`clause`, or its parts when it goes on to what could be: from the predicate that says
    it to the clause's end ("was held on $1 million bond and faces up to life": the bond is
    the case's, the term a possibility)."""
    if clause.scope != CASE:
        return (clause,)
    cues = [p.search(text, clause.start, clause.end) for p in (_MIGHT_BE, _MIGHT_FACE)]
    cue = min((c for c in cues if c), key=lambda c: c.start(), default=None)
    if cue is None or _IMPOSED_BEFORE.search(
        text, max(clause.start, cue.start() - 60), cue.start()
    ):
        return (clause,)  # "sentenced him to the maximum sentence of 25 years": imposed
    openings = list(_PREDICATE_OPENING.finditer(text, clause.start, cue.start()))
    end = clause.end
    if openings:
        start = openings[-1].start()
        if _RELATIVE_WORD.match(openings[-1].group(0)):
            closed = text.rfind(",", openings[-1].end(), cue.start())
            if closed >= 0:
                # "X, who was sentenced Monday, could have faced life": the main predicate's
                start = closed
            else:
                # "X, who faced up to 40 years, was sentenced to 12": the aside ends at its comma
                comma = text.find(",", cue.end(), clause.end)
                end = comma if comma >= 0 else end
    else:
        start = cue.start() if cue.re is _MIGHT_FACE else clause.start
    parts = [Clause(start, end, HYPOTHETICAL, cue.group(0))]
    if start > clause.start:
        parts.insert(0, Clause(clause.start, start, CASE))
    if end < clause.end:
        parts.append(Clause(end, clause.end, CASE))
    return tuple(parts)


# The predicate that "also" opens, with its verb: "is also a suspect in", "are also investigating".
_ALSO_PREDICATE = re.compile(r"(?:\b(?:is|are|was|were|has been|have been|had been)\s+)?\Z", re.I)


def _also_aside(text: str, clause: Clause) -> tuple[Clause, ...]:
    """`clause`, or its parts when another incident is told in a predicate "also" opens
    ("Bo Tran, arrested Monday in Ann Lee's killing, is also a suspect in an unsolved
    shooting"): the subject and what it says of this case come before."""
    if clause.scope != OTHER or clause.cue is None or not clause.cue.lower().startswith("also"):
        return (clause,)
    cue = text.find(clause.cue, clause.start, clause.end)
    if cue <= clause.start:
        return (clause,)
    verb = _ALSO_PREDICATE.search(text, clause.start, cue)
    start = verb.start() if verb is not None else cue
    if start <= clause.start:
        return (clause,)
    return (Clause(clause.start, start, CASE), Clause(start, clause.end, OTHER, clause.cue))


def _relative_aside(text: str, clause: Clause) -> tuple[Clause, ...]:
    """`clause`, or its parts when what makes it another matter is told in a relative clause
    ("X, who is also charged in another shooting, was arraigned Monday"): the relative
    clause is about the other matter, the main clause around it about this case."""
    if clause.scope != OTHER or clause.cue is None:
        return (clause,)
    cue = text.find(clause.cue, clause.start, clause.end)
    opening = _RELATIVE_OPENING.search(text, max(clause.start, cue - 80), cue) if cue >= 0 else None
    if opening is None:
        return (clause,)
    comma = text.find(",", cue + len(clause.cue), clause.end)
    if comma < 0:
        return (clause,)
    return (
        Clause(clause.start, opening.start(), CASE),
        Clause(opening.start(), comma, OTHER, clause.cue),
        Clause(comma, clause.end, CASE),
    )


# Harm at the place of the case, told as another time's: "Last week, a man was stabbed to
# death at the same bus stop".
_SAME_PLACE = compile_scan(
    r"\b(?:at|near|on|in|outside|inside)\s+the\s+same\s+(?:[\w-]+\s+)?(?:bus stop|intersection|"
    r"corner|block|street|road|complex|park|building|apartment|address|location|spot|place|"
    r"store|bar|club|neighborhood|house|home|school|parking lot|station)\b",
    re.I,
)
# ... at another time than the case's: "Last week", "in 2021", "years earlier".
_ANOTHER_TIME = compile_scan(
    r"\b(?:last (?:week|month|year|summer|fall|winter|spring)|ago|earlier|previously|before|"
    r"in (?:19|20)\d\d|(?:19|20)\d\d|another|a different)\b",
    re.I,
)
_HARMED = compile_scan(
    r"\b(?:killed|shot|stabbed|slain|wounded|injured|died|murdered|beaten|attacked|robbed|"
    r"struck)\b",
    re.I,
)


def _label(text: str, start: int, end: int) -> Clause:
    """The clause `text[start:end]`, labelled."""
    clause = text[start:end]
    if (cue := _OPINION_CLAUSE.search(clause)) is not None:
        return Clause(start, end, OPINION, cue.group(0))
    if (
        (cue := _ARGUED.search(clause)) is not None
        and _BAIL_WORD.search(clause)
        and not _COURT_ACTED.search(clause)
    ):
        return Clause(start, end, OPINION, cue.group(0))
    statistic = _STATISTIC_CUE.search(clause)
    if statistic is not None and _COUNTED.search(clause):
        return Clause(start, end, STATISTICS, statistic.group(0))
    if (change := _CHANGE.search(clause) or _MANY_CHARGED.search(clause)) is not None:
        return Clause(start, end, STATISTICS, change.group(0))
    if (cue := _OTHER_CLAUSE.search(clause)) is not None:
        return Clause(start, end, OTHER, cue.group(0))
    if (
        (cue := _SAME_PLACE.search(clause)) is not None
        and _HARMED.search(clause)
        and _ANOTHER_TIME.search(clause)
    ):
        return Clause(start, end, OTHER, cue.group(0))
    return Clause(start, end, CASE)


# A reference back to the matter just told: "Police arrested a man in that case Sunday".
_THAT_MATTER = compile_scan(
    r"\b(?:in|with|for|of) (?:that|the other|the earlier|the unrelated) (?:\w+ )?(?:case|shooting|"
    r"killing|homicide|incident|crash|attack|death|slaying|stabbing|robbery|investigation)\b",
    re.I,
)


REFERS_BACK_GATE = key_words("that", "the other", "the earlier", "the unrelated")


def refers_back(text: str) -> bool:
    """Whether `text` refers back to an incident told before it ("in that case")."""
    return _THAT_MATTER.search(text) is not None


def carried_over(text: str, found: tuple[Clause, ...], before: Clause | None) -> tuple[Clause, ...]:
    """`found`, with the clause that refers back to another incident told just before
    (`before`, the last clause of the sentence before) about that incident too: "A man was
    killed in an unrelated shooting. Police arrested a 22-year-old in that case Sunday."."""
    if before is None or before.scope != OTHER:
        return found
    reference = _THAT_MATTER.search(text)
    if reference is None:
        return found
    whole = scope_at(_case_clauses(text), reference.start())
    inside = [c for c in found if whole.start <= c.start and c.end <= whole.end]
    if any(c.scope not in (CASE, PRIOR) for c in inside):
        return found
    kept = [c for c in found if c not in inside]
    return tuple(
        sorted(
            [*kept, Clause(whole.start, whole.end, OTHER, reference.group(0))],
            key=lambda c: c.start,
        )
    )


_CONDITION_CUE = re.compile(r"\W*(?:if|unless|whether|should)\b", re.I)


def is_condition(clause: Clause) -> bool:
    """Whether an OPINION `clause` is a condition on this case ("If Tran is convicted ...")
    rather than talk of people in general ("Under state law, anyone charged with ...")."""
    return clause.cue is not None and _CONDITION_CUE.match(clause.cue) is not None


def scope_at(found: tuple[Clause, ...], position: int) -> Clause:
    """The clause of `found` that holds `position` (the last one past the end)."""
    for clause in found:
        if position < clause.end:
            return clause
    return found[-1]
