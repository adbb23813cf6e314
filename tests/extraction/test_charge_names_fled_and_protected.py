"""Offence names a code words with whom it protects or what is fled: "trafficking of persons"
names an offence (a class a code protects, told by a bare plural), while "the kidnapping of
a child" tells an act done to someone; "flight from an officer" and "escape from custody" are
whole names, while "from" before anything else ends the charge; and "indicted NAME on"
reads its charges across a name's suffix and age. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.offences import read_charges
from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "continuous trafficking of persons and theft.",
            ["continuous trafficking of persons", "theft"],
        ),
        ("trafficking of minors.", ["trafficking of minors"]),
        (
            "aggravated flight from an officer and resisting arrest.",
            ["aggravated flight from an officer", "resisting arrest"],
        ),
        ("escape from custody.", ["escape from custody"]),
        ("fleeing from a police officer.", ["fleeing from a police officer"]),
        # near misses: "from" before a place or a cause ends the name
        ("theft from a hardware store.", ["theft"]),
        ("aggravated assault from a dispute.", ["aggravated assault"]),
    ],
)
def test_whom_a_code_protects_and_what_is_fled(phrase: str, expected: list[str]) -> None:
    assert [charge.name for charge in read_charges(phrase)] == expected


def test_an_act_done_to_someone_named_is_still_an_act() -> None:
    # near miss: a person in particular after "of" tells the act, not the offence
    (charge,) = read_charges("the kidnapping of a child.")
    assert charge.act


def test_indicted_across_a_suffix_and_an_age() -> None:
    text = "A grand jury indicted Dale Voss Jr., 29, on second-degree murder in the March shooting."
    assert ("Dale Voss Jr.", "second-degree murder", "filed") in charges_of(text)


def test_indicted_on_a_day_reads_no_charge_from_the_day() -> None:
    text = "A grand jury indicted Dale Voss Jr., 29, on Tuesday in the March shooting."
    assert charges_of(text) == set()
