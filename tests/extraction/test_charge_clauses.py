"""Charges as a clause states them, for whom it states them: a charge replaced by another
("reduced from murder to manslaughter"), a charge named by a word of its name ("dismissed the
computer charge"), a count in an apposition ("A third count, of theft, was dismissed"), a verb
left out after "and" ("Lee was charged with murder and Kim with robbery"), a long list of
people before "with", names joined by a comma alone (an apposition, not a list), an act told by
a sum of money, and the offence a warrant names. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.charges import split_charges
from tests.extraction.reading import charges_of

PALMER = "Derrick Palmer"
LOWE = "Tina Lowe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors on Wednesday reduced the charge against Derrick Palmer, 45, from murder "
            "to involuntary manslaughter.",
            {(PALMER, "murder", "dropped"), (PALMER, "involuntary manslaughter", "filed")},
        ),
        (
            "The charge against Derrick Palmer, 45, was amended from robbery to theft by "
            "deception.",
            {(PALMER, "robbery", "dropped"), (PALMER, "theft by deception", "filed")},
        ),
        (
            "Derrick Palmer, 45, had been charged with assault. The charge was upgraded from "
            "assault to attempted murder on Monday.",
            {(PALMER, "assault", "dropped"), (PALMER, "attempted murder", "filed")},
        ),
        # Without "from", the charge replaced is not named: the new one is filed.
        (
            "Derrick Palmer, 45, was charged with assault, a charge later upgraded to murder.",
            {(PALMER, "assault", "filed"), (PALMER, "murder", "filed")},
        ),
    ],
)
def test_a_charge_replaced_by_another_is_dropped(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 45, was charged with sexual assault and using a computer to lure a "
            "minor. Prosecutors dismissed the computer charge in June.",
            {
                (PALMER, "sexual assault", "filed"),
                (PALMER, "using a computer to lure a minor", "dropped"),
            },
        ),
        (
            "Derrick Palmer, 45, was charged with aggravated assault and burglary. Jurors found "
            "him guilty of the assault charge.",
            {(PALMER, "aggravated assault", "convicted"), (PALMER, "burglary", "filed")},
        ),
        (
            "Derrick Palmer, 45, faces charges of robbery and unlawful possession of a firearm. "
            "A judge threw out the gun charge.",
            {(PALMER, "robbery", "filed"), (PALMER, "unlawful possession of a firearm", "dropped")},
        ),
        # A word that names two of the charges names neither; one that names none is read
        # as it stands.
        (
            "Derrick Palmer, 45, was charged with drug possession and drug trafficking. "
            "Prosecutors dropped the drug charge.",
            {(PALMER, "drug possession", "filed"), (PALMER, "drug trafficking", "filed")},
        ),
        (
            "Derrick Palmer, 45, was charged with burglary. Prosecutors dropped the theft charge.",
            {(PALMER, "burglary", "filed"), (PALMER, "theft", "dropped")},
        ),
    ],
)
def test_a_charge_named_by_a_word_of_its_name_is_the_one_named_before(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 45, pleaded guilty to burglary. A second count, of possession of "
            "burglary tools, was dismissed under the plea agreement.",
            {
                (PALMER, "burglary", "convicted"),
                (PALMER, "possession of burglary tools", "dropped"),
            },
        ),
        (
            "Derrick Palmer, 45, was charged with arson. A further charge, of insurance fraud, "
            "was added Friday.",
            {(PALMER, "arson", "filed"), (PALMER, "insurance fraud", "filed")},
        ),
    ],
)
def test_a_count_named_in_an_apposition(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer and Tina Lowe were arrested Friday. Palmer was charged with murder "
            "and Lowe with hindering prosecution.",
            {(PALMER, "murder", "filed"), (LOWE, "hindering prosecution", "filed")},
        ),
        (
            "Derrick Palmer, 45, was charged with murder, and Tina Lowe, 41, with tampering with "
            "evidence.",
            {(PALMER, "murder", "filed"), (LOWE, "tampering with evidence", "filed")},
        ),
        # Charges set in capitals after "and" are no person.
        (
            "Derrick Palmer, 45, was charged with Burglary and Grand Theft with a firearm.",
            {(PALMER, "burglary", "filed"), (PALMER, "grand theft with a firearm", "filed")},
        ),
    ],
)
def test_a_verb_left_out_after_and_charges_the_person_named(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A federal grand jury returned an indictment charging Derrick Palmer, 45, of Toledo, "
            "and Tina Lowe, 41, of Detroit, with conspiracy to distribute fentanyl.",
            {
                (PALMER, "conspiracy to distribute fentanyl", "filed"),
                (LOWE, "conspiracy to distribute fentanyl", "filed"),
            },
        ),
        (
            "The complaint charges Derrick Palmer, 45, and Tina Lowe, 41, both of Akron, with "
            "wire fraud.",
            {(PALMER, "wire fraud", "filed"), (LOWE, "wire fraud", "filed")},
        ),
    ],
)
def test_every_person_of_a_long_object_list_is_charged(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name after a comma is who "a woman who was with Palmer" is, not a second person.
        (
            "Derrick Palmer, 45, was charged with murder. A woman who was with Palmer, Tina "
            "Lowe, 41, was cited for disorderly conduct.",
            {(PALMER, "murder", "filed"), (LOWE, "disorderly conduct", "filed")},
        ),
        # A list is closed by "and".
        (
            "Derrick Palmer, 45, Tina Lowe, 41, and Ray Ortiz, 30, were charged with burglary.",
            {
                (PALMER, "burglary", "filed"),
                (LOWE, "burglary", "filed"),
                ("Ray Ortiz", "burglary", "filed"),
            },
        ),
    ],
)
def test_names_joined_by_a_comma_alone_are_no_list(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 45, was convicted Friday of stealing more than $1.2 million. A jury "
            "found him guilty of wire fraud.",
            {(PALMER, "wire fraud", "convicted")},
        ),
        (
            "Derrick Palmer, 45, is charged with embezzling $40,000 and forgery.",
            {(PALMER, "forgery", "filed")},
        ),
        (
            "Derrick Palmer, 45, was taken into custody Friday on a first-degree murder warrant.",
            {(PALMER, "first-degree murder", "filed")},
        ),
    ],
)
def test_what_a_charge_is_told_by(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury deliberated less than two hours before convicting Derrick Palmer, 45, of "
            "first-degree murder.",
            {(PALMER, "first-degree murder", "convicted")},
        ),
        (
            "Derrick Palmer, 45, entered guilty pleas to charges of theft and forgery.",
            {(PALMER, "theft", "convicted"), (PALMER, "forgery", "convicted")},
        ),
        (
            "Derrick Palmer, 45, was charged with theft. Charges were dropped against Palmer in "
            "March.",
            {(PALMER, "theft", "dropped")},
        ),
        # Two people given one outcome each in one sentence.
        (
            "Tina Lowe, 41, and Derrick Palmer, 45, were charged with murder. Lowe pleaded "
            "guilty in March; Palmer was convicted at trial in June.",
            {(PALMER, "murder", "convicted"), (LOWE, "murder", "convicted")},
        ),
        # Told twice of one person, an outcome is still one.
        (
            "Derrick Palmer, 45, was charged with murder. He was convicted Friday, and the "
            "verdict found him guilty after a day.",
            {(PALMER, "murder", "convicted")},
        ),
    ],
)
def test_an_outcome_is_given_in_any_wording_to_whom_it_is_said_of(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 45, was charged with wire fraud and tax evasion. He pleaded guilty "
            "to wire fraud; the tax evasion count was dismissed.",
            {(PALMER, "wire fraud", "convicted"), (PALMER, "tax evasion", "dropped")},
        ),
        # Some of the charges are not all of them.
        (
            "Derrick Palmer, 45, was charged with wire fraud, forgery and tax evasion. He "
            "pleaded guilty to two of the charges.",
            {
                (PALMER, "wire fraud", "filed"),
                (PALMER, "forgery", "filed"),
                (PALMER, "tax evasion", "filed"),
            },
        ),
        (
            "Jurors on Tuesday convicted Derrick Palmer, the Akron man accused of poisoning his "
            "wife, of aggravated murder.",
            {(PALMER, "aggravated murder", "convicted")},
        ),
        (
            "Derrick Palmer, 45, said he pleaded guilty to manslaughter to avoid a murder trial.",
            {(PALMER, "manslaughter", "convicted")},
        ),
        (
            "Derrick Palmer, 45, was charged with murder. A judge later reduced the charge to "
            "manslaughter.",
            {(PALMER, "murder", "dropped"), (PALMER, "manslaughter", "filed")},
        ),
        (
            "Derrick Palmer, 45, pleaded guilty Monday. He had been charged with theft.",
            {(PALMER, "theft", "convicted")},
        ),
        (
            "Derrick Palmer, 45, who previously pleaded guilty to manslaughter, was sentenced "
            "Friday to 12 years in prison.",
            {(PALMER, "manslaughter", "convicted")},
        ),
        # A plea of an earlier year is of another matter.
        (
            "Derrick Palmer, 45, who previously pleaded guilty to burglary in 2011, was charged "
            "Friday with murder.",
            {(PALMER, "murder", "filed")},
        ),
        (
            "Derrick Palmer, 45, was acquitted of murder Friday but remains jailed on an "
            "unrelated drug charge.",
            {(PALMER, "murder", "acquitted")},
        ),
    ],
)
def test_what_an_outcome_clause_says_of_which_charge(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The district attorney charged Derrick Palmer, 45, with two felonies: burglary and "
            "grand theft.",
            {(PALMER, "burglary", "filed"), (PALMER, "grand theft", "filed")},
        ),
        (
            "A criminal complaint filed Tuesday accuses Derrick Palmer, 45, of wire fraud and "
            "identity theft.",
            {(PALMER, "wire fraud", "filed"), (PALMER, "identity theft", "filed")},
        ),
        (
            "Prosecutors authorised charges of murder against Derrick Palmer, 45.",
            {(PALMER, "murder", "filed")},
        ),
        (
            "Derrick Palmer, 45, has been charged with causing death by dangerous driving.",
            {(PALMER, "causing death by dangerous driving", "filed")},
        ),
        # As courts in Britain report a plea: admitted (guilty) and denies (not guilty).
        (
            "Derrick Palmer, 45, was charged with robbery and fraud. He admitted fraud at a "
            "hearing on Monday but denies robbery.",
            {(PALMER, "fraud", "convicted"), (PALMER, "robbery", "filed")},
        ),
        # A confession to an act is no plea.
        (
            "Derrick Palmer, 45, was charged with robbery. He admitted stealing the car.",
            {(PALMER, "robbery", "filed")},
        ),
    ],
)
def test_a_charge_in_the_wording_of_any_outlet(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 45, was convicted of involuntary manslaughter and official "
            "oppression.",
            {
                (PALMER, "involuntary manslaughter", "convicted"),
                (PALMER, "official oppression", "convicted"),
            },
        ),
        (
            "Derrick Palmer, 45, was charged with improper handling of a firearm in a motor "
            "vehicle.",
            {(PALMER, "improper handling of a firearm in a motor vehicle", "filed")},
        ),
        (
            "Derrick Palmer, 45, was charged with homicide and hiding a corpse.",
            {(PALMER, "homicide", "filed"), (PALMER, "hiding a corpse", "filed")},
        ),
        (
            "Derrick Palmer, 45, was charged with unlawful flight to avoid prosecution.",
            {(PALMER, "unlawful flight to avoid prosecution", "filed")},
        ),
        # A spree is what was done, not a charge.
        (
            "Derrick Palmer, 45, was sentenced to 15 years for a carjacking spree. He pleaded "
            "guilty to three counts of carjacking.",
            {(PALMER, "carjacking", "convicted")},
        ),
    ],
)
def test_an_offence_is_named_in_full(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 45, was held on charges of murder and unlawful possession of a "
            "firearm. Prosecutors dropped the murder charge. The gun charge was dismissed as well.",
            {
                (PALMER, "murder", "dropped"),
                (PALMER, "unlawful possession of a firearm", "dropped"),
            },
        ),
        (
            "Derrick Palmer, 45, was charged with murder. A second man, Tina Lowe, 41, remains "
            "charged with being an accessory after the fact.",
            {(PALMER, "murder", "filed"), (LOWE, "accessory after the fact", "filed")},
        ),
        # A titled official who is no suspect is not the suspect named last.
        (
            "Derrick Palmer, 45, was charged with assault. A third officer, Sgt. Tina Lowe, "
            "pleaded guilty to a charge of failing to report abuse.",
            {(PALMER, "assault", "filed")},
        ),
    ],
)
def test_whose_charge_a_clause_states(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jury returned verdicts of guilty on murder and robbery counts against Derrick "
            "Palmer.",
            {(PALMER, "murder", "convicted"), (PALMER, "robbery", "convicted")},
        ),
        (
            "Derrick Palmer was found guilty Tuesday by a Cobb County jury of felony murder.",
            {(PALMER, "felony murder", "convicted")},
        ),
        (
            "Derrick Palmer was convicted Friday in Polk County Circuit Court of first-degree "
            "murder.",
            {(PALMER, "first-degree murder", "convicted")},
        ),
    ],
)
def test_a_verdict_told_with_its_court(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a degree in figures
        ("1st-degree murder", ["1st-degree murder"]),
        (
            "2nd degree assault and 3rd-degree burglary",
            ["2nd degree assault", "3rd-degree burglary"],
        ),
        # a degree set after its offence, as some codes list it
        ("Assault, second degree (2 counts) and theft", ["assault, second degree", "theft"]),
        ("murder, second-degree assault and theft", ["murder", "second-degree assault", "theft"]),
        # offences named without a common head word
        ("blackmail", ["blackmail"]),
        ("dereliction of duty", ["dereliction of duty"]),
        ("promoting contraband", ["promoting contraband"]),
        ("shooting into an occupied vehicle", ["shooting into an occupied vehicle"]),
        ("infanticide", ["infanticide"]),
        ("corruption of minors", ["corruption of minors"]),
        ("fabricating physical evidence", ["fabricating physical evidence"]),
        ("grievous bodily harm", ["grievous bodily harm"]),
        ("lying to federal agents", ["lying to federal agents"]),
        ("OVI and RICO", ["ovi", "rico"]),
        ("deprivation of rights under color of law", ["deprivation of rights under color of law"]),
        ("insider trading and civil disorder", ["insider trading", "civil disorder"]),
        ("hostage taking", ["hostage taking"]),
        # two verbs of one offence, two offences
        ("conspiracy to pay and receive kickbacks", ["conspiracy to pay and receive kickbacks"]),
        ("conspiracy to murder and assault", ["conspiracy to murder", "assault"]),
        ("risk of injury to a minor", ["risk of injury to a minor"]),
        # how a plea was made is no part of the name
        ("manslaughter under the Alford doctrine", ["manslaughter"]),
        ("driving under the influence of alcohol", ["driving under the influence of alcohol"]),
        # a possessive before a thing is no person an act is done to
        ("violating her bond conditions", ["violating her bond conditions"]),
        ("stalking his ex-girlfriend", ["stalking"]),
        ("murdering his own mother", ["murder"]),
        # an offence's class and its penalty specifications are no part of its name
        ("murder (a Class A felony) and arson (a Class B felony)", ["murder", "arson"]),
        ("aggravated murder with death penalty specifications", ["aggravated murder"]),
        # figures that are no degree name no offence
        ("25 years to life for kidnapping", []),
    ],
)
def test_an_offence_name_is_read_in_any_code_s_wording(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "two brothers" are the two the report names next, not every suspect.
        (
            "Prosecutors dismissed arson charges against two brothers. Derrick Palmer, 20, and "
            "Ray Palmer, 18, had been arrested in May. The building's owner, Tina Lowe, 58, was "
            "charged with arson on Tuesday.",
            {
                (PALMER, "arson", "dropped"),
                ("Ray Palmer", "arson", "dropped"),
                (LOWE, "arson", "filed"),
            },
        ),
    ],
)
def test_a_counted_group_is_the_people_named_next(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 18, and Tina Lowe, 19, were charged with burglary. Police said the "
            "pair had a stolen handgun. Charges of receiving stolen property are pending.",
            {
                (PALMER, "burglary", "filed"),
                (LOWE, "burglary", "filed"),
                (PALMER, "receiving stolen property", "expected"),
                (LOWE, "receiving stolen property", "expected"),
            },
        ),
        # A sentence about one of them goes on with that one.
        (
            "Derrick Palmer, 18, and Tina Lowe, 19, were charged with burglary. Police said "
            "Palmer had a stolen handgun. Charges of receiving stolen property are pending.",
            {
                (PALMER, "burglary", "filed"),
                (LOWE, "burglary", "filed"),
                (PALMER, "receiving stolen property", "expected"),
            },
        ),
    ],
)
def test_a_charge_told_after_a_sentence_about_the_group_is_the_group_s(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one offence however its degree is written: the verdict's status is the charge's
        (
            "Derrick Palmer, 39, was indicted on charges of murder in the second degree and "
            "manslaughter in the first degree. He was convicted of first-degree manslaughter "
            "and acquitted of second-degree murder.",
            {
                (PALMER, "first-degree manslaughter", "convicted"),
                (PALMER, "second-degree murder", "acquitted"),
            },
        ),
        (
            "Derrick Palmer, 39, was charged with 2nd-degree murder. He was convicted of "
            "second-degree murder.",
            {(PALMER, "second-degree murder", "convicted")},
        ),
        # a headline's cause is no part of the charge
        (
            "Brooklyn Man Convicted of Manslaughter for Fatal Subway Shove\n\nDerrick Palmer, "
            "39, was convicted of manslaughter on Friday.",
            {(PALMER, "manslaughter", "convicted")},
        ),
        (
            "Murder for Hire Charge Filed Against Derrick Palmer\n\nDerrick Palmer, 39, was "
            "charged with murder for hire.",
            {(PALMER, "murder for hire", "filed")},
        ),
        # what a policy says of charges in general is no one's charge
        (
            "Derrick Palmer, 16, was charged with murder. The paper does not name juveniles "
            "charged with crimes unless they are tried as adults.",
            {(PALMER, "murder", "filed")},
        ),
    ],
)
def test_one_offence_is_one_charge(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 30, was arrested Friday. Police said they will seek a murder charge.",
            {(PALMER, "murder", "expected")},
        ),
        (
            "Derrick Palmer, 30, was arrested. Prosecutors are seeking a first-degree murder "
            "charge against him.",
            {(PALMER, "first-degree murder", "expected")},
        ),
        # a penalty sought is no charge
        (
            "Derrick Palmer, 30, was charged with murder. Prosecutors said they would seek the "
            "death penalty.",
            {(PALMER, "murder", "filed")},
        ),
    ],
)
def test_a_charge_sought_is_expected(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The indictment charges the following defendants:\n\n"
            "• Derrick Palmer, 52, of Paterson – wire fraud and money laundering\n"
            "• Tina Lowe, 47, of Clifton – wire fraud\n\n"
            "The defendants are presumed innocent.",
            {
                (PALMER, "wire fraud", "filed"),
                (PALMER, "money laundering", "filed"),
                (LOWE, "wire fraud", "filed"),
            },
        ),
        # a list after "charged with:" is every charge of the one charged
        (
            "Derrick Palmer, 52, was charged with:\n\n• Wire fraud\n• Money laundering\n",
            {(PALMER, "wire fraud", "filed"), (PALMER, "money laundering", "filed")},
        ),
        (
            "Derrick Palmer, 52, was charged with the following:\n\n• Wire fraud\n"
            "• Money laundering\n",
            {(PALMER, "wire fraud", "filed"), (PALMER, "money laundering", "filed")},
        ),
        # "the following" said and its list in the same sentence
        (
            "Derrick Palmer, 52, was charged with the following: wire fraud, forgery and "
            "money laundering.",
            {
                (PALMER, "wire fraud", "filed"),
                (PALMER, "forgery", "filed"),
                (PALMER, "money laundering", "filed"),
            },
        ),
    ],
)
def test_each_line_of_a_list_of_defendants_is_its_person_s(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Man Indicted on Firearms Offenses\n\nDerrick Palmer, 30, was indicted on charges "
            "of possession of a firearm by a felon.",
            {(PALMER, "possession of a firearm by a felon", "filed")},
        ),
        (
            "Man Indicted on Drug Crimes\n\nDerrick Palmer, 30, was indicted on charges of "
            "possession of cocaine with intent to distribute.",
            {(PALMER, "possession of cocaine with intent to distribute", "filed")},
        ),
    ],
)
def test_a_category_a_headline_names_is_covered_by_the_charges_of_it(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 30, was arrested. Prosecutors plan to present the case to a grand "
            "jury on a charge of murder.",
            {(PALMER, "murder", "expected")},
        ),
        (
            "Derrick Palmer, 30, was arrested. Police said they would ask prosecutors to charge "
            "him with murder.",
            {(PALMER, "murder", "expected")},
        ),
        (
            "Derrick Palmer, 30, was charged with burglary. Police said additional charges, "
            "including arson, are likely.",
            {(PALMER, "burglary", "filed"), (PALMER, "arson", "expected")},
        ),
    ],
)
def test_a_charge_put_to_prosecutors_is_expected(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


def test_a_plea_deal_s_dismissal_of_the_remaining_counts() -> None:
    text = (
        "Derrick Palmer, 34, was indicted on counts of aggravated vehicular homicide and "
        "vehicular assault. On Thursday he pleaded guilty to vehicular homicide. In exchange, "
        "prosecutors agreed to dismiss the remaining counts."
    )
    assert charges_of(text) == {
        (PALMER, "vehicular homicide", "convicted"),
        (PALMER, "aggravated vehicular homicide", "dropped"),
        (PALMER, "vehicular assault", "dropped"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derrick Palmer, 18, was charged with murder. A 15-year-old boy was charged in "
            "juvenile court with conspiracy to commit murder.",
            {(PALMER, "murder", "filed"), (None, "conspiracy to commit murder", "filed")},
        ),
        (
            "Derrick Palmer, 18, was charged with murder. His 16-year-old co-defendant, whose "
            "name was not released, was charged with robbery.",
            {(PALMER, "murder", "filed"), (None, "robbery", "filed")},
        ),
        # a lede's unnamed man is the suspect the report names next
        (
            "A Dayton man was charged with murder. Derrick Palmer, 18, was arrested Friday.",
            {(PALMER, "murder", "filed")},
        ),
    ],
)
def test_a_charge_of_someone_new_and_unnamed_is_not_the_named_suspect_s(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "later",
    [
        "Jurors could have convicted him of murder.",
        "The jury had the option of finding him guilty of murder.",
        "His attorney said he is not guilty of murder.",
        '"He is guilty of murder," the prosecutor told jurors.',
    ],
)
def test_a_verdict_no_one_gave_is_no_outcome(later: str) -> None:
    text = "Derrick Palmer, 30, was charged with murder and convicted of manslaughter. " + later
    assert charges_of(text) == {
        (PALMER, "murder", "filed"),
        (PALMER, "manslaughter", "convicted"),
    }


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "Lowe's charges were dismissed.",
            {(PALMER, "robbery", "filed"), (LOWE, "robbery", "dropped")},
        ),
        (
            "The case against her was thrown out.",
            {(PALMER, "robbery", "filed"), (LOWE, "robbery", "dropped")},
        ),
        (
            "The robbery case against Lowe was dismissed.",
            {(PALMER, "robbery", "filed"), (LOWE, "robbery", "dropped")},
        ),
        (
            "Prosecutors entered a nolle prosequi on the robbery charge against Lowe.",
            {(PALMER, "robbery", "filed"), (LOWE, "robbery", "dropped")},
        ),
        # "against his brother" is someone else's case
        (
            "The case against her brother was dismissed.",
            {(PALMER, "robbery", "filed"), (LOWE, "robbery", "filed")},
        ),
    ],
)
def test_a_dropping_said_of_one_of_two(later: str, expected: set[tuple[str, str, str]]) -> None:
    text = "Derrick Palmer was charged with robbery. Tina Lowe was charged with robbery. " + later
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "later",
    [
        "The charge was nolle prossed in March.",
        "The district attorney's office declined to prosecute.",
        "Prosecutors announced Friday they would not pursue the case.",
        "Palmer's charge was dismissed after he completed a diversion program.",
    ],
)
def test_a_dropping_in_any_wording(later: str) -> None:
    assert charges_of("Derrick Palmer was charged with robbery. " + later) == {
        (PALMER, "robbery", "dropped")
    }
