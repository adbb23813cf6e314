"""The case right after each report, from one reading extended report by report, is what
folding from the start gives at each report: corrections, withdrawals, names keyed anew,
undated arrests joined and reports published together included."""

from __future__ import annotations

from datetime import UTC, datetime

from casefile.domain.case import AttachedArticle, Case
from casefile.domain.changes import compare
from casefile.domain.facts import Evidence, Fact
from casefile.domain.reading import fold
from casefile.domain.state_steps import changes_after_each, states_after_each


def article(article_id: str, day: int, outlet: str, revision: str = "1") -> AttachedArticle:
    return AttachedArticle(
        article_id=article_id,
        revision=f"{article_id}-{revision}",
        url=f"https://example.org/{article_id}",
        outlet=outlet,
        title=None,
        path=None,
        reported_at=datetime(2024, 3, day, 9, tzinfo=UTC),
        reported_raw=f"2024-03-{day:02d}T09:00Z",
        reported_estimated=False,
    )


def fact(fact_kind: str, start: int = 0, **fields) -> Fact:
    return Fact(fact_kind, fields, Evidence("quote", start, start + 5))


def one_by_one(case_id: str, events: list, reports: list) -> list:
    """The reference: `fold` from the start at each report."""
    folded = [e for e in events if not isinstance(e, Case.FactReported | Case.FactsWithdrawn)]
    states = []
    for report in reports:
        folded += [
            e
            for e in events
            if isinstance(e, Case.FactReported | Case.FactsWithdrawn)
            and (e.article_id, e.revision) == (report.article_id, report.revision)
        ]
        states.append(fold(case_id, folded, report.reported_at))
    return states


def steps_case() -> tuple[list, list]:
    """A case whose reports key a name anew, join an undated arrest, withdraw and retract."""
    case = Case.open("steps-case")
    first, second = article("a1", 1, "Daily One"), article("a2", 2, "Evening Two")
    same_time = article("a3", 2, "Morning Three")
    revised = article("a1", 4, "Daily One", revision="2")
    last = article("a4", 6, "Night Four")
    case.attach(first)
    case.report(fact("SuspectIdentified", name="Doe", age=30), first)  # the surname first
    case.report(fact("ArrestMade", 10, person="Doe", prior=False), first)  # undated
    case.report(fact("ChargeFiled", 20, person="Doe", charge="robbery", status="filed"), first)
    first_charge = case.version
    case.attach(second)
    case.report(fact("SuspectIdentified", name="John Doe", age=31), second)  # keyed anew
    case.report(fact("ArrestMade", 10, person="John Doe", date="2024-02-28"), second)
    case.attach(same_time)
    case.report(fact("BondSet", 5, person="John Doe", amount=5000, status="set"), same_time)
    wrong = case.version
    case.report(fact("VictimReported", 9, name="Ann Roe", outcome="injured"), same_time)
    case.attach(revised)
    case.withdraw([first_charge], revised, reason="the revision no longer says it")
    case.report(fact("ChargeFiled", 30, person="Doe", charge="robbery", status="dropped"), revised)
    case.attach(last)
    case.report(fact("CourtEventReported", 3, person="John Doe", kind="trial"), last)
    case.report(fact("SuspectIdentified", 8, name="John Doe", age=31), last)  # said again
    case.retract(wrong, by="editor", reason="another case's bond")
    events = [
        e
        for e in case.collect_events()
        if isinstance(e, Case.FactReported | Case.Correction | Case.PersonSplit)
    ]
    return events, [first, second, same_time, revised, last]


def test_each_state_is_the_fold_up_to_its_report():
    events, reports = steps_case()
    expected = one_by_one("steps-case", events, reports)
    assert states_after_each("steps-case", events, reports) == expected
    # The finished states stay as they were while later reports are read.
    assert [len(s.all_facts()) for s in expected] == [3, 3, 4, 4, 5]
    [charge] = expected[-1].category("charges")
    assert charge.fields["status"] == "dropped"
    assert expected[1].category("charges")[0].fields["status"] == "filed"


def changes_one_by_one(case_id: str, events: list, reports: list) -> list:
    """The reference: each state from the start compared with the one before."""
    before = fold(case_id, [e for e in events if not isinstance(e, Case.FactReported)])
    changes = []
    for after in one_by_one(case_id, events, reports):
        changes.append([c.as_dict() for c in compare(before, after, repeats=True)])
        before = after
    return changes


def test_each_reports_changes_are_those_of_the_states_before_and_after_it():
    events, reports = steps_case()
    told = changes_after_each("steps-case", events, reports)
    assert [[c.as_dict() for c in step] for step in told] == changes_one_by_one(
        "steps-case", events, reports
    )


def test_changes_told_from_the_facts_a_report_added_to():
    """Reports simply added (no name keyed anew): a fuller name shows an earlier fact under
    it, an undated arrest joins a dated one later, an amendment holds, repeats are told."""
    case = Case.open("told-case")
    days = [article(f"b{n}", n, ["Daily One", "Evening Two", "Wire"][n % 3]) for n in range(1, 8)]
    case.attach(days[0])
    case.report(fact("SuspectIdentified", name="Mara Quill", age=40), days[0])
    case.report(fact("ArrestMade", 10, person="Mara Quill"), days[0])  # undated
    case.report(
        fact("ChargeFiled", 20, person="Mara Quill", charge="arson", status="filed"), days[0]
    )
    charge = case.version
    case.amend(charge, {"charge": "first-degree arson"}, by="editor", reason="the court's wording")
    case.attach(days[1])
    case.report(fact("SuspectIdentified", name="Mara Quill", age=41), days[1])  # changed
    case.report(fact("BondSet", 5, person="Mara Quill", amount=10000, status="set"), days[1])
    case.attach(days[2])
    case.report(fact("SuspectIdentified", name="Mara J. Quill", age=41), days[2])  # fuller
    case.report(fact("VictimReported", 9, name="Ted Lark", outcome="injured"), days[2])
    case.attach(days[3])
    case.report(fact("ArrestMade", 10, person="Mara Quill", date="2024-02-27"), days[3])
    case.attach(days[4])  # no facts
    case.attach(days[5])
    case.report(fact("BondSet", 5, person="Mara Quill", amount=5000, status="reduced"), days[5])
    case.report(
        fact("ChargeFiled", 20, person="Mara Quill", charge="arson", status="filed"), days[5]
    )
    case.attach(days[6])
    case.report(fact("CourtEventReported", 3, person="Mara Quill", kind="arraignment"), days[6])
    events = [
        e
        for e in case.collect_events()
        if isinstance(e, Case.FactReported | Case.Correction | Case.PersonSplit)
    ]
    told = changes_after_each("told-case", events, days)
    expected = changes_one_by_one("told-case", events, days)
    assert [[c.as_dict() for c in step] for step in told] == expected
    # The fuller name shows the facts reported before it under it: they changed too.
    renamed = {(c["category"], c["fact"].get("person")) for c in expected[2]}
    assert {("charges", "Mara J. Quill"), ("bonds", "Mara J. Quill")} <= renamed
    assert expected[4] == []  # an article with no facts
