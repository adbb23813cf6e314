"""Court events, bonds and homicide links in wordings of courts and outlets the first
corpus did not hold (federal, juvenile, bench trials...), on sentences written for these
tests."""

from __future__ import annotations

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import PUBLISHED, bonds_of, court_of, facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plural "appearances"; an appearance and a hearing in clauses of their own, each
        # with its own date.
        (
            "Ruth Abney was charged with fraud. Abney made her initial appearances Tuesday; "
            "a detention hearing is set for next week.",
            {("Ruth Abney", "appearance", "2024-03-12"), ("Ruth Abney", "hearing", None)},
        ),
        # A grand jury's indictment is not a trial.
        (
            "Ruth Abney was charged with fraud. A grand jury returned an indictment against "
            "Abney on Monday.",
            {("Ruth Abney", "indictment", "2024-03-11")},
        ),
        # A bench trial, its closing arguments, a finding of guilt without a jury.
        (
            "Ruth Abney was charged with fraud. Abney was found guilty Wednesday after a "
            "bench trial.",
            {("Ruth Abney", "trial", "2024-03-13")},
        ),
        (
            "Ruth Abney was charged with fraud. Closing arguments in Abney's case were heard "
            "Tuesday.",
            {("Ruth Abney", "trial", "2024-03-12")},
        ),
        # "if found guilty" is a condition.
        (
            "Ruth Abney was charged with fraud. Abney faces 10 years in prison if found guilty.",
            set(),
        ),
    ],
)
def test_court_wordings_of_other_courts(text: str, expected: set) -> None:
    assert court_of(text) == expected


def links_of(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Evidence tied to the killing by an active verb, words between verb and "to".
        (
            "Dale Ferris, 30, was arrested Monday. Investigators tied the gun found in his car "
            "to the fatal shooting of Mia Grant, 22, in January.",
            [("Dale Ferris", "suspect", "Mia Grant")],
        ),
        # A further killing, dated by its year, besides the charged one.
        (
            "Dale Ferris, 30, was charged with murder in the death of Mia Grant. Police said "
            "Ferris is also suspected in the 2021 killing of Ann Tully.",
            [("Dale Ferris", "suspect", "Ann Tully")],
        ),
        (
            "Dale Ferris, 30, was arrested Monday on a gun charge. Ferris is accused in the "
            "slaying of Mia Grant, 22, police said.",
            [("Dale Ferris", "suspect", "Mia Grant")],
        ),
        (
            "Dale Ferris, 30, was arrested Monday on a gun charge. Ferris is being investigated "
            "for possible involvement in the death of Mia Grant, 22.",
            [("Dale Ferris", "suspect", "Mia Grant")],
        ),
        (
            "Dale Ferris, 30, was arrested Monday on a gun charge. Police named Ferris a suspect "
            "Tuesday in the death of Mia Grant, 22.",
            [("Dale Ferris", "suspect", "Mia Grant")],
        ),
        # Killings besides the charged one: counted, and never given the case's victim.
        (
            "Dale Ferris, 30, was charged with murder in the death of Mia Grant, 22. He is also "
            "suspected in the deaths of two other women.",
            [("Dale Ferris", "suspect", None), ("Dale Ferris", "suspect", None)],
        ),
        (
            "Dale Ferris, 30, was charged with murder in the death of Mia Grant, 22. He is also "
            "suspected in another killing.",
            [("Dale Ferris", "suspect", None)],
        ),
    ],
)
def test_homicide_link_wordings_of_other_outlets(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The amount a defendant is held on, without the word "bond".
        (
            "Ira Kemp, 23, is charged with robbery. He was held on $30,000.",
            {("Ira Kemp", 30000, "set")},
        ),
        # A revocation of a bond named with a possessive.
        (
            "Ira Kemp, 23, is charged with robbery. The judge revoked Kemp's bond Monday.",
            {("Ira Kemp", None, "revoked")},
        ),
        # A bond changed in the next sentence, named by "it".
        (
            "Ira Kemp, 23, had been held on a $1 million cash-only bond. On Thursday a judge "
            "lowered it to $250,000 and ordered him to wear an ankle monitor.",
            {("Ira Kemp", 1000000, "set"), ("Ira Kemp", 250000, "reduced")},
        ),
        # ... but a request to change it is not a change.
        (
            "Ira Kemp, 23, is charged with robbery. His bond was set at $80,000. Prosecutors "
            "asked the judge to raise it to $200,000.",
            {("Ira Kemp", 80000, "set")},
        ),
        # Money that is not a bond.
        ("Ira Kemp, 23, was arrested on $500 in unpaid fines.", set()),
    ],
)
def test_bond_wordings_of_other_outlets(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_a_changed_bond_quotes_the_bond_and_the_change() -> None:
    text = (
        "Ira Kemp, 23, had been held on a $1 million bond. A judge lowered it to $250,000 on "
        "Friday."
    )
    (reduced,) = [f for f in extract_facts(text, PUBLISHED) if f.fields.get("status") == "reduced"]
    assert "$1 million bond" in reduced.evidence.quote
    assert "$250,000" in reduced.evidence.quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruth Abney is charged with fraud. Abney is expected in court Friday.",
            {("Ruth Abney", "appearance", "2024-03-15")},
        ),
        (
            "Ruth Abney is charged with fraud. She will be in court again on March 20.",
            {("Ruth Abney", "appearance", "2024-03-20")},
        ),
        (
            "Ruth Abney is charged with fraud. She was taken before a judge Monday.",
            {("Ruth Abney", "appearance", "2024-03-11")},
        ),
        (
            "Ruth Abney is charged with fraud. She is held until her next appearance on March 20.",
            {("Ruth Abney", "appearance", "2024-03-20")},
        ),
        # No hearing yet.
        ("Ruth Abney is charged with fraud. A hearing date has not been set.", set()),
    ],
)
def test_appearances_in_other_words(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two sessions in one sentence, each with its own date.
        (
            "Ruth Abney is charged with fraud. Abney appeared in court Monday and is due back "
            "March 20.",
            {
                ("Ruth Abney", "appearance", "2024-03-11"),
                ("Ruth Abney", "appearance", "2024-03-20"),
            },
        ),
        (
            "Ruth Abney and Cole Dent are charged with fraud. Both appeared in court Monday and "
            "are due back in court on March 20.",
            {
                ("Ruth Abney", "appearance", "2024-03-11"),
                ("Ruth Abney", "appearance", "2024-03-20"),
                ("Cole Dent", "appearance", "2024-03-11"),
                ("Cole Dent", "appearance", "2024-03-20"),
            },
        ),
    ],
)
def test_two_sessions_in_one_sentence(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each suspect of one clause with the amount said after his name.
        (
            "Ira Kemp, 29, and Ann Fry, 25, are charged with assault. Kemp is held on $50,000 "
            "bond and Fry on $5,000 bond.",
            {("Ira Kemp", 50000, "set"), ("Ann Fry", 5000, "set")},
        ),
        # The bond told before a reason of criminal history is this case's.
        (
            "Ira Kemp, 29, is charged with assault. A judge denied Kemp bond Friday, citing his "
            "criminal history.",
            {("Ira Kemp", None, "denied")},
        ),
        # A bond of an unrelated case is not this case's.
        (
            "Ira Kemp, 29, is charged with assault. Kemp posted a $5,000 bond in an unrelated "
            "case last year.",
            set(),
        ),
    ],
)
def test_whose_bond_and_which_case(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_defendants_named_together_make_their_appearances() -> None:
    text = (
        "A federal grand jury has indicted three men on drug charges. Luis Orta, 34, Marc "
        "Bellamy, 29, and Terry Hale, 41, are each charged with conspiracy to distribute "
        "fentanyl. Orta and Hale made their initial appearances Wednesday; a detention hearing "
        "is set for next week."
    )
    found = court_of(text)
    for name in ("Luis Orta", "Terry Hale"):
        assert (name, "appearance", "2024-03-13") in found
        assert (name, "hearing", None) in found


@pytest.mark.parametrize(
    "text",
    [
        # An official or a victim opening the sentence is not a defendant.
        "Ira Kemp, 23, is charged with murder. Judge Ann Lowe scheduled a hearing for April 2.",
        "Ira Kemp, 23, is charged with murder of Ana Ruiz. Ruiz was shot Friday. Ana Ruiz's "
        "family appeared in court Monday.",
    ],
)
def test_others_opening_a_court_sentence_are_not_defendants(text: str) -> None:
    assert {person for person, _, _ in court_of(text)} <= {"Ira Kemp"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An earlier matter told in its own clause leaves this case's plea standing.
        (
            "Ira Kemp, 23, is charged with murder. Kemp pleaded not guilty Monday; in an "
            "unrelated case, he was sentenced in 2019 to two years.",
            {("Ira Kemp", "plea", "2024-03-11")},
        ),
    ],
)
def test_events_beside_an_earlier_matter(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The trial named by whose it is, or told by what takes place at it.
        ("The trial of Ruth Abney began Monday.", {("Ruth Abney", "trial", "2024-03-11")}),
        (
            "Testimony began Monday in the trial of Ruth Abney.",
            {("Ruth Abney", "trial", "2024-03-11")},
        ),
        ("Abney stood trial in June.", {("Ruth Abney", "trial", None)}),
        (
            "Abney took the stand Tuesday in her own defense.",
            {("Ruth Abney", "trial", "2024-03-12")},
        ),
        ("Prosecutors rested their case Tuesday.", {("Ruth Abney", "trial", "2024-03-12")}),
        # What witnesses and lawyers tell the trial jury; a trial named by its defendant.
        (
            "Witness Tina Vale told jurors Monday that she saw Abney take the money.",
            {("Ruth Abney", "trial", "2024-03-11")},
        ),
        ("Jurors heard testimony Monday from an auditor.", {("Ruth Abney", "trial", "2024-03-11")}),
        ("Detective Ben Ortiz told a grand jury that Abney confessed.", set()),
        # Near misses: a trial of no one named, a ruling that she can be tried, an arrest.
        ("The trial of a new records system began Monday.", set()),
        ("Abney was ordered to stand trial.", set()),
        (
            "Abney pleaded not guilty and will stand trial on three counts.",
            {("Ruth Abney", "plea", None)},
        ),
        ("Police arrested their suspect Tuesday.", set()),
        ("Abney made a stand against the officers.", set()),
    ],
)
def test_trial_wordings(text: str, expected: set) -> None:
    assert court_of("Ruth Abney was charged with fraud. " + text) == expected


def test_a_trial_named_by_its_defendant_is_hers() -> None:
    text = (
        "Ruth Abney, 32, and Cole Dunn, 28, were charged with fraud. Dunn is scheduled to be "
        "sentenced after he testifies at Abney's trial in June."
    )
    assert court_of(text) == {("Cole Dunn", "sentencing", None), ("Ruth Abney", "trial", None)}
