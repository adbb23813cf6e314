import json

import pytest

from casefile.adapters.article_files import (
    ArticleInputError,
    find_article_files,
    iter_articles,
    read_articles,
)

BODY = "SPRINGFIELD, Ill. — Police arrested a man Tuesday.\n"


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_gives_metadata_and_the_body_is_kept_exactly(tmp_path):
    path = write(
        tmp_path,
        "a.md",
        "---\nurl: https://example.org/a\noutlet: Example\n"
        "published: 2024-03-05T10:00-05:00\ntitle: Man arrested\n---\n" + BODY,
    )
    [article] = read_articles(path)
    assert (article.url, article.outlet, article.title) == (
        "https://example.org/a",
        "Example",
        "Man arrested",
    )
    assert article.published.raw == "2024-03-05T10:00-05:00"
    assert article.text == BODY


def test_estimated_publication_times_are_marked(tmp_path):
    path = write(
        tmp_path,
        "a.md",
        "---\npublished: 2024-03-05T08:00-05:00\npublished_estimated: true\n---\n" + BODY,
    )
    assert read_articles(path)[0].published.estimated is True


def test_a_store_date_line_gives_the_publication_date(tmp_path):
    path = write(tmp_path, "a.txt", " date 2024-03-05 Subheadline here.\n\n" + BODY)
    [article] = read_articles(path)
    assert article.published.raw == "2024-03-05"
    assert article.text.startswith(" date 2024-03-05")


def test_json_lines_hold_many_articles(tmp_path):
    lines = [
        {"url": f"https://example.org/{i}", "published": "2024-03-05", "text": BODY}
        for i in range(3)
    ]
    path = write(tmp_path, "bulk.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    articles = read_articles(path)
    assert [a.url for a in articles] == [f"https://example.org/{i}" for i in range(3)]
    assert articles[1].path.endswith("bulk.jsonl:2")


def test_an_html_page_gives_text_and_metadata(tmp_path):
    html = """<html><head><title>Man charged | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-03-05T10:00:00-05:00">
    <link rel="canonical" href="https://example.org/news/man-charged"></head>
    <body><nav>Home | Sports</nav><article><h1>Man charged</h1>
    <p>SPRINGFIELD, Ill. — Police arrested a 31-year-old man Tuesday and charged him with robbery.</p>
    <p>He is being held on a $50,000 bond, police said in a statement released Wednesday.</p>
    </article><script>alert(1)</script></body></html>"""
    [article] = read_articles(write(tmp_path, "page.html", html))
    assert "charged him with robbery" in article.text
    assert "alert(1)" not in article.text
    assert article.url == "https://example.org/news/man-charged"
    assert article.published.local_date.isoformat() == "2024-03-05"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", "", "empty file"),
        ("blank.md", "  \n\n", "empty file"),
        ("binary.md", b"\x00\x01\x02abc", "binary file"),
        ("latin1.md", "caf\u00e9".encode("latin-1"), "not UTF-8"),
        ("bad.md", "---\nurl: [unclosed\n---\ntext", "malformed front matter"),
        ("list.md", "---\n- a\n- b\n---\ntext", "not a mapping"),
        ("date.md", "---\npublished: 2024-02-30\n---\ntext", "not a real date"),
        ("bulk.jsonl", '{"text": "ok"}\nnot json\n', "bulk.jsonl:2: not JSON"),
    ],
)
def test_bad_input_gets_a_clear_error_naming_the_file(tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(ArticleInputError, match=message) as raised:
        read_articles(path)
    assert name in str(raised.value)


def test_folders_expand_to_their_article_files(tmp_path):
    write(tmp_path, "b.md", BODY)
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "notes.csv", "x")
    assert [p.name for p in find_article_files([tmp_path])] == ["a.txt", "b.md"]


def test_a_missing_path_is_an_error(tmp_path):
    with pytest.raises(ArticleInputError, match="no such file"):
        find_article_files([tmp_path / "nope.md"])


def test_json_lines_are_streamed_and_a_bad_line_is_named(tmp_path):
    good = json.dumps({"url": "https://example.org/1", "published": "2024-03-05", "text": BODY})
    path = write(
        tmp_path, "bulk.jsonl", "\n".join([good, good.replace("/1", "/2"), "{oops"]) + "\n"
    )
    articles = iter_articles(path)
    assert next(articles).url == "https://example.org/1"  # read before the bad line is reached
    assert next(articles).url == "https://example.org/2"
    with pytest.raises(ArticleInputError, match=r"bulk\.jsonl:3: not JSON"):
        next(articles)
