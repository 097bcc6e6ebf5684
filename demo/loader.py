"""Build (or bring up to date) the Decentralization.Net demo site from the data files of demo/content/.

The loader is idempotent. Every object is found again by a stable key (slug, ISO code, image or document
title) and is only written when what is stored differs from the content. Pages are created in two passes:
first as drafts with their required fields (so that links between pages can be resolved to ids), then
completed and published with exactly one revision. A run that finds everything up to date writes nothing.

Translations (the entries of the content under the other languages' codes) are built the same way, after
the English site: each snippet and page translation is a Wagtail translation of its English object (same
translation key, other locale; pages below the translated parent, home pages as siblings of the English
one), so the language switcher, `page.localized` and wagtail-localize see them as translations. Links,
topics, countries, authors, related terms and featured pages of a translation point at objects of its own
language where they exist.

Entry point: `load_demo_content()`; the management command `load_demo_content` is a thin wrapper.
"""

from __future__ import annotations

import time

from django.db import transaction

from demo.data import TRANSLATION_LANGUAGES
from demo.loaders.base import BaseLoader, LoadReport, deferred_page_indexing
from demo.loaders.blog import BlogLoader
from demo.loaders.glossary import GlossaryLoader
from demo.loaders.media import MediaLoader
from demo.loaders.pages import PagesLoader
from demo.loaders.people import PeopleLoader
from demo.loaders.resources import ResourcesLoader
from demo.loaders.taxonomy import TaxonomyLoader

__all__ = ["DemoLoader", "LoadReport", "deferred_page_indexing", "load_demo_content"]


def load_demo_content() -> LoadReport:
    """Create or update all demo content in one transaction and return what was done."""
    started = time.monotonic()
    with transaction.atomic():
        report = DemoLoader().run()
    report.seconds = time.monotonic() - started
    return report


class DemoLoader(
    TaxonomyLoader,
    PeopleLoader,
    MediaLoader,
    PagesLoader,
    GlossaryLoader,
    ResourcesLoader,
    BlogLoader,
    BaseLoader,
):
    """The whole demo site, collection by collection (one loader each, in demo/loaders/)."""

    def run(self) -> LoadReport:
        with deferred_page_indexing():
            self.load_taxonomy()
            self.load_people()
            self.create_page_tree()
            self.load_files()
            self.publish_glossary()
            self.publish_resources()
            self.publish_blog()
            self.publish_sections()
            self.publish_home()
            for code in TRANSLATION_LANGUAGES:
                self.translate_taxonomy(code)
                self.create_translated_tree(code)
                self.publish_glossary(code)
                self.publish_resources(code)
                self.publish_blog(code)
                self.publish_sections(code)
                self.publish_home(code)
        self.update_indexes()
        return self.report
