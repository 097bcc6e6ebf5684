"""The demo content is data: one JSON file per collection in demo/content/, read by demo.data, in the
languages of the table and nowhere in the foundation package."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from demo import data
from multilingual import languages

ROOT = Path(settings.BASE_DIR)


def test_every_data_file_is_a_collection_and_every_collection_has_its_file():
    assert sorted(path.stem for path in data.CONTENT_DIR.glob("*")) == sorted(data.COLLECTIONS)


@pytest.mark.parametrize("name", data.COLLECTIONS)
def test_each_collection_reads_as_json_objects(name):
    namespace = data.collection(name)
    raw = json.loads((data.CONTENT_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert vars(namespace) == raw
    assert raw and all(key.isidentifier() and key.islower() for key in raw)


def _language_keys(value, found):
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict) and len(key) == 2 and key.isalpha() and key.islower():
                found.add(key)
            _language_keys(item, found)
    elif isinstance(value, list):
        for item in value:
            _language_keys(item, found)
    return found


@pytest.mark.parametrize("name", data.COLLECTIONS)
def test_translated_text_uses_the_languages_of_the_table(name):
    used = _language_keys(vars(data.collection(name)), set())
    assert languages.SOURCE_LANGUAGE in used
    assert used <= set(languages.BY_CODE), f"{sorted(used - set(languages.BY_CODE))} are not site languages"


def test_the_demo_lives_outside_the_foundation_package():
    assert not (ROOT / "site" / "demo").exists()
    assert not (ROOT / "site" / "management" / "commands" / "load_demo_content.py").exists()
    assert "demo" in settings.INSTALLED_APPS
