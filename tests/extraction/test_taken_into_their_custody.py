"""Officers who took someone "into their custody" arrested him, as those who took him "into
custody" did ("deputies took the former councilman into their custody"); one taken into
someone's care is not. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of

CHARGED = "Ferris Oakhurst, 51, is charged with arson. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "Deputies from the Tolland County sheriff's office took Oakhurst into "
            "their custody.",
            {("Ferris Oakhurst", None, False)},
        ),
        (
            CHARGED + "State troopers took the former councilman into their custody after "
            "the hearing.",
            {("Ferris Oakhurst", None, False)},
        ),
        (
            CHARGED + "The marshals, taking Oakhurst into their custody, drove him to Elm City.",
            {("Ferris Oakhurst", None, False)},
        ),
        # near miss: taken into someone's care
        (CHARGED + "A neighbor took Oakhurst's dog into her care.", set()),
    ],
)
def test_taken_into_their_custody(text: str, expected: set) -> None:
    assert arrests_of(text) == expected
