"""`casefile --help` starts without loading the store, the event library or extraction: those
take most of a second to import, and a verb loads them only when it needs them."""

from __future__ import annotations

import subprocess
import sys

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
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    top_level, casefile_modules = done.stdout.splitlines()
    assert not set(HEAVY) & set(top_level.split())
    loaded = casefile_modules.split()
    assert not [m for m in loaded if m.startswith(("casefile.extraction", "casefile.application"))]
    assert "casefile.cli.case_commands" in loaded  # the verbs are registered all the same
