"""A page type defined only under tests/ (tests/pagetype) is searchable with its own type label, faceted, in
the sitemap and described in JSON-LD, with no edit under site/ or search/: shared code asks the page."""

import datetime
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from search.query import SearchParams, run_search
from tests.pagetype.models import EventPage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def event(home_page, taxonomy, reindex):
    page = EventPage(
        title="Decentralization festival",
        slug="festival",
        starts_on=datetime.date(2025, 5, 4),
        summary="A week of talks on fiscal decentralization.",
        city="Nairobi",
    )
    home_page.add_child(instance=page)
    page.topics.set([taxonomy["finance"]])
    page.save_revision().publish()
    reindex()
    return page


def test_shared_code_never_names_the_test_page_type():
    """Only the test settings name it (they install the app)."""
    for folder in ("site", "search", "templates"):
        for path in (ROOT / folder).rglob("*.*"):
            if path.suffix in {".py", ".html"} and not path.is_relative_to(ROOT / "site/settings"):
                text = path.read_text(encoding="utf-8")
                assert "EventPage" not in text and "pagetype" not in text, path


def test_searchable_with_its_own_type_label_and_facets(event):
    outcome = run_search(SearchParams(q="festival"))
    assert [result.pk for result in outcome.results] == [event.pk]
    result = outcome.results[0]
    assert (result.type, result.type_label) == ("event", "Event")
    assert result.date == datetime.date(2025, 5, 4)
    assert result.summary == "A week of talks on fiscal decentralization."
    assert outcome.facet_counts["type"] == {"event": 1}
    assert outcome.facet_counts["topic"] == {"fiscal-decentralization": 1}
    assert outcome.facet_counts["year"] == {"2025": 1}
    assert run_search(SearchParams(q="festival", type=["event"])).total == 1
    assert run_search(SearchParams(q="festival", type=["blog"])).total == 0


def test_search_page_and_api_show_it(client, event):
    html = client.get("/en/search/", {"q": "festival"}).text
    assert 'name="type" value="event"> Event <span class="meta">(1)</span>' in html
    body = client.get("/api/v1/search", {"q": "festival", "type": "event"}).json()
    assert [result["type"] for result in body["results"]] == ["event"]


def test_in_the_sitemap_and_with_its_json_ld(client, event):
    assert "/en/festival/" in client.get("/sitemap.xml").text
    soup = BeautifulSoup(client.get("/en/festival/").content, "html.parser")
    blocks = [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]
    own = next(block for block in blocks if block["@type"] == "Event")
    assert own["name"] == "Decentralization festival" and own["startDate"] == "2025-05-04"
    assert soup.find("meta", attrs={"property": "og:type"})["content"] == "article"
    assert soup.find("meta", attrs={"name": "description"})["content"] == event.summary
