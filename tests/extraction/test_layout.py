"""The text as it arrives (non-breaking spaces, two spaces after a period, Windows line ends,
lines wrapped at 70 characters, Markdown links and emphasis, HTML entities, a dash typed as
hyphens) gives the facts its plain form gives, each quoted from the text as given."""

from __future__ import annotations

import random
import re
import textwrap

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.layout import _DASH, _INVISIBLE, _SPACES, _may_change, plain_text
from tests.extraction.reading import PUBLISHED

ARTICLE = (
    "Man charged in Elm Street robbery\n\n"
    "DAYTON — Police arrested Bo Tran, 31, of Kettering on Tuesday after a chase that ended "
    "near the river, officers said. Tran was charged with aggravated robbery and felonious "
    "assault, according to Montgomery County jail records.\n\n"
    "A 62-year-old woman was pushed to the ground and treated at a hospital for a broken arm, "
    "police said. Her purse was later found in a trash can on Third Street.\n\n"
    "Tran is held on a $50,000 bond and is scheduled to be arraigned Friday in Dayton "
    "Municipal Court, court records show. His lawyer could not be reached for comment.\n"
)


def as_facts(text: str) -> set[tuple]:
    return {
        (f.kind, tuple(sorted(f.fields.items(), key=str))) for f in extract_facts(text, PUBLISHED)
    }


def wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) if line else line for line in text.split("\n"))


@pytest.mark.parametrize(
    "arrived",
    [
        pytest.param(ARTICLE.replace(" ", "\u00a0"), id="non-breaking spaces"),
        pytest.param(ARTICLE.replace(". ", ".  "), id="two spaces after a period"),
        pytest.param(ARTICLE.replace("\n", "\r\n"), id="Windows line ends"),
        pytest.param(ARTICLE.replace(" ", "\t", 5), id="tabs"),
        pytest.param(
            ARTICLE.replace("Tran", "Tr\u00adan").replace("Police", "\ufeffPolice"),
            id="invisible characters",
        ),
        pytest.param(wrapped(ARTICLE, 70), id="wrapped at 70"),
        pytest.param(
            ARTICLE.replace("Bo Tran", "[Bo Tran](https://news.example/tran)").replace(
                "aggravated robbery", "**aggravated robbery**"
            ),
            id="Markdown link and emphasis",
        ),
        pytest.param(
            "# " + ARTICLE.replace("$50,000", "$50,000 ![mug shot](https://news.example/t.jpg)"),
            id="Markdown heading and image",
        ),
        pytest.param(ARTICLE.replace("—", "&mdash;"), id="HTML entity"),
        pytest.param(ARTICLE.replace(" — ", " -- "), id="dash typed as two hyphens"),
        pytest.param(ARTICLE.replace(" — ", " - "), id="dash typed as a spaced hyphen"),
        pytest.param(ARTICLE.replace(" — ", "—"), id="em dash set close"),
        pytest.param(wrapped(ARTICLE, 80), id="wrapped at 80"),
    ],
)
def test_text_as_it_arrives_gives_the_facts_of_its_plain_form(arrived: str) -> None:
    facts = extract_facts(arrived, PUBLISHED)
    assert as_facts(arrived) == as_facts(ARTICLE)
    assert {"aggravated robbery", "felonious assault"} <= {
        f.fields["charge"] for f in facts if f.kind == "ChargeFiled"
    }
    for found in facts:  # every quote is the article's own words, where it says they are
        assert arrived[found.evidence.start : found.evidence.end] == found.evidence.quote


def test_a_text_of_one_line_paragraphs_is_read_as_it_is() -> None:
    assert plain_text(ARTICLE).text is ARTICLE


def test_a_wrapped_paragraph_is_one_line_and_its_list_keeps_its_lines() -> None:
    text = wrapped(ARTICLE, 70) + "\nHe faces:\n- robbery\n- assault\n"
    plain = plain_text(text).text
    assert (
        "Police arrested Bo Tran, 31, of Kettering on Tuesday after a chase that ended near"
        in plain
    )
    assert "He faces:\n- robbery\n- assault\n" in plain
    assert plain.count("\n\n") == text.count("\n\n")  # paragraphs stay apart


def test_a_short_headline_over_a_wrapped_paragraph_stays_its_own_line() -> None:
    text = "Arrest made\n" + wrapped(ARTICLE.split("\n\n", 1)[1], 72)
    assert plain_text(text).text.startswith("Arrest made\nDAYTON — Police arrested")


def test_lines_of_a_short_text_are_not_taken_for_a_wrap() -> None:
    text = "Ann Lee, 40, was arrested Monday.\nShe was charged with theft.\n"
    assert plain_text(text).text is text


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("Police arrested [Bo Tran](https://x.example/a), 31.", "Police arrested Bo Tran, 31."),
        ("Police arrested [Bo Tran][1], 31.", "Police arrested Bo Tran, 31."),
        ("said *Sgt. Ray Cole* and __Ann Lee__", "said Sgt. Ray Cole and Ann Lee"),
        ('> "He ran," she said.', '"He ran," she said.'),
        ("Smith &amp; Wesson; O&#8217;Neal", "Smith & Wesson; O\u2019Neal"),
        # markup-like characters that are no markup stay
        ("* robbery\n* assault", "* robbery\n* assault"),
        ("a file_name_here and 5 * 3", "a file_name_here and 5 * 3"),
    ],
)
def test_markup_is_dropped_and_its_words_kept(marked: str, plain: str) -> None:
    assert plain_text(marked).text == plain


def test_lines_of_a_list_near_one_width_are_no_wrap() -> None:
    text = (
        "Bo Tran, 45, was indicted on the following offenses:\n"
        "Count 1: Second Degree Murder, a Class 1 Dangerous Felony\n"
        "Count 2: Aggravated Assault, a Class 3 Dangerous Felony\n"
        "Counts 3-4: Tampering with Physical Evidence, a Class 6 Felony\n"
        "Tran is held on a $1 million bond."
    )
    assert plain_text(text).text is text


def test_a_character_that_marks_nothing_leaves_the_text_as_it_is() -> None:
    text = "Bo Tran, 30, robbed an AT&T store on Elm_Street Monday."
    assert plain_text(text).text is text


def test_the_quick_look_for_what_may_change_is_the_one_pattern_it_stands_for() -> None:
    # `_may_change` looks for each marker by itself; one alternation of them all is the plain
    # test it stands for.
    plain = re.compile(
        rf"[{_SPACES}{_INVISIBLE}*_\[\\&]| {{2}}|^[ \t]{{0,3}}[#>]|{_DASH.pattern}", re.MULTILINE
    )
    rng = random.Random(7)
    alphabet = "ab .,\n\t#>*_[\\&\u00a0\u200b\r-—"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _may_change(text) == (plain.search(text) is not None), repr(text)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("Bo Tran - a Dayton native - was charged.", "Bo Tran — a Dayton native — was charged."),
        ("Bo Tran -- a Dayton native -- was charged.", "Bo Tran — a Dayton native — was charged."),
        ("Bo Tran--a Dayton native--was charged.", "Bo Tran — a Dayton native — was charged."),
        ("Bo Tran—a Dayton native—was charged.", "Bo Tran — a Dayton native — was charged."),
        # near misses: a hyphen inside a word, a list item's hyphen, a dash already plain
        ("a 31-year-old man", "a 31-year-old man"),
        ("He faces:\n- robbery\n- assault", "He faces:\n- robbery\n- assault"),
        ("DAYTON — Police said", "DAYTON — Police said"),
    ],
)
def test_a_dash_between_words_is_one_plain_dash(typed: str, plain: str) -> None:
    assert plain_text(typed).text == plain


@pytest.mark.parametrize("dash", [" - ", " -- ", "--", "—"])
def test_an_aside_set_off_by_any_dash_is_read_as_an_aside(dash: str) -> None:
    text = f"Bo Tran{dash}a Kettering native{dash}was charged with arson on Tuesday."
    facts = extract_facts(text, PUBLISHED)
    assert {(f.kind, f.fields.get("name") or f.fields.get("person")) for f in facts} >= {
        ("SuspectIdentified", "Bo Tran"),
        ("ChargeFiled", "Bo Tran"),
    }
