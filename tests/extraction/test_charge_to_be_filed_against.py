"""A homicide charge still to come told by its filing ("expects to file a charge of vehicular
homicide against Bo Tran") ties the one it is against to the killing, though a killing word
stands between the statement and his name. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of

CRASH = (
    "Ida Wren, 17, was struck and killed while walking home Oct. 3. Perry Vost, 52, was "
    "charged with leaving the scene of the crash. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CRASH + "The county attorney said she expects to file a charge of vehicular "
            "homicide against Vost once lab results are returned.",
            [("Perry Vost", "Ida Wren")],
        ),
        (
            CRASH + "Prosecutors plan to file homicide charges against Perry Vost next week.",
            [("Perry Vost", "Ida Wren")],
        ),
        # Near misses: no filing is to come against him, or the homicide charge is filed.
        (
            CRASH + "The county attorney said she expects the lab results next week, and "
            "neighbors have spoken against Vost at a vigil.",
            [],
        ),
        (
            "Ida Wren, 17, was struck and killed while walking home Oct. 3. Perry Vost, 52, was "
            "charged with vehicular homicide. Prosecutors plan to file a charge of drunken "
            "driving against Vost as well.",
            [],
        ),
    ],
)
def test_charge_to_be_filed_against(text: str, expected: list[tuple[str, str]]) -> None:
    assert links_of(text) == expected
