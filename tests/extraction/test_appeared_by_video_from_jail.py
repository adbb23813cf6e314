"""One who appears in court by video from where he is held is an accused (extraction/cues.py):
"Bo Tran appeared by video from the county jail", so the session the lede tells and the bail
ruling said of "him" are his; one who appears by video from elsewhere is no accused."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, court_of

_LEDE = "The man police say hit a clerk went before a judge Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "Rob Vance appeared by video from the County Detention Center.",
            {("Rob Vance", "appearance", "2024-03-12")},
        ),
        (
            _LEDE + "Rob Vance appeared via video link from the cells.",
            {("Rob Vance", "appearance", "2024-03-12")},
        ),
    ],
)
def test_appearing_by_video_from_jail_makes_an_accused(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "Rob Vance appeared by video from the county jail. Magistrate Judge Nora "
            "Pell ordered him held without bond.",
            {("Rob Vance", None, "denied")},
        ),
        # Near miss: one who appears by video from home is not whom "him" means.
        (
            "Rob Vance, 25, is charged with robbery. His employer, Cy Marsh, appeared by video "
            "from his office. Magistrate Judge Nora Pell ordered him held without bond.",
            {("Rob Vance", None, "denied")},
        ),
    ],
)
def test_the_bail_ruling_is_his(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
