"""Where a charge's name and a list of charges end, in wordings of penal codes and of lists:
an offence graded by a sum ("theft over $10,000"), a status as part of the name ("being a felon
in possession"), a deadline or the death a drug caused after the name, items set apart by
semicolons, and a second verdict that reads its own list. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.offences import split_charges
from tests.extraction.reading import charges_of, facts_of


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a sum that grades the offence is part of its name, its comma splits nothing
        ("theft over $10,000 and forgery.", ["theft over $10,000", "forgery"]),
        # ... but a sum told of an act names no offence
        ("stealing over $5,000 from her employer.", []),
        # a status the offence is defined by
        (
            "one count of being a felon in possession of a firearm.",
            ["felon in possession of a firearm"],
        ),
        ("being armed with a deadly weapon.", ["armed with a deadly weapon"]),
        # a deadline after the name
        ("second-degree murder by Wednesday.", ["second-degree murder"]),
        ("homicide by vehicle and reckless driving.", ["homicide by vehicle", "reckless driving"]),
        # the death a drug caused is the case, not the offence
        ("first-degree reckless homicide in fentanyl death", ["first-degree reckless homicide"]),
        ("trafficking in fentanyl and murder.", ["trafficking in fentanyl", "murder"]),
        # an act done to a person told by age is what was done, not a charge
        ("shooting 29-year-old Cal Ng outside a bar.", []),
        ("maintaining a drug trafficking place.", ["maintaining a drug trafficking place"]),
    ],
)
def test_where_an_offence_name_ends(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "aggravated battery with a deadly weapon; aggravated assault; and resisting arrest "
            "without violence.",
            [
                "aggravated battery with a deadly weapon",
                "aggravated assault",
                "resisting arrest without violence",
            ],
        ),
        (
            "burglary; grand theft; criminal mischief.",
            ["burglary", "grand theft", "criminal mischief"],
        ),
        # a clause after the semicolon ends the list
        ("murder; he is held without bail.", ["murder"]),
        ("murder; the victim was his wife.", ["murder"]),
        ("murder; police said the investigation continues.", ["murder"]),
    ],
)
def test_a_list_set_apart_by_semicolons(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jurors found Bo Tran, 34, not guilty of murder and guilty of manslaughter and "
            "tampering with physical evidence.",
            {
                ("Bo Tran", "murder", "acquitted"),
                ("Bo Tran", "manslaughter", "convicted"),
                ("Bo Tran", "tampering with physical evidence", "convicted"),
            },
        ),
        (
            "Bo Tran, 34, was convicted of arson and acquitted of attempted murder and burglary.",
            {
                ("Bo Tran", "arson", "convicted"),
                ("Bo Tran", "attempted murder", "acquitted"),
                ("Bo Tran", "burglary", "acquitted"),
            },
        ),
        # one verdict over the whole list
        (
            "Bo Tran, 34, was found not guilty of murder and tampering with physical evidence.",
            {
                ("Bo Tran", "murder", "acquitted"),
                ("Bo Tran", "tampering with physical evidence", "acquitted"),
            },
        ),
    ],
)
def test_a_second_verdict_reads_its_own_list(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


def test_a_convicted_felon_in_a_list_is_no_second_verdict() -> None:
    assert split_charges("robbery and convicted felon in possession of a firearm.") == [
        "robbery",
        "convicted felon in possession of a firearm",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's shorthand is the offence the report names fully
        (
            "Dayton Man Indicted for Meth Conspiracy\n\nBo Tran, 34, was indicted on one count "
            "of conspiracy to distribute 50 grams or more of meth.",
            {("Bo Tran", "conspiracy to distribute 50 grams or more of meth", "filed")},
        ),
        # ... but not an attempt of it
        (
            "Dayton Man Charged With Murder After Shooting\n\nBo Tran, 34, was charged with "
            "attempted murder.",
            {("Bo Tran", "murder", "filed"), ("Bo Tran", "attempted murder", "filed")},
        ),
        # a charge the headline shares with the report is listed there, not a summary
        (
            "Dayton Man Charged With Sexual Assault at Party\n\nBo Tran, 34, was charged with "
            "sexual assault and aggravated sexual assault.",
            {
                ("Bo Tran", "sexual assault", "filed"),
                ("Bo Tran", "aggravated sexual assault", "filed"),
            },
        ),
    ],
)
def test_a_headline_charge_is_a_summary(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge still to come, with an adverb before its verb
        (
            "Bo Tran, 34, was charged with aggravated assault. Prosecutors said the charge "
            "would likely be upgraded to murder.",
            {("Bo Tran", "aggravated assault", "filed"), ("Bo Tran", "murder", "expected")},
        ),
        # ... not a release that would likely come
        (
            "Bo Tran, 34, was charged with murder. He would likely be released on bond.",
            {("Bo Tran", "murder", "filed")},
        ),
        # a grand jury's no bill ends the charge it declines
        (
            "A grand jury declined to indict Bo Tran, 34, on a murder charge but indicted him "
            "on manslaughter.",
            {("Bo Tran", "murder", "dropped"), ("Bo Tran", "manslaughter", "filed")},
        ),
        # ... of whom it declines to indict
        (
            "Bo Tran, 34, was charged with murder. A grand jury declined to indict Cal Ng on a "
            "robbery charge.",
            {("Bo Tran", "murder", "filed"), ("Cal Ng", "robbery", "dropped")},
        ),
    ],
)
def test_charges_still_to_come_and_declined(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the penalty or the trial a filed charge brings leaves it filed
        ("Bo Tran, 34, was charged with murder and could face life in prison.", "filed"),
        ("Bo Tran, 34, is charged with murder and could face up to 20 years.", "filed"),
        ("Bo Tran, 34, was charged with murder and will face trial in May.", "filed"),
        # ... a charge he may face is one still to come
        ("Bo Tran, 34, could face charges of murder.", "expected"),
        ("Bo Tran, 34, will face a murder charge.", "expected"),
    ],
)
def test_what_a_charged_person_may_face(text: str, expected: str) -> None:
    assert charges_of(text) == {("Bo Tran", "murder", expected)}


def test_a_charge_of_assisting_an_offender_denied() -> None:
    assert charges_of("Ada Quill, 55, denied a charge of assisting an offender.") == {
        ("Ada Quill", "assisting an offender", "filed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first line with no full stop is a headline, its charge the report's in short
        (
            "Fund founder cleared of money laundering\n\nA jury found Bo Tran, 34, not guilty "
            "of conspiracy to commit money laundering.",
            {("Bo Tran", "conspiracy to commit money laundering", "acquitted")},
        ),
        # ... a first sentence with its full stop is not
        (
            "Bo Tran, 34, was acquitted of money laundering. The jury also found him not "
            "guilty of conspiracy to commit money laundering.",
            {
                ("Bo Tran", "money laundering", "acquitted"),
                ("Bo Tran", "conspiracy to commit money laundering", "acquitted"),
            },
        ),
    ],
)
def test_a_first_line_without_a_full_stop_is_a_headline(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # charges upgraded: those replaced are dropped, those named again stay filed
        (
            "Bo Tran, 34, was charged with assault and robbery. The charges against Tran were "
            "upgraded after the victim died. He is now charged with murder and robbery.",
            {
                ("Bo Tran", "assault", "dropped"),
                ("Bo Tran", "murder", "filed"),
                ("Bo Tran", "robbery", "filed"),
            },
        ),
        # ... the upgrade told first, the first charges as its background
        (
            "The charges against Bo Tran, 34, were upgraded Friday. Tran was first charged with "
            "assault and robbery. He is now charged with murder and robbery.",
            {
                ("Bo Tran", "assault", "dropped"),
                ("Bo Tran", "murder", "filed"),
                ("Bo Tran", "robbery", "filed"),
            },
        ),
        # ... not charges someone else's were upgraded
        (
            "Bo Tran, 34, was charged with assault. The charges against his co-defendant were "
            "upgraded.",
            {("Bo Tran", "assault", "filed")},
        ),
        # the harm an offence requires makes another offence
        (
            "Bo Tran, 34, was first charged with leaving the scene of a crash involving injury. "
            "The charges against Tran were upgraded after the victim died. He is now charged "
            "with leaving the scene of a crash involving death.",
            {
                ("Bo Tran", "leaving the scene of a crash involving injury", "dropped"),
                ("Bo Tran", "leaving the scene of a crash involving death", "filed"),
            },
        ),
    ],
)
def test_charges_upgraded(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea to a reduced charge drops the one charge it replaces
        (
            "Bo Tran, 34, was charged with murder. He pleaded guilty Monday to a reduced charge "
            "of manslaughter.",
            {("Bo Tran", "manslaughter", "convicted"), ("Bo Tran", "murder", "dropped")},
        ),
        (
            "Bo Tran, 34, pleaded guilty Monday to a lesser charge of manslaughter. He had been "
            "charged with murder.",
            {("Bo Tran", "manslaughter", "convicted"), ("Bo Tran", "murder", "dropped")},
        ),
        # ... which one, of two?
        (
            "Bo Tran, 34, was charged with murder and arson. He pleaded guilty Monday to a "
            "reduced charge of manslaughter.",
            {
                ("Bo Tran", "manslaughter", "convicted"),
                ("Bo Tran", "murder", "filed"),
                ("Bo Tran", "arson", "filed"),
            },
        ),
        # a jury's verdict on a lesser charge drops nothing
        (
            "Bo Tran, 34, was charged with murder. A jury found him guilty of the lesser charge "
            "of manslaughter.",
            {("Bo Tran", "manslaughter", "convicted"), ("Bo Tran", "murder", "filed")},
        ),
    ],
)
def test_a_plea_to_a_reduced_charge(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "failure to stop after an accident and tampering with evidence.",
            ["failure to stop after an accident", "tampering with evidence"],
        ),
        ("leaving the scene after a fatal crash.", ["leaving the scene after a fatal crash"]),
        # "after" still ends a name that holds no duty to stop
        ("murder after a crash on Main Street.", ["murder"]),
        ("failure to stop after police tried to pull him over.", ["failure to stop"]),
    ],
)
def test_the_duty_to_stop_after_a_crash_is_part_of_the_name(
    phrase: str, expected: list[str]
) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome said against someone unnamed is not the named suspects'
        (
            "A judge ordered Bo Tran, 34, to stand trial on murder charges but dismissed the "
            "case against a third man.",
            {("Bo Tran", "murder", "filed")},
        ),
        # ... the person described first, then named, is the one it is said of
        (
            "Bo Tran, 34, was charged with murder. Cal Ng, 20, was charged with conspiracy. "
            "The judge dismissed all charges against the third defendant, Cal Ng, on Friday.",
            {("Bo Tran", "murder", "filed"), ("Cal Ng", "conspiracy", "dropped")},
        ),
    ],
)
def test_whom_a_dismissal_is_said_of(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "The indictment charges Bo Tran, 45, with the following offenses:",
        "Bo Tran, 45, was indicted on the following offenses:",
    ],
)
def test_counts_labelled_one_per_line(opening: str) -> None:
    text = (
        f"{opening}\n"
        "Count 1: Second Degree Murder, a Class 1 Dangerous Felony\n"
        "Count 2: Aggravated Assault, a Class 3 Dangerous Felony\n"
        "Counts 3-4: Tampering with Physical Evidence, a Class 6 Felony\n"
        "Tran is held on a $1 million bond."
    )
    assert charges_of(text) == {
        ("Bo Tran", "second degree murder", "filed"),
        ("Bo Tran", "aggravated assault", "filed"),
        ("Bo Tran", "tampering with physical evidence", "filed"),
    }


def test_a_count_label_in_running_text_is_no_list() -> None:
    text = "Bo Tran, 45, was charged with murder.\nCount 1 of the indictment was read aloud."
    assert charges_of(text) == {("Bo Tran", "murder", "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conviction years before, beside this case's charges, is a record recalled
        (
            "Bo Tran, 52, was charged Monday with aggravated battery. Court records show Tran "
            "was convicted of battery in 2016.",
            {("Bo Tran", "aggravated battery", "filed")},
        ),
        # ... but the conviction of this case's charge stays, whatever its year
        (
            "Bo Tran, 52, was charged with murder. He was convicted of murder in 2019, and an "
            "appeals court ordered a new trial.",
            {("Bo Tran", "murder", "convicted")},
        ),
        # ... and a dated conviction with no other charge is the report's subject
        (
            "Bo Tran, 52, was convicted of murder in 2019. On Monday a judge denied his appeal.",
            {("Bo Tran", "murder", "convicted")},
        ),
    ],
)
def test_a_conviction_years_before_the_report(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea of not guilty still to come answers charges still filed
        (
            "Bo Tran, 25, plans to plead not guilty to charges of murder and arson.",
            {("Bo Tran", "murder", "filed"), ("Bo Tran", "arson", "filed")},
        ),
        # ... a verdict of not guilty acquits
        (
            "Bo Tran, 25, was found not guilty of murder and arson.",
            {("Bo Tran", "murder", "acquitted"), ("Bo Tran", "arson", "acquitted")},
        ),
        # the first of several people's charges after a colon
        (
            "Three men were charged: Bo Tran, 25, with murder; Cal Ng, 30, with robbery; and "
            "Dan Roe, 19, with theft.",
            {
                ("Bo Tran", "murder", "filed"),
                ("Cal Ng", "robbery", "filed"),
                ("Dan Roe", "theft", "filed"),
            },
        ),
    ],
)
def test_pleas_to_come_and_people_after_a_colon(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # charges police put to prosecutors, or said to be pending, are still to come
        ("Police have requested a murder charge from prosecutors.", "expected"),
        ("Police said they have submitted a murder charge to the district attorney.", "expected"),
        ("Police said charges of murder will be presented to the district attorney.", "expected"),
        ("Police said a murder charge is pending.", "expected"),
        # ... charges prosecutors approved are filed
        ("Prosecutors approved a charge of murder on Tuesday.", "filed"),
        ("The State's Attorney's Office approved murder charges.", "filed"),
    ],
)
def test_charges_put_to_prosecutors_and_approved(later: str, expected: str) -> None:
    assert charges_of(f"Bo Tran, 25, was arrested Monday. {later}") == {
        ("Bo Tran", "murder", expected)
    }


def test_a_case_presented_to_a_grand_jury_that_indicts_is_filed() -> None:
    text = (
        "Bo Tran, 25, was charged with murder. The case was presented to a grand jury, which "
        "indicted him on charges of murder and arson."
    )
    assert charges_of(text) == {("Bo Tran", "murder", "filed"), ("Bo Tran", "arson", "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expectation in a later clause is of other charges
        (
            "Bo Tran, 25, was charged with murder, and a weapons charge is pending.",
            {("Bo Tran", "murder", "filed"), ("Bo Tran", "weapons charge", "expected")},
        ),
        (
            "Bo Tran, 25, was charged with assault, and prosecutors said the charge would likely "
            "be upgraded to murder.",
            {("Bo Tran", "assault", "filed"), ("Bo Tran", "murder", "expected")},
        ),
        # ... in the clause of the charge, it is the charge's
        (
            "Bo Tran, 25, was arrested Monday, and charges of murder are expected.",
            {("Bo Tran", "murder", "expected")},
        ),
        (
            "Bo Tran, 25, was arrested on a murder warrant and is expected to be formally "
            "charged Tuesday.",
            {("Bo Tran", "murder", "expected")},
        ),
    ],
)
def test_an_expectation_belongs_to_its_clause(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 25, turned himself in on a murder warrant.", {("Bo Tran", "murder", "filed")}),
        (
            "Bo Tran, 25, surrendered to police Monday on charges of murder and arson.",
            {("Bo Tran", "murder", "filed"), ("Bo Tran", "arson", "filed")},
        ),
        # a surrender on a day names no charge
        ("Bo Tran, 25, turned himself in on Monday.", set()),
    ],
)
def test_a_surrender_on_charges(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after a sentence that opens on an unnamed second person is that person
        (
            "Bo Tran, 25, was charged with murder. A second person in the car, a 17-year-old, "
            "was detained. Police said he is expected to be charged with robbery.",
            {("Bo Tran", "murder", "filed"), (None, "robbery", "expected")},
        ),
        # ... not someone the report tells harmed
        (
            "Bo Tran, 25, was arrested Monday. Another man was injured in the shooting. He was "
            "charged with murder.",
            {("Bo Tran", "murder", "filed")},
        ),
        # ... nor a named person's relative
        (
            "Bo Tran, 25, was arrested. His mother was at the scene. Police said he will be "
            "charged with murder.",
            {("Bo Tran", "murder", "expected")},
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_second_person(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 25, received a 20-year sentence for manslaughter.",
            {("Bo Tran", "manslaughter", "convicted")},
        ),
        (
            "Bo Tran, 25, was given five years of probation for aggravated assault.",
            {("Bo Tran", "aggravated assault", "convicted")},
        ),
        # a sentence still possible convicts of nothing
        ("Bo Tran, 25, could receive a life sentence for murder.", set()),
        ("Bo Tran, 25, received a life sentence for his role in the killing.", set()),
    ],
)
def test_a_sentence_received_for_a_charge(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 25, was found not guilty by reason of insanity of murder.", "acquitted"),
        # a plea of insanity answers a charge still filed
        ("Bo Tran, 25, pleaded not guilty by reason of insanity to murder.", "filed"),
    ],
)
def test_a_verdict_and_a_plea_of_insanity(text: str, expected: str) -> None:
    assert charges_of(text) == {("Bo Tran", "murder", expected)}


ROSTER = (
    "Police arrested two men in the shooting that killed Cal Ng.\n\n{intro}\n\n"
    "Bo Tran, 20, of Fresno:\n- Murder\n- Two counts of attempted murder\n\n"
    "Al Vell, 18, of Clovis:\n- Street terrorism\n\nTran is held without bail."
)


@pytest.mark.parametrize(
    "intro",
    ["They are charged with:", "Here are the charges each man faces, according to prosecutors:"],
)
def test_bulleted_charges_under_each_defendant_s_line_are_his(intro: str) -> None:
    found = {
        (c["person"], c["charge"]) for c in facts_of("ChargeFiled", ROSTER.format(intro=intro))
    }
    assert found == {
        ("Bo Tran", "murder"),
        ("Bo Tran", "attempted murder"),
        ("Al Vell", "street terrorism"),
    }


def test_a_line_ending_in_a_colon_without_charges_lists_none() -> None:
    text = (
        "Bo Tran, 20, was charged with murder.\n\nHis neighbors said:\n- He kept to himself\n"
        "- He worked nights"
    )
    assert {c["charge"] for c in facts_of("ChargeFiled", text)} == {"murder"}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "14 counts of aggravated theft in the first degree and two counts of criminal "
            "mistreatment in the first degree, the district attorney said",
            ["aggravated theft in the first degree", "criminal mistreatment in the first degree"],
        ),
        (
            "child abandonment and neglect of a dependent.",
            ["child abandonment", "neglect of a dependent"],
        ),
    ],
)
def test_offences_of_harm_to_a_dependent(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "aggravated assault and possession of a weapon for a dangerous purpose, police said.",
            ["aggravated assault", "possession of a weapon for a dangerous purpose"],
        ),
        (
            "possession of cocaine for the purpose of trafficking and failure to comply.",
            ["possession of cocaine for the purpose of trafficking", "failure to comply"],
        ),
        # near miss: what the act was for is no part of the offence
        ("murder for the death of his wife.", ["murder"]),
    ],
)
def test_the_purpose_a_code_names_is_part_of_the_offence(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ned Voss, 38, was sentenced on July 16, 2025, in federal court for possession with "
            "intent to distribute methamphetamine.",
            {("Ned Voss", "possession with intent to distribute methamphetamine", "convicted")},
        ),
        (
            "Ned Voss, 19, was charged with reckless driving and speeding.",
            {("Ned Voss", "reckless driving", "filed"), ("Ned Voss", "speeding", "filed")},
        ),
    ],
)
def test_a_sentencing_dated_before_its_charge_and_traffic_offences(
    text: str, expected: set
) -> None:
    assert charges_of(text) == expected
