"""Suspects a report names as alternatives or after a date in a description: two named with
"or" and then told remanded together ("if Bo Tran ... or Cal Dunne ... were freed. Both were
remanded to the custody of the marshals"), and "the second man accused in the Feb. 10
carjacking, Cal Dunne, 19," (a month's abbreviation is no sentence end). Every sentence here
is invented."""

from __future__ import annotations

from tests.extraction.reading import suspects_of


def test_two_named_as_alternatives_then_remanded_both() -> None:
    text = (
        "A judge ordered two men held until trial. The judge found that no conditions could "
        'assure safety if Omar "Big O" Vell, 29, of the Hill District, or Cal J. Dunne, 35, '
        "of Dover, were freed. Both were remanded to the custody of the U.S. Marshals Service."
    )
    found = suspects_of(text)
    assert found[('Omar "Big O" Vell', 29)] == 1
    assert found[("Cal J. Dunne", 35)] == 1


def test_two_named_as_alternatives_and_not_held_are_no_suspects() -> None:
    text = (
        "Witnesses said either Omar Vell or Cal Dunne might have seen the crash. Both were "
        "interviewed by police."
    )
    assert not suspects_of(text)


def test_a_description_dated_with_an_abbreviated_month() -> None:
    text = (
        "Omar Vell, 18, pleaded guilty Monday. The second man accused in the Feb. 10 "
        "carjacking, Cal Dunne, 19, has rejected a similar offer, his attorney said."
    )
    assert suspects_of(text)[("Cal Dunne", 19)] == 1


def test_one_harmed_in_a_dated_incident_is_no_suspect() -> None:
    text = (
        "Omar Vell, 18, pleaded guilty Monday. The man who was shot in the Feb. 10 "
        "carjacking, Cal Dunne, 19, has recovered."
    )
    assert suspects_of(text)[("Cal Dunne", 19)] == 0
