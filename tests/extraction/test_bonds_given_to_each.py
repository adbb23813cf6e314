"""Bonds of several defendants told in one sentence, and releases with no sum: an amount
granted "to" each, a bond set for a counted group the report names next, a bond given to
someone the report names no other way as accused, a release on one's own recognizance. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each amount to the one named after it, with his age before his name
        (
            "Omar Vell, 40, and Ada Quill, 33, were charged. A judge granted a $15,000 bond to "
            "17-year-old Omar Vell of Dover and a $25,000 bond to Ada Quill, 33, at a hearing "
            "Thursday. Both posted bond by evening.",
            {
                ("Omar Vell", 15000, "set"),
                ("Ada Quill", 25000, "set"),
                ("Omar Vell", 15000, "posted"),
                ("Ada Quill", 25000, "posted"),
            },
        ),
        # a counted group told with its age, named in the next sentence
        (
            "A magistrate set bonds of $100,000 apiece Wednesday for two young men accused of "
            "robbing a woman. Omar Vell, 17, and Cal Dunne, 18, appeared by video. Both are "
            "charged with robbery.",
            {("Omar Vell", 100000, "set"), ("Cal Dunne", 100000, "set")},
        ),
        # a bond given makes its holder the accused "she" means next
        (
            "Omar Vell, 17, and Ada Quill, 18, were charged with robbery. Rita Moss, 22, was "
            "given a $15,000 surety bond on the charge of theft. She posted bond Wednesday "
            "evening.",
            {("Rita Moss", 15000, "set"), ("Rita Moss", 15000, "posted")},
        ),
    ],
)
def test_each_defendants_bond(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, 33, was charged with theft. Quill made her initial appearance Tuesday "
            "and was released on her own recognizance.",
            {("Ada Quill", None, "set")},
        ),
        (
            "Omar Vell, 40, was charged with assault. He was released on personal recognizance.",
            {("Omar Vell", None, "set")},
        ),
        # a request told after the release asks nothing of it
        (
            "Omar Vell, 40, was charged with assault. Vell had been released on his own "
            "recognizance after a judge declined a prosecutor's request to hold him.",
            {("Omar Vell", None, "set")},
        ),
        # near misses: a release refused or asked for
        (
            "Dara Quill, 30, is charged with theft. He was not released on his own recognizance.",
            set(),
        ),
        (
            "Dara Quill, 30, is charged with theft. His lawyer asked that he be released on his "
            "own recognizance.",
            set(),
        ),
        (
            "Dara Quill, 30, is charged with theft. He was released on a personal recognizance "
            "bond.",
            set(),
        ),
    ],
)
def test_a_release_on_ones_own_recognizance_is_a_bond_of_no_sum(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bond named as one person's is his, whatever group the sentence speaks of
        (
            "Omar Vell, 29, and Ada Quill, 24, were arrested Tuesday. At their arraignment "
            "Wednesday in municipal court, Judge Ann Reyes set Vell's bond at $250,000 cash "
            "only. Quill's bond was set at $100,000, cash or surety.",
            {("Omar Vell", 250000, "set"), ("Ada Quill", 100000, "set")},
        ),
        # near miss: a bond told of the group is each one's
        (
            "Omar Vell, 29, and Ada Quill, 24, were arrested Tuesday. At their arraignment "
            "Wednesday, bond was set at $50,000 each.",
            {("Omar Vell", 50000, "set"), ("Ada Quill", 50000, "set")},
        ),
    ],
)
def test_a_bond_named_as_one_persons(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Vell, 40, was charged with assault. Vell posted bond the day after the "
            "shooting and was released. Court records show he paid a bondsman on a total of "
            "$200,000, and a judge ordered him to wear a GPS monitor.",
            {("Omar Vell", 200000, "posted")},
        ),
        (
            "Omar Vell, 40, was charged with assault. Court records show he paid a bondsman on "
            "a $50,000 bond.",
            {("Omar Vell", 50000, "posted")},
        ),
    ],
)
def test_a_bond_paid_through_a_bondsman_is_posted(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
