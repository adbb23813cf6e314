"""Offence names in a phrase: where a list of charges ends ("murder and robbery in the
death of ...", a semicolon that ends it or goes on to one more offence) and the items it
divides into: at commas and "and", not inside a name that holds an "and" of its own ("hit and
run"), a statute or count in brackets, a word's ending shared by two ("first- and
second-degree murder"), a preposition or a term said again for the next item. The charge
each item names is read by `offence_names.py`; the words that end a list are
`charge_list_end.py`'s, and what a list cites beside its offences (a statute in brackets, a
code's sections) is set aside by `charge_citations.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.charge_citations import section_offences, without_citations
from casefile.extraction.charge_list_end import LIST_END
from casefile.extraction.offence_heads import is_head, names_offence
from casefile.extraction.offence_names import ITEM_END, Charge, clean_item, untitled
from casefile.extraction.scan_compile import compile_scan

__all__ = [
    "charge_end",
    "is_head",
    "names_offence",
    "read_charges",
    "split_charges",
]

# (not before a degree set after its offence: "Assault, second degree")
# (compile_scan: searched at every position, it skips in C to where a match can start)
_ITEM_SPLIT = compile_scan(
    # (nor inside a sum: "theft over $10,000")
    r",(?!\d{3}(?:\b|_))(?!\s*(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]degree(?=\s*(?:$|[,(;.]|and\b|or\b)))"
    r"\s*(?:and\s+|or\s+|as well as\s+|in addition to\s+|along with\s+)?|"
    r"\s+and\s+|\s+as well as\s+|\s+in addition to\s+|\s+along with\s+",
    re.I,
)
# Offence names that hold an "and" of their own.
# (compile_scan: searched at every position, it skips in C to where a match can start)
_BINOMIAL = compile_scan(
    r"\b(?:hit and run|breaking and entering|break and enter|enter and remain|aiding and abetting|assault and battery|"
    r"drunk and disorderly|lewd and lascivious|fleeing and eluding|armed and dangerous|possess and distribute|distribute and possess|"
    r"possession and distribution|manufacture and deliver|sale and delivery|"
    r"firearms? and ammunition|"
    # one statute's offence, as Wisconsin's code names it: "strangulation and suffocation"
    r"strangulation and suffocation|"
    # a value's bounds: "stolen property between $1,000 and $20,000"
    r"between\s+\$[\d,.]+(?:\s+million)?\s+and\s+\$[\d,.]+|"
    # two acts with one object: "receiving and concealing stolen property", "possessing and
    # selling cocaine" (not "kidnapping and robbing a man": an offence named by its act alone)
    # (the first act opens the item: not "child endangering and permitting drug abuse")
    r"(?:^|(?<=, )|(?<=; )|(?<=: )|(?<=\bof )|(?<=\band )|(?<=\bor )|(?<=attempted )|(?<=\bto ))"
    r"(?!(?:kidnapp|stalk|shoplift|carjack|hijack|traffick|smuggl|trespass|loiter|"
    r"racketeer|launder|speed|riot|loot|flee|elud|poach|burglariz|rapp|shoot|stabb|murder|kill|"
    r"rob|assault|batter|threaten|harass|menac|forg|embezzl|gambl|brandish)ing\b)"
    # (its object right after the second: not "unlawful taking and tampering with records")
    r"[a-z]+ing\s+and\s+[a-z]+ing(?=\s+(?!(?:and|or|of|with|by|in|on|at|from|into|to|for)\b)"
    r"[\w$])"
    r")\b",
    re.I,
)
# The means a statute names an offence by, listed after "by": "sex trafficking by force, fraud,
# or coercion", "by force, threats, and coercion" (one offence's name, as federal codes word it);
# not an offence named after one means: "theft by deception, forgery and fraud".
_MEANS = r"(?:force|fraud|coercion|threats?(?: of force)?|intimidation|duress|deception|violence)"
_MEANS_LIST = re.compile(rf"\bby {_MEANS}(?:, {_MEANS})*,? (?:and|or) {_MEANS}\b", re.I)
# The state of mind an act is an offence with, joined to it by "and": "intentionally causing a
# fire and being reckless as to its spread", "cause fire and be reckless" (one offence), not
# "and being a felon in possession" (a second, an offence a status makes).
_STATE_JOINED = re.compile(
    r"\s(?:and|or)\s(?:being|be)\s(?!(?:a|an|the|found|in|on|under)\b)[a-z]+(?:\s(?:as|to))*\b"
)
# An item cut inside its object by a comma between adjectives: "raping an intoxicated".
_OPEN_OBJECT = re.compile(
    r"\b\w+ing\s+(?:a|an|the|his|her|their)\s+[\w-]+(?:ed|ous|ful|al|ive|ic|less|able|ible|ent|ant)$",
    re.I,
)
_INCLUDING = re.compile(r"\s*(?:including|among\s+them)\b", re.I)
# (at the end of the item before, or a short clause after it: "several charges, including
# murder", "all nine counts, among them murder" and "the nine charges he faced, including murder" name charges; "charges of
# smuggling drugs, including heroin" tells what the drugs were)
_CHARGE_NOUN_END = re.compile(
    r"\b(?:charges?|counts?|offen[cs]es?|crimes?|felonies|misdemeanors|others)\b"
    r"(?:\s+(?!of\b)[\w'’-]+){0,8}\W*$",
    re.I,
)
# (compile_scan: searched at every position, it skips in C to where a match can start)
_TRAILING_AND = compile_scan(r"(?:,|\s+and|\s+or|\s+as well as)\s*$")


# A count told after its offence, as a charging paper sets it out: "tampering with evidence,
# three counts; and arson, a single count", "burglary, two counts each". It names no offence
# and splits no item.
_COUNT_AFTER = re.compile(
    r",\s+(?:also\s+)?(?:a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    r"counts?(?:\s+(?:each|apiece))?(?=\s*(?:[;.]|$|,?\s+(?:and|or|plus)\s))",
    re.I,
)


# Between the items of a list set apart by semicolons: "A; B; and C".
_SEMICOLON = re.compile(r";\s*(?:and\s+|or\s+)?")


# A relative clause closing an item of such a list, up to the semicolon after it: ", which
# prosecutors say came later".
_ITEM_RELATIVE = re.compile(r",?\s+(?:which|who)\s[^;.]*(?=;)", re.I)


def _comma_before(phrase: str, position: int) -> int:
    """`position`, or the comma just before it."""
    return position - 1 if position and phrase[position - 1] == "," else position


@lru_cache(maxsize=4096)
def charge_end(phrase: str) -> int:
    """Where the list of charges that opens `phrase` ends: a semicolon ends it unless what
    follows, up to the next one or the end, is one more offence's name and nothing else
    ("aggravated battery; resisting arrest without violence; and grand theft"); the last item,
    after "; and", ends where a list does ("...; and reckless endangerment after a fire")."""
    end = LIST_END.search(phrase)
    while end and phrase[end.start()] == ";":
        after = _SEMICOLON.match(phrase, end.start())
        nxt = LIST_END.search(phrase, after.end()) if after else None
        stop = nxt.start() if nxt else len(phrase)
        last = after is not None and after.group(0).rstrip() != ";"  # "; and", "; or"
        part_end = stop
        # (an item set apart by semicolons may carry a clause of its own up to the next
        # semicolon: "a count of arson, which police say came later; and burglary")
        relative = after and _ITEM_RELATIVE.match(phrase, stop)
        if relative and not last:
            nxt = LIST_END.search(phrase, relative.end())
            part_end, stop = _comma_before(phrase, stop), relative.end()
        if (nxt and phrase[stop] not in ";." and not last) or not _names_one_offence(
            phrase[after.end() : part_end]
        ):
            break
        end = nxt
        if last:
            break
    return end.start() if end else len(phrase)


def _names_one_offence(part: str) -> bool:
    """Whether `part` is one offence's name, whole: what the list's end and an item's end
    leave of it is all of it."""
    part = part.strip()
    # (an "and" of the name's own is no second item: "a firearm and ammunition")
    joined = _BINOMIAL.sub(lambda m: m.group(0).replace(" ", "_"), part)
    if not part or _ITEM_SPLIT.search(joined) or ITEM_END.search(untitled(part)):
        return False
    return clean_item(part) is not None


def split_charges(phrase: str) -> list[str]:
    """Charge names in a phrase like 'A, B and two counts of C in the death of D'."""
    return [charge.name for charge in read_charges(phrase)]


# What a list line says in brackets of the item before it, in lower case: "receiving stolen
# property (motor vehicle)" names the offence by what was taken.
_QUALIFIER = re.compile(
    r"\s*\(((?!(?:[a-z-]+ )*(?:he|she|they|it|his|her|their|is|was|are|were|has|had|not|no)\b)"
    r"[a-z][a-z-]*(?: [a-z-]+){0,2})\)"
)


# The title of a law, which may hold an "and" and its short name in brackets: "the Racketeer
# Influenced and Corrupt Organizations (RICO) Act", "the Controlled Substances and
# Paraphernalia Act"; one offence, not a list ended at its bracket.
_LAW_TITLE = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|for|on|in|&)){0,10}?"
    r"(?:\s+\([A-Z]{2,8}\))?\s+(?:Act|Law|Statute|Code)\b"
)


def _law_title(found: re.Match[str]) -> str:
    title = found.group(0)
    if " and " not in title and "(" not in title:
        return title
    return title.replace(" ", "_").replace("(", "\x01").replace(")", "\x02")


# Cached: the same charge phrase recurs across the reports of a case and in revised and
# syndicated copies of one report.
# A word's ending shared by two words: "first- and second-degree murder" is first-degree
# murder and second-degree murder.
_SHARED_ENDING = re.compile(
    r"\b(\w+)-\s+(and|or)\s+(\w+)-(\w+)((?:\s+(?!and\b|or\b)[\w-]+){1,4}?)"
    r"(?=\s+(?:charges?|counts?)\b|[,.;]|\s+(?:and|or|in|of|after|for)\b|$)"
)


def _shared_ending(found: re.Match[str]) -> str:
    first, joint, second, ending, rest = found.groups()
    return f"{first}-{ending}{rest} {joint} {second}-{ending}{rest}"


# Two verbs of one offence's name: "conspiracy to pay and receive kickbacks" (not "conspiracy
# to murder and assault": two offences).
_TWO_VERBS = re.compile(r"\bto (\w+) (and|or) (\w+)\b(?= (\w+))?")
_NO_VERB = frozenset(["a", "an", "the", "one", "two", "three", "four", "his", "her", "their"])


def _two_verbs(found: re.Match[str]) -> str:
    """ "conspiracy to possess and distribute" joined as one item; not "cruelty to children
    and aggravated battery", whose second word opens an offence of its own."""
    if is_head(found.group(1).lower()) or is_head(found.group(3).lower()):
        return found.group(0)
    if found.group(3).lower() in _NO_VERB:
        return found.group(0)  # "failure to appear and a charge of ...": a further item
    if found.group(4) and is_head(found.group(4).lower()):
        return found.group(0)
    return found.group(0).replace(" ", "_")


# What a relative clause inside a list says of the item before it: "attempted murder, which
# carries a life sentence, and robbery", "murder, a charge that carries up to 40 years, and
# of robbery" (the list goes on after it).
_ASIDE = re.compile(
    r",\s+(?:which|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?|offen[cs]es?|felon(?:y|ies)|"
    r"misdemeanou?rs?|crimes?)\s+(?:that|which))\s+[^,;.:()]{1,80},(?=\s+(?:and|or)\s+\S)"
)
# The clause saying whose the charges are, before the ones named of them: "the nine counts he
# was facing, including murder", "all charges that she faces, among them theft"; or what
# they are tied to: "21 counts tied to the shooting, among them nine counts of murder".
_WHOSE_BEFORE_EXAMPLES = re.compile(
    r"\b(charges?|counts?|offen[cs]es)\s+(?:(?:that\s+|which\s+)?(?:he|she|they)\s+|"
    r"(?=(?:tied|related|linked|connected)\s+to\s|stemming\s+from\s|in\s+connection\s+with\s))"
    r"[^,;.:()]{1,40}?(?=,\s*(?:including|among\s+them)\b)",
    re.I,
)
# A preposition said again before the next item: "of manslaughter and of affray", "with murder
# for the shooting and with arson for the fire".
# (and before each item, the last's said with "and": "of theft, of burglary and of arson")
_SAID_AGAIN = re.compile(r"\s+(and|or)\s+(?:of|on|to|with)\s+(?=\S)")
_SAID_BEFORE_EACH = re.compile(
    r",\s+(of|on|to|with)\s+(?=[^,;.:]+?(?:,\s+\1\s+[^,;.:]+?)*\s+(?:and|or)\s+\1\s+\S)"
)
# A term told again for the next item: "12 years for manslaughter and three years for a gun
# charge".
_TERM_AGAIN = re.compile(
    r",?\s+and\s+(?:an?\s+|another\s+)?(?:[\w-]+\s+){1,3}?(?:years?|months?|days?)\s+"
    r"(?:in\s+prison\s+|of\s+probation\s+)?(?:each\s+)?for\s+(?=\S)"
)


# A clause of what is alleged, where names of offences would stand: "indicted on charges
# they distributed fentanyl", "charges that he stole".
_ALLEGATION = re.compile(
    r"\s*(?:charges?\s+)?(?:that\s+)?(?:he|she|they|it|we)\s+(?-i:[a-z])", re.I
)


@lru_cache(maxsize=4096)
def read_charges(phrase: str, counted: bool = False) -> tuple[Charge, ...]:
    """The charges a list opening `phrase` names; `counted` as for `clean_item`."""
    if _ALLEGATION.match(phrase):
        return ()  # "on charges they distributed fentanyl": what was alleged, in a clause
    if " count" in phrase:
        phrase = _COUNT_AFTER.sub("", phrase)
    phrase = without_citations(section_offences(phrase.lstrip(" \"“‘'")))
    qualified = "(" in phrase and _QUALIFIER.search(phrase) is not None
    if qualified:  # kept whole, and no end of the list: "receiving stolen property (motor vehicle)"
        phrase = _QUALIFIER.sub(lambda m: f" \x01{m.group(1)}\x02", phrase)
    if " Act" in phrase or " Law" in phrase or " Statute" in phrase or " Code" in phrase:
        titled = _LAW_TITLE.sub(_law_title, phrase)
        qualified = qualified or titled != phrase
        phrase = titled
    if "- " in phrase:
        phrase = _SHARED_ENDING.sub(_shared_ending, phrase)
    if ", which " in phrase or " that " in phrase:
        phrase = _ASIDE.sub(",", phrase)
    if ", including" in phrase or ", among them" in phrase:
        phrase = _WHOSE_BEFORE_EXAMPLES.sub(r"\1", phrase)
    if " and " in phrase or " or " in phrase:
        phrase = _SAID_AGAIN.sub(r" \1 ", _SAID_BEFORE_EACH.sub(", ", phrase))
        phrase = _TERM_AGAIN.sub(" and ", phrase)
    phrase = _TRAILING_AND.sub("", _SEMICOLON.sub(", ", phrase[: charge_end(phrase)]))
    items: list[Charge] = []
    joined: set[int] = set()  # the items that gathered further substances
    previous = ""
    pending: Charge | None = None
    phrase = _BINOMIAL.sub(lambda m: m.group(0).replace(" ", "_"), phrase)
    if "by " in phrase:  # (its commas, kept as \x03, split no list)
        phrase = _MEANS_LIST.sub(
            lambda m: m.group(0).replace(",", "\x03").replace(" ", "_"), phrase
        )
    if " be" in phrase:
        phrase = _STATE_JOINED.sub(lambda m: m.group(0).replace(" ", "_"), phrase)
    if " to " in phrase:
        phrase = _TWO_VERBS.sub(_two_verbs, phrase)
    for raw in _ITEM_SPLIT.split(phrase):
        raw = raw.replace("_", " ").replace("\x03", ",")
        # "drugs, including heroin": examples of what a charge is about, not charges.
        if _INCLUDING.match(raw) and previous and not _CHARGE_NOUN_END.search(previous):
            break
        if _OPEN_OBJECT.search(previous):
            raw = previous + ", " + raw  # "raping an intoxicated, unconscious woman"
            if items and items[-1] == pending:
                items.pop()
        item = clean_item(raw, counted) if raw.strip() else None
        if item and qualified:
            item = item._replace(name=item.name.replace("\x01", "(").replace("\x02", ")"))
        if item and items and _another_substance(items[-1].name, item.name):
            # "possession of cocaine and heroin", "of heroin, cocaine and fentanyl": one
            # charge of several substances
            name = items[-1].name
            if len(items) - 1 in joined:
                head, _, last = name.rpartition(" and ")
                name = f"{head}, {last}"
            items[-1] = items[-1]._replace(name=f"{name} and {item.name}")
            joined.add(len(items) - 1)
            pending, previous = items[-1], raw
            continue
        pending = item
        if item:
            items.append(item)
        previous = raw
    return tuple(items)


# What an offence may name as its object, a substance: never an offence alone.
_SUBSTANCE = re.compile(
    r"(?:crack\s+)?(?:cocaine|heroin|fentanyl|carfentanil|marijuana|cannabis|methamphetamine|meth|"
    r"mdma|ecstasy|oxycodone|hydrocodone|oxycontin|xanax|lsd|psilocybin|ketamine|pcp)",
    re.I,
)


def _another_substance(before: str, name: str) -> bool:
    """Whether `name`, an item of a list, is only a substance added to the one the item
    `before` ends on ("possession of cocaine" and "heroin")."""
    return bool(_SUBSTANCE.fullmatch(name)) and bool(
        re.search(rf"\b{_SUBSTANCE.pattern}\Z", before, re.I)
    )
