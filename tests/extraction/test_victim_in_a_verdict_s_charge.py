"""One named in the name of a charge a verdict rules on ("not guilty of predatory criminal
sexual assault of a child") is no victim of her own: the charge's words, not a harm told
(extraction/victim_wording.py)."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_the_object_of_an_acquitted_charge_s_name_is_no_victim() -> None:
    text = (
        "A jury convicted Nate Greer, 38, of abusing a 14-year-old girl. Jurors found him not "
        "guilty of predatory criminal sexual assault of a child."
    )
    assert victims_of(text) == [(None, 14, "injured")]


def test_near_miss_a_harm_told_of_a_child_is_a_victim() -> None:
    text = "Nate Greer, 38, was charged with battery after he assaulted a child at a park."
    assert victims_of(text) == [(None, None, "injured")]
