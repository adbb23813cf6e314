"""Who a charge or a custody is of when a report names a person beside another: "charged the
boyfriend of Ann Lee with murder" charges him, not her; 'Bo Tran, 27, is "a person of
interest"' is a cue with the role quoted; custody "on a probation violation" is an earlier
matter's. Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import arrests_of, charges_of, suspects_of


def test_the_one_a_relation_is_of_is_not_charged() -> None:
    text = (
        "Prosecutors have charged the boyfriend of Ann Lee with murder, six weeks after the "
        "23-year-old woman disappeared. Bo Tran, 27, is charged with second-degree murder."
    )
    assert ("Ann Lee", "murder", "filed") not in charges_of(text)
    assert ("Ann Lee", None) not in suspects_of(text)


def test_a_named_object_is_still_charged() -> None:
    # near miss: the name itself is the object
    text = "Prosecutors have charged Bo Tran, the boyfriend of the victim, with murder."
    assert ("Bo Tran", "murder", "filed") in charges_of(text)


def test_a_quoted_role_is_a_cue() -> None:
    text = (
        "Ann Lee, 23, was found dead. Her death was ruled a homicide. The sheriff said her "
        'boyfriend, Bo Tran, 27, is "a person of interest" in her death.'
    )
    assert ("Bo Tran", 27) in suspects_of(text)
    # near miss: a quoted phrase that names no role
    other = 'Ann Lee, 23, was found dead. The sheriff said Bo Tran, 27, is "a good man."'
    assert ("Bo Tran", 27) not in suspects_of(other)


def test_custody_on_a_probation_violation_is_an_earlier_matter() -> None:
    text = (
        "Bo Tran, 27, is charged with murder in the death of Ann Lee. Tran was already in "
        "custody at the county jail, where he has been held since March 4 on a probation violation."
    )
    assert arrests_of(text) == {("Bo Tran", "2024-03-04", True)}


def test_both_are_the_two_taken_not_two_places_listed_after() -> None:
    text = (
        "Bo Tran, 45, and Ann Lee, 38, were arrested Tuesday at shops in Westchase and "
        "Spring Branch. Both are charged with theft."
    )
    assert set(suspects_of(text)) == {("Bo Tran", 45), ("Ann Lee", 38)}


def test_both_after_one_list_still_reads_it() -> None:
    # near miss: a single list of two, neither yet said to be taken
    text = "Bo Tran, 45, and Ann Lee, 38, were seen on video. Both were later arrested."
    assert set(suspects_of(text)) == {("Bo Tran", 45), ("Ann Lee", 38)}
