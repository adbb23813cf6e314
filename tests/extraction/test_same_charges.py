"""Charges given by reference to someone else's ("faces the same charges as ..."). Every
sentence here is invented."""

from __future__ import annotations

from casefile.extraction import extract_facts
from tests.extraction.reading import charges_of


def test_the_same_charges_as_the_people_named() -> None:
    text = (
        "Nell Ortiz, 27, pleaded guilty to arson. Kai Dunmore, 33, was convicted of arson and "
        "conspiracy to commit arson. Ravi Stone, 24, faces the same charges as Ortiz and "
        "Dunmore."
    )
    found = charges_of(text)
    assert ("Ravi Stone", "arson", "filed") in found
    assert ("Ravi Stone", "conspiracy to commit arson", "filed") in found


def test_the_same_charges_as_the_last_person_charged() -> None:
    text = (
        "Nell Ortiz, 27, was charged with robbery. Kai Dunmore, 33, was charged with burglary "
        "and theft. Ravi Stone, 24, was charged with the same offenses."
    )
    assert {c for p, c, _ in charges_of(text) if p == "Ravi Stone"} == {"burglary", "theft"}


def test_the_same_charges_said_of_the_person_charged_gives_nothing_new() -> None:
    text = (
        "Kai Dunmore, 33, was charged with burglary. His lawyer said Dunmore would fight the "
        "same charges in court."
    )
    assert charges_of(text) == {("Kai Dunmore", "burglary", "filed")}


def test_charges_paired_respectively_with_the_people_named() -> None:
    text = (
        "Police said Nell Ortiz, 27, Kai Dunmore, 33, and Ravi Stone, 24, face charges of "
        "burglary, theft and arson, respectively."
    )
    assert charges_of(text) == {
        ("Nell Ortiz", "burglary", "filed"),
        ("Kai Dunmore", "theft", "filed"),
        ("Ravi Stone", "arson", "filed"),
    }


def test_without_respectively_every_person_has_every_charge() -> None:
    text = "Nell Ortiz, 27, and Kai Dunmore, 33, were charged with burglary and theft."
    assert len(charges_of(text)) == 4


def test_a_charge_given_by_reference_quotes_the_sentence_that_names_it() -> None:
    text = (
        "Kai Dunmore, 33, was charged with burglary. Police said nothing more on Friday. "
        "Ravi Stone, 24, faces the same charges as Dunmore."
    )
    [given] = [
        f
        for f in extract_facts(text)
        if f.kind == "ChargeFiled" and f.fields["person"] == "Ravi Stone"
    ]
    assert "charged with burglary" in given.evidence.quote
    assert given.evidence.quote.endswith("the same charges as Dunmore.")


def test_the_same_charges_but_one_leave_that_one_out() -> None:
    # "minus", "except": the charge told after it is not among his
    for word in ("minus", "except"):
        text = (
            "Kai Dunmore, 33, faces burglary, theft and resisting arrest. Ravi Stone, 24, "
            f"faces the same charges, {word} resisting arrest."
        )
        stone = {charge for person, charge, _ in charges_of(text) if person == "Ravi Stone"}
        assert stone == {"burglary", "theft"}
