"""A court that keeps the accused in jail until trial, with the one kept named between the
verb and the jail ("granted prosecutors' motion to keep Rafe Dunmore in jail until trial",
"agreed to keep him in custody pending trial"), holds him without bond, as "will stay behind
bars until his trial" does. A motion only asked for, or denied, holds no one. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

ARREST = "Rafe Dunmore, 38, was arrested Oct. 21. "


@pytest.mark.parametrize(
    "text",
    [
        ARREST + "Last week, District Judge Ana Ruiz granted prosecutors' motion to keep "
        "Dunmore in jail until trial.",
        ARREST + "On Monday a judge agreed to keep him in custody pending trial.",
        ARREST + "Judge Ana Ruiz ruled Friday that the state may keep Rafe Dunmore behind bars "
        "until his trial.",
    ],
)
def test_kept_in_jail_until_trial_is_bond_denied(text: str) -> None:
    assert bonds_of(text) == {("Rafe Dunmore", None, "denied")}


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: only asked for; asked for and denied.
        ARREST + "Prosecutors asked the judge to keep Dunmore in jail until trial.",
        ARREST + "The judge denied a motion to keep him in jail until trial and set bail at "
        "$5,000.",
    ],
)
def test_a_motion_not_granted_holds_no_one(text: str) -> None:
    assert ("Rafe Dunmore", None, "denied") not in bonds_of(text)
