"""The verb "faces" may end its line with a colon and leave the charges to the lines that
follow ("In all she faces:", "Here is what Bo Tran now faces:"), as "charged with:" does. A
list of what a sentence could bring is no list of charges. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEDE = "Deputies arrested Mira Kovac, 36, on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "In all she faces:\n\n- aggravated burglary (two counts)\n- stalking\n",
            {("Mira Kovac", "aggravated burglary", "filed"), ("Mira Kovac", "stalking", "filed")},
        ),
        (
            _LEDE + "Kovac now faces:\n- arson, one count\n- insurance fraud, three counts\n",
            {("Mira Kovac", "arson", "filed"), ("Mira Kovac", "insurance fraud", "filed")},
        ),
        (
            _LEDE + "Together, the two women face:\n\n- conspiracy to commit theft\n",
            {("Mira Kovac", "conspiracy to commit theft", "filed")},
        ),
        # near miss: what a conviction could bring, set out after the verb
        (_LEDE + "If convicted, she faces:\n\n- a fine\n- time in jail\n", set()),
    ],
)
def test_charges_set_out_after_faces_and_a_colon(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected
