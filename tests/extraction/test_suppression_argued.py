"""A ruling that evidence be suppressed is a court event of its own (kind other); a defense
argument that the court "should have suppressed" it tells of a ruling that was not made.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

SENTENCED = "Orrin Tabb, 27, was sentenced Tuesday to 30 years in prison. "


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            SENTENCED + "His lawyer said he will appeal, arguing that the trial court should "
            "have suppressed a photo identification.",
            False,
        ),
        (
            SENTENCED + "The defense argued the judge could have suppressed the confession.",
            False,
        ),
        # Near misses: a suppression the court did order.
        (
            "Orrin Tabb, 27, is charged with murder. On Monday a judge suppressed his statement.",
            True,
        ),
        (
            SENTENCED + "Earlier, the judge suppressed a statement he gave detectives.",
            True,
        ),
    ],
)
def test_suppression_argued(text: str, other: bool) -> None:
    assert any(kind == "other" for _, kind, _ in court_of(text)) is other
