"""Court events a report names again or only waits for, on invented sentences: an outcome
named with "the" points back at a trial told already, a trial set anew after a mistrial is a
second one, a session that "had been scheduled" gave way, a session custody only waits for
and a plea someone says will come are none, and a jury in someone's quoted words is talk."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

CHARGED = "Wendell Ostrova, 27, was charged with armed robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An outcome named with "the" is the trial told already, not one of whoever the
        # sentence names.
        (
            CHARGED + "A jury acquitted Ostrova on Tuesday. The acquittal leaves Pia Lund, 22, "
            "as the only one convicted in the holdup.",
            {("Wendell Ostrova", "trial", "2024-03-12")},
        ),
        (
            CHARGED + "Jurors deadlocked on Monday. Prosecutor Nils Berg said after the mistrial "
            "that Pia Lund, 22, would testify again.",
            {("Wendell Ostrova", "trial", "2024-03-11")},
        ),
        # ... unless the report goes on to tell it.
        (
            CHARGED + "The verdict came on Wednesday.",
            {("Wendell Ostrova", "trial", "2024-03-13")},
        ),
        # A trial set anew after a mistrial is a second trial.
        (
            CHARGED + "Judge Rhea Dunn declared a mistrial on Monday and set a new trial for "
            "May 6.",
            {
                ("Wendell Ostrova", "trial", "2024-03-11"),
                ("Wendell Ostrova", "trial", "2024-05-06"),
            },
        ),
        # A trial that had been scheduled gave way to the plea.
        (
            CHARGED + "Ostrova had been scheduled to go to trial in April. He pleaded guilty on "
            "Monday.",
            {("Wendell Ostrova", "plea", "2024-03-11")},
        ),
    ],
)
def test_a_trial_named_again_or_set_anew(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A session custody only waits for, with no day, is none ...
        (CHARGED + "He is being held at the county jail pending a detention hearing.", set()),
        (
            CHARGED + "Ostrova was held for a bail hearing and will appear in Tarrow Provincial "
            "Court on Friday.",
            {("Wendell Ostrova", "appearance", "2024-03-15")},
        ),
        # ... but one with its day is on the calendar.
        (
            CHARGED + "He is being held without bond pending a bond hearing on March 20.",
            {("Wendell Ostrova", "hearing", "2024-03-20")},
        ),
        # "Made no plea", as Scottish courts report it, is no plea.
        (CHARGED + "Ostrova made no plea and was remanded in custody.", set()),
        (CHARGED + "Ostrova entered no plea.", set()),
        # A plea someone says will come is not entered.
        (CHARGED + "His lawyer said Ostrova would plead not guilty.", set()),
        (
            CHARGED + "Ostrova pleaded not guilty on Monday.",
            {("Wendell Ostrova", "plea", "2024-03-11")},
        ),
        # A jury in someone's quoted words is talk, not a trial.
        (
            CHARGED + 'In a recorded call, Ostrova said the clerk "should be careful what she '
            'tells the jury."',
            set(),
        ),
    ],
)
def test_a_session_only_waited_for_or_talked_of(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A higher court's ruling on an appeal.
        (
            "Wendell Ostrova, 27, was convicted of robbery in 2021. In January, the state Court "
            "of Appeals upheld the conviction of Wendell Ostrova.",
            {("Wendell Ostrova", "other", None)},
        ),
        (CHARGED + "His lawyer said Ostrova will appeal the conviction.", set()),
        # A minor's case sent to adult court is the minor's, not the adult's told before.
        (
            CHARGED + "The other robber was 16 at the time. His case was moved to adult court in "
            "May, and Tavi Rusk, now 17, pleaded guilty on Monday.",
            {("Tavi Rusk", "other", None), ("Tavi Rusk", "plea", "2024-03-11")},
        ),
        (CHARGED + "Prosecutors filed a motion to transfer the teen's case to adult court.", set()),
        # An order a judge issued against the accused; not one someone asked for.
        (
            CHARGED + "A judge issued a temporary protective order against Ostrova on March 4.",
            {("Wendell Ostrova", "other", "2024-03-04")},
        ),
        (CHARGED + "The clerk asked for a restraining order against Ostrova.", set()),
        # A ruling that ends a release is a hearing.
        (
            CHARGED + "Judge Rhea Dunn revoked Wendell Ostrova's release on Wednesday.",
            {("Wendell Ostrova", "hearing", "2024-03-13")},
        ),
        (CHARGED + "Ostrova's probation officer said he was doing well.", set()),
        # An offence admitted, as British courts report a plea.
        (
            CHARGED + "Ostrova admitted the manslaughter of bus driver Cy Hale, 52.",
            {("Wendell Ostrova", "plea", None)},
        ),
        (
            CHARGED + "Ostrova admitted causing grievous bodily harm.",
            {("Wendell Ostrova", "plea", None)},
        ),
        # Near misses: a confession's words, and one made to detectives.
        (CHARGED + "Police said Ostrova admitted the killing.", set()),
        (CHARGED + "Ostrova admitted the robbery to detectives.", set()),
    ],
)
def test_appeals_transfers_revocations_and_offences_admitted(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone named only in what a co-defendant testified is not the one who pleaded, nor
        # the one "him" means after it.
        (
            "Wendell Ostrova, 27, was acquitted of robbery. Tavi Rusk, who was 17 at the time, "
            "pleaded guilty and testified at both trials that Ostrova held the knife. Judge Rhea "
            "Dunn sentenced him Wednesday to six years in prison.",
            {
                ("Wendell Ostrova", "trial", None),
                ("Tavi Rusk", "plea", None),
                ("Tavi Rusk", "sentencing", "2024-03-13"),
            },
        ),
        # Near miss: a pronoun after a sentence naming only one suspect is his.
        (
            "Wendell Ostrova, 27, was acquitted of robbery. Tavi Rusk, 18, pleaded guilty. Judge "
            "Rhea Dunn sentenced him Wednesday to six years in prison.",
            {
                ("Wendell Ostrova", "trial", None),
                ("Tavi Rusk", "plea", None),
                ("Tavi Rusk", "sentencing", "2024-03-13"),
            },
        ),
        # "Both" of people still is both.
        (
            "Wendell Ostrova, 27, and Tavi Rusk, 18, were charged with robbery. Both pleaded "
            "guilty on Monday.",
            {("Wendell Ostrova", "plea", "2024-03-11"), ("Tavi Rusk", "plea", "2024-03-11")},
        ),
    ],
)
def test_a_name_only_in_what_someone_testified(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bail refused before an appearance leaves the appearance; one refused or failed is none.
        (
            "Police arrested a 33-year-old man and charged him with arson. The man was refused "
            "bail to appear before Tarrow Local Court today.",
            {(None, "appearance", "2024-03-14")},
        ),
        (CHARGED + "Ostrova failed to appear in court on Monday.", set()),
        (CHARGED + "Ostrova refused to attend his sentencing on Monday.", set()),
        # A session put off to no day is none; put off to a day, it is set.
        (CHARGED + "Ostrova's sentencing has been postponed until after the retrial.", set()),
        (
            CHARGED + "Ostrova's sentencing has been postponed until May 3.",
            {("Wendell Ostrova", "sentencing", "2024-05-03")},
        ),
        # A court's special sitting.
        (
            CHARGED + "He appeared before a special sitting of Tarrow District Court on Tuesday.",
            {("Wendell Ostrova", "appearance", "2024-03-12")},
        ),
    ],
)
def test_sessions_refused_put_off_or_held_at_a_sitting(text: str, expected: set) -> None:
    assert court_of(text) == expected


HARMED = "Wendell Ostrova, 27, is charged with murder in the March 2 shooting death of Cy Hale. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day written before the harm dates the case's crime, so a record dated years before
        # it is an earlier matter, and a statement after a semicolon that goes on with it too.
        (
            HARMED + "Ostrova was arrested on Aug. 14, 2019, after police found a pistol in his "
            "car; he later pleaded guilty to a weapons charge and was sentenced to probation.",
            set(),
        ),
        # Near miss: a statement after a semicolon that does not go on with the earlier matter.
        (
            HARMED + "Ostrova was arrested on Aug. 14, 2019, after police found a pistol in his "
            "car; Ostrova pleaded not guilty on Monday.",
            {("Wendell Ostrova", "plea", "2024-03-11")},
        ),
    ],
)
def test_a_record_dated_before_the_crime_and_what_goes_on_from_it(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bail a judge or a court granted or refused, told as its own session, is a hearing.
        (
            CHARGED + "Ms Justice Nora Vale granted him bail on Wednesday on his own bond of "
            "€2,000.",
            {("Wendell Ostrova", "hearing", "2024-03-13")},
        ),
        (
            CHARGED + "Ostrova was refused bail in the District Court last month.",
            {("Wendell Ostrova", "hearing", None)},
        ),
        # ... at a session the sentence tells, it is that session.
        (
            CHARGED + "He appeared in court on Monday, where Judge Rhea Dunn denied him bail.",
            {("Wendell Ostrova", "appearance", "2024-03-11")},
        ),
        # Near miss: bail the police refused.
        (CHARGED + "Police refused him bail.", set()),
    ],
)
def test_bail_granted_or_refused_by_a_court(text: str, expected: set) -> None:
    assert court_of(text) == expected
