"""Someone "picked up" and told what he was accused of is arrested ("was picked up Tuesday,
suspected of robbery"), and one who "had been picked up" is arrested in an earlier matter, as
one who "had been arrested" is ("had been picked up that January, accused of assault"); one
picked up from somewhere by someone is not. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of

CHARGED = "Elvin Marchetti, 38, is charged with murder in Monday's shooting. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "Marchetti had been picked up that January, accused of assaulting his "
            "stepfather.",
            {("Elvin Marchetti", None, True)},
        ),
        (
            CHARGED + "Marchetti was picked up Tuesday, suspected of robbing a pharmacy.",
            {("Elvin Marchetti", "2024-03-12", False)},
        ),
        (
            CHARGED + "Marchetti was picked up on Tuesday, charged with the killing.",
            {("Elvin Marchetti", "2024-03-12", False)},
        ),
        # near miss: picked up from somewhere by someone
        (CHARGED + "Marchetti was picked up from work by his sister on Sunday.", set()),
    ],
)
def test_picked_up_and_accused_is_an_arrest(text: str, expected: set) -> None:
    assert arrests_of(text) == expected
