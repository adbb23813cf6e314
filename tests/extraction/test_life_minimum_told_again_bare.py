"""A life term with a minimum ("25 years to life") told again later by its minimum alone, with
no word of where it is served ("he will spend the next 25 years behind bars"), is that same
term, not a second prison term; a bare term of other years stays its own. On sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _terms(text: str) -> list[tuple[str, str, int | None]]:
    return sorted((f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text))


@pytest.mark.parametrize(
    "text",
    [
        "Judge Nora Pell sentenced Wade Ostrander, 52, to 31 years to life in prison on Friday. "
        "Outside court, his former neighbor said Ostrander will spend the next 31 years behind "
        "bars.",
        "Wade Ostrander, 52, was sentenced Friday to a minimum of 31 years and a maximum of life "
        'in prison. "You will spend the next 31 years in a cell," the victim\'s sister told him.',
        "Wade Ostrander, 52, received a sentence of life with a minimum of 31 years on Friday. "
        "He will serve 31 years before he can ask for release.",
    ],
)
def test_life_minimum_told_again_is_the_same_term(text: str) -> None:
    assert _terms(text) == [("Wade Ostrander", "life", 31)]


def test_bare_term_of_other_years_stays() -> None:
    # near miss: the bare term is not the life term's minimum
    text = (
        "Judge Nora Pell sentenced Wade Ostrander, 52, to 31 years to life in prison on Friday. "
        "In a separate hearing she sentenced Lyle Banfield, 47, to 12 years behind bars."
    )
    assert _terms(text) == [("Lyle Banfield", "prison", 12), ("Wade Ostrander", "life", 31)]
