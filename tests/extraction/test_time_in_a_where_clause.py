"""A relative clause opened by ", where" is a clause of its own: a time told in it dates the
event told in it, not the verb of the main clause ("indicted two people over the fire at a
bar in Marlow, where police shot a man in May 2022" dates the shooting, not the
indictment), so a later yearless day of the case does not make the indictment an earlier
matter. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

LATER = (
    " Ann Lee, 31, and Bo Tran, 35, are accused of setting the blaze."
    " The shooting set off weeks of protests, among them a march Ms Lee led on 2 June."
)


@pytest.mark.parametrize(
    "lede",
    [
        "A grand jury on Monday indicted two people on arson charges over the fire that gutted"
        " a bar in Marlow, where police shot dead a customer in May 2022.",
        "A grand jury on Monday indicted two people on arson charges over the fire at a bar in"
        " Marlow, where a guard was stabbed in May 2022.",
        "A grand jury on Monday indicted two people on arson charges over a fire in Marlow,"
        " where two men were killed in a shooting in May 2022.",
    ],
)
def test_time_in_a_where_clause_dates_its_own_event(lede: str) -> None:
    events = court_of(lede + LATER)
    assert ("Ann Lee", "indictment", "2024-03-11") in events
    assert ("Bo Tran", "indictment", "2024-03-11") in events


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the time is told in the main clause, of its legal event
        "Ann Lee, 31, was convicted of arson in May 2019 in Marlow, where she lived. Police"
        " say Lee shot a man on 2 June. She was charged with murder on Monday.",
        "Ann Lee, 31, was sentenced in 2018 for an arson in Marlow, where she grew up. Police"
        " say Lee shot a man on 2 June. She was charged with murder on Monday.",
    ],
)
def test_main_clause_time_still_dates_an_earlier_matter(text: str) -> None:
    kinds = {kind for _, kind, _ in court_of(text)}
    assert "sentencing" not in kinds and "trial" not in kinds
