"""A count of the dead is of further killings only when its own clause says so: in "Two men
have been charged with murder in the killings of two men ..., and one of them is also accused in
a homicide three months earlier" the "also" is the later clause's, and the count is the case's
own dead, charged already (no link for them). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of

BODY = (
    " Prosecutors approved two counts of first-degree murder against both Bo Tran, 23, and Cy "
    "Hall, 25, in the deaths of Ann Lee and Dee Moss."
)


def test_also_of_the_later_clause() -> None:
    text = (
        "Two men have been charged with first-degree murder in the killings of two men who "
        "were shot in a parked car in June, and one of them is also accused in a homicide "
        "three months earlier." + BODY
    )
    assert len(links_of(text)) <= 1


@pytest.mark.parametrize(
    "sentence",
    [
        # near miss: the count's own clause tells of others besides
        "Police said Tran is also a suspect in two other killings.",
    ],
)
def test_also_in_the_count_clause(sentence: str) -> None:
    assert (
        links_of("Ann Lee was shot dead in June." + BODY + " " + sentence).count(("Bo Tran", None))
        == 2
    )
