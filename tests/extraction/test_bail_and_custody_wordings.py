"""Bail and custody as courts of every country word them: remanded in custody, bail refused,
pretrial release denied, a surety's amount, a release revoked; and custody words that are
none, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, facts_of

CHARGED = "Dara Quill, 30, was charged with burglary. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A court that remands someone in custody holds him without bail.
        (CHARGED + "A judge remanded Quill in custody until March 28.", "denied"),
        (CHARGED + "He was remanded in custody to appear again next week.", "denied"),
        # Bail refused, also by a pronoun for it.
        (CHARGED + "Bail was refused.", "denied"),
        (CHARGED + "He did not apply for bail and it was formally refused.", "denied"),
        # Where cash bail is gone, pretrial release denied.
        (
            CHARGED + "A judge granted prosecutors' petition to deny Quill pretrial release.",
            "denied",
        ),
        (CHARGED + "A judge denied him pretrial release on Friday.", "denied"),
        (CHARGED + "A judge ordered Quill to remain jailed while he awaits trial.", "denied"),
        # Near misses: remanded on bail is bail granted, and a remand to appear or of a case
        # holds no one.
        (CHARGED + "He was remanded on bail to appear at the Crown Court in May.", None),
        (CHARGED + "An appeals court remanded the case to the trial judge.", None),
        # Held until a hearing decides is no decision yet.
        (CHARGED + "He is being held at the county jail pending a detention hearing.", None),
        (CHARGED + "His lawyer said he would apply for pretrial release.", None),
    ],
)
def test_bail_refused_in_every_wording(text: str, expected: str | None) -> None:
    denied = {("Dara Quill", None, "denied")}
    assert (bonds_of(text) & denied) == (denied if expected else set())


def test_each_of_a_group_remanded() -> None:
    text = (
        "Dara Quill, 30, and Enda Rusk, 28, were charged with burglary. The judge remanded "
        "both men in custody."
    )
    assert bonds_of(text) == {("Dara Quill", None, "denied"), ("Enda Rusk", None, "denied")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surety pledges the amount a court set the bail at.
        (
            "Cal Dunne, 36, is charged with assault. His brother agreed to act as his surety "
            "in the amount of $5,000, with no cash deposit.",
            {("Cal Dunne", 5000, "set")},
        ),
        # A recognizance with its amount is a bail set; one's own names none.
        (
            "Cal Dunne, 36, is charged with assault. He was released on a $2,000 "
            "recognizance with conditions.",
            {("Cal Dunne", 2000, "set")},
        ),
        ("Cal Dunne, 36, was released on his own recognizance.", set()),
        # Near miss: money a surety is said to have, not pledged, is none.
        (
            "Cal Dunne, 36, is charged with assault. His lawyer said a surety could offer $5,000.",
            set(),
        ),
    ],
)
def test_a_surety_names_the_bail(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A release revoked is the bond it was granted on, set before it was revoked.
        (
            "Cal Dunne, 36, is charged with assault. A judge revoked Dunne's release Wednesday, "
            "two months after another judge let him go home on $300,000 bond.",
            {("Cal Dunne", 300000, "revoked"), ("Cal Dunne", 300000, "set")},
        ),
        (
            "Cal Dunne, 36, is charged with assault. A judge revoked his $20,000 bond Monday.",
            {("Cal Dunne", 20000, "revoked"), ("Cal Dunne", 20000, "set")},
        ),
        (
            "Cal Dunne, 36, is charged with assault. A judge revoked his pretrial release.",
            {("Cal Dunne", None, "revoked")},
        ),
        # Near miss: parole or supervised release revoked follows a sentence, no bail.
        (
            "Cal Dunne, 36, is charged with assault. The board revoked his parole release.",
            set(),
        ),
    ],
)
def test_a_release_revoked(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def _arrests(text: str) -> list[tuple[str | None, bool]]:
    return sorted(((f["person"], f["prior"]) for f in facts_of("ArrestMade", text)), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age joined by "and" to the name in custody: a co-suspect the report does not name.
        (
            "Reid Monk, 29, and a 17-year-old male juvenile were taken into custody without "
            "incident on Monday.",
            [("Reid Monk", False), (None, False)],
        ),
        (
            "Ann Lowry, 30, Reid Monk, 22, and a 19-year-old woman were arrested Monday.",
            [("Ann Lowry", False), ("Reid Monk", False), (None, False)],
        ),
        # A minor told by his age beside the adult the report names.
        (
            "Reid Monk, 29, was charged with murder. The 17-year-old arrested alongside Monk "
            "remains in juvenile detention.",
            [("Reid Monk", False), (None, False)],
        ),
        (
            "Reid Monk, 29, was charged with murder. The 15-year-old arrested Monday is a "
            "cousin of Reid Monk.",
            [(None, False)],
        ),
        # A description without an age, joined to a name, and the object of custody.
        (
            "Reid Monk, 22, and a juvenile were arrested Monday.",
            [("Reid Monk", False), (None, False)],
        ),
        (
            "Police arrested Reid Monk, 22, and a 16-year-old boy on Monday.",
            [("Reid Monk", False), (None, False)],
        ),
        # Near miss: "and a woman" opening a clause of its own.
        (
            "Police arrested Reid Monk, 22, and a woman was hurt in the struggle.",
            [("Reid Monk", False)],
        ),
        # Near misses: the age of the one the report names is his, and a described suspect
        # the report never names beside another is its one suspect.
        (
            "A 29-year-old man was arrested in the stabbing. Reid Monk, 29, is held in the "
            "county jail.",
            [("Reid Monk", False)],
        ),
        (
            "Police went to a home on Birch Road, where a 29-year-old man was arrested. He "
            "was taken to the police station.",
            [(None, False)],
        ),
    ],
)
def test_an_unnamed_co_suspect_in_custody(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An apprehended violence order is a protection order, no custody.
        ("Reid Monk, 29, is charged with contravening an apprehended violence order.", []),
        # Near miss: apprehended, then charged with breaching one.
        (
            "Reid Monk, 29, was apprehended on Monday and charged with breaching an apprehended "
            "domestic violence order.",
            [("Reid Monk", False)],
        ),
    ],
)
def test_an_apprehended_violence_order_is_no_custody(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two custodies of one person more than a year apart: the earlier is a record.
        (
            "Reid Monk, 29, is charged with murder. He has been held without bond since his "
            "arrest March 9. Court records show Monk was arrested on Aug. 14, 2022, after "
            "police found a loaded handgun in his car.",
            [("Reid Monk", False), ("Reid Monk", True)],
        ),
        (
            "Reid Monk, 29, was arrested on Aug. 14, 2022, after police found a handgun in his "
            "car. He was arrested on March 9, 2024, in the killing of a clerk.",
            [("Reid Monk", False), ("Reid Monk", True)],
        ),
        # Near miss: one custody told twice, days apart, is one arrest of the case.
        (
            "Reid Monk, 29, was arrested on March 9. He was booked into the county jail on "
            "March 10.",
            [("Reid Monk", False)],
        ),
    ],
)
def test_custodies_years_apart(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pluperfect with an adverb tells a record, as it does without one.
        (
            "Reid Monk, 29, is charged with arson. He had also been arrested on May 19, 2003, "
            "for drunken driving.",
            [("Reid Monk", True)],
        ),
        # A charge of harm to someone other than the case's victim is an earlier matter.
        (
            "Reid Monk, 36, is charged with assault. Court records show Monk was arrested on "
            "Nov. 3, 2022, on a charge of assault involving a different woman.",
            [("Reid Monk", True)],
        ),
        # Near miss: the case's own victim.
        (
            "Reid Monk, 36, was arrested on March 3 on a charge of assault involving a woman "
            "he knew.",
            [("Reid Monk", False)],
        ),
    ],
)
def test_told_as_an_earlier_arrest(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "jailed" in a lead is the term the report tells in full.
        (
            "A roofer who stabbed a neighbour has been jailed. Reid Monk, 29, admitted "
            "wounding. Monk was jailed for six years at Leeds Crown Court on Friday.",
            [],
        ),
        # Near misses: jailed on a charge is custody, and so is a bare "jailed" in a report
        # that tells no term.
        (
            "Reid Monk, 29, was jailed Monday on an arson charge. He was later jailed for six "
            "years.",
            [("Reid Monk", False)],
        ),
        ("Reid Monk, 29, was jailed Monday. Police said he set the fire.", [("Reid Monk", False)]),
    ],
)
def test_jailed_as_a_sentence_told_short(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Giving oneself up is custody; giving up a thing as a condition of bail is not.
        (
            "Dara Quill, 30, was charged with burglary. He presented himself at a police "
            "station on Monday.",
            [("Dara Quill", False)],
        ),
        ("Dara Quill, 30, surrendered to police on Monday.", [("Dara Quill", False)]),
        (
            "Dara Quill, 30, was charged with burglary. He was granted bail after he "
            "surrendered his passport.",
            [],
        ),
    ],
)
def test_giving_oneself_up_not_a_thing(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British and Irish police wording of custody.
        (
            "A woman was found dead at a house in Kilmory. A 30-year-old man is being held on "
            "suspicion of murder.",
            [(None, False)],
        ),
        (
            "A woman was found dead at a house in Kilmory. Gardaí detained a man in his 30s at "
            "the scene.",
            [(None, False)],
        ),
        # Near miss: suspicion alone holds no one.
        (
            "A woman was found dead at a house in Kilmory. Police have not said whom they suspect.",
            [],
        ),
    ],
)
def test_custody_in_british_and_irish_wording(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A court that orders or rules someone kept in custody holds him without bail.
        (CHARGED + "He was ordered to remain in custody.", {("Dara Quill", None, "denied")}),
        (
            CHARGED + "At a detention hearing Friday, the judge ruled that he will remain in "
            "custody.",
            {("Dara Quill", None, "denied")},
        ),
        (
            CHARGED + "He was ordered held in the county jail until trial.",
            {("Dara Quill", None, "denied")},
        ),
        # Near misses: custody as a state, and a request for it.
        (CHARGED + "He remains in custody.", set()),
        (CHARGED + "Prosecutors asked that he be ordered to remain in custody.", set()),
    ],
)
def test_kept_in_custody_by_order(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The amount just set, posted, told by "it".
        (
            CHARGED + "Bail was set at $10,000 and he was released after posting it.",
            {("Dara Quill", 10000, "set"), ("Dara Quill", 10000, "posted")},
        ),
        # Near miss: released, with no posting told.
        (
            CHARGED + "Bail was set at $10,000, and he was released Friday.",
            {("Dara Quill", 10000, "set")},
        ),
    ],
)
def test_the_bond_just_set_posted(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A remand after a term imposed is the custody of serving it, no bail held back.
        (
            "Dara Quill, 30, was sentenced to 10 years in prison and remanded to the custody "
            "of the Bureau of Prisons.",
            set(),
        ),
        (
            "Dara Quill, 30, was convicted of burglary. The judge sentenced him to six years "
            "and remanded him into custody.",
            set(),
        ),
        # Near miss: remanded until a sentencing to come.
        (
            "Dara Quill, 30, was charged with burglary and remanded in custody until his "
            "sentencing hearing next month.",
            {("Dara Quill", None, "denied")},
        ),
    ],
)
def test_remanded_to_serve_a_term(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A scale joined by a hyphen, as some papers write it.
        (
            "Dara Quill, 30, was charged with murder. He is held in lieu of $2-million bail.",
            {("Dara Quill", 2000000, "set")},
        ),
        # Near miss: a rent by the month is no scale.
        (
            "Dara Quill, 30, was charged with murder. He paid $300-a-month rent. He is held on "
            "$50,000 bail.",
            {("Dara Quill", 50000, "set")},
        ),
    ],
)
def test_a_scale_joined_by_a_hyphen(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


TWO = "Bo Tran, 20, and Cal Ng, 22, were charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause after a comma with its own named subject tells that one's bond.
        (
            TWO + "Tran is held without bond, while Ng was released on $5,000 bail.",
            {("Bo Tran", None, "denied"), ("Cal Ng", 5000, "posted")},
        ),
        (
            TWO + "Tran's bond was set at $50,000, and Ng posted his $5,000 bail Tuesday.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 5000, "posted")},
        ),
        # Near miss: a clause that shares the verb before it is read with it.
        (
            TWO + "Tran is held on $50,000 bond, and Ng on $5,000.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 5000, "set")},
        ),
    ],
)
def test_each_clause_its_own_bond(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each amount goes to the one named after it with "for".
        (
            TWO + "Bond was set at $50,000 for Tran and $25,000 for Ng.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 25000, "set")},
        ),
        (
            TWO + "A judge lowered bail to $20,000 for Tran and $10,000 for Ng.",
            {("Bo Tran", 20000, "reduced"), ("Cal Ng", 10000, "reduced")},
        ),
        # Near miss: one amount for both.
        (
            TWO + "Bond was set at $50,000 each.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 50000, "set")},
        ),
    ],
)
def test_each_amount_for_the_one_named_after_it(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bail he could not post was set.
        (
            "Bo Tran, 20, was charged with robbery. He could not afford the $10,000 bail.",
            {("Bo Tran", 10000, "set")},
        ),
        # Near miss: what a bail could or would be is none.
        ("Bo Tran, 20, was charged with robbery. A $10,000 bond would be fair.", set()),
        ("Bo Tran, 20, was charged with robbery. He could post a $10,000 bond.", set()),
    ],
)
def test_a_bail_he_could_not_post(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bail cancelled or forfeited is revoked.
        (
            CHARGED + "His bail was cancelled on Monday after he breached his curfew.",
            {("Dara Quill", None, "revoked")},
        ),
        (
            CHARGED + "His $10,000 bond was forfeited when he failed to appear.",
            {("Dara Quill", 10000, "revoked"), ("Dara Quill", 10000, "set")},
        ),
        # Near miss: a bail hearing cancelled.
        (CHARGED + "His bail hearing was cancelled.", set()),
    ],
)
def test_bail_cancelled_or_forfeited(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody held since a day was taken that day.
        (
            "Dara Quill, 30, is charged with murder. He has been in custody since March 3.",
            {("Dara Quill", "2024-03-03", False)},
        ),
        # Near misses: a term served since a year, and someone missing since a day.
        (
            "Dara Quill, 30, is charged with murder. He has been in prison since 2019 on an "
            "unrelated conviction.",
            set(),
        ),
        ("Dara Quill, 30, is charged with murder. He has been missing since March 3.", set()),
        # The arrest the report dates is the one custody.
        (
            "Dara Quill, 30, was arrested March 1. He has been in custody since March 3.",
            {("Dara Quill", "2024-03-01", False)},
        ),
    ],
)
def test_custody_held_since_a_day(text: str, expected: set) -> None:
    found = {(f["person"], f["date"], f["prior"]) for f in facts_of("ArrestMade", text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paper named for an arrest tells no custody.
        ("Dara Quill, 30, is charged with murder. His arrest record includes two burglaries.", []),
        ("Dara Quill, 30, is charged with murder. The arrest warrant was signed Friday.", []),
        ("Dara Quill, 30, is charged with murder. Police released his arrest affidavit.", []),
        # Near miss: the arrest itself.
        (
            "Dara Quill, 30, is charged with murder. Footage of his arrest was released.",
            [("Dara Quill", False)],
        ),
    ],
)
def test_a_paper_named_for_an_arrest(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody words said of a thing or of someone protected tell no arrest.
        (
            "Dara Quill, 30, is charged with child neglect. Her three children were taken into "
            "protective custody.",
            [],
        ),
        (
            "Dara Quill, 30, is charged with murder. Images captured by a neighbor's doorbell "
            "show a man running.",
            [],
        ),
        (
            "Dara Quill, 30, is charged with murder. Investigators took the car to the police "
            "station for processing.",
            [],
        ),
        # Near misses: the accused captured, or taken into custody.
        ("Dara Quill, 30, was captured Monday in Ohio.", [("Dara Quill", False)]),
        ("Dara Quill, 30, was taken into custody Monday.", [("Dara Quill", False)]),
    ],
)
def test_custody_of_a_thing_or_someone_protected(text: str, expected: list) -> None:
    assert _arrests(text) == expected


def test_taken_to_jail_by_name_and_age() -> None:
    # The one taken to jail named with his age, between commas.
    assert _arrests("Deputies took Dara Quill, 30, to the county jail.") == [("Dara Quill", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bond in another sense than bail: securities, a tie between people.
        (
            "Dara Quill, 30, is charged with fraud. Prosecutors say she invested $2 million of "
            "clients' money in municipal bonds.",
            set(),
        ),
        (
            "Dara Quill, 30, is charged with fraud. The city issued $40 million in bonds for "
            "the stadium she managed.",
            set(),
        ),
        (
            "Dara Quill, 30, is charged with murder. Friends said he had made a strong bond "
            "with his stepson.",
            set(),
        ),
        # Near misses: bail made or held on bonds.
        (
            "Dara Quill, 30, is charged with theft. He made bond Friday.",
            {("Dara Quill", None, "posted")},
        ),
        (
            "Dara Quill, 30, is charged with theft. He is held on bonds totaling $50,000.",
            {("Dara Quill", 50000, "set")},
        ),
    ],
)
def test_a_bond_in_another_sense(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A change word said of something else changes no bond.
        (
            "Dara Quill, 30, is charged with assault. Quill, who police say cut the victim "
            "with a knife, is held on a $100,000 bond.",
            {("Dara Quill", 100000, "set")},
        ),
        (
            "Dara Quill, 30, is charged with assault. Quill, who was raised in Dayton, is held "
            "on a $100,000 bond.",
            {("Dara Quill", 100000, "set")},
        ),
        # Near misses: said of the bond, or of its amount.
        (
            "Dara Quill, 30, is charged with assault. His bail was later cut to $10,000.",
            {("Dara Quill", 10000, "reduced")},
        ),
        (
            "Dara Quill, 30, is charged with assault. The judge doubled his bond to $200,000.",
            {("Dara Quill", 200000, "raised")},
        ),
        (
            "Dara Quill, 30, is charged with assault. His bail, initially $50,000, was reduced "
            "to $5,000.",
            {("Dara Quill", 50000, "set"), ("Dara Quill", 5000, "reduced")},
        ),
    ],
)
def test_a_change_said_of_the_bond(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Released on a bond no money is put up for: set, not posted.
        (
            "Dara Quill, 30, is charged with theft. He was released on a $10,000 unsecured bond.",
            {("Dara Quill", 10000, "set")},
        ),
        (
            "Dara Quill, 30, is charged with theft. He was released on a personal recognizance bond.",
            set(),
        ),
        # Near miss: released on bail is bail posted.
        (
            "Dara Quill, 30, is charged with theft. He was released on $10,000 bail.",
            {("Dara Quill", 10000, "posted")},
        ),
    ],
)
def test_released_on_a_bond_unpaid(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Without bail" of a release, "no bail" asked for, "without bond conditions": none
        # denies bail.
        (CHARGED + "He was released without bail.", set()),
        (CHARGED + "No bail was requested by prosecutors.", set()),
        (CHARGED + "He remains free without bond conditions.", set()),
        # Near miss: held without bail.
        (CHARGED + "He is being held without bail.", {("Dara Quill", None, "denied")}),
    ],
)
def test_without_bail_that_denies_none(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bail told as his by a pronoun is his, whoever posted it.
        (
            "Bo Tran, 20, is charged with robbery. His mother, Ann Tran, posted his $5,000 "
            "bail on Friday.",
            {("Bo Tran", 5000, "posted")},
        ),
        # Near miss: the relative's own bail, in a report naming no accused but the relative.
        (
            "Ann Tran, 44, posted her $5,000 bail on Friday after her arrest.",
            {("Ann Tran", 5000, "posted")},
        ),
    ],
)
def test_a_bail_told_as_his(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody only thought of, with an adverb before "be".
        (
            'Bo Tran, 20, is charged with murder. "I didn\'t think he would ever be arrested," '
            "the victim's sister said.",
            [],
        ),
        ("Bo Tran, 20, is charged with murder. Police said he may soon be arrested.", []),
        # Near miss: custody taken, and a court date to come.
        (
            "Bo Tran, 20, was arrested Monday and will be arraigned Friday.",
            [("Bo Tran", False)],
        ),
    ],
)
def test_custody_only_thought_of(text: str, expected: list) -> None:
    assert _arrests(text) == expected


def test_a_roster_lines_bond_is_its_own() -> None:
    # A sentence naming no one on a roster's line is about the name the line opens with.
    text = (
        "The following people were arrested this week:\n\n"
        "- Bo Tran, 20, of Elgin, driving under the influence. Bond: $5,000.\n"
        "- Ann Lee, 33, of Joliet, retail theft. Bond: $1,500.\n"
    )
    assert bonds_of(text) == {("Bo Tran", 5000, "set"), ("Ann Lee", 1500, "set")}


def test_a_paragraph_is_no_roster_line() -> None:
    # Near miss: a paragraph opening with the victim's name gives her no bond.
    text = (
        "Bo Tran, 20, is charged with murder. Ann Lee, 30, was killed Sunday. Bond was set at "
        "$50,000."
    )
    assert bonds_of(text) == {("Bo Tran", 50000, "set")}


def test_a_roster_goes_on_past_its_items_fields() -> None:
    # A field told as a sentence of its own ("Bond: $5,000.") does not end the roster.
    text = (
        "The following people were arrested this week:\n\n"
        "- Bo Tran, 20, of Elgin, driving under the influence. Bond: $5,000.\n"
        "- Ann Lee, 33, of Joliet, retail theft. Bond: $1,500.\n\n"
        "Police said more arrests are possible."
    )
    assert _arrests(text) == [("Ann Lee", False), ("Bo Tran", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British bail puts up no money: no bail posted.
        (
            "Dara Quill, 30, was arrested on suspicion of assault and released on police bail.",
            set(),
        ),
        (
            "Dara Quill, 30, was charged with assault and released on conditional bail to "
            "appear at court in May.",
            set(),
        ),
        (
            "Dara Quill, 30, was arrested and has been released on bail pending further enquiries.",
            set(),
        ),
    ],
)
def test_british_bail_posts_nothing(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower bond refused leaves the bond set, with or without a determiner.
        (
            "Dara Quill, 30, is charged with murder and held on $1 million bond. A judge "
            "denied bond reduction on Friday.",
            {("Dara Quill", 1000000, "set")},
        ),
        (
            "Dara Quill, 30, is charged with murder and held on $1 million bond. A judge "
            "denied his motion to reduce bond.",
            {("Dara Quill", 1000000, "set")},
        ),
        # Near miss: bond itself denied.
        (CHARGED + "A judge denied bond on Friday.", {("Dara Quill", None, "denied")}),
    ],
)
def test_a_lower_bond_refused(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No bond on a hold of another matter denies none in this case.
        (CHARGED + "He is also held without bond on a parole violation.", set()),
        # Near miss: without bond on this case's charge.
        (
            CHARGED + "He is held without bond on the burglary charge.",
            {("Dara Quill", None, "denied")},
        ),
    ],
)
def test_no_bond_on_another_matters_hold(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
