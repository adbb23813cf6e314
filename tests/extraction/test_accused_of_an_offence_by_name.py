"""An allegation told by the offence's own name is a charge: "is accused of unlawful
possession of a firearm by a felon", "are accused of first-degree burglary"; one told by a deed
("is accused of stabbing her cousin") or by an article ("was accused of a string of thefts"; but "accused of the murders of two
women" is murder)
names no charge, and one told in a relative's clause of its own ("a trial in which his cousin
was accused of arson") is the relative's. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

ARREST = "Deputies arrested Orrin Telfair, 44, on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARREST + "Telfair is accused of unlawful possession of a firearm by a felon.",
            {("Orrin Telfair", "unlawful possession of a firearm by a felon", "filed")},
        ),
        (
            "Sabine Marlowe, 23, and Jory Pettit, 27, are accused of first-degree burglary.",
            {
                ("Sabine Marlowe", "first-degree burglary", "filed"),
                ("Jory Pettit", "first-degree burglary", "filed"),
            },
        ),
        (
            ARREST + "Telfair was also accused of felony theft, court records show.",
            {("Orrin Telfair", "felony theft", "filed")},
        ),
        (
            ARREST + "Telfair is now accused of the murders of two Harlow residents: Una Breck, "
            "killed in 2011, and Cato Prynne, killed last year.",
            {("Orrin Telfair", "murder", "filed")},
        ),
        (
            ARREST + "Telfair is accused of the murder of his landlord.",
            {("Orrin Telfair", "murder", "filed")},
        ),
        # near misses: a relative's own clause, a deed, or something told with an article
        (
            ARREST + "Telfair testified at a trial in which his cousin was accused of arson.",
            {(None, "arson", "filed")},
        ),
        (ARREST + "Telfair is accused of stabbing his cousin outside a bar.", set()),
        (ARREST + "Telfair was accused of a string of thefts from parked cars.", set()),
    ],
)
def test_an_allegation_told_by_the_offence_name_is_a_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
