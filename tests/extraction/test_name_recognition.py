"""Names the extractor must recognise as people though their words look like something else:
surnames that are common words ("Fox", "Lane"), names set in capitals, lower-case particles
and Korean hyphenated given names; and the places, outlets and dates whose words stay no
name. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.bare_surnames import bare_common_surnames
from casefile.extraction.mentions import name_spans
from casefile.extraction.sentences import split_sentences
from tests.extraction.reading import victims_of

PUBLISHED = datetime.date(2024, 3, 14)


def suspects_of(text: str) -> list[str | None]:
    return sorted(
        (f.fields["name"] for f in extract_facts(text, PUBLISHED) if f.kind == "SuspectIdentified"),
        key=str,
    )


def names_in(sentence: str) -> list[str]:
    return [span[2] for span in name_spans(sentence)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname that is also a common word, told with an age, a home town or an arrest.
        ("Darnell Fox, 19, faces a murder charge in the shooting on Elm Street.", "Darnell Fox"),
        ("Police arrested Tamika Lane, 27, of Dayton on Monday.", "Tamika Lane"),
        ("Kevin Church, 45, of Springfield was charged with burglary.", "Kevin Church"),
        ("Deputies arrested Tyrone May, 38, on Sunday. May was charged with theft.", "Tyrone May"),
        ("Deputies arrested 24-year-old Jin Park on Tuesday after the shooting.", "Jin Park"),
        ("Authorities charged Brandon West in the killing.", "Brandon West"),
        ("Terrence Early Jr., 30, was charged with robbery.", "Terrence Early Jr."),
        ("Police said the gunman, Keith Lane, fled. Lane was arrested hours later.", "Keith Lane"),
        # A month or a state that is also a given name.
        ("April Jones, 33, was charged with murder.", "April Jones"),
        ("Virginia Lopez, 45, was arrested and charged with assault.", "Virginia Lopez"),
        # Names in capitals, as press releases write them.
        (
            "ANTHONY KRELL, 34, of Frederiksted was arrested and charged with assault.",
            "Anthony Krell",
        ),
        ("Police arrested JAMES T. WOLCOTT, 45, of Kingshill on Friday.", "James T. Wolcott"),
        ("THOMAS LANE, 44, of Kingshill was arrested and charged with assault.", "Thomas Lane"),
        # Five words of capitals, a surname with its particles.
        ("Police arrested JUAN CARLOS DE LA ROSA, 34, of Kingshill.", "Juan Carlos De La Rosa"),
        # Lower-case particles and articles inside a surname.
        ("Police arrested Omar al-Rashid, 30, and charged him with murder.", "Omar al-Rashid"),
        ("Khalid bin Salem, 35, was charged with kidnapping on Tuesday.", "Khalid bin Salem"),
        ("Maria de la Cruz, 26, was arrested and charged with theft.", "Maria de la Cruz"),
        # A Korean given name whose second syllable is written in small letters.
        ("Kim Jong-su, 40, was arrested Monday and charged with robbery.", "Kim Jong-su"),
        ("Police arrested Sung-min Cho, 33, on Monday.", "Sung-min Cho"),
        ("Police arrested Jean-Luc d'Arcy, 41, on Monday.", "Jean-Luc d'Arcy"),
        # A surname that is also a role title.
        ("Tyrone Justice, 30, was charged with murder.", "Tyrone Justice"),
        ("Police arrested Marcus Judge, 22, on Friday.", "Marcus Judge"),
        # A nickname in single quotes stays inside the name.
        ("Andre 'Dre' Collins, 26, was charged with murder.", "Andre 'Dre' Collins"),
        # A nickname of initials, ending on its period, stays inside the name.
        ('Darnell "D.J." Fox, 22, was charged with robbery.', 'Darnell "D.J." Fox'),
        # A name in capitals whose surname opens with a letter and an apostrophe.
        ("KEVIN R. O'BANNON, 27, of Kingshill, charged with burglary.", "Kevin R. O'Bannon"),
        # "St." opening a surname, told as a person is, in full or alone.
        ("Police arrested 20-year-old Marcus St. Pierre on Sunday.", "Marcus St. Pierre"),
        ("St. Pierre, 20, was charged with theft on Sunday.", "St. Pierre"),
        # A name given to a description by a source told at length before "as" (the
        # description's own words say who he is: no cue after the name is needed).
        (
            "Prosecutors will try a 16-year-old as an adult. The teen, identified in a county "
            "attorney's filing as Dario Quint, will face counts of arson.",
            "Dario Quint",
        ),
    ],
)
def test_a_suspect_named_in_words_that_look_like_no_name(text: str, name: str) -> None:
    assert suspects_of(text) == [name]


def test_the_second_of_two_people_arrested_keeps_a_common_word_surname() -> None:
    text = "Police arrested Darnell Fox and Tamika Lane on Friday in the robbery."
    assert suspects_of(text) == ["Darnell Fox", "Tamika Lane"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fox News reported the arrest on May 3.", []),
        ("Police in West Virginia arrested him.", []),
        ("He lived on Maple Lane, 12 miles away.", ["Maple"]),
        ("He was charged in Franklin County, 45 minutes away.", []),
        ("The Dayton Police Department was charged with oversight.", []),
        ("Police arrested Darnell Hicks Monday.", ["Darnell Hicks"]),
        # Capitals before an age that name a place, an agency or a person's description.
        ("DAYTON MAN, 34, CHARGED IN SHOOTING", []),
        ("ST. THOMAS POLICE, 3 officers", []),
        ("Officers arrested Fox-led protesters and Ohio-based workers.", []),
        # "St." of a place, a street or a saint, after or before a name.
        ("Police arrested Bo Lee, 30, of St. Louis on Friday.", ["Bo Lee"]),
        ("Deputies arrested Cal Dorn in St. Clair County, 30 miles away.", ["Cal Dorn"]),
        ("He lives at 400 Main St. Springfield Police Chief Bo Lee said.", ["Bo Lee"]),
        ("He was taken to St. Vincent Hospital on Friday.", []),
        ("St. Louis police arrested Bo Lee.", ["Bo Lee"]),
        ("Port St. Lucie police arrested Bo Lee.", ["Bo Lee"]),
        ("Police searched Lake St. Clair for Bo Lee.", ["Bo Lee"]),
        # "St." right after a given name opens the surname, with no cue around it.
        ("A jury found Deon St. Clair guilty of murder.", ["Deon St. Clair"]),
        # Particles inside a name, Dutch and German as Spanish ones are.
        (
            "Police arrested Marieke ter Haar and Karl vom Stein.",
            ["Marieke ter Haar", "Karl vom Stein"],
        ),
    ],
)
def test_places_outlets_and_dates_stay_no_names(sentence: str, expected: list[str]) -> None:
    assert names_in(sentence) == expected


def test_a_relative_named_by_given_name_alone_is_no_suspect() -> None:
    text = (
        "Police arrested Darnell Fox, 19, on Friday. His brother Marcus was at the house "
        "when officers arrived."
    )
    assert suspects_of(text) == ["Darnell Fox"]


def facts_of(text: str) -> list[tuple[str, str | None]]:
    return [
        (f.kind, f.fields.get("name") or f.fields.get("person"))
        for f in extract_facts(text, PUBLISHED)
        if f.kind in ("SuspectIdentified", "ArrestMade", "ChargeFiled")
    ]


def test_a_bare_common_word_surname_refers_to_the_person_named_before() -> None:
    text = "Police arrested Ms. Tamika Lane on Friday. Ms. Lane is charged with theft."
    assert facts_of(text) == [
        ("SuspectIdentified", "Tamika Lane"),
        ("ArrestMade", "Tamika Lane"),
        ("ChargeFiled", "Tamika Lane"),
    ]


def test_a_month_after_a_preposition_is_no_bare_surname() -> None:
    sentences = split_sentences("Deputies arrested Tyrone May, 38. He was jailed in May and May 3.")
    spans = [list(name_spans(s.text)) for s in sentences]
    found = bare_common_surnames(sentences, spans)
    assert [span[2] for row in found for span in row] == ["Tyrone May"]


def test_a_bare_surname_in_capitals_refers_to_the_name_set_in_capitals() -> None:
    text = (
        "Police arrested ANTHONY KRELL, 34, of Frederiksted on Friday. Bail for KRELL was set "
        "at $50,000. Officers also arrested DESHAWN MILLS, 22, of Kingshill and charged him "
        "with grand larceny. MILLS was released after posting bail of $5,000."
    )
    bonds = [
        (f.fields["person"], f.fields["amount"])
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "BondSet"
    ]
    assert bonds == [("Anthony Krell", 50000), ("Deshawn Mills", 5000)]


@pytest.mark.parametrize("town", ["Estate Glynn", "Cedar Rapids"])
def test_a_home_town_of_two_words_after_the_age_is_no_second_person(town: str) -> None:
    text = f"Police arrested Anthony Krell, 34, of {town}, on Friday and charged him with assault."
    assert facts_of(text) == [
        ("SuspectIdentified", "Anthony Krell"),
        ("ArrestMade", "Anthony Krell"),
        ("ChargeFiled", "Anthony Krell"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested Dr. Helen Ward, 52, and charged her with manslaughter.", "Helen Ward"),
        ("Police arrested Officer Jason Vandyke on Friday.", "Jason Vandyke"),
    ],
)
def test_a_person_named_by_title_as_the_one_arrested_is_a_suspect(text: str, name: str) -> None:
    assert suspects_of(text) == [name]


def test_the_officer_who_made_the_arrest_is_no_suspect() -> None:
    text = "Bo Tran was arrested by Officer Jason Vandyke on Friday."
    assert suspects_of(text) == ["Bo Tran"]


def test_a_name_told_in_an_appositive_takes_the_cue_after_it() -> None:
    text = "A 19-year-old man, identified as Darnell Hicks, was arrested Friday."
    assert suspects_of(text) == ["Darnell Hicks"]


def test_a_victim_told_in_an_appositive_is_no_suspect() -> None:
    text = "The victim, identified as Ann Lee, was killed. Bo Tran was charged with murder."
    assert suspects_of(text) == ["Bo Tran"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The town of a man told by his age, as British reports give it.
        (
            "A man has died after a fight in Oakvale. A 31-year-old man from Dunmere Heath was "
            "arrested at the scene on suspicion of assault.",
            [(None, 31)],
        ),
        # A street, then the town, after a comma and "of".
        (
            "Rory Blane, 27, of Heron Close, Dunmere Heath, was charged with burglary. Blane, of "
            "Heron Close, Dunmere Heath, denied the charge.",
            [("Rory Blane", 27)],
        ),
        # A town a person lives outside
        (
            "Rory Blane, 58, was arrested Monday. Blane, then a welder living outside Cedar "
            "Springs, had been arrested in 1994 on a theft charge.",
            [("Rory Blane", 58)],
        ),
        # An age in brackets and a town after it, before the verb, beside a second suspect
        (
            "Dara Quill (44), from Kilmoon, Co Clare, is charged with theft. His co-accused, "
            "Mart Kask, 29, was refused bail.",
            [("Dara Quill", 44), ("Mart Kask", 29)],
        ),
        # An Irish court's address: "with an address at", a particle, a county ("Co").
        (
            "Two men appeared in court. Ciarán Dolan (52), with an address at Baile na Carraige, "
            "Kilmoon, Co Mayo, and Estonian national Mart Kask (29), of no fixed abode, "
            "appeared before Kilmoon District Court. Both men are charged with robbery.",
            [("Ciarán Dolan", 52), ("Mart Kask", 29)],
        ),
    ],
)
def test_an_address_told_after_a_person_names_no_one(
    text: str, expected: list[tuple[str | None, int]]
) -> None:
    found = [
        (f.fields["name"], f.fields["age"])
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "SuspectIdentified"
    ]
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An alias between the name and the age, in a sentence and in a roster line.
        (
            'Kade Orr, also known as "Lil K," 19, of Marlow, was charged with murder.',
            {("Kade Orr", 19, "Marlow")},
        ),
        (
            "Prosecutors charged two men in the shooting.\n\nCharged are:\n\n"
            'Kade Orr, also known as "Lil K," 19, of Marlow: first-degree murder.\n\n'
            "Tobin Rusk, 21, of Kettle Falls: first-degree murder.",
            {("Kade Orr", 19, "Marlow"), ("Tobin Rusk", 21, "Kettle Falls")},
        ),
        # ... written with slashes, as federal releases write it, or with the surname again
        (
            'Kade Orr, a/k/a "Lil K," 19, of Marlow, was charged with murder.',
            {("Kade Orr", 19, "Marlow")},
        ),
        (
            'Police obtained a warrant charging Kade Orr, 19, also known as "Kay" Orr, with '
            "murder.",
            {("Kade Orr", 19, None)},
        ),
        # A town of two words right after the name, with no comma between: no one's name.
        (
            "A second man, 19-year-old Rhys Dunmore of Cedar Falls, was arrested Sunday.",
            {("Rhys Dunmore", 19, "Cedar Falls")},
        ),
        # A town with a capital inside a word.
        (
            "Rhys Dunmore, 27, of McAllen, was charged with robbery.",
            {("Rhys Dunmore", 27, "McAllen")},
        ),
        (
            "Rhys Dunmore, 27, of DeKalb, was charged with robbery.",
            {("Rhys Dunmore", 27, "DeKalb")},
        ),
    ],
)
def test_aliases_and_towns_with_inner_capitals(text: str, expected: set) -> None:
    found = {
        (f.fields["name"], f.fields["age"], f.fields["residence"])
        for f in extract_facts(text, datetime.date(2024, 3, 14))
        if f.kind == "SuspectIdentified"
    }
    assert found == expected


def test_a_name_given_at_length_to_a_harmed_description_is_no_suspect() -> None:
    # near miss of "The teen, identified in a county attorney's filing as Dario Quint, will
    # face counts of arson": the one so named is the clerk, harmed
    text = (
        "Police arrested Bo Tran, 19, on Monday. The clerk, identified in a police report as "
        "Ann Lee, was treated for a cut on her arm."
    )
    assert suspects_of(text) == ["Bo Tran"]


def test_charges_after_a_name_and_its_alias_are_his() -> None:
    text = (
        'Police obtained a warrant charging Kade Orr, 19, also known as "Kay" Orr, with murder '
        "and arson."
    )
    charges = {
        (f.fields["person"], f.fields["charge"])
        for f in extract_facts(text)
        if f.kind == "ChargeFiled"
    }
    assert charges == {("Kade Orr", "murder"), ("Kade Orr", "arson")}


def test_the_arrest_after_a_name_and_its_two_word_town_is_his() -> None:
    text = "Police said 19-year-old Rhys Dunmore of Cedar Falls was arrested Sunday."
    arrested = [
        f.fields["person"] for f in extract_facts(text, PUBLISHED) if f.kind == "ArrestMade"
    ]
    assert arrested == ["Rhys Dunmore"]


@pytest.mark.parametrize(
    "text",
    [
        "Cyril Moak, 25, was arrested after a shooting at Golden Dragon Buffet that wounded a cook.",
        "Cyril Moak, 25, was charged with robbing Lakeside Auto Sales on Monday.",
        "A man was grazed by a bullet outside the Superior Food Mart, and Cyril Moak, 25, was "
        "charged with assault.",
    ],
)
def test_a_business_is_no_person(text: str) -> None:
    # A name ending in a business's word ("Buffet", "Sales", "Mart") names no one harmed.
    assert not any(name for name, _, _ in victims_of(text))


def test_a_surname_like_a_business_word_elsewhere_stays_a_name() -> None:
    # near miss: "Mart" or "Sales" is a business's word only as the name's last word
    text = "Cyril Moak, 25, was charged with shooting Ana Salesky, who was wounded."
    assert [name for name, _, _ in victims_of(text)] == ["Ana Salesky"]
