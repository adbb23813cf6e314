"""Counted victims: "three people were killed", "killing two and wounding five others", "two
men were shot, one fatally". A count gives one victim per head with the outcome read from the
verb before it or the predicate after it; counts of "other" or "more" people, counts of
suspects ("two men have been arrested") and dates ("the June 15 deaths") give none. The
outcome a word tells is read in outcome_words.py. Read by extraction/victim_unnamed.py, and
its nouns for people by victims.py.
"""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.case_harm import case_killing, taken_outcome
from casefile.extraction.context import Article, fact
from casefile.extraction.doers import does_the_deed
from casefile.extraction.harm_words import COUNT_VERB_BEFORE, ESCAPED_PLACE
from casefile.extraction.key_words import key_words
from casefile.extraction.no_harm import STATISTIC_SPAN
from casefile.extraction.numbers import NUMBER, NUMBER_KEYS, number_value
from casefile.extraction.outcome_words import HARM_NOUN, INJURED_NEAR, KILLED_NEAR, outcome_of
from casefile.extraction.patterns import compile_scan, first_in, matches_in
from casefile.extraction.sentences import Sentence

# The look-ahead names the characters a count starts with (a digit or the first letter of a
# number word): `compile_scan` cannot work them out from `\d`, and without them the pattern
# is entered at every word of the sentence.
# People counted by what they are or do: a closed class of plural nouns for people. The first
# ones count victims wherever a harm word is near; the plain ones (`_PLAIN_COUNT`) only when a
# harm word frames them ("killing six people", "five patients were assaulted").
# (One of them, by its singular: "four people were wounded and one man was killed".)
_KIND_COUNT = (
    "boys girls children grandchildren sons daughters officers men women kids man woman boy "
    "girl child"
)
_PLAIN_WORDS = (
    "people person persons others victims clerks employees customers workers residents "
    "passengers neighbors classmates students friends teenagers teens relatives coworkers "
    "co-workers patients clients tenants guests shoppers patrons bystanders pedestrians "
    "motorists drivers riders worshippers worshipers congregants parishioners inmates players "
    "athletes members youths minors juveniles adults seniors infants toddlers babies siblings "
    "brothers sisters cousins nephews nieces grandsons granddaughters teachers nurses deputies "
    "troopers agents firefighters cashiers staffers attendees spectators campers hikers "
    "investors homeowners"
)
_COUNTED = compile_scan(
    rf"(?=[\dotfsen])\b(?P<n>{NUMBER})\s+(?P<between>(?:[\w-]+\s+){{0,2}}?)"
    rf"(?P<desc>{'|'.join(sorted((_KIND_COUNT + ' ' + _PLAIN_WORDS).split(), key=len, reverse=True))})\b",
    re.I,
)
_PLAIN_COUNT = frozenset(_PLAIN_WORDS.split())
# A household counted after its noun: "a family of four escaped unharmed".
_FAMILY_OF = compile_scan(
    rf"\b(?:a|the)\s+(?P<desc>family)\s+of\s+(?P<n>{NUMBER})(?P<between>)\b", re.I
)
# "three people were killed", "left six people dead".
# An appositive between the count and its verb: "two men, Bo Tran, 20, and Cy Hall, 22, were".
_APPOSITIVE = r"(?:,[^.;]{0,100}?,)?"
_COUNT_PREDICATE_AFTER = re.compile(
    r"\A"
    + _APPOSITIVE
    # "two passengers in the other car were hospitalized"
    # (not a relative clause's: "two men in the shooting that killed a teenager")
    + r"(?:\s+(?:in|at|on|inside|aboard|near)\s+(?:(?!\b(?:that|which|who)\b)[^,.;]){1,30}?)?"
    # a relative clause that tells what befell them: "two people who were wounded are
    # expected to recover", "the three people who survived gunshot wounds" (not "two men who
    # shot a clerk": what they did)
    + r"(?:\s+(?:who|that)(?=\s+(?:(?:were|was|have been|had been)\s|survived\b|died\b)))?"
    + r"\s+(?:(?:were|was|have been|had been|are|is|all|later|also|found)\s+)*(?P<what>killed|dead|died|"
    r"survived(?=\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injuries|injury)\b)|"
    r"hospitali[sz]ed|treated\s+(?:for|at)|taken\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?hospital|"
    r"escaped (?:without (?:injury|injuries|harm)|unharmed|unhurt|uninjured)|"
    + ESCAPED_PLACE
    + r"|injured|wounded|hurt|shot and killed|shot dead|shot to death|fatally shot|"
    # "a family of four was shot at while driving home": targeted, not hit (not "shot at a
    # park", where they were)
    r"shot at(?=\s*[.,;]|\s+(?:while|outside|near|by|from|as|during|through)\b)|shot|stabbed|"
    # "two women were assaulted"
    r"(?:sexually\s+)?assaulted|beaten|attacked|robbed|carjacked|kidnapped|abducted|tied up|"
    # neglect told by the body: "his two siblings were found malnourished and bruised"
    r"malnourished|emaciated|starved|bruised|"
    r"held (?:at (?:gun|knife)point|hostage|captive))\b",
    re.I,
)
_NOT_HURT_NEAR = re.compile(
    r"\b(?:not\s+(?:injured|hurt|harmed|hit|struck)|unharmed|uninjured|unhurt)\b", re.I
)
_DIED_LATER = re.compile(r"\b(?:died|(?:was|were) killed|pronounced (?:dead|deceased))\b", re.I)
_COUNT_ACCUSED_AFTER = re.compile(
    r"\A"
    + _APPOSITIVE
    + r"\s+(?:(?:have|has|had|were|was|are|is|been|also|both|later|now)\s+)*(?:arrested|charged|"
    r"accused|indicted|held|booked|sought|wanted|convicted|sentenced|faces?|facing|in\s+custody|"
    r"under\s+arrest)\b",
    re.I,
)
# The count as the object of custody or a charge: "arrested two men", "charges against four
# men", "testify against the three men".
_COUNT_ACCUSED_BEFORE = re.compile(
    r"\b(?:arrested|charged|indicted|booked|detained|against|identified|seeking|sought|"
    r"searching\s+for|looking\s+for|wanted)\s+(?:(?:the|all|both)\s+)?\Z",
    re.I,
)
# A killing said of a thing by a relative clause: "in the shooting that killed a teenager".
_THING_THAT_BEFORE = re.compile(r"\b(?:that|which)\s+(?:\w+\s+)?\Z", re.I)
_DATE_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\Z", re.I
)
_EXPLOITED = re.compile(r"forc\w+|coerc\w+|traffick\w+|exploit\w+")
_LEFT_BEFORE = re.compile(r"\bleft\s+\Z", re.I)
_COUNT_OTHER = compile_scan(r"\b(?:other|more|additional)\b", re.I)
# "A bouncer was killed and two other people were injured": the others of the same incident.
# ... and told by participles: "opened fire, killing Ann Lee and wounding two other men".
_HARM_AND_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:killed|shot|wounded|injured|stabbed|hurt)\b[^.;]{0,60}?"
    r"\band\s+\Z|"
    # "A man is fighting for his life and two other men were injured": a state of the harmed
    r"\b(?:is|was|remains|remained)\s+(?:fighting for (?:his|her) life|in (?:a\s+)?(?:critical|"
    r"serious|grave) condition)\b[^.;]{0,60}?\band\s+\Z|"
    r"\b(?:killing|wounding|injuring|shooting|stabbing)\b[^.;]{0,60}?\band\s+(?:wounding|"
    r"injuring|killing|hurting)\s+\Z",
    re.I,
)
# (compile_scan: searched at every position, it skips in C to where a match can start)
_ONE_FATALLY = compile_scan(
    r"\bone(?: of (?:them|whom))?,?\s+(?:fatally|mortally|died|was killed|later died)\b|"
    # "Two people were shot, leaving one man dead and a woman hurt"
    r"\b(?:leaving|left)\s+one(?:\s+(?:[\w-]+\s+)?(?:man|woman|person|of them))?\s+dead\b",
    re.I,
)
# "Two people were wounded and one was killed": a count told as hurt, and one more who died
# (not "two people were shot and one died", one of the two).
_ONE_BESIDES_THE_HURT = re.compile(
    r"\w+\s+(?:[\w-]+\s+){0,2}?(?:were|are|have\s+been)\s+(?:also\s+)?(?:wounded|injured|"
    r"hurt|hospitali[sz]ed)\s+and\s+one\s+(?:other\s+|more\s+)?(?:was\s+killed|died)\b",
    re.I,
)
_LEFT_ONE_DEAD = re.compile(r"(?:leaving|left)\b", re.I)
# A count whose noun is left out: "and four were wounded", "killing two".
_ELLIPTIC = compile_scan(
    rf"\b(?:and|while|with)\s+(?P<n>{NUMBER})\s+(?:more\s+)?(?:others?\s+)?(?:were|was|are|is|"
    r"have\s+been)\s+"
    r"(?:also\s+)?(?P<what>wounded|injured|hurt|killed|shot)\b|"
    # "three men were injured and one died"
    rf"\b(?:and|while)\s+(?P<n5>{NUMBER})\s+(?:more\s+|others?\s+)?(?:later\s+)?(?P<what5>died)\b|"
    # (not "killing 29-year-old Ann Lee": a number joined to a word by a hyphen is an age or a
    # kind, "a two-car crash", no count of people)
    rf"\b(?P<verb>wounding|injuring|killing)\s+(?P<n2>{NUMBER})\b(?!-|\s+(?:of|years|[\w-]+\s+(?:of|"
    r"years)))|"
    # "left two dead": a count of the dead with no noun
    rf"\b(?:left|leaving)\s+(?P<n4>{NUMBER})\s+(?P<what4>dead)\b|"
    # "left two dead and three injured": the verb left out of both
    rf"(?:(?<=\bdead)|(?<=\bkilled))\s+and\s+(?P<n3>{NUMBER})\s+(?:others?\s+|more\s+)?"
    r"(?P<what3>wounded|injured|hurt)\b",
    re.I,
)
_ELLIPTIC_GATE = key_words(
    *(
        f"{verb} {what}"
        for verb in ("were", "was", "are", "is", "been")
        for what in ("wounded", "injured", "hurt", "killed", "shot", "also")
    ),
    "wounding",
    "injuring",
    "killing",
    "dead and",
    "killed and",
    "left",
    "leaving",
    "died",
)
_COUNTED_WORDS = f"{_KIND_COUNT} {_PLAIN_WORDS}"
_COUNTED_GATE = key_words(*_COUNTED_WORDS.split())
# The descriptions of counted groups ("people", "men"), as against one person described.
COUNTED_NOUNS = frozenset(_COUNTED_WORDS.split())


# Words that end a count before its noun: a term or a span ("35 years for man who killed a
# driver") or a preposition ("two in the crowd").
_BETWEEN_STOP = re.compile(
    r"\b(?:years?|months?|days?|weeks?|hours?|minutes?|times|counts?|for|to|in|at|on|with|by)\b",
    re.I,
)
_SINGULAR = frozenset(("man", "woman", "boy", "girl", "child"))


# A count one person is said to have harmed is his deed, not a tally, whatever time it is
# told at: "Police say he killed six people last year".
_DONE_BY_ONE = re.compile(
    r"\b(?:he|she)\s+(?:(?:allegedly|also|fatally)\s+)?(?:shot|killed|stabbed|wounded|injured|"
    r"murdered|attacked)(?:\s+and\s+(?:killed|wounded|injured))?\s+\Z",
    re.I,
)


def _counts_its_noun(match: re.Match[str]) -> bool:
    """Whether a count is of the noun it reaches: no term or preposition between them, and
    a count above one only of a plural noun ("four people were wounded and one man was
    killed", not "35 years for man")."""
    if _BETWEEN_STOP.search(match.group("between")):
        return False
    return not (
        match.group("desc").lower() in _SINGULAR and (number_value(match.group("n")) or 0) > 1
    )


def count_groups(article: Article, sentence: Sentence, groups: dict[str, tuple[int, Fact]]) -> None:
    """Read the counts of `sentence` into `groups`: for each outcome, the largest count told
    and the fact of its group."""
    sentence_words = sentence.key_words
    if NUMBER_KEYS.words.isdisjoint(sentence_words):
        return  # both readings below count with a number: most sentences hold none
    text = sentence.text
    # "Two officers were shot, one of them fatally": a count split by outcome, one killed
    # and the rest hurt; "one of them" said otherwise is read from the names that follow.
    fatal = "one" in sentence.lower and _ONE_FATALLY.search(text)
    split = not fatal and "one of them" in sentence.lower and "one of them" in text.lower()
    counts = not split and not _COUNTED_GATE.words.isdisjoint(sentence_words)
    counted = matches_in(_COUNTED, text) if counts else ()
    if not split and "family of" in sentence.lower:
        counted = [*counted, *matches_in(_FAMILY_OF, text)]
    found = []
    for match in counted:
        if not article.in_case(sentence, match.start()) or _DATE_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "the June 15 deaths": a date
        if re.match(r"of\b", match.group("between"), re.I):
            continue  # "One of the men ... died": one of a group counted before (later_deaths)
        if not _counts_its_noun(match):
            continue  # "35 years for man who killed": a term, not a count of men
        if first_in(STATISTIC_SPAN, text) and not _DONE_BY_ONE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue  # "14 women were killed by a partner in the county last year"
        outcome = count_outcome(text, match, after_harm=_others_after_harm(article, sentence))
        if outcome == "injured?":
            outcome = "killed" if case_killing(article) else "injured"
        elif outcome == "taken?":
            outcome = taken_outcome(article)
        found.append(
            (outcome, number_value(match.group("n")) or 0, match.group("desc"), match.start())
        )
    if not split and not _ELLIPTIC_GATE.words.isdisjoint(sentence_words):
        # "two people were killed and four were wounded", "killing two": the noun left out
        taken = {m.start("n") for m in counted}
        for match in matches_in(_ELLIPTIC, text):
            which = next(g for g in ("n", "n2", "n3", "n4", "n5") if match.group(g))
            n, start = match.group(which), match.start(which)
            if start in taken or not article.in_case(sentence, start):
                continue
            what = next(
                match.group(g)
                for g in ("what", "verb", "what3", "what4", "what5")
                if match.group(g)
            )
            found.append((outcome_of(what), number_value(n) or 0, "people", start))
    for outcome, count, desc, start in found:
        told = [(outcome, count)]
        # (A group told after "leaving one dead" is others besides: "left one dead and two
        # others hurt".)
        if (
            fatal
            and outcome
            and count > 1
            and (start < fatal.start() or not _LEFT_ONE_DEAD.match(fatal.group(0)))
            and not _ONE_BESIDES_THE_HURT.match(text, start, fatal.end())
        ):
            told = [("killed", 1), ("injured", count - 1)]
        for outcome, count in told:
            if outcome and count > groups.get(outcome, (0, None))[0]:
                groups[outcome] = (
                    count,
                    fact(
                        "VictimReported",
                        {
                            "name": None,
                            "description": desc.lower(),
                            "age": None,
                            "outcome": outcome,
                        },
                        article,
                        sentence,
                    ),
                )


def pairs(article: Article, sentence: Sentence, groups: dict[str, tuple[int, Fact]]) -> None:
    """ "the murders of his parents", "her grandparents were found dead": two people, with the
    outcome read as a count's is (`count_outcome`), read into `groups` like a count of two."""
    if _PAIR_GATE.words.isdisjoint(sentence.key_words):
        return
    text = sentence.text
    for match in matches_in(_PAIR, text):
        if not article.in_case(sentence, match.start()):
            continue
        verb = COUNT_VERB_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        predicate = _COUNT_PREDICATE_AFTER.match(text[match.end() :])
        if verb is not None and not HARM_NOUN.fullmatch(verb.group("verb").lower()):
            outcome = outcome_of(verb.group("verb"))
        elif predicate is not None:
            if _DONE_TO.match(text, match.end() + predicate.end()) and not _AUXILIARY.search(
                predicate.group(0)
            ):
                continue  # "his parents killed him": the pair did it
            outcome = outcome_of(predicate.group("what"))
        else:
            continue
        if groups.get(outcome, (0, None))[0] < 2:
            fields = {"name": None, "description": match.group("desc").lower(), "age": None}
            groups[outcome] = (
                2,
                fact("VictimReported", {**fields, "outcome": outcome}, article, sentence),
            )


# The one a bare verb of harm was done to, right after it: "his parents killed him".
_DONE_TO = re.compile(r"\s+(?:him|her|them|his|their)\b", re.I)
_AUXILIARY = re.compile(r"\b(?:were|was|have|had|are|is|been)\b", re.I)
_PAIR = compile_scan(r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?P<desc>parents|grandparents)\b", re.I)
_PAIR_GATE = key_words("parents", "grandparents")


def _others_after_harm(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` opens with a count of others right after a sentence telling the
    case's harm ("Two people were killed. Four other people were injured."): the others of the
    same incident."""
    if sentence.index == 0 or not _OPENS_WITH_OTHERS.match(sentence.text):
        return False
    before = article.sentences[sentence.index - 1]
    told = _HARM_TOLD.search(before.text)
    return told is not None and article.in_case(before, told.start())


_OPENS_WITH_OTHERS = re.compile(
    rf"\A\W*(?:{NUMBER})\s+(?:other|more|additional)\s+(?:[\w-]+\s+)?(?:were|was|have been)\b",
    re.I,
)
_HARM_TOLD = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:killed|shot|wounded|injured|stabbed|hurt|dead)\b", re.I
)


# A count after a harm's object and a comma is an item of a list of the harmed ("killed his
# wife, two daughters and a son"), unless the comma closes a phrase of time set before the
# clause ("Months after the killing of Ann Lee, two men were charged").
_AFTER_A_COMMA = re.compile(r",\s+(?:(?:his|her|their|the)\s+)?\Z", re.I)
_FRONTED = re.compile(
    r"\W*(?:(?:just|shortly|soon|only|nearly|almost|about|some|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|few|\d+)\s+)*(?:(?:minutes?|hours?|days?|weeks?|months?|"
    r"years?|moments?)\s+)?(?:after|before|since|following|amid|during|until)\s[^,;]*,\s*\Z",
    re.I,
)


def count_outcome(text: str, match: re.Match[str], after_harm: bool = False) -> str | None:
    """What happened to a counted group, from the verb before the count ("killing six
    people"), the predicate after it ("three boys ... died") or "left N dead". Counts of
    "other" or "more" people are other incidents' victims and give none, unless they follow
    the case's own harm (`after_harm`: "Two people were killed. Four others were hurt.")."""
    if (
        _COUNT_OTHER.search(match.group("between"))
        and not after_harm
        and not _HARM_AND_BEFORE.search(text, max(0, match.start() - 100), match.start())
    ):
        return None
    before = text[max(0, match.start() - 40) : match.start()]
    if _COUNT_ACCUSED_BEFORE.search(before):
        return None  # "arrested two men", "charges against four men": suspects, not victims
    if does_the_deed(text, match.start()):
        return None  # "Two men walked up and opened fire, killing ...": those who did it
    verb = COUNT_VERB_BEFORE.search(before)
    if verb and _AFTER_A_COMMA.search(verb.group(0)) and _FRONTED.match(text, 0, match.start()):
        # "Months after the killing of Ann Lee, two men were charged": the comma closes a
        # phrase set before the clause, and the count is the clause's subject
        verb = None
    if verb:
        if HARM_NOUN.fullmatch(verb.group("verb").lower()):
            return "injured?"  # "the shooting of two men": a killing if the case is one
        if _EXPLOITED.fullmatch(verb.group("verb").lower()):
            return "taken?"  # "forced four women to work": hurt if the case is of sexual abuse
        return outcome_of(verb.group("verb"))
    after = text[match.end() :]
    predicate = _COUNT_PREDICATE_AFTER.match(after)
    if predicate:
        return outcome_of(predicate.group("what"))
    if _LEFT_BEFORE.search(before) and re.match(r"\A\s+dead\b", after, re.I):
        return "killed"
    if match.group("desc").lower() in _PLAIN_COUNT or _COUNT_ACCUSED_AFTER.match(after):
        return None  # "two men have been arrested": suspects, not victims
    clause = text[match.start() : match.end() + 100]
    if _NOT_HURT_NEAR.search(clause):
        return None  # "two children were in the back seat and were not injured": no harm
    killed = KILLED_NEAR.search(clause)
    if killed and not _THING_THAT_BEFORE.search(clause, 0, killed.start()):
        return "killed"
    if not INJURED_NEAR.search(clause):
        return None
    # "found three boys with gunshot wounds ... but the children died at the scene"
    return "killed" if _DIED_LATER.search(text, match.end()) else "injured"
