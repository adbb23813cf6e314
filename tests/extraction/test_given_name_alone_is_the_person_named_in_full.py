"""A person named in full and later by the given name alone, as reports name children and
often victims ("Nora Pelt, 6, ... Nora was shot"): the given name alone is the one person of
the article with that given name, unless two people share it, it is someone's surname, or the
article uses the word as a place. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

CHARGED = " Officers arrested Vance Orrin, 22, and charged him with murder."


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Nora Pelt, 6, lived with her grandmother on Hollis Avenue. Nora was shot in the head "
            "on Saturday and died at the scene, police said." + CHARGED,
            ("Nora Pelt", 6, "killed"),
        ),
        (
            "Eli Marsh, 5, stayed with his father, Dov Marsh, 35, on weekends. Eli was beaten and "
            "died at a hospital Sunday, police said. Dov Marsh was charged with murder.",
            ("Eli Marsh", 5, "killed"),
        ),
        (
            "Police said 8-year-old Ivy Castell lived with her uncle on Ridge Road. On Tuesday "
            "Ivy was stabbed inside the home and died, officers said." + CHARGED,
            ("Ivy Castell", 8, "killed"),
        ),
    ],
)
def test_given_name_alone_is_the_one_so_named(text: str, victim: tuple) -> None:
    assert victim in victims_of(text)


def test_two_people_sharing_the_given_name() -> None:
    # near miss: which Nora was shot is not told
    text = (
        "Nora Pelt, 6, lived with her grandmother on Hollis Avenue. Nora Quill, 40, a neighbor, "
        "called police. Nora was shot in the head on Saturday and died at the scene, police "
        "said." + CHARGED
    )
    assert not any(name and name.startswith("Nora") for name, _, _ in victims_of(text))


def test_given_name_that_is_a_place() -> None:
    # near miss: "In Austin" is the city, not Austin Reyes
    text = (
        "Austin Reyes, 7, lived with his aunt on Birch Lane. In Austin, a man was shot and "
        "killed on Saturday, police said." + CHARGED
    )
    assert not any(name == "Austin Reyes" for name, _, _ in victims_of(text))


def test_given_name_that_is_a_surname() -> None:
    # near miss: "Grant" alone is Tessa Grant's surname, not Grant Pelt's given name
    text = (
        "Grant Pelt, 6, lived with his aunt on Hollis Avenue. Neighbor Tessa Grant, 41, called "
        "police. Grant was shot in the chest on Saturday and died at the scene, police said."
        + CHARGED
    )
    assert not any(name == "Grant Pelt" for name, _, _ in victims_of(text))
