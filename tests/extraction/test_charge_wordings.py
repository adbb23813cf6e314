"""Charges stated in wordings of outlets and styles beyond the first corpus: warrants of an
earlier matter, a general name and the same charge with its degree, acts named in -ing,
charges filed against someone, category words of a list. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.offences import split_charges
from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Ada Quill, 33, was arrested Monday and charged with robbery. Quill also had an "
            "outstanding warrant for a parole violation.",
            "parole violation",
        ),
        (
            "Ada Quill, 33, was charged with robbery. She was also wanted on a warrant for "
            "failure to appear.",
            "failure to appear",
        ),
        (
            "Ada Quill, 33, was charged with robbery. She was also charged with theft in an "
            "unrelated case.",
            "theft",
        ),
    ],
)
def test_a_charge_of_another_matter_is_not_this_cases(text: str, absent: str) -> None:
    found = charges_of(text)
    assert ("Ada Quill", "robbery", "filed") in found
    assert all(charge != absent for _, charge, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Police are still searching for Ada Quill, 33, who is wanted on a warrant for "
        "first-degree murder.",
        "Ada Quill, 33, is wanted on a nationwide warrant for first-degree murder, police said.",
        # the warrant's offence told before the one it is for
        'Police issued a warrant for first-degree murder for Ada Quill, 33, who goes by "Q."',
    ],
)
def test_the_warrant_of_one_still_sought_is_the_case_s_charge(text: str) -> None:
    # Sought, not yet arrested: the warrant is the charge the case brings, not one she
    # already had ("She was also wanted on a warrant for failure to appear").
    assert charges_of(text) == {("Ada Quill", "first-degree murder", "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury acquitted Omar Vell of murder on Friday. Vell, 40, was found not guilty "
            "of second-degree murder.",
            {("Omar Vell", "second-degree murder", "acquitted")},
        ),
        (
            "Omar Vell, 40, was charged with burglary. He is charged with burglary in the "
            "third degree.",
            {("Omar Vell", "burglary in the third degree", "filed")},
        ),
        (
            "Omar Vell, 40, was charged with murder and attempted murder.",
            {("Omar Vell", "murder", "filed"), ("Omar Vell", "attempted murder", "filed")},
        ),
    ],
)
def test_a_general_name_and_its_degree_are_one_charge(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rena Holt, 52, was arrested and charged with strangulation and domestic assault.",
            {"strangulation", "domestic assault"},
        ),
        (
            "Rena Holt, 52, was charged with sexual assault and one count of child enticement.",
            {"sexual assault", "child enticement"},
        ),
        (
            "Rena Holt, 52, was indicted for embezzling from a charity. She is charged with "
            "embezzlement.",
            {"embezzlement"},
        ),
        (
            "Prosecutors filed a felony stalking charge against Rena Holt, 52, on Monday.",
            {"felony stalking"},
        ),
        (
            "Rena Holt, 52, was indicted on federal drug and weapons charges. She is charged "
            "with possession of cocaine and possession of a firearm by a felon.",
            {"possession of cocaine", "possession of a firearm by a felon"},
        ),
        # A list the charges include: "with" inside a charge's name is no charge verb.
        (
            "Rena Holt, 52, faces charges including assault with a dangerous weapon and false "
            "imprisonment.",
            {"assault with a dangerous weapon", "false imprisonment"},
        ),
        (
            "Charges against Rena Holt, 52, include robbery with a firearm.",
            {"robbery with a firearm"},
        ),
        # Near miss: the verb "charges ... with" still names the charge.
        (
            "The complaint charges Rena Holt, 52, with arson.",
            {"arson"},
        ),
    ],
)
def test_charges_in_wordings_of_other_outlets(text: str, expected: set[str]) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vera Stone, 41, pleaded not guilty to charges of arson and burglary.",
            {("Vera Stone", "arson", "filed"), ("Vera Stone", "burglary", "filed")},
        ),
        (
            "Vera Stone, 41, entered a plea of not guilty to first-degree murder.",
            {("Vera Stone", "first-degree murder", "filed")},
        ),
        (
            "Vera Stone, 41, who had pleaded not guilty, was acquitted of arson.",
            {("Vera Stone", "arson", "acquitted")},
        ),
        (
            "Vera Stone, 41, was booked into the county jail for arson.",
            {("Vera Stone", "arson", "filed")},
        ),
        (
            "Vera Stone, 41, was booked on suspicion of arson.",
            set(),
        ),
        (
            "Prosecutors amended the charges against Vera Stone, 41, adding a count of "
            "first-degree assault to the attempted murder charge.",
            {("Vera Stone", "first-degree assault", "filed")},
        ),
        (
            "Vera Stone, 41, was sentenced for burglaries. She pleaded guilty to two counts "
            "of second-degree burglary.",
            {("Vera Stone", "second-degree burglary", "convicted")},
        ),
        (
            "Vera Stone, 41, pleaded guilty to drug, gun counts. She pleaded guilty to "
            "possession of heroin and possession of a firearm by a felon.",
            {
                ("Vera Stone", "possession of heroin", "convicted"),
                ("Vera Stone", "possession of a firearm by a felon", "convicted"),
            },
        ),
    ],
)
def test_pleas_bookings_added_counts_and_plural_names(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("theft of more than $1 million and forgery.", ["theft", "forgery"]),
        ("sex crimes involving two teenage girls.", ["sex crimes"]),
        ("endangering the welfare of a child.", ["endangering the welfare of a child"]),
        ("making a terroristic threat after a post.", ["making a terroristic threat"]),
        ("murdering the mother of his children.", ["murder"]),
        # A count's own "of" before capitals, and an offence known by its capitals.
        ("one count of Medicaid fraud.", ["medicaid fraud"]),
        ("three counts of Hobbs Act robbery and two counts of OVI.", ["hobbs act robbery", "ovi"]),
        # Near miss: "of" before a name ends the offence's name.
        ("the murder of Jody Kerrigan and robbery.", ["murder", "robbery"]),
        # An act done to someone named is the offence the act is, without the name.
        ("murdering Jody Kerrigan and kidnapping her son.", ["murder", "kidnapping"]),
        ("assaulting Dale Pruett, 61.", ["assault"]),
        # Near miss: a capital that names a law, not a person.
        ("violating the Clean Water Act.", ["violating the clean water act"]),
        ("robberies and burglaries.", ["robbery", "burglary"]),
        ("making threats.", ["making threats"]),
    ],
)
def test_what_a_charge_is_about_is_left_off_its_name(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Brandt, 38, was charged with arson. The charge was later dismissed.",
            {("Ivo Brandt", "arson", "dropped")},
        ),
        (
            "Ivo Brandt, 38, was charged with arson. A judge dismissed the charge Monday.",
            {("Ivo Brandt", "arson", "dropped")},
        ),
        (
            "Ivo Brandt, 38, was charged with arson and theft. The charge was later dismissed.",
            {("Ivo Brandt", "arson", "filed"), ("Ivo Brandt", "theft", "filed")},
        ),
        (
            "Ivo Brandt, 38, was charged with arson. Prosecutors later dismissed the case.",
            {("Ivo Brandt", "arson", "dropped")},
        ),
        (
            "A judge threw out the arson charge against Ivo Brandt, 38.",
            {("Ivo Brandt", "arson", "dropped")},
        ),
        (
            "Ivo Brandt, 38, was charged with arson. He was convicted in June.",
            {("Ivo Brandt", "arson", "convicted")},
        ),
        (
            "Ivo Brandt, 38, was arrested Monday. Police recommended charges of arson.",
            {("Ivo Brandt", "arson", "expected")},
        ),
        (
            "Ivo Brandt, 38, was arrested Monday. He will be charged with arson once he is "
            "released from the hospital.",
            {("Ivo Brandt", "arson", "expected")},
        ),
    ],
)
def test_an_outcome_said_of_the_one_charge_named_before(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "possession of a firearm during the commission of a felony.",
            ["possession of a firearm during the commission of a felony"],
        ),
        ("lewd and lascivious battery.", ["lewd and lascivious battery"]),
        (
            "domestic violence and aggravated menacing.",
            ["domestic violence", "aggravated menacing"],
        ),
        ("breaking and entering and larceny.", ["breaking and entering", "larceny"]),
        ("vandalism and disturbing the peace.", ["vandalism", "disturbing the peace"]),
        ("false reporting.", ["false reporting"]),
        ("criminal damage to property.", ["criminal damage to property"]),
        ("bail jumping.", ["bail jumping"]),
        ("assault during a fight outside a bar.", ["assault"]),
    ],
)
def test_offence_names_of_many_penal_codes(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    "name",
    [
        "battery on a law enforcement officer",
        "forcible touching",
        "fleeing and eluding",
        "resisting an officer with violence",
        "trafficking in fentanyl",
        "aiding and abetting murder",
        "accessory after the fact",
        "retaliation against a witness",
        "cyberstalking",
        "filing a false police report",
        "uttering a forged instrument",
        "malicious destruction of property",
        "contributing to the delinquency of a minor",
        "misuse of public funds",
        "tax evasion",
        "inciting a riot",
        "deadly conduct",
        "criminal confinement",
        "larceny from a person",
        "improper disposal of a body",
        "mayhem",
        "participation in a criminal street gang",
        "street racing",
        "boating under the influence",
        "menacing",
    ],
)
def test_an_offence_name_is_read_whole(name: str) -> None:
    assert split_charges(name + ".") == [name]


@pytest.mark.parametrize("phrase", ["shooting.", "participating in a protest.", "setting."])
def test_a_bare_act_is_no_charge(phrase: str) -> None:
    assert split_charges(phrase) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Noel Grant, 29, was convicted of the lesser-included offense of manslaughter.",
            {("Noel Grant", "manslaughter", "convicted")},
        ),
        (
            "A jury found Noel Grant, 29, not guilty of murder but guilty of manslaughter.",
            {("Noel Grant", "murder", "acquitted"), ("Noel Grant", "manslaughter", "convicted")},
        ),
        (
            "Noel Grant, 29, pleaded guilty to robbery in exchange for the dismissal of a "
            "murder charge.",
            {("Noel Grant", "robbery", "convicted"), ("Noel Grant", "murder", "dropped")},
        ),
        (
            "Noel Grant, 29, was charged with murder. A judge dismissed the murder charge for "
            "lack of probable cause.",
            {("Noel Grant", "murder", "dropped")},
        ),
        (
            "Noel Grant, 29, was indicted on murder charges. The indictment was later dismissed.",
            {("Noel Grant", "murder", "dropped")},
        ),
        (
            "The jury deadlocked on the murder charge against Noel Grant, 29.",
            {("Noel Grant", "murder", "filed")},
        ),
        (
            "Noel Grant, 29, stood trial at Cork. The jury was unable to reach a verdict on the "
            "charge of arson.",
            {("Noel Grant", "arson", "filed")},
        ),
        (
            "Noel Grant, 29, was on probation for a burglary conviction when he was charged "
            "with murder.",
            {("Noel Grant", "murder", "filed")},
        ),
    ],
)
def test_verdicts_deals_and_dismissals(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("He pleaded guilty Monday.", "convicted"),
        ("Brandt pleaded guilty to the charge in March.", "convicted"),
        ("He pleaded no contest in June.", "convicted"),
        ("He entered a guilty plea Monday.", "convicted"),
        ("A jury convicted Brandt on Friday.", "convicted"),
        ("Jurors acquitted him Friday.", "acquitted"),
        ("He was sentenced to five years in prison on the charge.", "convicted"),
        ("He pleaded not guilty Monday.", "filed"),
        ("If convicted, he faces 10 years.", "filed"),
    ],
)
def test_an_outcome_naming_no_charge_reaches_the_one_charge(later: str, status: str) -> None:
    text = "Ivo Brandt, 38, was charged with arson. " + later
    assert charges_of(text) == {("Ivo Brandt", "arson", status)}


def test_an_outcome_naming_no_charge_leaves_several_charges_alone() -> None:
    text = "Ivo Brandt, 38, was charged with arson and theft. He pleaded guilty Monday."
    assert charges_of(text) == {("Ivo Brandt", "arson", "filed"), ("Ivo Brandt", "theft", "filed")}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "possession of a weapon for an unlawful purpose.",
            ["possession of a weapon for an unlawful purpose"],
        ),
        ("armed criminal action.", ["armed criminal action"]),
    ],
)
def test_names_with_a_purpose_or_armed(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


def _listed(text: str) -> set[str]:
    return {charge for _, charge, _ in charges_of(text)}


def test_a_bulleted_list_with_statute_numbers() -> None:
    text = (
        "Omar Fisk, 31, was booked into the county jail on the following charges:\n\n"
        "• Attempted first-degree murder (2 counts), F.S. 782.04\n"
        "• Aggravated battery with a firearm, F.S. 784.045\n"
        "• Resisting an officer without violence\n\n"
        "He is being held without bond."
    )
    assert charges_of(text) == {
        ("Omar Fisk", "attempted first-degree murder", "filed"),
        ("Omar Fisk", "aggravated battery with a firearm", "filed"),
        ("Omar Fisk", "resisting an officer without violence", "filed"),
    }


def test_a_numbered_list() -> None:
    text = (
        "Omar Fisk, 31, is charged with the following:\n\n"
        "1. Homicide by vehicle\n"
        "2. Aggravated assault by vehicle while DUI\n"
        "3. Reckless driving\n\n"
        "He was released on bail."
    )
    assert _listed(text) == {
        "homicide by vehicle",
        "aggravated assault by vehicle while dui",
        "reckless driving",
    }


def test_a_convicted_felon_in_a_charge_is_no_conviction() -> None:
    text = "Omar Fisk, 31, was charged with robbery. Police said Fisk is a convicted felon."
    assert charges_of(text) == {("Omar Fisk", "robbery", "filed")}


def test_that_charge_of_an_offence_named_in_its_own_sentence_is_not_the_earlier_one() -> None:
    text = (
        "Prosecutors filed a felony stalking charge against Derek Lund, 31. Lund was arrested "
        "for harassment in January, but that charge was later dismissed."
    )
    assert ("Derek Lund", "felony stalking", "filed") in charges_of(text)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("He took a plea deal for manslaughter.", ("Ivo Brandt", "manslaughter", "convicted")),
        ("His plea hearing is set for Tuesday.", None),
    ],
)
def test_a_plea_deal_for_a_charge(later: str, expected: tuple[str, str, str] | None) -> None:
    found = charges_of("Ivo Brandt, 38, was charged with murder. " + later)
    assert ("Ivo Brandt", "murder", "filed") in found
    assert len(found) == (2 if expected else 1)
    if expected:
        assert expected in found


def test_a_federal_firearms_charge_keeps_the_crime_it_is_tied_to() -> None:
    text = (
        "Rhea Vance, 29, and Colm Birt, 35, were charged with using firearms in connection "
        "with drug trafficking in addition to conspiring to distribute cocaine."
    )
    assert charges_of(text) == {
        (person, charge, "filed")
        for person in ("Rhea Vance", "Colm Birt")
        for charge in (
            "using firearms in connection with drug trafficking",
            "conspiring to distribute cocaine",
        )
    }


def test_in_connection_with_the_case_is_not_part_of_the_charge() -> None:
    text = "Rhea Vance, 29, was charged with murder in connection with the stabbing."
    assert charges_of(text) == {("Rhea Vance", "murder", "filed")}


def test_failure_to_stop_at_a_crash_when_at_fault_is_one_charge() -> None:
    text = (
        "Colm Birt, 35, was arraigned on charges of failure to stop at a crash causing death "
        "when at fault, a 15-year felony, and failure to remain at the scene of a crash."
    )
    assert charges_of(text) == {
        ("Colm Birt", "failure to stop at a crash causing death when at fault", "filed"),
        ("Colm Birt", "failure to remain at the scene of a crash", "filed"),
    }


def test_at_a_place_still_ends_a_charge() -> None:
    text = "Colm Birt, 35, was charged with robbery at a gas station on Main Street."
    assert charges_of(text) == {("Colm Birt", "robbery", "filed")}


def test_the_charges_against_someone_named_as_what_they_are() -> None:
    text = (
        "Colm Birt, 35, was charged with theft. The charges against Rhea Vance, 29, are "
        "burglary and arson."
    )
    assert charges_of(text) == {
        ("Colm Birt", "theft", "filed"),
        ("Rhea Vance", "burglary", "filed"),
        ("Rhea Vance", "arson", "filed"),
    }


@pytest.mark.parametrize("said", ["serious, his lawyer said", "a felony", "dropped in May"])
def test_the_charges_against_someone_described_name_no_new_charge(said: str) -> None:
    found = charges_of(
        f"Colm Birt, 35, was charged with theft. The charges against him are {said}."
    )
    assert {charge for _, charge, _ in found} == {"theft"}


def test_charged_as_an_accessory() -> None:
    text = "Colm Birt, 35, was charged with murder. Rhea Vance, 29, was charged as an accessory after the fact."
    assert charges_of(text) == {
        ("Colm Birt", "murder", "filed"),
        ("Rhea Vance", "accessory after the fact", "filed"),
    }


def test_charges_including_after_a_kind_of_charge() -> None:
    text = "Colm Birt, 35, was arrested Monday. Birt faces felony charges including arson."
    assert charges_of(text) == {("Colm Birt", "arson", "filed")}


@pytest.mark.parametrize(
    "said",
    [
        "Birt faces charges of first- and second-degree assault.",
        "Birt faces first- and second-degree assault charges.",
    ],
)
def test_a_shared_ending_names_two_charges(said: str) -> None:
    found = charges_of("Colm Birt, 35, was arrested Monday. " + said)
    assert found == {
        ("Colm Birt", "first-degree assault", "filed"),
        ("Colm Birt", "second-degree assault", "filed"),
    }


@pytest.mark.parametrize(
    "said",
    ["Charges: burglary, theft.", "Charges were filed against Birt for burglary and theft."],
)
def test_charges_labelled_or_filed_against_a_person(said: str) -> None:
    found = charges_of("Colm Birt, 35, was arrested Monday.\n\n" + said)
    assert found == {("Colm Birt", "burglary", "filed"), ("Colm Birt", "theft", "filed")}


def test_a_verb_left_out_after_a_semicolon_charges_the_next_person() -> None:
    text = (
        "Colm Birt, 35, was charged with murder; Rhea Vance, 29, with robbery; and Ivo "
        "Brandt, 38, with theft."
    )
    assert charges_of(text) == {
        ("Colm Birt", "murder", "filed"),
        ("Rhea Vance", "robbery", "filed"),
        ("Ivo Brandt", "theft", "filed"),
    }


def test_a_clause_after_a_semicolon_with_its_own_verb_adds_no_charge() -> None:
    text = "Colm Birt, 35, was charged with murder; he was held without bail."
    assert charges_of(text) == {("Colm Birt", "murder", "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colm Birt, 35, a murder defendant, escaped from the county jail on Monday.",
            {("Colm Birt", "murder", "filed")},
        ),
        # ... also with his age before the charge
        (
            "Colm Birt, the 19-year-old murder defendant who fled a courthouse in May, was "
            "caught on Friday.",
            {("Colm Birt", "murder", "filed")},
        ),
        (
            "Deputies found Ada Quill, a 44-year-old arson defendant, hiding in a barn.",
            {("Ada Quill", "arson", "filed")},
        ),
        # Near miss: another defendant of a round-up, told with an age
        (
            "Colm Birt, 35, appeared in court Monday. A 29-year-old burglary defendant pled "
            "guilty.",
            set(),
        ),
    ],
)
def test_a_defendant_named_by_the_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_another_defendant_of_a_court_round_up_is_not_the_suspect() -> None:
    text = "Colm Birt, 35, appeared in court Monday. A burglary defendant pled guilty."
    assert charges_of(text) == set()


def test_a_warrant_for_the_arrest_names_no_charge() -> None:
    # near miss: "a warrant for his arrest for Ada Quill" has no offence in it
    text = "Police arrested Omar Vell, 40. They issued a warrant for his arrest for Ada Quill."
    assert {charge for _, charge, _ in charges_of(text)} == set()


# A charge added, named before its noun ("Prosecutors added a murder charge Monday"), is one
# more of the suspect's; near misses: what was added is no charge.
@pytest.mark.parametrize(
    ("added", "expected"),
    [
        ("Prosecutors added a murder charge Monday.", {"theft", "murder"}),
        ("Prosecutors later added arson and burglary charges.", {"theft", "arson", "burglary"}),
        ("Prosecutors added that more charges could follow.", {"theft"}),
        ("The judge added two years to his sentence.", {"theft"}),
    ],
)
def test_a_charge_added_named_before_its_noun(added: str, expected: set) -> None:
    text = "Omar Vell, 40, was charged with theft. " + added
    assert {charge for _, charge, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plea entered through a lawyer named in an apposition is the defendant's, and the
        # not-guilty plea the sentence before told leaves the charge filed.
        (
            "Rolf Danner, 38, pleaded not guilty Monday at his arraignment. Danner entered "
            "the plea through his public defender, Ines Moravec, to a charge of second-degree "
            "murder.",
            {("Rolf Danner", "second-degree murder", "filed")},
        ),
        (
            "Rolf Danner, 38, pleaded not guilty in March. He entered the pleas through his "
            "lawyer, Ines Moravec, to charges of arson and burglary.",
            {("Rolf Danner", "arson", "filed"), ("Rolf Danner", "burglary", "filed")},
        ),
        # Near miss: the lawyer named as the one charged, in no apposition of his role.
        (
            "Defense attorney Ines Moravec, 45, was charged with perjury on Monday.",
            {("Ines Moravec", "perjury", "filed")},
        ),
    ],
)
def test_a_plea_entered_through_a_lawyer_named_beside_it(text: str, expected: set) -> None:
    assert charges_of(text) == expected
