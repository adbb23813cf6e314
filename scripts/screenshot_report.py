"""Regenerate the report screenshots in docs/img/ as headless Chromium shows the pages.

    python scripts/screenshot_report.py [--output docs/img/seeds-report.png]
    python scripts/screenshot_report.py --long-case 200 [--output docs/img/long-case-timeline.png]

Ingests seeds/ (or, with --long-case N, one generated case of N articles, see
benchmarks/synthetic.py) into a throw-away SQLite file with the installed `casefile`, writes
the report page, and photographs its first screen (header, timeline, case state), or for a
long case its timeline.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

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
    parser.add_argument("--output", type=Path)
    parser.add_argument("--long-case", type=int, metavar="N", help="a generated case of N articles")
    options = parser.parse_args()
    name = "long-case-timeline.png" if options.long_case else "seeds-report.png"
    output = options.output or ROOT / "docs" / "img" / name
    with tempfile.TemporaryDirectory() as folder:
        db, page = f"sqlite:///{folder}/casefile.db", Path(folder) / "report.html"
        casefile(db, "ingest", str(_articles(Path(folder), options.long_case)))
        [case] = json.loads(casefile(db, "cases", "--format", "json"))
        casefile(db, "report", case["case"], "--html", str(page))
        browser = start_chromium(WIDTH, HEIGHT)
        try:
            browser.get(page.as_uri())
            if options.long_case:
                # The timeline, with its first week opened as a reader would.
                browser.execute_script(
                    "document.querySelector('details.period').open = true;"
                    "document.getElementById('timeline').scrollIntoView()"
                )
            output.parent.mkdir(parents=True, exist_ok=True)
            if not browser.save_screenshot(str(output)):
                sys.exit(f"Chromium could not save {output}")
        finally:
            browser.quit()
    print(f"wrote {output}")


def _articles(folder: Path, long_case: int | None) -> Path:
    """The seeds, or a JSON Lines file of one generated case of `long_case` articles."""
    if not long_case:
        return ROOT / "seeds"
    import synthetic  # benchmarks/synthetic.py

    archive = folder / "case.jsonl"
    with archive.open("w", encoding="utf-8") as out:
        for article in synthetic.long_case(long_case):
            out.write(json.dumps(synthetic.as_record(article)) + "\n")
    return archive


if __name__ == "__main__":
    main()
