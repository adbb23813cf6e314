"""An ordinal before "attempt" ("convicted on the second attempt") counts tries at trial, not an
offence: no charge. An attempt named as one ("criminal attempt", "attempted murder") still is.
On sentences written for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_second_attempt_is_a_try() -> None:
    text = (
        "Dale Voss, 30, was charged with murder. Prosecutors retried him after a hung jury, "
        "and he was convicted on the second attempt."
    )
    assert ("Dale Voss", "second attempt", "convicted") not in charges_of(text)


def test_an_attempt_named_as_a_charge() -> None:
    # near miss: an attempt the code names
    text = "Dale Voss, 30, was charged with criminal attempt and attempted murder."
    assert charges_of(text) == {
        ("Dale Voss", "criminal attempt", "filed"),
        ("Dale Voss", "attempted murder", "filed"),
    }
