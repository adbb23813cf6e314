"""A suspect of the case's killing whom police "also" want to question about the killing of
someone the statement brings in as new ("the killing of a man found shot in an alley on
Sunday") is tied to a further killing, unnamed, besides the case's; "also" said of the case's
own dead ("the killing of the clerk") is no further killing. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of

LEAD = (
    "A gas station clerk was killed Tuesday when a man opened fire inside a store, police "
    "said. Police identified the suspect as Bo Tran, 29, of Hammond. The prosecutor said his "
    "office expects to file a murder charge against Tran. The coroner identified the clerk as "
    "Ann Lee, 41. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hammond police also want to talk to Tran about the killing of a man who was found "
        "shot to death in an alley on Sunday.",
        "Detectives in Gary also want to question Tran about the death of a woman found in a "
        "vacant house last month.",
    ],
)
def test_also_wanted_in_a_new_killing(sentence: str) -> None:
    links = links_of(LEAD + sentence)
    assert len(links) == 2
    assert ("Bo Tran", None) in links


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the case's own dead, or no "also"
        "Police also want to talk to Tran about the killing of the clerk.",
        "Police want to talk to Tran about the killing of a clerk he knew.",
    ],
)
def test_the_case_killing_again(sentence: str) -> None:
    assert len(links_of(LEAD + sentence)) == 1
