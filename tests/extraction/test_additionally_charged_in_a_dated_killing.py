"""One charged in the case's named dead who "has additionally been charged with second-degree
murder in the March 3 shooting death of Cy Hall" is charged in a further killing: told as one
more charge, of a killing with its own date, whose dead the case's charge did not name. A
further count in the case's own dead, or one told with no date, is the case's. Every sentence
here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of, outcomes_of

LEAD = (
    "Two men were shot dead in a parked car in June. Bo Tran, 23, of Surrey was charged with "
    "two counts of first-degree murder in the deaths of Ann Lee and Dee Moss. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tran has additionally been charged with second-degree murder in the March 3 shooting "
        "death of Cy Hall, 31, outside a townhouse in Abbotsford.",
        "Tran was also charged with manslaughter in the 2019 death of Cy Hall.",
    ],
)
def test_additionally_charged_in_a_dated_killing(sentence: str) -> None:
    text = LEAD + sentence
    assert link_relations_of(text) == [("Bo Tran", "charged", "Cy Hall")]
    assert ("Cy Hall", "killed") not in outcomes_of(text)


def test_also_charged_with_no_date_is_the_case() -> None:
    # near miss: one more count, of a killing told with no date of its own
    text = LEAD + "Tran was also charged with manslaughter in the death of Cy Hall."
    assert ("Bo Tran", "charged", "Cy Hall") not in link_relations_of(text)
