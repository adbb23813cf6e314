"""The `casefile` command: a thin shell over the application's use cases.

Each module under `casefile.cli` registers its verbs on the one typer `app`; importing them
here is what makes them part of the command.
"""

import casefile.cli.audit_commands  # registers the audit verbs
import casefile.cli.followup_commands  # followups
import casefile.cli.grouping_commands  # merge, move, people, split-person, related
import casefile.cli.report_commands  # registers `report`
import casefile.cli.search_commands  # noqa: F401  (registers `search`)
from casefile.cli import case_commands  # noqa: F401  (registers its verbs)
from casefile.cli.app import app

__all__ = ["app"]
