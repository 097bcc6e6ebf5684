"""Editors and Moderators see logged queries (the one permission, search.view_searchqueryday: the report and
the impact dashboard's search tables) and may hide a query from "Popular searches" (docs/permissions.md)."""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]
PERMISSIONS = [
    ("searchqueryday", "view", "Can view search query (daily)"),
    ("hiddensearchquery", "add", "Can add hidden popular search"),
    ("hiddensearchquery", "change", "Can change hidden popular search"),
    ("hiddensearchquery", "delete", "Can delete hidden popular search"),
    ("hiddensearchquery", "view", "Can view hidden popular search"),
]


def permissions(apps) -> list:
    # Created here (not left to post_migrate) so that the groups get them on the first migrate.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    found = []
    for model, action, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="search", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_{model}", defaults={"name": name}
        )
        found.append(permission)
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    granted = permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*granted)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    granted = permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*granted)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_query_language_clients_hidden"),
        ("decnet", "0002_locales_groups_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
