"""A charge in a further killing told with the court or county it is brought in between the
charge and the killing ("still faces a murder charge in Benton County in the 1996 death of
Ann Lee") ties the suspect to that killing, as "faces a murder charge in the 1996 death of"
does. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of

LEAD = (
    "Bo Tran, 58, pleaded guilty Tuesday to first-degree murder in the 2001 killing of Cy "
    "Hall and was sentenced to life in prison. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tran still faces a first-degree murder charge in Benton County in the 1996 death of "
        "23-year-old Ann Lee in Rogers.",
        "Tran is also charged with murder in Orleans Parish in the 1996 killing of Ann Lee.",
        "Tran faces a murder charge in Benton County Circuit Court in the 1996 death of Ann Lee.",
    ],
)
def test_charge_told_with_its_county(sentence: str) -> None:
    assert ("Bo Tran", "charged", "Ann Lee") in link_relations_of(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no charge in the further killing
        "Tran lived in Benton County in 1996, when Ann Lee was killed.",
        "Police in Benton County have not charged anyone in the 1996 death of Ann Lee.",
    ],
)
def test_no_charge_in_the_further_killing(sentence: str) -> None:
    assert ("Bo Tran", "charged", "Ann Lee") not in link_relations_of(LEAD + sentence)
