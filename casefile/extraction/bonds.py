"""BondSet: amounts set, bail denied, bond posted, reduced, raised or revoked.

Only what a court did or a defendant did is a bond fact: a lawyer's request ("sought bail of
$2 million"), what should or could happen, and talk of bail in general ("bail reform", "no
bail for violent offenders") are not; neither is the share of a bond paid to be released ("a
10% deposit"), which is not the bond's amount.
"""

from __future__ import annotations

import re

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.court_people import for_each_unnamed, subjects_named
from casefile.extraction.court_words import IN_YEAR, earliest_case_year
from casefile.extraction.groups import group, named_together
from casefile.extraction.money import Money, find_money
from casefile.extraction.patterns import compile_scan, first_in, prefix_match
from casefile.extraction.people import Person
from casefile.extraction.scope import CASE, PRIOR
from casefile.extraction.sentences import Sentence, key_words

# "held in lieu of $50,000" names a bond without the word.
# "held on $30,000" too: an amount a defendant is held on is his bond.
_BOND_WORD = compile_scan(
    r"\b(?:bond|bail|bonds|in lieu of|bailed out|bonded out)\b|"
    r"\b(?:held|jailed|detained|lodged|booked) (?:[\w-]+ ){0,5}?on (?=\$\d)",
    re.I,
)
_BOND_GATE = key_words("bond", "bail", "in lieu of", "on $")
_DENIED = compile_scan(
    r"\b(?:denied\s+(?:\w+\s+){0,3}?(?:bond|bail)|(?:without|no)[\s-]+(?:the possibility of\s+|"
    r"any\s+)?(?:bond|bail)|(?:refused|declined) to (?:set|grant|allow) (?:\w+\s+)?(?:bond|bail)|"
    r"(?:bond|bail)\s+(?:was\s+|is\s+)?denied|ineligible for (?:bond|bail))\b",
    re.I,
)
_REDUCTION_REFUSED = compile_scan(r"\bdenied\s+(?:a|the|his|her)\s+(?:\w+\s+)?reduction\b", re.I)
# Up to three words between the verb and the bond: "posted a $100,000 bond".
_POSTED = re.compile(
    r"\b(?:posted|posting|paid|made)\s+(?:[\w$,.%-]+\s+){0,4}?(?:bond|bail)\b|"
    r"\b(?:released|freed) (?:\w+ )?(?:from (?:\w+ ){1,3})?(?:on|after posting) (?:[\w$,.%-]+\s+){0,3}?"
    r"(?:bond|bail)\b|"
    r"\b(?:bonded|bailed) out\b",
    re.I,
)
# "is free on $150,000 bail" tells of a bond posted; without an amount ("remains free on
# bail") it is no event.
_FREE_ON = re.compile(
    r"\b(?:is|are|remains?|was|were|(?:had|has|have) been) (?:free|out) on "
    r"(?:[\w$,.%-]+\s+){0,3}?(?:bond|bail)\b",
    re.I,
)
_REVOKED = compile_scan(
    r"\b(?:revoked|revoking|revokes|rescinded)\s+(?:[\w$,.%'’-]+\s+){0,4}?(?:bond|bail)\b|"
    r"\b(?:bond|bail)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:\w+\s+)?(?:revoked|rescinded)\b",
    re.I,
)
# The amount just named, posted: "..., which he posted Wednesday".
_POSTED_IT = compile_scan(
    r"\b(?:which|that) (?:(?:he|she|they) (?:has |have |had |later |then |since )?|"
    r"(?:it|was|were|has|have|had) (?:later |then |since |been )?)(?:posted|paid|made)\b|"
    # "set at $500,000, and he posted it Tuesday".
    r"\b(?:he|she|they) (?:later |then |has |had )?(?:posted|paid|made) it\b",
    re.I,
)
_REDUCED = compile_scan(r"\b(?:reduced|lowered|cut|decreased|dropped to|down from)\b", re.I)
# Not money raised: "a fundraiser has raised $20,000 for his bail".
_RAISED = compile_scan(
    r"\b(?:raised|increased|doubled|tripled|up from)\b"
    r"(?!\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?\$)",
    re.I,
)
# "held on $250,000, up from the $50,000 bond he posted": the amount before the words is the
# new one, the amount after them the one it was.
_FROM_AFTER = re.compile(r"\b(?:up|down) from\b", re.I)
# "the $50,000 bond he posted in July": posted, told after the amount.
_POSTED_AFTER = re.compile(
    r"\s+(?:cash\s+|surety\s+)?(?:bond|bail)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+"
    r"(?:had\s+|later\s+)?(?:posted|paid)\b",
    re.I,
)
# "is free on $150,000 bail": the bond of this case, though "free on" often tells of an
# earlier one ("was free on bond when he was arrested").
# ... and so does "has been free on bond since", or "had been free on bond since his arrest"
# (until the verdict): free on this case's bond, not on an earlier one's.
_STILL_FREE = compile_scan(
    r"\b(?:(?:is|are|remains?|(?:has|have) been) (?:free|out) on|"
    r"had been (?:free|out) on (?=[^.;]{0,60}\b(?:since|until)\b))",
    re.I,
)
_AT_THE_TIME = compile_scan(r"\b(?:when|at the time|while)\b", re.I)
# Talk of bail in general, not this defendant's: "bail reform", "no bail for violent offenders".
_POLICY = compile_scan(
    r"\b(?:bail|bond) (?:reform|system|laws?|polic(?:y|ies)|bills?|funds?|project|industry)\b|"
    r"\b(?:bail|bond) for (?:\w+ )?(?:offenders|defendants|suspects|people|criminals)\b",
    re.I,
)
# A request or what might be: "his lawyer sought bail of $2 million", "should be released".
_NOT_DONE = compile_scan(
    r"\b(?:sought|seek(?:s|ing)?|asked(?: for)?|ask(?:s|ing)? for|request(?:s|ed|ing)?|"
    r"argu(?:ed|es|ing) for|recommend(?:s|ed|ing)?|wants?|wanted|push(?:ed|ing)? for|"
    r"should|could|would|might|expects?|expected|hopes?|hoped|plans?|planned|intends?|"
    r"to\s+be\s+released)\b",
    re.I,
)
_DETAINED = compile_scan(
    r"\b(?:ordered (?:\w+ )?(?:detained|held) (?:pending|until|ahead of|before)|"
    # Federal wording: "ordered detained" is held with no bail to post.
    r"ordered (?:\w+ )?detained(?! on\b| in lieu\b)|"
    r"(?:detained|held|jailed) (?:pending|until|ahead of) (?:his |her |their |the )?trial|"
    r"remanded (?:in|into|to) (?:the )?(?:[\w-]+ ){0,3}?(?:custody|jail)|"
    # "granted the government's motion for pretrial detention".
    r"granted (?:[\w'’]+ ){0,3}?(?:motion|request) (?:for|to) (?:pretrial |continued )?detention|"
    r"ordered (?:\w+ )?(?:into |held in )?pretrial detention)\b",
    re.I,
)
_DETAINED_GATE = key_words(
    "detained", "remanded", "held pending", "jailed pending", "held until", "detention"
)
# The share paid to be released: "a 10% deposit of $5,000", "10% ($5,000)", "$5,000 (10%)";
# "a $25,000 bond, 10 percent" names the bond and the share that may be paid of it.
# "posting 10% of his $250,000 bond" names the bond itself.
_SHARE_BEFORE = compile_scan(r"\b\d{1,2}\s*(?:%|percent)(?!\s+of\b)[^$]{0,25}\Z", re.I)
_SHARE_AFTER = re.compile(r"\A[\s,]*(?:\(\s*\d{1,2}\s*(?:%|percent)|(?:cash\s+)?deposit)", re.I)


_FROM = compile_scan(r"\bfrom\s+\Z", re.I)
# Money gathered toward a bond is not its amount: "a fundraiser has raised $20,000 for it".
_GATHERED = compile_scan(
    r"\b(?:raised|collected|donated|contributed|pledged|gathered)\s+(?:more\s+than\s+|over\s+|"
    r"about\s+|nearly\s+|almost\s+)?\Z",
    re.I,
)
# "bonds totaling $5,000 or less", "up to $1 million": a range, not a bond that was set ("held
# on bonds totaling $350,000" is one).
_RANGE_BEFORE = compile_scan(
    r"\b(?:up to|as much as|as little as|less than|more than|under|over)\s+\Z", re.I
)
_RANGE_AFTER = re.compile(r"\A\s+or (?:less|more|higher|lower)\b", re.I)


def _a_range(text: str, money: Money) -> bool:
    before = text[max(0, money.start - 20) : money.start]
    return bool(_RANGE_BEFORE.search(before) or prefix_match(_RANGE_AFTER, text[money.end :]))


def _a_share(text: str, money: Money) -> bool:
    """Whether `money` is the part of a bond paid to be released ("10% ($5,000)")."""
    before = text[max(0, money.start - 40) : money.start]
    return bool(_SHARE_BEFORE.search(before) or prefix_match(_SHARE_AFTER, text[money.end :]))


def _status(text: str) -> str:
    if first_in(_REDUCTION_REFUSED, text):
        return "set"
    if first_in(_REVOKED, text):
        return "revoked"
    if first_in(_POSTED, text) or first_in(_FREE_ON, text):
        return "posted"
    if first_in(_REDUCED, text):
        return "reduced"
    if first_in(_RAISED, text):
        return "raised"
    return "set"


# A request made further before the bond, in its stretch: "Prosecutors asked a judge to hold
# the man ... on a $2 million bond" (unless a judge granted it: "granted the request and set").
_ASKED = re.compile(r"\b(?:asked|asks|asking|sought|seeks|seeking|urged|requested)\b", re.I)
_GRANTED = re.compile(r"\b(?:granted|agreed|set|ordered|imposed|denied|rejected)\b", re.I)


def _not_done(clause: str, bond: re.Match[str]) -> bool:
    """A request or a possibility said before the bond word: "sought bail of $2 million"."""
    if _NOT_DONE.search(clause, max(0, bond.start() - 40), bond.start()):
        return True
    stretch = max(clause.rfind(",", 0, bond.start()), clause.rfind(";", 0, bond.start())) + 1
    asked = [m.end() for m in _ASKED.finditer(clause, stretch, bond.start())]
    return bool(asked) and not _GRANTED.search(clause, asked[-1], bond.start())


def _prior(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` tells of an earlier matter's bond; "is free on $X bail" does not."""
    prior = article.prior_matter(sentence)
    if prior is None:
        return False
    text = sentence.text
    return not (first_in(_STILL_FREE, text) and not first_in(_AT_THE_TIME, text))


def _elsewhere(article: Article, sentence: Sentence, position: int) -> bool:
    """Whether the bond word at `position` is told of another matter than this case: the
    clause's scope decides, so "denied bond Friday, citing his criminal history" is this
    case's bond and "posted bond in an unrelated case" is not; so does a year well before
    any the report gives the case ("In 2016, he was arrested on a menacing charge and
    released on a $5,000 bond")."""
    scope = article.scope_at(sentence, position).scope
    if scope == CASE:
        return _long_ago(article, sentence)
    return scope != PRIOR or _prior(article, sentence)


def _long_ago(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` tells its bond in a year before any the case's events may be told
    in (`earliest_case_year`), not as the time since which it holds ("since his arrest in
    2019")."""
    text = sentence.text
    if not _YEAR_GATE.search(text):
        return False
    years = [
        int(m.group("year"))
        for m in IN_YEAR.finditer(text)
        if not _SINCE_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
    ]
    if not years:
        return False
    floor = earliest_case_year(article.text, article.published)
    return floor is not None and min(years) < floor


_YEAR_GATE = re.compile(r"\b(?:19|20)\d\d\b")
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]*\Z", re.I)


def extract_bonds(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    # Each fact's key and the sentence it was read from; ordered, so output is reproducible.
    seen: dict[tuple[int, int | None, str], Sentence] = {}
    posted_later: list[tuple[Person, Sentence]] = []

    def add(
        person: Person,
        amount: int | None,
        status: str,
        sentence: Sentence,
        also: Sentence | None = None,
    ) -> None:
        key = (id(person), amount, status)
        if key in seen:
            return
        seen[key] = sentence
        fields = {"person": person_name(person), "amount": amount, "status": status}
        if also is None:
            facts.append(fact("BondSet", fields, article, sentence))
        else:  # drawn from two sentences: the quote spans both
            start, end = min(sentence.start, also.start), max(sentence.end, also.end)
            facts.append(Fact("BondSet", fields, evidence_in(article.text, start, end)))

    for sentence in _BOND_GATE.among(article.sentences):
        if first_in(_POLICY, sentence.text):
            continue
        # "Lee's bond was set at $75,000; Tran was denied bond": each clause its own person.
        offset = 0
        for clause in sentence.text.split(";"):
            bond = _BOND_WORD.search(clause)
            position = offset + (bond.start() if bond else 0)
            offset += len(clause) + 1
            if not bond or _not_done(clause, bond) or _elsewhere(article, sentence, position):
                continue
            clause_start = offset - len(clause) - 1
            own = _each_own(article, sentence, clause, clause_start)
            if own:
                for part, person in own:
                    _read_clause(part, person, sentence, add, posted_later)
                continue
            for person in _whom(article, sentence, position):
                _read_clause(clause, person, sentence, add, posted_later)
    _changed_later(article, seen, add)
    # Held with no bail to post, in federal wording: "ordered detained pending trial".
    for sentence in _DETAINED_GATE.among(article.sentences):
        detained = first_in(_DETAINED, sentence.text)
        if (
            detained is None
            or _elsewhere(article, sentence, detained.start())
            or _not_done(sentence.text, detained)
        ):
            continue
        for person in _whom(article, sentence, detained.start()):
            if not any(k[0] == id(person) for k in seen):
                add(person, None, "denied", sentence)
    # "posted bail" without an amount: the amount set for the same person, if the report
    # states one (the last it was lowered or raised to, if it was), else a bond posted of no
    # stated amount.
    for person, sentence in posted_later:
        near = [
            (key, told)
            for key, told in seen.items()
            if key[0] == id(person) and key[1] is not None and abs(told.index - sentence.index) <= 4
        ]
        changed = [
            (k, t) for k, t in near if k[2] in ("reduced", "raised") and t.index <= sentence.index
        ]
        set_in = (
            {changed[-1][0][1]: changed[-1][1]}
            if changed
            else {key[1]: told for key, told in near if key[2] == "set"}
        )
        for amount, told in set_in.items():
            add(person, amount, "posted", sentence, told)
        posted = any(k[0] == id(person) and k[2] == "posted" for k in seen)
        if not set_in and not posted:
            add(person, None, "posted", sentence)
    return for_each_unnamed(article, facts)


def _each_own(
    article: Article, sentence: Sentence, clause: str, start: int
) -> list[tuple[str, Person]]:
    """A clause that gives several suspects an amount each ("Moss is held on $50,000 bond
    and Fry on $5,000"), cut before each suspect named after an amount, each part with the
    suspect it names; [] if the clause does not."""
    if clause.count("$") < 2:  # amounts are written with the sign; most clauses hold one
        return []
    amounts = find_money(clause)
    if len(amounts) < 2:
        return []
    named = [
        (m.start - start, p)
        for m, p in article.cast.people_in(sentence)
        if p.suspect and start <= m.start < start + len(clause)
    ]
    if len({id(p) for _, p in named}) < 2:
        return []
    cuts = [(at, p) for at, p in named if at > amounts[0].start]
    first = [p for at, p in named if at < amounts[0].start]
    if not cuts or not first:
        return []
    parts = [(clause[: cuts[0][0]], first[-1])]
    for (at, person), (end, _) in zip(cuts, [*cuts[1:], (len(clause), None)], strict=True):
        parts.append((clause[at:end], person))
    return parts


def _whom(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """The suspects a bond statement concerns: each of a group ("$3 million each"), else the
    one the sentence speaks of."""
    together = named_together(article, sentence) or group(article, sentence)
    if together:
        return together
    person = article.cast.actor(sentence, position, prefer_suspect=True)
    if person is not None:
        return [person]
    # "Vance remains in the county prison without bail": only someone accused is held on a
    # bond, so the person the sentence opens with as its subject, if no victim or official.
    return subjects_named(article, sentence, position)


def _read_clause(clause: str, person: Person, sentence: Sentence, add, posted_later) -> None:
    amounts = [
        m
        for m in find_money(clause)
        if m.amount >= 1000
        and not _a_range(clause, m)
        and not _a_share(clause, m)
        # "held without bail after prosecutors asked for a $1 million bond"
        and not _NOT_DONE.search(clause, max(0, m.start - 40), m.start)
        and not _GATHERED.search(clause, max(0, m.start - 30), m.start)
    ]
    if amounts:
        status = _status(clause)
        change = {"reduced": _REDUCED, "raised": _RAISED}.get(status)
        changed_at = change.search(clause) if change else None
        for money in amounts:
            # "reduced from $1 million to $250,000", "held on $1 million bond, which was later
            # reduced to $250,000": the amount before the change or after "from" was set.
            if changed_at is not None and _FROM_AFTER.match(clause, changed_at.start()):
                was = money.start >= changed_at.end()
            else:
                was = changed_at is not None and (
                    money.end <= changed_at.start()
                    or _FROM.search(clause, max(0, money.start - 6), money.start)
                )
            if (was or status == "set") and _POSTED_AFTER.match(clause, money.end):
                add(person, money.amount, "posted", sentence)
                continue
            add(person, money.amount, "set" if was else status, sentence)
            # "set his bond at $50,000, which he posted Wednesday": posted as well.
            if status == "set" and _POSTED_IT.search(clause, money.end):
                add(person, money.amount, "posted", sentence)
            # "released on $500,000 bail", "revoked his $1 million bond": it was set first.
            if status in ("posted", "revoked") and re.search(
                r"\bset at\b|\bgranted\b|\bpreviously\b", clause
            ):
                add(person, money.amount, "set", sentence)
    elif revoked := _REVOKED.search(clause):
        add(person, None, "revoked", sentence)
        # "revoked his bond and ordered him held without bail": denied from then on.
        if _DENIED.search(clause, revoked.end()):
            add(person, None, "denied", sentence)
    elif _DENIED.search(clause) and not _REDUCTION_REFUSED.search(clause):
        add(person, None, "denied", sentence)
    elif _POSTED.search(clause):
        posted_later.append((person, sentence))


# A bond changed in the sentence after it is told, named by a pronoun: "He was held on a $1
# million bond. A judge lowered it to $250,000."
_CHANGED_IT = compile_scan(
    r"\b(?P<verb>reduced|lowered|cut|raised|increased) (?:it|that|the amount|the figure) to "
    r"(?=\$\d)",
    re.I,
)
_CHANGED_GATE = key_words("reduced it", "lowered it", "cut it", "raised it", "increased it",
                          "reduced that", "lowered that", "raised that", "the amount to",
                          "the figure to")  # fmt: skip


def _changed_later(article: Article, seen: dict, add) -> None:
    """Read "lowered it to $250,000" as the bond of the sentence before it."""
    for sentence in _CHANGED_GATE.among(article.sentences):
        changed = first_in(_CHANGED_IT, sentence.text)
        if (
            changed is None
            or sentence.index == 0
            or _NOT_DONE.search(sentence.text, max(0, changed.start() - 40), changed.start())
        ):
            continue
        before = article.sentences[sentence.index - 1]
        told = [key for key, where in seen.items() if where is before and key[1] is not None]
        money = find_money(sentence.text[changed.end() :])
        if len(told) != 1 or not money:
            continue
        person = next(
            (p for p in article.cast.named_suspects if id(p) == told[0][0]),
            None,
        )
        if person is not None:
            status = (
                "raised"
                if changed.group("verb").lower() in ("raised", "increased")
                else ("reduced")
            )
            add(person, money[0].amount, status, sentence, before)
