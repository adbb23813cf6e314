"""Custody told as a condition still to be met ("will be charged once he is in custody",
"until she is in custody") is no arrest; custody told as a present state is. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in


@pytest.mark.parametrize(
    "text",
    [
        "Police named Bo Tran, 36, as the suspect. Tran will be charged with murder once he is "
        "in custody.",
        "Police named Bo Tran, 36, as the suspect. Prosecutors will file a murder charge when "
        "he is in custody.",
        "Police named Ann Lee, 36, as the suspect. The reward stands until she is in custody.",
        "Police named Bo Tran, 36, as the suspect. He will be charged as soon as Tran is in "
        "custody.",
    ],
)  # fmt: skip
def test_custody_still_to_come(text: str) -> None:
    assert arrested_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 36, was charged with murder. Tran is in custody.",
        "Bo Tran, 36, was charged with murder. Police said he is now in custody.",
        "Bo Tran, 36, was charged with murder. Tran, who is in custody, will appear Monday.",
    ],
)  # fmt: skip
def test_custody_now(text: str) -> None:
    assert arrested_in(text) == ["Bo Tran"]
