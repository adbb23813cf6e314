"""Bail as courts of every country word it: remanded in custody, bail refused, pretrial
release denied, a surety's or a recognizance's amount, a release revoked, bail posted by
someone else, British bail that posts nothing, bonds in another sense. On sentences written
for these tests (whose bail each statement tells: `test_whose_bail.py`)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

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
        # A recognizance with its amount is a bail set; one's own is one set of no sum.
        (
            "Cal Dunne, 36, is charged with assault. He was released on a $2,000 "
            "recognizance with conditions.",
            {("Cal Dunne", 2000, "set")},
        ),
        ("Cal Dunne, 36, was released on his own recognizance.", {("Cal Dunne", None, "set")}),
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


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # Money put up for a release is bail though neither word is said.
        ("He was released Friday after posting $20,000.", {(20000, "posted")}),
        ("He was freed after paying $5,000.", {(5000, "posted")}),
        # Not a bill paid on leaving a hospital, nor restitution.
        ("He was released from the hospital after paying $300.", set()),
        ("He paid $500 in restitution.", set()),
    ],
)
def test_money_posted_for_a_release(told: str, expected: set) -> None:
    text = "Dario Quint, 34, was charged with robbery Tuesday. " + told
    assert {(amount, status) for _person, amount, status in bonds_of(text)} == expected


@pytest.mark.parametrize(
    ("told", "amount"),
    [
        ("He is held on a million-dollar bond.", 1_000_000),
        ("Bail was set at 500,000 dollars.", 500_000),
        ("A judge set bail at one million dollars.", 1_000_000),
    ],
)
def test_an_amount_in_dollars_written_out(told: str, amount: int) -> None:
    text = "Dario Quint, 34, was charged with robbery. " + told
    assert {found for _person, found, _status in bonds_of(text)} == {amount}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bond posted, told in the passive: the amount last set.
        (
            "Vic Arden, 31, was charged with murder. A judge reduced his bond to $250,000. Jail "
            "records show the bond was posted Thursday evening.",
            {("Vic Arden", 250000, "reduced"), ("Vic Arden", 250000, "posted")},
        ),
        # A court that grants a petition or motion to detain holds the defendants without bail.
        (
            "Vic Arden, 31, and Lou Tamm, 25, were charged with murder. Judge Ann Vale granted "
            "the State's petitions to detain both defendants pending trial.",
            {("Vic Arden", None, "denied"), ("Lou Tamm", None, "denied")},
        ),
        # Near miss: a petition to detain denied holds no one.
        (
            "Vic Arden, 31, was charged with murder. Judge Ann Vale denied the State's petition "
            "to detain him.",
            set(),
        ),
    ],
)
def test_a_bond_posted_in_the_passive_and_a_detention_granted(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A small sum that names a bail is the bail.
        (
            "Ada Pell, 27, was charged with theft and released on $500 bail.",
            {("Ada Pell", 500, "posted")},
        ),
        (
            "Ada Pell, 27, was charged with trespass and held on a $250 cash bond.",
            {("Ada Pell", 250, "set")},
        ),
        # Near miss: a small sum beside a bail is what was taken.
        (
            "Ada Pell, 27, was charged with stealing $500 and held on $5,000 bond.",
            {("Ada Pell", 5000, "set")},
        ),
    ],
)
def test_a_small_bail_named_as_one(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bail granted with no money named is a bail set, of no amount.
        (CHARGED + "Quill was granted conditional bail.", {("Dara Quill", None, "set")}),
        (CHARGED + "He was granted bail, including a curfew.", {("Dara Quill", None, "set")}),
        (CHARGED + "His bail was continued.", {("Dara Quill", None, "set")}),
        # near miss: bail only asked for is none
        (CHARGED + "His solicitor will apply for Quill to be granted bail.", set()),
        # near miss: an amount named is the bail set at it
        (CHARGED + "Quill was granted bail of $5,000.", {("Dara Quill", 5000, "set")}),
    ],
)
def test_bail_granted_with_no_sum_is_set(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_a_bond_for_one_described_as_accused_and_no_bond_of_money_taken() -> None:
    text = (
        "A judge on Thursday cut bond from $250,000 to $75,000 for Ann Marsh, the former "
        "St. Brendan's Parish bookkeeper accused of stealing more than $412,000 from the church."
    )
    assert bonds_of(text) == {("Ann Marsh", 250000, "set"), ("Ann Marsh", 75000, "reduced")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marta Voss, 39, appeared on Friday on a charge of arson. Neighbours gathered "
            "outside, calling for the accused to be refused bail.",
            set(),
        ),
        (
            "Marta Voss, 39, was charged with arson. Her relatives called for the woman to be "
            "denied bail.",
            set(),
        ),
        # A call for something else beside a refusal told as done.
        (
            "Marta Voss, 39, was charged with arson. Her family called for calm after she was "
            "refused bail.",
            {("Marta Voss", None, "denied")},
        ),
    ],
)
def test_a_call_from_outside_the_court_refuses_no_bail(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A sessions court on Friday rejected the bail application of Varun Mehra (31), "
            "held since May.",
            {("Varun Mehra", None, "denied")},
        ),
        (
            "Varun Mehra (31) was charged with fraud. The court dismissed his bail plea.",
            {("Varun Mehra", None, "denied")},
        ),
        # Near miss: the application told, not its outcome.
        (
            "Varun Mehra (31) was charged with fraud. His lawyer filed a bail application.",
            set(),
        ),
    ],
)
def test_a_bail_application_turned_down(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
