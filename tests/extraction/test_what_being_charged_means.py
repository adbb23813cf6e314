"""A sentence that says what being charged means in general ("Being indicted does not mean a
defendant is guilty", "An indictment only means a grand jury found enough evidence") tells no
court event of the case, as "An indictment is ..." does not; an indictment told as returned, or
a sentence opening on what the accused underwent, still tells one. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

LEAD = "Bo Tran, 50, faces a murder charge, accused of shooting Cy Dunn to death last year. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Being indicted does not mean a defendant is guilty.",
        "An indictment only means a grand jury found enough evidence for a trial.",
        "Being charged doesn't mean a person will stand trial.",
    ],
)
def test_what_being_charged_means_is_no_event(sentence: str) -> None:
    assert not court_of(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the case's own indictment
        "An indictment was returned Monday.",
        "Being held without bond, Tran was indicted Monday.",
    ],
)
def test_indictment_returned_is_an_event(sentence: str) -> None:
    assert ("Bo Tran", "indictment", "2024-03-11") in court_of(LEAD + sentence)
