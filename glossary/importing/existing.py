"""What the glossary already holds, loaded once before validating: the terms a row may update or relate to,
the topics, and for each language of the file its locale, glossary page and translated terms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from wagtail.models import Locale

from decnet.models import Topic
from glossary.models import GlossaryPage, GlossaryTermPage
from spreadsheets.tabular import ImportFileError, text_key


def term_key(text: str) -> str:
    """How terms are matched: case-insensitive, ignoring surrounding and repeated whitespace."""
    return text_key(text)


def find_glossary() -> GlossaryPage:
    """The glossary of the default locale (there must be exactly one)."""
    locale = Locale.get_default()
    glossaries = list(GlossaryPage.objects.filter(locale=locale).order_by("path"))
    if not glossaries:
        raise ImportFileError(
            f"no glossary page in the default locale ({locale.language_code}); create one in the admin first"
        )
    if len(glossaries) > 1:
        ids = ", ".join(str(page.pk) for page in glossaries)
        raise ImportFileError(f"several glossary pages in the default locale (ids {ids}); keep only one")
    return glossaries[0]


@dataclass
class Existing:
    """The glossary's current terms (by key) and the topics of its locale; for the languages of the file's
    per-language columns, their locales, glossaries and glossary terms."""

    terms: dict[str, list[GlossaryTermPage]]
    topics: list[Topic]
    slugs: set[str]
    locales: dict[str, Locale] = field(default_factory=dict)
    # The glossary's translation (or alias) in each language that has one.
    glossaries: dict[str, GlossaryPage] = field(default_factory=dict)
    # (translation_key, language) → the term page in that language, translation or alias.
    translations: dict[tuple[object, str], GlossaryTermPage] = field(default_factory=dict)
    # language → title key → the translated terms (not aliases) of that title.
    translated_terms: dict[str, dict[str, list[GlossaryTermPage]]] = field(default_factory=dict)

    def single_term(self, key: str) -> GlossaryTermPage | None:
        pages = self.terms.get(key, [])
        return pages[0] if len(pages) == 1 else None

    def translation_of(self, page: GlossaryTermPage | None, language: str) -> GlossaryTermPage | None:
        """The term's page in ``language`` (a real translation, not an alias), if there is one."""
        if page is None:
            return None
        translation = self.translations.get((page.translation_key, language))
        return translation if translation is not None and not translation.alias_of_id else None


def load_existing(glossary: GlossaryPage, languages: Sequence[str] = ()) -> Existing:
    """What the import compares the file with. Raises ImportFileError when a language has no locale, or has
    a glossary page that is not the translation of ``glossary`` (a second one would be created)."""
    terms: dict[str, list[GlossaryTermPage]] = {}
    for page in GlossaryTermPage.objects.child_of(glossary).order_by("path"):
        terms.setdefault(term_key(page.title), []).append(page)
    slugs = set(glossary.get_children().values_list("slug", flat=True))
    topics = list(Topic.objects.filter(locale_id=glossary.locale_id).order_by("pk"))
    existing = Existing(terms=terms, topics=topics, slugs=slugs)
    if not languages:
        return existing

    existing.locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=languages)
    }
    for language in languages:
        if language not in existing.locales:
            raise ImportFileError(
                f'no locale for the language "{language}" in the database; add it in the admin '
                "(Settings → Locales) first"
            )
    by_locale = {locale.pk: code for code, locale in existing.locales.items()}
    others: dict[str, list[GlossaryPage]] = {}
    for page in GlossaryPage.objects.filter(locale_id__in=by_locale).order_by("path"):
        code = by_locale[page.locale_id]
        if page.translation_key == glossary.translation_key:
            existing.glossaries[code] = page
        else:
            others.setdefault(code, []).append(page)
    for code in languages:
        if code not in existing.glossaries and others.get(code):
            ids = ", ".join(str(page.pk) for page in others[code])
            raise ImportFileError(
                f'the "{code}" glossary page (id {ids}) is not a translation of the glossary '
                f"(id {glossary.pk}); delete it or translate the glossary in the admin, then import again"
            )
    for page in GlossaryTermPage.objects.filter(locale_id__in=by_locale).order_by("path"):
        code = by_locale[page.locale_id]
        existing.translations[(page.translation_key, code)] = page
        if not page.alias_of_id:
            existing.translated_terms.setdefault(code, {}).setdefault(term_key(page.title), []).append(page)
    return existing
