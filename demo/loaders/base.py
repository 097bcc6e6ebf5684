"""Shared machinery of the demo loaders: stable keys, find-or-create with change detection, pages
published with exactly one revision, deferred indexing, the run's report."""

from __future__ import annotations

import datetime
import io
import json
import logging
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import models, transaction
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from decnet.models import Country, Person, Region, Topic
from decnet.statistics import refresh_after_bulk_change
from demo import files
from demo.data import SOURCE_LANGUAGE
from resources.models import ResourceType
from search.index_updates import indexed_objects, updates_on_save_paused

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


@contextmanager
def deferred_page_indexing() -> Iterator[None]:
    """Skip per-save search and reference indexing of pages; the loader indexes each page once at the end.

    A page is saved three times on its way to publication (created, revision saved, published), and each save
    would otherwise re-index it. Search indexing of pages is paused (search.index_updates; process-wide, so
    run the loader from a management command or test, not inside a web process), and reference indexing with
    Wagtail's own thread-local switch.
    """
    page_models = [model for model in index.get_indexed_models() if issubclass(model, Page)]
    with updates_on_save_paused(page_models), disable_reference_index_auto_update():
        yield


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


class BaseLoader:
    """What every collection loader shares: the objects found so far, snippets, images, documents,
    pages (find or create, then publish with one revision) and the run's report."""

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

    def update_indexes(self) -> None:
        """Search-index each written page once; reference-index every written page and snippet."""
        ids_by_model: dict[type[models.Model], list[int]] = defaultdict(list)
        for model, pk in self.to_reindex:
            ids_by_model[model].append(pk)
        page_ids: dict[type[Page], list[int]] = defaultdict(list)
        for pk, content_type in Page.objects.filter(pk__in=ids_by_model.pop(Page, [])).values_list(
            "pk", "content_type"
        ):
            page_ids[ContentType.objects.get_for_id(content_type).model_class()].append(pk)
        pages_by_model: dict[type[Page], list[Page]] = {}
        for model, pks in page_ids.items():
            # Read with the relations their search fields use, once per model rather than once per page.
            pages = [page for page in indexed_objects(model, pks).values() if page is not None]
            pages_by_model[model] = pages
            for page in pages:
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
        if self.to_reindex:
            refresh_after_bulk_change()  # once committed: the first searches must not plan for empty tables

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
        changed = [name for name, value in values.items() if not same_value(obj, name, value)]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.save(update_fields=[obj._meta.get_field(name).attname for name in changed])
            self.to_reindex[(model, obj.pk)] = None
            self.report.record(report_kind, "updated")
        else:
            self.report.record(report_kind, "unchanged")
        return obj

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

    def image(self, title: str, filename: str, render: Callable[[], bytes], description: str = ""):
        """The image titled ``title`` (created or refreshed); ``description`` is its alt text (Wagtail uses an
        image's description, else its title, which reads as a placeholder)."""
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
        if description and image.description != description:
            image.description = description
            image.save(update_fields=["description"])
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
        differs = differs or any(not same_value(page, name, value) for name, value in fields.items())
        differs = differs or any(
            {obj.pk for obj in getattr(page, name).all()} != {obj.pk for obj in objs}
            for name, objs in many.items()
        )
        differs = differs or any(
            child_rows(getattr(page, name).all(), rows) != normalise_rows(rows)
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


def comparable(value):
    if isinstance(value, models.Model):
        return value.pk
    return value


def same_value(obj: models.Model, name: str, value) -> bool:
    """Whether a model field already holds `value` (model instances compare by pk, streams by stored JSON)."""
    model_field = obj._meta.get_field(name)
    if isinstance(model_field, models.ForeignKey):
        return getattr(obj, model_field.attname) == comparable(value)
    current = getattr(obj, name)
    if hasattr(model_field, "stream_block"):
        stored = model_field.get_prep_value(current)
        return json.dumps(stored, sort_keys=True) == json.dumps(value, sort_keys=True)
    return current == value


def normalise_rows(rows: list[dict]) -> list[tuple]:
    return [tuple(sorted((name, comparable(value)) for name, value in row.items())) for row in rows]


def child_rows(current: Iterable[models.Model], rows: list[dict]) -> list[tuple]:
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
