"""Translators translate, but never publish the source language.

Before: add and change on the whole tree (so also on English pages), and no publish anywhere.
After: change on the whole tree (drafts of English pages go through the Moderators' approval, so a translator
can propose a correction but not publish it), and add, change and publish below the home page of every other
language. Homes created later get the same rights from `decnet.translation` (post_save of a depth-2 page).
"""

from django.conf import settings
from django.db import migrations

TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def page_permission(apps, codename: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.removesuffix('_page')} page"},
    )
    return permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    group, _ = Group.objects.get_or_create(name="Translators")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        GroupPagePermission.objects.filter(
            group=group, page=root, permission=page_permission(apps, "add_page")
        ).delete()
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=page_permission(apps, "change_page")
        )
    homes = Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE)
    for home in homes:
        for codename in TRANSLATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home, permission=page_permission(apps, codename)
            )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    group = Group.objects.filter(name="Translators").first()
    if group is None:
        return
    GroupPagePermission.objects.filter(group=group, page__depth=2).delete()
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=page_permission(apps, "add_page")
        )


class Migration(migrations.Migration):
    dependencies = [("decnet", "0002_locales_groups_workflow")]

    operations = [migrations.RunPython(forwards, backwards)]
