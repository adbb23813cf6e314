"""Terms as the courts of several states word them: the part to serve ("40 years, with 20
years to serve"), a jail term wholly suspended with its place told ("90 days in jail,
suspended"), supervision ordered beside a forfeiture ("ordered Bo Tran to forfeit $1.2
million and serve five years of supervised release"), and an offence a code names by its
offender ("sexual battery by a person in a position of authority"). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, terms_of

LEAD = "Hollis Creed, 47, pleaded guilty to fraud. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Creed was sentenced to 40 years, with 20 years to serve.", {("prison", 20)}),
        (
            "Creed was sentenced to 10 years in prison, with eight years to serve.",
            {("prison", 8)},
        ),
        (
            "Creed was sentenced to 90 days in jail, suspended, and two years probation.",
            {("other", 0.2466), ("probation", 2)},
        ),
        (
            "Creed was sentenced to 17 years in federal prison. U.S. District Judge Ona Pratt "
            "also ordered Creed to forfeit $1.2 million and serve five years of supervised "
            "release.",
            {("prison", 17), ("other", 5)},
        ),
    ],
)
def test_terms_served_and_suspended(text: str, expected: set) -> None:
    assert terms_of(LEAD + text) == {("Hollis Creed", k, y) for k, y in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hollis Creed, 34, was charged with sexual battery by a person in a position of "
            "authority.",
            "sexual battery by a person in a position of authority",
        ),
        (
            "Hollis Creed, 34, was charged with sexual assault by a person in a position of trust.",
            "sexual assault by a person in a position of trust",
        ),
    ],
)
def test_an_offence_named_by_its_offender(text: str, expected: str) -> None:
    assert charges_of(text) == {("Hollis Creed", expected, "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British suspended sentence told with the institution it would be served in
        (
            "Creed was given two years' detention in a young offender institution, suspended "
            "for two years.",
            {("Hollis Creed", "other", 2)},
        ),
        # near miss: not suspended, it is custody
        (
            "Creed was given two years' detention in a young offender institution.",
            {("Hollis Creed", "prison", 2)},
        ),
    ],
)
def test_a_suspended_term_told_with_its_institution(text: str, expected: set) -> None:
    assert terms_of(LEAD + text) == expected
