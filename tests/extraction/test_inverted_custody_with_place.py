"""A sentence that opens on the custody and names those taken after "were" ("Arrested at the
scene were Bo Tran, 31, of Marlow, and Ann Lee, 27") says it of every name in its list, with
where or when told between the custody and the verb. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, suspects_of


@pytest.mark.parametrize(
    "text",
    [
        "Arrested at the scene were Bo Tran, 31, of Marlow, and Ann Lee, 27, who lives at the "
        "Elm Road address.",
        "Arrested after the raid were Bo Tran, 31, and Ann Lee, 27.",
        "Charged following the search were Bo Tran, 31, of Marlow, and Ann Lee, 27, of Elmdale.",
    ],
)  # fmt: skip
def test_each_of_the_list_is_taken(text: str) -> None:
    assert {name for name, _ in suspects_of(text)} == {"Bo Tran", "Ann Lee"}


def test_each_is_arrested() -> None:
    text = "Arrested at the scene were Bo Tran, 31, of Marlow, and Ann Lee, 27, of Elmdale."
    assert arrested_in(text) == ["Ann Lee", "Bo Tran"]


@pytest.mark.parametrize(
    "text",
    [
        # Harm, not custody, told the same way.
        "Injured at the scene were Bo Tran, 31, and Ann Lee, 27.",
        "Present at the scene were Bo Tran, 31, and Ann Lee, 27.",
    ],
)  # fmt: skip
def test_no_custody_no_suspect(text: str) -> None:
    assert not suspects_of(text)
