"""A group's arrests told as an event of their own ("The arrests came Tuesday during searches
of three homes") are the arrests of everyone the report names as charged, dated by the day the
sentence gives. Every sentence is invented (dated by `PUBLISHED`, a Thursday)."""

from __future__ import annotations

from tests.extraction.reading import arrests_of

LEDE = (
    "Three people have been charged with running a catalytic converter theft ring, the county "
    "prosecutor said Thursday. "
)
LIST = (
    "Charged are:\n\n"
    "- Ann Lee, 34, of Fenwick, charged with theft;\n"
    "- Bo Tran, 29, of Marlow, charged with theft and money laundering;\n"
    "- Cy Hall, 41, of Fenwick, charged with receiving stolen property.\n"
)


def test_the_arrests_came_on_a_day() -> None:
    text = LEDE + "The arrests came Tuesday during searches of two homes in Fenwick.\n\n" + LIST
    found = arrests_of(text)
    for name in ("Ann Lee", "Bo Tran", "Cy Hall"):
        assert (name, "2024-03-12", False) in found


def test_the_arrests_were_made_after_an_investigation() -> None:
    text = LEDE + "The arrests were made Monday after a six-month investigation.\n\n" + LIST
    assert ("Bo Tran", "2024-03-11", False) in arrests_of(text)


def test_arrests_counted_as_a_statistic_are_no_custody() -> None:
    # near miss: arrests told as a count of the county's, not the group's custody
    text = LEDE + "Arrests for catalytic converter thefts rose in the county last year.\n\n" + LIST
    assert not any(date for _, date, _ in arrests_of(text))


def test_the_arrest_record_is_no_custody() -> None:
    # near miss: a paper named for arrests
    text = LEDE + "The arrests listed in his record came Tuesday.\n\n" + LIST
    assert ("Bo Tran", "2024-03-12", False) not in arrests_of(text)
