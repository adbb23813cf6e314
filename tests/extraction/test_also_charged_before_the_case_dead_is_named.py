"""A suspect "also charged Wednesday with murder in the April 2 death of Cy Hall", told before
the report names the case's own dead ("Ann Lee, 16, died in the May 18 shooting"), is tied to
a further killing: the case's own dead is the first killed person named outside a charge told
"also", not Cy Hall though named first. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of, outcomes_of

LEAD = (
    "A 17-year-old accused of opening fire at a crowded park, killing a teenager, will stay "
    "locked up while his case moves forward, a judge ruled Thursday. The judge granted the "
    "state's motion to detain Bo Tran pending trial. "
)
TAIL = " Ann Lee, 16, died in the May 18 shooting at the park. A 19-year-old was wounded."


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors told the judge that Tran was also charged Wednesday with an open count of "
        "murder in the April 2 death of Cy Hall, who was shot near a gas station.",
        "Tran was also charged with murder in the April 2 death of Cy Hall.",
    ],
)
def test_also_charged_in_a_further_killing(sentence: str) -> None:
    text = LEAD + sentence + TAIL
    assert link_relations_of(text) == [("Bo Tran", "charged", "Cy Hall")]
    assert ("Cy Hall", "killed") not in outcomes_of(text)
    assert ("Ann Lee", "killed") in outcomes_of(text)


def test_also_charged_in_the_case_dead_named_before() -> None:
    # near miss: the dead the charge names was told first in the case's own words
    text = (
        "Ann Lee, 16, and Cy Hall, 17, died in a shooting at a park on May 18. Bo Tran, 19, "
        "was arrested on a gun charge. Tran was also charged with murder in the death of Lee."
    )
    assert all(relation != "charged" for _, relation, _ in link_relations_of(text))
