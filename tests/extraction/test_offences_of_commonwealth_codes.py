"""Offences as Commonwealth codes name them: a capacity in the name ("criminal breach of trust
as an employee", "as a public servant", as Singapore's and India's codes name it) and the
offences of British terrorism law ("preparing acts of terrorism", "collecting information
useful to a terrorist"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tan Mei Ling, 46, faces 28 counts of criminal breach of trust as an employee and "
            "four counts of forgery for the purpose of cheating.",
            {
                ("Tan Mei Ling", "criminal breach of trust as an employee", "filed"),
                ("Tan Mei Ling", "forgery for the purpose of cheating", "filed"),
            },
        ),
        (
            "Tan Mei Ling, 46, was charged with criminal breach of trust as a public servant.",
            {("Tan Mei Ling", "criminal breach of trust as a public servant", "filed")},
        ),
        (
            "Bo Tran, 23, is charged with one count of preparing acts of terrorism, contrary to "
            "Section 5 of the Terrorism Act 2006, and two counts of collecting information "
            "useful to a terrorist, contrary to Section 58 of the Terrorism Act 2000.",
            {
                ("Bo Tran", "preparing acts of terrorism", "filed"),
                ("Bo Tran", "collecting information useful to a terrorist", "filed"),
            },
        ),
        # as Canada's Criminal Code names them: "disguise with intent", "fail to comply"
        (
            "Bo Tran, 23, is charged with robbery, forcible confinement and disguise with intent.",
            {
                ("Bo Tran", "robbery", "filed"),
                ("Bo Tran", "forcible confinement", "filed"),
                ("Bo Tran", "disguise with intent", "filed"),
            },
        ),
        (
            "Bo Tran, 23, is also charged with Fail to Comply with Release Order.",
            {("Bo Tran", "fail to comply with release order", "filed")},
        ),
        # near misses: a capacity that is no part of the name, a gerund with no charge
        ("Bo Tran, 17, was charged with theft as a juvenile.", {("Bo Tran", "theft", "filed")}),
        ("Bo Tran, 23, was arrested after collecting a parcel at the depot.", set()),
        # (a disguise worn is no charge, nor a failure told as what happened)
        ("Bo Tran, 23, was arrested Monday in a disguise with a fake beard.", set()),
    ],
)
def test_offences_of_commonwealth_codes(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the degree spelled out in the story outranks the headline's figure, either way round
        (
            "Man charged with 1st-degree murder in banquet hall shooting\n\n"
            "Bo Tran, 22, has been charged with first-degree murder in the shooting.",
            {("Bo Tran", "first-degree murder", "filed")},
        ),
        (
            "Man charged with first-degree murder in banquet hall shooting\n\n"
            "Bo Tran, 22, has been charged with 1st-degree murder in the shooting.",
            {("Bo Tran", "first-degree murder", "filed")},
        ),
        # near miss: a figure alone is kept as written
        (
            "Bo Tran, 22, has been charged with 2nd-degree murder.",
            {("Bo Tran", "2nd-degree murder", "filed")},
        ),
    ],
)
def test_a_degree_spelled_out_outranks_its_figure(text: str, expected: set) -> None:
    assert charges_of(text) == expected
