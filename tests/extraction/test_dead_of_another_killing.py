"""The dead of a killing a report ties a suspect to besides the case's ("is also a suspect in
the killing of ...") are not the case's dead: a victim of the case told only as struck is
then the one the case's killing took, and the suspect is linked to the other killing. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of, outcomes_of

CHARGED = (
    "Two men have been charged with murder in the shooting death of a 9-year-old boy, "
    "police said. Wade Pruitt, 20, was arrested Monday. "
)


@pytest.mark.parametrize(
    ("text", "victims", "links"),
    [
        # The other killing's dead, told after "also a suspect in": the boy struck is the
        # case's dead, and Pruitt is linked to the other killing.
        (
            CHARGED + "Nico Fane was struck in the chest when someone fired at the porch. "
            "The chief said Pruitt is also a suspect in the May 2 killing of Otis Brandt, 31, "
            "who was shot outside a bar.",
            [("Nico Fane", "killed")],
            [("Wade Pruitt", "Otis Brandt")],
        ),
        (
            CHARGED + "Nico Fane was hit in the back by a bullet. Police said Pruitt is also "
            "linked to the slaying of Otis Brandt last spring.",
            [("Nico Fane", "killed")],
            [("Wade Pruitt", "Otis Brandt")],
        ),
        # The other killing set apart by its time, the report dating it before the case's:
        # its dead is first named in a clause about that matter.
        (
            "A man pleaded guilty Tuesday to murder in the 2019 stabbing death of a nurse. "
            "Wade Pruitt, 50, entered the plea in court. Nina Fane, 44, was stabbed in her "
            "home in May 2019. Prosecutors in another county said they expect to charge "
            "Pruitt in the 2015 killing of Otis Brandt, 37. Pruitt admitted to detectives that "
            "he killed Brandt.",
            [("Nina Fane", "killed")],
            [("Wade Pruitt", "Otis Brandt")],
        ),
        (
            "A man pleaded guilty Tuesday to murder in the 2019 stabbing death of a nurse. "
            "Wade Pruitt, 50, entered the plea in court. Nina Fane, 44, was stabbed in her "
            "home in May 2019. Her neighbor, Otis Brandt, 37, was killed in the attack.",
            [("Nina Fane", "injured"), ("Otis Brandt", "killed")],
            [],
        ),
        # Near miss: the second death is told of the case itself, with no "also" to set it
        # apart, so the one struck is still only hurt.
        (
            CHARGED + "Nico Fane was struck in the chest when someone fired at the porch. "
            "Otis Brandt, 31, was also killed in the shooting.",
            [("Nico Fane", "injured"), ("Otis Brandt", "killed")],
            [],
        ),
    ],
)
def test_dead_of_another_killing(
    text: str, victims: list[tuple[str, str]], links: list[tuple[str, str]]
) -> None:
    assert outcomes_of(text) == sorted(victims)
    assert links_of(text) == sorted(links)
