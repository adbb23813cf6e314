"""A description told as harmed by the wounds it was found with, past where it was found
("They found two men in the front seats of a white car with gunshot wounds"), is the one a later
"identified the two men as Ann Lee and Bo Tran" names; a place with no wounds after tells no
harm. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import outcomes_of

LEAD = "Police were called to a parking lot at 9:45 p.m. after reports of gunshots. "
TAIL = (
    " Both died at the scene. Police are looking for the gunman. On Monday, investigators "
    "identified the two men as Ann Lee, 27, and Bo Tran, 29."
)


def test_found_with_wounds_past_a_place() -> None:
    text = (
        LEAD + "They found two men in the front seats of a white sedan with gunshot wounds." + TAIL
    )
    found = outcomes_of(text)
    assert ("Ann Lee", "killed") in found
    assert ("Bo Tran", "killed") in found


def test_found_in_a_place_unharmed() -> None:
    # near miss: found somewhere, no wounds told
    text = (
        "Police were called to a parking lot after a noise complaint. They found two men in the "
        "front seats of a white sedan. On Monday, police identified the two men as Ann Lee, 27, "
        "and Bo Tran, 29."
    )
    assert all(name not in ("Ann Lee", "Bo Tran") for name, _ in outcomes_of(text))
