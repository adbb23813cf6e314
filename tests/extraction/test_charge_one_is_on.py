"""A charge told as one a defendant is "on", whatever the clause does with him ("is headed
to a grand jury on a murder charge", "sits in jail on an arson count"), is a charge filed
against him; a verdict's verb before it gives its own status, and a charge told as another
("on a separate theft charge") is no charge of this case. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

HEARING = "Wendel Barsk, 38, was arrested in March after a fire at a warehouse. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEARING + "Barsk is now headed toward a grand jury on a second-degree murder charge.",
            {("Wendel Barsk", "second-degree murder", "filed")},
        ),
        (
            HEARING + "Barsk remains in the county jail on an arson count.",
            {("Wendel Barsk", "arson", "filed")},
        ),
        (
            HEARING + "A jury later acquitted Barsk on a felony burglary charge.",
            {("Wendel Barsk", "felony burglary", "acquitted")},
        ),
        # Near miss: a charge told as another one is not this case's.
        (
            HEARING + "He was once jailed for a week on a separate theft charge.",
            set(),
        ),
    ],
)
def test_charge_one_is_on(text: str, expected: set) -> None:
    assert charges_of(text) == expected
