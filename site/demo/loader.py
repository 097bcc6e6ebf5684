"""Build (or bring up to date) the Decentralization.Net demo site from the data in `decnet.demo.content`.

The loader is idempotent. Every object is found again by a stable key (slug, ISO code, image or document
title) and is only written when what is stored differs from the content. Pages are created in two passes:
first as drafts with their required fields (so that links between pages can be resolved to ids), then
completed and published with exactly one revision. A run that finds everything up to date writes nothing.

Translations (the "fr", "es", "pt" and "ar" entries of the content) are built the same way, after the English
site: each snippet and page translation is a Wagtail translation of its English object (same translation key,
other locale; pages below the translated parent, home pages as siblings of the English one), so the language
switcher, `page.localized` and wagtail-localize see them as translations. Links, topics, countries, authors,
related terms and featured pages of a translation point at objects of its own language where they exist.

Entry point: `load_demo_content()`; the management command `load_demo_content` is a thin wrapper.
"""

from __future__ import annotations

import datetime
import io
import json
import logging
import re
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import models, transaction
from django.db.models.signals import post_save
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
from decnet.demo import datasets, files
from decnet.demo.content import (
    SOURCE_LANGUAGE,
    TRANSLATION_LANGUAGES,
    blog_posts,
    glossary,
    pages,
    people,
    resources,
    taxonomy,
)
from decnet.models import Country, HomePage, HomePageFeaturedItem, Person, Region, StandardPage, Topic
from glossary.models import GlossaryPage, GlossaryRelatedTerm, GlossaryTermPage
from resources.models import ResourceAuthor, ResourceFile, ResourceLibraryPage, ResourcePage, ResourceType

logger = logging.getLogger(__name__)

SITE_NAME = "Decentralization.Net"
# Namespace for the translation keys of demo objects, so the same content gets the same keys on every machine.
TRANSLATION_KEY_NAMESPACE = uuid.UUID("5b0a3f8e-8c1d-4a52-9a57-6f1f3c2f9d11")
PAGE_LINK = re.compile(r'<a page="([^"]*)">')


@dataclass
class LoadReport:
    """What a run did, per kind of object: created / updated / unchanged."""

    actions: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    seconds: float = 0.0

    def record(self, kind: str, action: str) -> None:
        self.actions[kind][action] += 1

    @property
    def changed(self) -> bool:
        return any(counter["created"] or counter["updated"] for counter in self.actions.values())

    def lines(self) -> list[str]:
        lines = []
        for kind, counter in self.actions.items():
            total = sum(counter.values())
            lines.append(
                f"  {kind:<22} {total:>4}  ({counter['created']} created, {counter['updated']} updated, "
                f"{counter['unchanged']} unchanged)"
            )
        return lines


def load_demo_content() -> LoadReport:
    """Create or update all demo content in one transaction and return what was done."""
    started = time.monotonic()
    with transaction.atomic():
        report = DemoLoader().run()
    report.seconds = time.monotonic() - started
    return report


@contextmanager
def deferred_page_indexing() -> Iterator[None]:
    """Skip per-save search and reference indexing of pages; the loader indexes each page once at the end.

    A page is saved three times on its way to publication (created, revision saved, published), and each save
    would otherwise re-index it. Search indexing of pages is switched off by disconnecting modelsearch's
    post_save handler for page models (process-wide, so run the loader from a management command or test, not
    inside a web process), and reference indexing with Wagtail's own thread-local switch.
    """
    from modelsearch.signal_handlers import post_save_signal_handler

    page_models = [model for model in index.get_indexed_models() if issubclass(model, Page)]
    disconnected = [
        model for model in page_models if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def translation_key(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(TRANSLATION_KEY_NAMESPACE, f"{kind}:{key}")


def parse_date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def publication_datetime(value: str) -> datetime.datetime:
    return datetime.datetime.combine(parse_date(value), datetime.time(9, 0), tzinfo=datetime.UTC)


def block_id(owner: str, index: int) -> str:
    """Stable StreamField block ids: random ones would make every run look like a change."""
    return str(uuid.uuid5(TRANSLATION_KEY_NAMESPACE, f"block:{owner}:{index}"))


def html_to_paragraphs(html: str) -> list[str]:
    """Plain-text paragraphs from simple rich text, for the generated PDFs."""
    html = re.sub(r"</(p|h2|h3|li)>", "\n", html)
    return [line.strip() for line in strip_tags(html).splitlines() if line.strip()]


class DemoLoader:
    def __init__(self) -> None:
        self.report = LoadReport()
        self.locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.collection = Collection.get_first_root_node()
        self.regions: dict[str, Region] = {}
        self.countries: dict[str, Country] = {}
        self.topics: dict[str, Topic] = {}
        self.resource_types: dict[str, ResourceType] = {}
        self.people: dict[str, Person] = {}
        self.images: dict[str, models.Model] = {}
        self.documents: dict[str, models.Model] = {}
        # Pages by slug path below the home page ("" is the home page itself).
        self.pages: dict[str, Page] = {}
        # Translations by language: snippets by (kind, key), pages by slug path.
        self.translated_snippets: dict[str, dict[tuple[str, str], models.Model]] = defaultdict(dict)
        self.translated_pages: dict[str, dict[str, Page]] = defaultdict(dict)
        # Objects written with reference indexing switched off, to be indexed once at the end.
        self.to_reindex: dict[tuple[type[models.Model], int], None] = {}

    # ------------------------------------------------------------------ orchestration

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

    def update_indexes(self) -> None:
        """Search-index each written page once; reference-index every written page and snippet."""
        ids_by_model: dict[type[models.Model], list[int]] = defaultdict(list)
        for model, pk in self.to_reindex:
            ids_by_model[model].append(pk)
        pages_by_model: dict[type[Page], list[Page]] = defaultdict(list)
        for page in Page.objects.filter(pk__in=ids_by_model.pop(Page, [])).specific():
            pages_by_model[type(page)].append(page)
            ReferenceIndex.create_or_update_for_object(page)
        for backend in get_search_backends(with_auto_update=True):
            for model, objs in pages_by_model.items():
                try:
                    backend.add_bulk(model, objs)
                except Exception:
                    # Wagtail's own policy: an external engine being down must not lose the content
                    # (`manage.py update_index` catches up later); a database backend error must not pass.
                    if not backend.catch_indexing_errors:
                        raise
                    logger.exception("Could not index %s pages in %r", model.__name__, backend)
        for model, pks in ids_by_model.items():
            for obj in model.objects.filter(pk__in=pks):
                ReferenceIndex.create_or_update_for_object(obj)

    # ------------------------------------------------------------------ snippets

    def upsert_snippet(self, model, kind: str, lookup: dict, values: dict, code: str = SOURCE_LANGUAGE):
        """Find (by `lookup` within the language) or create a snippet; a translation shares the English
        object's translation key, which is derived from the same kind and lookup."""
        locale = self.locales[code]
        report_kind = kind if code == SOURCE_LANGUAGE else f"snippets, {code}"
        obj = model.objects.filter(locale=locale, **lookup).first()
        if obj is None:
            key = "/".join(str(value) for value in lookup.values())
            obj = model(locale=locale, translation_key=translation_key(kind, key), **lookup, **values)
            obj.save()
            self.to_reindex[(model, obj.pk)] = None
            self.report.record(report_kind, "created")
            return obj
        changed = [name for name, value in values.items() if not _same_value(obj, name, value)]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.save(update_fields=[obj._meta.get_field(name).attname for name in changed])
            self.to_reindex[(model, obj.pk)] = None
            self.report.record(report_kind, "updated")
        else:
            self.report.record(report_kind, "unchanged")
        return obj

    def load_taxonomy(self) -> None:
        for slug, entry in taxonomy.REGIONS.items():
            self.regions[slug] = self.upsert_snippet(
                Region, "regions", {"slug": slug}, dict(entry[SOURCE_LANGUAGE])
            )
        for code, entry in taxonomy.COUNTRIES.items():
            values = {"name": entry[SOURCE_LANGUAGE]["name"], "region": self.regions[entry["region"]]}
            self.countries[code] = self.upsert_snippet(Country, "countries", {"code": code}, values)
        for slug, entry in taxonomy.TOPICS.items():
            self.topics[slug] = self.upsert_snippet(
                Topic, "topics", {"slug": slug}, dict(entry[SOURCE_LANGUAGE])
            )
        for slug, entry in taxonomy.RESOURCE_TYPES.items():
            self.resource_types[slug] = self.upsert_snippet(
                ResourceType, "resource types", {"slug": slug}, dict(entry[SOURCE_LANGUAGE])
            )

    def translate_taxonomy(self, code: str) -> None:
        """Translations of the regions, countries, topics, resource types and people that have `code` text."""
        found = self.translated_snippets[code]
        for slug, entry in taxonomy.REGIONS.items():
            if code in entry:
                found["regions", slug] = self.upsert_snippet(
                    Region, "regions", {"slug": slug}, dict(entry[code]), code
                )
        for country_code, entry in taxonomy.COUNTRIES.items():
            if code in entry:
                values = {
                    "name": entry[code]["name"],
                    "region": self.snippet(code, "regions", entry["region"]),
                }
                found["countries", country_code] = self.upsert_snippet(
                    Country, "countries", {"code": country_code}, values, code
                )
        for slug, entry in taxonomy.TOPICS.items():
            if code in entry:
                found["topics", slug] = self.upsert_snippet(
                    Topic, "topics", {"slug": slug}, dict(entry[code]), code
                )
        for slug, entry in taxonomy.RESOURCE_TYPES.items():
            if code in entry:
                found["resource types", slug] = self.upsert_snippet(
                    ResourceType, "resource types", {"slug": slug}, dict(entry[code]), code
                )
        for slug, entry in people.PEOPLE.items():
            if code in entry:
                source = self.people[slug]
                # Name and organisation are the person's own (synchronised fields in wagtail-localize).
                values = {
                    "name": source.name,
                    "organisation": source.organisation,
                    **entry[code],
                    "photo": source.photo,
                }
                found["people", slug] = self.upsert_snippet(Person, "people", {"slug": slug}, values, code)

    def snippet(self, code: str, kind: str, key: str):
        """The snippet in language `code` when it is translated, else the English one."""
        translated = self.translated_snippets[code].get((kind, key)) if code != SOURCE_LANGUAGE else None
        if translated is not None:
            return translated
        english = {
            "regions": self.regions,
            "countries": self.countries,
            "topics": self.topics,
            "resource types": self.resource_types,
            "people": self.people,
        }[kind]
        return english[key]

    def load_people(self) -> None:
        for slug, entry in people.PEOPLE.items():
            photo = self.image(
                f"Portrait: {slug}",
                f"portrait-{slug}.png",
                lambda e=entry, s=slug: files.portrait_png(s, e["name"]),
            )
            values = {"name": entry["name"], **entry[SOURCE_LANGUAGE], "photo": photo}
            self.people[slug] = self.upsert_snippet(Person, "people", {"slug": slug}, values)

    # ------------------------------------------------------------------ images and documents

    def image(self, title: str, filename: str, render: Callable[[], bytes]):
        if title in self.images:
            return self.images[title]
        image_model = get_image_model()
        data = render()
        digest = files.sha1(data)
        image = image_model.objects.filter(title=title).order_by("pk").first()
        if image is None:
            image = image_model(title=title, collection=self.collection)
            self._attach_file(image, ImageFile(io.BytesIO(data), name=filename), data, digest)
            self.report.record("images", "created")
        elif image.file_hash != digest or not image.file.storage.exists(image.file.name):
            image.renditions.all().delete()
            self._attach_file(image, ImageFile(io.BytesIO(data), name=filename), data, digest)
            self.report.record("images", "updated")
        else:
            self.report.record("images", "unchanged")
        self.images[title] = image
        return image

    def document(self, title: str, filename: str, render: Callable[[], bytes]):
        document_model = get_document_model()
        data = render()
        digest = files.sha1(data)
        document = document_model.objects.filter(title=title).order_by("pk").first()
        if document is None:
            document = document_model(title=title, collection=self.collection)
            self._attach_file(document, File(io.BytesIO(data), name=filename), data, digest)
            self.report.record("documents", "created")
        elif document.file_hash != digest or not document.file.storage.exists(document.file.name):
            self._attach_file(document, File(io.BytesIO(data), name=filename), data, digest)
            self.report.record("documents", "updated")
        else:
            self.report.record("documents", "unchanged")
        return document

    @staticmethod
    def _attach_file(obj, content: File, data: bytes, digest: str) -> None:
        old_name = obj.file.name if obj.pk else None
        obj.file = content
        obj.file_size = len(data)
        obj.file_hash = digest
        obj.save()
        if old_name and old_name != obj.file.name:
            storage = obj.file.storage
            transaction.on_commit(lambda: storage.delete(old_name))

    def load_files(self) -> None:
        for key, entry in resources.RESOURCES.items():
            text = entry[SOURCE_LANGUAGE]
            if entry.get("cover"):
                type_name = taxonomy.RESOURCE_TYPES[entry["type"]][SOURCE_LANGUAGE]["name"]
                self.image(
                    f"Cover image: {key}",
                    f"cover-{key}.png",
                    lambda k=key, t=text["title"], s=type_name: files.banner_png(f"cover:{k}", t, s),
                )
            for spec in entry["files"]:
                title = f"{text['title']} — {spec[SOURCE_LANGUAGE]['label']}"
                filename = f"lpsa-{spec['key']}.{spec['format']}"
                self.documents[spec["key"]] = self.document(
                    title, filename, lambda e=entry, s=spec: self.render_resource_file(e, s)
                )
        for slug, entry in blog_posts.POSTS.items():
            if entry.get("feed_image"):
                title = entry[SOURCE_LANGUAGE]["title"]
                subtitle = f"{SITE_NAME} · {entry['date'][:4]}"
                self.image(
                    f"Feed image: {slug}",
                    f"feed-{slug}.png",
                    lambda s=slug, t=title, sub=subtitle: files.banner_png(f"feed:{s}", t, sub),
                )
        for key, spec in blog_posts.IMAGES.items():
            self.image(
                f"Illustration: {key}", f"illustration-{key}.png", lambda k=key, s=spec: render_image(k, s)
            )
        hero = pages.HOME["hero_image"]
        self.image("Hero image: home", "hero-home.png", lambda: render_image("hero", hero))

    def render_resource_file(self, entry: dict, spec: dict) -> bytes:
        text = entry[SOURCE_LANGUAGE]
        if spec["format"] == "xlsx":
            return files.xlsx_bytes(text["title"], datasets.DATASETS[spec["dataset"]]())
        label = spec[SOURCE_LANGUAGE]["label"].replace(" (PDF)", "")
        meta = [
            f"Publication date: {entry['publication_date']}",
            "Authors: " + ", ".join(people.PEOPLE[slug]["name"] for slug in entry["authors"]),
        ]
        meta += [f"DOI: {entry['doi']}"] if entry["doi"] else []
        meta += [f"ISBN: {entry['isbn']}"] if entry["isbn"] else []
        meta.append("Demonstration file generated for the Decentralization.Net demo site.")
        if "text" in spec:
            return files.pdf_bytes(
                spec["text"]["title"],
                spec["text"]["paragraphs"],
                subtitle=label,
                meta=meta,
                language=spec["language"],
            )
        paragraphs = [text["summary"]]
        for block_type, value in text["body"]:
            if block_type == "paragraph":
                paragraphs += html_to_paragraphs(value)
            elif block_type == "call_out":
                paragraphs += [value["title"], *html_to_paragraphs(value["text"])]
        return files.pdf_bytes(
            text["title"], paragraphs, subtitle=label, meta=meta, language=spec["language"]
        )

    # ------------------------------------------------------------------ page tree, pass 1: find or create

    def ensure_page(
        self,
        path: str,
        parent: Page,
        model: type[Page],
        slug: str,
        fields: dict,
        code: str = SOURCE_LANGUAGE,
    ) -> Page:
        """Find the page by slug below its parent, or create it as an unpublished draft (no revision yet).

        A translation (`code` other than English) is created below the translated parent with the English
        page's translation key (both derive from `path`), which is what makes it a Wagtail translation.
        """
        locale = self.locales[code]
        page = model.objects.child_of(parent).filter(slug=slug, locale=locale).first()
        if page is None:
            if Page.objects.child_of(parent).filter(slug=slug, locale=locale).exists():
                raise ValueError(f"A page of another type already uses the slug {path!r} ({code}).")
            page = model(
                slug=slug,
                locale=locale,
                translation_key=translation_key("page", path),
                live=False,
                **fields,
            )
            parent.add_child(instance=page)
        if code == SOURCE_LANGUAGE:
            self.pages[path] = page
        else:
            self.translated_pages[code][path] = page
        return page

    def page_in(self, code: str, path: str) -> Page:
        """The page at `path` in language `code` when it is translated, else the English page."""
        if code != SOURCE_LANGUAGE and path in self.translated_pages[code]:
            return self.translated_pages[code][path]
        return self.pages[path]

    def has_page(self, code: str, path: str) -> bool:
        return code == SOURCE_LANGUAGE or path in self.translated_pages[code]

    def create_translated_tree(self, code: str) -> None:
        """Pass 1 for one language: the translated home page, then every translated section and item (as
        drafts). Items are only translated below a translated section."""
        english_home = self.pages[""]
        home_text = pages.HOME.get(code)
        if home_text is None:
            return
        home = HomePage.objects.filter(depth=2, locale=self.locales[code]).first()
        if home is None:
            home = HomePage(
                title=home_text["title"],
                slug=f"{pages.HOME['slug']}-{code}",
                locale=self.locales[code],
                translation_key=english_home.translation_key,
                live=False,
            )
            english_home.get_parent().add_child(instance=home)
        self.translated_pages[code][""] = home
        for slug, model, entry in self.sections():
            if code in entry:
                self.ensure_page(slug, home, model, slug, {"title": entry[code]["title"]}, code)

        for section, model, items, required in (
            (glossary.GLOSSARY["slug"], GlossaryTermPage, glossary.TERMS, ("definition",)),
            (resources.LIBRARY["slug"], ResourcePage, resources.RESOURCES, ("summary",)),
            (blog_posts.BLOG_INDEX["slug"], BlogPostPage, blog_posts.POSTS, ("summary",)),
        ):
            parent = self.translated_pages[code].get(section)
            for slug, entry in items.items():
                if code not in entry:
                    continue
                if parent is None:
                    raise ValueError(f"{section}/{slug} is translated into {code!r} but {section!r} is not.")
                fields = {"title": entry[code]["title"], **{name: entry[code][name] for name in required}}
                if model is ResourcePage:
                    fields["resource_type"] = self.snippet(code, "resource types", entry["type"])
                if model is BlogPostPage:
                    fields["date"] = parse_date(entry["date"])
                self.ensure_page(f"{section}/{slug}", parent, model, slug, fields, code)

    def ensure_home(self) -> HomePage:
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's initial "Welcome to your new Wagtail site!" page is a plain Page with the slug "home".
            welcome_ids = list(
                Page.objects.child_of(root)
                .filter(content_type=ContentType.objects.get_for_model(Page), numchild=0)
                .values_list("pk", flat=True)
            )
            for pk in welcome_ids:
                Page.objects.filter(pk=pk).update(slug=f"welcome-{pk}")
            text = pages.HOME[SOURCE_LANGUAGE]
            home = HomePage(
                title=text["title"],
                slug=pages.HOME["slug"],
                locale=self.locale,
                translation_key=translation_key("page", ""),
                live=False,
            )
            root.add_child(instance=home)
            self.point_default_site_at(home)
            for page in Page.objects.filter(pk__in=welcome_ids):
                page.delete()
        else:
            self.point_default_site_at(home)
        self.pages[""] = home
        return home

    def point_default_site_at(self, home: HomePage) -> None:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
            )
            self.report.record("sites", "created")
        elif site.root_page_id != home.pk or site.site_name != SITE_NAME:
            site.root_page = home
            site.site_name = SITE_NAME
            site.save()
            self.report.record("sites", "updated")
        else:
            self.report.record("sites", "unchanged")

    @staticmethod
    def sections() -> list[tuple[str, type[Page], dict]]:
        """The home page's children, in menu order."""
        return [
            ("about", StandardPage, pages.STANDARD_PAGES["about"]),
            (blog_posts.BLOG_INDEX["slug"], BlogIndexPage, blog_posts.BLOG_INDEX),
            (resources.LIBRARY["slug"], ResourceLibraryPage, resources.LIBRARY),
            (glossary.GLOSSARY["slug"], GlossaryPage, glossary.GLOSSARY),
            ("contact", StandardPage, pages.STANDARD_PAGES["contact"]),
            ("privacy", StandardPage, pages.STANDARD_PAGES["privacy"]),
        ]

    def create_page_tree(self) -> None:
        home = self.ensure_home()
        for slug, model, entry in self.sections():
            self.ensure_page(slug, home, model, slug, {"title": entry[SOURCE_LANGUAGE]["title"]})

        glossary_page = self.pages[glossary.GLOSSARY["slug"]]
        for slug, entry in glossary.TERMS.items():
            text = entry[SOURCE_LANGUAGE]
            fields = {"title": text["title"], "definition": text["definition"]}
            self.ensure_page(f"glossary/{slug}", glossary_page, GlossaryTermPage, slug, fields)

        library = self.pages[resources.LIBRARY["slug"]]
        for slug, entry in resources.RESOURCES.items():
            text = entry[SOURCE_LANGUAGE]
            fields = {
                "title": text["title"],
                "summary": text["summary"],
                "resource_type": self.resource_types[entry["type"]],
            }
            self.ensure_page(f"resources/{slug}", library, ResourcePage, slug, fields)

        blog = self.pages[blog_posts.BLOG_INDEX["slug"]]
        for slug, entry in blog_posts.POSTS.items():
            text = entry[SOURCE_LANGUAGE]
            fields = {"title": text["title"], "summary": text["summary"], "date": parse_date(entry["date"])}
            self.ensure_page(f"blog/{slug}", blog, BlogPostPage, slug, fields)

    # ------------------------------------------------------------------ content helpers

    def rich_text(self, html: str, code: str = SOURCE_LANGUAGE) -> str:
        """Demo links `<a page="path">` as Wagtail page links, to the page in `code` where it exists."""

        def replace(match: re.Match) -> str:
            path = match.group(1)
            if path not in self.pages:
                raise KeyError(f"Demo content links to an unknown page {path!r}.")
            return f'<a linktype="page" id="{self.page_in(code, path).pk}">'

        return PAGE_LINK.sub(replace, html)

    def stream(
        self, owner: str, blocks: Iterable[tuple[str, object]], code: str = SOURCE_LANGUAGE
    ) -> list[dict]:
        """Raw StreamField data (the JSON Wagtail stores) for a list of (block type, value) pairs.

        Block ids depend on the owner and position only, so a translation's blocks have the ids of the English
        blocks they translate (as wagtail-localize keeps them).
        """
        raw = []
        for position, (block_type, value) in enumerate(blocks):
            if block_type == "paragraph":
                prepared = self.rich_text(value, code)
            elif block_type == "call_out":
                prepared = {"title": value["title"], "text": self.rich_text(value["text"], code)}
            elif block_type == "quote":
                prepared = {"text": value["text"], "attribution": value.get("attribution", "")}
            elif block_type == "image":
                prepared = {
                    "image": self.images[f"Illustration: {value['image']}"].pk,
                    "alt_text": value.get("alt_text", ""),
                    "caption": value.get("caption", ""),
                    "credit": value.get("credit", ""),
                }
            elif block_type == "document":
                prepared = {"document": self.documents[value["document"]].pk, "label": value.get("label", "")}
            else:
                raise ValueError(f"Unsupported demo block type {block_type!r} in {owner}.")
            raw.append({"type": block_type, "value": prepared, "id": block_id(owner, position)})
        return raw

    # ------------------------------------------------------------------ pages, pass 2: complete and publish

    def publish_page(
        self,
        kind: str,
        page: Page,
        *,
        fields: dict,
        many: dict[str, list] | None = None,
        children: dict[str, tuple[type[models.Model], list[dict]]] | None = None,
        first_published_at: datetime.datetime | None = None,
    ) -> None:
        """Bring a page up to date and publish one revision, or leave it untouched when nothing differs.

        `fields` are plain and StreamField values, `many` ParentalManyToMany values (lists of objects),
        `children` inline child objects as (model, [field values]) in order.
        """
        page = page.specific
        many = many or {}
        children = children or {}
        differs = not page.live or page.latest_revision_id is None
        differs = differs or any(not _same_value(page, name, value) for name, value in fields.items())
        differs = differs or any(
            {obj.pk for obj in getattr(page, name).all()} != {obj.pk for obj in objs}
            for name, objs in many.items()
        )
        differs = differs or any(
            _child_rows(getattr(page, name).all(), rows) != _normalise_rows(rows)
            for name, (_model, rows) in children.items()
        )
        if not differs:
            self.report.record(kind, "unchanged")
            return
        created = page.latest_revision_id is None
        for name, value in fields.items():
            setattr(page, name, value)
        for name, objs in many.items():
            setattr(page, name, objs)
        for name, (child_model, rows) in children.items():
            setattr(page, name, [child_model(sort_order=index, **row) for index, row in enumerate(rows)])
        if first_published_at and page.first_published_at is None:
            page.first_published_at = first_published_at
        page.save_revision().publish()
        self.to_reindex[(Page, page.pk)] = None
        self.report.record(kind, "created" if created else "updated")

    def page_kind(self, kind: str, code: str) -> str:
        return kind if code == SOURCE_LANGUAGE else f"pages, {code}"

    def publish_glossary(self, code: str = SOURCE_LANGUAGE) -> None:
        for slug, entry in glossary.TERMS.items():
            text = entry.get(code)
            if text is None:
                continue
            # A translated term relates to the translations of its related terms; untranslated ones are left
            # out rather than sending the reader to another language.
            related = [other for other in entry["related"] if self.has_page(code, f"glossary/{other}")]
            self.publish_page(
                self.page_kind("glossary terms", code),
                self.page_in(code, f"glossary/{slug}"),
                fields={
                    "title": text["title"],
                    # Abbreviations are language-specific: a translation has one only if it says so.
                    "abbreviation": text.get(
                        "abbreviation", "" if code != SOURCE_LANGUAGE else entry["abbreviation"]
                    ),
                    "definition": self.rich_text(text["definition"], code),
                    "synonyms": text["synonyms"],
                    "sources": self.rich_text(text.get("sources", entry[SOURCE_LANGUAGE]["sources"]), code),
                },
                many={"topics": [self.snippet(code, "topics", topic) for topic in entry["topics"]]},
                children={
                    "related_terms": (
                        GlossaryRelatedTerm,
                        [
                            {"related_term": self.page_in(code, f"glossary/{other}").specific}
                            for other in related
                        ],
                    )
                },
            )

    def publish_resources(self, code: str = SOURCE_LANGUAGE) -> None:
        for slug, entry in resources.RESOURCES.items():
            text = entry.get(code)
            if text is None:
                continue
            cover = self.images.get(f"Cover image: {slug}")
            labels = text.get("files") or [spec[SOURCE_LANGUAGE]["label"] for spec in entry["files"]]
            if len(labels) != len(entry["files"]):
                raise ValueError(f"resources/{slug} ({code}): one file label per file, in order.")
            self.publish_page(
                self.page_kind("resources", code),
                self.page_in(code, f"resources/{slug}"),
                fields={
                    "title": text["title"],
                    "resource_type": self.snippet(code, "resource types", entry["type"]),
                    "summary": text["summary"],
                    "body": self.stream(f"resources/{slug}", text["body"], code),
                    "cover_image": cover,
                    "publication_date": parse_date(entry["publication_date"]),
                    "publisher": entry.get("publisher", "Local Public Sector Alliance"),
                    "doi": entry["doi"],
                    "isbn": entry["isbn"],
                },
                many={
                    "topics": [self.snippet(code, "topics", topic) for topic in entry["topics"]],
                    "countries": [self.snippet(code, "countries", country) for country in entry["countries"]],
                },
                children={
                    "authors": (
                        ResourceAuthor,
                        [{"person": self.snippet(code, "people", person)} for person in entry["authors"]],
                    ),
                    "files": (
                        ResourceFile,
                        [
                            {
                                "document": self.documents[spec["key"]],
                                "language": spec["language"],
                                "label": label,
                            }
                            for spec, label in zip(entry["files"], labels, strict=True)
                        ],
                    ),
                },
                first_published_at=publication_datetime(entry["publication_date"]),
            )

    def publish_blog(self, code: str = SOURCE_LANGUAGE) -> None:
        for slug, entry in blog_posts.POSTS.items():
            text = entry.get(code)
            if text is None:
                continue
            self.publish_page(
                self.page_kind("blog posts", code),
                self.page_in(code, f"blog/{slug}"),
                fields={
                    "title": text["title"],
                    "date": parse_date(entry["date"]),
                    "summary": text["summary"],
                    "feed_image": self.images.get(f"Feed image: {slug}"),
                    "body": self.stream(f"blog/{slug}", text["body"], code),
                },
                many={
                    "topics": [self.snippet(code, "topics", topic) for topic in entry["topics"]],
                    "countries": [self.snippet(code, "countries", country) for country in entry["countries"]],
                },
                children={
                    "authors": (
                        BlogPostAuthor,
                        [{"person": self.snippet(code, "people", person)} for person in entry["authors"]],
                    ),
                },
                first_published_at=publication_datetime(entry["date"]),
            )

    def publish_sections(self, code: str = SOURCE_LANGUAGE) -> None:
        for entry, kind in (
            (blog_posts.BLOG_INDEX, "blog index"),
            (resources.LIBRARY, "resource library"),
            (glossary.GLOSSARY, "glossary index"),
        ):
            text = entry.get(code)
            if text is None:
                continue
            self.publish_page(
                self.page_kind(kind, code),
                self.page_in(code, entry["slug"]),
                fields={"title": text["title"], "introduction": text["introduction"], "show_in_menus": True},
            )
        for slug, entry in pages.STANDARD_PAGES.items():
            text = entry.get(code)
            if text is None:
                continue
            self.publish_page(
                self.page_kind("standard pages", code),
                self.page_in(code, slug),
                fields={
                    "title": text["title"],
                    "introduction": text["introduction"],
                    "body": self.stream(slug, text["body"], code),
                    "show_in_menus": entry["show_in_menus"],
                },
            )

    def publish_home(self, code: str = SOURCE_LANGUAGE) -> None:
        text = pages.HOME.get(code)
        if text is None:
            return
        featured = [path for path in pages.HOME["featured"] if self.has_page(code, path)]
        self.publish_page(
            self.page_kind("home page", code),
            self.page_in(code, ""),
            fields={
                "title": text["title"],
                "introduction": self.rich_text(text["introduction"], code),
                "hero_image": self.images["Hero image: home"],
            },
            children={
                "featured_items": (
                    HomePageFeaturedItem,
                    [{"page": self.page_in(code, path)} for path in featured],
                )
            },
        )


def render_image(key: str, spec: dict) -> bytes:
    if spec["kind"] == "chart":
        return files.chart_png(key, spec["title"], spec["labels"], spec["values"], spec.get("unit", ""))
    return files.banner_png(f"illustration:{key}", spec["title"], spec.get("subtitle", ""))


# ---------------------------------------------------------------------- comparison helpers


def _comparable(value):
    if isinstance(value, models.Model):
        return value.pk
    return value


def _same_value(obj: models.Model, name: str, value) -> bool:
    """Whether a model field already holds `value` (model instances compare by pk, streams by stored JSON)."""
    model_field = obj._meta.get_field(name)
    if isinstance(model_field, models.ForeignKey):
        return getattr(obj, model_field.attname) == _comparable(value)
    current = getattr(obj, name)
    if hasattr(model_field, "stream_block"):
        stored = model_field.get_prep_value(current)
        return json.dumps(stored, sort_keys=True) == json.dumps(value, sort_keys=True)
    return current == value


def _normalise_rows(rows: list[dict]) -> list[tuple]:
    return [tuple(sorted((name, _comparable(value)) for name, value in row.items())) for row in rows]


def _child_rows(current: Iterable[models.Model], rows: list[dict]) -> list[tuple]:
    names = sorted(rows[0]) if rows else []
    result = []
    for child in current:
        values = []
        for name in names:
            model_field = child._meta.get_field(name)
            attname = model_field.attname if isinstance(model_field, models.ForeignKey) else name
            values.append((name, getattr(child, attname)))
        result.append(tuple(values))
    return result
