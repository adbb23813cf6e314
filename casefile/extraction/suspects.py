"""SuspectIdentified: each suspect once, by the fullest name the article uses, with the age
and home town the article gives; and each co-suspect it describes without a name ("he and his
brother were indicted", "a 17-year-old was also arrested")."""

from __future__ import annotations

import re

from casefile.domain.facts import Evidence, Fact, evidence_in
from casefile.extraction.context import Article, fact
from casefile.extraction.doers import doers_count
from casefile.extraction.group_counts import (
    MEMBERS_GATE,
    group_ages,
    group_ages_next,
    kin_told,
    members_told,
)
from casefile.extraction.harm_words import harmed_object
from casefile.extraction.patterns import (
    compile_scan,
    matches_in,
)
from casefile.extraction.people import Person
from casefile.extraction.residence import residence
from casefile.extraction.sentences import Sentence
from casefile.extraction.suspect_ages import AgesToldLater, age_by_description, age_by_name
from casefile.extraction.suspect_descriptions import described_taken, lede_description
from casefile.extraction.unnamed_counts import unnamed_count
from casefile.extraction.unnamed_groups import (
    beyond_count,
    counted_groups,
    enumerated,
    merge_unnamed,
)
from casefile.extraction.unnamed_suspects import unnamed_suspects

# The words an ordinal counts suspects by, besides "man" or "woman" (who may be harmed).
_SUSPECT_NOUN = re.compile(
    r"\b(?:second|third|fourth|fifth)\s+(?:suspect|gunman|shooter|robber|attacker|assailant)\b",
    re.I,
)


def extract_suspects(article: Article, other_facts: list[Fact]) -> list[Fact]:
    """One fact per named suspect, and per unnamed suspect that some other fact is about."""
    facts = []
    about_unnamed = [f for f in other_facts if f.fields.get("person", "") is None]
    named = [p for p in article.cast.suspects if p.name is not None]
    named += _charged_elsewhere(article, other_facts, named)
    # Only an article about one suspect says whom "a Dayton man" is: the one it names, or
    # the one it never names.
    described_age, described_home, described = (
        lede_description(
            article,
            none_named=not named,
            gender=article.cast.told_gender(named[0]) if len(named) == 1 else None,
        )
        if len(named) <= 1
        else (None, None, None)
    )
    told_later = AgesToldLater(article)
    unnamed = unnamed_suspects(article, named)
    # (an age told of a co-suspect the report describes apart is not the named one's)
    co_suspect_ages = {age for age, _, _ in unnamed}
    for person in named:
        cue = person.first_cue or article.sentences[person.mentions[0][0]]
        age, told = person.age, person.age_sentence
        if not person.suspect:
            cue = _first_cued(article, other_facts, person)
            age, told = age_by_name(article, person)
        if age is None:
            age, told = told_later.of(person)
        if age is None:
            age, told = age_by_description(article, person)
        if (
            age is None
            and described_age is not None
            and described is not None
            and described_age not in co_suspect_ages
        ):
            age, told = described_age, described.index
        facts.append(
            Fact(
                "SuspectIdentified",
                {
                    "name": person.name,
                    "age": age,
                    "residence": residence(article, person) or described_home,
                },
                _evidence(article, cue, told),
            )
        )
    if len(named) > 1 and not about_unnamed:
        _describe_the_ageless(article, facts)
    if named:
        unnamed = merge_unnamed(unnamed, counted_groups(article, named))
        # "Three arrested ... closing in on a fourth suspect": one more than those told.
        ordinal, last = enumerated(article)
        if last is not None and _SUSPECT_NOUN.search(last.quote):
            unnamed += [(None, None, last)] * (ordinal - len(named) - len(unnamed))
        if about_unnamed and not unnamed:
            # "A 17-year-old has been charged ... A second suspect, Bo Tran, 18, ...": the age
            # described is the unnamed one's when it is none of the named suspects'.
            if described is not None and described_age not in {p.age for p in named}:
                lead = fact("SuspectIdentified", {}, article, described).evidence
                unnamed.append((described_age, None, lead))
            elif not _leads_to(article, about_unnamed[0].evidence, named):
                unnamed.append((None, None, about_unnamed[0].evidence))
    else:
        # A report that names no suspect: the one it describes ("a 20-year-old Dayton man was
        # arrested"), before any co-suspect ("a second suspect remains at large").
        count, told = unnamed_count(article)
        # "The first suspect ... The third suspect ...": as many as the report tells one by one.
        one_by_one, last = enumerated(article)
        if one_by_one > count:
            count, told = one_by_one, last
        # "Three masked men forced entry ... The suspects fled": as many as did it.
        doers, doers_told = doers_count(article)
        if doers > count:
            count, told = doers, doers_told
        # "Two men and a woman were arrested": as many as the description counts.
        for sentence in MEMBERS_GATE.among(article.sentences):
            members = max(members_told(sentence.text) or 0, kin_told(sentence.text) or 0) or None
            if members is not None:
                if members > count:
                    count, told = members, fact("SuspectIdentified", {}, article, sentence).evidence
                break
        # "A man has been charged in connection with a stabbing": one described as taken or
        # charged, though the report tells no age, home or charge of him.
        if described is None:
            described = described_taken(article)
        # "A 30-year-old man was charged ...": the one it describes, even with nothing else
        # said of him.
        some = unnamed or about_unnamed or count or described is not None
        # "Two men were arrested. A third suspect remains at large": one besides the count.
        beyond = sum(beyond_count(evidence.quote, count) for _, _, evidence in unnamed)
        leads = max(count - (len(unnamed) - beyond), 1 if some else 0)
        if leads:
            if described is not None:
                lead = fact("SuspectIdentified", {}, article, described).evidence
            else:
                lead = told or (about_unnamed[0].evidence if about_unnamed else unnamed[0][2])
            others = [(None, None, told or lead)] * (leads - 1)
            unnamed = [(described_age, described_home, lead), *others, *unnamed]
            # "Two teens, ages 15 and 16, were arrested": each his age, in the order told.
            ages = group_ages(article.text[lead.start : lead.end])
            both = None
            if not ages:
                # "... The boys, aged 15 and 17, cannot be named": told in the next sentence,
                # quoted with the count
                ages, both = _ages_next(article, lead)
            if len(ages) == len(unnamed) and {a for a, _, _ in unnamed} <= {None, *ages}:
                unnamed = [(a, h, both or e) for a, (_, h, e) in zip(ages, unnamed, strict=True)]
        # "A 17-year-old was arrested. ... Two other teens are also suspects".
        unnamed = merge_unnamed(unnamed, counted_groups(article, named))
    for age, home, evidence in unnamed:
        facts.append(
            Fact("SuspectIdentified", {"name": None, "age": age, "residence": home}, evidence)
        )
    return facts


def _ages_next(article: Article, lead: Evidence) -> tuple[list[int], Evidence | None]:
    """The ages the sentence after the one telling a counted group gives its members ("Two
    teenagers have been charged ... The boys, aged 15 and 17, cannot be named"), with the
    evidence of both sentences."""
    told = article.sentence_holding(lead.start)
    if told is None or told.index + 1 >= len(article.sentences):
        return [], None
    following = article.sentences[told.index + 1]
    ages = group_ages_next(following.text)
    return ages, evidence_in(article.text, told.start, following.end) if ages else None


def _describe_the_ageless(article: Article, facts: list[Fact]) -> None:
    """Among several named suspects, the one whose age no name gives is the one "a
    26-year-old woman was indicted" describes, when that age is no other suspect's."""
    ageless = [i for i, f in enumerate(facts) if f.fields["age"] is None]
    if len(ageless) != 1:
        return
    age, _, told = lede_description(article)
    if age is None or told is None or age in {f.fields["age"] for f in facts}:
        return
    index = ageless[0]
    before = facts[index]
    cue = article.sentence_holding(before.evidence.start)
    assert cue is not None  # a fact's evidence starts in a sentence
    facts[index] = Fact(
        "SuspectIdentified", {**before.fields, "age": age}, _evidence(article, cue, told.index)
    )


# What the article says was done to a person in this case that only a suspect undergoes.
_CASE_STEPS = frozenset(
    [
        "ArrestMade",
        "ChargeFiled",
        "CourtEventReported",
        "SentenceImposed",
        "BondSet",
        "LinkedToHomicide",
    ]
)


# Words that tell of someone besides the one named: "a second man", "two others".
# (not a degree: "the maximum for second-degree murder")
_ANOTHER = compile_scan(
    r"\b(?:second|third|another|other|others|two|three|both|also)\b(?![- ]degree\b)", re.I
)


def _leads_to(article: Article, told: Evidence, named: list[Person]) -> bool:
    """Whether the fact of no one named at `told` is told in a lead that the report's one
    named suspect, named after it, is the subject of ("A Milford driver faces charges ...
    Bo Tran, 27, was driving"): it is he, unless the lead speaks of others too."""
    if len(named) != 1 or not named[0].mentions:
        return False
    first = article.sentences[named[0].mentions[0][0]]
    return told.end <= first.start and not any(
        not harmed_object(told.quote, m.start()) for m in matches_in(_ANOTHER, told.quote)
    )


def _charged_elsewhere(article: Article, facts: list[Fact], named: list[Person]) -> list[Person]:
    """People the other facts say were arrested, charged, tried, sentenced or held on bond in
    this case, whom the cues of their own sentences did not make suspects ("Ann Lee, 34, and
    Bo Tran, 41, are each charged ..."): everyone the file follows through the case is one of
    its suspects. Someone the article says was killed is not, whatever a fact misread."""
    persons = {
        f.fields.get("person") for f in facts if f.kind in _CASE_STEPS and not f.fields.get("prior")
    }
    known = {p.name for p in named}
    found = []
    for person in article.cast.people:
        if person.name in persons and person.name not in known and person.mentions:
            if (
                person.killed
                or person.official
                or not _named_as_actor(article, person)
                or _introduced_by_relation(article, person)
            ):
                continue
            found.append(person)
    return found


# A name right after a preposition is an object or a source ("according to Fox News"), a
# name in a headline may be its capitalised words ("Man Pleads Guilty"): neither says a
# person is one the case follows.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|for|to|with|from|about|on|at|in|into|by)\s+(?:the\s+)?[A-Z]*\s*\Z", re.I
)


# Someone the report first names by his tie to another: "Her roommate, 31-year-old Ann Lee,".
_RELATION_BEFORE = re.compile(
    r"\b(?:his|her|their|(?-i:[A-Z])[\w'’-]*['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:roommate|friend|neighbou?r|"
    r"boyfriend|girlfriend|wife|husband|mother|father|son|daughter|brother|sister|cousin|aunt|"
    r"uncle|grandmother|grandfather|partner|fianc[eé]e?|co-?worker|employer|boss|landlord|tenant)"
    r",?\s+(?:\d{1,3}-year-old\s+)?\Z",
    re.IGNORECASE,
)


def _introduced_by_relation(article: Article, person: Person) -> bool:
    """Whether the report first names `person` by his tie to someone else, or only as the
    owner of someone ("Ann Lee's son"): a fact another stage gives him is then misread, as no
    sentence of his own says he was arrested or charged."""
    index, start, end = person.mentions[0]
    text = article.sentences[index].text
    if _RELATION_BEFORE.search(text, max(0, start - 60), start):
        # ... unless the apposition is the subject of the case's own step: "and his mother,
        # Ann Lee, was given a 12-year prison term" is her sentence, not her son's
        return not _SUBJECT_OF_A_STEP.match(text, end)
    return all(
        article.sentences[i].text.startswith(("'s", "’s", "'", "’"), e)
        for i, _, e in person.mentions
    )


# The verb of a step in the case right after a name set in apposition: ", was charged with",
# ", 30, was sentenced to", ", was given a 12-year prison term".
_SUBJECT_OF_A_STEP = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?:charged|arrested|"
    r"indicted|convicted|sentenced|jailed|imprisoned|found\s+guilty|given\s+an?\s+[\w-]+\s+"
    r"(?:prison|jail)\s+(?:term|sentence))\b",
    re.IGNORECASE,
)


def _named_as_actor(article: Article, person: Person) -> bool:
    """Whether a sentence of the report (not a headline) names `person` other than as the
    object of a preposition."""
    for index, start, _ in person.mentions:
        sentence = article.sentences[index]
        if article.cast.telegraphic(sentence):
            continue
        if not _AFTER_PREPOSITION.search(sentence.text, max(0, start - 30), start):
            return True
    return False


def _first_cued(article: Article, facts: list[Fact], person: Person) -> Sentence:
    """The first sentence whose fact is about `person`."""
    starts = [f.evidence.start for f in facts if f.fields.get("person") == person.name]
    first = min(starts)
    for sentence in article.sentences:
        if sentence.start <= first < sentence.end:
            return sentence
    return article.sentences[person.mentions[0][0]]


def _evidence(article: Article, cue: Sentence, told: int | None) -> Evidence:
    """The sentence that makes the person a suspect; where another sentence states his age,
    both when they are neighbours, else the one with the age (it names him too)."""
    if told is None or told == cue.index:
        return fact("SuspectIdentified", {}, article, cue).evidence
    other = article.sentences[told]
    if abs(told - cue.index) == 1:
        first, last = sorted((cue, other), key=lambda s: s.index)
        return evidence_in(article.text, first.start, last.end)
    return evidence_in(article.text, other.start, other.end)
