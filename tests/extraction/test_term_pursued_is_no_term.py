"""A punishment prosecutors pursue, or say they will not ("won't pursue a death sentence",
"is pursuing a life sentence"), is a prospect, as one they seek is, not a term imposed
(extraction/punishments.py); a term imposed in a sentence that says prosecutors pursued the
case is still imposed."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors have said they won't pursue a death sentence, even though a jury found "
            "Bo Tran, 40, guilty of murder.",
            set(),
        ),
        (
            "The state is pursuing a life sentence for Bo Tran, 40, who was convicted of murder "
            "last week.",
            set(),
        ),
        (
            "Bo Tran, 40, was convicted of arson. Prosecutors pursued a 20-year prison term.",
            set(),
        ),
        # Near misses: a term imposed.
        (
            "Bo Tran, 40, convicted of murder, was sentenced to death on Friday.",
            {("Bo Tran", "death", None)},
        ),
        (
            "Bo Tran, 40, was sentenced to life in prison after prosecutors pursued the case "
            "for years.",
            {("Bo Tran", "life", None)},
        ),
    ],
)
def test_a_term_pursued_is_no_term(text: str, expected: set) -> None:
    assert terms_of(text) == expected
