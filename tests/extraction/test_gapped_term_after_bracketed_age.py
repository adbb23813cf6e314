"""A second defendant given a term with the verb left out, his age in brackets as Irish and
British reports give it ("sentenced Bo Tran (28) to six years and Cy Hall (32) to four years"),
is sentenced to the second term, as with the age between commas. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, Judge Nessa Crowe sentenced Padraig Tully (28), of Ballyvane, to six years' "
        "imprisonment and Oskar Wenta (32) to four years.",
        "On Friday, Judge Nessa Crowe sentenced Padraig Tully (28) to six years' imprisonment "
        "and Oskar Wenta (32) to four years.",
        "On Friday, Judge Nessa Crowe sentenced Padraig Tully, 28, to six years in prison and "
        "Oskar Wenta, 32, to four years.",
    ],
)
def test_the_second_term_is_the_second_defendants(text: str) -> None:
    assert terms_of(text) == {("Padraig Tully", "prison", 6), ("Oskar Wenta", "prison", 4)}


def test_one_defendant_sentenced_on_two_counts_keeps_both_terms() -> None:
    text = (
        "On Friday, Judge Nessa Crowe sentenced Padraig Tully (28) to six years' imprisonment "
        "for false imprisonment and to four years for assault."
    )
    assert terms_of(text) == {("Padraig Tully", "prison", 6), ("Padraig Tully", "prison", 4)}
