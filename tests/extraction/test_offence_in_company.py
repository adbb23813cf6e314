""" "In company", as Australian and British codes name an offence done by more than one
("robbery in company", "aggravated break and enter - in company with wounding"), is part of
the offence's name, also after a dash set apart by spaces; "in" before a place still ends it.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 23-year-old man was arrested. He was charged with aggravated break and enter "
            "with intent to commit serious indictable offence - in company with wounding, and "
            "robbery while armed with dangerous weapon.",
            {
                # (the plain form's dash: see extraction/layout.py)
                "aggravated break and enter with intent to commit serious indictable offence — "
                "in company with wounding",
                "robbery while armed with dangerous weapon",
            },
        ),
        (
            "A 23-year-old man was arrested. He was charged with aggravated break and enter in "
            "company with wounding.",
            {"aggravated break and enter in company with wounding"},
        ),
        (
            "Police charged a man with assault in company and affray.",
            {"assault in company", "affray"},
        ),
        # near misses: a place after "in", a dash before the next clause
        ("Police charged a man with robbery in Glen Orrin on Sunday.", {"robbery"}),
        ("He was charged with robbery - and later released on bail.", {"robbery"}),
    ],
)
def test_in_company_is_part_of_the_offence(text: str, expected: set[str]) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected
