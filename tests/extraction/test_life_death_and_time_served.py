"""Life and death as courts word them ("a whole life order", "imprisonment for life",
"sentenced to die by lethal injection"), and the time actually served of a term told before
it ("sentenced to three years, but will serve only 18 months": one term). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

LEAD = "Gil Travers, 44, was convicted of murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Travers was given a whole life order at the Old Bailey.", {("life", None)}),
        ("Travers was sentenced to imprisonment for life.", {("life", None)}),
        ("Travers was sentenced to die by lethal injection.", {("death", None)}),
        ("Travers was sentenced to three years, but will serve only 18 months.", {("prison", 3)}),
        # Time served told alone is the term.
        ("He will serve only 18 months.", {("prison", 1.5)}),
        # A death that is no sentence.
        ("Travers said he wanted to die in prison.", set()),
    ],
)
def test_life_death_and_time_served(text: str, expected: set) -> None:
    found = {(f["kind"], f["years"]) for f in facts_of("SentenceImposed", LEAD + text)}
    assert found == expected
