import pytest

from casefile.domain.article import article_id_for, article_key
from casefile.domain.urls import url_identity

SAME = [
    "https://www.example-news.com/2025/03/14/man-held",
    "http://example-news.com/2025/03/14/man-held/",
    "https://EXAMPLE-NEWS.com:443/2025/03/14/man-held?utm_source=tw&utm_medium=social#comments",
    "https://example-news.com/2025/03/14/man-held?fbclid=IwAR0abc&gclid=xyz",
    "https://example-news.com/2025/03/14/man-held/amp/",
    "https://m.example-news.com/2025/03/14/man-held?outputType=amp",
    "https://www-example--news-com.cdn.ampproject.org/c/s/www.example-news.com/2025/03/14/man-held/amp",
]


@pytest.mark.parametrize("url", SAME)
def test_spellings_of_one_address_have_one_identity(url):
    assert url_identity(url) == "example-news.com/2025/03/14/man-held"
    assert article_id_for(article_key(url, "")) == article_id_for(article_key(SAME[0], "other"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example-news.com/story?id=41", "https://example-news.com/story?id=42"),
        ("https://example-news.com/a/man-held", "https://example-news.com/b/man-held"),
        ("https://example-news.com/man-held", "https://other-news.com/man-held"),
    ],
)
def test_different_articles_stay_different(a, b):
    assert url_identity(a) != url_identity(b)


def test_other_parameters_count_in_any_order():
    assert url_identity("https://x.org/s?b=2&a=1&utm_campaign=z") == "x.org/s?a=1&b=2"


def test_an_unreadable_address_is_its_own_identity():
    assert url_identity("https://x.org:99999/a") == "https://x.org:99999/a"
