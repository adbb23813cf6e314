"""Publication times, time zones and every input, with the command run as users run it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from casefile.cli.main import app

runner = CliRunner()
STORY = (
    "SPRINGFIELD, Ill. — Police arrested Darnell Okafor, 34, on Thursday and charged him "
    "with armed robbery.\n\nOkafor is being held on a $50,000 bond.\n"
)
NO_DATE_PAGE = (
    "<html><head><title>Man held</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    + "<p>He was first arrested in 2016, records show.</p></article>"
    "<footer>© 2025 Example News</footer></body></html>"
)


def invoke(db: str, *args: str, input: str | None = None):
    return runner.invoke(app, ["--db", db, *args], input=input)


def cases(db: str) -> list[dict]:
    result = invoke(db, "cases", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def run(command: list[str], *args: str, cwd: Path, zone: str, stdin: str | None = None):
    env = {**os.environ, "CASEFILE_DB": "", "CASEFILE_TZ": zone, "COLUMNS": "200"}
    return subprocess.run(
        [*command, *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True
    )


def test_a_page_without_a_date_is_refused_in_one_line_and_nothing_is_stored(
    tmp_path, casefile_command
):
    (tmp_path / "page.html").write_text(NO_DATE_PAGE, encoding="utf-8")
    result = run(casefile_command, "ingest", "page.html", cwd=tmp_path, zone="UTC")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "no publication date" in line and "--published" in line
    assert result.stdout == ""
    assert not (tmp_path / "casefile.db").exists()


def test_published_on_the_command_line_dates_a_page_or_standard_input(tmp_path, sqlite_url):
    page = tmp_path / "page.html"
    page.write_text(NO_DATE_PAGE, encoding="utf-8")
    result = invoke(sqlite_url, "ingest", str(page), "--published", "2025-03-14T17:45-04:00")
    assert result.exit_code == 0, result.output
    pasted = invoke(
        sqlite_url,
        "ingest",
        "-",
        "--published",
        "2025-03-15",
        "--outlet",
        "Valley Times",
        "--url",
        "https://valley.example/okafor-court",
        "--title",
        "Okafor in court",
        input="SPRINGFIELD — Darnell Okafor, 34, appeared in court on Friday on an armed robbery charge.\n",
    )
    assert pasted.exit_code == 0, pasted.output
    assert "<stdin>: added to case" in pasted.stdout
    articles = [a for case in cases(sqlite_url) for a in case["articles"]]
    pasted_row = next(a for a in articles if a["outlet"] == "Valley Times")
    assert pasted_row["url"] == "https://valley.example/okafor-court"
    assert pasted_row["title"] == "Okafor in court"
    assert pasted_row["published"] == "2025-03-15"
    assert any(a["published"] == "2025-03-14T17:45-04:00" for a in articles)


def test_standard_input_without_a_date_is_refused(sqlite_url):
    result = invoke(sqlite_url, "ingest", "-", input=STORY)
    assert result.exit_code == 1
    assert "<stdin>: no publication date" in result.output


def test_json_lines_store_every_good_line_and_report_every_bad_one(tmp_path, sqlite_url):
    good = [
        {"url": f"https://news.example/{n}", "published": "2025-03-14", "text": STORY}
        for n in range(3)
    ]
    lines = [
        json.dumps(good[0]),
        "{not json",
        json.dumps(good[1]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": STORY}),  # no publication date
        json.dumps(good[2]),
    ]
    path = tmp_path / "bulk.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke(sqlite_url, "ingest", str(path))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert [e.split(":")[2] for e in errors] == ["2", "4", "5"], errors
    assert "3 of 6 articles failed; 3 stored." in result.stderr
    assert (
        sum(" added to case " in line or "revised" in line for line in result.stdout.splitlines())
        == 3
    )


def test_a_date_only_publication_counts_from_the_start_of_the_day_in_the_store_zone(
    tmp_path, casefile_command
):
    (tmp_path / "a.md").write_text(
        "---\nurl: https://news.example/a\noutlet: Example News\npublished: 2025-03-14\n---\n"
        + STORY,
        encoding="utf-8",
    )
    zone = "America/New_York"
    ingested = run(casefile_command, "ingest", "a.md", cwd=tmp_path, zone=zone)
    assert ingested.returncode == 0, ingested.stderr
    [case] = json.loads(
        run(casefile_command, "cases", "--format", "json", cwd=tmp_path, zone=zone).stdout
    )

    def charges(as_of: str, zone: str = zone) -> int:
        shown = run(
            casefile_command,
            "show",
            case["case"],
            "--as-of",
            as_of,
            "--format",
            "json",
            cwd=tmp_path,
            zone=zone,
        )
        assert shown.returncode == 0, shown.stderr
        return len(json.loads(shown.stdout)["charges"])

    # 00:00 in New York is 04:00 UTC: at 02:00 UTC (10 p.m. the evening before) not yet known.
    assert charges("2025-03-14T02:00Z") == 0
    assert charges("2025-03-14T04:00Z") == 1
    assert charges("2025-03-13") == 0  # the end of the 13th in New York
    assert charges("2025-03-14T00:30") == 1  # no offset: read in the store's zone
    shown = run(casefile_command, "show", case["case"], cwd=tmp_path, zone=zone)
    assert "2025-03-14 00:00 EDT (date only)" in shown.stdout
    # Another machine, another local zone: the store's zone still rules.
    env_less = run(
        casefile_command,
        "show",
        case["case"],
        "--as-of",
        "2025-03-13",
        "--format",
        "json",
        cwd=tmp_path,
        zone="",
    )
    assert json.loads(env_less.stdout)["charges"] == []
    # Ingesting with another zone is refused, naming both.
    (tmp_path / "b.md").write_text(
        "---\nurl: https://news.example/b\npublished: 2025-03-15\n---\n" + STORY, encoding="utf-8"
    )
    refused = run(casefile_command, "ingest", "b.md", cwd=tmp_path, zone="Europe/Berlin")
    assert refused.returncode == 1
    assert "America/New_York" in refused.stderr and "Europe/Berlin" in refused.stderr


def test_every_time_printed_names_its_zone_and_estimates_say_so(tmp_path, sqlite_url):
    (tmp_path / "a.md").write_text(
        "---\nurl: https://news.example/a\noutlet: Example News\n"
        "published: 2025-03-14T08:00-04:00\npublished_estimated: true\n---\n" + STORY,
        encoding="utf-8",
    )
    assert invoke(sqlite_url, "ingest", str(tmp_path / "a.md")).exit_code == 0
    [case] = cases(sqlite_url)
    for args in (["show"], ["timeline"], ["show", "--as-of", "2025-03-14T09:00-04:00"]):
        result = runner.invoke(
            app,
            ["--db", sqlite_url, "--tz", "America/Chicago", *args, case["case"]],
            env={"COLUMNS": "200"},
        )
        assert result.exit_code == 0, result.output
        assert "2025-03-14 07:00 CDT (estimated)" in result.stdout, result.stdout
    diff = runner.invoke(
        app,
        ["--db", sqlite_url, "diff", case["case"], "--from", "2025-03-13", "--to", "2025-03-15"],
        env={"COLUMNS": "200"},
    )
    assert "2025-03-14 12:00 UTC (estimated)" in diff.stdout, diff.stdout


def test_cases_and_reports_show_times_in_the_zone_like_every_verb(tmp_path, sqlite_url):
    (tmp_path / "a.md").write_text(
        "---\nurl: https://news.example/a\noutlet: Example News\n"
        "published: 2025-03-14T08:00-04:00\npublished_estimated: true\n---\n" + STORY,
        encoding="utf-8",
    )
    assert invoke(sqlite_url, "ingest", str(tmp_path / "a.md")).exit_code == 0
    [case] = cases(sqlite_url)
    assert case["articles"][0]["published"] == "2025-03-14T08:00-04:00"  # JSON: as given

    def shown(*args: str) -> str:
        result = runner.invoke(
            app,
            ["--db", sqlite_url, "--tz", "America/Chicago", *args],
            env={"COLUMNS": "200"},
        )
        assert result.exit_code == 0, result.output
        return result.stdout

    assert "2025-03-14 07:00 CDT (estimated)" in shown("cases")
    # Reports read times as a reader writes them, in the same zone, named.
    markdown = shown("report", case["case"], "--format", "md")
    assert "Fri 14 Mar 2025, 7:00 a.m. CDT (estimated)" in markdown
    assert "08:00-04:00" not in markdown
    as_of = shown("report", case["case"], "--format", "md", "--as-of", "2025-03-14T09:00-04:00")
    assert "As known at Fri 14 Mar 2025, 8:00 a.m. CDT" in as_of
    page = tmp_path / "report.html"
    shown("report", case["case"], "--html", str(page))
    html = page.read_text(encoding="utf-8")
    assert "Fri 14 Mar 2025, 7:00 a.m. CDT (estimated)" in html
    assert "08:00-04:00" not in html


def test_an_unknown_zone_is_one_clear_line(sqlite_url):
    result = runner.invoke(app, ["--db", sqlite_url, "--tz", "Mars/Olympus", "show", "x"])
    assert result.exit_code == 1
    assert "unknown time zone 'Mars/Olympus'" in result.output


def test_two_saves_of_one_page_are_one_article_whose_second_save_says_it_adds_nothing(
    tmp_path, sqlite_url
):
    (tmp_path / "a.md").write_text(
        "---\nurl: https://news.example/a\noutlet: Example News\n"
        "published: 2025-03-14T17:45-04:00\n---\n" + STORY,
        encoding="utf-8",
    )
    (tmp_path / "b.html").write_text(
        '<html><head><title>Man held | Example News</title><link rel="canonical" '
        'href="https://www.news.example/a/"><meta property="article:published_time" '
        'content="2025-03-14T17:45-04:00"></head><body><article><h1>Man held</h1>'
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
        + "</article></body></html>",
        encoding="utf-8",
    )
    first = invoke(sqlite_url, "ingest", str(tmp_path / "b.html"))
    second = invoke(sqlite_url, "ingest", str(tmp_path / "a.md"))
    assert "added to case" in first.stdout and "nothing new" not in first.stdout
    assert "revised in case" in second.stdout
    assert "the same facts as its earlier revision: nothing new" in second.stdout
    [case] = cases(sqlite_url)
    [article] = {a["article"] for a in case["articles"]}
    timeline = invoke(sqlite_url, "timeline", case["case"])
    assert "(nothing new: the facts of this article's earlier revision)" in timeline.stdout
    assert "(no facts)" not in timeline.stdout
    revisions = invoke(sqlite_url, "revisions", article)
    assert "no fact added or withdrawn: the same facts as before" in revisions.stdout
