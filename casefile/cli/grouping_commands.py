"""The grouping verbs: people, related, and a person's corrections (merge, move, split-person,
join-person)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from casefile.cli import render
from casefile.cli.app import CaseId, Format, TextOrJson, app, fail, open_tracker, out, user_errors

_REASON = typer.Option("--reason", help="Why (kept with the correction).")


@contextmanager
def _grouping_errors() -> Iterator[None]:
    """The common user errors, and a correction that cannot apply, as one line and exit 1."""
    from casefile.application.assignment import RegroupError
    from casefile.application.people import PersonError

    with user_errors():
        try:
            yield
        except (RegroupError, PersonError) as error:
            fail(str(error))


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The case that stays (its id is kept).")],
    other: Annotated[
        str, typer.Argument(help="The case merged into it (its id becomes an alias).")
    ],
    reason: Annotated[str, _REASON] = "merged by hand",
    fmt: TextOrJson = Format.text,
) -> None:
    """Merge two cases that report the same crime: OTHER's articles join KEEP."""
    from casefile.application.assignment import merge_cases

    with _grouping_errors():
        keep_id, other_id = merge_cases(open_tracker(), keep, other, reason)
        if fmt is Format.json:
            _print_done("merge", case=keep_id, merged=other_id, reason=reason)
            return
        out.print(f"merged case {other_id} into {keep_id}", markup=False, highlight=False)


@app.command()
def move(
    article: Annotated[str, typer.Argument(help="Article id (see `casefile cases`).")],
    case: Annotated[str, typer.Argument(help="Case to move it to (a new id opens a new case).")],
    reason: Annotated[str, _REASON] = "moved by hand",
    fmt: TextOrJson = Format.text,
) -> None:
    """Move one article, with all its reports, to another case; the two then stay apart."""
    from casefile.application.assignment import move_article_to

    with _grouping_errors():
        tracker = open_tracker()
        left = move_article_to(tracker, article, case, reason)
        if fmt is Format.json:
            moved_to = tracker.current_id(case)
            _print_done("move", article=article, from_case=left, case=moved_to, reason=reason)
            return
        out.print(
            f"moved article {article} from case {left} to {case}", markup=False, highlight=False
        )


@app.command()
def people(
    case: CaseId,
    fmt: TextOrJson = Format.text,
) -> None:
    """The people of a case: one per real person, with every name, age and residence reported."""
    from casefile.application.people import case_people

    with user_errors():
        tracker = open_tracker()
        persons = case_people(tracker, case)
        rows = [_person_as_dict(p) for p in persons]
        if fmt is Format.json:
            out.print_json(render.dumps({"case": tracker.current_id(case), "people": rows}))
            return
        if not rows:
            out.print("No named people in this case yet.")
        for row in rows:
            names = ", ".join(v["name"] for v in row["variants"])
            ages = ", ".join(str(a["age"]) for a in row["ages"]) or "-"
            places = ", ".join(r["residence"] for r in row["residences"]) or "-"
            out.print(
                f"{row['name']} ({row['role']}): names {names}; ages {ages}; residence {places}",
                markup=False,
                highlight=False,
            )


@app.command("split-person")
def split_person(
    case: CaseId,
    name: Annotated[
        str, typer.Argument(help="The name, as listed by `casefile people`, to split off.")
    ],
    reason: Annotated[str, _REASON] = "two people joined by mistake",
    fmt: TextOrJson = Format.text,
) -> None:
    """Split a wrongly joined person: NAME becomes a person of its own in the case."""
    from casefile.application.people import split_person as record_split

    with _grouping_errors():
        tracker = open_tracker()
        left = record_split(tracker, case, name, reason)
        # The person's other names: its own name is the fullest, often the one split off.
        others = _other_names(left, name)
        if fmt is Format.json:
            current = tracker.current_id(case)
            _print_done("split-person", case=current, name=name, split_from=others, reason=reason)
            return
        out.print(f"{name} is now apart from {' / '.join(others)}", markup=False, highlight=False)


@app.command("join-person")
def join_person(
    case: CaseId,
    name: Annotated[str, typer.Argument(help="The name split off with `casefile split-person`.")],
    reason: Annotated[str, _REASON] = "one person after all",
    fmt: TextOrJson = Format.text,
) -> None:
    """Undo a split: NAME is again the person it was split from, in every view."""
    from casefile.application.people import join_person as record_join

    with _grouping_errors():
        tracker = open_tracker()
        joined = record_join(tracker, case, name, reason)
        others = _other_names(joined, name)
        if fmt is Format.json:
            current = tracker.current_id(case)
            _print_done("join-person", case=current, name=name, joined_with=others, reason=reason)
            return
        out.print(
            f"{name} is again one person with {' / '.join(others)}", markup=False, highlight=False
        )


@app.command()
def related(
    case: CaseId,
    fmt: TextOrJson = Format.text,
) -> None:
    """Cases tied to this one: a suspect linked to another case's homicide, either way round."""
    from casefile.application.people import related_cases

    with user_errors():
        found = related_cases(open_tracker(), case)
        if fmt is Format.json:
            out.print_json(render.dumps([r.as_dict() for r in found]))
            return
        if not found:
            out.print("No related cases known.")
        for r in found:
            out.print(
                f"{r.case_id}: a suspect of {r.linking_case} is linked to the homicide of "
                f"{r.victim} ({r.victim_case}); {render.count(len(r.sources), 'report')}",
                markup=False,
                highlight=False,
            )
            for source in r.sources:
                out.print(f"  {source['outlet']}: \u201c{source['quote']}\u201d", markup=False)


def _other_names(person: Any, name: str) -> list[str]:
    return [variant for variant in person.variants if variant != name] or [person.name]


def _print_done(action: str, **what: Any) -> None:
    """A regrouping's `--format json`: what was done, to which ids."""
    out.print_json(render.dumps({"action": action, **what}))


def _person_as_dict(person: Any) -> dict[str, Any]:
    return {
        "name": person.name,
        "role": person.role,
        "roles": [{"role": r, "sources": s} for r, s in person.roles.items()],
        "variants": [{"name": n, "sources": s} for n, s in person.variants.items()],
        "ages": [{"age": a, "sources": s} for a, s in person.ages.items()],
        "residences": [{"residence": r, "sources": s} for r, s in person.residences.items()],
    }
