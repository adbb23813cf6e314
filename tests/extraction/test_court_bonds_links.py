"""Court events, bonds and homicide links, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, court_of, facts_of

# ------------------------------------------------------------------ court events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verdict is a trial event.
        (
            "Omar Reyes was charged with murder. A jury found Reyes guilty on Tuesday.",
            {("Omar Reyes", "trial", "2024-03-12")},
        ),
        (
            "Omar Reyes was charged with murder. Reyes's trial is scheduled to begin May 6.",
            {("Omar Reyes", "trial", "2024-05-06")},
        ),
        (
            "Omar Reyes was charged with murder. The trial began Monday in Dayton.",
            {("Omar Reyes", "trial", "2024-03-11")},
        ),
        # "is to be arraigned Monday": the Monday ahead.
        (
            "Omar Reyes was charged with arson. He is to be arraigned Monday.",
            {("Omar Reyes", "arraignment", "2024-03-18")},
        ),
        # Plural pleas, negotiated pleas.
        (
            "Omar Reyes was charged with theft. Reyes entered a negotiated guilty plea Monday.",
            {("Omar Reyes", "plea", "2024-03-11")},
        ),
        # "pleaded" without a plea word is an appeal to the public, not a plea.
        ("Omar Reyes was charged with murder. Reyes pleaded publicly for help on TV.", set()),
        # A plea that was not made is no plea; the appearance still is an event.
        (
            "Omar Reyes was charged with arson. Reyes made his first appearance Wednesday and "
            "did not enter a plea.",
            {("Omar Reyes", "appearance", "2024-03-13")},
        ),
        # What would have happened did not.
        (
            "Omar Reyes pleaded guilty to arson on Monday. His trial would have begun on April 8 "
            "if he had rejected the deal.",
            {("Omar Reyes", "plea", "2024-03-11")},
        ),
        # A judge who will sentence him: a sentencing ahead.
        (
            "Omar Reyes was convicted of arson. Judge Ann Cole is scheduled to sentence him "
            "on June 2.",
            # The conviction no plea brought about is the trial's verdict.
            {("Omar Reyes", "trial", None), ("Omar Reyes", "sentencing", "2024-06-02")},
        ),
        # The date of the crime is not the date of the sentencing.
        (
            "Omar Reyes was sentenced to life for the Jan. 3, 2020, stabbing of a clerk.",
            {("Omar Reyes", "sentencing", None)},
        ),
        # A plea told as the background of a sentencing takes no date of its own.
        (
            "Omar Reyes was sentenced Monday after pleading guilty to arson.",
            {("Omar Reyes", "sentencing", "2024-03-11"), ("Omar Reyes", "plea", None)},
        ),
        # ... but a date said within the background phrase is its own.
        (
            "Omar Reyes was charged with arson. He is held without bail after a first court "
            "appearance Wednesday.",
            {("Omar Reyes", "appearance", "2024-03-13")},
        ),
        # An undated appearance beside the session's other events is one of them retold.
        (
            "Omar Reyes was arraigned Monday on arson charges. He appeared by video from the "
            "county jail.",
            {("Omar Reyes", "arraignment", "2024-03-11")},
        ),
        # "the hearing" points back at an event already told.
        (
            "Omar Reyes was arraigned Monday. After the hearing, his family spoke to reporters.",
            {("Omar Reyes", "arraignment", "2024-03-11")},
        ),
        # "the Wednesday hearing" is the appearance told for that day.
        (
            "Omar Reyes was charged with arson. He made his first court appearance Wednesday. "
            "A judge kept bail at $1 "
            "million during the Wednesday hearing.",
            {("Omar Reyes", "appearance", "2024-03-13")},
        ),
        # Fit to stand trial is not a trial.
        (
            "Omar Reyes was charged with murder. Doctors found him competent to stand trial.",
            set(),
        ),
        (
            "Omar Reyes was charged with arson. He was convicted by a Dane County jury.",
            {("Omar Reyes", "trial", None)},
        ),
        (
            "Omar Reyes was charged with arson. Reyes admitted the charge as part of a plea deal.",
            {("Omar Reyes", "plea", None)},
        ),
        # A plea made before a judge is the plea; the appearance is not told apart.
        (
            "Omar Reyes was charged with arson. On Monday he stood before a judge and pleaded "
            "guilty.",
            {("Omar Reyes", "plea", "2024-03-11")},
        ),
        (
            "Omar Reyes was charged with arson. On Monday he stood before a judge.",
            {("Omar Reyes", "appearance", "2024-03-11")},
        ),
        (
            "Omar Reyes was charged with arson. The trial date was set for May 6.",
            {("Omar Reyes", "trial", "2024-05-06")},
        ),
        (
            "Omar Reyes was convicted of arson. He is scheduled for sentencing on May 6.",
            {("Omar Reyes", "trial", None), ("Omar Reyes", "sentencing", "2024-05-06")},
        ),
        (
            "Omar Reyes was charged with arson. His preliminary examination is set for May 6.",
            {("Omar Reyes", "hearing", "2024-05-06")},
        ),
        # An earlier matter's plea and sentence are not this case's events.
        (
            "Omar Reyes was charged with arson. He previously pleaded guilty to a federal charge.",
            set(),
        ),
        (
            "Omar Reyes was charged with arson. He served four years in prison after he was "
            "sentenced for robbery.",
            set(),
        ),
        # Other defendants' pleas are not the suspect's.
        (
            "Omar Reyes was charged with fraud. Two of the other defendants pleaded guilty.",
            set(),
        ),
        # The judge sets the sentencing, with a word between.
        (
            "Omar Reyes was convicted of murder. Judge Kay Lund set formal sentencing for April 2.",
            {("Omar Reyes", "trial", None), ("Omar Reyes", "sentencing", "2024-04-02")},
        ),
        (
            "Omar Reyes was convicted of murder. Judge Kay Lund set a sentencing date of April 2.",
            {("Omar Reyes", "trial", None), ("Omar Reyes", "sentencing", "2024-04-02")},
        ),
        ("Omar Reyes was charged with murder. The judge set aside sentencing guidelines.", set()),
    ],
)
def test_court_event_wordings(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivy Marsh and Cole Dunn were charged with arson. Police said Marsh set the fire. "
            "The pair were arraigned Monday.",
            {
                ("Ivy Marsh", "arraignment", "2024-03-11"),
                ("Cole Dunn", "arraignment", "2024-03-11"),
            },
        ),
        (
            "Ivy Marsh and Cole Dunn were charged with arson. Police said Dunn drove. "
            "Their next court date is April 3.",
            {("Ivy Marsh", "appearance", "2024-04-03"), ("Cole Dunn", "appearance", "2024-04-03")},
        ),
        (
            "Ivy Marsh and Cole Dunn were charged with arson. Police said Dunn drove. "
            "All of them have entered not guilty pleas.",
            {("Ivy Marsh", "plea", None), ("Cole Dunn", "plea", None)},
        ),
        # "each" of the two named, not every suspect of the article.
        (
            "Ivy Marsh and Cole Dunn were charged with arson. Rita Quill was charged with theft. "
            "Marsh and Dunn each entered guilty pleas Monday. Quill's trial is set to begin "
            "May 6.",
            {
                ("Ivy Marsh", "plea", "2024-03-11"),
                ("Cole Dunn", "plea", "2024-03-11"),
                ("Rita Quill", "trial", "2024-05-06"),
            },
        ),
        # "The parents of Ned Dunn": the parents, not the child named.
        (
            "Ivy Marsh and Cole Dunn were charged with murder in the death of their son. "
            "Police said Dunn lied. The parents of Ned Dunn pleaded no contest Friday.",
            {("Ivy Marsh", "plea", "2024-03-08"), ("Cole Dunn", "plea", "2024-03-08")},
        ),
    ],
)
def test_court_events_of_every_defendant(text: str, expected: set) -> None:
    assert court_of(text) == expected


# ------------------------------------------------------------------------ bonds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Posted without an amount: the amount the report says was set.
        (
            "Omar Reyes was charged with arson. Reyes posted bail and was released. "
            "A judge had set his bond at $10,000.",
            {("Omar Reyes", 10_000, "set"), ("Omar Reyes", 10_000, "posted")},
        ),
        (
            "Omar Reyes was charged with arson. He was released after posting bail.",
            {("Omar Reyes", None, "posted")},
        ),
        (
            "Omar Reyes was charged with arson. He was released on a $50,000 secured bond.",
            {("Omar Reyes", 50_000, "posted")},
        ),
        (
            "Omar Reyes was charged with arson. Reyes is free on $20,000 bail.",
            {("Omar Reyes", 20_000, "posted")},
        ),
        # Still free on bail, with no bond told otherwise: a bond posted, of no amount (with
        # one told, it is that bond's state: see test_bond_totals_and_states).
        (
            "Omar Reyes was charged with arson. Reyes remains free on bail.",
            {("Omar Reyes", None, "posted")},
        ),
        (
            "Omar Reyes was charged with arson. His bond was revoked after he failed a drug test.",
            {("Omar Reyes", None, "revoked")},
        ),
        (
            "Omar Reyes was charged with fraud. A judge revoked his previously granted "
            "$500,000 bond.",
            {("Omar Reyes", 500_000, "set"), ("Omar Reyes", 500_000, "revoked")},
        ),
        # The share paid to be released is not the bond.
        (
            "Omar Reyes was charged with arson. Bond was set at $50,000 with a 10% cash "
            "deposit of $5,000.",
            {("Omar Reyes", 50_000, "set")},
        ),
        (
            "Omar Reyes was charged with arson. He is held on a $25,000 bond, 10 percent.",
            {("Omar Reyes", 25_000, "set")},
        ),
        # A lawyer's request is not what the court did.
        (
            "Omar Reyes was charged with arson. His lawyer had sought bail of $20,000. "
            "The judge set bail at $90,000.",
            {("Omar Reyes", 90_000, "set")},
        ),
        (
            "Omar Reyes was charged with arson. He was ordered held without bail after "
            "prosecutors asked for a $1 million bond.",
            {("Omar Reyes", None, "denied")},
        ),
        (
            "Omar Reyes was charged with arson. His lawyer argued he should be released on bail.",
            set(),
        ),
        (
            "Omar Reyes was charged with arson. He is held in lieu of $75,000 at the county jail.",
            {("Omar Reyes", 75_000, "set")},
        ),
        (
            "Omar Reyes was charged with arson. A judge lowered his bond from $1 million to "
            "$250,000.",
            {("Omar Reyes", 1_000_000, "set"), ("Omar Reyes", 250_000, "reduced")},
        ),
        # Federal wording: held with no bail to post.
        (
            "Omar Reyes was charged with wire fraud. A magistrate ordered him detained pending "
            "trial.",
            {("Omar Reyes", None, "denied")},
        ),
        # Talk of bail in general.
        (
            "Omar Reyes was charged with arson. The mayor has called for no bail for "
            "violent offenders.",
            set(),
        ),
        (
            "Ivy Marsh and Cole Dunn were charged with arson. Police said Dunn drove. "
            "Bail was set at $3 million each.",
            {("Ivy Marsh", 3_000_000, "set"), ("Cole Dunn", 3_000_000, "set")},
        ),
    ],
)
def test_bond_wordings(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bond posted after a change is posted at the amount it was changed to.
        (
            "Omar Reyes was charged with arson. His bond was lowered from $250,000 to $100,000 "
            "on Monday. He posted bond Tuesday.",
            {
                ("Omar Reyes", 250_000, "set"),
                ("Omar Reyes", 100_000, "reduced"),
                ("Omar Reyes", 100_000, "posted"),
            },
        ),
        (
            "Omar Reyes was charged with arson. His bond was set at $250,000. He posted bond "
            "Tuesday.",
            {("Omar Reyes", 250_000, "set"), ("Omar Reyes", 250_000, "posted")},
        ),
        # Revoked, then held without bail: both.
        (
            "Omar Reyes was found guilty of arson. The judge revoked his bond and ordered him "
            "held without bail until sentencing.",
            {("Omar Reyes", None, "revoked"), ("Omar Reyes", None, "denied")},
        ),
        (
            "Omar Reyes was charged with arson. His bond was revoked.",
            {("Omar Reyes", None, "revoked")},
        ),
        # Free on this case's bond until the verdict, not on an earlier case's.
        (
            "Omar Reyes was found guilty of arson. Reyes had been free on a $75,000 bond "
            "since shortly after his arrest.",
            {("Omar Reyes", 75_000, "posted")},
        ),
        (
            "Omar Reyes was charged with arson. Reyes had been free on a $5,000 bond in a drug "
            "case when the fire was set.",
            set(),
        ),
        # "bonded out" as "bailed out": posted, at the amount set if the report gives one.
        (
            "Omar Reyes was charged with arson. Reyes bonded out of jail Monday.",
            {("Omar Reyes", None, "posted")},
        ),
        (
            "Omar Reyes was charged with arson. Bond was set at $5,000. Reyes bonded out Monday.",
            {("Omar Reyes", 5_000, "set"), ("Omar Reyes", 5_000, "posted")},
        ),
        ("Omar Reyes was charged with arson. Reyes bonded with the victim's family.", set()),
        # Released from jail on bail is this case's release; from prison after serving, not.
        (
            "Omar Reyes was charged with arson. Reyes was released from jail after his family "
            "posted his $15,000 bail.",
            {("Omar Reyes", 15_000, "posted")},
        ),
        (
            "Omar Reyes was charged with arson. Reyes was released from prison in 2019 after "
            "serving five years for robbery.",
            set(),
        ),
        # Remanded to jail or custody is held with no bail; a case remanded is no bond.
        (
            "Omar Reyes was charged with arson. Reyes was remanded to the county jail.",
            {("Omar Reyes", None, "denied")},
        ),
        (
            "Omar Reyes was charged with arson. Reyes was remanded to the custody of the U.S. "
            "Marshals Service.",
            {("Omar Reyes", None, "denied")},
        ),
        ("Omar Reyes was charged with arson. The case was remanded to a lower court.", set()),
    ],
)
def test_bond_changes_and_freedom(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_a_bond_drawn_from_two_sentences_quotes_both() -> None:
    text = (
        "Omar Reyes was charged with arson. Reyes posted bail and was released. "
        "A judge had set his bond at $10,000."
    )
    posted = [f for f in facts_of("BondSet", text) if f["status"] == "posted"]
    assert len(posted) == 1
    quote = posted[0]["evidence"]["quote"]
    assert "posted bail" in quote and "$10,000" in quote


# --------------------------------------------------------------- homicide links


def links_of(text: str) -> list[tuple[str | None, str]]:
    return sorted((f["person"], f["relation"]) for f in facts_of("LinkedToHomicide", text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Omar Reyes on Monday. Reyes is the prime suspect in the killing "
            "of a clerk, police said.",
            [("Omar Reyes", "suspect")],
        ),
        (
            "Omar Reyes was arrested on a gun charge. Detectives believe he may be connected "
            "to a 2019 murder.",
            [("Omar Reyes", "suspect")],
        ),
        (
            "Omar Reyes was arrested on a gun charge. Investigators found evidence connecting "
            "him to the killing.",
            [("Omar Reyes", "suspect")],
        ),
        (
            # one link for each of the dead counted
            "Omar Reyes was arrested on a gun charge. Police said Reyes is believed responsible "
            "for the deaths of two men.",
            [("Omar Reyes", "believed responsible")] * 2,
        ),
        (
            "Omar Reyes was arrested Friday. He is expected to be charged with murder in the "
            "death of his neighbor.",
            [("Omar Reyes", "expected to be charged")],
        ),
        (
            "Police arrested Omar Reyes on Friday in the shooting death of a clerk.",
            [("Omar Reyes", "suspect")],
        ),
        ("Police arrested Omar Reyes on murder charges in the death of a clerk.", []),
        # Once a homicide charge is filed, the case's own killing is no longer a link.
        (
            "Omar Reyes, the suspect in the killing of a clerk, was charged with murder.",
            [],
        ),
        # ... but a killing besides it is.
        (
            "Omar Reyes was charged with murder in the clerk's death. Police also linked "
            "Reyes to another killing in May.",
            [("Omar Reyes", "suspect")],
        ),
        (
            "Omar Reyes was charged with murder in the clerk's death. He was also charged in "
            "the 2019 killing of a neighbor.",
            [("Omar Reyes", "charged")],
        ),
        (
            "Omar Reyes was arrested on a gun charge. Detectives believe Reyes killed a clerk "
            "in May.",
            [("Omar Reyes", "believed responsible")],
        ),
        # The one killed is not the one linked.
        (
            "A man was taken into custody in connection with the killing of Dale Ortiz, 19.",
            [(None, "suspect")],
        ),
    ],
)
def test_homicide_link_wordings(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Omar Reyes was arrested Friday. He is suspected in two other fatal shootings.", 2),
        ("Omar Reyes was arrested Friday. He was charged in two other deadly shootings.", 2),
        # Shootings no one is said to have died in are no killings, whatever the tie.
        ("Omar Reyes was arrested Friday. He is suspected in two other shootings.", 0),
        ("Omar Reyes was arrested Friday. He was charged in two other shootings.", 0),
    ],
)
def test_counted_shootings(text: str, count: int) -> None:
    assert len(facts_of("LinkedToHomicide", text)) == count


def test_arrest_on_suspicion_of_several_murders_links_each() -> None:
    text = "Omar Reyes, 33, was arrested Thursday on suspicion of three counts of murder."
    assert links_of(text) == [("Omar Reyes", "suspect")] * 3
