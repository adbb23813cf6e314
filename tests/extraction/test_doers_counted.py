"""A report that names no suspect counts its suspects by the group it tells did the crime,
when it holds them for suspects (calls them so, or says they are sought), and not a group
the deed was done to, nor doers it tells of only for what happened. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


def _unnamed(text: str) -> int:
    return sum(n for (name, _), n in suspects_of(text).items() if name is None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three masked men forced entry into a home on Birch Road overnight. The suspects "
            "tied up the owner and took a safe.",
            3,
        ),
        (
            "Two males approached the store on foot and opened fire. Both suspects fled north.",
            2,
        ),
        (
            "A man and a woman carjacked a driver at a gas pump Friday. Police are searching for "
            "the pair.",
            2,
        ),
        (
            "Four teenagers smashed display cases at a jewelry store and escaped with watches. "
            "Detectives want to identify them.",
            4,
        ),
        (
            "The clerk was robbed at gunpoint by two men late Monday. The two remain at large.",
            2,
        ),
        # Near misses: doers not held for suspects; a group the deed was done to.
        ("Two men leaped out of a sedan and demanded the driver's dog. They sped off.", 0),
        (
            "Two men were shot outside a bar early Sunday. Police are searching for the gunman.",
            1,
        ),
        (
            "A gunman shot two men who fled into an alley. Police are looking for the shooter.",
            1,
        ),
    ],
)
def test_a_report_counts_its_suspects_by_who_did_it(text: str, expected: int) -> None:
    assert _unnamed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline that says the doers are sought.
        (
            "Carjackers drive off with toddler; man and woman sought\n\nA man and a woman "
            "approached a mother at a gas pump. The pair got into her car and sped away.",
            2,
        ),
        # An ordinal alone, sought, beside the suspects named.
        (
            "Two men are behind bars and a third is being hunted, the sheriff said. Wade Corr, "
            "31, and Rusty Mayne, 29, were arrested Tuesday.",
            1,
        ),
        # Near miss: an ordinal of someone harmed.
        ("Wade Corr, 31, was arrested. A third man was shot in the leg.", 0),
    ],
)
def test_sought_told_short(text: str, expected: int) -> None:
    assert _unnamed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Doers the police do not know, or ask the public about, are sought.
        ("Police have not identified the three men who attacked the clerk.", 3),
        (
            "Officers say three people got out of a car and began shooting at the house. Anyone "
            "with information should call police.",
            3,
        ),
        (
            "Two men broke into a pharmacy overnight and took pills, police said. No arrests "
            "have been made.",
            2,
        ),
        # Near miss: a call for tips with no group told doing the deed.
        (
            "A house on Elm Street was damaged by fire overnight. Anyone with information is "
            "asked to call the fire marshal.",
            0,
        ),
    ],
)
def test_doers_unknown_or_asked_about(text: str, expected: int) -> None:
    assert _unnamed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One doer the police ask about.
        (
            "A clerk was robbed at gunpoint by a man who fled on foot, police said. Anyone with "
            "information is asked to call.",
            1,
        ),
        ("A masked man robbed a gas station Friday. Anyone with information should call.", 1),
        # Near misses: one harmed; one who then killed himself.
        ("A man was shot Friday. Anyone with information is asked to call police.", 0),
        (
            "A man shot his wife and then himself Friday, police said. Anyone with information "
            "is asked to call.",
            0,
        ),
    ],
)
def test_one_doer_asked_about(text: str, expected: int) -> None:
    assert _unnamed(text) == expected


@pytest.mark.parametrize(
    ("text", "victims", "unnamed"),
    [
        # A count harmed, then another's deed in a clause of its own: the harmed, no doers.
        ("Three people were injured when a gunman opened fire at a park.", 3, 0),
        (
            "Three people were injured, one seriously, when a gunman opened fire at a park. "
            "Police are searching for the gunman.",
            3,
            1,
        ),
        # Near miss: the doers' own clause goes on after "as".
        (
            "Two men pulled up as the teens walked home and opened fire. Police are searching "
            "for them.",
            0,
            2,
        ),
    ],
)
def test_a_count_harmed_before_anothers_deed(text: str, victims: int, unnamed: int) -> None:
    from tests.extraction.reading import victims_of

    assert len(victims_of(text)) == victims
    assert _unnamed(text) == unnamed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hit-and-run's driver the report seeks.
        (
            "A 15-year-old was killed in a hit-and-run crash Friday. The driver fled the scene "
            "and has not been found.",
            1,
        ),
        ("The driver of the SUV did not stop. Anyone with information is asked to call.", 1),
        # Near miss: a driver hurt.
        ("The driver was taken to a hospital. Anyone with information should call police.", 0),
    ],
)
def test_a_hit_and_run_driver_sought(text: str, expected: int) -> None:
    assert _unnamed(text) == expected
