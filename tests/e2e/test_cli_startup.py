"""`casefile --help` starts without loading the store, the event library or extraction: those
take most of a second to import, and a verb loads them only when it needs them; `cases` reads
the read model without the event library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    assert not {"eventsourcing", "eventsourcing_sqlalchemy", "trafilatura"} & loaded
    # Nor the ORM (the read model is read through the core) or PyYAML (no article is read).
    assert "yaml" not in loaded
    assert orm_modules == ""
    # The domain's events and fold, the tracker and extraction: none of them loaded.
    unwanted = ("casefile.domain.case", "casefile.domain.state", "casefile.application.tracker")
    assert not [m for m in casefile_modules.split() if m in unwanted or "extraction" in m]
    from casefile.application.tracker import CaseTracker

    tracker = CaseTracker.open(store_url)
    try:
        expected = [summary.as_dict() for summary in tracker.list_cases()]
    finally:
        tracker.close()
    assert json.loads(listed) == expected
    assert [case["case"] for case in expected] == ["hartford-cajigas-2021"]
