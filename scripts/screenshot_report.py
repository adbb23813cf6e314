"""Regenerate docs/img/seeds-report.png: the seeds' case report as headless Chromium shows it.

    python scripts/screenshot_report.py [--output docs/img/seeds-report.png]

Ingests seeds/ into a throw-away SQLite file with the installed `casefile`, writes the
report page, and photographs its first screen (header, timeline, case state).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from headless_chromium import start_chromium  # sibling scripts
from installed_casefile import run_casefile

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1200, 1500


def casefile(db: str, *args: str) -> str:
    result = run_casefile(*args, db=db)
    if result.returncode != 0:
        sys.exit(f"casefile {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "img" / "seeds-report.png")
    output = parser.parse_args().output
    with tempfile.TemporaryDirectory() as folder:
        db, page = f"sqlite:///{folder}/casefile.db", Path(folder) / "report.html"
        casefile(db, "ingest", str(ROOT / "seeds"))
        [case] = json.loads(casefile(db, "cases", "--format", "json"))
        casefile(db, "report", case["case"], "--html", str(page))
        browser = start_chromium(WIDTH, HEIGHT)
        try:
            browser.get(page.as_uri())
            output.parent.mkdir(parents=True, exist_ok=True)
            if not browser.save_screenshot(str(output)):
                sys.exit(f"Chromium could not save {output}")
        finally:
            browser.quit()
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
