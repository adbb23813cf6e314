"""The `casefile` command: a thin shell over the application's use cases.

Each module under `casefile.cli` registers its verbs on the one typer `app`; importing them
here is what makes them part of the command.
"""

from casefile.cli import case_commands  # noqa: F401  (registers its verbs)
from casefile.cli.app import app

__all__ = ["app"]
