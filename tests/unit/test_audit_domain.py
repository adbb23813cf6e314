"""Disagreements, refinements, name variants, corroboration, corrections in the fold, revisions."""

from datetime import UTC, datetime

import pytest

from casefile.domain.audit import (
    DISAGREEMENT,
    REFINEMENT,
    name_variants,
    revision_support,
    sentence_changes,
    sentences,
    slot_conflicts,
)
from casefile.domain.case import AttachedArticle, Case
from casefile.domain.changes import compare
from casefile.domain.facts import Evidence, Fact
from casefile.domain.places import StreetPlace, refines
from casefile.domain.reading import fold


def article(article_id: str, day: int, outlet: str, revision: str = "") -> AttachedArticle:
    return AttachedArticle(
        article_id=article_id,
        revision=revision or f"rev-{article_id}",
        url=f"https://example.org/{article_id}",
        outlet=outlet,
        title=None,
        path=None,
        reported_at=datetime(2024, 5, day, 9, tzinfo=UTC),
        reported_raw=f"2024-05-{day:02d}T09:00Z",
        reported_estimated=False,
    )


def fact(kind: str, quote: str = "quote", start: int = 0, **fields) -> Fact:
    return Fact(kind, fields, Evidence(quote, start, start + len(quote)))


class CaseBuilder:
    """A case built in memory, as the store would hold it (versions in recorded order)."""

    def __init__(self) -> None:
        self.case = Case.open("audit-case")
        self.events: list = []

    def report(self, source: AttachedArticle, *facts: Fact) -> list[int]:
        self.case.attach(source)
        for item in facts:
            self.case.report(item, source)
        return self._collect()

    def retract(self, version: int, reason: str = "wrong") -> None:
        self.case.retract(version, by="editor", reason=reason)
        self._collect()

    def amend(self, version: int, **fields) -> None:
        self.case.amend(version, fields, by="editor", reason="checked with the court")
        self._collect()

    def withdraw(self, versions: list[int], revision: AttachedArticle) -> None:
        self.case.withdraw(versions, revision, reason="dropped by the revision")
        self._collect()

    def _collect(self) -> list[int]:
        new = self.case.collect_events()
        self.events += new
        return [e.originator_version for e in new if isinstance(e, Case.FactReported)]

    def state(self, as_of: datetime | None = None):
        kept = [e for e in self.events if isinstance(e, Case.FactReported | Case.Correction)]
        return fold("audit-case", kept, as_of)


FOX = article("fox", 1, "Channel Five")
DAILY = article("daily", 1, "Daily Post")
WIRE_A = article("wire-a", 2, "Town Gazette")
WIRE_B = article("wire-b", 2, "County Herald")


def test_three_wordings_of_one_location_are_refinements_not_disagreements():
    built = CaseBuilder()
    built.report(
        FOX,
        fact(
            "IncidentReported",
            location="a church parking lot on the 1900 block of Main Street",
            date="2024-05-01",
        ),
    )
    built.report(
        DAILY, fact("IncidentReported", location="the area of 1921 Main St.", date="2024-05-01")
    )
    built.report(
        WIRE_A, fact("IncidentReported", location="a parking lot on Main Street", date="2024-05-01")
    )
    [conflict] = slot_conflicts(built.state())
    assert conflict.verdict == REFINEMENT
    assert conflict.field == "location"
    assert conflict.claims[0].value == "the area of 1921 Main St."
    assert {c.sources[0].outlet for c in conflict.claims} == {
        "Channel Five",
        "Daily Post",
        "Town Gazette",
    }


def test_another_street_or_another_age_is_a_disagreement():
    built = CaseBuilder()
    built.report(
        FOX,
        fact("IncidentReported", location="1921 Main St.", date="2024-05-01"),
        fact("SuspectIdentified", name="Ana Ruiz", age=31),
    )
    built.report(
        DAILY,
        fact("IncidentReported", location="40 Park Street", date="2024-05-01"),
        fact("SuspectIdentified", name="Ruiz", age=32),
    )
    verdicts = {(c.field, c.verdict) for c in slot_conflicts(built.state())}
    assert verdicts == {("location", DISAGREEMENT), ("age", DISAGREEMENT)}


def test_the_same_value_from_every_source_is_no_conflict():
    built = CaseBuilder()
    built.report(FOX, fact("SuspectIdentified", name="Ana Ruiz", age=31, residence="Hartford"))
    built.report(
        DAILY, fact("SuspectIdentified", name="Ana Ruiz", age=31, residence="Hartford, Conn.")
    )
    conflicts = slot_conflicts(built.state())
    assert [(c.field, c.verdict) for c in conflicts] == [("residence", REFINEMENT)]


def test_a_bond_reduced_later_is_not_a_disagreement_but_two_amounts_set_are():
    built = CaseBuilder()
    built.report(FOX, fact("BondSet", person="Ana Ruiz", amount=500000, status="set"))
    built.report(WIRE_A, fact("BondSet", person="Ana Ruiz", amount=250000, status="reduced"))
    assert slot_conflicts(built.state()) == []
    built.report(DAILY, fact("BondSet", person="Ana Ruiz", amount=50000, status="set"))
    [conflict] = slot_conflicts(built.state())
    assert (conflict.field, conflict.verdict) == ("amount", DISAGREEMENT)
    assert sorted(c.value for c in conflict.claims) == [50000, 500000]


@pytest.mark.parametrize(
    ("precise", "general", "expected"),
    [
        ("1921 Main St.", "the 1900 block of Main Street", True),
        ("the 1900 block of Main Street", "Main Street", True),
        ("2021 Main St.", "the 1900 block of Main Street", False),
        ("Main Street", "1921 Main St.", False),
        ("12 Albany Ave", "Albany Avenue", True),
        ("Hartford, Conn.", "Hartford", True),
        ("New Britain", "Hartford", False),
    ],
)
def test_refinement_of_places_and_words(precise, general, expected):
    assert refines(precise, general) is expected


def test_street_places_are_read_from_wordings():
    assert StreetPlace.parse("a lot on the 1900 block of Main Street") == StreetPlace(
        "main street", block=1900
    )
    assert StreetPlace.parse("near 1921 Main St.") == StreetPlace("main street", number=1921)
    assert StreetPlace.parse("somewhere downtown") is None


def test_name_variants_are_grouped_with_each_spellings_sources():
    built = CaseBuilder()
    built.report(
        FOX,
        fact("SuspectIdentified", name="José Cajigas"),
        fact("ArrestMade", person="Cajigas", prior=False),
    )
    built.report(DAILY, fact("SuspectIdentified", name="Jose Cajigas", age=31))
    built.report(WIRE_A, fact("SuspectIdentified", name="Maria Lopez"))
    [person] = name_variants(built.state())
    spellings = {c.value: {s.outlet for s in c.sources} for c in person.spellings}
    assert spellings == {
        "José Cajigas": {"Channel Five"},
        "Jose Cajigas": {"Daily Post"},
        "Cajigas": {"Channel Five"},
    }


def test_corroboration_counts_a_wire_story_republished_word_for_word_once():
    built = CaseBuilder()
    wire = "Police charged Ana Ruiz with robbery, officials said."
    built.report(
        FOX,
        fact(
            "ChargeFiled",
            "Ruiz faces a robbery charge.",
            person="Ana Ruiz",
            charge="robbery",
            status="filed",
        ),
    )
    built.report(
        WIRE_A, fact("ChargeFiled", wire, person="Ana Ruiz", charge="robbery", status="filed")
    )
    built.report(
        WIRE_B,
        fact("ChargeFiled", wire.upper(), person="Ana Ruiz", charge="robbery", status="filed"),
    )
    [charge] = built.state().category("charges")
    seen = charge.corroboration
    assert seen.independent == 2
    assert seen.same_text_as == {"County Herald": "Town Gazette"}
    assert seen.first.outlet == "Channel Five"
    assert seen.last_repeated is not None and seen.last_repeated.reported_at == WIRE_A.reported_at
    shown = charge.as_dict()
    assert shown["corroboration"]["independent_outlets"] == 2
    assert {"sources", "person", "charge", "status"} <= set(shown)


def test_a_fact_reported_once_has_no_repeat():
    built = CaseBuilder()
    built.report(FOX, fact("ChargeFiled", person="Ana Ruiz", charge="robbery", status="filed"))
    [charge] = built.state().category("charges")
    assert charge.corroboration.independent == 1
    assert charge.corroboration.last_repeated is None


def test_a_retracted_report_stops_counting_and_is_listed_as_removed():
    built = CaseBuilder()
    [charge_v, bond_v] = built.report(
        FOX,
        fact("ChargeFiled", person="Ana Ruiz", charge="robbery", status="filed"),
        fact("BondSet", person="Ana Ruiz", amount=1000, status="set"),
    )
    before = built.state()
    built.retract(bond_v, reason="the bond belongs to another defendant")
    after = built.state()
    assert after.category("bonds") == []
    assert [r.source.version for r in after.removed] == [bond_v]
    [change] = compare(before, after)
    assert change.change == "withdrawn"
    assert [c.reason for c in change.corrections] == ["the bond belongs to another defendant"]
    assert change.as_dict()["corrections"][0]["by"] == "editor"
    assert charge_v in {s.version for f in after.all_facts() for s in f.sources}


def test_an_amended_report_counts_with_the_amended_fields():
    built = CaseBuilder()
    [suspect_v] = built.report(FOX, fact("SuspectIdentified", name="Ana Ruiz", age=13))
    before = built.state()
    built.amend(suspect_v, age=31)
    [suspect] = built.state().category("suspects")
    assert suspect.fields["age"] == 31
    assert suspect.corrections[0].fields == {"age": 31}
    [change] = compare(before, built.state())
    assert change.change == "changed" and change.changed_fields() == {"age": (13, 31)}


def test_a_withdrawal_counts_from_the_revisions_time_only():
    built = CaseBuilder()
    [link_v] = built.report(
        FOX, fact("LinkedToHomicide", person="Ana Ruiz", relation="suspect", victim=None)
    )
    revised = article("fox", 3, "Channel Five", revision="rev-2")
    built.report(revised)
    built.withdraw([link_v], revised)
    kept = [e for e in built.events if isinstance(e, Case.FactReported | Case.Correction)]
    early = fold("audit-case", [e for e in kept if not isinstance(e, Case.FactsWithdrawn)])
    late = built.state()
    assert len(early.category("homicide_links")) == 1
    assert late.category("homicide_links") == []
    [change] = compare(early, late)
    assert change.change == "withdrawn"
    assert change.corrections[0].article_id == "fox"


def test_a_later_report_that_states_a_new_detail_is_an_addition():
    built = CaseBuilder()
    built.report(
        FOX,
        fact("CriminalHistoryReported", person="Ana Ruiz", prior_arrests=None, offenses="robbery"),
    )
    before = built.state()
    built.report(DAILY, fact("CriminalHistoryReported", person="Ruiz", prior_arrests=13))
    [change] = compare(before, built.state())
    assert change.change == "added"
    assert change.added_fields() == {"prior_arrests": 13}
    assert change.as_dict()["added"] == {"prior_arrests": 13}
    assert [s.article_id for s in change.by] == ["daily"]
    assert change.stated_by()["prior_arrests"].article_id == "daily"


def test_each_added_detail_names_the_report_that_stated_it():
    built = CaseBuilder()
    built.report(FOX, fact("SuspectIdentified", name="Ana Ruiz"))
    before = built.state()
    built.report(WIRE_A, fact("SuspectIdentified", name="Ana Ruiz", age=31))
    built.report(
        article("late", 4, "Late Edition"),
        fact("SuspectIdentified", name="Ruiz", age=31, residence="Hartford"),
    )
    [change] = compare(before, built.state())
    assert {name: s.outlet for name, s in change.stated_by().items()} == {
        "age": "Town Gazette",
        "residence": "Late Edition",
    }
    assert change.as_dict()["stated_by"]["residence"]["article"] == "late"


def test_revision_support_keeps_what_is_still_said_and_withdraws_the_rest():
    built = CaseBuilder()
    kept = fact("ChargeFiled", person="Ana Ruiz", charge="robbery", status="filed")
    dropped = fact("LinkedToHomicide", person="Ana Ruiz", relation="suspect", victim=None)
    retracted = fact("BondSet", person="Ana Ruiz", amount=5, status="set")
    versions = built.report(FOX, kept, dropped, retracted)
    earlier = [e for e in built.events if isinstance(e, Case.FactReported)]
    added = fact("SuspectIdentified", name="Ana Ruiz", age=40)
    support = revision_support(earlier, {versions[2]: "retracted"}, [kept, added, retracted])
    assert support.new_facts == [added]
    assert support.unsupported == [versions[1]]


def test_sentence_changes_name_the_removed_and_added_sentences():
    before = "Police arrested Ana Ruiz on Monday. She is a suspect in a homicide. Bond was set."
    after = "Police arrested Ana Ruiz on Monday. Bond was set at $5,000. She is 40."
    changes = [(c.change, c.sentence) for c in sentence_changes(before, after)]
    assert changes == [
        ("removed", "She is a suspect in a homicide."),
        ("removed", "Bond was set."),
        ("added", "Bond was set at $5,000."),
        ("added", "She is 40."),
    ]


def test_sentences_do_not_end_at_abbreviations():
    text = "HARTFORD, Conn. — He was arrested on Oct. 15 at 1:30 a.m. Monday. Lt. Ray spoke."
    assert sentences(text) == [
        "HARTFORD, Conn. — He was arrested on Oct. 15 at 1:30 a.m. Monday.",
        "Lt. Ray spoke.",
    ]


def test_a_persons_amendment_outranks_a_later_report():
    built = CaseBuilder()
    [first] = built.report(FOX, fact("SuspectIdentified", name="Ana Ruiz", age=31))
    built.report(WIRE_A, fact("SuspectIdentified", name="Ana Ruiz", age=31))
    built.amend(first, age=32)
    [suspect] = built.state().category("suspects")
    assert suspect.fields["age"] == 32
    assert suspect.stated[first]["age"] == 32
