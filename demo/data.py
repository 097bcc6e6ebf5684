"""The demo content, read from the data files in demo/content/ (one JSON file per collection).

Conventions shared by every file, so that translations can be added without touching the loaders:

* Each collection is an object keyed by a stable key (slug, ISO code…). The key never changes once published:
  the loader uses it to find the existing object on the next run.
* Language-neutral facts (dates, ISO codes, links between items) sit at the top level of an entry.
* Translatable text sits under a language code: ``entry["en"] = {"title": …, "summary": …}``. Adding French
  means adding ``entry["fr"] = {…}`` with the same keys; the English text is the source of truth. An entry
  without text in a language is not translated into it; a translated item needs its section (blog index,
  library, glossary) translated too.
* Rich text is HTML limited to the features the fields allow. A link to another demo page is written
  ``<a page="glossary/own-source-revenue">…</a>`` (the page's slug path below the home page); the loader
  turns it into a Wagtail page link.
* A StreamField body is a list of ``[block type, value]`` pairs.

Why JSON: Python reads it without a dependency, it holds exactly these values (strings, numbers, booleans,
lists, objects) with no implicit typing (YAML 1.1 reads Norway's ISO code ``NO`` as false), and unlike TOML it
can nest a multi-line block value inside a list. See docs/demo.md.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from multilingual.languages import SOURCE_LANGUAGE, TRANSLATION_LANGUAGES

CONTENT_DIR = Path(__file__).resolve().parent / "content"
COLLECTIONS = ("taxonomy", "people", "pages", "blog_posts", "resources", "glossary")

__all__ = ["SOURCE_LANGUAGE", "TRANSLATION_LANGUAGES", "COLLECTIONS", "collection"]


@cache
def collection(name: str) -> SimpleNamespace:
    """One data file as a namespace: ``collection("blog_posts").posts``."""
    with (CONTENT_DIR / f"{name}.json").open(encoding="utf-8") as data:
        return SimpleNamespace(**json.load(data))
