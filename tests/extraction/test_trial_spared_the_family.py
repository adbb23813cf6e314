"""A defendant's trial is told by a possessive name ("Bo Tran's trial"), but one whose kin
stand between the name and the trial ("spared Ann Lee's family a trial") is the one harmed,
and a name told in a clause of its own after a charge's outcome ("..., which spared Ann Lee's
family a trial") is not whom the outcome is about. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, suspects_of

LEAD = (
    "More than 20 years after Ann Lee disappeared on her walk home, the man who killed her "
    "admitted it in court. Bo Tran, 58, pleaded guilty Tuesday to first-degree murder. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors dropped the kidnapping and rape charges in exchange for the plea, which "
        "spared Lee's family a trial.",
        "Prosecutors dropped the kidnapping and rape charges in exchange for the plea, the "
        "district attorney said, which spared Lee's relatives a trial.",
        "Prosecutors dropped the kidnapping and rape charges, which spared Lee's parents a "
        "lengthy trial.",
    ],
)
def test_kin_spared_a_trial(sentence: str) -> None:
    text = LEAD + sentence + " Lee, a 19-year-old student, was strangled in 2001."
    assert [name for name, _ in suspects_of(text)] == ["Bo Tran"]
    assert ("Bo Tran", "kidnapping", "dropped") in charges_of(text)
    assert ("Bo Tran", "rape", "dropped") in charges_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the defendant's own trial, told by his possessive name
        "Cy Hall's trial on a kidnapping charge is set for June.",
        "Cy Hall's murder trial is set for June.",
    ],
)
def test_own_trial_tells_a_defendant(sentence: str) -> None:
    assert any(name == "Cy Hall" for name, _ in suspects_of(LEAD + sentence))
