"""Police ranks and agencies as outlets in Britain, Ireland, Australia, New Zealand and South
Africa name them: "Detective Inspector", "Commander", "Colonel" before a name are titles; a
force or a part of one ("Australian Border Force", "Counter Terrorism Policing", a district's
"CIB") names no one, so an unnamed accused stays unnamed. The sentences are written for these
tests."""

from __future__ import annotations

from collections import Counter

import pytest

from casefile.extraction.mentions import find_names
from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Detective Inspector Tana Ruru of Waikeria CIB said the man was known to her.",
            ["Tana Ruru"],
        ),
        ("Commander Ian Pell said the arrest was intelligence-led.", ["Ian Pell"]),
        ("Colonel Zodwa Khumalo said the suspects fled.", ["Zodwa Khumalo"]),
        ("Northfield Border Force officers searched the vessel.", []),
        ("Counter Terrorism Policing North East said a man was held.", []),
        ("Officers from the Kestrel Gang Squad made the arrest.", []),
        # near misses: a name before an abbreviation that is no police branch, a name owning one
        ("Tomas Ferreira SC told the court his client was a driver.", ["Tomas Ferreira"]),
        ("Ann Force, 33, was charged with theft.", ["Ann Force"]),
    ],
)
def test_ranks_and_agencies_name_no_one(sentence: str, names: list[str]) -> None:
    assert [mention.text for mention in find_names(sentence)] == names


@pytest.mark.parametrize(
    "text",
    [
        "A 41-year-old man has been charged with murder. Detective Inspector Tana Ruru of "
        "Waikeria CIB said the man was arrested in Hamilton yesterday.",
        "A 41-year-old man has been arrested under the Terrorism Act. Counter Terrorism Policing "
        "North East said the man was detained at an address in Jesmond.",
        "A 41-year-old man has been charged with importing cocaine. Northfield Border Force "
        "officers said the man was stopped at the airport.",
    ],
)
def test_an_unnamed_accused_stays_unnamed_beside_an_agency(text: str) -> None:
    assert suspects_of(text) == Counter({(None, 41): 1})
