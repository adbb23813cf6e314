"""Terms and custody told in the later paragraphs of a sentencing or charging story: "He will
be on supervised probation for three years after his release" is a term the sentence added
(the time after "probation for" is its length, not a time); Ohio's "inducing panic" is an
offence; "In a separate case, police arrested a 13-year-old boy" is no earlier arrest of the
story's suspect. Every sentence is invented."""

from __future__ import annotations

from casefile.extraction.offences import read_charges
from tests.extraction.reading import arrests_of, terms_of

SENTENCED = "Judge Ann Reyes sentenced Bo Tran to 10 years, suspending all but three years. "


def test_probation_after_release_is_imposed() -> None:
    text = SENTENCED + "He will be on supervised probation for three years after his release."
    assert terms_of(text) == {("Bo Tran", "prison", 3), ("Bo Tran", "probation", 3)}


def test_probation_told_as_a_past_state_is_none() -> None:
    # near misses: a conditional, and a record told of the past
    assert (
        terms_of("Bo Tran pleaded guilty. If convicted at trial he will be on probation for life.")
        == set()
    )
    text = "Judge Ann Reyes sentenced Bo Tran to 10 years. He was on probation for two years after a 2015 theft."
    assert terms_of(text) == {("Bo Tran", "prison", 10)}


def test_inducing_panic_is_an_offence() -> None:
    assert [c.name for c in read_charges("inducing panic and telecommunications harassment.")] == [
        "inducing panic",
        "telecommunications harassment",
    ]


def test_a_boy_arrested_in_a_separate_case_is_not_the_suspect() -> None:
    text = (
        "Cal Ostro, 18, was arrested at his home on Wednesday. In a separate case, police on "
        "Tuesday arrested a 13-year-old boy accused of writing a threat on a wall."
    )
    assert arrests_of(text) == {("Cal Ostro", "2024-03-13", False)}
