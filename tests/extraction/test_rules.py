"""One table per extraction rule, on short sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.ages import age_near
from casefile.extraction.charges import split_charges
from casefile.extraction.chrome import chrome_spans
from casefile.extraction.dates import find_dates
from casefile.extraction.mentions import find_names
from casefile.extraction.money import find_money
from casefile.extraction.sentences import split_sentences
from tests.extraction.reading import PUBLISHED, facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lt. Ray Okafor spoke at 9 a.m. Monday. He left.", 2),
        ("The car was found on Oct. 3 near St. Paul. Nobody was hurt.", 2),
        ("Police arrived at 10 p.m. Officers found a knife.", 2),
        ("Headline without a period\nFirst sentence. Second one.", 3),
    ],
)
def test_sentences_respect_abbreviations_and_lines(text: str, expected: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_chrome_tail_and_date_marker_are_skipped() -> None:
    text = " date 2024-03-14 Story opens here.\n\nMore story.\n\nRecommended for you\n\nA comment."
    kept = [s.text for s in split_sentences(text, chrome_spans(text))]
    assert kept == ["Story opens here.", "More story."]


@pytest.mark.parametrize(
    ("sentence", "name", "age"),
    [
        ("Police said Dana Pruitt, 41, was arrested.", "Dana Pruitt", 41),
        ("A 29-year-old Marco Vell was charged.", "Marco Vell", 29),
        ("Officers found Lena Ortiz, age 52, at home.", "Lena Ortiz", 52),
        ("Troy B. Hale Jr., 19, of Dayton was held.", "Troy B. Hale Jr.", 19),
    ],
)
def test_names_and_ages(sentence: str, name: str, age: int) -> None:
    mention = next(m for m in find_names(sentence) if m.text == name)
    assert age_near(sentence, mention.start, mention.end) == age


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("Bond was set at $2 million.", [2_000_000]),
        ("He is held on $250,000 cash or surety.", [250_000]),
        ("Bail of one million dollars was set.", [1_000_000]),
        ("Bonds of $500,000 and $1.5 million.", [500_000, 1_500_000]),
    ],
)
def test_money(sentence: str, amounts: list[int]) -> None:
    assert [m.amount for m in find_money(sentence)] == amounts


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("He was arrested Tuesday.", "2024-03-12"),
        ("He was arrested Thursday.", "2024-03-14"),
        ("He was last arrested on Oct. 15.", "2023-10-15"),
        ("The hearing is March 2.", "2024-03-02"),
        ("It happened on Nov. 10, 2020.", "2020-11-10"),
        # What a defendant faces or awaits is ahead of the report, not a year behind it.
        ("He faces a preliminary hearing on Feb. 20.", "2025-02-20"),
        ("She is awaiting sentencing on March 20.", "2024-03-20"),
        ("He was arraigned on Feb. 20.", "2024-02-20"),
        # "set fire to" is a deed, not a date set ahead; "set for" is.
        ("The man who set fire to a store was sentenced Tuesday.", "2024-03-12"),
        ("The man who set out to rob a store was sentenced Tuesday.", "2024-03-12"),
        ("His sentencing is set for Tuesday.", "2024-03-19"),
    ],
)
def test_dates_resolve_against_publication(sentence: str, iso: str) -> None:
    assert find_dates(sentence, PUBLISHED)[0].date == datetime.date.fromisoformat(iso)


@pytest.mark.parametrize(
    ("phrase", "charges"),
    [
        ("murder, robbery and arson in the death of a clerk.", ["murder", "robbery", "arson"]),
        ("two counts of aggravated assault on Monday.", ["aggravated assault"]),
        (
            "use of a firearm in the commission of a felony.",
            ["use of a firearm in the commission of a felony"],
        ),
        ("an aggravated murder charge.", ["aggravated murder"]),
        ("gun charges and other offenses.", ["gun charges"]),
        ("an unrelated gun charge.", ["gun charge"]),
    ],
)
def test_charge_lists_split_and_clean(phrase: str, charges: list[str]) -> None:
    assert split_charges(phrase) == charges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Dana Pruitt, 41. Pruitt was charged with burglary and theft.",
            {("burglary", "filed"), ("theft", "filed")},
        ),
        (
            "Dana Pruitt was arrested. Police plan to charge her with arson, officials said. "
            "Prosecutors said Pruitt will be charged with arson.",
            {("arson", "expected")},
        ),
        ("Dana Pruitt pleaded guilty to robbery on Monday.", {("robbery", "convicted")}),
        (
            "Dana Pruitt was arrested. Prosecutors dropped the weapons charge against Pruitt.",
            {("weapons charge", "dropped")},
        ),
        (
            "Dana Pruitt was charged with murder. If Pruitt is convicted of murder, she faces life.",
            {("murder", "filed")},
        ),
    ],
)
def test_charge_status(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)} == expected


def test_charge_list_on_separate_lines_joins_broken_line() -> None:
    text = (
        "Police arrested Omar Reyes, 30, on Tuesday.\n\nHe was charged with:\n\n"
        "Robbery\n\nCriminal possession of a weapon and reckless\n\nEndangerment.\n\n"
        "Reyes is held on a $50,000 bond."
    )
    charges = {f["charge"] for f in facts_of("ChargeFiled", text)}
    assert charges == {"robbery", "criminal possession of a weapon", "reckless endangerment"}


def test_prior_matter_is_not_a_charge_and_dated_prior_arrest_is_kept() -> None:
    text = (
        "Police arrested Omar Reyes, 30, on Tuesday and charged him with robbery. "
        "Reyes was last arrested on Feb. 2 for violation of probation."
    )
    assert {f["charge"] for f in facts_of("ChargeFiled", text)} == {"robbery"}
    arrests = {(f["prior"], f["date"]) for f in facts_of("ArrestMade", text)}
    assert arrests == {(False, "2024-03-12"), (True, "2024-02-02")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Reyes was charged with robbery. He is held on a $2 million bond.",
            {(2_000_000, "set")},
        ),
        ("Omar Reyes was charged with robbery and is being held without bond.", {(None, "denied")}),
        (
            "Omar Reyes was charged with robbery. He posted bond of $5,000 on Friday.",
            {(5_000, "posted")},
        ),
        (
            "Omar Reyes was charged with robbery. His bond was reduced to $10,000.",
            {(10_000, "reduced")},
        ),
        (
            "Omar Reyes was charged with robbery. The victim, Ann Lee, had posted $9,000 bail.",
            set(),
        ),
        # A range of amounts is a statement about bonds in general, not this one.
        (
            "Omar Reyes was charged with robbery. The group frees inmates on bonds totaling "
            "$5,000 or less.",
            set(),
        ),
        (
            "Omar Reyes was charged with robbery. A judge may set bond at up to $1 million.",
            set(),
        ),
    ],
)
def test_bonds(text: str, expected: set) -> None:
    assert {(f["amount"], f["status"]) for f in facts_of("BondSet", text)} == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Omar Reyes was charged with robbery. Reyes was arraigned Monday.", {"arraignment"}),
        (
            "Omar Reyes was charged with robbery. A preliminary hearing is set for April 2.",
            {"hearing"},
        ),
        (
            "Omar Reyes was charged with robbery. A grand jury indicted Reyes on Tuesday.",
            {"indictment"},
        ),
        ("Omar Reyes was charged with robbery. Reyes pleaded not guilty.", {"plea"}),
        ("Omar Reyes was charged with robbery. Reyes was sentenced to 10 years.", {"sentencing"}),
    ],
)
def test_court_events(text: str, kinds: set[str]) -> None:
    assert {f["kind"] for f in facts_of("CourtEventReported", text)} == kinds


def test_surname_and_pronoun_resolve_to_full_name() -> None:
    text = "Police arrested Omar Reyes on Tuesday. Reyes is charged with arson. He is held."
    assert {f["person"] for f in facts_of("ChargeFiled", text)} == {"Omar Reyes"}
    assert [f["name"] for f in facts_of("SuspectIdentified", text)] == ["Omar Reyes"]


def test_two_suspects_keep_their_own_facts() -> None:
    text = (
        "Ivy Marsh, 22, and Cole Marsh, 25, were arrested Friday. "
        "Ivy Marsh was charged with theft. Cole Marsh was charged with burglary."
    )
    charges = {(f["person"], f["charge"]) for f in facts_of("ChargeFiled", text)}
    assert charges == {("Ivy Marsh", "theft"), ("Cole Marsh", "burglary")}
    ages = {(f["name"], f["age"]) for f in facts_of("SuspectIdentified", text)}
    assert ages == {("Ivy Marsh", 22), ("Cole Marsh", 25)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Omar Reyes is a person of interest in a recent homicide, police said.", 1),
        ("Police linked Omar Reyes, who was arrested Monday, to two other killings.", 2),
        ("Omar Reyes was charged in four murders, including the shooting of a clerk.", 3),
    ],
)
def test_homicide_links(text: str, count: int) -> None:
    assert len(facts_of("LinkedToHomicide", text)) == count


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        ("Omar Reyes was arrested. A woman was found dead in the home.", ["killed"]),
        (
            "Omar Reyes was arrested. He fired at an officer, narrowly missing the officer. "
            "The officer suffered cuts from broken glass.",
            ["injured"],
        ),
        (
            "Omar Reyes was arrested. Reyes went there with the intent to kill another man.",
            ["unharmed"],
        ),
        (
            "Omar Reyes was arrested. Police found three boys who died at the scene.",
            ["killed", "killed", "killed"],
        ),
    ],
)
def test_victim_outcomes(text: str, outcomes: list[str]) -> None:
    assert sorted(f["outcome"] for f in facts_of("VictimReported", text)) == outcomes


def test_every_quote_indexes_the_text() -> None:
    text = " date 2024-03-14 Omar Reyes, 30, was arrested Tuesday and charged with arson."
    facts = extract_facts(text, PUBLISHED)
    assert facts
    assert all(text[f.evidence.start : f.evidence.end] == f.evidence.quote for f in facts)
