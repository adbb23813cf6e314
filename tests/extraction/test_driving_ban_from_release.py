"""A driving ban a judge lays down with a prison term ("also barred Tran from driving for six
years once he is released"): an order of kind other, not a second prison term, and the release
it runs from is no release told as past. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of

_LEAD = "Bo Tran, 25, was sentenced to three years in prison for dangerous driving causing death. "


@pytest.mark.parametrize(
    "ban",
    [
        "The judge also barred Tran from driving for six years once he is released.",
        "The judge also banned Tran from driving for six years once he is released.",
        "The judge also barred Tran from driving for six years.",
    ],
)
def test_driving_ban_is_an_order(ban: str) -> None:
    terms = terms_of(_LEAD + ban)
    assert ("Bo Tran", "other", 6) in terms
    assert ("Bo Tran", "prison", 6) not in terms
    assert ("Bo Tran", "prison", 3) in terms


# near misses: a term told with a release that is past, and one only a prospect
@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 25, was barred from driving for six years in 2001 and was released from "
        "prison early.",
        "Bo Tran, 25, could be barred from driving for six years if he is convicted.",
    ],
)
def test_no_ban_imposed(text: str) -> None:
    assert not any(years == 6 for _, _, years in terms_of(text))
