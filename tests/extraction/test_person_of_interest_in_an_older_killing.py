"""A person of interest in a killing the report dates long before the case's ("a person of
interest in the 1996 strangling death of Ann Lee", the case's a 2003 killing) is tied to that
further killing, not to the case's own dead. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of

LEAD = (
    "For 20 years, the file on Cy Hall sat in a cabinet. On Tuesday, detectives arrested Bo "
    "Tran, 61, of Elkins at his work. He was booked into the county jail on suspicion of "
    "capital murder. Hall, a 19-year-old student, was found strangled on Aug. 29, 2003. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "But the Rogers police chief said Tran is a person of interest in the 1996 strangling "
        "death of Ann Lee, 23, whose body was found in a parking lot.",
        "Rogers police said Tran is a person of interest in the 1996 death of Ann Lee.",
    ],
)
def test_person_of_interest_in_an_older_killing(sentence: str) -> None:
    links = link_relations_of(LEAD + sentence)
    assert ("Bo Tran", "person of interest", "Ann Lee") in links
    assert ("Bo Tran", "suspect", "Cy Hall") in links
    assert ("Bo Tran", "person of interest", "Cy Hall") not in links


def test_person_of_interest_in_the_case_killing() -> None:
    # near miss: the case's own killing, dated as the report dates it
    text = LEAD + "Police said Tran is a person of interest in the 2003 death of Cy Hall."
    assert ("Bo Tran", "person of interest", "Cy Hall") in link_relations_of(text)
