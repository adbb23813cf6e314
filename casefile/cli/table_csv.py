"""`--format csv` of the verbs that list cases or facts: one row per article or per fact."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from casefile.adapters.report_wording import fact_phrase
from casefile.cli.followup_commands import csv_writer
from casefile.cli.render import CATEGORY_TITLES

if TYPE_CHECKING:
    from casefile.application.case_list import CaseSummary
    from casefile.domain.state import CaseState

CASE_COLUMNS = ("case", "article", "published", "outlet", "title", "url", "path")
STATE_COLUMNS = ("category", "fact", "outlets", "reported_by", "first_reported", "article")
STATE_COLUMNS += ("quote",)


def write_cases(summaries: Sequence[CaseSummary]) -> None:
    """One row per article of each case."""
    writer = csv_writer()
    writer.writerow(CASE_COLUMNS)
    for summary in summaries:
        for row in summary.articles:
            cells = (row.article_id, row.published, row.outlet, row.title, row.url, row.path)
            writer.writerow([summary.case_id, *(cell or "" for cell in cells)])


def write_state(state: CaseState) -> None:
    """One row per known fact: what it says, how many outlets, and its first report."""
    writer = csv_writer()
    writer.writerow(STATE_COLUMNS)
    for category, title in CATEGORY_TITLES.items():
        for fact in state.category(category):
            corroboration = fact.corroboration
            first = fact.sources[0]
            writer.writerow(
                [
                    title,
                    fact_phrase(fact.kind, fact.fields),
                    corroboration.independent,
                    "; ".join(corroboration.outlets),
                    first.reported_at.isoformat(),
                    first.article_id,
                    first.quote,
                ]
            )
