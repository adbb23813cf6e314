"""ChargeFiled: charges named in running text or in lists, with their status; an outcome
that names a charge by a word of its name ("dismissed the computer charge") gives it to the
charge named before."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.charge_cue_lookup import ANY_CUE, cue_text, cues_in
from casefile.extraction.charge_identity import (
    Found,
    category_of,
    covers,
    distinct,
    offence_words,
    outcomes_named_fully,
)
from casefile.extraction.charge_lists import list_lines, named_next, roster_header
from casefile.extraction.charge_outcomes import Outcome, outcomes, people_of
from casefile.extraction.charge_people import charged_people
from casefile.extraction.charge_scope import of_this_case, without_old_records
from casefile.extraction.charge_status import after_colon, same_as, status_of
from casefile.extraction.context import Article, person_name
from casefile.extraction.line_kinds import is_title_line
from casefile.extraction.offence_names import Charge
from casefile.extraction.offences import is_head, read_charges, split_charges
from casefile.extraction.patterns import first_in, matches_in
from casefile.extraction.people import Person
from casefile.extraction.same_charges import respective, same_charges, told_before_by_the
from casefile.extraction.sentences import Sentence
from casefile.extraction.unnamed_defendants import for_each_unnamed

__all__ = ["extract_charges", "split_charges"]


@lru_cache(maxsize=4096)
def _summary(charge: str, phrase: str) -> bool:
    """Whether `charge` is named as a kind of charge ("on murder charges", "facing attempted
    murder charges") rather than listed as one, or as a count's kind its fuller name follows
    right after ("a conspiracy count, conspiracy to commit arson": one count, told twice)."""
    if category_of(f"{charge} charge"):
        return False
    named = re.escape(charge)
    return bool(re.search(rf"\b{named}\s+(?:charges?\b|counts?,\s+{named}\s)", phrase, re.I))


def extract_charges(article: Article) -> list[Fact]:
    facts: list[Found] = []
    sentences = article.sentences
    for sentence in ANY_CUE.among(sentences):
        position, text = sentence.index, sentence.text
        read: set[int] = set()  # where lists read by an earlier cue start
        read_as: dict[str, list[int]] = {}  # ... by the status the cue gives
        statuses: list[tuple[int, str]] = []  # where each outcome read ends, with its status
        read_by_cues = cue_text(text)
        for cue in cues_in(sentence):
            cue_status = cue.status
            for match in matches_in(cue.pattern, read_by_cues):
                if match.end() in read or not of_this_case(article, sentence, match, cue_status):
                    continue
                if any(match.start() < at < match.end() for at in read_as.get(cue_status, ())):
                    # "charged with possessing heroin for sale": inside a list read already
                    continue

                if "suspicion" in match.group(0).lower() and not _suspicion_charged(article):
                    continue
                if cue.told_before and not (
                    position and first_in(cue.told_before, sentences[position - 1].text)
                ):
                    continue
                if cue.names_person and not any(
                    match.start() < mention.start < match.end()
                    for mention, _ in article.cast.people_in(sentence)
                ):
                    continue
                read.add(match.end())
                read_as.setdefault(cue_status, []).append(match.end())
                rest, counted = after_colon(text[match.end() :])
                closing = first_in(cue.until, rest) if cue.until else None
                if closing:
                    rest = rest[: closing.start()]
                listed_lines = text.rstrip().endswith(":")
                if listed_lines:
                    lines = list_lines(sentences, position + 1)
                    found = [
                        (item, line) for phrase, line in lines for item in read_charges(phrase)
                    ]
                    listed = ", ".join(phrase for phrase, _ in lines)
                else:
                    found = [(item, None) for item in read_charges(rest, counted)]
                    listed = rest
                    following = None if found else named_next(sentences, sentence, rest)
                    if following:
                        listed, line = following
                        found = [(item, line) for item in read_charges(listed, True)]
                # (the list after "the remaining charges against her:" is named as charges,
                # as is one after "two counts were dismissed:")
                if (
                    cue_status == "dropped"
                    and not closing
                    and not counted
                    and not _CHARGE_WORD.search(rest[:60])
                    and not (
                        match.group(0).rstrip().endswith(":")
                        and _CHARGE_WORD.search(match.group(0))
                    )
                ):
                    continue
                status = status_of(sentence, cue_status, rest, text[match.start() :])
                if status == "same":  # "and Ann Lee did the same on counts of theft"
                    status = same_as(
                        statuses, match.start(), _told_before(article, facts, sentence)
                    )
                    if status is None:
                        continue
                statuses.append((match.end(), status))
                if status == "convicted" and _not_guilty_plea(article, sentence, match.group(0)):
                    status = "filed"
                reference = _REFERENCE.match(rest) if status not in ("filed", "expected") else None
                if not found and not reference:
                    continue
                people = charged_people(article, sentence, match.start(), match.end(), rest)
                which = _WHICH_BEFORE.search(text, max(0, match.start() - 50), match.start())
                if not people and which:
                    # "faced a charge of murder, which was later reduced to manslaughter": the
                    # clause's charge is of the one the charge it follows is of.
                    people = _charged_before(article, sentence, which.start())
                headline = not listed_lines and _headline(sentence)
                for person, theirs in _per_line(
                    article, people, found, lines if listed_lines else None, sentence
                ):
                    start = sentence.start
                    if reference and len(theirs) <= 1:
                        named = _named_by(reference.group(1), person, facts, sentence)
                        if named:
                            theirs = [((named[0][1], named[0][3]), None)]
                            start = min(start, named[0][4].evidence.start)
                        elif named is not None:
                            continue  # "the drug charge" of two drug charges: which one?
                    for (item, act), line in theirs:
                        end = line.end if line is not None else sentence.end
                        first = start
                        told = told_before_by_the(item, rest, facts, sentence)
                        if told is not None:
                            # "Renfro is charged with the drug conspiracy": the charge named
                            # fully before, for a co-defendant
                            item, first = told[1], min(start, told[4].evidence.start)
                        evidence = evidence_in(article.text, first, end)
                        fields = {"person": person_name(person), "charge": item, "status": status}
                        # a headline's charge is a summary: "Man Indicted for Drug
                        # Conspiracy" names the offence the report words fully
                        summary = act or _summary(item, listed) or headline
                        facts.append(
                            (person, item, status, summary, Fact("ChargeFiled", fields, evidence))
                        )
    facts += same_charges(article, facts)
    facts = without_old_records(facts, article.published)
    found = outcomes_named_fully(article.text, distinct(facts + _outcomes_of_all(article, facts)))
    # "Two teens were arrested and charged with robbery": the charge of each of them.
    return for_each_unnamed(article, found)


def _told_before(article: Article, facts: list[Found], sentence: Sentence) -> str | None:
    """The status of the last charge the sentence before `sentence` (or `sentence` itself)
    told."""
    if not facts:
        return None
    held = article.sentence_holding(facts[-1][4].evidence.end - 1)
    return facts[-1][2] if held is not None and held.index >= sentence.index - 1 else None


def _headline(sentence: Sentence) -> bool:
    """Whether `sentence` is a headline: a line in title case, or the first line of the text
    when it ends on no full stop ("Man charged with murder in fentanyl death")."""
    return is_title_line(sentence.index, sentence.text)


# A relative clause about the charge before: ", which was later reduced to".
_WHICH_BEFORE = re.compile(r",\s+which\s+[^,;.]{0,40}\Z", re.I)


def _charged_before(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """The people the last charge cue of `sentence` before `position` charges."""
    found: list[Person] = []
    last = -1
    read_by_cues = cue_text(sentence.text)
    for cue in cues_in(sentence):
        for match in matches_in(cue.pattern, read_by_cues):
            if last < match.start() and match.end() <= position:
                text = sentence.text
                people = charged_people(
                    article, sentence, match.start(), match.end(), text[match.end() :]
                )
                if people:
                    found, last = people, match.start()
    return found


_Read = tuple[Charge, Sentence | None]  # a charge read, with the list line it is read from


def _per_line(
    article: Article,
    people: list[Person],
    found: list[_Read],
    lines: list[tuple[str, Sentence]] | None,
    sentence: Sentence,
) -> list[tuple[Person, list[_Read]]]:
    """Each person with their charges: the people a line of a list names before its charges
    ("• Ann Lee, 52, of Paterson – wire fraud") are given that line's; the rest, as the
    sentence pairs them (see `respective`)."""
    if not lines:
        return respective(sentence, people, found)
    given: list[tuple[Person, list[_Read]]] = []
    for phrase, line in lines:
        label_end = line.text.find(phrase)
        # "• Pell homicide: murder": a label naming a victim tells the case the charges are
        # in, not who faces them.
        named = [
            p
            for m, p in article.cast.people_in(line)
            if m.start < label_end and (p.suspect or not p.victim)
        ]
        header = roster_header(article.sentences, sentence.index, line.index)
        if not named and header is not None:
            named = [p for _, p in article.cast.people_in(header) if p.suspect or not p.victim]
        if not named and _UNNAMED_LABEL.match(line.text[: max(label_end, 0)]):
            named = [article.cast.another()]  # "- A 15-year-old male - robbery": unnamed
        items = [item for item in found if item[1] is line]
        for person in named or people:
            given.append((person, items))
    return given


# A list line's label that describes someone without a name: "- A 15-year-old male - ...",
# "• A juvenile: ...".
_UNNAMED_LABEL = re.compile(
    r"^\s*(?:[•*·-]|\d{1,2}[.)])\s*(?:an?|one|the)\s+[^:–—]{0,40}?(?:\s[–—-]\s|:)", re.I
)


# A court acting on the charges: "found probable cause for both charges", "was arraigned on
# the charges"; and a report that says no charge is filed yet.
_COURT_ON_CHARGES = re.compile(
    r"\b(?:probable cause|arraign\w*|pleaded not guilty|plea of not guilty)\b[^.;]{0,60}?"
    r"\b(?:both|the|all|those|these)\s+(?:two\s+|three\s+|four\s+)?(?:charges|counts)\b",
    re.I,
)
_NOT_CHARGED_YET = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+)?charged\b|\bno charges\b|\bformal charges\b",
    re.I,
)


def _suspicion_charged(article: Article) -> bool:
    """Whether the offences a person was booked on suspicion of are the charges the court
    acts on later in the report ("booked on suspicion of vehicular homicide and hit-and-run
    ... the judge found probable cause for both charges"); a report that says no charge is
    filed yet keeps them suspicions."""
    texts = [s.text for s in article.sentences]
    return any(_COURT_ON_CHARGES.search(t) for t in texts) and not any(
        _NOT_CHARGED_YET.search(t) for t in texts
    )


# A plea that tells not its kind ("entered her pleas to theft"), and a not-guilty plea.
_BARE_PLEA = re.compile(r"^pleas?\b(?![^.;]{0,30}\b(?:guilty|no contest|nolo)\b)", re.I)
_NOT_GUILTY = re.compile(r"\bnot[- ]guilty\b", re.I)


def _not_guilty_plea(article: Article, sentence: Sentence, cue: str) -> bool:
    """Whether a plea that tells not its kind is the not-guilty plea the sentence or the one
    before it tells of ("pleaded not guilty last week to two felony charges. Lee entered her
    pleas to theft and fraud"): it leaves the charges filed."""
    if not _BARE_PLEA.match(cue):
        return False
    before = article.sentences[sentence.index - 1].text if sentence.index else ""
    return bool(_NOT_GUILTY.search(sentence.text) or _NOT_GUILTY.search(before))


# What a dropping names: "dropped the robbery charge", "the robbery count", not "dropped him off".
_CHARGE_WORD = re.compile(r"\b(?:charges?|counts?)\b")

# A charge an outcome names by a word of its name: "dismissed the computer charge", "guilty of
# the assault count" (of "aggravated assault" named before).
_REFERENCE = re.compile(
    r"^(?:(?:the|that|this|his|her|their)\s+)?((?:[\w-]+\s+){1,2}?)(?:charge|count)\b"
    r"(?!\s+(?:of|for)\b)",
    re.I,
)


def _named_by(
    words: str, person: Person | None, found: list[Found], sentence: Sentence
) -> list[Found] | None:
    """The charge named before for `person` that `words` call it by ("computer" of "using a
    computer to facilitate a crime", "gun" of "possession of a firearm"): a list of it alone;
    an empty list when `words` fit several; None when they fit none."""
    wanted = offence_words(words.lower().strip())
    if not wanted:
        return None
    categories = {category_of(word) for word in wanted} - {None}
    matching: dict[str, Found] = {}
    for item in found:
        if item[0] is not person or item[4].evidence.start > sentence.start:
            continue
        stems = offence_words(item[1])
        if all(any(w.startswith(s) or s.startswith(w) for s in stems) for w in wanted) or (
            len(wanted) == 1 and categories and any(covers(item[1], c) for c in categories)
        ):
            matching.setdefault(item[1], item)
    if not matching:
        return None
    return list(matching.values()) if len(matching) == 1 else []


def _names_own(outcome: Outcome) -> bool:
    """Whether the sentence of an outcome said of one charge names an offence of its own
    ("he was arrested for harassment, but that charge was dropped"): the charge it means."""
    # (a dropping does not name the charge that replaces it: "the charge was reduced to
    # manslaughter")
    text = outcome.sentence.text.lower()
    if outcome.status == "dropped":
        text = _REPLACEMENT.sub("", text)
    return any(is_head(word) for word in re.findall(r"[a-z-]+", text))


_REPLACED = re.compile(r"\b(?:reduced|downgraded|amended|upgraded|lesser)\b", re.I)
# The charge that replaces another: "reduced the charge to manslaughter", "pleaded guilty to a
# reduced charge of manslaughter".
_REPLACEMENT = re.compile(
    r"\b(?:reduced|downgraded|amended|upgraded)\b[^.;]{0,60}?\bto\s+[^.;,]*|"
    r"\b(?:reduced|lesser|amended)\s+charges?\s+of\s+[^.;,]*"
)


# A charge told as background to an outcome told first: "She was acquitted Tuesday. Lee had
# been charged with murder."
_BACKGROUND = re.compile(
    r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:charged|indicted|faced|facing)\b|"
    r"\b(?:was|were)\s+(?:originally|initially|first)\s+(?:charged|indicted)\b",
    re.I,
)
# How far (in characters) after an outcome its background may be told.
_BACKGROUND_REACH = 600


def _said_before(found: Found, outcome: Outcome) -> bool:
    """Whether a charge is one an outcome can speak of: named in an earlier sentence, or in
    the outcome's own ("was charged with X, but the charges were dropped"; "dropped all
    charges against A, who had been charged with X"), where an outcome said of one charge
    must follow its name; or told soon after as the background of an outcome told first."""
    evidence, sentence = found[4].evidence, outcome.sentence
    if evidence.start == sentence.start:
        return not outcome.single or _named_before(found[1], outcome)
    if evidence.start < sentence.start:
        return True
    return (
        evidence.start - sentence.end < _BACKGROUND_REACH
        and _BACKGROUND.search(evidence.quote) is not None
    )


def _named_before(charge: str, outcome: Outcome) -> bool:
    """Whether the sentence of an outcome said of one charge names `charge` before the
    outcome: "was charged with murder, but prosecutors later withdrew the charge"."""
    return charge in outcome.sentence.text[: outcome.position].lower()


def _outcomes_of_all(article: Article, found: list[Found]) -> list[Found]:
    """The charges named for a person, given the outcome another sentence states of them
    without naming them ("acquitted of all charges", "that count was dismissed"), each
    quoting both sentences."""
    given: list[Found] = []
    found_outcomes = outcomes(article)
    if not found_outcomes:
        return given
    # Each person's open charges and decided offences, gathered once: a long report repeats
    # its charges and outcomes, and scanning every charge for every outcome grew with the
    # product of their numbers.
    open_charges: dict[int, list[Found]] = {}
    decided: dict[int, set[frozenset[str]]] = {}
    for f in found:
        if f[2] in ("filed", "expected"):
            open_charges.setdefault(id(f[0]), []).append(f)
        else:
            decided.setdefault(id(f[0]), set()).add(offence_words(f[1]))
    for outcome in found_outcomes:
        for person in people_of(article, outcome):
            named = _nearest_mentions(
                [f for f in open_charges.get(id(person), []) if _said_before(f, outcome)], outcome
            )
            if outcome.rest or outcome.single:
                # "the remaining charges", "that count": those no other outcome was given
                done = decided.get(id(person), set())
                named = [f for f in named if offence_words(f[1]) not in done]
            if outcome.status == "dropped" and _REPLACED.search(outcome.sentence.text):
                # not the charges that replace them ("the charge was upgraded to murder"), nor
                # those the report names again after ("He is now charged with murder and
                # robbery")
                replacing = " ".join(_REPLACEMENT.findall(outcome.sentence.text.lower()))
                named = [
                    f
                    for f in named
                    if f[1] not in replacing
                    and not _named_after(open_charges[id(person)], f[1], outcome)
                ]
            if outcome.single and (
                len(named) != 1 or (_names_own(outcome) and not _named_before(named[0][1], outcome))
            ):
                continue  # "the charge was dropped": which one, when several were named?
            for _, charge, _, summary, earlier in named:
                fields = {"person": person_name(person), "charge": charge, "status": outcome.status}
                evidence = evidence_in(
                    article.text,
                    min(earlier.evidence.start, outcome.sentence.start),
                    max(earlier.evidence.end, outcome.sentence.end),
                )
                given.append(
                    (person, charge, outcome.status, summary, Fact("ChargeFiled", fields, evidence))
                )
    return given


def _named_after(theirs: list[Found], charge: str, outcome: Outcome) -> bool:
    """Whether `charge` is named open again in a sentence after `outcome`'s, and not as its
    background ("She was first charged with assault")."""
    return any(
        f[1] == charge
        and f[4].evidence.start >= outcome.sentence.end
        and _BACKGROUND.search(f[4].evidence.quote) is None
        for f in theirs
    )


def _nearest_mentions(named: list[Found], outcome: Outcome) -> list[Found]:
    """Each charge once, by its mention nearest the outcome (the shortest quote)."""
    nearest: dict[str, Found] = {}
    at = outcome.sentence.start
    for f in named:
        kept = nearest.get(f[1])
        if kept is None or abs(f[4].evidence.start - at) < abs(kept[4].evidence.start - at):
            nearest[f[1]] = f
    return list(nearest.values())
