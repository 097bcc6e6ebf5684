"""Creates the five content locales, the editorial groups and the moderation workflow on the site root."""

from django.db import migrations

LOCALES = ["en", "fr", "es", "pt", "ar"]
SNIPPET_MODELS = [
    ("decnet", "topic"),
    ("decnet", "country"),
    ("decnet", "region"),
    ("decnet", "person"),
    ("resources", "resourcetype"),
]
GROUP_PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "lock_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    "Translators": ["add_page", "change_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": [("wagtailimages", "image"), ("wagtaildocs", "document")],
    "Moderators": [("wagtailimages", "image"), ("wagtaildocs", "document")],
    "Translators": [],
}


def get_permission(apps, app_label: str, model: str, action: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return permission


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")

    for code in LOCALES:
        Locale.objects.get_or_create(language_code=code)

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    groups = {}
    for name, page_permissions in GROUP_PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        admin_permission = Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ).first()
        if admin_permission is None:
            admin_permission = Permission.objects.create(
                content_type=ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")[0],
                codename="access_admin",
                name="Can access Wagtail admin",
            )
        group.permissions.add(admin_permission)
        if root_page is not None:
            for codename in page_permissions:
                permission = get_permission(apps, "wagtailcore", "page", codename.removesuffix("_page"))
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        if root_collection is not None:
            for app_label, model in COLLECTION_PERMISSIONS[name]:
                for action in ("add", "change", "choose"):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=get_permission(apps, app_label, model, action),
                    )
        for app_label, model in SNIPPET_MODELS:
            actions = ("add", "change", "delete") if name in ("Editors", "Moderators") else ("change",)
            for action in actions:
                group.permissions.add(get_permission(apps, app_label, model, action))
    groups["Translators"].permissions.add(
        get_permission(apps, "wagtail_localize", "translation", "submit")
    )

    # Moderation: an Editor's change needs a Moderator's approval before it goes live.
    if root_page is not None:
        task_content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        workflow, _ = Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
        if not WorkflowTask.objects.filter(workflow=workflow).exists():
            task = GroupApprovalTask.objects.create(
                name="Moderators approval", content_type=task_content_type, active=True
            )
            task.groups.set([groups["Moderators"]])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("decnet", "0001_initial"),
        ("resources", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
