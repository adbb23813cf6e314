"""Terms told by their maximum and orders beside a term: an indeterminate term imposed "up to"
its years, probation imposed after a plea in one clause, restitution ordered of someone named
with her age, a program a court orders completed. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, 56, was sentenced Tuesday to up to 10 years in prison.",
            {("Ada Quill", "prison", 10)},
        ),
        (
            "Ada Quill, 56, was sentenced to an indeterminate term of up to 25 years in prison.",
            {("Ada Quill", "prison", 25)},
        ),
        # near misses: a maximum faced or carried
        ("Ada Quill, 56, pleaded guilty to theft, which carries up to 10 years in prison.", set()),
        ("Ada Quill, 56, faces up to 10 years in prison when she is sentenced.", set()),
        ("Ada Quill, 56, could be sentenced to up to 10 years in prison.", set()),
    ],
)
def test_an_indeterminate_term_imposed_by_its_maximum(text: str, expected: set) -> None:
    assert terms_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Vell, 41, pleaded guilty to assault and was placed on two years of probation.",
            {("Omar Vell", "probation", 2)},
        ),
        (
            "Omar Vell, 41, pleaded guilty to assault. Under the plea deal, he could be placed "
            "on two years of probation.",
            set(),
        ),
        (
            "Ada Quill, 56, was sentenced to 5 years in prison. Judge Ann Reyes also ordered "
            "Ada B. Quill, 56, to pay $412,688 in restitution to the company.",
            {("Ada B. Quill", "prison", 5), ("Ada B. Quill", "other", None)},
        ),
        (
            "Omar Vell, 41, was placed on two years of probation. In addition to probation, "
            "Judge Ann Reyes ordered Vell to complete a 40-week certified batterer's "
            "intervention program.",
            {("Omar Vell", "probation", 2), ("Omar Vell", "other", None)},
        ),
        (
            "Omar Vell, 41, was charged with assault. He completed a drug treatment program in "
            "2019.",
            set(),
        ),
    ],
)
def test_orders_beside_a_term(text: str, expected: set) -> None:
    assert terms_of(text) == expected
