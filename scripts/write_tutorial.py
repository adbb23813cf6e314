"""Rewrite docs/tutorial.md with the output of a real run over the seeds.

    python scripts/write_tutorial.py

Runs each command of the tutorial with the installed `casefile` in a throw-away folder
(a fresh SQLite case file, 100 columns) and puts what it printed into the page, so the
tutorial shows what the tool does today.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from installed_casefile import run_casefile  # a sibling script

ROOT = Path(__file__).resolve().parent.parent
CASE = "hartford-cajigas-2021"
MORNING, NOON = "2021-10-26T09:00-04:00", "2021-10-26T13:00-04:00"


def run(folder: Path, *args: str, lines: int | None = None) -> str:
    result = run_casefile(*args, cwd=folder)
    if result.returncode != 0:
        sys.exit(f"casefile {' '.join(args)} failed: {result.stderr.strip()}")
    text = result.stdout.rstrip("\n")
    if lines is not None and len(text.splitlines()) > lines:
        text = "\n".join(text.splitlines()[:lines]) + "\n..."
    return text


def text_block(output: str, language: str = "text") -> str:
    return f"```{language}\n{output}\n```"


ZONE = "America/New_York"  # the zone the page tells the reader to set


def main() -> None:
    os.environ["CASEFILE_TZ"] = ZONE
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        out = {
            "ingest": run(folder, "ingest", "seeds/"),
            "again": run(folder, "ingest", "seeds/01-fox61.md"),
            "cases": run(folder, "cases"),
            "morning": run(folder, "show", CASE, "--as-of", MORNING, lines=24),
            "diff": run(folder, "diff", CASE, "--from", MORNING, "--to", NOON),
            "timeline": run(folder, "timeline", CASE, lines=16),
            "conflicts": run(folder, "conflicts", CASE),
            "markdown": run(folder, "report", CASE, "--format", "md", lines=20),
        }
        run(folder, "report", CASE, "--html", "cajigas.html")
    page = f"""# Tutorial: the seed case

The repository's `seeds/` folder holds three reports from the morning of 26 October 2021,
when a man fired at a Hartford police officer sitting in her cruiser: FOX61 early, the
Daily Voice around noon, WFSB in the afternoon. This tutorial follows them from `ingest`
to the report. Every output below is from a real run (made at 100 columns by
`scripts/write_tutorial.py`); extraction keeps improving, so your facts may differ in the
details.

Work in an empty folder: casefile keeps its case file in `./casefile.db` there. The
reports are from Connecticut: read and show their times on the US east coast (the store
records this zone at its first ingest; see [time zone](concepts.md#time-zone)):

```sh
export CASEFILE_TZ=America/New_York
```

## 1. Ingest the reports

```sh
casefile ingest seeds/
```

{text_block(out["ingest"])}

Each report was read, its facts extracted, and the facts stored as events on one case.
Ingest the same file again and nothing is added:

```sh
casefile ingest seeds/01-fox61.md
```

{text_block(out["again"])}

## 2. The case

```sh
casefile cases
```

{text_block(out["cases"])}

## 3. What was known at 9 a.m.?

Only FOX61 had reported by then. Ask for the state as known at that moment (the
[reported axis](concepts.md#three-times-never-mixed)):

```sh
casefile show {CASE} --as-of {MORNING}
```

{text_block(out["morning"])}

FOX61's publication time is an estimate (its page gives the date only; the seed's front
matter says `published_estimated: true`), which `show` marks "(estimated)".

## 4. What did the noon report add?

```sh
casefile diff {CASE} --from {MORNING} --to {NOON}
```

{text_block(out["diff"])}

Every change names the report that made it and quotes it.

## 5. Report by report

```sh
casefile timeline {CASE}
```

{text_block(out["timeline"])}

## 6. Where do the outlets disagree?

```sh
casefile conflicts {CASE}
```

{text_block(out["conflicts"])}

## 7. The report

```sh
casefile report {CASE} --html cajigas.html
```

Open `cajigas.html` in any browser (no network needed):

![The report of the seed case](img/seeds-report.png)

The menu above the case state switches between the case as known after each report; the
timeline marks link to the facts; the evidence section shows each quote in its sentence,
with a link to the article. For notes or a wiki, the same content as Markdown:

```sh
casefile report {CASE} --format md > cajigas.md
```

{text_block(out["markdown"], "markdown")}

See [making the case report](howto/report.md) for what each part of the page shows.
"""
    (ROOT / "docs" / "tutorial.md").write_text(page, encoding="utf-8")
    print("wrote docs/tutorial.md")


if __name__ == "__main__":
    main()
