"""An act done to someone's dead body ("leaving her body in a field", "hiding their remains")
tells the deed, as an act done to a person does, not an offence's name; an offence named on a
body no one owns ("concealing a dead body", "abuse of a corpse") is still a charge. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 30, pleaded guilty to killing his wife and leaving her body in a field.",
        "Bo Tran, 30, was convicted of concealing their bodies in a freezer.",
        "Bo Tran, 30, pleaded guilty Monday to hiding her remains in a shed.",
        "Bo Tran, 30, pleaded guilty to strangling a neighbour and burning his body.",
    ],
)
def test_act_on_a_body_is_no_charge(text: str) -> None:
    assert not {c for _, c, _ in charges_of(text) if "bod" in c or "remains" in c or "corpse" in c}


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # near misses: a body told by no one's possessive is part of the offence's name
        ("Bo Tran, 30, is charged with concealing a dead body.", "concealing a dead body"),
        ("Bo Tran, 30, is charged with abuse of a corpse.", "abuse of a corpse"),
        (
            "Bo Tran, 30, is charged with tampering with a deceased human body.",
            "tampering with a deceased human body",
        ),
    ],
)
def test_offence_named_on_a_body_is_a_charge(text: str, charge: str) -> None:
    assert ("Bo Tran", charge, "filed") in charges_of(text)
