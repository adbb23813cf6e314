"""A case told as on its way to a trial ("on course again for a trial in late April",
"headed for trial in June", "on track for a jury trial this spring") tells a trial to come,
as "set for trial" does; a case said not to be headed there, or someone bound for a place,
tells none. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

LEAD = "Bo Tran, 50, faces a murder charge, accused of shooting Cy Dunn to death last year. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge said the case seemed to be on course again for a trial in late April.",
        "The case is headed for trial in June, prosecutors said.",
        "His lawyer said the case is on track for a jury trial this spring.",
    ],
)
def test_case_on_its_way_to_trial_tells_a_trial(sentence: str) -> None:
    assert ("Bo Tran", "trial", None) in court_of(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no trial to come
        "The case is not headed for trial, his lawyer said.",
        "Police said Tran was bound for Texas when deputies stopped him.",
        "His lawyer said the case is on track for a plea deal.",
    ],
)
def test_no_way_to_a_trial(sentence: str) -> None:
    assert not {k for _, k, _ in court_of(LEAD + sentence) if k == "trial"}
