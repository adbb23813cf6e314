"""Grouping in a real store (SQLite file and PostgreSQL): automatic cases, bridges, a person's
merges, moves and splits, and related cases. The reports are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.adapters import read_model
from casefile.adapters.article_files import read_articles
from casefile.application import ingest
from casefile.application.assignment import RegroupError, merge_cases, move_article_to
from casefile.application.ingest import ingest_article
from casefile.application.people import PersonError, case_people, related_cases, split_person
from casefile.application.tracker import CaseTracker
from casefile.domain.case import Case
from casefile.domain.facts import Fact, evidence_in

ARREST = (
    "NORWOOD, Ohio — Police arrested Dana Pell, 31, of Norwood on Monday after a shooting on "
    "Elm Street. Pell was charged with aggravated assault, Police Chief Greta Lund said. "
    "Pell is held on a $50,000 bond."
)
KILLING = (
    "NORWOOD, Ohio — Ivo Brandt, 60, was shot and killed outside his home on Sunday night, "
    "police said. Brandt was a retired teacher."
)
BRIDGE = (
    "NORWOOD, Ohio — Dana R. Pell, 32, was charged Friday with murder in the shooting death of "
    "Ivo Brandt, 60. Pell was already held on an assault charge. Brandt was killed outside his home."
)
ELSEWHERE = (
    "DUNMORE, Pa. — Kemal Ostrow, 24, was charged with robbery on Friday. Ostrow is held "
    "without bond at the county jail."
)


def write(folder: Path, slug: str, text: str, published: str) -> Path:
    path = folder / f"{slug}.md"
    front = f"---\nurl: https://example.org/{slug}\noutlet: Outlet {slug}\npublished: {published}\n---\n"
    path.write_text(front + text, encoding="utf-8")
    return path


def ingest_path(tracker: CaseTracker, path: Path, case: str | None = None) -> ingest.IngestOutcome:
    [article] = read_articles(path)
    return ingest_article(tracker, article, case)


def grouping(tracker: CaseTracker) -> set[frozenset[str]]:
    return {frozenset(row.path for row in s.articles) for s in tracker.list_cases()}


@pytest.fixture
def reports(tmp_path: Path) -> dict[str, Path]:
    return {
        "arrest": write(tmp_path, "arrest", ARREST, "2024-03-04"),
        "killing": write(tmp_path, "killing", KILLING, "2024-03-03"),
        "bridge": write(tmp_path, "bridge", BRIDGE, "2024-03-22"),
        "elsewhere": write(tmp_path, "elsewhere", ELSEWHERE, "2024-03-05"),
    }


def test_a_bridging_report_merges_the_cases_it_ties_whatever_the_order(
    store_url: str, reports: dict[str, Path]
) -> None:
    results = []
    for order in (
        ["arrest", "killing", "elsewhere", "bridge"],
        ["bridge", "elsewhere", "killing", "arrest"],
    ):
        tracker = CaseTracker.open(store_url)
        try:
            outcomes = [ingest_path(tracker, reports[name]) for name in order]
            results.append(grouping(tracker))
            if order[-1] == "bridge":
                merged = outcomes[-1]
                assert "merged into" in merged.reason
                survivor = merged.case_id
                absorbed = next(o.case_id for o in outcomes[:2] if o.case_id != survivor)
                assert any(isinstance(e, Case.MergedInto) for e in tracker.case_events(absorbed))
                assert any(isinstance(e, Case.CasesMerged) for e in tracker.case_events(survivor))
                # The absorbed id still names the case: its reports are all in the survivor.
                assert tracker.current_id(absorbed) == survivor
                assert len(tracker.attached_articles(absorbed)) == 3
                assert tracker.state(absorbed).category("victims")
        finally:
            tracker.close()
        _drop_everything(store_url)
    assert results[0] == results[1]
    assert {len(group) for group in results[0]} == {3, 1}


def _drop_everything(store_url: str) -> None:
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(store_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        for table in inspect(connection).get_table_names():
            connection.execute(text(f'DROP TABLE "{table}"'))
    engine.dispose()


def test_new_cases_get_readable_unique_ids(tracker: CaseTracker, reports: dict[str, Path]) -> None:
    first = ingest_path(tracker, reports["arrest"])
    assert first.case_id == "norwood-pell-2024"
    assert "opened a new case" in first.reason
    second = ingest_path(tracker, reports["elsewhere"])
    assert second.case_id == "dunmore-ostrow-2024"


def test_a_person_moves_an_article_out_and_grouping_keeps_the_cases_apart(
    tracker: CaseTracker, reports: dict[str, Path], tmp_path: Path
) -> None:
    arrest = ingest_path(tracker, reports["arrest"])
    bridge = ingest_path(tracker, reports["bridge"])
    assert bridge.case_id == arrest.case_id
    left = move_article_to(tracker, bridge.article_id, "norwood-brandt-2024", "a different killing")
    assert left == arrest.case_id
    assert grouping(tracker) == {
        frozenset({str(reports["arrest"])}),
        frozenset({str(reports["bridge"])}),
    }
    # The source's views drop the moved report's facts; the target has them, sourced.
    source_articles = {
        a.article_id for a in tracker.standing_events(left) if isinstance(a, Case.ArticleAttached)
    }
    assert source_articles == {arrest.article_id}
    assert all(e.article_id == arrest.article_id for e in tracker.fact_events(left))
    moved = tracker.fact_events("norwood-brandt-2024")
    assert moved and all(e.article_id == bridge.article_id for e in moved)
    # A later report naming Pell joins the first case only: the person's move is honoured.
    later = ingest_path(
        tracker, write(tmp_path, "later", BRIDGE + " Pell's trial is set.", "2024-04-01")
    )
    assert later.case_id == left
    assert "merged" not in later.reason
    assert len(tracker.list_cases()) == 2


def test_a_move_that_cannot_apply_is_refused_and_changes_nothing(
    tracker: CaseTracker, reports: dict[str, Path]
) -> None:
    arrest = ingest_path(tracker, reports["arrest"])
    before = len(tracker.case_events(arrest.case_id))
    with pytest.raises(RegroupError, match="already in case"):
        move_article_to(tracker, arrest.article_id, arrest.case_id, "no-op")
    with pytest.raises(RegroupError, match="no article"):
        move_article_to(tracker, "000000000000", arrest.case_id, "unknown")
    with pytest.raises(RegroupError, match="not a case id"):
        move_article_to(tracker, arrest.article_id, "Not An Id!", "bad id")
    assert len(tracker.case_events(arrest.case_id)) == before


def test_a_person_merges_two_cases(tracker: CaseTracker, reports: dict[str, Path]) -> None:
    arrest = ingest_path(tracker, reports["arrest"])
    other = ingest_path(tracker, reports["elsewhere"])
    kept, gone = merge_cases(tracker, arrest.case_id, other.case_id, "same crime")
    assert (kept, gone) == (arrest.case_id, other.case_id)
    [summary] = tracker.list_cases()
    assert summary.case_id == arrest.case_id and len(summary.articles) == 2
    suspects = {f.fields["name"] for f in tracker.state(gone).category("suspects")}
    assert {"Dana Pell", "Kemal Ostrow"} <= suspects
    with pytest.raises(RegroupError, match="already one case"):
        merge_cases(tracker, gone, kept, "again")
    with tracker.engine.connect() as connection:
        survivors = read_model.survivors_of(connection, [gone, kept, "no-such-case"])
    assert survivors == {gone: kept, kept: kept, "no-such-case": "no-such-case"}


# -- people and related cases: facts given to the store as an extractor would give them ---------


def _fact(text: str, kind: str, quote: str, **fields: object) -> Fact:
    start = text.index(quote)
    return Fact(kind, dict(fields), evidence_in(text, start, start + len(quote)))


LINKING = (
    "MILLBROOK, Ohio — Police arrested Oren Vasko, 45, on Tuesday on a burglary charge. "
    "Vasko is also a person of interest in the 2019 killing of Lyle Fenn, police said."
)
UNSOLVED = (
    "CARVER, Ohio — Lyle Fenn, 52, was found shot to death in his garage. "
    "Fenn's killing remains unsolved, Detective Ana Ruiz said."
)
FOLLOW_UP = "Oren T. Vasko, 46, of Millbrook pleaded not guilty. Vasko is held without bond."

FACTS = {
    LINKING: lambda t: [
        _fact(t, "SuspectIdentified", "Oren Vasko, 45", name="Oren Vasko", age=45),
        _fact(
            t,
            "LinkedToHomicide",
            "Vasko is also a person of interest in the 2019 killing of Lyle Fenn",
            person="Oren Vasko",
            relation="person of interest",
            victim="Lyle Fenn",
        ),
    ],
    UNSOLVED: lambda t: [
        _fact(t, "VictimReported", "Lyle Fenn, 52", name="Lyle Fenn", age=52, outcome="killed")
    ],
    FOLLOW_UP: lambda t: [
        _fact(
            t,
            "SuspectIdentified",
            "Oren T. Vasko, 46, of Millbrook",
            name="Oren T. Vasko",
            age=46,
            residence="Millbrook",
        )
    ],
}


@pytest.fixture
def given_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The facts of these reports as stated above, so the test does not hang on extraction."""
    monkeypatch.setattr(ingest, "extract_facts", lambda text, published: FACTS[text](text))


@pytest.mark.usefixtures("given_facts")
@pytest.mark.parametrize("linking_first", [True, False])
def test_both_cases_show_a_link_to_another_homicide_whichever_came_first(
    tracker: CaseTracker, tmp_path: Path, linking_first: bool
) -> None:
    linking = write(tmp_path, "linking", LINKING, "2024-03-05")
    unsolved = write(tmp_path, "unsolved", UNSOLVED, "2019-06-01")
    order = [linking, unsolved] if linking_first else [unsolved, linking]
    cases = {path: ingest_path(tracker, path).case_id for path in order}
    suspect_case, victim_case = cases[linking], cases[unsolved]
    assert suspect_case != victim_case  # a linked homicide is a related case, not the same one
    [seen_from_suspect] = related_cases(tracker, suspect_case)
    [seen_from_victim] = related_cases(tracker, victim_case)
    assert seen_from_suspect.case_id == victim_case and seen_from_victim.case_id == suspect_case
    for related in (seen_from_suspect, seen_from_victim):
        assert (related.linking_case, related.victim_case) == (suspect_case, victim_case)
        [source] = related.sources
        assert "person of interest in the 2019 killing of Lyle Fenn" in source["quote"]


@pytest.mark.usefixtures("given_facts")
def test_one_canonical_person_with_every_name_age_and_residence_and_a_split(
    tracker: CaseTracker, tmp_path: Path
) -> None:
    first = ingest_path(tracker, write(tmp_path, "linking", LINKING, "2024-03-05"))
    second = ingest_path(tracker, write(tmp_path, "follow", FOLLOW_UP, "2024-04-05"))
    assert second.case_id == first.case_id
    [vasko] = [p for p in case_people(tracker, first.case_id) if p.role == "suspect"]
    assert set(vasko.variants) == {"Oren Vasko", "Oren T. Vasko"}
    assert set(vasko.ages) == {45, 46}
    assert set(vasko.residences) == {"Millbrook"}
    assert all(source["quote"] for sources in vasko.ages.values() for source in sources)
    split_person(tracker, first.case_id, "Oren T. Vasko", "two men of one name")
    names = sorted(p.name for p in case_people(tracker, first.case_id) if p.role == "suspect")
    assert names == ["Oren T. Vasko", "Oren Vasko"]
    assert any(isinstance(e, Case.PersonSplit) for e in tracker.case_events(first.case_id))
    with pytest.raises(PersonError, match="not one of several names"):
        split_person(tracker, first.case_id, "Nobody Here", "typo")


def test_a_merge_carries_a_persons_corrections_along(
    tracker: CaseTracker, reports: dict[str, Path]
) -> None:
    arrest = ingest_path(tracker, reports["arrest"])
    robbery = ingest_path(tracker, reports["elsewhere"])
    absorbed = tracker.get_case(robbery.case_id)
    [charge] = [e for e in tracker.fact_events(robbery.case_id) if e.fact_kind == "ChargeFiled"]
    absorbed.retract(charge.originator_version, by="reporter", reason="wrong charge")
    tracker.save(absorbed)
    merge_cases(tracker, arrest.case_id, robbery.case_id, "one crime")
    charges = {f.fields["charge"] for f in tracker.state(arrest.case_id).category("charges")}
    assert "robbery" not in charges and "aggravated assault" in charges
    # The retraction was copied with the reports, pointing at the copy of the charge.
    survivor_events = tracker.case_events(arrest.case_id)
    [copied] = [e for e in survivor_events if isinstance(e, Case.FactRetracted)]
    target = next(e for e in survivor_events if e.originator_version == copied.fact_version)
    assert isinstance(target, Case.ChargeFiled) and target.charge == "robbery"


def test_cases_kept_apart_stay_apart_after_one_of_them_is_merged(
    tracker: CaseTracker, reports: dict[str, Path], tmp_path: Path
) -> None:
    arrest = ingest_path(tracker, reports["arrest"])
    bridge = ingest_path(tracker, reports["bridge"])
    move_article_to(tracker, bridge.article_id, "norwood-brandt-2024", "another killing")
    robbery = ingest_path(tracker, reports["elsewhere"])
    merge_cases(tracker, robbery.case_id, arrest.case_id, "filed by hand")
    # A report naming both Pell and Brandt joins one case: the separation outlived the merge.
    later = ingest_path(
        tracker, write(tmp_path, "later", BRIDGE + " Pell's trial is set.", "2024-04-01")
    )
    assert "merged" not in later.reason
    assert len(tracker.list_cases()) == 2


# -- a common name: two people, and one long-running case -------------------------------------

SMITH_DAYTON = (
    "DAYTON, Ohio — Police arrested James Smith, 34, of Dayton on Monday after a shooting on "
    "Elm Street. Smith is charged with attempted murder. Police said Smith shot Maria Lopez."
)
SMITH_TULSA = (
    "TULSA, Okla. — Police arrested James Smith, 52, of Tulsa on Friday after a robbery at a "
    "gas station. Smith is charged with robbery. Nobody was hurt, police said."
)
SMITH_TRIAL = (
    "DAYTON, Ohio — James Smith, 35, of Dayton, went on trial Monday in the 2016 shooting of "
    "Maria Lopez. Smith has pleaded not guilty."
)


@pytest.fixture
def smiths(tmp_path: Path) -> dict[str, Path]:
    return {
        "dayton": write(tmp_path, "dayton", SMITH_DAYTON, "2016-03-07"),
        "tulsa": write(tmp_path, "tulsa", SMITH_TULSA, "2021-06-11"),
        "trial": write(tmp_path, "trial", SMITH_TRIAL, "2017-05-15"),
    }


def test_a_common_name_makes_two_cases_and_the_later_trial_joins_the_first_in_any_order(
    store_url: str, smiths: dict[str, Path]
) -> None:
    for order in (["dayton", "tulsa", "trial"], ["trial", "tulsa", "dayton"]):
        tracker = CaseTracker.open(store_url)
        try:
            outcomes = {name: ingest_path(tracker, smiths[name]) for name in order}
            assert grouping(tracker) == {
                frozenset({str(smiths["dayton"]), str(smiths["trial"])}),
                frozenset({str(smiths["tulsa"])}),
            }
            joined = outcomes[order[-1]]
            assert "both name James Smith" in joined.reason and "Dayton" in joined.reason
            assert outcomes["tulsa"].reason == "links to no stored article: opened a new case"
        finally:
            tracker.close()
        _drop_everything(store_url)


def test_an_article_stored_under_its_bare_surname_by_an_older_version_is_still_found(
    tracker: CaseTracker, smiths: dict[str, Path]
) -> None:
    from sqlalchemy import delete, insert

    from casefile.adapters import read_model

    first = ingest_path(tracker, smiths["dayton"])
    keys = read_model.profile_surnames
    with tracker.engine.begin() as connection:  # the keys a store written before looks like
        connection.execute(delete(keys).where(keys.c.article_id == first.article_id))
        connection.execute(insert(keys), [{"article_id": first.article_id, "surname": "smith"}])
    assert ingest_path(tracker, smiths["trial"]).case_id == first.case_id
