"""Who a report makes a suspect, and what it says of him: names, roles per mention, unnamed
co-suspects, ages, custody. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction.mentions import find_names
from tests.extraction.reading import facts_of


def suspects_of(text: str) -> list[str | None]:
    return [f["name"] for f in facts_of("SuspectIdentified", text)]


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # Accented letters belong to the name.
        ("Police arrested José Núñez on Monday.", ["José Núñez"]),
        ("Łukasz Wójcik, 30, was charged.", ["Łukasz Wójcik"]),
        # Inner capitals and apostrophes.
        ("DeShawn McNeil and D'Angelo O'Brien were held.", ["DeShawn McNeil", "D'Angelo O'Brien"]),
        # A possessive ends a name: the word after it is another thing.
        ("They stole Ann Lee's French bulldogs.", ["Ann Lee", "French"]),
        # A name before a place or institution word is the place's, not a person's.
        ("He was booked into Santa Clara County Jail.", []),
        ("He turned himself in to St. Clair Shores police.", []),
        # "guilt" ends in "lt" but is no lieutenant's title.
        ("Imagine the guilt Bo Tran lives with.", ["Bo Tran"]),
    ],
)
def test_name_runs(sentence: str, names: list[str]) -> None:
    assert [m.text for m in find_names(sentence) if " " in m.text or m.text == "French"] == names


def test_a_word_before_a_name_is_a_title_only_as_a_whole_word() -> None:
    (mention,) = [m for m in find_names("Imagine the guilt Bo Tran lives with.") if m.start]
    assert not mention.titled
    (mention,) = [m for m in find_names("Police Lt. Bo Tran said.") if m.start]
    assert mention.titled


# ------------------------------------------------------- who is a suspect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list with ages and semicolons: the cue at its end is said of every name.
        (
            "Ivy Marsh, 22; Cole Dunn, 25; and Al Perez, 31, are accused of arson.",
            ["Ivy Marsh", "Cole Dunn", "Al Perez"],
        ),
        (
            "Others in the ring include Ivy Marsh; Cole Dunn; and Al Perez, who were charged "
            "with conspiracy.",
            ["Ivy Marsh", "Cole Dunn", "Al Perez"],
        ),
        # A bare comma joins names only in a list that goes on to "and".
        (
            "According to WXYZ Dayton, Omar Reyes was charged with murder.",
            ["Omar Reyes"],
        ),
        # Membership in a group the cue is said of.
        ("Omar Reyes, 20, was one of five people arrested in the robbery.", ["Omar Reyes"]),
        # A second verb after "but".
        ("Omar Reyes fled the scene but turned himself in days later.", ["Omar Reyes"]),
        (
            "Ivy Marsh, 40; and Cole Dunn, 50, face charges of being an accessory.",
            ["Ivy Marsh", "Cole Dunn"],
        ),
        # The object of a preposition is not the subject of the verb after it.
        (
            "The parents of Noah Reyes, who said their son drowned, pleaded guilty Friday. "
            "Omar Reyes was sentenced.",
            ["Omar Reyes"],
        ),
        # A name before a jail's name is no suspect.
        ("Omar Reyes was booked into Santa Clara County Jail on Monday.", ["Omar Reyes"]),
        # The legal name told beside a stage name is the suspect's name.
        (
            "The rapper Big Tuna was arrested Thursday. The Ohio native, whose real name is "
            "Omar Reyes, was held without bail.",
            ["Omar Reyes"],
        ),
        (
            "Police said Big Tuna, a.k.a. Omar Reyes, along with two others, has been charged "
            "with fraud. Big Tuna is due in court.",
            ["Omar Reyes"],
        ),
        # One given name with another surname is a former or married name: the report calls
        # her by the name it tells first.
        (
            "Dana Ruiz-Cole, also known as Dana Whitmer, 51, pleaded guilty to fraud. "
            "Ruiz-Cole is due back in court.",
            ["Dana Ruiz-Cole"],
        ),
        (
            "Dana Ruiz-Cole, a.k.a. Dana Whitmer, was charged with fraud.",
            ["Dana Ruiz-Cole"],
        ),
        # A sentence's first word the article writes in lower case is no part of a name.
        (
            "Following Omar Reyes's arrest, police searched the home. The following day he was "
            "charged. Reyes was held.",
            ["Omar Reyes"],
        ),
    ],
)
def test_who_is_a_suspect(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one the sentence before says was found dead is the victim, not a suspect.
        (
            "A woman was found dead in her apartment Tuesday. Police identified her as Ann "
            "Lee, 27. Her boyfriend, Omar Reyes, 30, was arrested Wednesday.",
            ["Omar Reyes"],
        ),
        # A recording is not custody.
        (
            "Omar Reyes is charged with robbery. Cameras captured Ann Lee leaving the store.",
            ["Omar Reyes"],
        ),
        # What the suspect did, told actively.
        ("Police said Omar Reyes shot Ann Lee twice in the chest.", ["Omar Reyes"]),
        ("Ann Lee was shot by a man in a red car.", []),
        # A description said of a name after a preposition: "for Ann Lee, the former
        # bookkeeper accused of"; not one whose "of" makes it another's.
        (
            "The judge set a trial date for Ann Lee, the former bookkeeper accused of stealing "
            "from the parish.",
            ["Ann Lee"],
        ),
        ("Ann Lee, the former parish bookkeeper accused of theft, was in court.", ["Ann Lee"]),
        (
            "Omar Reyes was charged with murder. Police spoke to Ann Lee, the mother of the man "
            "charged in the killing.",
            ["Omar Reyes"],
        ),
        # A wound told by where it is was done to him: "found X shot once in the head".
        (
            "Omar Reyes, 52, faces a charge of murder in the death of Cy Hall, 58. Deputies "
            "found Cy Hall shot once in the head in the bedroom. Reyes said a masked man had "
            "come through the back door, according to an arrest warrant.",
            ["Omar Reyes"],
        ),
        # A home town after the name is a capitalised place: "was" after it is no part of it,
        # so "X of Town was shot" says X was harmed, not that X shot anyone.
        ("Ann Lee of Marbury was shot in the leg on Friday.", []),
        ("Ann Lee of Marbury was stabbed outside a bar.", []),
        ("Omar Reyes of Marbury was charged with robbery.", ["Omar Reyes"]),
        # A court's district is a place, not a person charged.
        (
            "Omar Reyes, 31, was sentenced to 10 years. Lena Marsh, United States Attorney for "
            "the Southern District of Ohio, and Special Agent Ivo Kerr announced the sentence.",
            ["Omar Reyes"],
        ),
        # Ages away from the name.
        ("Omar Reyes, a 30-year-old Dayton man, was arrested.", ["Omar Reyes"]),
        # Only a headline's words cannot make a suspect of someone the report says was killed.
        (
            "Suspect arrested Ann Lee case\n\nOmar Reyes was charged in the killing of Ann Lee.",
            ["Omar Reyes"],
        ),
        # A lawyer's title after a possessive is no cue; "Reyes's attorney" is.
        (
            "State's Attorney Ann Lee said the case is strong. Reyes's attorney said Omar Reyes "
            "is innocent.",
            ["Omar Reyes"],
        ),
    ],
)
def test_roles_rest_on_what_the_sentence_says(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected


def test_a_harmed_suspect_stays_the_suspect() -> None:
    text = (
        "Omar Reyes, 31, was charged with vehicular homicide. He was injured in the crash "
        "and remains hospitalized. Reyes was shot by police and wounded. His bond was set at "
        "$150,000."
    )
    assert suspects_of(text) == ["Omar Reyes"]
    assert [f["person"] for f in facts_of("BondSet", text)] == ["Omar Reyes"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Omar Reyes, a 30-year-old Dayton man, was arrested.", 30),
        ("Omar Reyes, the 30-year-old driver, was charged.", 30),
        ("Omar Reyes, who was 29 at the time, was convicted Friday.", 29),
        ("Omar Reyes, now 27, was sentenced Friday.", 27),
    ],
)
def test_ages_away_from_the_name(text: str, age: int) -> None:
    (suspect,) = facts_of("SuspectIdentified", text)
    assert suspect["age"] == age
    assert str(age) in suspect["evidence"]["quote"]


def test_an_age_from_another_sentence_is_quoted() -> None:
    text = (
        "Omar Reyes was charged with murder Monday. Investigators met twice. Police said Reyes, "
        "31, had fled to Ohio."
    )
    (suspect,) = facts_of("SuspectIdentified", text)
    assert suspect["age"] == 31
    assert "31" in suspect["evidence"]["quote"]


# ------------------------------------------------------- unnamed co-suspects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Reyes, 25, appeared in court after he and his brother were indicted Tuesday.",
            [("Omar Reyes", 25), (None, None)],
        ),
        (
            "Omar Reyes was arrested Sunday. A 17-year-old passenger was also arrested.",
            [("Omar Reyes", None), (None, 17)],
        ),
        # Another matter's co-defendant is not this case's.
        (
            "Omar Reyes is charged with fraud. Reyes and his brother were charged in a "
            "separate case last year.",
            [("Omar Reyes", None)],
        ),
        (
            "Police arrested two suspects, a man and a woman, after a string of robberies.",
            [(None, None), (None, None)],
        ),
        ("Police are searching for a gunman who shot a man outside a bar.", [(None, None)]),
        # An unnamed suspect's age from how the report describes him.
        ("A 20-year-old Dayton man was arrested Monday in the stabbing.", [(None, 20)]),
    ],
)
def test_unnamed_suspects(text: str, expected: list) -> None:
    assert [(f["name"], f["age"]) for f in facts_of("SuspectIdentified", text)] == expected


# ------------------------------------------------------------------ arrests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group arrest is every named suspect's.
        (
            "Five people were arrested Thursday. Ivy Marsh, Cole Dunn and Al Perez were charged "
            "with robbery.",
            ["Ivy Marsh", "Cole Dunn", "Al Perez"],
        ),
        # "the arrest of X" is X's arrest, whoever is named before it.
        (
            "Omar Reyes is charged with murder. The search for Ann Lee ended with the discovery "
            "of her body and the arrest of Reyes.",
            ["Omar Reyes"],
        ),
        # A rearrest is an arrest of its own.
        (
            "Omar Reyes was arrested in March. He was released by mistake and was rearrested "
            "in August.",
            ["Omar Reyes", "Omar Reyes"],
        ),
        ("Omar Reyes handed himself over to police on Monday.", ["Omar Reyes"]),
    ],
)
def test_who_was_arrested(text: str, expected: list[str]) -> None:
    assert [f["person"] for f in facts_of("ArrestMade", text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Omar Reyes is charged with robbery. Surveillance cameras captured the suspect running.",
        "Omar Reyes is charged with homicide. He will be booked into the jail once released.",
        "Omar Reyes is charged with escape. Warrants for his re-arrest were issued Monday.",
        "Ann Lee was shot Monday night. No one has been arrested.",
        "Ann Lee was shot. Police said no suspects have been taken into custody.",
    ],
)
def test_no_arrest_where_none_was_made(text: str) -> None:
    assert facts_of("ArrestMade", text) == []


def test_a_dated_report_sentence_tells_the_arrest_better_than_a_headline() -> None:
    text = "Boyfriend arrested in killing\n\nOmar Reyes, 30, was arrested Wednesday and charged."
    (arrest,) = facts_of("ArrestMade", text)
    assert arrest["date"] == "2024-03-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative named in an appositive, with the cue after its closing comma.
        (
            "Omar Reyes was arrested Monday. His brother, Cole Marsh, was also charged.",
            ["Omar Reyes", "Cole Marsh"],
        ),
        # A lawyer, named with his role after the name, is never the suspect.
        (
            "Omar Reyes was arrested Monday. Ann Lee, a lawyer for Reyes, said he was charged "
            "unfairly and will be arraigned.",
            ["Omar Reyes"],
        ),
        # The speaker of a sentence is not whom it says was arrested.
        ("Omar Reyes was arrested. Ted Ash said the man fled and was arrested.", ["Omar Reyes"]),
        # "in the custody of" a guardian is no custody.
        (
            "Omar Reyes is charged. As a baby, Noah Ames was placed in foster care and then in "
            "the custody of his aunt.",
            ["Omar Reyes"],
        ),
        # Court wordings that only a defendant's name takes.
        ("Omar Reyes appeared in Franklin County court Monday.", ["Omar Reyes"]),
        ("Omar Reyes was denied bond at a hearing.", ["Omar Reyes"]),
        ("A jury found Omar Reyes not guilty on Friday.", ["Omar Reyes"]),
        ("Police named Omar Reyes as the suspect in the shooting.", ["Omar Reyes"]),
        # A capitalised role word before the name is no part of it.
        ("Defendant Omar Reyes was released by mistake.", ["Omar Reyes"]),
    ],
)
def test_roles_beside_the_name(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected


def test_the_fallback_never_takes_the_one_harmed() -> None:
    text = (
        "A man who hit and killed a road worker was sentenced Friday. Omar Reyes, of Dayton, "
        "hit 26-year-old Bo Tran while he was patching potholes. Reyes told police he didn't "
        "know he had hit someone."
    )
    assert "Bo Tran" not in suspects_of(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # "the 25-year-old", after the suspect is named, is he.
        ("Omar Reyes was arrested Monday. The 25-year-old is charged with murder.", 25),
        # ... but not the victim named with his age, nor one who died.
        (
            "Omar Reyes was arrested in the killing of the 19-year-old Ann Lee. He is held.",
            None,
        ),
        ("Omar Reyes was charged Monday. The 4-year-old died at a hospital.", None),
    ],
)
def test_the_aged_after_the_name(text: str, age: int | None) -> None:
    (suspect,) = [f for f in facts_of("SuspectIdentified", text) if f["name"] == "Omar Reyes"]
    assert suspect["age"] == age


@pytest.mark.parametrize(
    ("text", "residence"),
    [
        ("Omar Reyes, a 30-year-old Dayton man, was arrested.", "Dayton"),
        ("Omar Reyes, who lives in Akron, was charged with theft.", "Akron"),
    ],
)
def test_residence_beside_the_name(text: str, residence: str) -> None:
    (suspect,) = facts_of("SuspectIdentified", text)
    assert suspect["residence"] == residence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who was identified decides: a clerk is not a suspect, a suspect is.
        ("Omar Reyes is charged. The clerk, identified as Ann Lee, was not hurt.", ["Omar Reyes"]),
        ("The suspect, identified as Omar Reyes, fled on foot.", ["Omar Reyes"]),
        # A report that never cues a name: "She was charged" is the subject named just before.
        (
            "A Dayton woman is accused of stabbing her ex-husband. According to court documents, "
            "Ann Lee, 45, approached Bo Tran, 47, outside a church. Witnesses held her. She was "
            "charged with assault.",
            ["Ann Lee"],
        ),
    ],
)
def test_identified_and_pronoun_subjects(text: str, expected: list[str]) -> None:
    assert [n for n in suspects_of(text) if n] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The described lead suspect, then the one still sought.
        (
            "Police have arrested a 16-year-old in an armed robbery. A second suspect remains "
            "at large.",
            [(None, 16), (None, None)],
        ),
    ],
)
def test_unnamed_lead_and_co_suspect(text: str, expected: list) -> None:
    assert [(f["name"], f["age"]) for f in facts_of("SuspectIdentified", text)] == expected


def test_a_couple_arrested_together() -> None:
    text = (
        "A Phoenix woman and her boyfriend have been arrested in the death of her son. Ann "
        "Lee, 24, and Omar Reyes, 29, were booked on charges of murder."
    )
    assert sorted(f["person"] for f in facts_of("ArrestMade", text)) == ["Ann Lee", "Omar Reyes"]


def test_the_aged_after_a_preposition_is_not_the_suspect() -> None:
    text = (
        "Omar Reyes was booked Monday. Police said Reyes pointed a gun at the 52-year-old driver."
    )
    (suspect,) = facts_of("SuspectIdentified", text)
    assert suspect["age"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wanted, then arrested: the arrest stands.
        ("Omar Reyes, who was wanted on a warrant, was arrested Monday.", [("Omar Reyes", False)]),
        ("Omar Reyes was detained at the border on Monday.", [("Omar Reyes", False)]),
        # An arrest in another matter with a time is a prior arrest.
        (
            "Omar Reyes is charged with murder. He was arrested in March in an unrelated case.",
            [("Omar Reyes", True)],
        ),
    ],
)
def test_custody_and_prior_matters(text: str, expected: list) -> None:
    assert [(f["person"], f["prior"]) for f in facts_of("ArrestMade", text)] == expected


def test_each_clause_tells_its_own_arrest_and_date() -> None:
    text = (
        "Ivy Marsh, 17, and Cole Dunn, 16, are accused of murder. Marsh was arrested Friday; "
        "Dunn turned himself in Saturday with his mother."
    )
    arrests = [(f["person"], f["date"]) for f in facts_of("ArrestMade", text)]
    assert arrests == [("Ivy Marsh", "2024-03-08"), ("Cole Dunn", "2024-03-09")]


def test_a_date_in_a_relative_clause_is_not_the_arrest_date() -> None:
    text = (
        "Omar Reyes was taken into custody in the killing of Ann Lee, who went missing on "
        "Jan. 2. Reyes was charged with murder."
    )
    (arrest,) = facts_of("ArrestMade", text)
    assert arrest["date"] is None


def test_a_third_suspect_still_sought() -> None:
    text = (
        "Ivy Marsh and Cole Dunn were charged with murder. A third suspect, described as a man "
        "in his 20s, is still being sought."
    )
    assert suspects_of(text) == ["Ivy Marsh", "Cole Dunn", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title he no longer holds does not make him an official.
        (
            "Former police Officer Omar Reyes was charged with manslaughter on Monday.",
            ["Omar Reyes"],
        ),
        # A title of office outside policing and the courts does not shield its holder.
        ("Dr. Omar Reyes was indicted on fraud charges Tuesday.", ["Omar Reyes"]),
        # A serving officer named by his title is not the suspect by proximity.
        ("Officer Ann Lee arrested Omar Reyes after a chase.", ["Omar Reyes"]),
        # A judge who "then sentenced" someone sentences; he is sentenced only when told so.
        (
            "Superior Court Judge Ann Lee then sentenced Omar Reyes to 10 years in prison.",
            ["Omar Reyes"],
        ),
        ("Judge Ann Lee also sentenced Omar Reyes, 27, to 3.5 years.", ["Omar Reyes"]),
        ("Judge Ann Lee has since been charged with bribery.", ["Ann Lee"]),
    ],
)
def test_titles_and_former_titles(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected


def test_a_list_of_defendants_and_their_arrests() -> None:
    text = (
        "A grand jury has indicted three people in a drug ring.\n\n"
        "Those charged are:\n"
        "- Marcus Bell, 34, of Dayton\n"
        "- Tanya Ruiz, 29, of Trotwood\n"
        '- Andre "Dre" Collins, 41, of Dayton\n\n'
        "Bell and Collins were arrested Tuesday; Ruiz surrendered to the FBI."
    )
    suspects = [(f["name"], f["age"]) for f in facts_of("SuspectIdentified", text)]
    assert suspects == [("Marcus Bell", 34), ("Tanya Ruiz", 29), ('Andre "Dre" Collins', 41)]
    arrests = [f["person"] for f in facts_of("ArrestMade", text)]
    assert arrests == ["Marcus Bell", 'Andre "Dre" Collins', "Tanya Ruiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place named as a place is no person.
        ("Omar Reyes was arrested in Lake Forest. Lake Forest police charged him.", ["Omar Reyes"]),
        # "in Jones' death" does not make Jones a place.
        (
            "Omar Jones was charged in Ann Lee's death. Jones was held. He is charged in Lee' "
            "killing, and in Jones' own words he is innocent.",
            ["Omar Jones"],
        ),
    ],
)
def test_places_are_not_people(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence that opens on another case names that case's suspect, not this one's.
        (
            "Omar Reyes was charged with murder. In an unrelated case, Ann Lee was arrested "
            "Monday.",
            ["Omar Reyes"],
        ),
        # An arrest on unrelated charges still leaves him this case's person of interest.
        (
            "Omar Reyes, who was arrested on unrelated charges, is a person of interest.",
            ["Omar Reyes"],
        ),
    ],
)
def test_another_case(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected


def test_a_witness_is_never_the_suspect() -> None:
    text = (
        "Omar Reyes was arrested. Witness Bo Tran said the man was arrested and charged after "
        "a chase."
    )
    assert suspects_of(text) == ["Omar Reyes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stage name told before "better known as" is one person with the legal name.
        (
            "Omar Reyes, better known as Big Tuna, was convicted of assault.",
            ["Omar Reyes"],
        ),
        # The legal name after "real name:" in brackets, or after "born" in an aside.
        ("Rapper Big Tuna (real name: Omar Reyes) was arrested Friday.", ["Omar Reyes"]),
        ("Big Tuna, born Omar Reyes, was arrested in Florida.", ["Omar Reyes"]),
        # A relative's or the victim's maiden name is no other name of the suspect.
        (
            "Cole Dunn, 30, was arrested. His mother, born Ann Lee, was questioned.",
            ["Cole Dunn"],
        ),
        (
            "Cole Dunn was charged Friday. The victim, born Ann Lee, was shot in the leg.",
            ["Cole Dunn"],
        ),
    ],
)
def test_stage_and_legal_names(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected
