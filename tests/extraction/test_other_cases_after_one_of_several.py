"""A report that counts its case among others of the kind ("The case is one of several
child-abuse prosecutions in the county this year") and then brings someone new to court by a
description and a name ("Last month, a Marlow man, Abe Lund, 41, was sentenced ...") tells that
other case: Abe Lund is no suspect of this one. On sentences written for these tests."""

from __future__ import annotations

from tests.extraction.reading import suspects_of

CASE = "Rolf Dane, 30, was convicted Thursday of unlawful conduct toward a child. "
OTHER = (
    "Last month, a Marlow man, Abe Lund, 41, was sentenced to 12 years in prison after "
    "pleading guilty to homicide by child abuse in the 2022 death of his son."
)


def test_other_cases_after_one_of_several() -> None:
    text = CASE + "The case is one of several child-abuse prosecutions in the county this year. "
    assert {name for name, _ in suspects_of(text + OTHER)} == {"Rolf Dane"}


def test_no_count_before() -> None:
    # near miss: without the count, a co-defendant told the same way stays one
    text = CASE + "The boy's injuries were found in 2022. "
    assert {name for name, _ in suspects_of(text + OTHER)} == {"Rolf Dane", "Abe Lund"}
