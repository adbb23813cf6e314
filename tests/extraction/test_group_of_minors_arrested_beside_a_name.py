"""Minors arrested beside a named suspect and told with their ages ("arrested Cal Dunne, 19,
and two boys, ages 14 and 16") are each arrested, and a lede that counted them without ages
("arrested a 19-year-old man and two juveniles Tuesday") told the same custody. The
sentences are written for these tests (published Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _arrests(text: str) -> list[tuple[str | None, str | None]]:
    return sorted(
        ((f["person"], f["date"]) for f in facts_of("ArrestMade", text)), key=lambda a: str(a)
    )


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, officers arrested Cal Dunne, 19, and two boys, ages 14 and 16.",
        "Police arrested a 19-year-old man and two juveniles Tuesday after a robbery. Officers "
        "arrested Cal Dunne, 19, and two teens, ages 14 and 16, at a home on Tuesday.",
    ],
)
def test_each_minor_told_by_age_is_arrested(text: str) -> None:
    assert _arrests(text) == [
        ("Cal Dunne", "2024-03-12"),
        (None, "2024-03-12"),
        (None, "2024-03-12"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the group's custody not told; an ageless minor arrested another day
        (
            "On Tuesday, officers arrested Cal Dunne, 19. Two boys, ages 14 and 16, were "
            "questioned.",
            [("Cal Dunne", "2024-03-12")],
        ),
        (
            "Police arrested Cal Dunne, 19, and a juvenile on Tuesday. On Wednesday, officers "
            "arrested Ray Orr, 20, and two boys, ages 14 and 16.",
            [
                ("Cal Dunne", "2024-03-12"),
                ("Ray Orr", "2024-03-13"),
                (None, "2024-03-12"),
                (None, "2024-03-13"),
                (None, "2024-03-13"),
            ],
        ),
    ],
)
def test_no_arrest_for_each_where_none_is_told(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _arrests(text) == expected
