"""A total term and its parts: a report tells the whole ("gets 11 years") and then the term on
each count ("eight years on the homicide count and three years on the assault count, to run
consecutively"). The parts are the terms imposed; the total is not one more. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

LEAD = "Orla Venn, 33, pleaded guilty to vehicular homicide and vehicular assault. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judge Ivo Brandt sentenced Orla Venn to 11 years in prison. Brandt imposed eight "
            "years on the homicide count and three years on the assault count, to be served "
            "consecutively.",
            {("Orla Venn", "prison", 8), ("Orla Venn", "prison", 3)},
        ),
        (
            "Orla Venn was sentenced to 20 years in federal prison. The judge imposed 15 years "
            "on the conspiracy count and five years on the gun count, which must run "
            "consecutively.",
            {("Orla Venn", "prison", 15), ("Orla Venn", "prison", 5)},
        ),
        # near miss: concurrent parts that do not add up to the term told first
        (
            "Orla Venn was sentenced to eight years in prison. The judge imposed eight years on "
            "the homicide count and a concurrent three years on the assault count.",
            {("Orla Venn", "prison", 8), ("Orla Venn", "prison", 3)},
        ),
        # near miss: one term told twice is one term
        (
            "Orla Venn was sentenced to 11 years in prison. She must serve the 11 years before "
            "she is eligible for release.",
            {("Orla Venn", "prison", 11)},
        ),
    ],
)
def test_a_total_told_beside_its_parts_is_no_term_of_its_own(text: str, expected: set) -> None:
    found = {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", LEAD + text)}
    assert found == expected
