"""The names many people share, so that a shared name alone says little.

Drawn from general knowledge of the United States population (the most frequent surnames of
the census and the most frequent given names of adults): about a hundred of each. Two
reports naming "James Smith" may be about two people years and towns apart; two naming
"Thad Quillon" almost never are. Grouping asks more of a common name (see
`grouping.link_reason`); nothing else depends on this list.
"""

from __future__ import annotations

from casefile.domain.people import PersonName, formal_given


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_SURNAMES = _names(
    """
    smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
    gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white
    harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres
    nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts
    gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales
    murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos
    kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes
    price alvarez castillo sanders patel myers long ross foster jimenez
    """
)

COMMON_GIVEN = _names(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle walter jeremy christian
    keith roger terry sean carl arthur lawrence jesse jordan bryan bruce gabriel albert juan
    wayne randy roy vincent ralph eugene russell philip louis luis carlos antonio miguel
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie joyce virginia victoria kelly lauren christina joan evelyn
    judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara frances
    kathryn janice jean alice judy denise amber doris marilyn danielle beverly theresa diana
    natalie brittany marie kayla lori
    """
)


def commonness(a: PersonName, b: PersonName) -> int:
    """How many people two forms of one name (see `same_person`) may name: 2 for a common
    surname with a common given name (or none, or an initial), "James Smith"; 1 for a
    common surname with a rarer given name, "Shania Smith"; 0 otherwise, "Thad Quillon",
    and for any name both forms give with the same full middle name ("Thomas Mack Arnold")."""
    shared_middle = a.middles and b.middles and a.middles[0] == b.middles[0]
    if a.surname not in COMMON_SURNAMES or (shared_middle and len(a.middles[0]) > 1):
        return 0
    for name in (a, b):
        given = name.given
        if given and len(given) > 1 and formal_given(given) not in COMMON_GIVEN:
            return 1
    return 2
