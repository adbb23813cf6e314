"""Driving offences as Canada's Criminal Code names them, by the operation of a vehicle
("impaired operation of a motor vehicle causing death", "operation of a motor vehicle with
over 80 mg of alcohol in blood"): each is a charge of its own, and a lede's "impaired driving
charges" is their summary. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ray Dunmore, 37, of Orillia, was charged with impaired operation of a motor vehicle "
            "causing bodily harm and dangerous operation of a motor vehicle.",
            {
                (
                    "Ray Dunmore",
                    "impaired operation of a motor vehicle causing bodily harm",
                    "filed",
                ),
                ("Ray Dunmore", "dangerous operation of a motor vehicle", "filed"),
            },
        ),
        (
            "Ray Dunmore, 37, faces a charge of operation of a conveyance with over 80 mg of "
            "alcohol in blood.",
            {
                (
                    "Ray Dunmore",
                    "operation of a conveyance with over 80 mg of alcohol in blood",
                    "filed",
                )
            },
        ),
        # the lede's summary gives way to the charges named in full
        (
            "An Orillia man faces impaired driving charges after a crash on Tuesday.\n\n"
            "Ray Dunmore, 37, was arrested. He is charged with impaired operation of a motor "
            "vehicle causing death.",
            {("Ray Dunmore", "impaired operation of a motor vehicle causing death", "filed")},
        ),
        (
            "Ray Dunmore, 37, pleaded guilty to impaired operation of a motor vehicle causing "
            "death. The Crown withdrew the charge of dangerous operation causing death.",
            {
                ("Ray Dunmore", "impaired operation of a motor vehicle causing death", "convicted"),
                ("Ray Dunmore", "dangerous operation causing death", "dropped"),
            },
        ),
        # near misses: an operation of the police or a squad is no offence
        (
            "Ray Dunmore, 37, was charged with theft after an operation of the drug squad.",
            {("Ray Dunmore", "theft", "filed")},
        ),
        ("Ray Dunmore, 37, was arrested during a police operation of several weeks.", set()),
    ],
)
def test_driving_offences_by_operation(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize("level", [".15", "0.15"])
def test_an_alcohol_level_in_a_charge_name(level: str) -> None:
    text = (
        f"Ray Dunmore was charged with operating a vehicle with a BAC of {level} or more causing "
        "death and two counts of operating while intoxicated causing serious bodily injury."
    )
    assert charges_of(text) == {
        (
            "Ray Dunmore",
            f"operating a vehicle with a bac of {level} or more causing death",
            "filed",
        ),
        ("Ray Dunmore", "operating while intoxicated causing serious bodily injury", "filed"),
    }
