"""A link told of "that case" or "that killing" ties its subject to the killing the sentence
before told: "Investigators consider him a person of interest in that case" after the killing
of someone the case did not take is a link to that one, whose dead is no victim of the case.
On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of, victims_of

CASE = (
    "Rolf Dane, 24, of Marlow was charged with first-degree murder in the Jan. 20 shooting "
    "death of Ike Morrow, 40. "
)
OTHER = (
    "Police are testing a gun found in his car to learn whether it was used in the Jan. 3 "
    "killing of Abe Lund, 19, who was shot outside a market. "
)


@pytest.mark.parametrize(
    ("told", "relation"),
    [
        ("Detectives consider Dane a person of interest in that case.", "person of interest"),
        ("Dane is expected to be charged in that killing, the prosecutor said.",
         "expected to be charged"),
    ],
)  # fmt: skip
def test_link_to_that_killing(told: str, relation: str) -> None:
    text = CASE + OTHER + told
    assert link_relations_of(text) == [("Rolf Dane", relation, "Abe Lund")]
    assert [name for name, _, _ in victims_of(text)] == ["Ike Morrow"]


def test_that_case_of_the_case_own_killing() -> None:
    # near miss: "that case" after the case's own killing is no other killing
    text = (
        "Ike Morrow, 40, was shot and killed Jan. 20 outside a bar in Marlow. Detectives "
        "consider Rolf Dane, 24, a person of interest in that case."
    )
    assert link_relations_of(text) == [("Rolf Dane", "person of interest", "Ike Morrow")]
