"""A lede that describes its one accused without a name, after a dateline, is about the suspect
the report names next ("MARLOW, Ohio (AP) — A man convicted of beating a neighbor to death was
sentenced ... the maximum for second-degree murder. Bo Tran, 35, also received ..."): the
charge is Tran's (extraction/charge_people_next.py), and a degree's "second" tells no second
suspect (extraction/suspects.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, suspects_of

_NEXT = " Bo Tran, 35, also received a one-year term for criminal possession of a weapon."


@pytest.mark.parametrize(
    "dateline", ["MARLOW, Ohio (AP) — ", "MARLOW — ", ""], ids=["wire", "local", "none"]
)
def test_a_described_lede_is_the_one_named_next(dateline: str) -> None:
    text = (
        dateline + "A man convicted of beating a neighbor to death was sentenced Thursday to 25 "
        "years to life in prison, the maximum for second-degree murder in the state." + _NEXT
    )
    assert charges_of(text) == {
        ("Bo Tran", "second-degree murder", "convicted"),
        ("Bo Tran", "criminal possession of a weapon", "convicted"),
    }
    assert suspects_of(text) == {("Bo Tran", 35): 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: a lede that tells of a second accused, and one whose subject is another.
        (
            "MARLOW — A man and a second suspect were charged Thursday with robbery. Bo Tran, "
            "35, was held on $5,000 bond.",
            {("Bo Tran", 35): 1, (None, None): 1},
        ),
        (
            "MARLOW — A woman whose son was killed in 2019 spoke at the hearing. Bo Tran, 35, "
            "was convicted of second-degree murder.",
            {("Bo Tran", 35): 1},
        ),
    ],
)
def test_a_lede_of_others(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
