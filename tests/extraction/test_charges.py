"""Charges: where a charge's name starts and ends, the cue that gives its status, whom it
charges, and the quote that states it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.offences import names_offence, split_charges
from tests.extraction.reading import charges_of

ARREST = "Marcus Hale, 30, was arrested Monday. "


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("burglary in the third degree and theft.", ["burglary in the third degree", "theft"]),
        (
            "criminal possession of a weapon in a vehicle on Monday.",
            ["criminal possession of a weapon in a vehicle"],
        ),
        ("the murder of a store clerk and robbery.", ["murder", "robbery"]),
        ("murder and is held without bail.", ["murder"]),
        ("several offenses, including aggravated battery.", ["aggravated battery"]),
        ("just the misdemeanor count of resisting arrest.", ["resisting arrest"]),
        ("one felony count of murder with a sentencing enhancement.", ["murder"]),
        ("tampering with evidence may be added.", ["tampering with evidence"]),
        ("driving while intoxicated and reckless driving.", ["driving while intoxicated",
                                                             "reckless driving"]),
        ("assault on a child resulting in death.", ["assault on a child resulting in death"]),
        ("rape of an unconscious person being dismissed.", ["rape of an unconscious person"]),
        ("being an accessory to attempted murder.", ["accessory to attempted murder"]),
        ("a drug charge carrying a mandatory minimum sentence.", ["drug charge"]),
        ("murder for each of the two children.", ["murder"]),
        ("second-degree murder in deaths of two men.", ["second-degree murder"]),
        ("Burglary (3 counts)", ["burglary"]),
    ],
)  # fmt: skip
def test_a_charge_name_starts_and_ends_where_the_offence_does(
    phrase: str, expected: list[str]
) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("first-degree kidnapping", True),
        ("unlawful termination of a pregnancy", True),
        ("endangering the welfare of a child", True),
        ("25 years to life for kidnapping", False),
        ("mother faces an additional charge of abuse", False),
        ("the killing", False),
    ],
)
def test_a_phrase_names_an_offence_only_if_it_opens_with_one(words: str, expected: bool) -> None:
    assert names_offence(words.split()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Marcus Hale, 24, on burglary and criminal mischief charges.",
            {("burglary", "filed"), ("criminal mischief", "filed")},
        ),
        (
            ARREST + "Deputies arrested him Monday, charging him with robbery in the first degree.",
            {("robbery in the first degree", "filed")},
        ),
        (
            ARREST + "Prosecutors are planning to charge Hale with manslaughter, police said.",
            {("manslaughter", "expected")},
        ),
        (ARREST + "Hale will be formally charged for arson.", {("arson", "expected")}),
        (
            ARREST + "The district attorney announced the filing of murder and robbery charges "
            "against Hale on Thursday.",
            {("murder", "filed"), ("robbery", "filed")},
        ),
        (
            ARREST + "A new charge of tampering with evidence may be added, prosecutors said.",
            {("tampering with evidence", "expected")},
        ),
        (ARREST + "Hale is expected to face charges of arson.", {("arson", "expected")}),
        (
            ARREST + "A jury found Hale not guilty of first-degree murder but guilty of "
            "the lesser charge of manslaughter.",
            {("first-degree murder", "acquitted"), ("manslaughter", "convicted")},
        ),
        (
            ARREST + "The jury deliberated for six hours before acquitting Hale of arson.",
            {("arson", "acquitted")},
        ),
        (
            ARREST + "The charges of burglary and theft against Hale were dropped in May.",
            {("burglary", "dropped"), ("theft", "dropped")},
        ),
        (
            ARREST + "Hale pleaded no contest in circuit court to leaving the scene of a crash.",
            {("leaving the scene of a crash", "convicted")},
        ),
        (
            ARREST + "Hale was sentenced Monday to 12 years in prison for aggravated robbery.",
            {("aggravated robbery", "convicted")},
        ),
        (
            ARREST + "Hale was sentenced to six months in jail on his conviction on three "
            "counts of felony theft.",
            {("felony theft", "convicted")},
        ),
        (
            ARREST + "Hale was convicted in July of first-degree murder.",
            {("first-degree murder", "convicted")},
        ),
        (
            ARREST + "The jury found Hale guilty of two felony counts: arson and burglary.",
            {("arson", "convicted"), ("burglary", "convicted")},
        ),
        # the counts told by whose they were before the colon: "all three counts he faced:"
        (
            ARREST + "Hale was convicted on all three counts he faced: arson, burglary and "
            "insurance fraud.",
            {("arson", "convicted"), ("burglary", "convicted"), ("insurance fraud", "convicted")},
        ),
        (
            ARREST + "A jury acquitted Hale of both charges she had faced: theft and fraud.",
            {("theft", "acquitted"), ("fraud", "acquitted")},
        ),
        (
            ARREST + "Hale was convicted on the counts the jury weighed: the court said arson "
            "was proved.",
            set(),
        ),
        (
            ARREST + "The charge against Hale was upgraded to murder after the victim died.",
            {("murder", "filed")},
        ),
        (ARREST + "Hale faces 25 years to life for first-degree kidnapping.", set()),
        (
            ARREST + "Hale previously pleaded guilty to burglary. He was charged with arson.",
            {("arson", "filed")},
        ),
        (
            ARREST + "Hale entered a not guilty plea to murder on Friday.",
            set(),
        ),
    ],
)
def test_the_cue_gives_the_status(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(charge, status) for _, charge, status in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said Marcus Hale, 18, Tina Boyd, 19, and Omar Reyes, 27, were charged "
            "with attempted murder.",
            {"Marcus Hale", "Tina Boyd", "Omar Reyes"},
        ),
        (
            ARREST + "Hale, 22, and Tina Boyd, 19, were each charged with armed robbery.",
            {"Marcus Hale", "Tina Boyd"},
        ),
        (
            "A grand jury indictment charges Marcus Hale, 28, and Tina Boyd, 25, with one "
            "count each of murder.",
            {"Marcus Hale", "Tina Boyd"},
        ),
        # "all three counts" is no group of people: the charges are the subject's alone
        (
            "Marcus Hale, 28, Tina Boyd, 25, and Omar Reyes, 27, were indicted in May. Hale "
            "was convicted on all three counts he faced: arson, burglary and insurance fraud.",
            {"Marcus Hale"},
        ),
        (
            "Marcus Hale, 28, Tina Boyd, 25, and Omar Reyes, 27, were indicted in May. All "
            "three were convicted of arson.",
            {"Marcus Hale", "Tina Boyd", "Omar Reyes"},
        ),
    ],
)
def test_every_person_of_a_subject_list_is_charged(text: str, expected: set[str]) -> None:
    assert {person for person, _, _ in charges_of(text)} == expected


def test_a_listed_charge_quotes_the_intro_and_its_line() -> None:
    text = (
        ARREST + "He was charged with:\n"
        "• Murder in the second degree\n"
        "• Criminal possession of a weapon (3 counts)\n"
        "Hale is held without bail."
    )
    quotes = {
        f.fields["charge"]: f.evidence.quote for f in extract_facts(text) if f.kind == "ChargeFiled"
    }
    assert set(quotes) == {"murder in the second degree", "criminal possession of a weapon"}
    assert quotes["murder in the second degree"].startswith("He was charged with:")
    assert quotes["murder in the second degree"].endswith("Murder in the second degree")
    assert quotes["criminal possession of a weapon"].endswith("(3 counts)")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # An act done to someone is not an offence's name, but the offence it is ...
        ("murdering his wife and arson.", ["murder", "arson"]),
        ("sexually assaulting an unconscious woman.", ["sexual assault"]),
        ("the burning of a restaurant.", []),
        # ... but counted, it is the name a charging paper gives.
        ("two counts of murdering a child.", ["murdering a child"]),
        # Examples of what a charge is about are not charges.
        ("conspiracy to smuggle drugs, including heroin and fentanyl.",
         ["conspiracy to smuggle drugs"]),
        ("three charges, including arson and burglary.", ["arson", "burglary"]),
        ("drug trafficking charges on Friday, as police accused him of selling heroin.",
         ["drug trafficking"]),
        ("using a firearm in a murder, two counts of possession of a firearm by a felon.",
         ["using a firearm in a murder", "possession of a firearm by a felon"]),
    ],
)  # fmt: skip
def test_what_is_not_an_offence_name_is_left_out(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marcus Hale, 30, was charged with murder and arson in March. On Friday, a jury "
            "acquitted Hale of all charges.",
            {("murder", "acquitted"), ("arson", "acquitted")},
        ),
        (
            "Marcus Hale, 30, was charged with burglary and theft. Prosecutors later dropped the "
            "charges against Hale.",
            {("burglary", "dropped"), ("theft", "dropped")},
        ),
        (
            "Marcus Hale, 30, was charged with burglary and theft. The jury found Hale guilty "
            "on all counts.",
            {("burglary", "convicted"), ("theft", "convicted")},
        ),
        (
            "Marcus Hale, 30, was charged with burglary and theft. Hale pleaded not guilty to "
            "all charges.",
            {("burglary", "filed"), ("theft", "filed")},
        ),
        (
            "Marcus Hale, 30, was charged with burglary and theft. The plea spared him the "
            "prison term he faced if he had been convicted on all the charges.",
            {("burglary", "filed"), ("theft", "filed")},
        ),
    ],
)
def test_an_outcome_of_all_charges_reaches_each_charge(
    text: str, expected: set[tuple[str, str]]
) -> None:
    facts = [f for f in extract_facts(text) if f.kind == "ChargeFiled"]
    assert {(f.fields["charge"], f.fields["status"]) for f in facts} >= expected
    final = {}
    for f in facts:
        final[f.fields["charge"]] = f
    for f in facts:
        assert f.fields["charge"] in f.evidence.quote.lower()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARREST + "Two of the other defendants in the case pleaded guilty to robbery.",
            set(),
        ),
        (
            ARREST + "Hale was charged Tuesday in the death of Ann Lee with reckless homicide.",
            {"Marcus Hale"},
        ),
        (
            ARREST + "A grand jury also indicted his brother, Cole Hale, 29, on Tuesday on a "
            "murder charge.",
            {"Cole Hale"},
        ),
    ],
)
def test_the_charged_person_is_the_one_the_verb_speaks_of(text: str, expected: set[str]) -> None:
    assert {person for person, _, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("felony hit and run resulting in death and reckless driving.",
         ["felony hit and run resulting in death", "reckless driving"]),
        ("driving on a suspended license.", ["driving on a suspended license"]),
        ("voluntary manslaughter in May, police said.", ["voluntary manslaughter"]),
        # what was done to the list, by its participle ("had his charge of theft dropped")
        ("theft dropped in October.", ["theft"]),
        ("arson and robbery being dismissed.", ["arson", "robbery"]),
        # a day told after the list without "on", as reports date a charge
        ("robbery and arson March 9, police said.", ["robbery", "arson"]),
        ("voluntary manslaughter Sept. 9 after a crash.", ["voluntary manslaughter"]),
        # (not a number that is the offence's own: "possession of a Schedule 2 drug")
        ("possession of a Schedule 2 drug.", ["possession of a schedule 2 drug"]),
        # (nor a transport to a hospital told after a charge)
        ("theft, and was transported to a hospital.", ["theft"]),
        ("charges including murder and kidnapping.", ["murder", "kidnapping"]),
        ("aggravated robbery, aggravated kidnapping and arson.",
         ["aggravated robbery", "aggravated kidnapping", "arson"]),
        ("burning five trucks outside a post office.", []),
        ("the nine charges he faced, including murder and arson.", ["murder", "arson"]),
    ],
)  # fmt: skip
def test_offence_names_hold_their_own_and_and_end_at_a_date(
    phrase: str, expected: list[str]
) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARREST + "Hale was charged with murder; his girlfriend, Tina Boyd, was charged "
            "with obstruction.",
            {("Marcus Hale", "murder"), ("Tina Boyd", "obstruction")},
        ),
        (
            ARREST + "The charges were later reduced to reckless homicide.",
            {("Marcus Hale", "reckless homicide")},
        ),
        (
            ARREST + "A jury showed leniency to Hale, a former Dayton Tiger convicted of "
            "vehicular manslaughter.",
            {("Marcus Hale", "vehicular manslaughter")},
        ),
    ],
)
def test_the_subject_right_before_the_verb_is_charged(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(person, charge) for person, charge, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARREST + "The murder charge against Hale was dismissed Friday.", {("murder", "dropped")}),
        (
            ARREST + "His attempted murder charge was dropped in exchange for his testimony.",
            {("attempted murder", "dropped")},
        ),
        (
            ARREST + "Charges of drunken driving and vehicular homicide are expected.",
            {("drunken driving", "expected"), ("vehicular homicide", "expected")},
        ),
        (
            ARREST + "He was charged with arson, and additional charges are expected.",
            {("arson", "filed")},
        ),
        (ARREST + "A jury found Hale not guilty on the murder charge.", {("murder", "acquitted")}),
        (
            ARREST + "Hale entered a guilty plea to a reduced charge of manslaughter.",
            {("manslaughter", "convicted")},
        ),
        (
            ARREST + "Hale pleaded guilty but mentally ill to two counts of murder.",
            {("murder", "convicted")},
        ),
    ],
)
def test_a_charge_named_as_the_subject_of_its_outcome(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(charge, status) for _, charge, status in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marcus Hale, 30, was arrested on suspicion of two counts of murder.",
            set(),
        ),
        (
            ARREST + "In addition to the original kidnapping charge, Hale now faces a count of "
            "assault.",
            {("Marcus Hale", "kidnapping"), ("Marcus Hale", "assault")},
        ),
        (
            ARREST + "Hale was charged with assaulting an intoxicated, unconscious woman.",
            {("Marcus Hale", "assault")},
        ),
        (
            ARREST + "Hale was charged with arson. Officer Dale Quill shot the dog. Quill was "
            "charged with animal cruelty.",
            {("Marcus Hale", "arson")},
        ),
    ],
)
def test_suspicion_originals_split_objects_and_other_peoples_charges(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(person, charge) for person, charge, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Marcus Hale, 30, and Tina Boyd, 28. They were charged with burglary.",
            {"Marcus Hale", "Tina Boyd"},
        ),
        (
            "Police arrested Marcus Hale, 30, and Tina Boyd, 28. The two face charges of theft.",
            {"Marcus Hale", "Tina Boyd"},
        ),
        (
            "Marcus Hale, 25, of Dayton, and Tina Boyd, 30, of Akron, were charged with robbery.",
            {"Marcus Hale", "Tina Boyd"},
        ),
    ],
)
def test_a_plural_subject_charges_each_suspect(text: str, expected: set[str]) -> None:
    assert {person for person, _, _ in charges_of(text)} == expected


def test_a_citation_names_its_offence() -> None:
    assert charges_of(ARREST + "Hale was also cited for driving without a license.") == {
        ("Marcus Hale", "driving without a license", "filed")
    }


_STOP = {"a", "an", "the", "of", "with", "in", "to", "and", "or", "on", "for", "by", "degree",
         "first", "second", "third", "fourth", "count", "counts", "charge", "charges"}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        ARREST + "Hale was charged with murdering his wife and kidnapping a neighbor.",
        ARREST + "He was charged with:\n• Murder in the second degree\n• Arson (2 counts)",
        "Marcus Hale, 30, was charged with murder and arson. A jury acquitted Hale of all charges.",
        ARREST + "Hale pleaded guilty to assaulting an officer and resisting arrest.",
        ARREST + "Hale was charged with sexually assaulting a woman.",
    ],
)
def test_every_charge_quote_states_the_charge(text: str) -> None:
    for fact in extract_facts(text):
        if fact.kind != "ChargeFiled":
            continue
        quote = fact.evidence.quote.lower()
        words = [w for w in fact.fields["charge"].split() if w not in _STOP]
        present = [w for w in words if w[:5] in quote]
        assert len(present) * 2 >= len(words), (fact.fields["charge"], quote)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marcus Hale, who was on parole for a robbery conviction, was charged with murder.",
            {("murder", "filed")},
        ),
        (
            "Marcus Hale, who has a criminal record, was charged with murder on Monday.",
            {("murder", "filed")},
        ),
        (
            "Marcus Hale, 30, was charged with murder. Hale previously pleaded guilty to "
            "burglary and was released from prison after serving two years.",
            {("murder", "filed")},
        ),
    ],
)
def test_an_earlier_matter_gives_no_current_charge(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(charge, status) for _, charge, status in charges_of(text)} == expected


def test_they_are_the_suspects_the_last_sentence_named_together() -> None:
    text = (
        "Tina Boyd, 28, was charged with arson. Omar Reyes, 41, was charged with arson. "
        "Ivy Marsh, 35, was charged with arson. Boyd and Reyes entered guilty pleas Thursday. "
        "They each pleaded guilty to arson."
    )
    convicted = {person for person, _, status in charges_of(text) if status == "convicted"}
    assert convicted == {"Tina Boyd", "Omar Reyes"}


def test_a_subject_with_an_age_and_a_home_town_pleads() -> None:
    text = (
        ARREST + "Marcus Hale, 52, of Harper Point, recently pleaded no contest in circuit "
        "court to leaving the scene of a crash."
    )
    assert ("Marcus Hale", "leaving the scene of a crash", "convicted") in charges_of(text)


@pytest.mark.parametrize(
    ("verdict", "status"),
    [
        ("On Friday, a jury found Hale guilty.", "convicted"),
        ("Hale was convicted Friday after a week-long trial.", "convicted"),
        ("The jury found him guilty as charged.", "convicted"),
        ("The jury found Hale not guilty Tuesday after deliberating for seven hours.",
         "acquitted"),
        ("If he is found guilty, he faces life in prison.", "filed"),
    ],
)  # fmt: skip
def test_a_verdict_naming_no_charge_reaches_the_charges_named_before(
    verdict: str, status: str
) -> None:
    text = "Marcus Hale, 30, was charged with murder and arson last year. " + verdict
    assert charges_of(text) == {
        ("Marcus Hale", "murder", status),
        ("Marcus Hale", "arson", status),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARREST + "Police said they will charge Hale with arson.",
            {("Marcus Hale", "arson", "expected")},
        ),
        (
            "Police arrested Marcus Hale, 30, and Tina Boyd, 28. The district attorney intends "
            "to charge Hale with second-degree murder.",
            {("Marcus Hale", "second-degree murder", "expected")},
        ),
    ],
)
def test_a_charge_someone_will_bring_is_expected_for_its_object(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected
