"""A verdict a jury was offered is none it returned: "had the option of convicting him of
manslaughter but rejected that" and "were allowed to consider convicting him of" convict of
nothing, while "deliberated before convicting him of" does. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

ACQUITTED = "A jury on Friday found Bo Tran not guilty of murder. "


@pytest.mark.parametrize(
    "text",
    [
        ACQUITTED + "Jurors had the option of convicting Tran, 27, of the lesser offense of "
        "manslaughter but rejected that as well.",
        ACQUITTED + "Jurors were allowed to consider convicting Tran of manslaughter.",
        ACQUITTED + "The panel had the choice of convicting Tran of manslaughter.",
    ],
)
def test_an_offered_verdict_convicts_of_nothing(text: str) -> None:
    assert charges_of(text) == {("Bo Tran", "murder", "acquitted")}


def test_a_returned_verdict_told_by_the_gerund_convicts() -> None:
    text = "Bo Tran, 27, was tried for assault. Jurors deliberated two hours before convicting Tran of assault."
    assert ("Bo Tran", "assault", "convicted") in charges_of(text)
