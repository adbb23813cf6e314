"""A plea whose charges are set after its kind and a comma ("also pleaded guilty, but to
manslaughter and arson", "pleaded no contest, but only to theft") convicts on those charges, as
"pleaded guilty to" does; "but not to" convicts on none. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _charges(text: str) -> set[tuple[str, str, str]]:
    return {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Nell Ashby, 30, also pleaded guilty, but to manslaughter and arson, attorneys said.",
            {"manslaughter", "arson"},
        ),
        (
            "Nell Ashby, 30, pleaded guilty, but only to manslaughter, attorneys said.",
            {"manslaughter"},
        ),
        ("Roy Dunn, 41, pleaded no contest, but to theft, on Monday.", {"theft"}),
    ],
)
def test_plea_with_its_charges_after_but_convicts(text: str, charges: set[str]) -> None:
    found = _charges(text)
    assert {c for _, c, _ in found} == charges
    assert {s for _, _, s in found} == {"convicted"}


def test_plea_but_not_to_convicts_on_none() -> None:
    # near miss: the charge named is the one not pleaded to
    assert _charges("Nell Ashby, 30, pleaded guilty, but not to manslaughter.") == set()
