"""A charge told with the person it was against named after "involving" ("malicious wounding
involving Ann Lee") is named without her: the name tells whom, not the offence. A class a
code names ("involving a deadly weapon"), a thing named with a capital ("involving
Medicaid") and a list set in title case ("Sexual Assault Involving A Minor") keep their
words. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Jurors found Rudd Kessing, 36, guilty of one count of aggravated assault "
            "involving Nell Farrow, who lived next door.",
            {("Rudd Kessing", "aggravated assault", "convicted")},
        ),
        (
            "Rudd Kessing, 36, was charged with malicious wounding involving Nell Farrow.",
            {("Rudd Kessing", "malicious wounding", "filed")},
        ),
        (
            "Rudd Kessing, 36, faces a count of battery involving Nell Farrow-Quist and a "
            "count of theft.",
            {("Rudd Kessing", "battery", "filed"), ("Rudd Kessing", "theft", "filed")},
        ),
        # Near misses: what the code names, in lower case or in a title-case list.
        (
            "Rudd Kessing, 36, was charged with aggravated assault involving a deadly weapon.",
            {("Rudd Kessing", "aggravated assault involving a deadly weapon", "filed")},
        ),
        (
            "Rudd Kessing, 36, was charged with fraud involving Medicaid.",
            {("Rudd Kessing", "fraud involving medicaid", "filed")},
        ),
        (
            "Rudd Kessing, 36, was charged with Sexual Assault Involving A Minor.",
            {("Rudd Kessing", "sexual assault involving a minor", "filed")},
        ),
    ],
)
def test_offence_involving_a_named_person(text: str, charges: set) -> None:
    assert charges_of(text) == charges
