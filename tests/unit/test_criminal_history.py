import pytest

from casefile.extraction import extract_facts


def history(text: str) -> list[dict]:
    return [f.fields for f in extract_facts(text) if f.kind == "CriminalHistoryReported"]


@pytest.mark.parametrize(
    ("text", "count", "offenses"),
    [
        (
            "Police arrested John Smith on Monday. Smith has a long criminal history, with 13 arrests.",
            13,
            None,
        ),
        (
            "Police arrested John Smith on Monday. He has been arrested seven times before, police said.",
            7,
            None,
        ),
        ("Officers arrested John Smith. Smith had 4 prior arrests, according to records.", 4, None),
        (
            "Police charged Maria Lopez with robbery. She has a long criminal history including "
            "firearm, robbery, and narcotics violations.",
            None,
            "firearm, robbery, and narcotics",
        ),
    ],
)
def test_a_suspects_record_is_read_in_its_common_forms(text, count, offenses):
    [record] = history(text)
    assert record["prior_arrests"] == count
    assert record["offenses"] == offenses
    assert record["person"] in {"John Smith", "Maria Lopez"}


def test_a_bare_mention_after_a_count_adds_nothing():
    text = (
        "Police arrested John Smith on Monday. Smith has a long criminal history, with 13 arrests. "
        "His criminal history is long, police said."
    )
    assert [r["prior_arrests"] for r in history(text)] == [13]


def test_a_victims_clean_record_is_not_a_suspects_history():
    text = "Police charged Maria Lopez with robbery. The victim, Ann Lee, had no criminal record."
    assert history(text) == []
