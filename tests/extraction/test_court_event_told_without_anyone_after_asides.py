"""A court event told without naming anyone ("Arraignment is set for May 3.") is of all the
defendants of the court events told last, even where sentences of custody, bail or what each
faces come between; not just of the one named last. After an event of one defendant it stays
that one's. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _arraigned(text: str) -> list[str]:
    return sorted(
        f["person"] for f in facts_of("CourtEventReported", text) if f["kind"] == "arraignment"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A grand jury on Monday indicted Harlan Vossberg, 33, and Tessa Quayle, 29, on murder "
        "charges. Both have been jailed since their arrests in June. Vossberg is held on $2 "
        "million bail. He could face life in prison if convicted. Quayle remains held on $750,000 "
        "bail. Arraignment on the indictment is scheduled for May 3.",
        "Harlan Vossberg and Tessa Quayle were indicted Monday in the death of a toddler. Each is "
        "charged with one count of murder. Vossberg is also charged with child abuse. Quayle is "
        "held on $500,000 bail. An arraignment is set for May 3.",
    ],
)
def test_event_of_no_one_after_asides_is_of_all(text: str) -> None:
    assert _arraigned(text) == ["Harlan Vossberg", "Tessa Quayle"]


def test_event_of_no_one_after_one_defendants_event() -> None:
    # near miss: the event told last is of one defendant only
    text = (
        "Harlan Vossberg and Tessa Quayle were charged with murder in June. Vossberg was "
        "indicted Monday. He is held on $2 million bail. Vossberg could face life in prison. "
        "Arraignment on the indictment is scheduled for May 3."
    )
    assert _arraigned(text) == ["Harlan Vossberg"]


def test_event_of_no_one_long_after_the_last_events() -> None:
    # near miss: the events told last are more than five sentences back
    text = (
        "Harlan Vossberg and Tessa Quayle were arraigned Monday on murder charges. Vossberg "
        "is also charged with arson. The fire was set before dawn. It spread to two houses. "
        "Crews fought it for hours. Prosecutors asked that Vossberg be held. "
        "Arraignment on the arson count is scheduled for May 3."
    )
    set_later = [
        f["person"]
        for f in facts_of("CourtEventReported", text)
        if f["kind"] == "arraignment" and f["date"] and f["date"].endswith("-05-03")
    ]
    assert set_later == ["Harlan Vossberg"]
