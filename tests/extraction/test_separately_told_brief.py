"""A brief after the story told of the one it brings in ("Separately, a man aged 22 was
arrested in Elmwood") is another incident: its age and arrest are not the case's. On
sentences written for these tests."""

from __future__ import annotations

from tests.extraction.reading import suspects_of


def test_a_separate_brief_told_passively_is_another_incident() -> None:
    text = (
        "A man in his 30s has been arrested after a woman was assaulted at a house in Dover "
        "on Sunday night. Separately, a man aged 22 was arrested in Elmwood on Saturday after "
        "drugs were found in a car."
    )
    assert suspects_of(text) == {(None, None): 1}


def test_the_case_s_own_arrest_is_kept() -> None:
    # near miss: the story's own arrest, told the same way without "Separately"
    text = (
        "A man aged 22 was arrested in Elmwood on Saturday after a woman was assaulted. He was "
        "also charged with burglary."
    )
    assert suspects_of(text) == {(None, 22): 1}
