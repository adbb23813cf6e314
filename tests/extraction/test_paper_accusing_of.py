"""A charging paper told with the participle of its verb ("an indictment accusing Bo Tran of
arson", "a complaint filed Friday accusing him of fraud") charges as "accuses" does. A person
said to be accused, with no paper, is not read so. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEDE = "Tomas Reyna, 41, is charged in the Feb. 2 stabbing death of Ivo Brandt, 58. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "A grand jury returned a two-count indictment accusing Reyna of "
            "second-degree murder.",
            {("Tomas Reyna", "second-degree murder", "filed")},
        ),
        (
            _LEDE + "Prosecutors filed a complaint Friday accusing Reyna of aggravated robbery.",
            {("Tomas Reyna", "aggravated robbery", "filed")},
        ),
        (
            _LEDE + "Detectives swore out an affidavit accusing him of tampering with evidence.",
            {("Tomas Reyna", "tampering with evidence", "filed")},
        ),
        # near miss: a witness, no charging paper, does the accusing
        (_LEDE + "A neighbor accusing Reyna of theft spoke to reporters.", set()),
    ],
)
def test_a_paper_accusing_someone_charges_him(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected
