"""How the `casefile` command runs: which verb a run invokes, built alone (`Casefile`), `--db`
given after the verb read as if before it (`db_first`), the help's list of verbs by what a
user does (`Commands`), and the end of a read's process without the interpreter's teardown
(`_exit_now`). The app itself, and what its verbs share, are `app.py`'s.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

from casefile.cli import help_format
from casefile.cli.coercion import take_values_as_given

if TYPE_CHECKING:
    from typer import _click as click


class Commands(TyperGroup):
    """The command list of the help, grouped by what a user does, with each command's first
    sentence whole (click cuts it to fit one line, mid-phrase); it wraps instead."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        take_values_as_given(self.get_params(ctx))
        return super().parse_args(ctx, db_first(args))

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:  # typer's checks would load pydantic (coercion.py)
            take_values_as_given(command.get_params(ctx))
        return name, command, rest

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        helps = {
            name: command.get_short_help_str(limit=1_000)
            for name in self.list_commands(ctx)
            if (command := self.get_command(ctx, name)) is not None and not command.hidden
        }
        # By what a user does (help_format.SECTIONS), as git's help groups its verbs.
        for title, names in help_format.sections(list(helps)):
            with formatter.section(title):
                formatter.write_dl([(name, helps[name]) for name in names])


def db_first(args: list[str]) -> list[str]:
    """`args` with each `--db VALUE` (or `--db=VALUE`) given after the verb moved before it:
    `casefile cases --db x.db` is `casefile --db x.db cases`. Nothing after `--` moves."""
    moved: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest += args[index:]
            break
        if arg == "--db" and index + 1 < len(args):
            moved += args[index : index + 2]
            index += 2
            continue
        if arg.startswith("--db="):
            moved.append(arg)
        else:
            rest.append(arg)
        index += 1
    return moved + rest


# The group's own options that take a value (the value is not the verb).
_GROUP_VALUES = frozenset({"--db", "--tz"})


def invoked_verb(args: list[str], verbs: set[str]) -> str | None:
    """The verb of `verbs` that `args` run (`casefile [--db X] [--tz Z] VERB ...`), or None
    when they run none of them or the group's help comes first (`casefile --help show`)."""
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in _GROUP_VALUES:
            index += 2
            continue
        if arg == "--" or arg == "--help":
            return None
        if not arg.startswith("-"):
            return arg if arg in verbs else None
        index += 1
    return None


class Casefile(typer.Typer):
    """The typer app, which builds only the command a run invokes: typer makes a click
    command of every registered verb (reading each function's signature and options) before
    parsing, a tenth of a read verb's start-up for the one it runs. The help, an unknown verb
    and a help asked before the verb get every command, as typer builds them."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        given = kwargs.get("args")
        every = self.registered_commands
        names = {_verb_name(command) for command in every}
        verb = invoked_verb(list(given) if given is not None else sys.argv[1:], names)
        if verb is not None:
            self.registered_commands = [c for c in every if _verb_name(c) == verb]
        try:
            return super().__call__(*args, **kwargs)
        except SystemExit as done:
            if given is None and _may_exit_now():
                _exit_now(done.code)
            raise
        finally:
            self.registered_commands = every


def _may_exit_now() -> bool:
    """Whether the process may end without its teardown (`_exit_now`): no SQLAlchemy engine
    made (see there), and no profiler or tracer watching, which writes what it saw then."""
    return "sqlalchemy" not in sys.modules and sys.getprofile() is None and sys.gettrace() is None


def _exit_now(code: object) -> None:
    """End the process once the verb is done, its output written and the exit functions
    run, without the interpreter's teardown: that frees every object one by one (a long
    case's state, every module), a tenth of a read verb's time, for a process that is
    ending anyway. Only for the process's own command (not a call in a program or test),
    after a run that opened no SQLAlchemy engine (the reads with `sqlite3`): closing an
    engine's last connection to a SQLite store writes the store's log back into its file.
    Returns (the caller exits as usual) if the output cannot be written."""
    import atexit
    import os

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # a closed pipe: the usual exit reports it as Python does
    if code is None:
        os._exit(0)
    if isinstance(code, int):
        os._exit(code)
    return  # a message as the code: printed by the usual exit


def _verb_name(command: Any) -> str:
    """A registered command's name as typer gives it (`typer.main.get_command_name`)."""
    return command.name or command.callback.__name__.lower().replace("_", "-")
