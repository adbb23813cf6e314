"""A police release that lists those arrested ("Arrested were:" and a line for each, a minor
among them told by his age with an aside), says where the juvenile was taken, and tells the
crimes as a series running "since March"; and a victim told with where he was at length.
Every sentence is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import arrests_of, facts_of, suspects_of

RELEASE = (
    "Police have arrested three people in connection with a series of armed robberies "
    "since February.\n\n"
    "Arrested were:\n"
    "- Omar Vell, 22, of Dover: five counts of armed robbery\n"
    "- Ona Brill, 19, of Elk Grove: three counts of armed robbery\n"
    "- A 16-year-old male, whose name is not being released because of his age: two counts "
    "of armed robbery\n\n"
    "Vell and Brill were booked into the county jail. The juvenile was taken to the "
    "regional youth detention center."
)


def test_a_listed_minor_past_an_aside_is_a_suspect() -> None:
    assert suspects_of(RELEASE) == {("Omar Vell", 22): 1, ("Ona Brill", 19): 1, (None, 16): 1}


def test_each_one_listed_is_arrested_in_this_case() -> None:
    arrests = arrests_of(RELEASE)
    assert {(person, prior) for person, _, prior in arrests} == {
        ("Omar Vell", False),
        ("Ona Brill", False),
        (None, False),
    }


def test_the_juvenile_taken_to_detention_is_the_minor_not_a_named_adult() -> None:
    text = (
        "Omar Vell, 22, and a 16-year-old boy were charged with robbery. Vell was booked into "
        "the county jail. The juvenile was taken to a youth detention center."
    )
    quotes = {f["person"]: f for f in facts_of("ArrestMade", text)}
    assert set(quotes) == {"Omar Vell", None}


def test_a_victim_told_with_where_he_was_at_length() -> None:
    text = (
        "Police arrested Omar Vell, 22, in a string of robberies. In one robbery on March 2, a "
        "clerk at a gas station on Peachtree Boulevard was pistol-whipped and needed stitches."
    )
    victims = [(f["description"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("clerk", "injured")]


def test_the_one_arrested_in_a_killing_is_no_victim_of_it() -> None:
    # near miss: the crime he was arrested in, not where he was
    text = (
        "Deputies arrested a 24-year-old man in the killing of a Dover woman who was shot in "
        "her driveway."
    )
    victims = [(f["description"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("dover woman", "killed")]
