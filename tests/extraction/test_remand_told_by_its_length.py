"""A remand as Indian courts give it, told by its length ("were sent to 14 days' judicial
custody", "sent to seven-day police custody"): those sent are suspects of the case, as those
"sent to judicial custody" are. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

LEDE = "Police arrested a third man in the murder of shopkeeper Ramesh Jadhav.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The two other accused, Anil Patole (28) and Mahesh Kadam (31), were sent to 14 days' "
        "judicial custody on Monday.",
        "The two other accused, Anil Patole (28) and Mahesh Kadam (31), were sent to seven-day "
        "police custody on Monday.",
    ],
)
def test_those_remanded_for_days_are_suspects(sentence: str) -> None:
    named = {name for name, _ in suspects_of(LEDE + sentence)}
    assert {"Anil Patole", "Mahesh Kadam"} <= named


def test_days_sent_elsewhere_make_no_suspect() -> None:
    # near miss: days spent somewhere that is no custody
    text = LEDE + "His cousin, Rohan Desai (30), was sent to 14 days' training in Satara."
    assert "Rohan Desai" not in {name for name, _ in suspects_of(text)}
