"""Other killings counted with a bound ("the deaths of at least two other women") are the
dead of a harm, not further suspects: the named suspect is the one tied to them. On
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of, suspects_of

_CHARGED = "Omar Vell, 30, was charged Monday with murder in the shooting death of Ann Lee. "


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Vell is a suspect in the deaths of at least two other women.", 2),
        ("Vell has been named a suspect in the deaths of at least four other women.", 4),
        ("Vell is a suspect in the deaths of more than three other people.", 3),
    ],
)
def test_other_killings_counted_with_a_bound(sentence: str, count: int) -> None:
    text = _CHARGED + sentence
    assert links_of(text) == [("Omar Vell", None)] * count
    assert suspects_of(text) == {("Omar Vell", 30): 1}


def test_another_man_arrested_is_still_another_suspect() -> None:
    # near miss: "another man" told as the one arrested, no harm before him
    text = _CHARGED + "Police arrested another man in the case."
    assert suspects_of(text) == {("Omar Vell", 30): 1, (None, None): 1}
