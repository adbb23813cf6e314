"""The case file's core behaviour on the seed reports (features/case_file/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytest_bdd import given, parsers, scenarios, then

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CaseFile = Any  # the `case_file` fixture of conftest.py

scenarios("case_file")


FACT_KEYS = (
    "suspects",
    "arrests",
    "charges",
    "bonds",
    "homicide_links",
    "victims",
    "court",
    "sentences",
)


def facts_of(state: dict[str, Any]) -> list[dict[str, Any]]:
    """Every fact of a `show --format json` state, in DESIGN.md's categories."""
    return [fact for key in FACT_KEYS for fact in state[key]]


def outlets(fact: dict[str, Any]) -> set[str]:
    return {source["outlet"] for source in fact["sources"]}


@then(parsers.parse('the charge "{charge}" is reported by {count:d} outlets'))
def charge_reported(case_file: CaseFile, charge: str, count: int) -> None:
    state = case_file.json("show", case_file.only_case())
    matching = [c for c in state["charges"] if c["charge"].lower() == charge]
    assert len(matching) == 1, [c["charge"] for c in state["charges"]]
    assert len(outlets(matching[0])) == count


@then(parsers.parse("a bond of ${amount} is reported by {count:d} outlets"))
def bond_reported(case_file: CaseFile, amount: str, count: int) -> None:
    state = case_file.json("show", case_file.only_case())
    [bond] = [b for b in state["bonds"] if b["amount"] == int(amount.replace(",", ""))]
    assert len(outlets(bond)) == count


@then(parsers.parse('the suspect is linked to a homicide as a "{relation}"'))
def linked(case_file: CaseFile, relation: str) -> None:
    state = case_file.json("show", case_file.only_case())
    assert [link["relation"] for link in state["homicide_links"]] == [relation]


@then("every fact quotes the article it comes from")
def quotes_in_articles(case_file: CaseFile) -> None:
    state = case_file.json("show", case_file.only_case())
    texts = {
        a["article"]: (SEEDS / Path(a["path"]).name).read_text(encoding="utf-8")
        for a in state["articles"]
    }
    for fact in facts_of(state):
        assert fact["sources"], fact
        for source in fact["sources"]:
            assert source["quote"] in texts[source["article"]]


@then("the suspect's age is not known")
def age_unknown(state: dict[str, Any]) -> None:
    assert [s["age"] for s in state["suspects"]] == [None]


@then(parsers.parse("the suspect's age is {age:d}"))
def age_known(state: dict[str, Any], age: int) -> None:
    assert [s["age"] for s in state["suspects"]] == [age]


@then("no count of prior arrests is known")
def no_prior_count(state: dict[str, Any]) -> None:
    assert all(h["prior_arrests"] is None for h in state["criminal_history"])


@then(parsers.parse("the suspect's prior arrests number {count:d}"))
def prior_count(state: dict[str, Any], count: int) -> None:
    assert [h["prior_arrests"] for h in state["criminal_history"]] == [count]


@then(parsers.parse('the linked homicide is described as "{details}"'))
def homicide_described(state: dict[str, Any], details: str) -> None:
    assert [link["details"] for link in state["homicide_links"]] == [details]


@then("no one is yet reported killed")
def nobody_killed(state: dict[str, Any]) -> None:
    assert all(victim["outcome"] != "killed" for victim in state["victims"])


@then(parsers.parse("a {description} is reported killed"))
def someone_killed(state: dict[str, Any], description: str) -> None:
    killed = [v for v in state["victims"] if v["outcome"] == "killed"]
    assert [v["description"] for v in killed] == [description]


@given(
    "a second case file with the seed reports ingested in reverse order",
    target_fixture="reversed_file",
)
def reversed_case_file(tmp_path_factory, case_file: CaseFile) -> CaseFile:
    other = type(case_file)(f"sqlite:///{tmp_path_factory.mktemp('reversed') / 'casefile.db'}")
    for path in sorted(SEEDS.glob("*.md"), reverse=True):
        other.run("ingest", str(path))
    return other


@then("both case files give the same answer at every report's time")
def same_answers(case_file: CaseFile, reversed_file: CaseFile) -> None:
    case = case_file.only_case()
    assert reversed_file.only_case() == case
    times = [a["published"] for a in case_file.json("show", case)["articles"]]
    for when in [*times, "2021-10-26"]:
        first = case_file.json("show", case, "--as-of", when)
        second = reversed_file.json("show", case, "--as-of", when)
        assert without_versions(first) == without_versions(second), when


def without_versions(value: Any) -> Any:
    """The answer without event versions: those number the recording order, not the news."""
    if isinstance(value, dict):
        return {k: without_versions(v) for k, v in value.items() if k != "version"}
    if isinstance(value, list):
        return [without_versions(v) for v in value]
    return value


@then("I am told it was already ingested")
def told_already(case_file: CaseFile) -> None:
    assert "already ingested" in case_file.last_output


@then("the case's history has as many events as before")
def same_history(case_file: CaseFile, context: dict[str, Any]) -> None:
    assert len(case_file.json("history", case_file.only_case())) == context["events_before"]


@then("no fact quotes the reader comments under the WFSB report")
def no_comment_facts(case_file: CaseFile) -> None:
    text = (SEEDS / "03-wfsb.md").read_text(encoding="utf-8")
    body = text[text.index("---\n", 4) + 4 :]  # offsets count from the end of front matter
    comments_start = body.index("Recommended for you")
    state = case_file.json("show", case_file.only_case())
    wfsb = [a["article"] for a in state["articles"] if a["outlet"] == "WFSB"]
    for fact in facts_of(state):
        for source in fact["sources"]:
            if source["article"] in wfsb:
                assert source["start"] < comments_start, source
