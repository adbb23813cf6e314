"""Checkpoints made whole again: an ingest killed after its last commit, before it made its
cases' checkpoints, then run again (every article "already ingested"), leaves the store a
clean run leaves, checkpoints included; so does one whose checkpoints fell behind (against
the same runs unkilled: where checkpoints fall depends on the order reports arrived)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from casefile.adapters import fact_index
from casefile.application import checkpoints, ingest
from casefile.cli.main import app
from tests.reliability.conftest import opened
from tests.reliability.corpus import store_picture, write_articles

runner = CliRunner()


class Killed(BaseException):
    """The process killed right after its last batch committed."""


def checkpoint_rows(url: str) -> list[str]:
    with opened(url) as tracker, tracker.engine.connect() as connection:
        rows = connection.execute(select(fact_index.checkpoints)).all()
    return sorted(json.dumps(list(row), default=str) for row in rows)


def ingest_folder(url: str, *paths) -> None:
    result = runner.invoke(app, ["--db", url, "ingest", *map(str, paths)])
    assert result.exit_code == 0, result.output


def ingest_killed_before_checkpoints(url: str, monkeypatch, *paths) -> None:
    def killed(*args, **kwargs):
        raise Killed

    with monkeypatch.context() as patched:
        patched.setattr(ingest, "refresh_checkpoints", killed)
        with pytest.raises(Killed):
            runner.invoke(app, ["--db", url, "ingest", *map(str, paths)])


@pytest.mark.parametrize("scenario", ["missing", "behind"])
def test_a_killed_run_then_a_rerun_equals_a_clean_run_checkpoints_included(
    scenario, tmp_path, monkeypatch
):
    monkeypatch.setattr(checkpoints, "CHECKPOINT_EVERY", 4)
    folder = tmp_path / "articles"
    paths = write_articles(folder, 24, per_case=12)  # two long cases
    clean, killed = (f"sqlite:///{tmp_path / name}.db" for name in ("clean", "killed"))
    if scenario == "behind":
        # Checkpoints made for half of each case; the clean run did the same first.
        ingest_folder(clean, *paths[::2])
        ingest_folder(killed, *paths[::2])
    ingest_folder(clean, folder)
    ingest_killed_before_checkpoints(killed, monkeypatch, folder)
    assert checkpoint_rows(killed) != checkpoint_rows(clean)  # the kill left them short
    result = runner.invoke(app, ["--db", killed, "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert all("already ingested" in line for line in result.stdout.splitlines())
    assert checkpoint_rows(clean)  # the cases are long enough to have checkpoints
    assert checkpoint_rows(killed) == checkpoint_rows(clean)
    with opened(clean) as one, opened(killed) as other:
        assert store_picture(one) == store_picture(other)
