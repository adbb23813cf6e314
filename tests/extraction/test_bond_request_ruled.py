"""A request for bond the court ruled on is the ruling ("A judge denied his request for bond"
denies bond), while a request alone ("his lawyer filed a request for bond") is none. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

_LEDE = "Bo Tran, 18, is charged with robbery. "


@pytest.mark.parametrize(
    "text",
    [
        "A judge denied his request for bond.",
        "Tran remains in jail. A Superior Court judge denied his request for bond in August, "
        "citing the chase.",
        "A judge refused his request for bail on Monday.",
    ],
)  # fmt: skip
def test_denied(text: str) -> None:
    assert bonds_of(_LEDE + text) == {("Bo Tran", None, "denied")}


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer filed a request for bond on Monday.",
        "His lawyer said he will request bond at the next hearing.",
    ],
)  # fmt: skip
def test_a_request_alone(text: str) -> None:
    assert bonds_of(_LEDE + text) == set()
