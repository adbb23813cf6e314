"""ChargeFiled: charges named in running text or in lists, with their status."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from casefile.domain.facts import Fact
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, any_key_words, key_words

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|single|multiple|several|\d+)"


def _cue(
    words: tuple[str, ...], pattern: str, status: str
) -> tuple[re.Pattern[str], re.Pattern[str], str]:
    return key_words(*words), compile_scan(pattern, re.I), status


# Phrases that introduce a list of charges, each with the status it gives them, behind the
# key words (lower case) that the phrase cannot do without.
_CUES = [
    _cue(
        ("convicted", "guilty"),
        r"\b(?:convicted|found guilty|guilty)\s+(?:\w+\s+){0,2}?(?:of|on|in)\s+",
        "convicted",
    ),
    _cue(("verdict",), r"\bverdict of guilty of\s+", "convicted"),
    _cue(("plead", "pled"), r"\b(?:pleaded|pled|pleads)\s+guilty\s+(?:\w+\s+)?to\s+", "convicted"),
    _cue(("plea",), r"\bplea\b(?!\s+of not)[^.;]{0,30}?\bto\s+", "convicted"),
    _cue(
        ("dropped", "dismissed"),
        r"\b(?:dropped|dismissed)\s+(?:their|the|its|his|all)?\s*",
        "dropped",
    ),
    _cue(
        ("expect", "plan"),
        r"\b(?:expects?|expected|plans?|planned)\s+to\s+(?:see\s+[^.;]{0,40}?\s+)?"
        r"(?:charge|be charged|face|file)\b[^.;]{0,40}?\bwith\s+",
        "expected",
    ),
    _cue(("will be charged",), r"\bwill be charged with\s+", "expected"),
    _cue(("charged",), r"\bcharged\b[^.;:]{0,90}?\bwith\s*:?\s*", "filed"),
    _cue(
        ("indicted", "arraigned", "held", "booked", "jailed"),
        r"\b(?:indicted|arraigned|held|booked|jailed)\b[^.;]{0,80}?\bon\s+(?=(?:a|an|one|"
        r"two|charges?|counts?|[\w-]+\s+(?:murder|charges?)))",
        "filed",
    ),
    _cue(
        ("face", "facing"),
        r"\b(?:faces|facing|face)\s+(?!the death|life|up to|a possible|a maximum|"
        r"a minimum|justice|trial|a judge)",
        "filed",
    ),
    _cue(
        ("includ",),
        r"\b(?:charges?|counts?)\s+(?:that\s+)?(?:include|included|including)\s+",
        "filed",
    ),
    _cue(("including",), rf"\bincluding\s+(?={_COUNT}\s+(?:counts?|charges?)\s+of)", "filed"),
    _cue(
        ("charged in",),
        r"\bcharged in\s+(?:the\s+|\w+\s+)?(?=(?:murders?|homicides?)\b)",
        "filed",
    ),
    _cue(("charge",), r"\bcharges? of\s+", "filed"),
    _cue(("bond", "bail", "$"), r"(?:\b(?:bonds?|bail)|\$[\d,.]+(?: million)?)\s+for\s+", "filed"),
    _cue(("charge",), r"(?:['’]s|\bhis|\bher)\s+(?=(?:[\w-]+\s+){1,4}charges?\b)", "filed"),
    _cue(("awaiting trial",), r"\bawaiting trial on\s+", "filed"),
    _cue(
        ("warrant",),
        r"\bwarrant\s+(?:for|charging (?:him|her) with)\s+(?:being\s+)?",
        "filed",
    ),
    _cue((":",), r"\b(?:following|these) (?:charges|counts)\b[^.]*:\s*$", "filed"),
]
# Any cue's key word: most sentences hold none and are passed over with one search.
_ANY_CUE = any_key_words(*(gate for gate, _, _ in _CUES))
_EXPECTED_CONTEXT = compile_scan(
    r"\b(?:expects?|expected|plans?|planned|will be|would be|could be|may be|to be)\s+"
    r"(?:to\s+)?(?:see\s+[^.;]{0,30}?\s+)?charged\b",
    re.I,
)
# Where a list of charges ends.
_LIST_END = re.compile(
    r"\s+(?i:in connection with|in (?:the|a|an) (?!commission|murder|felony|crime)|"
    r"in (?:his|her|their)\b|for (?:the|his|her|their|a|an|allegedly|\w+ing)\b|after|following|"
    r"related to|stemming from|against (?:him|her|them|the)\b|on (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|a|an|the)\b|that|which|who|according|when|while|because|"
    r"before|since|but|said|last|earlier|this|today|yesterday|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|as well as other|by (?:police|authorities|the)\b|from|at|if|until|"
    r"over|was|were|is|are|has|have|had|will|could|would)\b"
    # "murder of John Doe", but not "Use of a Firearm" in a list set in title case
    r"|\s+(?:in|of|against) (?!(?:Use|Possession|Firearms?|Weapons?|Controlled|Commission|"
    r"Property|Drugs?|Narcotics|Murder|Assault|Robbery)\b)[A-Z]|[.;:()\"“”—–]|,\s+(?i:police|authorities|officials|prosecutors|"
    r"court records|records|according)\b",
)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+as well as\s+")
_ITEM_NOISE = re.compile(
    rf"^(?:(?:{_COUNT}|each|the|alleged|additional|new|pending|unrelated|separate|felony charges? of|"
    r"formal|state|federal|criminal charges? of)\s+)*(?:(?:counts?|charges?)\s+(?:each\s+)?of\s+)?",
    re.I,
)
_CRIME_WORD = re.compile(
    r"\b(?:murder|homicide|manslaughter|assault|battery|wounding|possession|firearms?|weapons?|"
    r"gun|robbery|burglary|theft|kidnapping|escape|conspiracy|discharge|rape|arson|fraud|"
    r"trafficking|evading|endangerment|violation|abuse|stalking|trespass|carjacking|larceny|"
    r"crimes|mischief|resisting|obstruction|tampering|threats?|menacing|harassment|"
    r"strangulation|abduction|cruelty|desecration|intimidation|imprisonment|misconduct|"
    r"pistol|handgun|rifle|ammunition|drugs?|narcotics|cocaine|heroin|fentanyl|marijuana|"
    r"hijacking)\b"
)
_GENERIC_CHARGE_HEAD = {"gun", "firearm", "firearms", "weapon", "weapons", "drug", "drugs"}
_MODIFIER_END = re.compile(r"(?:ful|less|al|ous|ive|ed|ing|ic|able|ible|and|or|of|with|a|the|in)$")


def _clean_item(item: str) -> str | None:
    item = " ".join(item.split()).strip(" ,.-•*").lower()
    item = re.sub(r"^[\w-]+['’]s\s+", "", item)  # "the victim's murder"
    item = _ITEM_NOISE.sub("", item).strip()
    words = item.split()
    if (
        words
        and words[-1] in ("charge", "charges")
        and not (len(words) == 2 and words[0] in _GENERIC_CHARGE_HEAD)
    ):
        words = words[:-1]
    if words and words[-1] in ("murders", "homicides"):
        words[-1] = words[-1][:-1]
    item = " ".join(words)
    if not item or len(words) > 12 or not _CRIME_WORD.search(item):
        return None
    if words[0] in ("other", "related", "all", "any", "his", "her", "their", "these", "those"):
        return None
    if len(words) == 1 and words[0] in ("crimes", "offenses", "felonies"):
        return None
    return item


def split_charges(phrase: str) -> list[str]:
    """Charge names in a phrase like 'A, B and two counts of C in the death of D'."""
    return list(_charges_in(phrase))


# Cached: the same charge phrase recurs across the reports of a case and in revised and
# syndicated copies of one report.
@lru_cache(maxsize=4096)
def _charges_in(phrase: str) -> tuple[str, ...]:
    end = _LIST_END.search(phrase)
    phrase = phrase[: end.start()] if end else phrase
    items = []
    for raw in _ITEM_SPLIT.split(phrase):
        item = _clean_item(raw)
        if item:
            items.append(item)
    return tuple(items)


def _list_lines(sentences: list[Sentence], first: int) -> str:
    """Charges set out one per line after 'charged with:'; a line ending in a modifier
    ('Criminal possession of a firearm and unlawful') continues on the next line."""
    parts: list[str] = []
    in_bullets = False
    for sentence in sentences[first : first + 12]:
        line = sentence.text.strip()
        bulleted = line[:1] in "•*-·"
        if in_bullets and not bulleted:
            break  # the text after a bulleted list
        in_bullets = bulleted
        # "• Jones case: murder and robbery": the label before the colon is not a charge.
        line = re.sub(r"^[•*·-]\s*(?:[^:]{1,40}:\s*)?", "", line)
        if len(line.split()) > 14 and not bulleted:
            break
        if (
            parts
            and not bulleted
            and _MODIFIER_END.search(parts[-1].rstrip(".").split()[-1].lower())
        ):
            parts[-1] = parts[-1] + " " + line
        else:
            parts.append(line)
        if line.endswith(".") and not bulleted:
            break
    return ", ".join(p.rstrip(".") for p in parts)


def _status(sentence: Sentence, cue_status: str) -> str:
    if cue_status == "filed" and _EXPECTED_CONTEXT.search(sentence.text):
        return "expected"
    return cue_status


def _summary(charge: str, phrase: str) -> bool:
    """Whether `charge` is named as a kind of charge ("on murder charges", "facing attempted
    murder charges") rather than listed as one."""
    if _category(f"{charge} charge"):
        return False
    return bool(re.search(rf"\b{re.escape(charge)}\s+charges?\b", phrase, re.I))


def extract_charges(article: Article) -> list[Fact]:
    facts: list[_Found] = []
    sentences = article.sentences
    any_cue_words = _ANY_CUE.words
    for position, sentence in enumerate(sentences):
        sentence_words = sentence.key_words
        if any_cue_words.isdisjoint(sentence_words):  # `not _ANY_CUE.opens(sentence)`
            continue
        text = sentence.text
        for gate, cue, cue_status in _CUES:
            if gate.words.isdisjoint(
                sentence_words
            ):  # `not gate.opens(sentence)`, minus a call per cue
                continue
            for match in cue.finditer(text):
                if cue_status == "convicted" and (
                    CONDITIONAL.search(text) or re.search(r"\bnot guilty\b", text, re.I)
                ):
                    continue
                prior = article.prior_matter(sentence)
                if prior and match.start() >= prior.start() - 40:
                    continue
                if cue_status == "convicted" and re.search(
                    r"\b(?:could|would|may|might)\s+(?:\w+\s+)?be\s*$", text[: match.start()]
                ):
                    continue
                rest = text[match.end() :]
                if text.rstrip().endswith(":"):
                    rest = _list_lines(sentences, position + 1)
                items = split_charges(rest)
                if cue_status == "dropped":
                    items = [i for i in items if re.search(r"\bcharges?\b", rest[:60])] and items
                if not items:
                    continue
                status = _status(sentence, cue_status)
                people = (
                    article.cast.everyone(sentence)
                    if re.search(r"\b(?:both|brothers)\b", text, re.I)
                    else [article.cast.actor(sentence, match.start())]
                )
                for person in people:
                    if person is None:
                        continue
                    for item in items:
                        facts.append(
                            (
                                person,
                                item,
                                status,
                                _summary(item, rest),
                                fact(
                                    "ChargeFiled",
                                    {
                                        "person": person_name(person),
                                        "charge": item,
                                        "status": status,
                                    },
                                    article,
                                    sentence,
                                ),
                            )
                        )
    return _distinct(facts)


def _same_charge(a: str, b: str) -> bool:
    if a == b:
        return True
    x, y = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    matcher = SequenceMatcher(None, x, y)
    # The quick ratios are upper bounds of ratio(): most pairs fail them at no cost.
    return (
        matcher.real_quick_ratio() >= 0.85
        and matcher.quick_ratio() >= 0.85
        and matcher.ratio() >= 0.85
    )


# Words that dress a charge's name without changing the offence: "criminal attempt to commit
# murder" names the offence a headline calls "attempted murder".
_DRESSING = frozenset(
    ["criminal", "commit", "committing", "to", "of", "a", "an", "the", "charge", "charges"]
)
# Kinds of charge that a summary names by category alone ("a weapons charge", "gun charges").
_CATEGORIES = {
    "weapon": frozenset(["gun", "guns", "firearm", "firearms", "weapon", "weapons", "handgun",
                         "handguns", "pistol", "rifle", "ammunition"]),
    "drug": frozenset(["drug", "drugs", "narcotics", "cocaine", "heroin", "fentanyl",
                       "marijuana", "controlled"]),
}  # fmt: skip


def _offence(charge: str) -> frozenset[str]:
    """The words that name the offence, crudely stemmed ("attempted" ~ "attempt")."""
    stems = set()
    for word in charge.split():
        if word in _DRESSING:
            continue
        if word.endswith("ed") and len(word) > 5:
            word = word[:-2]
        elif word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
            word = word[:-1]
        stems.add(word)
    return frozenset(stems)


# Stems that make a different offence of the same name: attempted murder is not murder.
_GRADES = frozenset(
    ["attempt", "conspiracy", "solicitation", "accessory", "capital", "aggravat", "first",
     "second", "third"]
)  # fmt: skip


def _same_offence(a: str, b: str) -> bool:
    offence_a, offence_b = _offence(a), _offence(b)
    if offence_a == offence_b:
        return True
    return not (offence_a ^ offence_b) & _GRADES and _same_charge(a, b)


def _category(charge: str) -> str | None:
    """The category a charge named by category alone stands for ("weapons charge" -> weapon)."""
    words = charge.split()
    if len(words) == 2 and words[1] in ("charge", "charges"):
        for category, heads in _CATEGORIES.items():
            if words[0] in heads:
                return category
    return None


def _covers(specific: str, category: str) -> bool:
    return _category(specific) is None and bool(_CATEGORIES[category] & set(specific.split()))


_STATUS_RANK = {"convicted": 3, "dropped": 2, "filed": 1, "expected": 0}


# A charge found: person, charge, status, named as a kind ("murder charges"), and its fact.
_Found = tuple[Person | None, str, str, bool, Fact]


def _distinct(found: list[_Found]) -> list[Fact]:
    """One fact per person and offence: a conviction or dropping outranks the filing, and at
    equal status the fuller wording ("criminal attempt to commit murder") outranks a summary
    ("attempted murder"). A charge named only as a kind ("on murder charges") or a category
    ("a weapons charge") is left out when a more specific charge of it, with the same status,
    is named ("aggravated murder"; "possession of a firearm")."""
    kept: list[_Found] = []
    for person, charge, status, summary, item in found:
        if any(p is person and c == charge and s == status for p, c, s, _, _ in kept):
            continue  # said again in the same words
        for index, (p, c, s, was_summary, _) in enumerate(kept):
            if p is person and _same_offence(c, charge):
                rank, other = _STATUS_RANK[status], _STATUS_RANK[s]
                if rank > other or (rank == other and len(charge.split()) > len(c.split())):
                    kept[index] = (person, charge, status, summary and was_summary, item)
                break
        else:
            kept.append((person, charge, status, summary, item))
    return [
        item
        for person, charge, status, summary, item in kept
        if not _covered(kept, person, charge, status, summary)
    ]


def _covered(
    kept: list[_Found], person: Person | None, charge: str, status: str, summary: bool
) -> bool:
    """Whether a summary or category charge is covered by a more specific one in `kept`."""
    others = [c for p, c, s, _, _ in kept if p is person and s == status and c != charge]
    category = _category(charge)
    if category:
        return any(_covers(c, category) for c in others)
    if summary:
        offence = _offence(charge)
        return any(offence < _offence(c) for c in others)
    return False
