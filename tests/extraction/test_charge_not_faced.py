"""A charge said not to be faced ("he is not facing a murder charge", "you are not facing a
charge of murder", "does not face a charge of arson") is none of the case, as "was not charged
with" is; one faced is. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

CHARGED = "Bo Tran, 30, was charged with assault. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is not facing a murder charge.", {("Bo Tran", "assault", "filed")}),
        (
            'The judge said: "It is only good fortune that you are not facing a charge of murder."',
            {("Bo Tran", "assault", "filed")},
        ),
        ("He does not face a charge of arson.", {("Bo Tran", "assault", "filed")}),
        # near misses: a charge faced
        (
            "He is also facing a charge of arson.",
            {("Bo Tran", "assault", "filed"), ("Bo Tran", "arson", "filed")},
        ),
        (
            "He now faces a murder charge.",
            {("Bo Tran", "assault", "filed"), ("Bo Tran", "murder", "filed")},
        ),
    ],
)
def test_a_charge_not_faced(text: str, expected: set) -> None:
    assert charges_of(CHARGED + text) == expected
