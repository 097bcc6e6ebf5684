"""Build (or bring up to date) the Decentralization.Net demo site from the data in `decnet.demo.content`.

The loader is idempotent. Every object is found again by a stable key (slug, ISO code, image or document
title) and is only written when what is stored differs from the content. Pages are created in two passes:
first as drafts with their required fields (so that links between pages can be resolved to ids), then
completed and published with exactly one revision. A run that finds everything up to date writes nothing.

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
from decnet.demo.content import SOURCE_LANGUAGE, blog_posts, glossary, pages, people, resources, taxonomy
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

    def upsert_snippet(self, model, kind: str, lookup: dict, values: dict):
        obj = model.objects.filter(locale=self.locale, **lookup).first()
        if obj is None:
            key = "/".join(str(value) for value in lookup.values())
            obj = model(locale=self.locale, translation_key=translation_key(kind, key), **lookup, **values)
            obj.save()
            self.to_reindex[(model, obj.pk)] = None
            self.report.record(kind, "created")
            return obj
        changed = [name for name, value in values.items() if not _same_value(obj, name, value)]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.save(update_fields=[obj._meta.get_field(name).attname for name in changed])
            self.to_reindex[(model, obj.pk)] = None
            self.report.record(kind, "updated")
        else:
            self.report.record(kind, "unchanged")
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

    def ensure_page(self, path: str, parent: Page, model: type[Page], slug: str, fields: dict) -> Page:
        """Find the page by slug below its parent, or create it as an unpublished draft (no revision yet)."""
        page = model.objects.child_of(parent).filter(slug=slug, locale=self.locale).first()
        if page is None:
            if Page.objects.child_of(parent).filter(slug=slug, locale=self.locale).exists():
                raise ValueError(f"A page of another type already uses the slug {path!r}.")
            page = model(
                slug=slug,
                locale=self.locale,
                translation_key=translation_key("page", path),
                live=False,
                **fields,
            )
            parent.add_child(instance=page)
        self.pages[path] = page
        return page

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

    def create_page_tree(self) -> None:
        home = self.ensure_home()
        sections: list[tuple[str, type[Page], dict]] = [
            ("about", StandardPage, pages.STANDARD_PAGES["about"]),
            (blog_posts.BLOG_INDEX["slug"], BlogIndexPage, blog_posts.BLOG_INDEX),
            (resources.LIBRARY["slug"], ResourceLibraryPage, resources.LIBRARY),
            (glossary.GLOSSARY["slug"], GlossaryPage, glossary.GLOSSARY),
            ("contact", StandardPage, pages.STANDARD_PAGES["contact"]),
            ("privacy", StandardPage, pages.STANDARD_PAGES["privacy"]),
        ]
        for slug, model, entry in sections:
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

    def rich_text(self, html: str) -> str:
        def replace(match: re.Match) -> str:
            path = match.group(1)
            if path not in self.pages:
                raise KeyError(f"Demo content links to an unknown page {path!r}.")
            return f'<a linktype="page" id="{self.pages[path].pk}">'

        return PAGE_LINK.sub(replace, html)

    def stream(self, owner: str, blocks: Iterable[tuple[str, object]]) -> list[dict]:
        """Raw StreamField data (the JSON Wagtail stores) for a list of (block type, value) pairs."""
        raw = []
        for position, (block_type, value) in enumerate(blocks):
            if block_type == "paragraph":
                prepared = self.rich_text(value)
            elif block_type == "call_out":
                prepared = {"title": value["title"], "text": self.rich_text(value["text"])}
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

    def publish_glossary(self) -> None:
        for slug, entry in glossary.TERMS.items():
            text = entry[SOURCE_LANGUAGE]
            self.publish_page(
                "glossary terms",
                self.pages[f"glossary/{slug}"],
                fields={
                    "title": text["title"],
                    "abbreviation": entry["abbreviation"],
                    "definition": self.rich_text(text["definition"]),
                    "synonyms": text["synonyms"],
                    "sources": self.rich_text(text["sources"]),
                },
                many={"topics": [self.topics[topic] for topic in entry["topics"]]},
                children={
                    "related_terms": (
                        GlossaryRelatedTerm,
                        [
                            {"related_term": self.pages[f"glossary/{other}"].specific}
                            for other in entry["related"]
                        ],
                    )
                },
            )

    def publish_resources(self) -> None:
        for slug, entry in resources.RESOURCES.items():
            text = entry[SOURCE_LANGUAGE]
            cover = self.images.get(f"Cover image: {slug}")
            self.publish_page(
                "resources",
                self.pages[f"resources/{slug}"],
                fields={
                    "title": text["title"],
                    "resource_type": self.resource_types[entry["type"]],
                    "summary": text["summary"],
                    "body": self.stream(f"resources/{slug}", text["body"]),
                    "cover_image": cover,
                    "publication_date": parse_date(entry["publication_date"]),
                    "publisher": entry.get("publisher", "Local Public Sector Alliance"),
                    "doi": entry["doi"],
                    "isbn": entry["isbn"],
                },
                many={
                    "topics": [self.topics[topic] for topic in entry["topics"]],
                    "countries": [self.countries[code] for code in entry["countries"]],
                },
                children={
                    "authors": (
                        ResourceAuthor,
                        [{"person": self.people[person]} for person in entry["authors"]],
                    ),
                    "files": (
                        ResourceFile,
                        [
                            {
                                "document": self.documents[spec["key"]],
                                "language": spec["language"],
                                "label": spec[SOURCE_LANGUAGE]["label"],
                            }
                            for spec in entry["files"]
                        ],
                    ),
                },
                first_published_at=publication_datetime(entry["publication_date"]),
            )

    def publish_blog(self) -> None:
        for slug, entry in blog_posts.POSTS.items():
            text = entry[SOURCE_LANGUAGE]
            self.publish_page(
                "blog posts",
                self.pages[f"blog/{slug}"],
                fields={
                    "title": text["title"],
                    "date": parse_date(entry["date"]),
                    "summary": text["summary"],
                    "feed_image": self.images.get(f"Feed image: {slug}"),
                    "body": self.stream(f"blog/{slug}", text["body"]),
                },
                many={
                    "topics": [self.topics[topic] for topic in entry["topics"]],
                    "countries": [self.countries[code] for code in entry["countries"]],
                },
                children={
                    "authors": (
                        BlogPostAuthor,
                        [{"person": self.people[person]} for person in entry["authors"]],
                    ),
                },
                first_published_at=publication_datetime(entry["date"]),
            )

    def publish_sections(self) -> None:
        for entry, kind in (
            (blog_posts.BLOG_INDEX, "blog index"),
            (resources.LIBRARY, "resource library"),
            (glossary.GLOSSARY, "glossary index"),
        ):
            text = entry[SOURCE_LANGUAGE]
            self.publish_page(
                kind,
                self.pages[entry["slug"]],
                fields={"title": text["title"], "introduction": text["introduction"], "show_in_menus": True},
            )
        for slug, entry in pages.STANDARD_PAGES.items():
            text = entry[SOURCE_LANGUAGE]
            self.publish_page(
                "standard pages",
                self.pages[slug],
                fields={
                    "title": text["title"],
                    "introduction": text["introduction"],
                    "body": self.stream(slug, text["body"]),
                    "show_in_menus": entry["show_in_menus"],
                },
            )

    def publish_home(self) -> None:
        text = pages.HOME[SOURCE_LANGUAGE]
        self.publish_page(
            "home page",
            self.pages[""],
            fields={
                "title": text["title"],
                "introduction": self.rich_text(text["introduction"]),
                "hero_image": self.images["Hero image: home"],
            },
            children={
                "featured_items": (
                    HomePageFeaturedItem,
                    [{"page": self.pages[path]} for path in pages.HOME["featured"]],
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
