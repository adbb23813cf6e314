"""What the accused told the police the other did first ("Bo Tran told officers that Cy Hall
attacked him first") is his account of a fight, as a plea of self-defense is: it makes no
suspect of the one he stabbed. A victim's account of who attacked him still names the
suspect. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

STABBED = "Rolf Dane, 33, was arrested Friday after police say he stabbed Ike Morrow, 27. "


@pytest.mark.parametrize(
    ("text", "suspects"),
    [
        (STABBED + "Dane told officers that Morrow attacked him first.", {"Rolf Dane"}),
        (
            STABBED + "According to an affidavit, Dane told detectives he only wanted to talk "
            "and that Morrow had punched him first.",
            {"Rolf Dane"},
        ),
        # Near misses: the victim's account names his attacker, and "first" told of no account.
        (
            "Ike Morrow told officers that Rolf Dane, 33, attacked him with a knife. Dane was "
            "arrested Friday.",
            {"Rolf Dane"},
        ),
        (
            "Police said Ike Morrow, 27, attacked the clerk first and then fled. Morrow was "
            "arrested Friday.",
            {"Ike Morrow"},
        ),
    ],
)
def test_account_that_the_other_started_it(text: str, suspects: set[str]) -> None:
    assert {name for name, _ in suspects_of(text)} == suspects
