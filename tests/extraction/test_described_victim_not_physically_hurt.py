"""A victim described by relation and age, said unhurt with an adverb: "His wife, 74, was tied
up with phone cables but was not physically hurt" is an unharmed victim of 74. Every sentence
is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of, victims_of

LEAD = (
    "Bo Tran, 19, was charged with robbery. Police said Cy Hall, 76, was taken to a hospital "
    "with a head wound. "
)


def test_his_wife_not_physically_hurt() -> None:
    text = LEAD + "His wife, 74, was tied up with phone cables but was not physically hurt."
    assert (None, 74, "unharmed") in victims_of(text)
    assert (None, "wife", "unharmed") in described_victims_of(text)


def test_his_wife_who_spoke_is_no_victim() -> None:
    # near miss: a relative told only as speaking
    text = LEAD + "His wife, 74, said the family was grateful."
    assert (None, 74, "unharmed") not in victims_of(text)
