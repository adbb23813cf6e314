"""A trial as British reports tell one under way ("a jury has heard", "the jury was told") and
a plea of not guilty told in the present ("denies murder"), which only one accused makes. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

_TRIAL = (
    "A man stabbed a stranger outside a bar after a row over a spilt drink, a jury has heard. "
    "Wade Tolley, 29, of Hexley, denies murder. Opening the case at Hexley Crown Court, the "
    "prosecutor said Mr Tolley had gone home to fetch a knife."
)


def test_british_trial_and_plea() -> None:
    kinds = {kind for person, kind, _ in court_of(_TRIAL) if person == "Wade Tolley"}
    assert {"trial", "plea"} <= kinds


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a denial of what is alleged, and a grand jury's hearing
        "Wade Tolley, 29, of Hexley, is accused of murder. He denies the allegations.",
        "Wade Tolley, 29, was charged with murder. A grand jury heard evidence on Monday.",
    ],
)
def test_no_trial_or_plea(text: str) -> None:
    assert not {kind for _, kind, _ in court_of(text)} & {"trial", "plea"}
