"""`casefile --help` starts without loading the store, the event library or extraction: those
take most of a second to import, and a verb loads them only when it needs them; `cases` reads
the read model without the event library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HEAVY = ("sqlalchemy", "eventsourcing", "eventsourcing_sqlalchemy", "trafilatura", "psycopg")


def test_the_command_loads_no_store_or_extraction_modules_until_a_verb_runs() -> None:
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from casefile.cli.main import app\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0 and 'ingest' in result.output, result.output\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
        "print(' '.join(m for m in sys.modules if m.startswith('casefile.')))\n"
        "print(' '.join(m for m in sys.modules if m.startswith('rich.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    top_level, casefile_modules, rich_modules = done.stdout.splitlines()
    assert not set(HEAVY) & set(top_level.split())
    # Nor `html` (its table of entities): `escape_html` is written out (safe_output.py).
    assert "html" not in top_level.split()
    # The progress bar is drawn by `ingest` only (the help draws its own tables).
    assert "rich.progress" not in rich_modules.split()
    loaded = casefile_modules.split()
    assert not [m for m in loaded if m.startswith(("casefile.extraction", "casefile.application"))]
    assert "casefile.cli.case_commands" in loaded  # the verbs are registered all the same


def test_cases_lists_the_read_model_without_loading_the_event_library(store_url) -> None:
    """`casefile cases` needs only the read model: the event library, the domain and the
    extraction stay unloaded, and the list is the one the tracker gives."""
    from typer.testing import CliRunner

    from casefile.cli.main import app

    ingested = CliRunner().invoke(app, ["--db", store_url, "ingest", str(SEEDS)])
    assert ingested.exit_code == 0, ingested.output
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from casefile.cli.main import app\n"
        f"result = CliRunner().invoke(app, ['--db', {store_url!r}, 'cases', '--format', 'json'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(result.stdout.replace(chr(10), ' '))\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
        "print(' '.join(m for m in sys.modules if m.startswith('casefile.')))\n"
        "print(' '.join(m for m in sys.modules if m.startswith('sqlalchemy.orm')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    listed, top_level, casefile_modules, orm_modules = done.stdout.splitlines()
    loaded = set(top_level.split())
    assert not {"eventsourcing", "eventsourcing_sqlalchemy", "trafilatura", "pydantic"} & loaded
    if store_url.startswith("sqlite"):
        # A SQLite file written without a key is read with the standard library's sqlite3.
        assert "sqlalchemy" not in loaded
    # Nor the ORM (the read model is read through the core) or PyYAML (no article is read).
    assert "yaml" not in loaded
    assert orm_modules == ""
    # The domain's events and fold, the tracker and extraction: none of them loaded.
    unwanted = (
        "casefile.domain.case",
        "casefile.domain.state",
        "casefile.domain.reading",
        "casefile.application.tracker",
    )
    assert not [m for m in casefile_modules.split() if m in unwanted or "extraction" in m]
    from casefile.application.tracker import CaseTracker

    tracker = CaseTracker.open(store_url)
    try:
        expected = [summary.as_dict() for summary in tracker.list_cases()]
    finally:
        tracker.close()
    assert json.loads(listed) == expected
    assert [case["case"] for case in expected] == ["hartford-cajigas-2021"]


def _loaded_by(args: list[str]) -> tuple[str, set[str]]:
    """What `casefile ARGS` printed, and the top-level modules the process loaded."""
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from casefile.cli.main import app\n"
        f"result = CliRunner().invoke(app, {args!r})\n"
        "assert result.exit_code == 0, result.output\n"
        "print(result.stdout.replace(chr(10), ' '))\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    output, top_level = done.stdout.splitlines()
    return output, set(top_level.split())


def test_read_verbs_check_their_options_without_pydantic(sqlite_url) -> None:
    """typer checks option values with pydantic, a tenth of a second to load: the values a
    read verb takes (a case id, a time, a format) are used as given, and its answer is the
    same."""
    from typer.testing import CliRunner

    from casefile.cli.main import app

    assert CliRunner().invoke(app, ["--db", sqlite_url, "ingest", str(SEEDS)]).exit_code == 0
    case = "hartford-cajigas-2021"
    as_of = ["--as-of", "2021-10-26T09:00-04:00"]
    for args in (
        ["show", case, *as_of, "--format", "json"],
        ["followups", case, "--stale-days", "3", "--format", "csv"],
        ["search", "Cajigas", "--format", "json"],
    ):
        output, loaded = _loaded_by(["--db", sqlite_url, *args])
        assert "pydantic" not in loaded, args
        in_process = CliRunner().invoke(app, ["--db", sqlite_url, *args])
        assert output == in_process.stdout.replace("\n", " ")
    shown = json.loads(
        _loaded_by(["--db", sqlite_url, "show", case, *as_of, "--format", "json"])[0]
    )
    assert [a["article"] for a in shown["articles"]] == ["d57f2ded57ff"]  # FOX61's alone by 9


def test_option_values_not_of_their_kind_get_typers_own_errors(sqlite_url) -> None:
    from typer.testing import CliRunner

    from casefile.cli.main import app

    runner = CliRunner()
    wrong_format = runner.invoke(app, ["--db", sqlite_url, "cases", "--format", "xml"])
    assert wrong_format.exit_code == 2
    assert "'xml' is not one of 'text', 'json', 'csv'" in wrong_format.output
    negative = runner.invoke(app, ["--db", sqlite_url, "followups", "--stale-days", "-1"])
    assert negative.exit_code == 2
    assert "greater than or equal to 0" in negative.output


def test_the_plain_sqlite_reads_give_what_sqlalchemy_reads(sqlite_url, monkeypatch) -> None:
    """The case list and the store's zone read with sqlite3 are those read through SQLAlchemy."""
    from typer.testing import CliRunner

    from casefile.adapters import plain_reads
    from casefile.application import time_zone
    from casefile.application.case_list import read_case_list
    from casefile.cli.main import app

    ingested = CliRunner().invoke(
        app, ["--db", sqlite_url, "--tz", "America/New_York", "ingest", str(SEEDS)]
    )
    assert ingested.exit_code == 0, ingested.output
    plain_cases, plain_zone = read_case_list(sqlite_url), time_zone.stored_zone(sqlite_url)
    assert plain_reads.open_plain(sqlite_url) is not None  # they were read with sqlite3
    monkeypatch.setattr(plain_reads, "open_plain", lambda explicit: None)
    assert plain_zone == time_zone.stored_zone(sqlite_url) == "America/New_York"
    assert plain_cases == read_case_list(sqlite_url)
    assert plain_cases and any(case.estimated for case in plain_cases)


def test_other_stores_are_read_through_sqlalchemy(tmp_path, monkeypatch) -> None:
    """PostgreSQL, an encrypted store, a URL with options or a missing file: not read here."""
    from casefile.adapters import cipher, plain_reads

    monkeypatch.delenv(plain_reads.KEY_VARIABLE, raising=False)
    monkeypatch.delenv("CASEFILE_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    there = tmp_path / "store.db"
    there.write_bytes(b"")
    assert plain_reads.plain_sqlite_file(str(there)) == there
    assert plain_reads.plain_sqlite_file(f"sqlite:///{there}") == there
    assert plain_reads.plain_sqlite_file(f"sqlite:///{there}?timeout=3") is None
    assert plain_reads.plain_sqlite_file("postgresql://postgres@127.0.0.1/test") is None
    assert plain_reads.plain_sqlite_file(str(tmp_path / "missing.db")) is None
    assert plain_reads.plain_sqlite_file(None) is None  # no ./casefile.db here
    assert plain_reads.open_plain(str(there)) is None  # no key check row: not a store read here
    monkeypatch.setenv(plain_reads.KEY_VARIABLE, "a2V5a2V5a2V5a2V5a2V5aw==")
    assert plain_reads.plain_sqlite_file(str(there)) is None
    # The names it reads by are the cipher's own.
    assert plain_reads.KEY_VARIABLE == cipher.KEY_VARIABLE
    monkeypatch.delenv(plain_reads.KEY_VARIABLE)
    assert cipher.key_marker(sealed=False) == plain_reads.PLAIN_MARKER


def test_json_to_a_pipe_is_what_rich_prints(sqlite_url, monkeypatch) -> None:
    """JSON written directly (not laid out by rich) is the same text."""
    from rich.console import Console
    from typer.testing import CliRunner

    from casefile.cli import app as cli_app
    from casefile.cli.main import app

    assert CliRunner().invoke(app, ["--db", sqlite_url, "ingest", str(SEEDS)]).exit_code == 0
    runner = CliRunner()
    args = ["--db", sqlite_url, "show", "hartford-cajigas-2021", "--format", "json"]
    direct = runner.invoke(app, args)
    monkeypatch.setattr(cli_app._SafeConsole, "print_json", Console.print_json)
    through_rich = runner.invoke(app, args)
    assert direct.exit_code == through_rich.exit_code == 0
    assert direct.stdout == through_rich.stdout
    assert json.loads(direct.stdout)["case"] == "hartford-cajigas-2021"


def test_read_verbs_on_a_plain_sqlite_store_load_neither_sqlalchemy_nor_the_event_library(
    sqlite_url, monkeypatch
) -> None:
    """`show` (now, as of a time, as JSON), `diff`, `timeline`, `followups` and `search` read a
    SQLite file written without a key with sqlite3 (`plain_index.py`): the process loads
    neither SQLAlchemy nor the event library (nor the aggregate or the tracker), and prints
    what the same verb prints when it reads through the tracker."""
    from typer.testing import CliRunner

    from casefile.adapters import plain_index
    from casefile.cli.main import app

    runner = CliRunner()
    assert runner.invoke(app, ["--db", sqlite_url, "ingest", str(SEEDS)]).exit_code == 0
    case = "hartford-cajigas-2021"
    verbs = [
        ["show", case],
        ["show", case, "--as-of", "2021-10-26T09:00-04:00"],
        ["show", case, "--format", "json"],
        ["show", case, "--format", "csv"],
        ["diff", case, "--from", "2021-10-26T09:00-04:00", "--to", "2021-10-28"],
        ["timeline", case],
        ["timeline", case, "--format", "json"],
        ["followups", case, "--as-of", "2021-11-01"],
        ["followups", "--format", "json"],
        ["search", "Cajigas"],
        ["search", "murder", "--format", "json"],
    ]
    plain = {}
    for args in verbs:
        probe = (
            "import sys\n"
            "from typer.testing import CliRunner\n"
            "from casefile.cli.main import app\n"
            f"result = CliRunner().invoke(app, {['--db', sqlite_url, *args]!r})\n"
            "assert result.exit_code == 0, result.output\n"
            "import json\n"
            "print(json.dumps(result.stdout))\n"
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
            "print(' '.join(m for m in sys.modules if m.startswith('casefile.')))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        )
        output, top_level, casefile_modules = done.stdout.splitlines()
        loaded = set(top_level.split())
        assert not {"sqlalchemy", "eventsourcing", "eventsourcing_sqlalchemy"} & loaded, args
        assert not {"pydantic", "trafilatura", "yaml"} & loaded, args
        unwanted = {"casefile.domain.case", "casefile.application.tracker"}
        assert not unwanted & set(casefile_modules.split()), args
        plain[tuple(args)] = json.loads(output)
    # The same verbs read through the tracker (SQLAlchemy and the event library).
    monkeypatch.setattr(plain_index, "open_index", lambda explicit: None)
    for args in verbs:
        through_tracker = runner.invoke(app, ["--db", sqlite_url, *args])
        assert through_tracker.exit_code == 0, through_tracker.output
        assert plain[tuple(args)] == through_tracker.stdout, args
    assert "Cajigas" in plain[("search", "Cajigas")]
    assert json.loads(plain[("show", case, "--format", "json")])["case"] == case


def test_a_stored_emoji_code_is_printed_as_it_is() -> None:
    """The consoles read no emoji codes: a stored ":knife:" is printed as text, and rich's
    table of codes is not loaded to look it up."""
    from casefile.cli import app as cli_app

    for console in (cli_app.out, cli_app.err):
        with console.capture() as captured:
            console.print("Police found a :knife: nearby", markup=False, highlight=False)
            console.print("[bold]Case[/bold] :knife:")
        assert captured.get() == "Police found a :knife: nearby\nCase :knife:\n"


@pytest.mark.parametrize(
    "text", ["", "plain", "<b>&amp;</b>", "\"quoted\" & 'single'", "a<>&\"'b", "caf\u00e9 &#x27;"]
)
def test_html_is_escaped_as_the_standard_library_does(text: str) -> None:
    import html

    from casefile.adapters.safe_output import escape_html

    assert escape_html(text) == html.escape(text, quote=True)


VERBS = {"show", "cases", "diff"}


@pytest.mark.parametrize(
    ("args", "verb"),
    [
        (["show", "a-case"], "show"),
        (["--db", "x.db", "show", "a-case"], "show"),
        (["--db=x.db", "--tz", "UTC", "cases"], "cases"),
        (["diff", "a", "--db", "show"], "diff"),  # a value after the verb is not a verb
        (["show", "--help"], "show"),  # the verb's own help needs only the verb
        ([], None),
        (["--help", "show"], None),  # the group's help lists every verb
        (["--db", "show", "cases"], "cases"),  # "show" here is the store's name
        (["shwo", "x"], None),  # an unknown verb: typer suggests among them all
        (["--version"], None),
        (["--", "show"], None),
    ],
)
def test_the_verb_a_run_invokes_is_told_from_its_arguments(args, verb) -> None:
    from casefile.cli.command import invoked_verb

    assert invoked_verb(args, VERBS) == verb


def _casefile(*args: str, every_verb: bool = False) -> subprocess.CompletedProcess[str]:
    """`casefile ARGS` as a process; with `every_verb`, with every verb built (as typer
    builds the command, not `command.Casefile`)."""
    run = "typer.main.get_command(app)" if every_verb else "app"
    probe = (
        "import sys, typer.main\n"
        "from casefile.cli.main import app\n"
        f"{run}(args=sys.argv[1:], prog_name='casefile')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False
    )


def test_a_run_builds_only_its_verb_and_the_help_still_lists_them_all(tmp_path) -> None:
    """The command builds only the verb it runs (`command.Casefile`): that verb's help and
    errors are the same, and the group's help and suggestions name them all."""
    from casefile.cli.main import app

    group_help = _casefile("--help", "show")
    assert group_help.returncode == 0
    assert group_help.stdout == _casefile("--help", every_verb=True).stdout
    for verb in ("ingest", "timeline", "followups", "search", "merge"):
        assert f"  {verb} " in group_help.stdout
    show_help = _casefile("show", "--help")
    assert show_help.returncode == 0 and "--as-of" in show_help.stdout
    assert show_help.stdout == _casefile("show", "--help", every_verb=True).stdout
    missing = _casefile("--db", str(tmp_path / "none.db"), "show", "a-case")
    assert missing.returncode == 1 and "Error:" in missing.stderr
    unknown = _casefile("shwo", "a-case")
    assert unknown.returncode == 2 and "Did you mean 'show'?" in unknown.stderr
    # A run in this process leaves every verb registered.
    every = list(app.registered_commands)
    with pytest.raises(SystemExit):
        app(args=["--db", str(tmp_path / "none.db"), "show", "a-case"], prog_name="casefile")
    assert app.registered_commands == every and len(every) > 10


def test_a_read_ends_the_process_without_teardown_and_writes_all_it_printed(
    sqlite_url, tmp_path
) -> None:
    """A read with `sqlite3` ends its process as soon as it is done (`command._exit_now`): all
    its output written, the exit functions run, its exit code kept; a run that opened the
    store through SQLAlchemy ends as usual, its SQLite log written back into the file."""
    from typer.testing import CliRunner

    from casefile.cli.main import app

    store = tmp_path / "casefile.db"
    ingested = _casefile("--db", sqlite_url, "ingest", str(SEEDS))
    assert ingested.returncode == 0, ingested.stderr
    assert not list(tmp_path.glob("casefile.db-*"))  # the tracker's store closed as usual
    marker = tmp_path / "exit-functions-ran"
    probe = (
        "import atexit, sys\n"
        "from casefile.cli.main import app\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').close())\n"
        "app(prog_name='casefile')\n"
    )
    runner = CliRunner()
    case = "hartford-cajigas-2021"
    for args in (["timeline", case, "--format", "json"], ["show", case], ["search", "murder"]):
        marker.unlink(missing_ok=True)
        run = [sys.executable, "-c", probe, "--db", str(store), *args]
        done = subprocess.run(run, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout == runner.invoke(app, ["--db", sqlite_url, *args]).stdout
        assert marker.exists(), args
    unknown = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(store), "show", "no-such-case"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert unknown.returncode == 1 and "no-such-case" in unknown.stderr
    assert unknown.stdout == ""
    # Under a profiler the process ends as usual, so the profiler writes what it saw.
    profile = tmp_path / "search.prof"
    profiled = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "casefile"]
    searched = subprocess.run([*profiled, "--db", str(store), "search", "murder"], check=False)
    assert searched.returncode == 0 and profile.stat().st_size > 0
