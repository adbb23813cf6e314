"""A headline's "police name person of interest" over a report that names him below is that
named person, no unknown suspect besides him; a headline's person of interest the report never
tells again is still an unnamed one. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import facts_of, suspects_of

HEADLINE = "Two killed in shooting at birthday party; police name person of interest\n\n"
BODY = (
    "Two people were killed when someone opened fire inside a house party late Saturday, "
    "police said. Police on Sunday identified Bo Tran, 27, of Marlow, as a person of "
    "interest in the killings. The coroner identified the dead as Ann Lee, 31, and Cy Hall, 44."
)


def test_headline_person_of_interest_is_the_one_named() -> None:
    text = HEADLINE + BODY
    assert list(suspects_of(text)) == [("Bo Tran", 27)]
    people = {f["person"] for f in facts_of("LinkedToHomicide", text)}
    assert people == {"Bo Tran"}


def test_headline_person_of_interest_told_nowhere_else() -> None:
    # near miss: the report never names nor tells him again
    text = (
        "Man killed outside bar; police seek person of interest\n\n"
        "A man was shot and killed outside a bar late Saturday, police said. The coroner "
        "identified him as Cy Hall, 44."
    )
    assert None in {f["person"] for f in facts_of("LinkedToHomicide", text)}
