"""Court events of several defendants and of a witness: an appearance before a federal court
named by its abbreviation, a session in the plural for each defendant told together before,
a court named with "the" a defendant is due in, a ruling on a motion to detain, and what a
co-defendant who pleaded guilty tells the jury at another's trial. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

_THREE = "A grand jury charged Omar Vell, 29, Cal Dunne, 35, and Rita Moss, 31, with robbery. "
_NAMES = ("Omar Vell", "Cal Dunne", "Rita Moss")


def test_all_three_before_a_federal_magistrate_then_their_hearings() -> None:
    text = (
        _THREE + "All three appeared Tuesday afternoon before a U.S. magistrate judge. "
        "Prosecutors asked that they be detained pending trial; detention hearings are "
        "scheduled for Monday."
    )
    assert court_of(text) == {(n, "appearance", "2024-03-12") for n in _NAMES} | {
        (n, "hearing", "2024-03-18") for n in _NAMES
    }


def test_a_session_in_the_singular_is_one_defendants() -> None:
    text = (
        "Omar Vell, 29, and Cal Dunne, 35, were charged with robbery. Vell spoke to reporters. "
        "A detention hearing is scheduled for Monday."
    )
    assert {p for p, kind, _ in court_of(text) if kind == "hearing"} == {"Omar Vell"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Vell, 29, and Cal Dunne, 35, were charged with robbery. Vell and Dunne are "
            "due in the 337th District Court on March 24.",
            {("Omar Vell", "appearance", "2024-03-24"), ("Cal Dunne", "appearance", "2024-03-24")},
        ),
        (
            "Omar Vell, 29, was charged with robbery. The payment was due in the court clerk's "
            "office.",
            set(),
        ),
    ],
)
def test_due_in_a_court_named_with_the(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, 27, was charged with vehicular homicide. A district court judge granted "
            "the district attorney's motion for pretrial detention Tuesday.",
            {("Ada Quill", "hearing", "2024-03-12")},
        ),
        (
            "Ada Quill, 27, was charged with vehicular homicide. A judge on Tuesday denied the "
            "prosecution's motion to detain Quill until trial.",
            {("Ada Quill", "hearing", "2024-03-12")},
        ),
        # near miss: another motion is a ruling of its own
        (
            "Ada Quill, 27, was charged with vehicular homicide. A judge on Tuesday denied a "
            "defense motion to dismiss the case.",
            {("Ada Quill", "other", "2024-03-12")},
        ),
    ],
)
def test_a_ruling_on_a_motion_to_detain_is_a_detention_hearing(text: str, expected: set) -> None:
    assert court_of(text) == expected


def test_a_co_defendant_who_pleaded_guilty_testifies_at_anothers_trial() -> None:
    text = (
        "Omar Vell, 30, went on trial Monday on assault charges. The trial turned on the "
        "testimony of his girlfriend, Ada Quill, who pleaded guilty in June to one count of "
        "neglect. Quill told jurors she saw bruises on the boy."
    )
    assert court_of(text) == {("Omar Vell", "trial", "2024-03-11"), ("Ada Quill", "plea", None)}


@pytest.mark.parametrize(
    "opening",
    ["Ada Quill, 30, is charged with neglect.", "Ada Quill, 30, pleaded not guilty in March."],
)
def test_a_defendant_who_tells_the_jury_is_on_trial(opening: str) -> None:
    text = opening + " Quill told jurors she never saw bruises on the boy."
    assert ("Ada Quill", "trial", None) in court_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appearance told as held, beside one to come, is a session of its own
        (
            "Omar Vell, 17, and Cal Dunne, 18, appeared by video from the county jail. Both are "
            "charged with robbery. Vell and Dunne are due in the 337th District Court on "
            "March 24.",
            {
                ("Omar Vell", "appearance", None),
                ("Cal Dunne", "appearance", None),
                ("Omar Vell", "appearance", "2024-03-24"),
                ("Cal Dunne", "appearance", "2024-03-24"),
            },
        ),
        (
            "Omar Vell, 17, made his first appearance in Dale County District Court on a "
            "charge of robbery. Vell is due back in court March 24.",
            {("Omar Vell", "appearance", None), ("Omar Vell", "appearance", "2024-03-24")},
        ),
        # near miss: one held and dated already is that session
        (
            "Omar Vell, 17, was charged with robbery. He appeared by video from the jail. He "
            "appeared in district court on March 4 for a bond hearing.",
            {("Omar Vell", "hearing", "2024-03-04")},
        ),
    ],
)
def test_an_appearance_held_beside_one_to_come(text: str, expected: set) -> None:
    assert court_of(text) == expected


# The ones a group is told with are not in it: "The two men arrested with him" are the two
# besides the one "him" means.
def test_a_group_told_with_him_leaves_him_out() -> None:
    text = (
        "Dario Quint, 16, was charged with robbery as an adult. The two men arrested with him "
        "Monday appeared in court Tuesday. Omar Vell, 29, and Cal Dunne, 35, are held on "
        "$50,000 bond."
    )
    assert {person for person, _, _ in court_of(text)} == {"Omar Vell", "Cal Dunne"}


# A day the subject's participle tells ("arrested Monday") is the arrest's, not the session's,
# when the session has a day of its own; near miss: with none, it is still read.
@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("The two men arrested Monday appeared in court Tuesday.", "2024-03-12"),
        ("The two men arrested Monday appeared in court that day.", "2024-03-11"),
    ],
)
def test_the_day_of_an_arrest_in_the_subject_is_not_the_sessions(told: str, day: str) -> None:
    text = "Omar Vell, 29, and Cal Dunne, 35, were charged with robbery. " + told
    assert court_of(text) == {
        ("Omar Vell", "appearance", day),
        ("Cal Dunne", "appearance", day),
    }


# A hearing named for the first appearance is that appearance, held in the plural for each
# suspect the sentence names; near miss: one named as its owner has it alone.
@pytest.mark.parametrize(
    ("told", "names"),
    [
        (
            "At first-appearance hearings Tuesday, a judge set bail at $50,000 for Vell, "
            "$20,000 for Dunne and $10,000 for Moss.",
            _NAMES,
        ),
        ("All three had first appearance hearings Tuesday.", _NAMES),
        (
            "At Vell's first-appearance hearing Tuesday, a judge set his bail at $50,000.",
            _NAMES[:1],
        ),
    ],
)
def test_first_appearance_hearings_are_appearances(told: str, names: tuple) -> None:
    assert court_of(_THREE + told) == {(n, "appearance", "2024-03-12") for n in names}


# A pair the lede tells without names ("A Marlow woman and her boyfriend were arraigned") is
# the two the next sentences name, one each; near miss: someone named next who is no suspect.
@pytest.mark.parametrize(
    ("then", "names"),
    [
        (
            "Cal Dunne, 33, is charged with assault. The boy's mother, Ann Lee, 29, is charged "
            "with child endangering.",
            ("Cal Dunne", "Ann Lee"),
        ),
        (
            "Cal Dunne, 33, is charged with assault. Police said Ann Lee, 29, a neighbor, called 911.",
            ("Cal Dunne",),
        ),
    ],
)
def test_a_pair_told_in_the_lede_is_the_two_named_next(then: str, names: tuple) -> None:
    text = "A Marlow woman and her boyfriend were arraigned Tuesday. " + then
    assert court_of(text) == {(n, "arraignment", "2024-03-12") for n in names}


def test_a_pair_not_the_sessions_subject_is_not_its_defendants() -> None:
    # near miss: the pair is told in another clause than the session's
    text = (
        "After a Marlow woman and her boyfriend called police, a judge arraigned him Tuesday. "
        "Cal Dunne, 33, is charged with assault. Ann Lee, 29, is charged with theft."
    )
    assert {person for person, _, _ in court_of(text)} != {"Cal Dunne", "Ann Lee"}
