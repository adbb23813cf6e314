"""A charge's status as news tells it at every stage: expected, filed, dropped, convicted,
acquitted; said with the charge in one sentence, or of "the charge", "those charges", "the
remaining charges" named before. Every sentence here is invented."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import charges_of

BOYD = "Terrence Boyd"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrence Boyd, 31, was charged with burglary and theft. A judge later dismissed "
            "those charges.",
            {(BOYD, "burglary", "dropped"), (BOYD, "theft", "dropped")},
        ),
        # the dropping told by what the defendant had done to his charges
        (
            "Co-defendant Terrence Boyd, 31, had his charge of burglary dropped in October.",
            {(BOYD, "burglary", "dropped")},
        ),
        (
            "Co-defendant Terrence Boyd, 31, had his charge of theft dismissed on Monday.",
            {(BOYD, "theft", "dropped")},
        ),
        # near miss: a participle of something else
        (
            "Terrence Boyd, 31, faces a charge of burglary after a bag he had dropped was found.",
            {(BOYD, "burglary", "filed")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder. Prosecutors declined to pursue the charge.",
            {(BOYD, "murder", "dropped")},
        ),
        # a case struck out, as British and Irish courts end one
        (
            "Terrence Boyd, 31, was charged with theft. The case against him was struck out.",
            {(BOYD, "theft", "dropped")},
        ),
        (
            "Terrence Boyd, 31, was charged with theft. The charge was struck out at Tralee "
            "District Court.",
            {(BOYD, "theft", "dropped")},
        ),
        (
            "Terrence Boyd and Kevin Ortiz were charged with murder. Charges against Ortiz were "
            "later dropped.",
            {(BOYD, "murder", "filed"), ("Kevin Ortiz", "murder", "dropped")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder, robbery and burglary. Under a plea deal, "
            "Boyd pleaded guilty to one count of murder, and the remaining charges were dismissed.",
            {
                (BOYD, "murder", "convicted"),
                (BOYD, "robbery", "dropped"),
                (BOYD, "burglary", "dropped"),
            },
        ),
        (
            "Prosecutors on Friday dropped all charges against Terrence Boyd, 31, who had been "
            "charged with murder.",
            {(BOYD, "murder", "dropped")},
        ),
        (
            "Terrence Boyd, 31, had been charged with murder until prosecutors dropped the case "
            "in May.",
            {(BOYD, "murder", "dropped")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder and robbery. Prosecutors dropped the "
            "robbery count.",
            {(BOYD, "murder", "filed"), (BOYD, "robbery", "dropped")},
        ),
        (
            "Terrence Boyd, 31, pleaded guilty Tuesday to third-degree murder in exchange for "
            "prosecutors dropping a first-degree murder charge.",
            {(BOYD, "third-degree murder", "convicted"), (BOYD, "first-degree murder", "dropped")},
        ),
        (
            "Terrence Boyd, 31, is no longer charged with murder, prosecutors said.",
            {(BOYD, "murder", "dropped")},
        ),
        (
            "Terrence Boyd, 31, pleaded guilty to neglect of a child. As part of a plea "
            "agreement, a charge of murder was dismissed.",
            {(BOYD, "neglect of a child", "convicted"), (BOYD, "murder", "dropped")},
        ),
        (
            "Prosecutors have dropped a murder charge against Terrence Boyd, 31.",
            {(BOYD, "murder", "dropped")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder. He pleaded guilty to manslaughter, and "
            "prosecutors agreed to drop the murder charge.",
            {(BOYD, "murder", "dropped"), (BOYD, "manslaughter", "convicted")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder, but prosecutors later withdrew the charge.",
            {(BOYD, "murder", "dropped")},
        ),
        # A deal's terms in the present, and a prosecutors' motion to dismiss.
        (
            "Terrence Boyd, 31, pleaded guilty under an agreement that drops the manslaughter "
            "charge against him.",
            {(BOYD, "manslaughter", "dropped")},
        ),
        (
            "Terrence Boyd, 31, pleaded guilty. In exchange, prosecutors moved to dismiss the "
            "manslaughter count.",
            {(BOYD, "manslaughter", "dropped")},
        ),
        # Near miss: the defense's motion is a request.
        (
            "Terrence Boyd, 31, is charged with murder. His attorney moved to dismiss the murder "
            "charge.",
            {(BOYD, "murder", "filed")},
        ),
    ],
)
def test_a_dropping_reaches_the_charges_it_speaks_of(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrence Boyd, 31, was charged with murder. On Friday, a jury found Boyd guilty of "
            "the charge.",
            {(BOYD, "murder", "convicted")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder. Boyd was convicted of that charge in June.",
            {(BOYD, "murder", "convicted")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder. The jury returned a guilty verdict after "
            "three hours.",
            {(BOYD, "murder", "convicted")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder. He changed his plea to guilty on Monday.",
            {(BOYD, "murder", "convicted")},
        ),
        (
            "The jury convicted Terrence Boyd, 31, on Friday of first-degree murder.",
            {(BOYD, "first-degree murder", "convicted")},
        ),
        (
            "Terrence Boyd, 31, pleaded guilty in federal court to possession of a firearm by a "
            "felon.",
            {(BOYD, "possession of a firearm by a felon", "convicted")},
        ),
        (
            "A judge sentenced Terrence Boyd, 31, to life in prison on a first-degree murder "
            "conviction.",
            {(BOYD, "first-degree murder", "convicted")},
        ),
        (
            "A jury convicted Terrence L. Boyd, 31, of murder on Friday.",
            {("Terrence L. Boyd", "murder", "convicted")},
        ),
        (
            "Terrence Boyd, 31, who is accused of killing Ann Voss, is on trial for murder.",
            {(BOYD, "murder", "filed")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder. He was found not guilty on Friday.",
            {(BOYD, "murder", "acquitted")},
        ),
        (
            "Terrence Boyd, 31, was charged with murder. The jury returned a verdict of not "
            "guilty after three hours.",
            {(BOYD, "murder", "acquitted")},
        ),
        # the verdict's kind ends the list
        (
            "Terrence Boyd, 31, was found guilty of murder by a majority verdict.",
            {(BOYD, "murder", "convicted")},
        ),
        # a sentence told as British reports tell it: a term, then the offence
        (
            "Terrence Boyd, 31, was jailed for six years and four months for manslaughter.",
            {(BOYD, "manslaughter", "convicted")},
        ),
        (
            "Terrence Boyd, 31, was jailed for life for the murder of his neighbour.",
            {(BOYD, "murder", "convicted")},
        ),
        # a verdict told by the charge the jury rejected
        (
            "Jurors found Terrence Boyd, 31, guilty of assault for beating a man outside a St. "
            "Paul bar, but rejected the more serious charge of attempted murder.",
            {(BOYD, "assault", "convicted"), (BOYD, "attempted murder", "acquitted")},
        ),
        (
            "The jury rejected the murder charge against Terrence Boyd, 31, and convicted him "
            "of manslaughter.",
            {(BOYD, "murder", "acquitted"), (BOYD, "manslaughter", "convicted")},
        ),
    ],
)
def test_a_verdict_or_plea_reaches_the_charges_it_speaks_of(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrence Boyd, 31, was arrested. The prosecutor said she plans to file murder "
            "charges against him.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Terrence Boyd, 31, was arrested. Prosecutors are expected to file murder charges.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Terrence Boyd, 31, was arrested. The prosecutor said murder charges will be filed "
            "against him.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Terrence Boyd, 31, was arrested. The case will go to a grand jury for a possible "
            "murder charge.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Terrence Boyd, 31, was arrested. He is being held pending charges of murder.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Terrence Boyd, 31, was arrested. Charges are expected to include murder.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Police said Terrence Boyd, 31, faces a murder charge once he is released from the "
            "hospital.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Police said they expect to file charges of burglary against Terrence Boyd, 31.",
            {(BOYD, "burglary", "expected")},
        ),
        (
            "Terrence Boyd, 31, faces possible charges of murder.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Police are seeking murder charges against Terrence Boyd, 31.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Terrence Boyd, 31, was arrested. A murder charge is expected.",
            {(BOYD, "murder", "expected")},
        ),
        (
            "Terrence Boyd, 31, was arrested. Police said he would be booked on a murder charge.",
            {(BOYD, "murder", "expected")},
        ),
    ],
)
def test_a_charge_still_to_come_is_expected(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # More charges to come are other charges than the one filed.
        (
            "Terrence Boyd, 31, has been charged with kidnapping, and additional charges are "
            "expected, police said.",
            {(BOYD, "kidnapping", "filed")},
        ),
        # A defence motion to dismiss is no dropping.
        (
            "Terrence Boyd, 31, was charged with murder. His lawyer asked a judge to dismiss it.",
            {(BOYD, "murder", "filed")},
        ),
        # A grand jury asked to indict is no outcome yet.
        (
            "Terrence Boyd, 31, was charged with murder. Prosecutors will ask a grand jury to "
            "indict him.",
            {(BOYD, "murder", "filed")},
        ),
        # A not-guilty plea to the charges leaves them filed.
        (
            "Terrence Boyd, 31, was charged with murder and robbery. He pleaded not guilty to all "
            "charges on Friday.",
            {(BOYD, "murder", "filed"), (BOYD, "robbery", "filed")},
        ),
    ],
)
def test_what_is_no_change_of_status_leaves_the_charge_filed(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


def test_the_extract_command_prints_each_charge_with_its_status(
    tmp_path: Path, casefile_command: list[str]
) -> None:
    article = tmp_path / "verdict.md"
    article.write_text(
        "---\nurl: https://example.com/verdict\noutlet: Example Times\npublished: 2024-05-17\n"
        "---\nTerrence Boyd, 31, was charged with murder, robbery and arson.\n\n"
        "A jury found Boyd guilty of murder and robbery on Friday but acquitted him of arson.\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [*casefile_command, "extract", "--format", "jsonl", str(article)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    [line] = [json.loads(row) for row in result.stdout.splitlines()]
    charges = {
        (event["person"], event["charge"], event["status"])
        for event in line["events"]
        if event["type"] == "ChargeFiled"
    }
    assert charges == {
        (BOYD, "murder", "convicted"),
        (BOYD, "robbery", "convicted"),
        (BOYD, "arson", "acquitted"),
    }


@pytest.mark.parametrize(
    "later",
    [
        "Prosecutors declined to prosecute the robbery charge.",
        "The robbery charge was nolle prossed in March.",
    ],
)
def test_a_charge_prosecutors_gave_up_is_dropped(later: str) -> None:
    found = {
        (f.fields["charge"], f.fields["status"])
        for f in extract_facts("Orla Penn, 44, was charged with murder and robbery. " + later)
        if f.kind == "ChargeFiled"
    }
    assert found == {("murder", "filed"), ("robbery", "dropped")}


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("A judge threw out the charges.", {("murder", "dropped"), ("robbery", "dropped")}),
        (
            "Penn pleaded guilty Friday to murder, and the robbery charge was dismissed.",
            {("murder", "convicted"), ("robbery", "dropped")},
        ),
    ],
)
def test_charges_thrown_out_or_dismissed_beside_a_plea(
    later: str, expected: set[tuple[str, str]]
) -> None:
    found = {
        (f.fields["charge"], f.fields["status"])
        for f in extract_facts("Orla Penn, 44, was charged with murder and robbery. " + later)
        if f.kind == "ChargeFiled"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("The charge could be upgraded to murder if the victim dies.", "expected"),
        ("The charge will be upgraded to murder, prosecutors said.", "expected"),
        # done, the upgrade replaces the charge: the assault charge is dropped
        ("The charge was upgraded to murder after the victim died.", "filed"),
    ],
)
def test_an_upgrade_still_to_come_is_expected(later: str, status: str) -> None:
    found = {
        (f.fields["charge"], f.fields["status"])
        for f in extract_facts("Orla Penn, 44, was charged with assault. " + later)
        if f.kind == "ChargeFiled"
    }
    replaced = "filed" if status == "expected" else "dropped"
    assert found == {("assault", replaced), ("murder", status)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An outcome told by a shorter name is the outcome of the one charge named fully.
        (
            "Prosecutors on Wednesday dropped a manslaughter charge against a bouncer. Kofi "
            "Amankwah, 38, had been charged with involuntary manslaughter in the death.",
            {("Kofi Amankwah", "involuntary manslaughter", "dropped")},
        ),
        (
            "A jury convicted Lena Dorsey of murder on Friday. Dorsey, 41, was charged with "
            "second-degree murder after the shooting.",
            {("Lena Dorsey", "second-degree murder", "convicted")},
        ),
        # Near miss: an attempt is another charge than the deed.
        (
            "A jury convicted Lena Dorsey of murder on Friday. Dorsey, 41, was also charged with "
            "attempted murder.",
            {("Lena Dorsey", "murder", "convicted"), ("Lena Dorsey", "attempted murder", "filed")},
        ),
    ],
)
def test_an_outcome_named_shorter_than_its_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
