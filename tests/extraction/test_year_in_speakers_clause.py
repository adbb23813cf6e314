"""An older accusation tried with the case: a year told in what a relative clause's speaker
said dates the deed she told of, not the charge ("not guilty of statutory sexual assault
involving a former student who said he abused her in 2015" is this trial's acquittal, no
record recalled), and the one a charge was against, told by who she is ("involving a former
student"), is no part of the offence's name. Every sentence is invented (dated by
`PUBLISHED`, in 2024)."""

from __future__ import annotations

from tests.extraction.reading import charges_of

LEDE = (
    "A Fenwick County jury on Tuesday found Bo Tran, 44, guilty of corruption of minors in the "
    "2022 case. "
)


def test_acquittal_of_an_older_accusation_is_this_trials() -> None:
    text = (
        LEDE + "They found him not guilty of aggravated indecent assault and statutory sexual "
        "assault involving a former student who said he abused her in 2015."
    )
    found = charges_of(text)
    assert ("Bo Tran", "aggravated indecent assault", "acquitted") in found
    assert ("Bo Tran", "statutory sexual assault", "acquitted") in found


def test_a_class_the_code_names_stays_in_the_name() -> None:
    # near miss: "involving a minor" is how a code names the offence
    text = "Bo Tran, 44, of Fenwick, is charged with sexual performance involving a minor."
    assert ("Bo Tran", "sexual performance involving a minor", "filed") in charges_of(text)
