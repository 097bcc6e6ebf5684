"""The interface translations are complete: every string in the code and templates is in the French, Spanish,
Portuguese and Arabic catalogues (locale/<lang>/LC_MESSAGES/django.po), translated, not fuzzy, with the same
placeholders as the English text. When a test here fails, run `make messages` and translate what it lists."""

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

LANGUAGES = ("fr", "es", "pt", "ar")
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
# What `make messages` (makemessages --ignore=.venv) reads: Python, template and text files outside hidden
# folders and the virtualenv.
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
SKIPPED_DIRS = {".venv", "node_modules", "media", "static_collected", "locale", "__pycache__"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{\w*\}")


def catalogue(code: str) -> polib.POFile:
    path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path} is missing: run `make messages`"
    return polib.pofile(str(path))


def live_entries(po: polib.POFile) -> list[polib.POEntry]:
    return [entry for entry in po if not entry.obsolete]


def key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(code):
    po = catalogue(code)
    entries = live_entries(po)
    assert entries, "empty catalogue"
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    untranslated = [
        entry.msgid
        for entry in entries
        if (not entry.msgstr if not entry.msgid_plural else not all(entry.msgstr_plural.values()))
    ]
    assert not fuzzy, f"{code}: fuzzy entries: {fuzzy}"
    assert not untranslated, f"{code}: untranslated entries: {untranslated}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders(code):
    for entry in live_entries(catalogue(code)):
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            found = sorted(PLACEHOLDER.findall(translation))
            if entry.msgid_plural:
                # A plural form may leave out the count ("one file" rather than "1 file").
                assert set(found) <= set(expected) | set(PLACEHOLDER.findall(entry.msgid)), (
                    code,
                    entry.msgid,
                )
            else:
                assert found == expected, (code, entry.msgid, translation)


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_headers_name_the_language_and_its_plural_rule(code):
    po = catalogue(code)
    assert po.metadata["Language"] == code
    assert "nplurals=" in po.metadata["Plural-Forms"]
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"


def copy_sources(destination: Path) -> None:
    base = Path(settings.BASE_DIR)
    for root, dirs, files in os.walk(base):
        dirs[:] = [name for name in dirs if not name.startswith(".") and name not in SKIPPED_DIRS]
        for name in files:
            path = Path(root) / name
            if path.suffix in SOURCE_SUFFIXES:
                target = destination / path.relative_to(base)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)


def test_no_string_in_code_or_templates_is_missing_from_the_catalogues(tmp_path):
    """Extract the strings as `make messages` does, into a scratch copy of the project, and compare."""
    copy_sources(tmp_path)
    (tmp_path / "locale").mkdir()
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
            call_command("makemessages", locale=["fr"], ignore_patterns=[".venv"], verbosity=0)
    finally:
        os.chdir(cwd)
    extracted = {key(entry) for entry in polib.pofile(str(tmp_path / "locale/fr/LC_MESSAGES/django.po"))}
    assert len(extracted) > 50
    for code in LANGUAGES:
        committed = {key(entry) for entry in live_entries(catalogue(code))}
        missing = sorted(extracted - committed, key=lambda item: (item[1], item[0] or ""))
        assert not missing, f"{code}: strings missing from the catalogue (run `make messages`): {missing}"
