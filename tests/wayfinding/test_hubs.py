"""Topic and country hubs (wayfinding.hubs): what a hub lists and in which order, its feeds, its languages,
the chips that lead to it, the sitemap, and a helpful 404 for anything that names no topic or country."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree
from wagtail.models import Locale

from tests.factories import (
    BlogPostPageFactory,
    CountryFactory,
    GlossaryTermPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
    TopicFactory,
)
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def classified(blog_index, library, glossary):
    """A topic and a country with a post, two products (one the country's profile) and a term, plus a post
    classified elsewhere."""
    topic = TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization")
    other = TopicFactory(name="Elections", slug="elections")
    kenya = CountryFactory(code="KE", name="Kenya")
    profile_type = ResourceTypeFactory(name="Intergovernmental profile", slug="intergovernmental-profile")
    report_type = ResourceTypeFactory(name="Report", slug="report")
    post = BlogPostPageFactory(
        parent=blog_index, title="County revenue", slug="county-revenue", topics=[topic], countries=[kenya]
    )
    unrelated = BlogPostPageFactory(parent=blog_index, title="Ballot design", slug="ballot", topics=[other])
    newer_report = ResourcePageFactory(
        parent=library,
        title="Kenya transfers review",
        slug="kenya-review",
        resource_type=report_type,
        publication_date=datetime.date(2025, 6, 1),
        topics=[topic],
        countries=[kenya],
    )
    profile = ResourcePageFactory(
        parent=library,
        title="Intergovernmental Profile of Kenya",
        slug="profile-kenya",
        resource_type=profile_type,
        publication_date=datetime.date(2019, 1, 1),
        countries=[kenya],
    )
    term = GlossaryTermPageFactory(parent=glossary, title="Own-source revenue", slug="osr", topics=[topic])
    return {
        "topic": topic,
        "kenya": kenya,
        "post": post,
        "unrelated": unrelated,
        "report": newer_report,
        "profile": profile,
        "term": term,
    }


def test_topic_hub_lists_products_posts_and_terms_with_its_feeds(client, classified):
    response = client.get("/en/topics/fiscal-decentralization/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Fiscal decentralization</h1>" in html
    for title in ("County revenue", "Kenya transfers review", "Own-source revenue"):
        assert title in html
    assert "Ballot design" not in html
    # Sections in their declared order: knowledge products, posts, glossary terms.
    positions = [html.index(heading) for heading in ("Knowledge products", "Posts", "Glossary terms")]
    assert positions == sorted(positions)
    assert 'href="/en/blog/feeds/topic/fiscal-decentralization/rss/"' in html
    assert '<link rel="canonical" href="http://testserver/en/topics/fiscal-decentralization/">' in html
    assert '"@type":"CollectionPage"' in html
    assert "noindex" not in html


def test_country_hub_puts_the_intergovernmental_profile_first(client, classified):
    html = client.get("/en/countries/ke/").text
    assert "<h1>Kenya</h1>" in html
    assert html.index("Intergovernmental Profile of Kenya") < html.index("Kenya transfers review")
    assert "County revenue" in html
    assert 'href="/en/blog/feeds/country/KE/rss/"' in html
    assert client.get("/en/blog/feeds/country/KE/rss/").status_code == 200


def test_country_code_in_capitals_redirects_to_the_canonical_hub(client, classified):
    response = client.get("/en/countries/KE/")
    assert response.status_code == 301
    assert response["Location"] == "/en/countries/ke/"


def test_a_hub_without_content_says_so_and_is_not_indexed(client, home_page):
    TopicFactory(name="Land", slug="land")
    html = client.get("/en/topics/land/").text
    assert "Nothing has been published on Land yet." in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_hub_indexes_list_every_topic_and_country(client, classified):
    topics = client.get("/en/topics/").text
    assert 'href="/en/topics/fiscal-decentralization/"' in topics and 'href="/en/topics/elections/"' in topics
    countries = client.get("/en/countries/").text
    assert 'href="/en/countries/ke/"' in countries


BAD_VALUES = [
    "/en/topics/no-such-topic/",
    "/en/topics/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
    "/en/topics/a%00b/",
    "/en/topics/" + "a" * 5000 + "/",
    "/en/topics/%F0%9F%92%A5/",
    "/en/topics/..%2F..%2Fetc/",
    "/en/countries/zz/",
    "/en/countries/kenya/",
    "/en/countries/k/",
    "/en/countries/%27%3B--/",
]


@pytest.mark.parametrize("url", BAD_VALUES)
def test_unknown_or_malformed_values_get_a_helpful_404(client, classified, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.text
    assert "Page not found" in html
    # Helpful: the list of what does exist, and no echo of what the reader typed.
    if "/countries/" in url:
        assert "Choose one of these countries" in html and 'href="/en/countries/ke/"' in html
    else:
        assert "Choose one of these topics" in html and 'href="/en/topics/elections/"' in html
    assert "<script>alert" not in html and "aaaaaaaaaa" not in html
    assert '<meta name="robots" content="noindex">' in html


def _translate_snippet(snippet, code: str, **fields):
    translation = snippet.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def test_hub_in_every_language_with_alternates_and_switcher(client, translated_home, blog_index):
    topic = TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization")
    names = {
        "fr": "Décentralisation budgétaire",
        "es": "Descentralización fiscal",
        "pt": "Descentralização fiscal",
    }
    for code, name in names.items():
        _translate_snippet(topic, code, name=name)
    BlogPostPageFactory(parent=blog_index, title="A post", topics=[topic])
    for code, name in {"en": "Fiscal decentralization", **names}.items():
        response = client.get(f"/{code}/topics/fiscal-decentralization/")
        assert response.status_code == 200, code
        html = response.text
        assert f"<h1>{name}</h1>" in html
        for other in ("en", "fr", "es", "pt"):
            assert (
                f'hreflang="{other}" href="http://testserver/{other}/topics/fiscal-decentralization/"' in html
            )
        # Arabic has no such topic: no alternate, and the switcher says so and offers the Arabic home page.
        assert 'hreflang="ar" href="http://testserver/ar/topics/' not in html
        assert re.search(r'<a href="/ar/"[^>]*class="lang-menu__fallback"', html)
    assert client.get("/ar/topics/fiscal-decentralization/").status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/en/blog/county-revenue/", "/en/library/kenya-review/", "/en/blog/", "/en/library/"],
)
def test_topic_and_country_chips_lead_to_their_hubs(client, classified, url):
    html = client.get(url).text
    assert 'href="/en/topics/fiscal-decentralization/"' in html
    assert 'href="/en/countries/ke/"' in html
    assert "?topic=fiscal-decentralization" not in html.split("<main", 1)[1].split("filters", 1)[0]


def test_glossary_term_topics_lead_to_their_hubs(client, classified):
    html = client.get("/en/glossary/osr/").text
    assert 'href="/en/topics/fiscal-decentralization/"' in html


def test_hubs_with_content_are_in_the_sitemap_with_alternates(client, translated_home, blog_index):
    topic = TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization")
    french_topic = _translate_snippet(topic, "fr", name="Décentralisation budgétaire")
    TopicFactory(name="Empty", slug="empty")
    kenya = CountryFactory(code="KE", name="Kenya")
    post = BlogPostPageFactory(parent=blog_index, title="A post", topics=[topic], countries=[kenya])
    french_blog = translate_page(blog_index, "fr", title="Blog")
    french_post = post.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_post.topics.set([french_topic])
    french_post.save_revision().publish()
    assert french_blog.live
    tree = etree.fromstring(client.get("/sitemap.xml").content)
    urls = {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in tree.findall("sm:url", NS)
    }
    english = "http://testserver/en/topics/fiscal-decentralization/"
    french = "http://testserver/fr/topics/fiscal-decentralization/"
    assert urls[english] == {"en": english, "fr": french, "x-default": english}
    assert urls[french] == urls[english]
    assert "http://testserver/en/countries/ke/" in urls
    assert "http://testserver/en/topics/empty/" not in urls  # an empty hub is a thin page


def test_hub_costs_the_same_queries_for_few_and_many_items(client, blog_index):
    topic = TopicFactory(slug="finance")
    for _ in range(2):
        BlogPostPageFactory(parent=blog_index, topics=[topic])
    client.get("/en/topics/finance/")  # warm the site's caches (site root paths)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/en/topics/finance/").status_code == 200
    for _ in range(10):
        BlogPostPageFactory(parent=blog_index, topics=[topic])
    client.get("/en/topics/finance/")  # warm again: the new posts made the cached page chrome stale
    with CaptureQueriesContext(connection) as many:
        assert client.get("/en/topics/finance/").status_code == 200
    assert len(many) == len(few)


def test_long_hub_sections_lead_to_their_filtered_listing(client, blog_index, glossary, monkeypatch):
    """A phone shows a section's first HUB_PHONE_ITEMS items (the style sheet hides the rest), so "See all N"
    is there as soon as a section holds more: for the phone only while the hub holds every item, for every
    reader once it holds fewer. Glossary terms are a compact list whose "See all" is the glossary filtered
    on the topic."""
    from traffic.generation import new_generation
    from wayfinding import hubs

    topic = TopicFactory(name="Finance", slug="finance")
    for number in range(hubs.HUB_PHONE_ITEMS + 1):
        BlogPostPageFactory(parent=blog_index, slug=f"post-{number}", topics=[topic])
        GlossaryTermPageFactory(parent=glossary, slug=f"term-{number}", topics=[topic])
    total = hubs.HUB_PHONE_ITEMS + 1
    html = client.get("/en/topics/finance/").text
    assert html.count('<li class="card">') == total  # posts as cards…
    assert html.count('<li class="hub-list__item">') == total  # …terms as a list
    assert (
        f'<p class="hub__more hub__more--phone"><a class="quiet-link" href="/en/blog/?topic=finance">'
        f"See all {total} (Posts)</a></p>"
    ) in html
    assert (
        f'<p class="hub__more hub__more--phone"><a class="quiet-link" href="/en/glossary/?topic=finance">'
        f"See all {total} (Glossary terms)</a></p>"
    ) in html
    assert client.get("/en/glossary/?topic=finance").text.count("<dt><a href=") == total

    monkeypatch.setattr(hubs, "HUB_ITEMS", 2)
    new_generation()  # the sections are a cached fragment (decnet.fragments): a new setting is a new release
    html = client.get("/en/topics/finance/").text
    assert html.count('<li class="card">') == 2
    assert (
        f'<p class="hub__more"><a class="quiet-link" href="/en/blog/?topic=finance">See all {total}' in html
    )


def test_a_short_section_has_no_see_all(client, classified):
    html = client.get("/en/topics/fiscal-decentralization/").text
    assert "hub__more" not in html
    assert re.search(r'<details class="hub__follow">\s*<summary>Follow: \d+ feeds</summary>', html)
