"""Lets Editors and Moderators open the impact dashboard (superusers can anyway)."""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]


def dashboard_permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="impact", model="dailyvisits")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_dashboard",
        defaults={"name": "Can view the impact dashboard"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = dashboard_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = dashboard_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("impact", "0001_initial"),
        ("decnet", "0002_locales_groups_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
