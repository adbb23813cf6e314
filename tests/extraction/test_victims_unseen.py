"""Victims on wordings the dev articles do not hold: two outcomes in one sentence, a group
said only to be shot, relatives in a list, role words before a name, and a bare surname the
victim shares with a relative quoted later. Every sentence is written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts

PUBLISHED = datetime.date(2024, 3, 14)


def victims_of(text: str) -> list[tuple[str | None, str]]:
    found = [
        (f.fields["name"], f.fields["outcome"])
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "VictimReported"
    ]
    return sorted(found, key=lambda pair: (pair[0] or "", pair[1]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each clause of "A died; B survived" tells its own outcome.
        (
            "Tobias Grell, 32, was charged with murder. Police said he shot Lena Marsh, 45, and "
            "her boyfriend, Ray Oduya, 60. Marsh died at the scene; Oduya survived.",
            [("Lena Marsh", "killed"), ("Ray Oduya", "injured")],
        ),
        # A group said to be shot holds the named dead: no unnamed victim beside them.
        (
            "Two people were shot Sunday night on Elm Street. Lena Marsh, 45, died at the "
            "scene. Ray Oduya, 60, was taken to a hospital in stable condition. Tobias Grell, "
            "32, was charged with murder and attempted murder.",
            [("Lena Marsh", "killed"), ("Ray Oduya", "injured")],
        ),
        # A relation between two listed victims keeps the list.
        (
            "Tobias Grell, 32, was charged with two counts of murder in the deaths of Lena "
            "Marsh, 45, and her son, Eli Marsh, 12.",
            [("Eli Marsh", "killed"), ("Lena Marsh", "killed")],
        ),
        # Two subjects of one verb of harm.
        (
            "Firefighter Tom Velde and Pastor Ray Oduya were killed in the attack. Tobias "
            "Grell, 32, was charged with murder.",
            [("Ray Oduya", "killed"), ("Tom Velde", "killed")],
        ),
        # A role or relation opening the sentence is not part of the name.
        (
            "Tobias Grell, 32, was charged with murder. Grandmother Ana Lopez, 70, was killed. "
            "Nurse Practitioner Rosa Diaz, 50, was wounded.",
            [("Ana Lopez", "killed"), ("Rosa Diaz", "injured")],
        ),
        # "Marsh's family ... his death" speaks of the victim named before, not of the
        # brother quoted after it.
        (
            "Tobias Grell hit 26-year-old Zane Marsh while he was patching potholes. Grell was "
            "charged with leaving the scene. Marsh's family marked the anniversary of his "
            'death. "He was my brother," said Cole Marsh. "We miss him," said Dawn Marsh, '
            "Zane's mother.",
            [("Zane Marsh", "killed")],
        ),
    ],
)
def test_victims_and_outcomes(text: str, expected: list) -> None:
    assert victims_of(text) == expected
