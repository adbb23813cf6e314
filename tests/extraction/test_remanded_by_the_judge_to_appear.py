"""A judge who remands the accused to appear again, the one remanded named between ("Judge Orla
Vance remanded him in custody to appear again on Friday, March 22", "remanded Rourke in custody
to appear on March 22"), sets his next appearance, as "was remanded in custody to appear again
on March 22" does. A remand that names no next appearance sets none. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

CHARGED = "Seamus Rourke (52) was charged with murder. "


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "Judge Orla Vance remanded him in custody to appear again on Friday, March 22.",
        CHARGED + "Judge Orla Vance remanded Rourke in custody to appear again on March 22.",
        CHARGED + "She remanded him in custody to appear again by video link on March 22.",
    ],
)
def test_remanded_by_the_judge_to_appear(text: str) -> None:
    assert court_of(text) == {("Seamus Rourke", "appearance", "2024-03-22")}


def test_a_remand_with_no_next_appearance_sets_none() -> None:
    text = CHARGED + "The judge remanded him in custody until his trial."
    assert court_of(text) == set()
