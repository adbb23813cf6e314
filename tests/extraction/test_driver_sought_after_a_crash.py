"""The unknown driver police seek after a fatal crash ("looking for the driver of a pickup
after a woman was struck and killed") is a suspect but no killing's: a traffic death is no
homicide until one is charged, as for a named driver; the unknown gunman sought after a
shooting is still tied to it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of


@pytest.mark.parametrize(
    "text",
    [
        "Police are looking for the driver of a dark pickup truck after a 68-year-old woman "
        "was struck and killed in a crosswalk on Saturday. The driver did not stop after the "
        "collision, police said.",
        "Deputies are searching for the driver who fled after a hit-and-run crash killed a "
        "man on Route 9 on Friday night.",
    ],
)
def test_driver_sought_after_a_crash(text: str) -> None:
    assert links_of(text) == []


def test_gunman_sought_after_a_shooting() -> None:
    # near miss: a shooting, no crash
    text = (
        "A man was shot and killed outside a store on Saturday. Police are looking for the "
        "gunman, who fled in a dark pickup truck."
    )
    assert links_of(text) == [(None, None)]
