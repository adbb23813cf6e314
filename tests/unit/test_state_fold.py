import itertools
from datetime import UTC, datetime

from casefile.domain.case import AttachedArticle, Case
from casefile.domain.changes import compare
from casefile.domain.fact_keys import normalise_charge
from casefile.domain.facts import Evidence, Fact
from casefile.domain.reading import fold


def article(article_id: str, day: int, outlet: str) -> AttachedArticle:
    return AttachedArticle(
        article_id=article_id,
        revision=f"rev-{article_id}",
        url=f"https://example.org/{article_id}",
        outlet=outlet,
        title=None,
        path=None,
        reported_at=datetime(2024, 3, day, tzinfo=UTC),
        reported_raw=f"2024-03-{day:02d}",
        reported_estimated=False,
    )


def events_for(reports: list[tuple[AttachedArticle, list[Fact]]]) -> list[Case.FactReported]:
    case = Case.open("test-case")
    for source, facts in reports:
        case.attach(source)
        for fact in facts:
            case.report(fact, source)
    return [e for e in case.collect_events() if isinstance(e, Case.FactReported)]


def fact(kind: str, start: int = 0, **fields) -> Fact:
    return Fact(kind, fields, Evidence("quote", start, start + 5))


FIRST = article("a1", 1, "Daily One")
SECOND = article("a2", 2, "Evening Two")
THIRD = article("a3", 3, "Morning Three")
REPORTS = [
    (
        FIRST,
        [
            fact("SuspectIdentified", name="John Doe"),
            fact("LinkedToHomicide", 10, person="Doe", relation="person of interest"),
            fact("ChargeFiled", 20, person="John Doe", charge="Robbery", status="expected"),
        ],
    ),
    (
        SECOND,
        [
            fact("SuspectIdentified", name="Doe", age=31),
            fact("ChargeFiled", 20, person="Doe", charge="one count of robbery", status="filed"),
        ],
    ),
    (
        THIRD,
        [
            fact("LinkedToHomicide", person="John Doe", relation="charged"),
            fact("BondSet", 40, person="John Doe", amount=100000, status="set"),
        ],
    ),
]


def test_the_same_fact_from_several_outlets_is_one_fact_with_every_source():
    state = fold("test-case", events_for(REPORTS))
    [suspect] = state.category("suspects")
    assert suspect.fields == {"name": "John Doe", "age": 31, "residence": None}
    assert suspect.outlets == ["Daily One", "Evening Two"]


def test_a_later_report_updates_status_and_relation():
    state = fold("test-case", events_for(REPORTS))
    [charge] = state.category("charges")
    assert charge.fields["status"] == "filed"
    [link] = state.category("homicide_links")
    assert link.fields["relation"] == "charged"


def test_the_fold_does_not_depend_on_ingest_order():
    expected = fold("test-case", events_for(REPORTS))
    for order in itertools.permutations(REPORTS):
        state = fold("test-case", events_for(list(order)))
        for category, facts in expected.facts.items():
            assert [f.fields for f in state.category(category)] == [f.fields for f in facts]
            assert [[s.article_id for s in f.sources] for f in state.category(category)] == [
                [s.article_id for s in f.sources] for f in facts
            ]


def test_compare_names_what_each_report_added_and_changed():
    events = events_for(REPORTS)
    before = fold("test-case", [e for e in events if e.article_id == "a1"])
    after = fold("test-case", [e for e in events if e.article_id in {"a1", "a2"}])
    changes = {(c.change, c.category): c for c in compare(before, after)}
    assert changes[("added", "suspects")].added_fields() == {"age": 31}
    assert changes[("changed", "charges")].changed_fields() == {"status": ("expected", "filed")}
    assert {s.article_id for c in changes.values() for s in c.by} == {"a2"}
    assert ("added", "bonds") not in changes


def test_charge_wording_is_normalised_for_matching():
    assert normalise_charge("One count of Criminal Mischief") == "criminal mischief"
    assert normalise_charge("charges of  robbery") == "robbery"


def test_an_arrest_dated_by_a_later_report_is_the_same_arrest_not_a_new_one():
    undated = (FIRST, [fact("ArrestMade", person="John Doe", prior=False)])
    dated = (SECOND, [fact("ArrestMade", person="John Doe", date="2024-02-28", prior=False)])
    events = events_for([undated, dated])
    before = fold("test-case", [e for e in events if e.article_id == "a1"])
    after = fold("test-case", events)
    [change] = compare(before, after)
    assert change.change == "added"
    assert change.added_fields() == {"date": "2024-02-28"}
    assert [s.article_id for s in change.by] == ["a2"]


def test_a_more_precise_place_refines_the_incident_rather_than_changing_it():
    block = (FIRST, [fact("IncidentReported", location="the 1900 block of Main Street")])
    address = (SECOND, [fact("IncidentReported", location="1921 Main St.")])
    moved = (THIRD, [fact("IncidentReported", location="Oak Avenue")])
    events = events_for([block, address, moved])
    after_first = fold("test-case", [e for e in events if e.article_id == "a1"])
    after_second = fold("test-case", [e for e in events if e.article_id in {"a1", "a2"}])
    [refined] = compare(after_first, after_second)
    assert refined.change == "refined"
    [changed] = compare(after_second, fold("test-case", events))
    assert changed.change == "changed"


def test_other_words_for_a_homicide_are_no_change_but_words_that_say_more_refine_it():
    link = dict(person="John Doe", relation="person of interest")
    first = (FIRST, [fact("LinkedToHomicide", **link, details="a recent homicide in Springfield")])
    reworded = (
        SECOND,
        [fact("LinkedToHomicide", **link, details="the latest killing in the city")],
    )
    precise = (
        THIRD,
        [fact("LinkedToHomicide", **link, details="a recent Springfield homicide on Elm Street")],
    )
    events = events_for([first, reworded, precise])
    by = {
        day: fold("test-case", [e for e in events if e.reported_at.day <= day]) for day in (1, 2, 3)
    }
    assert compare(by[1], by[2]) == []
    [refined] = compare(by[2], by[3])
    assert refined.change == "refined"
    assert refined.fact.fields["details"] == "a recent Springfield homicide on Elm Street"


def sentence(start: int = 0, **fields) -> Fact:
    # Built directly: a sentence's `kind` field would clash with `fact`'s first argument.
    return Fact("SentenceImposed", fields, Evidence("quote", start, start + 5))


def test_a_later_verdict_changes_the_charge_status_from_its_report_on():
    charged = (FIRST, [fact("ChargeFiled", person="Ann Lee", charge="murder", status="filed")])
    verdict = (
        SECOND,
        [
            fact("ChargeFiled", person="Lee", charge="murder", status="acquitted"),
            fact("ChargeFiled", 30, person="Lee", charge="tampering", status="convicted"),
            sentence(60, person="Ann Lee", kind="prison", years=2.5),
        ],
    )
    events = events_for([verdict, charged])  # ingested in any order
    before = fold("test-case", [e for e in events if e.article_id == "a1"])
    after = fold("test-case", events)
    assert [c.fields["status"] for c in before.category("charges")] == ["filed"]
    assert before.category("sentences") == []
    statuses = {c.fields["charge"]: c.fields["status"] for c in after.category("charges")}
    assert statuses == {"murder": "acquitted", "tampering": "convicted"}
    [imposed] = after.category("sentences")
    assert imposed.fields == {"person": "Ann Lee", "kind": "prison", "years": 2.5}
    changes = {(c.change, c.category): c for c in compare(before, after)}
    assert changes[("changed", "charges")].changed_fields() == {"status": ("filed", "acquitted")}
    assert ("added", "sentences") in changes


def test_the_same_sentence_from_two_outlets_is_one_fact_and_another_term_is_another():
    first = (FIRST, [sentence(person="Ann Lee", kind="prison", years=25)])
    again = (SECOND, [sentence(person="Lee", kind="prison", years=25)])
    probation = (THIRD, [sentence(person="Lee", kind="probation", years=5)])
    state = fold("test-case", events_for([first, again, probation]))
    terms = {(s.fields["kind"], s.fields["years"]): s.outlets for s in state.category("sentences")}
    assert terms == {
        ("prison", 25): ["Daily One", "Evening Two"],
        ("probation", 5): ["Morning Three"],
    }


def test_a_later_restatement_of_the_charge_undoes_no_verdict():
    charged = (FIRST, [fact("ChargeFiled", person="Ann Lee", charge="murder", status="filed")])
    verdict = (SECOND, [fact("ChargeFiled", person="Lee", charge="murder", status="convicted")])
    background = (THIRD, [fact("ChargeFiled", person="Lee", charge="murder", status="filed")])
    [charge] = fold("test-case", events_for([charged, verdict, background])).category("charges")
    assert charge.fields["status"] == "convicted"
    assert charge.outlets == ["Daily One", "Evening Two", "Morning Three"]
    # A later verdict still changes an earlier one, and a dropped charge can be filed again.
    acquitted = (THIRD, [fact("ChargeFiled", person="Lee", charge="murder", status="acquitted")])
    [charge] = fold("test-case", events_for([charged, verdict, acquitted])).category("charges")
    assert charge.fields["status"] == "acquitted"
    dropped = (SECOND, [fact("ChargeFiled", person="Lee", charge="murder", status="dropped")])
    [charge] = fold("test-case", events_for([charged, dropped, background])).category("charges")
    assert charge.fields["status"] == "filed"
