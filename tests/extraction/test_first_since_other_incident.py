"""The last like incident a "first since" counts back to ("the city's first arson since 2019,
when a man set fire to a house") is another incident, and a "He" opening the next sentence is
that man, no one the report named before. Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import facts_of, suspects_of

FIRE = (
    "A fire set early Saturday gutted the top floor of an apartment building on Elm Court, "
    "police said. Fire investigators ruled the blaze an arson. No arrests have been made. "
    "The landlord, Dara Quill, said the building is a total loss. "
)


def test_he_after_the_earlier_incident_is_that_man() -> None:
    text = (
        FIRE + "It is the city's first arson at an occupied building since 2019, when a man set "
        "fire to a house after an argument. He was later sentenced to eight years in prison."
    )
    assert ("Dara Quill", None) not in suspects_of(text)
    assert not facts_of("SentenceImposed", text)


def test_he_after_the_case_is_still_read() -> None:
    # near miss: no earlier incident stands between, so the sentence is the case's
    text = (
        "Dara Quill, 41, set fire to an apartment building on Elm Court on Saturday, police "
        "said. He was charged with arson."
    )
    assert ("Dara Quill", 41) in suspects_of(text)


def test_since_a_year_without_when_is_no_other_incident() -> None:
    # near miss: "since 2019" alone counts, it tells no incident of its own
    text = (
        "Dara Quill, 41, was charged with arson in a fire that gutted an apartment building on "
        "Elm Court, the city's first arson since 2019. He was later sentenced to eight years in "
        "prison."
    )
    assert ("Dara Quill", "prison", 8) in {
        (f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)
    }
