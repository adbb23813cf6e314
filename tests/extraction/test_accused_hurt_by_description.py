"""An unnamed one hurt whom the report, by the same noun, goes on to accuse ("The pickup's
driver was taken to a hospital with serious injuries ... troopers smelled alcohol on the
driver") is the accused, hurt in the crash he caused, no victim of it. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

_LEAD = (
    "Two people were killed early Sunday when a pickup driving the wrong way crashed head-on "
    "into their car, the patrol said. "
)


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The pickup's driver, a 41-year-old Dalton man, was taken to a hospital with "
        "serious injuries. Troopers smelled alcohol on the driver and obtained a warrant.",
        _LEAD + "The pickup's driver was taken to a hospital with serious injuries. The driver "
        "will be booked into the county jail once he is released.",
    ],
)
def test_accused_hurt_is_no_victim(text: str) -> None:
    assert all(outcome != "injured" for _, _, outcome in victims_of(text))


# near misses: one hurt told by a noun the accused is not told by, and the one accused by
# another noun
@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "A cyclist was taken to a hospital with serious injuries. Troopers smelled "
        "alcohol on the driver.",
        _LEAD + "A passenger was taken to a hospital with serious injuries. The driver was "
        "arrested at the scene.",
    ],
)
def test_other_hurt_stays_a_victim(text: str) -> None:
    assert any(outcome == "injured" for _, _, outcome in victims_of(text))
