"""One told by age beside a counted group of adults taken into custody ("arrested two men and
detained a 17-year-old boy") is an unnamed co-suspect, arrested, besides the men the report
names after. The sentences are written for these tests (published Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of, suspects_of

_NAMED = " The arrested accused are Ravi Kale (29) and Nitin Gore (24)."


@pytest.mark.parametrize(
    "text",
    [
        "Police on Monday night arrested two men and detained a 17-year-old boy in connection "
        "with the murder." + _NAMED,
        "Police on Monday arrested two men and a 16-year-old boy after the robbery." + _NAMED,
    ],
)
def test_a_minor_beside_counted_adults_is_arrested(text: str) -> None:
    ages = {age for name, age in suspects_of(text) if name is None}
    assert len(ages) == 1 and ages.pop() in (16, 17)
    assert arrests_of(text) == {
        ("Ravi Kale", "2024-03-11", False),
        ("Nitin Gore", "2024-03-11", False),
        (None, "2024-03-11", False),
    }


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the one told by age is one the report names; no custody of him
        "Police on Monday arrested two men and a 24-year-old woman."
        + _NAMED.replace("Nitin Gore (24)", "Asha Gore (24)"),
        "Police on Monday arrested two men and questioned a 17-year-old boy." + _NAMED,
    ],
)
def test_no_unnamed_minor_where_none_is_taken(text: str) -> None:
    assert all(name is not None for name, _ in suspects_of(text))
    assert all(person is not None for person, _, _ in arrests_of(text))
