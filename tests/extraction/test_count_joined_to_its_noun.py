"""A count is of the noun it is joined to: a term or a preposition between them ends it ("35
years for man who killed driver" counts no men), and a count above one is of a plural noun
only. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Plea deal: 35 years for man who killed cab driver", []),
        ("Judge gives 12 years to man who killed neighbor", []),
        # near misses: counts of the people they are joined to
        ("Two young men were killed outside a bar.", [(None, "killed"), (None, "killed")]),
        (
            "Two people were wounded and one man was killed in the shooting.",
            [(None, "injured"), (None, "injured"), (None, "killed")],
        ),
    ],
)
def test_a_count_joined_to_its_noun(sentence: str, expected: list) -> None:
    text = f"{sentence}\n\nDale Voss, 22, pleaded guilty Monday to second-degree murder."
    assert outcomes_of(text) == expected
