"""A "They" after a sentence that named no one but spoke of a group ("The two waived an
appeal. They are due back ...", "They were booked. They will be arraigned ...") means that
group, as the group itself meant the suspects named together before. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grand jury indicted Ned Sorrel, 30, and Fay Quill, 28. Sorrel entered his plea "
            "to murder. Quill's plea covered manslaughter. The two gave up their right to "
            "appeal. They are due back for sentencing on April 30.",
            {
                ("Ned Sorrel", "indictment", None),
                ("Fay Quill", "indictment", None),
                ("Ned Sorrel", "plea", None),
                ("Ned Sorrel", "sentencing", "2024-04-30"),
                ("Fay Quill", "sentencing", "2024-04-30"),
            },
        ),
        (
            "Ned Sorrel, 30, and Fay Quill, 28, were arrested Monday. They were booked into "
            "jail. They will be arraigned on April 30.",
            {
                ("Ned Sorrel", "arraignment", "2024-04-30"),
                ("Fay Quill", "arraignment", "2024-04-30"),
            },
        ),
        # Near miss: a sentence before that names no one and speaks of no group.
        (
            "Ned Sorrel, 30, and Fay Quill, 28, were indicted. Sorrel pleaded guilty to murder. "
            "The hearing was short. They will be sentenced on April 30.",
            {
                ("Ned Sorrel", "indictment", None),
                ("Fay Quill", "indictment", None),
                ("Ned Sorrel", "plea", None),
                ("Ned Sorrel", "sentencing", "2024-04-30"),
            },
        ),
    ],
)
def test_they_after_a_group_told_before(text: str, expected: set) -> None:
    assert court_of(text) == expected
