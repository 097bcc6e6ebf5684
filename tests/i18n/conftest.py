"""Fixtures for the multilingual tests: the five locales, translations of pages, compiled catalogues."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation.reloader import translation_file_changed
from wagtail.models import Locale, Page

from tests.factories import fresh

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


@pytest.fixture(scope="session", autouse=True)
def compiled_messages():
    """The interface translations compiled, as `make setup` and scripts/test.sh do (the .mo files are not in
    Git); only when a catalogue is newer than its compiled file, then Django's catalogue cache is reset."""
    stale = [
        po
        for po in LOCALE_DIR.glob("*/LC_MESSAGES/django.po")
        if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    if stale:
        call_command("compilemessages", locale=[po.parent.parent.name for po in stale], verbosity=0)
        translation_file_changed(None, Path("django.mo"))


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def translate_page(page: Page, language_code: str, publish: bool = True, **fields) -> Page:
    """A translation of ``page`` as Wagtail makes it (same translation key, other locale), published."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.specific.copy_for_translation(locale, copy_parents=True)
    translation = Page.objects.get(pk=translation.pk).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if publish:
        revision.publish()
    return Page.objects.get(pk=translation.pk).specific


HOME_TITLES = {"fr": "Accueil", "es": "Inicio", "pt": "Início", "ar": "الصفحة الرئيسية"}


@pytest.fixture(scope="module")
def shared_home_translations(shared_home) -> dict[str, Page] | None:
    """In a `shared_home` module, the home page's four translations, built once with it (about 0.2 s a test
    otherwise)."""
    if shared_home is None:
        return None
    return {code: translate_page(shared_home, code, title=title) for code, title in HOME_TITLES.items()}


@pytest.fixture
def translated_home(home_page, locales, shared_home_translations) -> dict[str, Page]:
    """The home page in all five languages."""
    if shared_home_translations:
        return {"en": home_page, **{code: fresh(page) for code, page in shared_home_translations.items()}}
    return {
        "en": home_page,
        **{code: translate_page(home_page, code, title=title) for code, title in HOME_TITLES.items()},
    }


@pytest.fixture
def french_home(home_page, locales) -> Page:
    return translate_page(home_page, "fr", title="Accueil")


@pytest.fixture
def english_post(home_page, french_home):
    """An English post below an English blog index that has a French translation (the French post does not
    exist yet)."""
    from tests.factories import BlogIndexPageFactory, BlogPostPageFactory, TopicFactory

    blog = BlogIndexPageFactory(parent=home_page)
    translate_page(blog, "fr", title="Blog")
    topic = TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization")
    return BlogPostPageFactory(
        parent=blog,
        title="Budget transfers",
        slug="budget-transfers",
        summary="How money moves between levels of government.",
        topics=[topic],
    )
