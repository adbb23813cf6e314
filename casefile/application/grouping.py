"""Which articles report the same case: when two articles' profiles link.

Two articles link when they name the same person in a way that marks the person as central
to both (`profiles.NamedPerson.central`), and the rest of the two stories does not tell two
people apart: a name many people share ("James Smith") needs more than the name (near in
time, another person in common, the same town, charge or age); see `link_reason`. The
decision looks at the two profiles only (`profiles.build_profile`), never at what else is
stored, so the cases (the connected groups of linked articles) do not depend on the order
articles arrive in. docs/grouping.md gives the rule in full.
"""

from __future__ import annotations

from casefile.application.common_names import commonness
from casefile.application.incidents import incident_reason
from casefile.application.name_variants import written_variants
from casefile.application.profiles import (
    LINKED_VICTIM,
    OFFICIAL,
    SUSPECT,
    VICTIM,
    NamedPerson,
    Profile,
)
from casefile.domain.people import PersonName, same_person

# Reports of one case cluster in its first weeks (arrest, charges, bond, arraignment); two
# reports this close that name the same person are one case unless the stories disagree.
NEAR_DAYS = 30
# What a shared name and the rest of two stories weigh (see `link_reason`): a link needs
# `LINK_WEIGHT`. A rare name carries a link by itself unless the stories disagree twice
# (town and age); a common surname with a rarer given name needs one thing more to agree
# (the same town, charge, age...); a common full name (or a surname alone) needs the
# reports to be near in time, or two things more.
NAME_WEIGHTS = {0: 3, 1: 1, 2: 0}  # by `common_names.commonness`
SURNAME_ALONE = 0
NEAR, SECOND_PERSON, NAMED_IN_BOTH = 2, 2, 1
SAME_PLACE, SAME_CHARGE, SAME_AGE, RECALLS_YEAR = 1, 1, 1, 1
OTHER_PLACE, OTHER_AGE = -1, -1
TWO_PARTICULARS = 2  # that outweigh another town (see `_weigh`)
LINK_WEIGHT = 2
# Stated ages of one person within this many years of each other (after the time between
# the reports) agree: outlets round, and a birthday may fall in between.
AGE_SLACK = 1.5


def link_reason(a: Profile, b: Profile) -> str | None:
    """Why two articles report the same case, or None if nothing ties them.

    They do when a person is central to one (a suspect or victim by the facts, or a full
    name repeated in the text, alone at least once) and named in the other, and the rest of
    the two stories weighs for one case (`_weigh`): a rare name ties them unless the
    stories disagree on both town and age; a name many people share ("James Smith") ties
    them only when something else agrees (published within `NEAR_DAYS`, another person
    named in both, the same town, charge or age, a later report recalling the earlier
    one's year). Who was quoted never ties two articles: an official, a spokesperson, a
    lawyer or a judge speaks for many cases. The victim of a *linked* homicide never ties
    two articles either: that is a related case. Two reports that no person ties are one
    case when they tell the same incident (`incidents.incident_reason`: the same kind of
    crime, town and day, and particulars that agree), unless they name different suspects
    or different victims.
    """
    for pa in a.people:
        for pb in b.people:
            if not _same_named(pa, pb):
                continue
            if pa.only_linked or pb.only_linked:
                continue
            if pa.central or pb.central:
                weight, agreeing = _weigh(a, b, pa, pb)
                if weight < LINK_WEIGHT:
                    continue
                named = pa if pa.central else pb
                because = f": {', '.join(agreeing)}" if agreeing else ""
                return f"both name {named.name} ({_role_word(named)}{because})"
    if a.incident is None or b.incident is None or _tell_apart(a, b):
        return None
    return incident_reason(a.incident, b.incident)


def _tell_apart(a: Profile, b: Profile) -> bool:
    """Whether both reports name a suspect (or both a victim) in full, and none is the same
    person: two incidents, however alike."""
    for role in (SUSPECT, VICTIM):
        named_a = [p.parsed for p in a.people if role in p.roles and p.parsed.is_full]
        named_b = [p.parsed for p in b.people if role in p.roles and p.parsed.is_full]
        if named_a and named_b and not any(same_person(x, y) for x in named_a for y in named_b):
            return True
    return False


def _weigh(a: Profile, b: Profile, pa: NamedPerson, pb: NamedPerson) -> tuple[int, list[str]]:
    """How much the rest of two stories says they are one case, given that both name the
    person `pa` / `pb`: the weight, and what agrees (named in the reason).

    Read as a reporter reads two clippings with one name: the name itself (a rare name is
    nearly proof, "James Smith" is not), then what a later report of the same case repeats
    (the victim or a co-defendant, the town, the charge, the age, "the 2019 killing"), and
    what two different people would not share. Places and ages count against only when
    both reports state them, and only one point each: outlets disagree on ages and name
    the county for the town, so one disagreement never outweighs the rest.
    """
    if pa.parsed.is_full and pb.parsed.is_full:
        weight = NAME_WEIGHTS[commonness(pa.parsed, pb.parsed)]
    else:
        weight = SURNAME_ALONE
    agreeing: list[str] = []
    if not same_person(pa.parsed, pb.parsed) and not _misspelt_given(pa.parsed, pb.parsed):
        # Written differently ("Dan Reyes" / "Daniel Ortiz-Reyes"): weighed as a name
        # many people share, so something else must agree too.
        weight = min(weight, NAME_WEIGHTS[1])
        agreeing.append(f"also written {pb.name}")
    days = abs((a.published - b.published).days)
    if days <= NEAR_DAYS:
        weight += NEAR
        agreeing.append(f"within {NEAR_DAYS} days")
    other, strength = _other_shared(a, b, pa, pb)
    if other:
        weight += strength
        agreeing.append(f"also {other}")
    places_a, places_b = _places(a), _places(b)
    towns_a, towns_b = places_a | _towns_of(a), places_b | _towns_of(b)
    shared = (places_a & towns_b) | (places_b & towns_a)
    if shared:
        weight += SAME_PLACE
        agreeing.append(f"both in {min(shared).title()}")
    other_town = not shared and places_a and places_b and not towns_a & towns_b
    specific = bool(other)
    if a.charges & b.charges:
        weight += SAME_CHARGE
        agreeing.append(f"both charge {min(a.charges & b.charges)}")
        specific += 1
    ages = _ages_agree(a, b, pa, pb)
    if ages is not None:
        weight += SAME_AGE if ages else OTHER_AGE
        if ages:
            agreeing.append("ages agree")
            specific += 1
    earlier, later = sorted((a, b), key=lambda p: p.published)
    if earlier.published.year in later.recalls:
        weight += RECALLS_YEAR
        agreeing.append(f"recalls {earlier.published.year}")
        specific += 1
    # Where a report is filed from (the court's town, a wire desk, the suspect's home town)
    # often differs over a case's life: another town counts against only when fewer than
    # two particulars of the case (the victim or a co-defendant, the charge, the age, the
    # year recalled) agree.
    if other_town and specific < TWO_PARTICULARS:
        weight += OTHER_PLACE
    return weight, agreeing


def _other_shared(
    a: Profile, b: Profile, pa: NamedPerson, pb: NamedPerson
) -> tuple[str | None, int]:
    """Another person both stories name in full, and what that weighs: `SECOND_PERSON` for
    a suspect or victim (of this case or a linked homicide) or a person central to either,
    `NAMED_IN_BOTH` for someone both merely name. Officials quoted do not count: a police
    chief speaks for every case of a town."""
    found: tuple[str | None, int] = (None, 0)
    for qa in a.people:
        if qa is pa or same_person(qa.parsed, pa.parsed) or not qa.parsed.is_full:
            continue
        for qb in b.people:
            if qb is pb or not qb.parsed.is_full or not same_person(qa.parsed, qb.parsed):
                continue
            if OFFICIAL in qa.roles | qb.roles:
                continue
            roles = (qa.roles | qb.roles) & {SUSPECT, VICTIM, LINKED_VICTIM}
            if roles or qa.central or qb.central:
                return qa.name, SECOND_PERSON
            if found[0] is None:
                found = (qa.name, NAMED_IN_BOTH)
    return found


def _towns_of(profile: Profile) -> frozenset[str]:
    """Every town the report names (`incidents.Incident.towns`)."""
    return profile.incident.towns if profile.incident else frozenset()


def _places(profile: Profile) -> set[str]:
    return {p.lower() for p in (profile.place, profile.residence) if p}


def _ages_agree(a: Profile, b: Profile, pa: NamedPerson, pb: NamedPerson) -> bool | None:
    """Whether the ages the two reports state for the person fit the time between them
    (None when one states none). A later report may give the age now or the age at the
    time of the crime ("who was 19 at the time"), so any age from the earlier one's to
    the earlier one's plus the years between fits, give or take `AGE_SLACK`."""
    if not pa.ages or not pb.ages:
        return None
    years = (b.published - a.published).days / 365.25
    if years < 0:
        pa, pb, years = pb, pa, -years
    return any(-AGE_SLACK <= y - x <= years + AGE_SLACK for x in pa.ages for y in pb.ages)


def _same_named(pa: NamedPerson, pb: NamedPerson) -> bool:
    """Same person, and a full name on both sides, or a surname-only suspect/victim side
    matching the other side's central person. Two suspects (or victims) by the facts with
    one surname may differ by a letter in the given name ("Johnathan" / "Jonathan"), and
    may be written differently in other ways (`name_variants.written_variants`: "Josh" /
    "Joshua", "Hays" / "Hayes"), which `_weigh` weighs as a common name."""
    a, b = pa.parsed, pb.parsed
    shared_role = bool(pa.roles & pb.roles & {SUSPECT, VICTIM})
    if not same_person(a, b):
        return shared_role and (_misspelt_given(a, b) or written_variants(a, b))
    if a.is_full and b.is_full:
        return True
    return shared_role and pa.central and pb.central


def _misspelt_given(a: PersonName, b: PersonName) -> bool:
    if a.surname != b.surname or not (a.given and b.given) or min(len(a.given), len(b.given)) < 4:
        return False
    shorter, longer = sorted((a.given, b.given), key=len)
    if len(longer) - len(shorter) > 1:
        return False
    if len(shorter) == len(longer):
        return sum(x != y for x, y in zip(shorter, longer, strict=True)) == 1
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _role_word(person: NamedPerson) -> str:
    for role in (SUSPECT, VICTIM):
        if role in person.roles:
            return role
    return "named once" if person.mentions == 1 else f"named {person.mentions} times"
