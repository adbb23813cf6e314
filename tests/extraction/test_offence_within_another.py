"""An offence a code names as done within another ("kidnapping during a carjacking", as
California charges it) keeps its whole name, and leaves the plain offence listed beside it a
charge of its own. Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_kidnapping_during_a_carjacking_keeps_its_name() -> None:
    text = "Bo Tran, 41, of Fenwick, is charged with kidnapping during a carjacking."
    assert ("Bo Tran", "kidnapping during a carjacking", "filed") in charges_of(text)


def test_the_plain_offence_listed_beside_it_stays() -> None:
    text = (
        "Bo Tran, 41, of Fenwick, is charged with kidnapping during a carjacking, kidnapping "
        "and carjacking."
    )
    found = charges_of(text)
    assert ("Bo Tran", "kidnapping during a carjacking", "filed") in found
    assert ("Bo Tran", "kidnapping", "filed") in found
    assert ("Bo Tran", "carjacking", "filed") in found


def test_a_time_after_during_is_no_part_of_the_name() -> None:
    # near miss: "during" a time or an event names no offence
    text = "Bo Tran, 41, of Fenwick, is charged with kidnapping during a traffic stop."
    assert ("Bo Tran", "kidnapping", "filed") in charges_of(text)


def test_a_headlines_plain_offence_is_its_summary() -> None:
    # near miss: the headline's plain name summarises the fuller one, no charge of its own
    text = (
        "Man charged with kidnapping in Fenwick carjacking\n\n"
        "Bo Tran, 41, of Fenwick, is charged with kidnapping during a carjacking."
    )
    assert ("Bo Tran", "kidnapping", "filed") not in charges_of(text)
