"""A name told as the object of an active verb of harm ("Bo Tran struck Ann Lee, 57, with a
bat, choked her and fled", also told in an aside after who she is: "beat his neighbor, Ann
Lee, with a club, choked her") is the one harmed: the deeds told in a series after her aside are
the subject's, and make no suspect of her. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was charged with murder on Friday. Police said Ravi Nandor, 41, struck "
            "Mila Orsk, 36, with a pipe in her kitchen, strangled her and then fled.",
            {("Ravi Nandor", 41): 1},
        ),
        (
            "A Dunmore man faces charges. Deputies say Cole Brenner, 29, hit Tia Varga, 19, with "
            "a bat, choked her and drove off.",
            {("Cole Brenner", 29): 1},
        ),
        (
            "A man is held without bail. According to detectives, Omar Fenwick, 50, attacked "
            "Lena Quist, 62, on her porch, robbed her and set fire to the car.",
            {("Omar Fenwick", 50): 1},
        ),
        (
            "A man is held on $1 million bond. Police say Ravi Nandor, 41, beat his "
            "68-year-old landlord, Mila Orsk, with a pipe, smothered her and then torched the "
            "house.",
            {("Ravi Nandor", 41): 1},
        ),
        (
            "A man faces charges. Deputies say Cole Brenner, 29, shot his cousin, Tia Varga, in "
            "the driveway, stabbed her and drove off.",
            {("Cole Brenner", 29): 1},
        ),
        # near miss: the name is the subject of the deed, not its object
        (
            "A man was charged with murder on Friday. Police said Ravi Nandor, 41, of Dunmore, "
            "stabbed a neighbor.",
            {("Ravi Nandor", 41): 1},
        ),
        # near miss: a cue after the harmed one's aside that is no deed stays hers
        (
            "Police said Ravi Nandor struck Mila Orsk, 36, who was later arrested on a warrant.",
            {("Ravi Nandor", None): 1, ("Mila Orsk", 36): 1},
        ),
        # near miss: a name in an aside after a subject, not after one harmed, is the doer
        (
            "Police said the gunman, Cole Brenner, with a rifle in hand, shot two people.",
            {("Cole Brenner", None): 1},
        ),
    ],
)
def test_deeds_after_the_one_harmed_are_the_subject_s(text: str, expected: dict) -> None:
    assert dict(suspects_of(text)) == expected
