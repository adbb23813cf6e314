"""Someone's counted siblings are others than he, harmed as the count says: "a 4-year-old boy
was found with head injuries and his two siblings were found malnourished and bruised" (three
hurt), "convicted of murder in the death of Eli Moss and of abusing the boy's two siblings"
(one killed, two hurt). Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of


def _told(text: str) -> list[tuple[str, str]]:
    return [(d, o) for _, d, o in described_victims_of(text)]


def test_siblings_found_in_neglect() -> None:
    text = (
        "A Marlow woman is in jail after a 4-year-old boy was found with severe head injuries "
        "and his two siblings were found malnourished and bruised, police said."
    )
    assert sorted(_told(text)) == [
        ("4-year-old boy", "injured"),
        ("siblings", "injured"),
        ("siblings", "injured"),
    ]


def test_siblings_of_the_named_dead() -> None:
    text = (
        "Bo Tran, 32, was convicted of first-degree murder in the death of Eli Moss and of "
        "abusing the boy's two siblings."
    )
    found = described_victims_of(text)
    assert ("Eli Moss", "victim", "killed") in found
    assert found.count((None, "siblings", "injured")) == 2


def test_siblings_safe() -> None:
    # near miss: siblings found safe are no one harmed
    text = (
        "A Marlow woman is in jail after a 4-year-old boy was found with severe head injuries. "
        "His two siblings were found safe at a neighbor's home."
    )
    assert ("siblings", "injured") not in _told(text)
