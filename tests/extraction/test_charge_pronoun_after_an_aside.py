"""A name in an opening aside is no subject of the verb when a pronoun opens the clause after
it: "Through his attorney, Mark Ames, he pleaded not guilty to murder" charges the one "he"
means, not the lawyer who spoke for him. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

OPENING = "Orin Pask, 62, appeared in court Wednesday. "


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "Through his attorney, Mark Ames, he pleaded not guilty to second-degree murder.",
        OPENING + "Through his court-appointed attorney, Mark Ames, he entered a plea of not "
        "guilty to a charge of second-degree murder.",
        OPENING + "Standing beside his lawyer, Mark Ames, he pleaded not guilty to "
        "second-degree murder.",
    ],
)
def test_the_pronoun_after_an_aside_is_the_one_charged(text: str) -> None:
    assert charges_of(text) == {("Orin Pask", "second-degree murder", "filed")}


@pytest.mark.parametrize(
    "text",
    [
        # the name is the clause's subject itself, told with an aside of its own
        "Orin Pask, 62, the owner of a bar, was charged with second-degree murder.",
        "Orin Pask, who is 62, pleaded not guilty to second-degree murder.",
    ],
)
def test_a_name_with_its_own_aside_is_still_the_subject(text: str) -> None:
    assert charges_of(text) == {("Orin Pask", "second-degree murder", "filed")}
