"""Translations for editors: keep what a translated page points at in its own language, and give the
Translators group its rights on each language's tree.

wagtail-localize translates a page's text and its foreign keys to snippets, but copies many-to-many fields
(topics, countries) and inline rows (authors, related terms, featured pages) from the source as they are, so a
French post would show English topic names and link to English glossary terms. Before any translated page is
saved, :func:`localize_page_relations` points those at their translations in the page's language, wherever one
exists. See docs/languages.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.contrib.auth.models import Group, Permission
from django.db import models
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin

TRANSLATORS_GROUP = "Translators"
# What Translators may do below the home page of every language except the source (default) language.
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def _is_translatable(model: type[models.Model]) -> bool:
    return issubclass(model, TranslatableMixin)


def _translations_by_key(
    model: type[models.Model], objects: Iterable[models.Model], locale_id: int
) -> dict[object, models.Model]:
    """{translation_key: the object's translation in the locale}, in one query."""
    keys = {obj.translation_key for obj in objects if obj is not None and obj.locale_id != locale_id}
    if not keys:
        return {}
    matches = model._default_manager.filter(translation_key__in=keys, locale_id=locale_id)
    return {obj.translation_key: obj for obj in matches}


def _localized(obj: models.Model | None, translations: dict) -> models.Model | None:
    if obj is None:
        return None
    return translations.get(obj.translation_key, obj)


def many_to_many_to_translate(model: type[models.Model]) -> list[ParentalManyToManyField]:
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, ParentalManyToManyField) and _is_translatable(field.related_model)
    ]


def foreign_keys_to_translate(model: type[models.Model]) -> list[models.ForeignKey]:
    """Foreign keys (not the parent link) to translatable models: snippets, and pages in inline rows."""
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey)
        and not isinstance(field, ParentalKey)
        and not (isinstance(field, models.OneToOneField) and field.remote_field.parent_link)
        and field.name
        not in {"locale", "content_type", "owner", "locked_by", "live_revision", "latest_revision"}
        and _is_translatable(field.related_model)
    ]


def synced_source(page: Page) -> Page | None:
    """The source of a translation that wagtail-localize keeps in sync (None for a page edited freely)."""
    from wagtail_localize.models import Translation

    if page.pk is None:
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return None
    try:
        return translation.source.get_source_instance()
    except models.ObjectDoesNotExist:
        return None


def localize_page_relations(page: Page) -> bool:
    """Point the page's topics, countries, snippet foreign keys and inline rows (authors, related terms,
    featured pages) at their translations in the page's locale, where they exist. Returns whether anything
    changed. Works in memory: the page's next save() stores the change.

    Pages of the default language are left alone, and so is anything without a translation (a French page may
    list a topic nobody has translated yet: it keeps the English one rather than losing it).
    """
    if not page.locale_id or page.locale_id == Locale.get_default().pk:
        return False
    locale_id = page.locale_id
    changed = False
    m2m_fields = many_to_many_to_translate(type(page))
    source = synced_source(page) if m2m_fields else None

    for field in m2m_fields:
        # A synced translation takes its classification from the source (wagtail-localize leaves it alone).
        current = list(getattr(source if source is not None else page, field.name).all())
        translations = _translations_by_key(field.related_model, current, locale_id)
        if translations or source is not None:
            setattr(page, field.name, [_localized(obj, translations) for obj in current])
            changed = True

    for field in foreign_keys_to_translate(type(page)):
        if issubclass(field.related_model, Page):
            continue  # page links in fields stay as chosen; rich text links follow the reader's language
        current = getattr(page, field.name)
        translations = _translations_by_key(field.related_model, [current], locale_id)
        if translations:
            setattr(page, field.name, _localized(current, translations))
            changed = True

    if isinstance(page, ClusterableModel):
        for relation in get_all_child_relations(page):
            child_model = relation.related_model
            if _is_translatable(child_model):
                continue  # translatable inline rows are wagtail-localize's business
            fields = foreign_keys_to_translate(child_model)
            if not fields:
                continue
            rows = list(getattr(page, relation.get_accessor_name()).all())
            targets: dict[type, list] = defaultdict(list)
            for row in rows:
                for field in fields:
                    targets[field.related_model].append(getattr(row, field.name))
            translations = {
                model: _translations_by_key(model, objs, locale_id) for model, objs in targets.items()
            }
            if not any(translations.values()):
                continue
            for row in rows:
                for field in fields:
                    current = getattr(row, field.name)
                    if current is not None and current.translation_key in translations[field.related_model]:
                        setattr(row, field.name, translations[field.related_model][current.translation_key])
            setattr(page, relation.get_accessor_name(), rows)
            changed = True
    return changed


@receiver(pre_save)
def localize_relations_before_save(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    """Every full save of a translated page (wagtail-localize's sync and publish, the demo loader, the
    editor) stores relations in the page's own language."""
    if raw or update_fields is not None or not isinstance(instance, Page) or instance.depth == 1:
        return
    localize_page_relations(instance)


def grant_translator_permissions(home: Page) -> bool:
    """Give Translators add/change/publish on the tree of one language's home page (not the default language,
    whose pages they may draft but never publish). Idempotent; returns whether a permission was added."""
    if home.depth != 2 or home.locale_id == Locale.get_default().pk:
        return False
    group = Group.objects.filter(name=TRANSLATORS_GROUP).first()
    if group is None:
        return False
    added = False
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        _, created = GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        added = added or created
    return added


@receiver(post_save)
def grant_translators_on_new_language_home(sender, instance, created=False, raw=False, **kwargs) -> None:
    """A new translation of the site's home page opens that language's tree to the Translators group."""
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        grant_translator_permissions(instance)
