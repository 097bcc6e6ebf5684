"""The site's languages: one table, and everything that depends on the language derived from it.

A row says what no library can guess: the native name, the Open Graph locale, how search analyses the
language's text (OpenSearch stemmer, or an explicit None for no stemming), the alphabet of the glossary's A–Z
navigation and the PostgreSQL text-search configuration of the language. The first row is the source language
(English): content is written in it and translated into the others. Text direction comes from Django's
``get_language_info(code)["bidi"]``.

Derived from it: ``LANGUAGES`` and ``WAGTAIL_CONTENT_LANGUAGES`` (settings), the search analyzer
(:func:`search_analysis`), the library's file languages (``resources.models.FILE_LANGUAGES``), the Open Graph
locales (``decnet.seo``), the glossary alphabets (``glossary.selectors``), the Locale rows (``manage.py
sync_locales``, also run after every ``migrate``), the catalogues of ``make messages`` (``manage.py
language_codes``) and the demo's translations. Adding a language: docs/languages.md, "A new language".

No Django import here: the settings import this module before Django is set up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # the URL prefix, the Locale's language_code, the catalogue folder locale/<code>/
    name: str  # the language's own name (the language switcher, the file-language choices)
    open_graph_locale: str  # og:locale wants language_TERRITORY: the territory Facebook lists for it
    # OpenSearch ``stemmer`` token filter language ("light_french"); None: the words are not stemmed.
    stemmer: str | None
    # PostgreSQL text-search configuration of the language (pg_catalog), e.g. "french"; "simple": none fits.
    postgres_config: str
    # The letters the glossary's A–Z always shows; None: the Latin A–Z.
    alphabet: str | None = None
    # Built-in OpenSearch token filters that normalise the script; they and the stemmer run before accents
    # are folded (the folding would otherwise turn the script's letters into others).
    script_filters: tuple[str, ...] = ()


LANGUAGE_TABLE: tuple[Language, ...] = (
    Language("en", "English", "en_GB", stemmer="minimal_english", postgres_config="english"),
    Language("fr", "Français", "fr_FR", stemmer="light_french", postgres_config="french"),
    Language("es", "Español", "es_ES", stemmer="light_spanish", postgres_config="spanish"),
    Language("pt", "Português", "pt_PT", stemmer="minimal_portuguese", postgres_config="portuguese"),
    Language(
        "ar",
        "العربية",
        "ar_AR",
        stemmer="arabic",
        postgres_config="arabic",
        # The Arabic alphabet in its usual (hijā'ī) order; variants of alef fold to "ا".
        alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
        script_filters=("arabic_normalization",),
    ),
)

SOURCE_LANGUAGE: str = LANGUAGE_TABLE[0].code
BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGE_TABLE}
# Django's LANGUAGES and Wagtail's WAGTAIL_CONTENT_LANGUAGES.
LANGUAGES: list[tuple[str, str]] = [(language.code, language.name) for language in LANGUAGE_TABLE]
# The languages content is translated into (every language but the source).
TRANSLATION_LANGUAGES: tuple[str, ...] = tuple(language.code for language in LANGUAGE_TABLE[1:])
OPEN_GRAPH_LOCALES: dict[str, str] = {
    language.code: language.open_graph_locale for language in LANGUAGE_TABLE
}
ALPHABETS: dict[str, tuple[str, ...]] = {
    language.code: tuple(language.alphabet) for language in LANGUAGE_TABLE if language.alphabet
}


def stemmer_filter_name(language: Language) -> str:
    return f"decnet_{language.code}_stem"


def search_config_name(code: str) -> str:
    """The PostgreSQL text-search configuration the site creates for a language (search/backends/
    database_postgres.py): the language's own ``postgres_config`` with accents folded, e.g. ``decnet_fr``."""
    return f"decnet_{code}"


def search_analysis() -> dict:
    """The OpenSearch/Elasticsearch ``analysis`` settings: one analyzer for the text of every language (the
    pages of all languages share one index). Case folded; each script normalised and stemmed; accents folded
    (é = e); then the light stemmers of the Latin-script languages in turn, so plurals and inflections meet
    their base form in any of them ("municipalités" finds "municipalité")."""
    stemmed = [language for language in LANGUAGE_TABLE if language.stemmer]
    before_folding = [
        name
        for language in LANGUAGE_TABLE
        if language.script_filters
        for name in (*language.script_filters, *([stemmer_filter_name(language)] if language.stemmer else []))
    ]
    after_folding = [stemmer_filter_name(language) for language in stemmed if not language.script_filters]
    return {
        "filter": {
            stemmer_filter_name(language): {"type": "stemmer", "language": language.stemmer}
            for language in stemmed
        },
        "analyzer": {
            "default": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", *before_folding, "asciifolding", *after_folding],
            }
        },
    }
