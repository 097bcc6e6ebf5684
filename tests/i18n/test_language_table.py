"""One language table (multilingual.languages) and everything derived from it: each language has its
catalogue, its Locale, its Open Graph locale and its search analysis, and no other module spells a
language code."""

import ast
import functools
import os
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils.translation import get_language_info
from wagtail.models import Locale

from decnet.seo import open_graph_locale
from glossary.selectors import LATIN_ALPHABET, alphabet_for
from multilingual import languages
from resources.models import FILE_LANGUAGES

ROOT = Path(settings.BASE_DIR)
TABLE = languages.LANGUAGE_TABLE
CODES = [language.code for language in TABLE]


@pytest.fixture(params=TABLE, ids=CODES)
def language(request):
    return request.param


def test_settings_languages_come_from_the_table():
    assert TABLE[0].code == settings.LANGUAGE_CODE
    assert [code for code, _name in settings.LANGUAGES] == CODES
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES


def test_each_language_has_its_catalogue(language):
    if language.code == settings.LANGUAGE_CODE:
        pytest.skip("the source language's strings are the msgids themselves")
    catalogue = ROOT / "locale" / language.code / "LC_MESSAGES" / "django.po"
    assert catalogue.exists(), f"{catalogue} is missing: run `make messages` and translate it"


@pytest.mark.django_db
def test_each_language_has_its_locale(language):
    assert Locale.objects.filter(language_code=language.code).exists()


def test_each_language_has_an_open_graph_locale(language):
    assert re.fullmatch(rf"{language.code}_[A-Z]{{2}}", open_graph_locale(language.code))


def test_each_language_is_known_to_django_with_its_direction(language):
    info = get_language_info(language.code)
    assert isinstance(info["bidi"], bool)
    assert info["name_local"]


def test_each_language_has_a_search_analysis_or_an_explicit_none(language):
    analysis = languages.search_analysis()
    chain = analysis["analyzer"]["default"]["filter"]
    if language.stemmer is None:
        assert languages.stemmer_filter_name(language) not in chain
    else:
        name = languages.stemmer_filter_name(language)
        assert analysis["filter"][name] == {"type": "stemmer", "language": language.stemmer}
        assert name in chain
        # Scripts with their own filters are stemmed before accents are folded, Latin-script ones after.
        folded_at = chain.index("asciifolding")
        assert (chain.index(name) < folded_at) == bool(language.script_filters)
    assert language.postgres_config


@pytest.mark.postgres
@pytest.mark.django_db
def test_each_language_has_a_postgresql_text_search_configuration(language):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [language.postgres_config])
        assert cursor.fetchone(), f"PostgreSQL has no text search configuration {language.postgres_config!r}"


def test_each_language_is_a_file_language_and_has_its_alphabet(language):
    assert (language.code, language.name) in FILE_LANGUAGES
    expected = tuple(language.alphabet) if language.alphabet else LATIN_ALPHABET
    assert alphabet_for(language.code) == expected


@pytest.mark.django_db
def test_sync_locales_creates_the_missing_locales_only():
    Locale.objects.filter(language_code=CODES[-1]).delete()
    out = StringIO()
    call_command("sync_locales", stdout=out)
    assert out.getvalue().strip() == f"Locales created: {CODES[-1]}"
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(CODES)
    out = StringIO()
    call_command("sync_locales", stdout=out)
    assert out.getvalue().strip() == "Locales: up to date"


def test_language_codes_prints_what_make_messages_extracts():
    out = StringIO()
    call_command("language_codes", "--translations", stdout=out)
    assert out.getvalue().split() == CODES[1:]
    makefile = (ROOT / "Makefile").read_text()
    assert "language_codes --translations" in makefile.split("\nmessages:", 1)[1].split("\n\n", 1)[0]


# Where a language code may be spelled out: the table, the demo content and old migrations; tests exercise
# particular languages on purpose.
SPELLED_IN = re.compile(r"^(multilingual/languages\.py|site/demo/content/|demo/content/|tests/)|/migrations/")
SKIPPED = {".venv", ".git", "node_modules", "media", "static_collected", "__pycache__"}


@functools.cache
def _literals() -> dict[str, list[str]]:
    """Every string constant of the modules outside SPELLED_IN: value -> ["path:line", ...]."""
    found: dict[str, list[str]] = {}
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIPPED]
        for name in files:
            relative = (Path(folder) / name).relative_to(ROOT)
            if name.endswith(".py") and not SPELLED_IN.search(relative.as_posix()):
                for node in ast.walk(ast.parse((ROOT / relative).read_text(encoding="utf-8"))):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 8:
                        found.setdefault(node.value, []).append(f"{relative}:{node.lineno}")
    return found


@pytest.mark.parametrize("code", CODES)
def test_no_module_outside_the_table_spells_a_language_code(code):
    """A string literal equal to the code (docstrings and comments may name languages in prose)."""
    assert _literals().get(code, []) == []


@pytest.mark.parametrize("code", CODES)
def test_the_makefile_spells_no_language_code(code):
    assert not re.search(rf"""-l {code}\b|(["']){code}\1""", (ROOT / "Makefile").read_text())
