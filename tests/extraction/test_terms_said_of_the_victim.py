"""A term said of the one a report tells killed or harmed, who is accused of nothing ("Cy got a
life sentence, we all did," his mother said), is no court's term, whether he is named in full,
by surname or by the given name his family calls him by. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

_LEAD = "Rufus Penn, 31, was jailed for eight years for killing Idris Vale. "


def _terms(text: str) -> set[tuple]:
    return {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + 'Outside court, his sister said: "Idris got a life sentence, and so did we."',
            {("Rufus Penn", "prison", 8)},
        ),
        (
            _LEAD + '"Vale got a life sentence, and so did we," his sister said.',
            {("Rufus Penn", "prison", 8)},
        ),
        # near misses: the accused told by surname gets a term, and a victim's given name
        # that is also the accused's names no victim alone
        (
            _LEAD + "Penn got a further two years for an assault on a guard.",
            {("Rufus Penn", "prison", 8), ("Rufus Penn", "prison", 2)},
        ),
        (
            "Idris Penn, 31, was jailed for eight years for killing Idris Vale. Idris got a "
            "further two years for an assault on a guard.",
            {("Idris Penn", "prison", 8), ("Idris Penn", "prison", 2)},
        ),
        # (the one killed as the object of a relative clause before the verb)
        (
            "A man who sold the pills that killed Idris Vale was sentenced to nine years. "
            "Rufus Penn, 31, had pleaded guilty.",
            {("Rufus Penn", "prison", 9)},
        ),
    ],
)
def test_terms_said_of_the_victim(text: str, expected: set) -> None:
    assert _terms(text) == expected
