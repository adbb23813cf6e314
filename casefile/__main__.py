"""`python -m casefile`: the same command as `casefile`."""

from casefile.cli.main import app

app(prog_name="casefile")
