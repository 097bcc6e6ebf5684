"""<html lang> follows the language of the URL, Arabic pages are right-to-left, and the interface strings
come in the page's language."""

import re

import pytest

from tests.factories import GlossaryPageFactory
from tests.i18n.conftest import translate_page

# Its tests build their own section indexes, on one home page in five languages built once per module.
pytestmark = [pytest.mark.own_site, pytest.mark.shared_home]

INTERFACE = {
    "en": ("Skip to main content", "Search"),
    "fr": ("Aller au contenu principal", "Rechercher"),
    "es": ("Ir al contenido principal", "Buscar"),
    "pt": ("Ir para o conteúdo principal", "Pesquisar"),
    "ar": ("انتقل إلى المحتوى الرئيسي", "بحث"),
}


def html_tag(html: str) -> str:
    return re.search(r"<html[^>]*>", html).group(0)


@pytest.mark.parametrize(
    ("code", "direction"), [("en", "ltr"), ("fr", "ltr"), ("es", "ltr"), ("pt", "ltr"), ("ar", "rtl")]
)
def test_home_pages_declare_their_language_and_direction(client, translated_home, code, direction):
    html = client.get(f"/{code}/").text
    assert html_tag(html) == f'<html lang="{code}" dir="{direction}">'


@pytest.mark.parametrize("code", ["en", "fr", "es", "pt", "ar"])
def test_interface_strings_are_in_the_page_language(client, translated_home, code):
    html = client.get(f"/{code}/").text
    skip, search = INTERFACE[code]
    assert f'<a class="skip-link" href="#main">{skip}</a>' in html
    assert f">{search}</a>" in html


def test_views_that_are_not_pages_follow_the_prefix_too(client, translated_home):
    assert html_tag(client.get("/ar/search/").text) == '<html lang="ar" dir="rtl">'
    assert html_tag(client.get("/pt/search/").text) == '<html lang="pt" dir="ltr">'
    not_found = client.get("/ar/no-such-page/")
    assert not_found.status_code == 404
    assert html_tag(not_found.text) == '<html lang="ar" dir="rtl">'
    assert "الصفحة غير موجودة" in not_found.text


def test_an_arabic_page_is_rtl_with_its_content(client, translated_home):
    glossary = translate_page(GlossaryPageFactory(parent=translated_home["en"]), "ar", title="المسرد")
    html = client.get(glossary.url).text
    assert html_tag(html) == '<html lang="ar" dir="rtl">'
    assert "<h1>المسرد</h1>" in html or "المسرد" in re.search(r"<h1[^>]*>.*?</h1>", html, re.S).group(0)


def test_the_switcher_marks_each_language_name_with_its_own_lang(client, translated_home):
    html = client.get("/ar/").text
    assert '<a href="/fr/" lang="fr" hreflang="fr">Français</a>' in html
    assert '<a href="/ar/" lang="ar" hreflang="ar" aria-current="page">العربية</a>' in html
