"""Private stays private in every language (issue 17, point 4).

Wagtail keeps view restrictions (password, login, groups) per page, and a page's translations are separate
pages: restricting the English page left its French, Spanish, Portuguese and Arabic versions public (in the
page tree, the sitemap, search, feeds and the API). One rule at the source fixes all of them at once: a
page's translations always carry the same view restrictions as the page. Whenever a restriction is saved or
deleted, or a translation is created, the set is copied to every other translation; everything that already
honours Wagtail's restrictions (serving, ``.public()`` querysets for the sitemap, search, feeds and API) then
honours them in every language. ``before_serve_page`` (wagtail_hooks.py) adds a serve-time check for data
that predates the rule.
"""

from __future__ import annotations

import threading

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

_state = threading.local()


def _copying() -> bool:
    return getattr(_state, "copying", False)


def copy_restrictions(source: Page, targets) -> None:
    """Give each page of ``targets`` exactly the view restrictions of ``source``."""
    restrictions = list(PageViewRestriction.objects.filter(page=source).prefetch_related("groups"))
    _state.copying = True
    try:
        with transaction.atomic():
            for target in targets:
                PageViewRestriction.objects.filter(page=target).delete()
                for restriction in restrictions:
                    copy = PageViewRestriction.objects.create(
                        page=target,
                        restriction_type=restriction.restriction_type,
                        password=restriction.password,
                    )
                    copy.groups.set(restriction.groups.all())
    finally:
        _state.copying = False


def _drop_duplicates(page: Page) -> None:
    """One restriction per (type, password, groups): Wagtail's page copy and the copy made when a translation
    is created may both give a new translation the same restriction."""
    seen = set()
    restrictions = PageViewRestriction.objects.filter(page=page).prefetch_related("groups").order_by("pk")
    for restriction in restrictions:
        signature = (
            restriction.restriction_type,
            restriction.password,
            frozenset(group.pk for group in restriction.groups.all()),
        )
        if signature in seen:
            _state.copying = True
            try:
                restriction.delete()
            finally:
                _state.copying = False
        seen.add(signature)


def sync_translations_of(page: Page) -> None:
    """After ``page``'s restrictions changed: its translations get the same."""
    _drop_duplicates(page)
    copy_restrictions(page, Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk))


def _restriction_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    if _copying() or kwargs.get("raw"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync_translations_of(page)


def _groups_changed(sender, instance, action: str, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, PageViewRestriction):
        _restriction_changed(sender, instance)


def _page_created(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A new translation (or alias in another language) takes the restrictions of its other versions."""
    if not created or raw or _copying() or not isinstance(instance, Page):
        return
    others = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    source = others.filter(pk__in=PageViewRestriction.objects.values("page_id")).order_by("pk").first()
    if source is not None:
        copy_restrictions(source, [instance])


def translations_restrictions(page: Page) -> list[PageViewRestriction]:
    """Restrictions that apply to another language version of ``page`` or of one of its ancestors (the
    serve-time check; empty once every restriction has been copied)."""
    keys = Page.objects.ancestor_of(page, inclusive=True).values("translation_key")
    return list(
        PageViewRestriction.objects.filter(page__translation_key__in=keys)
        .exclude(page__locale_id=page.locale_id)
        .select_related("page")
        .order_by("pk")
    )


def connect() -> None:
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="hardening-pvr-save")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="hardening-pvr-delete")
    m2m_changed.connect(
        _groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid="hardening-pvr-groups"
    )
    post_save.connect(_page_created, dispatch_uid="hardening-page-created")
