"""Rosters as court round-ups and grand-jury lists print them: items whose head is a name, an
age and a town followed by a colon ("- Ann Lee, 52, of Fenwick: pleaded no contest to
DUI"), and items whose head a comma closes ("Ann Lee, 29, Elton, aggravated possession of
drugs.", with or without a bullet) under "returned the following indictments on March 7:".
The sentences are written for these tests; `PUBLISHED` is Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, court_of

ROUNDUP = (
    "The following cases were heard in Elton Municipal Court last week:\n\n"
    "- Dara Ostrom, 52, of Fenwick: pleaded no contest to DUI; fined $1,075.\n"
    "- Kit Farrow, 34, of Elton: pleaded guilty to theft.\n"
)
INDICTMENTS = (
    "A Kessler County grand jury returned the following indictments on March 7:\n\n"
    "Tova Bolling, 29, Elton, aggravated possession of drugs.\n"
    "Curt Neary, 41, Fenwick, burglary, theft.\n"
    "Jem Ortell, 23, Elton, felonious assault, having weapons while under disability.\n"
)
BULLETED = (
    "A Kessler County grand jury returned the following indictments on March 7:\n\n"
    "- Tova Bolling, 29, of Elton, aggravated possession of drugs.\n"
    "- Curt Neary, 41, of Fenwick, burglary, theft.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ROUNDUP,
            {("Dara Ostrom", "dui", "convicted"), ("Kit Farrow", "theft", "convicted")},
        ),
        (
            INDICTMENTS,
            {
                ("Tova Bolling", "aggravated possession of drugs", "filed"),
                ("Curt Neary", "burglary", "filed"),
                ("Curt Neary", "theft", "filed"),
                ("Jem Ortell", "felonious assault", "filed"),
                ("Jem Ortell", "having weapons while under disability", "filed"),
            },
        ),
        (
            BULLETED,
            {
                ("Tova Bolling", "aggravated possession of drugs", "filed"),
                ("Curt Neary", "burglary", "filed"),
                ("Curt Neary", "theft", "filed"),
            },
        ),
    ],
)
def test_charges_of_roster_items(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ROUNDUP, {("Dara Ostrom", "plea", None), ("Kit Farrow", "plea", None)}),
        (
            BULLETED,
            {
                ("Tova Bolling", "indictment", "2024-03-07"),
                ("Curt Neary", "indictment", "2024-03-07"),
            },
        ),
    ],
)
def test_court_events_of_roster_items(text: str, expected: set) -> None:
    assert court_of(text) == expected
