"""A question put to an official names whom the answer's "he" or "she" means: "Asked about
her husband, Cy Ruiz, the sheriff said: "He is a person of interest."" makes a suspect of Cy
Ruiz, not of the one who answers, and ties him to the killing. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

CASE = (
    "Ann Ruiz, 41, was shot and killed Nov. 10 outside her home. Bo Tran, 24, was arrested "
    "Thursday and charged with murder. "
)


def suspects(text: str) -> set[str | None]:
    return {f["name"] for f in facts_of("SuspectIdentified", text)}


def links(text: str) -> set[tuple[str | None, str]]:
    return {(f["person"], f["relation"]) for f in facts_of("LinkedToHomicide", text)}


@pytest.mark.parametrize(
    "text",
    [
        CASE + 'Asked about her husband, Cy Ruiz, Sheriff Al Roe said: "He is a person of '
        'interest."',
        CASE + "Asked about the woman's husband, Cy Ruiz, Roe said he is a person of interest.",
        CASE + "When asked about her husband, Cy Ruiz, Roe replied that he remains a suspect.",
    ],
)
def test_the_one_asked_about_is_the_suspect(text: str) -> None:
    assert suspects(text) == {"Bo Tran", "Cy Ruiz"}
    assert {person for person, _ in links(text)} == {"Cy Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        # the answer says nothing of a suspect, or its pronoun is of the other sex
        CASE + "Asked about her husband, Cy Ruiz, Roe said he was cooperating with detectives.",
        CASE + 'Asked about her husband, Cy Ruiz, Sheriff Al Roe said: "She is a person of '
        'interest."',
        # no question: the speaker's own words
        CASE + "Her husband, Cy Ruiz, said he is heartbroken.",
    ],
)
def test_no_suspect_where_the_answer_names_none(text: str) -> None:
    assert suspects(text) == {"Bo Tran"}
