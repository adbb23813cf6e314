"""Shots fired at one described before and named by a pronoun ("the victim's 17-year-old
daughter told officers Bo Tran fired a shot at her") make her a target, unharmed: the one she
names to the police is the doer, not someone harmed instead, and "the victim's" tells whose
daughter she is. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of, victims_of


def test_a_daughter_fired_at_as_she_told_police_is_a_target() -> None:
    text = (
        "Officers found a 39-year-old woman dead inside the home. Police said the victim's "
        "17-year-old daughter told officers Cal Ostrow fired a shot at her as she ran out the "
        "back door. She was not hurt."
    )
    assert victims_of(text) == [(None, 17, "unharmed"), (None, 39, "killed")]


def test_a_child_fired_at_by_a_parent_is_a_target() -> None:
    text = (
        "Ann Ostrow, 39, was found shot to death on Sunday. The couple's 17-year-old daughter "
        "escaped by running out the back of the house after her father fired at her, police "
        "said. She was not injured."
    )
    assert (None, "17-year-old daughter", "unharmed") in described_victims_of(text)


def test_shots_at_someone_else_make_no_target_of_her() -> None:
    text = (
        "Ann Ostrow, 39, was found shot to death on Sunday. Her daughter told officers Cal "
        "Ostrow fired at him from the porch."
    )
    assert victims_of(text) == [("Ann Ostrow", 39, "killed")]
