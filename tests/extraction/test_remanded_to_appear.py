"""Custody until court as Australian police releases word it: "He was remanded to appear
before Geelong Magistrates' Court on Monday" holds him without bail, as "remanded in custody"
does; "bailed to appear" releases him. The sentences are written for these tests."""

from __future__ import annotations

from tests.extraction.reading import bonds_of

LEAD = "Dean Quill, 28, of Corio, has been charged with culpable driving causing death. "


def test_remanded_to_appear_is_bail_refused() -> None:
    text = LEAD + "He was remanded to appear before Corio Magistrates' Court on Monday."
    assert bonds_of(text) == {("Dean Quill", None, "denied")}


def test_bailed_to_appear_is_no_refusal() -> None:
    # near miss: released until the same court date
    text = LEAD + "He was bailed to appear before Corio Magistrates' Court on Monday."
    assert ("Dean Quill", None, "denied") not in bonds_of(text)
