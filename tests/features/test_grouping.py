"""Articles find their own case (features/grouping/): automatic grouping and corrections,
through the command line (typer's runner, and the installed `casefile` where the exact
output a reporter reads matters)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from pytest_bdd import given, parsers, scenarios, then, when
from typer.testing import CliRunner

from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CaseFile = Any  # the `case_file` fixture of conftest.py

scenarios("grouping")

REPORTS = {
    "arrest": (
        "2024-03-04",
        "NORWOOD, Ohio — Police arrested Dana Pell, 31, of Norwood on Monday after a shooting "
        "on Elm Street. Pell was charged with aggravated assault, Police Chief Greta Lund said.",
    ),
    "plea": (
        "2024-05-20",
        "Dana R. Pell pleaded not guilty on Tuesday to aggravated assault. Pell, 32, remains "
        "in the county jail.",
    ),
    "killing": (
        "2024-03-03",
        "NORWOOD, Ohio — Ivo Brandt, 60, was shot and killed outside his home on Sunday night, "
        "police said. Brandt was a retired teacher.",
    ),
    "charge": (
        "2024-03-22",
        "NORWOOD, Ohio — Dana R. Pell, 32, was charged Friday with murder in the shooting death "
        "of Ivo Brandt, 60. Pell was already held on an assault charge. Brandt was killed "
        "outside his home.",
    ),
    "burglary": (
        "2024-03-05",
        "MILLBROOK, Ohio — Oren Vasko, 45, was charged with burglary. Detectives also named "
        "Vasko a person of interest in the homicide of Lyle Fenn, 52, who was found dead in 2019.",
    ),
    "fenn killing": (
        "2019-06-02",
        "CARVER, Ohio — Lyle Fenn, 52, was found shot to death in his garage on Sunday, police "
        "said. Fenn was a mechanic. No arrests have been made.",
    ),
    "dayton arrest": (
        "2016-03-07",
        "DAYTON, Ohio — Police arrested James Smith, 34, of Dayton on Monday after a shooting "
        "on Elm Street. Smith is charged with attempted murder. Police said Smith shot Maria "
        "Lopez.",
    ),
    "tulsa arrest": (
        "2021-06-11",
        "TULSA, Okla. — Police arrested James Smith, 52, of Tulsa on Friday after a robbery at "
        "a gas station. Smith is charged with robbery. Nobody was hurt, police said.",
    ),
    "dayton trial": (
        "2017-05-15",
        "DAYTON, Ohio — James Smith, 35, of Dayton, went on trial Monday in the 2016 shooting "
        "of Maria Lopez. Smith has pleaded not guilty.",
    ),
    "robbery": (
        "2024-03-05",
        "DUNMORE, Pa. — Kemal Ostrow, 24, was charged with robbery on Friday. Ostrow is held "
        "without bond at the county jail.",
    ),
}


def write_report(folder: Path, name: str) -> Path:
    published, text = REPORTS[name]
    path = folder / f"{name.replace(' ', '-')}.md"
    if not path.exists():
        slug = name.replace(" ", "-")
        front = f"---\nurl: https://example.org/{slug}\noutlet: The {name.title()} Post\n"
        path.write_text(f"{front}published: {published}\n---\n{text}\n", encoding="utf-8")
    return path


def case_of(case_file: CaseFile, name: str) -> str:
    for case in case_file.json("cases"):
        if any(Path(a["path"]).stem == name for a in case["articles"]):
            return case["case"]
    raise AssertionError(f"{name} is in no case")


def groups(cases: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset(Path(a["path"]).stem for a in c["articles"]) for c in cases}


@when("I ingest the three seed reports without naming a case")
def ingest_seeds(case_file: CaseFile) -> None:
    case_file.run("ingest", str(SEEDS))


@then("there are two cases")
def two_cases(case_file: CaseFile) -> None:
    assert len(case_file.json("cases")) == 2


@then("the case has one suspect, named in every report")
def one_suspect(case_file: CaseFile) -> None:
    people = case_file.json("people", case_file.only_case())["people"]
    [suspect] = [p for p in people if p["role"] == "suspect"]
    articles = {s["article"] for v in suspect["variants"] for s in v["sources"]}
    assert len(articles) == 3
    assert suspect["ages"] and suspect["residences"]


@when("I ingest a report of an arrest and a report of the plea, asking why")
def ingest_verbose(
    case_file: CaseFile, tmp_path: Path, context: dict[str, Any], casefile_command: list[str]
) -> None:
    files = [str(write_report(tmp_path, n)) for n in ("arrest", "plea")]
    env = dict(os.environ, CASEFILE_DB=case_file.db_url)
    run = subprocess.run(
        [*casefile_command, "ingest", "-v", *files],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    context["lines"] = run.stdout.splitlines()


@then("the first report opened a new case")
def opened_new(context: dict[str, Any]) -> None:
    lines = context["lines"]
    assert "to case norwood-pell-2024" in lines[0]
    assert lines[1].strip() == "links to no stored article: opened a new case"


@then("the plea report joined it because both name the suspect")
def joined_because(context: dict[str, Any]) -> None:
    lines = context["lines"]
    assert "plea.md: added to case norwood-pell-2024" in lines[2]
    assert "both name Dana" in lines[3] and "case norwood-pell-2024" in lines[3]


@given(
    "reports of an arrest, of a killing, of a charge tying them, and of a robbery elsewhere",
    target_fixture="tying_reports",
)
def tying_reports(tmp_path: Path) -> dict[str, Path]:
    return {n: write_report(tmp_path, n) for n in ("arrest", "killing", "charge", "robbery")}


def ingest_into_fresh_file(folder: Path, files: list[Path]) -> list[dict[str, Any]]:
    db = f"sqlite:///{folder / 'casefile.db'}"
    folder.mkdir()
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "ingest", *map(str, files)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["--db", db, "cases", "--format", "json"])
    return json.loads(listed.output)


@when("I ingest them with the tying report last, in one case file")
def tying_last(tying_reports: dict[str, Path], tmp_path: Path, context: dict[str, Any]) -> None:
    order = ["arrest", "killing", "robbery", "charge"]
    files = [tying_reports[n] for n in order]
    context["last"] = ingest_into_fresh_file(tmp_path / "last", files)


@when("I ingest them with the tying report first, in another case file")
def tying_first(tying_reports: dict[str, Path], tmp_path: Path, context: dict[str, Any]) -> None:
    order = ["charge", "robbery", "killing", "arrest"]
    files = [tying_reports[n] for n in order]
    context["first"] = ingest_into_fresh_file(tmp_path / "first", files)


@then("both case files group the reports the same way")
def same_groups(context: dict[str, Any]) -> None:
    assert groups(context["last"]) == groups(context["first"])


@then("the arrest, the killing and the charge are one case")
def one_tied_case(context: dict[str, Any]) -> None:
    assert frozenset({"arrest", "killing", "charge"}) in groups(context["last"])


@given(parsers.parse("a report of an arrest and a report of {other} are ingested"))
def two_reports(case_file: CaseFile, tmp_path: Path, other: str) -> None:
    second = "plea" if other == "the plea" else "robbery"
    for name in ("arrest", second):
        case_file.run("ingest", str(write_report(tmp_path, name)))


@when("I merge the robbery case into the arrest case")
def merge_cases(case_file: CaseFile, context: dict[str, Any]) -> None:
    context["robbery case"] = case_of(case_file, "robbery")
    case_file.run("merge", case_of(case_file, "arrest"), context["robbery case"])


@then("the robbery case's id still shows the merged case")
def old_id_shows_merged(case_file: CaseFile, context: dict[str, Any]) -> None:
    state = case_file.json("show", context["robbery case"])
    assert state["case"] == case_of(case_file, "arrest")
    assert {Path(a["path"]).stem for a in state["articles"]} == {"arrest", "robbery"}
    assert {s["name"] for s in state["suspects"]} >= {"Dana Pell", "Kemal Ostrow"}


@when("I move the plea report to a case of its own")
def move_plea(case_file: CaseFile, context: dict[str, Any]) -> None:
    [case] = case_file.json("cases")
    plea = next(a["article"] for a in case["articles"] if Path(a["path"]).stem == "plea")
    context["arrest case"] = case["case"]
    case_file.run("move", plea, "norwood-pell-plea-2024", "--reason", "filed twice")


@then("the arrest case no longer shows the plea report")
def arrest_case_without_plea(case_file: CaseFile, context: dict[str, Any]) -> None:
    state = case_file.json("show", context["arrest case"])
    assert [Path(a["path"]).stem for a in state["articles"]] == ["arrest"]
    quotes = [
        s["quote"]
        for facts in state.values()
        if isinstance(facts, list)
        for f in facts
        for s in f.get("sources", [])
    ]
    assert quotes and not any("pleaded not guilty" in q for q in quotes)


@when("I try to merge the case with a case that does not exist")
def merge_unknown(case_file: CaseFile, context: dict[str, Any]) -> None:
    result = CliRunner().invoke(
        app, ["--db", case_file.db_url, "merge", case_file.only_case(), "no-such-case"]
    )
    context["result"] = result


@then("I am told the case does not exist, in one line")
def told_unknown(case_file: CaseFile, context: dict[str, Any]) -> None:
    result = context["result"]
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: no case 'no-such-case' (see `casefile cases`)"
    ]
    assert len(case_file.json("cases")) == 1


@when(parsers.parse("I ingest the {first} report, then the {second} report"))
def ingest_in_order(case_file: CaseFile, tmp_path: Path, first: str, second: str) -> None:
    for name in (first, second):
        report = "fenn killing" if name == "killing" else name
        case_file.run("ingest", str(write_report(tmp_path, report)))


@then("the burglary case and the killing case are two cases")
def burglary_and_killing_apart(case_file: CaseFile) -> None:
    assert case_of(case_file, "burglary") != case_of(case_file, "fenn-killing")


@then("each shows the other as related, quoting the report that ties the suspect to the killing")
def related_both_ways(case_file: CaseFile) -> None:
    burglary, killing = case_of(case_file, "burglary"), case_of(case_file, "fenn-killing")
    for case, other in ((burglary, killing), (killing, burglary)):
        [related] = case_file.json("related", case)
        assert related["case"] == other
        assert (related["linking_case"], related["victim_case"]) == (burglary, killing)
        assert related["victim"] == "Lyle Fenn"
        [source] = related["sources"]
        assert "person of interest in the homicide of Lyle Fenn" in source["quote"]


@when(parsers.parse('I split "{name}" off the case\'s suspect'))
def split_suspect(case_file: CaseFile, name: str) -> None:
    case_file.run("split-person", case_file.only_case(), name, "--reason", "father and son")


@then(parsers.parse('the case lists "{first}" and "{second}" as two suspects'))
def two_suspects(case_file: CaseFile, first: str, second: str) -> None:
    people = case_file.json("people", case_file.only_case())["people"]
    assert sorted(p["name"] for p in people if p["role"] == "suspect") == sorted([first, second])


@when("I ingest the Dayton arrest, the Tulsa arrest and the Dayton trial")
def ingest_common_name(case_file: CaseFile, tmp_path: Path) -> None:
    names = ("dayton arrest", "tulsa arrest", "dayton trial")
    case_file.run("ingest", *(str(write_report(tmp_path, n)) for n in names))


@then("the two arrests are two cases")
def two_arrests(case_file: CaseFile) -> None:
    assert case_of(case_file, "dayton-arrest") != case_of(case_file, "tulsa-arrest")
    assert len(case_file.json("cases")) == 2


@then("the trial is in the Dayton arrest's case")
def trial_joined(case_file: CaseFile) -> None:
    assert case_of(case_file, "dayton-trial") == case_of(case_file, "dayton-arrest")
