"""SentenceImposed told with the judge as subject ("A judge handed Bo Tran a sentence of",
"imposed a sentence of 14 years on", "ordered Bo Tran to pay"), a driving licence taken away
for so long, and terms a day short or long ("two years less a day in jail"), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of

LEAD = "Ansel Vorn, 41, of Cullen, pleaded guilty to vehicular homicide. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The object of an imposing word before the one next to the term.
        (
            "A judge handed Ansel Vorn a sentence of eight years in prison.",
            {("Ansel Vorn", "prison", 8)},
        ),
        (
            "Judge Lia Marsh gave Vorn a sentence of 30 months in prison on Tuesday.",
            {("Ansel Vorn", "prison", 2.5)},
        ),
        # The one a sentence was imposed on, named after it.
        (
            "The judge imposed a sentence of 14 years on Vorn.",
            {("Ansel Vorn", "prison", 14)},
        ),
        # A named object of "ordered ... to pay", as of "ordered him to pay".
        (
            "Vorn was sentenced to six years. The judge ordered Vorn to pay $800 in fines.",
            {("Ansel Vorn", "prison", 6), ("Ansel Vorn", "other", None)},
        ),
        (
            "Superior Court Judge Lia Marsh ordered Vorn to pay $12,000 in restitution to the "
            "family.",
            {("Ansel Vorn", "other", None)},
        ),
        # "was handed" tells it done, whatever a minimum told after it.
        (
            "Vorn was handed a life sentence and must serve a minimum of 18 years before he "
            "is eligible for parole.",
            {("Ansel Vorn", "life", 18)},
        ),
        # A licence taken away for so long: an order of kind other, no custody.
        (
            "Vorn was sentenced to two years in prison. The judge also suspended his driver's "
            "license for 10 years.",
            {("Ansel Vorn", "prison", 2), ("Ansel Vorn", "other", 10)},
        ),
        (
            "Vorn was sentenced to two years in prison and his driver's license was revoked "
            "for five years.",
            {("Ansel Vorn", "prison", 2), ("Ansel Vorn", "other", 5)},
        ),
        # ... not a licence told of without a word that imposes it.
        ("Vorn's license was suspended for two years after a 2019 crash.", set()),
        # A term a day short or long is one term, of the kind its words say.
        (
            "Vorn was sentenced to two years less a day in jail.",
            {("Ansel Vorn", "jail", 1.9973)},
        ),
        (
            "Vorn was sentenced to a year and a day in prison.",
            {("Ansel Vorn", "prison", 1.0027)},
        ),
    ],
)
def test_sentences_told_by_the_judge(text: str, expected: set) -> None:
    assert terms_of(LEAD + text) == expected
