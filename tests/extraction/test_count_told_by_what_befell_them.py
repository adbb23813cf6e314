"""A count of people followed by a relative clause that tells what befell them ("the two
people who were wounded are expected to recover", "three people who survived gunshot wounds")
or by "survived ... wounds" is a count of the harmed: each is a victim, hurt. A relative clause
that tells what they did ("two men who robbed a clerk were arrested") counts no victim. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    "text",
    [
        "Idris Pell, 44, was charged in the shooting on Sunday. The two people who were "
        "wounded are expected to recover.",
        "Idris Pell, 44, was charged in the shooting on Sunday. The two people who survived "
        "gunshot wounds were a bus driver and a cook.",
        "Idris Pell, 44, was charged in the shooting on Sunday. Two people who were shot survived.",
        "Idris Pell, 44, was charged in the shooting on Sunday. Two women survived stab wounds.",
    ],
)
def test_count_of_those_hurt(text: str) -> None:
    assert victims_of(text) == [(None, None, "injured")] * 2


def test_count_of_those_who_did_it_is_no_victim() -> None:
    # near miss: the relative clause tells what they did
    text = (
        "Idris Pell, 44, was charged in the robbery on Sunday. Two men who robbed the store "
        "were also arrested."
    )
    assert victims_of(text) == []
