"""One told as a member of a group ("The second of three men charged ... pleaded guilty") is
one defendant, not the group (extraction/court_people.py); a bare surname shared with a
relative introduced by relation is the one the story is about, even where a quote calls him
by his given name (people.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of, victims_of

THREE = (
    " Jon Ortega, 21, entered a guilty plea to third-degree murder. Authorities say Ortega, "
    "Mal Burns, 22, and Trey Hicks, 20, planned the robbery."
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "The second of three men charged in the killing of a teen pleaded guilty Tuesday.",
            {("Jon Ortega", "plea", "2024-03-12")},
        ),
        (
            "The last of three men charged in the killing of a teen pleaded guilty Tuesday.",
            {("Jon Ortega", "plea", "2024-03-12")},
        ),
        # Near miss: the group itself is told of.
        (
            "All three men charged in the killing of a teen pleaded guilty Tuesday.",
            {
                ("Jon Ortega", "plea", "2024-03-12"),
                ("Mal Burns", "plea", "2024-03-12"),
                ("Trey Hicks", "plea", "2024-03-12"),
            },
        ),
    ],
)
def test_one_of_a_group_is_one_defendant(opening: str, expected: set) -> None:
    assert court_of(opening + THREE) == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Dorsey's death was the county's 11th homicide.", [("Cal Dorsey", 17, "killed")]),
        ("Dorsey was a junior at Millbrook High.", [("Cal Dorsey", 17, "killed")]),
    ],
)
def test_a_shared_surname_is_not_the_relative_s(closing: str, expected: list) -> None:
    text = (
        "Mal Burns shot 17-year-old Cal Dorsey in the chest. Dorsey died at a hospital. Mal "
        'Burns, 22, is charged with murder. "Cal should be graduating," his mother, Ann '
        "Dorsey, said. " + closing
    )
    assert victims_of(text) == expected
