"""Suspects introduced the ways crime news introduces them beyond "X, 30, of Y, was
arrested": a purpose only the accused has ("flown back to face charges"), an admission of the
deed, a name given to a described suspect ("He is ..."), the others of a counted group, Korean
names, a booking photo. Each rule has a near miss it must not read. Every sentence here is
written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man wanted in a Tucson killing waived extradition Tuesday. Omar Bakr, 31, will "
            "be flown back to Arizona to face a murder charge.",
            {("Omar Bakr", 31): 1},
        ),
        (
            "Police said Wes Halloran, 44, returned from Mexico on Friday to stand trial.",
            {("Wes Halloran", 44): 1},
        ),
        (
            "Detectives said Cole Varga, 26, admitted that he stabbed his roommate during an "
            "argument.",
            {("Cole Varga", 26): 1},
        ),
    ],
)  # fmt: skip
def test_what_only_the_accused_does_makes_a_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # She travels to face the man, not a charge.
        "Lena Ortiz, 52, flew to Tucson to face the man who killed her son in court.",
        # A victim tells the police what someone else did to her.
        "Ada Kerr, 40, told detectives he punched her twice before he ran off.",
        # An admission to a hospital is no admission of a deed.
        "Ada Kerr, 40, was admitted to a hospital after she was struck by a car.",
    ],
)
def test_facing_someone_or_telling_the_police_makes_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have named a suspect in Friday's robbery of a credit union in Tacoma. He is "
            "Rory Vance, 39, of Lakewood, police said.",
            {("Rory Vance", 39): 1},
        ),
        (
            "Deputies arrested a driver after a crash that hurt two children. The driver is Ida "
            "Brandt, 58, of Erie.",
            {("Ida Brandt", 58): 1},
        ),
    ],
)  # fmt: skip
def test_a_sentence_saying_who_the_described_suspect_is_names_him(
    text: str, expected: dict
) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # The man described was found dead: his name is a victim's.
        "A man was found dead in a parked car in Troy on Sunday. He was Ray Dunn, 45.",
        # The sentence says whose neighbour he is, not who he is.
        "Police arrested a man Friday. He is Ann Lee's neighbor, she said.",
    ],
)
def test_who_a_harmed_description_is_or_whose_relative_names_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The others of a counted group told by a participle ("three people arrested").
        (
            "A 17-year-old is one of three people arrested in a shooting at a mall that wounded "
            "two shoppers. The others are Nico Pratt, 19, and Abel Soto, 20, both of Duluth.",
            {("Nico Pratt", 19): 1, ("Abel Soto", 20): 1, (None, 17): 1},
        ),
        # A juvenile co-suspect not named, his age in the aside.
        (
            "Rey Duval, 17, and Tad Mercer, 16, are charged with robbery. A third suspect, a "
            "15-year-old, was not named because of his age.",
            {("Rey Duval", 17): 1, ("Tad Mercer", 16): 1, (None, 15): 1},
        ),
        # A roster after a sentence of arrests of a group, with no colon.
        (
            "Deputies arrested three men in a theft sting on Friday.\n\nGus Varela, 41, of "
            "Sparks\nLeo Quint, 37, of Fernley\nHal Brody, 55, of Sparks",
            {("Gus Varela", 41): 1, ("Leo Quint", 37): 1, ("Hal Brody", 55): 1},
        ),
    ],
)  # fmt: skip
def test_members_of_a_group_of_suspects(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # The others of a group of the killed are victims.
        "Two men were killed in a shooting at a mall in Duluth. The others are Nico Pratt, 19, "
        "and Abel Soto, 20.",
        # Roster lines after a sentence whose group is the dead, not the arrested.
        "A man was arrested after a crash that killed two people.\n\nIda Pratt, 41, of Reno\n"
        "Abel Soto, 37, of Sparks",
        # "charged at officers" is no charge.
        "Police said a man charged at officers with a knife. Abel Soto, 37, was shot.",
    ],
)
def test_groups_that_were_not_taken_make_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline gives the full name the report's sentences only give as a surname.
        (
            "Reno Man Charged After Stabbing, Gus Varela Held\n\nA Reno man was arrested "
            "Friday after a woman was stabbed, police said.\n\nVarela, 41, faces a charge of "
            "attempted murder.",
            {("Gus Varela", 41): 1},
        ),
        # The custody the subject took the named one into, told by a pronoun.
        ("Deputies tracked down Gus Varela and arrested him.", {("Gus Varela", None): 1}),
        (
            "Police found Gus Varela hiding in an attic and took him into custody.",
            {("Gus Varela", None): 1},
        ),
        # An infinitive of custody or charge before the name.
        ("Prosecutors plan to charge Gus Varela with murder.", {("Gus Varela", None): 1}),
        (
            "Police said they were able to arrest Gus Varela after a chase.",
            {("Gus Varela", None): 1},
        ),
        # A group noun set beside the names; a kinship word before a name is no part of it.
        (
            "Police arrested a Dayton couple, Ann and Bo Tran, on Friday.",
            {("Ann Tran", None): 1, ("Bo Tran", None): 1},
        ),
        (
            "Siblings Ann Tran, 19, and Bo Tran, 21, were arrested.",
            {("Ann Tran", 19): 1, ("Bo Tran", 21): 1},
        ),
    ],
)  # fmt: skip
def test_names_the_report_ties_to_custody_indirectly(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # A heading's word before a given name the report also uses alone is no given name.
        "A man was arrested after Eli Quill, 4, died in July.\n\nRemembering Eli And His "
        "Family\n\nEli loved trucks.",
        # The son is the one arrested, not his mother.
        "Police found Ann Lee's son and arrested him.",
        # Declining to charge, or a phone to charge.
        "Prosecutors declined to charge Gus Varela.",
        "Ann Lee drove to the station to charge her phone.",
    ],
)
def test_near_misses_of_indirect_custody_make_no_named_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gus Varela is still on the loose.", {("Gus Varela", None): 1}),
        ("Gus Varela should be considered armed and dangerous.", {("Gus Varela", None): 1}),
        (
            "Anyone with information on the whereabouts of Gus Varela is asked to call police.",
            {("Gus Varela", None): 1},
        ),
        # An age written without hyphens.
        ("Gus Varela, a 41 year old man, was arrested.", {("Gus Varela", 41): 1}),
        ("Police arrested 41 year old Gus Varela.", {("Gus Varela", 41): 1}),
        # A relation of a named person set beside the name of the one arrested.
        (
            "Police arrested Darnell Smith's brother, Gus Smith, 30.",
            {("Gus Smith", 30): 1},
        ),
    ],
)  # fmt: skip
def test_wanted_and_aged_forms(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The dog was on the loose for an hour before Ann Lee found it.",
        "Anyone with information on the whereabouts of Ann Lee, who went missing in May, is "
        "asked to call police.",
        # The brother is someone the police spoke to, not whom they arrested.
        "Police arrested the man and spoke to Darnell Smith's brother, Gus Smith, 30.",
    ],
)
def test_near_misses_of_wanted_forms_name_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unnamed group's ages, told together, each its member's.
        ("Two teens, ages 15 and 16, were arrested.", {(None, 15): 1, (None, 16): 1}),
        # as British reports give the ages
        ("Two men, aged 19 and 22, were arrested on suspicion of robbery.", {(None, 19): 1, (None, 22): 1}),
        (
            "A 15-year-old and a 16-year-old were charged with murder.",
            {(None, 15): 1, (None, 16): 1},
        ),
        (
            "Police arrested two juveniles, a 14-year-old boy and a 15-year-old girl.",
            {(None, 14): 1, (None, 15): 1},
        ),
        ("Deputies detained three men after a chase.", {(None, None): 3}),
        (
            "Gus Varela, 41, was arrested. Another man, who has not been identified, is also "
            "wanted.",
            {("Gus Varela", 41): 1, (None, None): 1},
        ),
    ],
)  # fmt: skip
def test_unnamed_suspects_and_their_ages(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


def test_the_ages_of_the_harmed_are_not_the_groups() -> None:
    text = "Two men were arrested after a 14-year-old boy and a 15-year-old girl were shot."
    assert suspects_of(text) == Counter({(None, None): 2})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arrested were Li Wei, 48, Zhang Mei Ling, 39, and Park Ji-hoon, 51, all of Queens.",
            {("Li Wei", 48): 1, ("Zhang Mei Ling", 39): 1, ("Park Ji-hoon", 51): 1},
        ),
        ("Lee Hye-jeong, 30, was charged with fraud.", {("Lee Hye-jeong", 30): 1}),
    ],
)  # fmt: skip
def test_korean_names_in_their_own_order(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place's "Park" stays a place; a hyphened English word is no syllable of a name.
        ("Bo Tran was arrested on Park Avenue.", {("Bo Tran", None): 1}),
        ("Ohio-born Bo Tran, 30, was charged.", {("Bo Tran", 30): 1}),
    ],
)  # fmt: skip
def test_common_words_around_names_stay_out_of_them(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only the arrested are booked: a booking photo or mug shot names a suspect.
        (
            "PHOTO: Bethany Lorne is shown in a booking photo released by the sheriff's "
            "office.\n\nA daycare worker has been charged with child abuse.",
            {("Bethany Lorne", None): 1},
        ),
        ("Gus Varela, 41, is shown in this booking photo.", {("Gus Varela", 41): 1}),
        ("Gus Varela's mugshot was released Friday.", {("Gus Varela", None): 1}),
        (
            "Booking photo of Gus Varela, 41.\n\nA Reno man was arrested Friday after a woman "
            "was stabbed, police said.",
            {("Gus Varela", 41): 1},
        ),
    ],
)  # fmt: skip
def test_a_booking_photo_names_a_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee is shown in a family photo.",
        "Ann Lee is shown in this photo provided by her family.",
    ],
)
def test_other_photos_name_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What only a defendant does or undergoes, said of a co-defendant in a court story.
        ("Bo Tran was convicted. Ann Lee took a plea deal.", {("Bo Tran", None): 1, ("Ann Lee", None): 1}),
        (
            "Bo Tran was convicted. Ann Lee cooperated with prosecutors in exchange for a "
            "lighter sentence.",
            {("Bo Tran", None): 1, ("Ann Lee", None): 1},
        ),
        ("Bo Tran was convicted. Ann Lee is in federal prison.", {("Bo Tran", None): 1, ("Ann Lee", None): 1}),
        (
            "Bo Tran was convicted. Ann Lee was released after serving four years.",
            {("Bo Tran", None): 1, ("Ann Lee", None): 1},
        ),
        # Names in an aside between dashes, the cue after its closing dash.
        (
            "Five others — Ann Lee, Cal Ng and Gus Roe — were also charged.",
            {("Ann Lee", None): 1, ("Cal Ng", None): 1, ("Gus Roe", None): 1},
        ),
    ],
)  # fmt: skip
def test_co_defendants_in_a_court_story(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran was convicted. Ann Lee visited her son in prison.",
        "Bo Tran was convicted. The victims — Ann Lee and Cal Ng — were both 19.",
        "Bo Tran was convicted. Ann Lee, a witness, said she would cooperate with the press.",
    ],
)
def test_people_around_a_defendant_are_no_co_defendants(text: str) -> None:
    assert [name for name, _ in suspects_of(text) if name] == ["Bo Tran"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A juvenile co-suspect the report does not name, beside a named adult.
        (
            "Arrested:\n- Omar Pike, 20, of Akron - robbery\n- A 14-year-old male - robbery, "
            "theft. His name is not being released.",
            {("Omar Pike", 20): 1, (None, 14): 1},
        ),
        (
            "Omar Pike, 20, was arraigned Monday. The 14-year-old appeared in juvenile court "
            "Tuesday.",
            {("Omar Pike", 20): 1, (None, 14): 1},
        ),
        (
            "Omar Pike, 20, was sentenced to five years. The second suspect, a 14-year-old boy, "
            "was adjudicated delinquent.",
            {("Omar Pike", 20): 1, (None, 14): 1},
        ),
        (
            "The mother of a 14-year-old student accused of bringing a knife to school was "
            "charged Friday. Ida Pike, 39, was released on bond.",
            {("Ida Pike", 39): 1, (None, 14): 1},
        ),
        (
            "Ida Pike, 39, whose 14-year-old son took her gun to school, was indicted. The Post "
            "is not naming the teen because he is a juvenile.",
            {("Ida Pike", 39): 1, (None, 14): 1},
        ),
    ],
)  # fmt: skip
def test_an_unnamed_juvenile_beside_a_named_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The aged description is the named suspect himself when his age is not told.
        (
            "A 16-year-old boy charged in a killing will be tried as an adult. The teen, Ray "
            "Cole, is charged with murder. The 16-year-old was arrested two days later.",
            {("Ray Cole", 16): 1},
        ),
        # A 14-year-old who was hurt is no co-suspect.
        (
            "Omar Pike, 20, was arraigned Monday. The 14-year-old was treated at a hospital.",
            {("Omar Pike", 20): 1},
        ),
    ],
)  # fmt: skip
def test_an_aged_description_that_is_no_further_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An officer introduced by his rank as the one tried is the suspect.
        (
            "A judge on Thursday acquitted Dayton police officer Brent Holt of assault in the "
            "shooting of a driver. Holt, 32, had chosen a bench trial.",
            {("Brent Holt", 32): 1},
        ),
        (
            "A jury convicted former sheriff's deputy Ann Lee of manslaughter.",
            {("Ann Lee", None): 1},
        ),
        # Near misses: the officer who arrested or testified is none.
        ("Officer Bo Tran arrested Cal Ng.", {("Cal Ng", None): 1}),
        ("The judge sentenced Cal Ng after Officer Bo Tran testified.", {("Cal Ng", None): 1}),
    ],
)  # fmt: skip
def test_an_officer_tried_by_rank_is_the_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one responsible, identified by a description with an age.
        (
            "Officers identified the person responsible for the post as a 16-year-old male "
            "student. The student was arrested and charged with making threats.",
            {(None, 16): 1},
        ),
        (
            "Police identified the man responsible for the shooting as Bo Tran, 30.",
            {("Bo Tran", 30): 1},
        ),
        # A student with an age who was harmed gives the suspect no age.
        ("A 16-year-old male student was shot. Police arrested a man.", {(None, None): 1}),
    ],
)  # fmt: skip
def test_the_one_identified_as_responsible(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # The lead's driver is the one named after it.
        ("A Milford driver", {("Brandon K. Lutz Jr.", 27): 1}),
        # A lead that speaks of another driver keeps him apart.
        ("Another driver", {("Brandon K. Lutz Jr.", 27): 1, (None, None): 1}),
    ],
)
def test_a_lead_that_describes_the_one_named_after_it(lead: str, expected: dict) -> None:
    text = (
        f"{lead} faces charges of vehicular homicide after a crash that killed a cyclist "
        "Saturday night, police said.\n\nPolice said Brandon K. Lutz Jr., who is 27, was "
        "driving north on Route 1 when his pickup struck the cyclist.\n\nLutz was released on "
        "a promise to appear in court."
    )
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lawyer who sues speaks for a family, not for a defendant.
        (
            "Gus Varela, 41, was charged. Ann Lee's attorney filed a wrongful death lawsuit "
            "against the city.",
            {("Gus Varela", 41): 1},
        ),
        (
            "Gus Varela, 41, was charged. Varela's attorney, Ann Park, said he is innocent.",
            {("Gus Varela", 41): 1},
        ),
        # Another case the report compares this one with.
        (
            "Gus Varela, 41, was charged. The case is similar to that of Dan Cole, who was "
            "convicted in 2019 of killing his wife.",
            {("Gus Varela", 41): 1},
        ),
        # A victim's record is no charge of this case; a suspect's is his.
        (
            "Gus Varela, 41, was charged. The victim, Dan Cole, had previously been arrested "
            "for assault.",
            {("Gus Varela", 41): 1},
        ),
        (
            "Dan Cole, 41, had previously been arrested for assault. He was charged again "
            "Friday.",
            {("Dan Cole", 41): 1},
        ),
    ],
)  # fmt: skip
def test_people_of_other_matters_are_no_suspects(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An inquiry that clears someone of wrongdoing charged no one.
        (
            "Gus Varela, 41, was charged. Ann Lee was cleared of wrongdoing.",
            {("Gus Varela", 41): 1},
        ),
        # A verdict that clears a defendant of a crime, and bail he posts, are a suspect's.
        ("Ann Lee was cleared of murder in 2020.", {("Ann Lee", None): 1}),
        ("Ann Lee posted bail Friday.", {("Ann Lee", None): 1}),
    ],
)  # fmt: skip
def test_cleared_and_bail(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone first named by her tie to the victim, who named the attacker, is no suspect.
        (
            "Jed Moss, 33, was booked on a murder charge. Officers found 29-year-old Kim Hale "
            "with stab wounds; she died. Her roommate, 31-year-old Tia Gray, was stabbed in "
            "the arm when she tried to pull the attacker away. According to police, Gray "
            "identified the attacker as Moss.",
            {("Jed Moss", 33): 1},
        ),
        # Nor is one named only as the owner of the one charged.
        ("Police charged Ann Lee's son with murder.", {}),
        # A relative the report says is charged himself still is.
        (
            "Gus Varela, 41, was charged. His brother, Cal Varela, 38, is charged with "
            "hindering prosecution.",
            {("Gus Varela", 41): 1, ("Cal Varela", 38): 1},
        ),
    ],
)  # fmt: skip
def test_people_tied_to_others_are_suspects_only_by_their_own_sentences(
    text: str, expected: dict
) -> None:
    assert suspects_of(text) == Counter(expected)


_BAR = (
    "The bartender, Kim Hale, 29, was working the late shift at Mo's Tavern. Hale's co-worker, "
    "Tia Gray, said Hale had complained about a customer. Gray said Hale was well liked."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one the report names most is the one harmed, not the unnamed man arrested.
        (f"Police arrested a man Friday in the stabbing of a bartender.\n\n{_BAR}", {(None, None): 1}),
        (
            f"Police arrested a man Friday after a fight at a bar.\n\n{_BAR} Police have not "
            "released the man's name.",
            {(None, None): 1},
        ),
        # A bartender the police arrested is the one named.
        (
            f"Police arrested a bartender Friday after a customer was stabbed.\n\n{_BAR}",
            {("Kim Hale", 29): 1},
        ),
    ],
)  # fmt: skip
def test_the_person_a_report_is_about_is_not_the_harmed_one(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The police give the legal name its age and the street name after it.
        (
            "Police arrested Gus Varela, 30, also known as Gee Money. Gee Money was held on bond.",
            {("Gus Varela", 30): 1},
        ),
        # A stage name told first, the legal name after "a.k.a.", is still the legal name's.
        (
            "Lil Vell, a.k.a. Marcus Dell, 30, was arrested. Dell was held.",
            {("Marcus Dell", 30): 1},
        ),
    ],
)  # fmt: skip
def test_an_alias_after_the_aged_legal_name(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gus Varela was granted a new trial.",
        "Gus Varela was denied parole for the third time.",
        "The state Supreme Court upheld Gus Varela's murder conviction.",
        "Gus Varela's appeal was rejected.",
        "Gus Varela was executed Thursday night.",
        "Gus Varela died in prison in 2019.",
        "Gus Varela was exonerated after DNA tests.",
        "Gus Varela is appealing his conviction.",
        "Gus Varela's lawyers argued that his confession was coerced.",
        "Gus Varela maintains his innocence.",
        "Gus Varela has denied the allegations.",
        "Gus Varela has not entered a plea.",
        "Gus Varela was committed to a state psychiatric hospital.",
    ],
)
def test_what_befalls_only_the_accused_after_a_charge(text: str) -> None:
    assert suspects_of(text) == Counter({("Gus Varela", None): 1})


@pytest.mark.parametrize(
    "text",
    [
        "Protests over Gus Varela's murder continued.",
        "Ann Lee, the victim's mother, was granted a protective order.",
        "Police executed a search warrant at the home of Ann Lee.",
        "Ann Lee died in a hospital.",
    ],
)
def test_near_misses_after_a_charge_name_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gus Varela's defense asked for a delay.", {("Gus Varela", None): 1}),
        (
            "Attorney Ann Park, who represents Gus Varela, asked for a delay.",
            {("Gus Varela", None): 1},
        ),
        # A player's defense, a lawmaker's district, a family's lawyer.
        ("The coach praised Gus Varela's defense.", {}),
        ("Rep. Ann Park, who represents Dayton, spoke.", {}),
        ("Ann Park, who represents the family of Gus Varela, spoke.", {}),
    ],
)  # fmt: skip
def test_a_defense_names_its_defendant(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gus Varela was identified by witnesses as the shooter.",
        "Gus Varela is the prime suspect, police said.",
        "Gus Varela was the getaway driver, prosecutors said.",
        "Prosecutors said Gus Varela was the triggerman.",
        "Gus Varela masterminded the robbery, police said.",
        "Gus Varela hired two men to kill his wife, prosecutors said.",
        "Investigators say Gus Varela lured the victim to the park.",
        "Gus Varela is implicated in the shooting.",
        "Gus Varela was caught on camera stealing a car.",
    ],
)
def test_the_part_the_report_gives_him_in_the_crime(text: str) -> None:
    assert suspects_of(text) == Counter({("Gus Varela", None): 1})


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee is the suspect's mother.",
        "Ann Lee planned a vigil for the victims.",
        "Ann Lee hired a lawyer to sue the city.",
        "Ann Lee was caught on camera helping a stranger.",
    ],
)
def test_parts_that_are_no_part_in_the_crime(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name written with and without its accents is one person's.
        (
            "Ana María Pérez, 30, was arrested. Ana Maria Perez was booked.",
            {("Ana María Pérez", 30): 1},
        ),
        # Two people whose names differ by more than accents stay two.
        (
            "Ana Pérez, 30, and Ana Perea, 31, were arrested.",
            {("Ana Pérez", 30): 1, ("Ana Perea", 31): 1},
        ),
    ],
)  # fmt: skip
def test_accents_do_not_make_two_people(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody told by an object pronoun is the previous sentence's subject's.
        (
            "Gus Varela had a long criminal history. Police arrested him Friday.",
            {("Gus Varela", None): 1},
        ),
        (
            "Gus Varela, 41, fled the state. Deputies later took him into custody in Reno.",
            {("Gus Varela", 41): 1},
        ),
        # Not one the sentence before says was harmed, nor a relative it opens on.
        ("Ann Lee was stabbed Friday. Police arrested him hours later.", {(None, None): 1}),
        ("His mother, Ann Lee, called police. Police arrested him Friday.", {(None, None): 1}),
    ],
)  # fmt: skip
def test_custody_told_by_an_object_pronoun(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wanted: Gus Varela, 30, of Reno.", {("Gus Varela", 30): 1}),
        ("WANTED: Gus Varela, 30.", {("Gus Varela", 30): 1}),
        # Wanting someone to do something is no label.
        ("Police said they wanted Ann Lee to call.", {}),
    ],
)  # fmt: skip
def test_a_wanted_label(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)
