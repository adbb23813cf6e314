""" "The convictions of Dale Voss" are a case's, told by its defendant, not a record: what the
clause goes on to tell ("who is serving a 35-year sentence for the 2022 shooting death of Abe
Lund") is this case's. A record's convictions ("has convictions for burglary") stay an
earlier matter. On sentences written for these tests."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_convictions_of_a_named_defendant() -> None:
    text = (
        "The appeals court on Tuesday affirmed the second-degree murder and armed criminal "
        "action convictions of Dale Voss, who is serving a 35-year sentence for the 2022 "
        "shooting death of Abe Lund in Marlow."
    )
    assert victims_of(text) == [("Abe Lund", None, "killed")]


def test_a_records_convictions() -> None:
    # near miss: a record's convictions, with harm told in the same clause
    text = (
        "Dale Voss, 30, is charged with robbery. He has convictions for the 2015 stabbing "
        "death of Abe Lund."
    )
    assert victims_of(text) == []
