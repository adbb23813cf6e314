""" "The accused" is the defendant, as Indian, British and Irish reports call him: whom he did
something to ("the accused attacked Ann Lee with a rod") is no one accused, while "accused
Bo Tran of" and "the accused Bo Tran" still name a suspect. The sentences are written for
these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of

_LEAD = (
    "Police on Monday arrested two men in connection with the murder of a shopkeeper. The "
    "deceased has been identified as Vikas More (45). The arrested accused are Rahul Dhole "
    "(29) and Amit Pande (24). "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the accused attacked More with an iron rod.",
        '"On Saturday night the accused called More near the canal," an inspector said.',
        "The accused followed More home and fled.",
    ],
)
def test_whom_the_accused_did_something_to_is_no_suspect(sentence: str) -> None:
    assert suspects_of(_LEAD + sentence) == Counter({("Rahul Dhole", 29): 1, ("Amit Pande", 24): 1})


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the verb accuses the name; the accused named beside the noun
        "Police have accused Ravi Rao of supplying the rod.",
        "Police also accused Ravi Rao, who supplied the rod.",
    ],
)
def test_one_accused_by_the_verb_is_a_suspect(sentence: str) -> None:
    assert suspects_of(_LEAD + sentence)[("Ravi Rao", None)] == 1
