"""A vehicle told by where it was headed or how it moved ("a northbound Dodge Ram struck the
cyclist", "an eastbound Chevrolet Tahoe", "a speeding Dodge Charger") is a thing, not a
person, as "a silver Honda Civic" is: no one is "a northbound" Ann Lee. The driver the report
names is the suspect. A name after a bare "the driver," stays a name. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

DRIVER = (
    " The driver, Navi Sandhu, 27, was arrested at the scene and charged with impaired driving."
)


@pytest.mark.parametrize(
    "text",
    [
        "Police said a northbound Dodge Ram struck the cyclist at about 2:40 a.m." + DRIVER,
        "Police said an eastbound Chevrolet Tahoe crossed the centre line." + DRIVER,
        "Witnesses said a speeding Dodge Charger ran the red light." + DRIVER,
    ],
)
def test_a_vehicle_told_by_its_heading_is_no_one(text: str) -> None:
    assert set(suspects_of(text)) == {("Navi Sandhu", 27)}


def test_a_driver_named_after_a_heading_stays_a_suspect() -> None:
    # Near miss: the heading told of the driver's road, the name after "the driver".
    text = "A crash on the northbound lanes killed a cyclist. The driver, Dodge Rameau, 30, was charged."
    assert set(suspects_of(text)) == {("Dodge Rameau", 30)}
