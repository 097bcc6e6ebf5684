"""A term page lists the term in the other languages it is published in, each linked to its translation."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from glossary import selectors
from tests.glossary.conftest import translate

pytestmark = pytest.mark.django_db


def _equivalents_section(html: str) -> str:
    if 'id="equivalents-heading"' not in html:
        return ""
    return html.split('id="equivalents-heading"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def fiscal(make_term):
    return make_term("Fiscal decentralization")


def test_translations_are_listed_in_language_order_and_linked(client, fiscal):
    # Created in another order than settings.LANGUAGES (en, fr, es, pt, ar).
    translate(fiscal, "es", "Descentralización fiscal")
    translate(fiscal, "ar", "اللامركزية المالية", slug="fiscal-decentralization")
    translate(fiscal, "fr", "Décentralisation budgétaire")
    html = client.get("/en/glossary/fiscal-decentralization/").content.decode()
    assert '<h2 id="equivalents-heading">In other languages</h2>' in html
    section = _equivalents_section(html)
    items = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert len(items) == 3
    assert items[0] == (
        '<span class="language-name">French</span> <a href="/fr/glossary/decentralisation-budgetaire/" '
        'rel="alternate" lang="fr" hreflang="fr" dir="ltr">Décentralisation budgétaire</a>'
    )
    assert 'href="/es/glossary/descentralizacion-fiscal/"' in items[1] and 'hreflang="es"' in items[1]
    assert ">Descentralización fiscal</a>" in items[1]
    assert 'lang="ar" hreflang="ar" dir="rtl">اللامركزية المالية</a>' in items[2]
    # Labelled with language names in the reader's language, not with codes.
    assert '<span class="language-name">Spanish</span>' in items[1]
    assert '<span class="language-name">Arabic</span>' in items[2]
    assert "/en/" not in section  # the current language is not an equivalent
    for item in items:
        link = re.search(r'href="([^"]+)"', item).group(1)
        assert client.get(link).status_code == 200


def test_a_translation_lists_the_source_and_the_other_translations(client, fiscal):
    french = translate(fiscal, "fr", "Décentralisation budgétaire")
    translate(fiscal, "es", "Descentralización fiscal")
    section = _equivalents_section(client.get(french.url).content.decode())
    assert 'href="/en/glossary/fiscal-decentralization/"' in section and 'hreflang="en"' in section
    assert ">Fiscal decentralization</a>" in section
    assert 'hreflang="es"' in section and 'hreflang="fr"' not in section
    assert section.index('hreflang="en"') < section.index('hreflang="es"')


def test_only_live_public_real_translations_count(client, fiscal):
    translate(fiscal, "fr", "Décentralisation budgétaire", live=False)
    spanish = translate(fiscal, "es", "Descentralización fiscal")
    PageViewRestriction.objects.create(page=spanish, restriction_type=PageViewRestriction.LOGIN)
    # An alias repeats the English page: it is a placeholder, not an equivalent.
    fiscal.copy_for_translation(Locale.objects.get(language_code="pt"), copy_parents=True, alias=True)
    html = client.get(fiscal.url).content.decode()
    assert "equivalents-heading" not in html
    assert selectors.term_equivalents(fiscal) == []


def test_no_section_without_translations(client, fiscal):
    assert "In other languages" not in client.get(fiscal.url).content.decode()


def test_selector_gives_language_name_url_and_direction(fiscal, rf, django_assert_num_queries):
    translate(fiscal, "ar", "اللامركزية المالية", slug="fiscal-decentralization")
    translate(fiscal, "pt", "Descentralização fiscal")
    request = rf.get("/")
    selectors.term_equivalents(fiscal, request)  # caches the site root paths on the request
    with django_assert_num_queries(2):  # the view restrictions (for public()) and the translations
        equivalents = selectors.term_equivalents(fiscal, request)
    assert [(e.language_code, e.language_name, e.title, e.url, e.direction) for e in equivalents] == [
        ("pt", "Português", "Descentralização fiscal", "/pt/glossary/descentralizacao-fiscal/", "ltr"),
        ("ar", "العربية", "اللامركزية المالية", "/ar/glossary/fiscal-decentralization/", "rtl"),
    ]


def _count_queries(client, url: str) -> int:
    assert client.get(url).status_code == 200
    for cache in caches.all():
        cache.clear()  # site root paths come from the database, as on a cold request
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_the_number_of_translations_does_not_change_the_query_count(client, fiscal):
    translate(fiscal, "fr", "Décentralisation budgétaire")
    one = _count_queries(client, fiscal.url)
    assert _equivalents_section(client.get(fiscal.url).content.decode()).count("<li>") == 1
    translate(fiscal, "es", "Descentralización fiscal")
    translate(fiscal, "pt", "Descentralização fiscal")
    # (Arabic stays untranslated in both cases, so the language switcher looks for a fallback in both.)
    three = _count_queries(client, fiscal.url)
    assert _equivalents_section(client.get(fiscal.url).content.decode()).count("<li>") == 3
    assert three == one
