"""Adding a facet is one declaration: the search page, its parameters and its counts follow, and the search
template has no per-facet branch."""

import datetime
from pathlib import Path

import pytest

from catalogue import facets
from resources.models import FILE_LANGUAGE
from search import params as search_params
from search import query
from tests.factories import BlogPostPageFactory, PersonFactory, ResourcePageFactory

TEMPLATE = Path(__file__).resolve().parents[2] / "templates/search/search_page.html"


def test_the_search_template_has_no_per_facet_branch():
    text = TEMPLATE.read_text(encoding="utf-8")
    for name in ("type", "topic", "region", "country", "year", "author"):
        assert f'"{name}"' not in text and f"'{name}'" not in text and f"params.{name}" not in text


@pytest.fixture
def authored(blog_index, reindex):
    from blog.models import BlogPostAuthor

    ana, bo = PersonFactory(name="Ana Costa", slug="ana"), PersonFactory(name="Bo Li", slug="bo")
    for title, people in [("Budget talks", [ana]), ("Budget rules", [ana, bo]), ("Budget news", [bo])]:
        BlogPostPageFactory(
            parent=blog_index,
            title=title,
            date=datetime.date(2024, 1, 1),
            authors=[BlogPostAuthor(person=person) for person in people],
        )
    reindex()


def test_author_in_search_is_one_declaration(client, authored, monkeypatch):
    monkeypatch.setattr(search_params, "SEARCH_FACETS", (*search_params.SEARCH_FACETS, facets.AUTHOR))
    html = client.get("/en/search/", {"q": "budget"}).text
    assert "<legend>Author</legend>" in html
    assert 'name="author" value="ana"> Ana Costa <span class="meta">(2)</span>' in html
    assert 'name="author" value="bo"> Bo Li <span class="meta">(2)</span>' in html
    html = client.get("/en/search/", {"q": "budget", "author": "bo"}).text
    assert "2 results" in html
    assert 'name="author" value="bo" checked> Bo Li' in html
    assert 'name="author" value="ana"> Ana Costa <span class="meta">(2)</span>' in html  # other facets only
    outcome = query.run_search(query.parse_params({"q": "budget", "author": ["ana"]}))
    assert outcome.total == 2 and outcome.facet_counts["author"] == {"ana": 2, "bo": 2}


def _product(library, title: str, languages: list[str]):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from resources.models import ResourceFile

    files = [
        ResourceFile(
            document=get_document_model().objects.create(title=title, file=ContentFile(b"x", name="f.txt")),
            language=language,
            label=title,
        )
        for language in languages
    ]
    return ResourcePageFactory(parent=library, title=title, files=files)


def test_file_language_in_search_is_one_declaration(client, library, reindex, monkeypatch):
    _product(library, "Budget guide", ["fr", "en"])
    _product(library, "Budget data", ["es"])
    reindex()
    monkeypatch.setattr(search_params, "SEARCH_FACETS", (*search_params.SEARCH_FACETS, FILE_LANGUAGE))
    html = client.get("/en/search/", {"q": "budget"}).text
    assert "<legend>Language of the files</legend>" in html
    assert 'name="language" value="fr"> Français <span class="meta">(1)</span>' in html
    assert "1 result" in client.get("/en/search/", {"q": "budget", "language": "es"}).text
