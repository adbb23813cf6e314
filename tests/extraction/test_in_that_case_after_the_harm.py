""" "In that case" right after a sentence telling the case's harm ("A 17-year-old and a
19-year-old were wounded. In that case Bo Tran faces murder and two aggravated battery counts")
refers back to the case, so its charges are the case's; after a sentence about an earlier
matter it is that matter's. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import charges_of

LEAD = "Bo Tran, 17, was arrested Monday. Ann Lee, 16, died in the May 18 shooting at a park. "


def test_in_that_case_after_the_case_harm() -> None:
    text = (
        LEAD + "A 17-year-old and a 19-year-old were wounded. In that case Tran faces murder and "
        "two aggravated battery counts."
    )
    assert ("Bo Tran", "aggravated battery", "filed") in charges_of(text)


def test_in_that_case_after_an_earlier_matter() -> None:
    # near miss: the sentence before tells an earlier case
    text = (
        LEAD + "Tran waived a hearing in a 2022 burglary case in April. In that case he faces "
        "charges of burglary and theft."
    )
    assert ("Bo Tran", "theft", "filed") not in charges_of(text)
