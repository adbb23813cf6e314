"""A "probated sentence", as some state courts word a term of probation ("a five-year probated
sentence", "a consecutive three-year probated term"), is probation, and it names itself a
sentence: a judge who "added" it imposed it. A prison sentence added stays prison. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of

FIRST = "Dace Whitford was sentenced Friday to nine years in prison for armed robbery. "


@pytest.mark.parametrize(
    "later",
    [
        "Judge Ilse Moran added a consecutive four-year probated sentence on the gun charge.",
        "The judge added a four-year probated sentence for the theft count.",
        "He also received a four-year probated term on the gun charge.",
    ],
)
def test_a_probated_sentence_is_probation(later: str) -> None:
    assert terms_of(FIRST + later) == {
        ("Dace Whitford", "prison", 9),
        ("Dace Whitford", "probation", 4),
    }


def test_a_prison_sentence_added_stays_prison() -> None:
    later = "The judge added a consecutive four-year prison sentence on the gun charge."
    assert terms_of(FIRST + later) == {
        ("Dace Whitford", "prison", 9),
        ("Dace Whitford", "prison", 4),
    }
