from datetime import UTC, datetime

import pytest
from eventsourcing.utils import get_topic

from casefile.domain.article import Article
from casefile.domain.case import FACT_EVENTS, AttachedArticle, Case, case_uuid
from casefile.domain.facts import FACT_FIELDS, Evidence, Fact


def attached(article_id: str = "a1", revision: str = "r1") -> AttachedArticle:
    return AttachedArticle(
        article_id=article_id,
        revision=revision,
        url="https://example.org/1",
        outlet="Example News",
        title=None,
        path="one.md",
        reported_at=datetime(2024, 3, 1, tzinfo=UTC),
        reported_raw="2024-03-01",
        reported_estimated=False,
    )


def test_every_fact_kind_has_an_event_with_its_fields():
    for kind, fields in FACT_FIELDS.items():
        event_fields = set(FACT_EVENTS[kind].__dataclass_fields__)
        assert set(fields) <= event_fields, kind


@pytest.mark.parametrize(
    "cls",
    [
        Case,
        Article,
        *FACT_EVENTS.values(),
        Case.Created,
        Case.ArticleAttached,
        Article.Created,
        Article.Revised,
    ],
)
def test_topics_are_pinned_not_derived_from_module_paths(cls):
    topic = get_topic(cls)
    assert topic.startswith("casefile:")
    assert not topic.startswith("casefile.domain"), "topic must not follow the module path"


def test_a_case_records_each_fact_with_its_source_and_evidence():
    case = Case.open("springfield-doe-2024")
    source = attached()
    case.attach(source)
    fact = Fact(
        "BondSet", {"person": "John Doe", "amount": 50000, "status": "set"}, Evidence("bond", 3, 7)
    )
    case.report(fact, source)
    events = case.collect_events()
    assert [type(e).__name__ for e in events] == ["Created", "ArticleAttached", "BondSet"]
    bond = events[-1]
    assert bond.fact() == fact
    assert (bond.article_id, bond.outlet, bond.reported_at) == (
        "a1",
        "Example News",
        source.reported_at,
    )
    assert case.id == case_uuid("springfield-doe-2024")
    assert case.has_revision("r1")


def test_an_article_keeps_each_revision_once():
    article = Article(article_id="a1", url="https://example.org/1")
    kwargs = dict(
        outlet=None,
        title=None,
        path=None,
        published_raw="2024-03-01",
        reported_at=datetime(2024, 3, 1, tzinfo=UTC),
        reported_estimated=False,
    )
    first = article.revise(text="First text.", **kwargs)
    again = article.revise(text="First text.", **kwargs)
    second = article.revise(text="Second text.", **kwargs)
    assert first == again != second
    assert len(article.collect_events()) == 3  # created + two revisions
    assert article.text_of(first) == "First text."
