"""GET filters on the blog index (topic, country, author, year), the filter form and the author box."""

import datetime
import re

import pytest

from tests.blog.conftest import build_post
from tests.factories import CountryFactory, PersonFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]


def _titles(html: str) -> set[str]:
    return set(re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html))


@pytest.fixture(scope="module")
def catalogue_built_once(shared_site):
    """Three posts whose topics, countries, authors and years overlap only partly; built once for the
    module (its tests only read them, or add what rolls back with them)."""

    def make_post(**kwargs):
        return build_post(shared_site.blog_index, **kwargs)

    fiscal = TopicFactory(name="Fiscal decentralization", slug="fiscal")
    elections = TopicFactory(name="Local elections", slug="elections")
    TopicFactory(name="Unused topic", slug="unused")
    kenya = CountryFactory(code="KE", name="Kenya")
    peru = CountryFactory(code="PE", name="Peru")
    CountryFactory(code="NO", name="Norway")
    ana = PersonFactory(
        name="Ana Costa",
        slug="ana-costa",
        role="Senior Fellow",
        organisation="LPSA",
        bio="Ana studies intergovernmental transfers.",
    )
    jamie = PersonFactory(name="Jamie Boex", slug="jamie-boex")
    PersonFactory(name="Silent Person", slug="silent")
    make_post(
        title="Kenya fiscal 2023",
        date=datetime.date(2023, 4, 1),
        topics=[fiscal],
        countries=[kenya],
        authors=[ana],
    )
    make_post(
        title="Peru elections 2024",
        date=datetime.date(2024, 7, 1),
        topics=[elections],
        countries=[peru],
        authors=[jamie],
    )
    make_post(
        title="Kenya and Peru fiscal 2024",
        date=datetime.date(2024, 1, 15),
        topics=[fiscal, elections],
        countries=[kenya, peru],
        authors=[ana, jamie],
    )
    make_post(title="Hidden fiscal draft", topics=[fiscal], countries=[kenya], authors=[ana], live=False)


@pytest.fixture
def catalogue(catalogue_built_once, db):
    pass


def _get(client, **params) -> str:
    response = client.get("/en/blog/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_topic_filter(client, catalogue):
    assert _titles(_get(client, topic="fiscal")) == {"Kenya fiscal 2023", "Kenya and Peru fiscal 2024"}
    assert _titles(_get(client, topic="elections")) == {"Peru elections 2024", "Kenya and Peru fiscal 2024"}


def test_country_filter_is_case_insensitive(client, catalogue):
    expected = {"Kenya fiscal 2023", "Kenya and Peru fiscal 2024"}
    assert _titles(_get(client, country="KE")) == expected
    assert _titles(_get(client, country="ke")) == expected
    assert _titles(_get(client, country="pe")) == {"Peru elections 2024", "Kenya and Peru fiscal 2024"}


def test_author_filter(client, catalogue):
    assert _titles(_get(client, author="ana-costa")) == {"Kenya fiscal 2023", "Kenya and Peru fiscal 2024"}
    assert _titles(_get(client, author="jamie-boex")) == {"Peru elections 2024", "Kenya and Peru fiscal 2024"}


def test_year_filter(client, catalogue):
    assert _titles(_get(client, year="2023")) == {"Kenya fiscal 2023"}
    assert _titles(_get(client, year="2024")) == {"Peru elections 2024", "Kenya and Peru fiscal 2024"}


def test_filters_combine_with_and(client, catalogue):
    assert _titles(_get(client, topic="fiscal", year="2024")) == {"Kenya and Peru fiscal 2024"}
    assert _titles(_get(client, country="PE", author="ana-costa")) == {"Kenya and Peru fiscal 2024"}
    assert _titles(_get(client, topic="elections", country="KE", author="jamie-boex", year="2024")) == {
        "Kenya and Peru fiscal 2024"
    }
    assert _titles(_get(client, topic="fiscal", year="2024", author="jamie-boex", country="PE")) == {
        "Kenya and Peru fiscal 2024"
    }
    html = _get(client, topic="elections", year="2023")
    assert _titles(html) == set()
    assert "No posts match these filters." in html


def test_empty_values_mean_no_filter(client, catalogue):
    """The form submits every select; the "All …" options send empty values."""
    html = _get(client, topic="", country="", author="", year="")
    assert _titles(html) == {"Kenya fiscal 2023", "Peru elections 2024", "Kenya and Peru fiscal 2024"}
    assert "Clear filters" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "nope"},
        {"country": "ZZ"},
        {"author": "nobody"},
        {"year": "1999"},
        {"unused": "x", "topic": "unused"},
    ],
)
def test_unknown_values_give_empty_list_with_message(client, catalogue, params):
    html = _get(client, **params)
    assert _titles(html) == set()
    assert "No posts match these filters." in html
    assert '<a href="/en/blog/">Show all posts</a>' in html


def test_form_offers_only_values_that_have_live_posts_with_counts(client, catalogue, make_post):
    make_post(title="Draft only", topics=[TopicFactory(name="Draft topic", slug="draft-topic")], live=False)
    html = _get(client)
    form = html.split("<main", 1)[1].split("<form", 1)[1].split("</form>", 1)[0]
    for legend in ("Topic", "Country", "Author", "Year"):
        assert f"<legend>{legend}</legend>" in form
    assert '<button type="submit">' in form
    assert 'method="get"' in html.split("<main", 1)[1].split("<form", 1)[1].split(">", 1)[0]
    assert form.count('name="topic" value="') == 2
    for name, value, label, count in (
        ("topic", "fiscal", "Fiscal decentralization", 2),
        ("topic", "elections", "Local elections", 2),
        ("country", "KE", "Kenya", 2),
        ("country", "PE", "Peru", 2),
        ("author", "ana-costa", "Ana Costa", 2),
        ("author", "jamie-boex", "Jamie Boex", 2),
        ("year", "2024", "2024", 2),
        ("year", "2023", "2023", 1),
    ):
        assert f'name="{name}" value="{value}"> {label} <span class="meta">({count})</span>' in form
    for absent in ('value="unused"', 'value="NO"', 'value="silent"', 'value="draft-topic"', 'value="2022"'):
        assert absent not in form


def test_counts_apply_the_other_filters(client, catalogue):
    form = _get(client, topic="fiscal").split("<main", 1)[1].split("<form", 1)[1].split("</form>", 1)[0]
    assert 'name="year" value="2024"> 2024 <span class="meta">(1)</span>' in form
    assert 'name="year" value="2023"> 2023 <span class="meta">(1)</span>' in form
    # A facet's own choice does not narrow its counts: the other topic still shows what choosing it gives.
    assert 'name="topic" value="elections"> Local elections <span class="meta">(2)</span>' in form


def test_form_keeps_the_current_choices_selected(client, catalogue):
    form = (
        _get(client, topic="fiscal", country="ke", author="ana-costa", year="2024")
        .split("<main", 1)[1]
        .split("<form", 1)[1]
    )
    assert 'name="topic" value="fiscal" checked>' in form
    assert 'name="country" value="KE" checked>' in form
    assert 'name="author" value="ana-costa" checked>' in form
    assert 'name="year" value="2024" checked>' in form
    assert "Clear filters" in form


def test_author_filter_shows_author_profile(client, catalogue):
    html = _get(client, author="ana-costa")
    assert "Posts by Ana Costa" in html
    assert "Senior Fellow" in html and "LPSA" in html
    assert "Ana studies intergovernmental transfers." in html
    assert "<title>Ana Costa · Blog" in html


def test_no_author_profile_without_author_filter(client, catalogue):
    html = _get(client, topic="fiscal")
    assert "Posts by" not in html
    assert "Ana studies intergovernmental transfers." not in html


def test_unknown_author_has_no_profile(client, catalogue):
    html = _get(client, author="nobody")
    assert "Posts by" not in html


def test_filtered_listings_ask_robots_not_to_index_them(client, catalogue):
    robots = '<meta name="robots" content="noindex, follow">'
    assert robots not in _get(client)
    assert robots not in _get(client, author="ana-costa")
    assert robots in _get(client, topic="fiscal")
    assert robots in _get(client, author="ana-costa", year="2024")
