"""System checks: the upload and document-serving settings this app relies on must stay as configured."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.utils.module_loading import import_string

from hardening.forms import HardenedDocumentForm, HardenedImageForm
from hardening.uploads import CONTENT_CHECKS, allowed_document_extensions


@register(Tags.security)
def check_upload_settings(app_configs, **kwargs) -> list[Error]:
    """Documents must be served through Django and checked on upload; images must never be SVG."""
    errors: list[Error] = []
    if getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None) != "serve_view":
        errors.append(
            Error(
                "WAGTAILDOCS_SERVE_METHOD must be 'serve_view'.",
                hint="Documents served from the media folder skip the download headers and counting.",
                id="hardening.E001",
            )
        )
    extensions = allowed_document_extensions()
    if not extensions:
        errors.append(
            Error("WAGTAILDOCS_EXTENSIONS must list the allowed document types.", id="hardening.E002")
        )
    unchecked = sorted(set(extensions) - set(CONTENT_CHECKS))
    if unchecked:
        errors.append(
            Error(
                f"WAGTAILDOCS_EXTENSIONS allows types without a content check: {', '.join(unchecked)}.",
                hint="Add a check to hardening.uploads.CONTENT_CHECKS (uploads of these types are refused).",
                id="hardening.E003",
            )
        )
    form_base = getattr(settings, "WAGTAILDOCS_DOCUMENT_FORM_BASE", "")
    if not form_base or not issubclass(import_string(form_base), HardenedDocumentForm):
        errors.append(
            Error(
                "WAGTAILDOCS_DOCUMENT_FORM_BASE must be hardening.forms.HardenedDocumentForm or a subclass.",
                id="hardening.E004",
            )
        )
    image_form_base = getattr(settings, "WAGTAILIMAGES_IMAGE_FORM_BASE", "")
    if not image_form_base or not issubclass(import_string(image_form_base), HardenedImageForm):
        errors.append(
            Error(
                "WAGTAILIMAGES_IMAGE_FORM_BASE must be hardening.forms.HardenedImageForm or a subclass.",
                hint="Without it, animated images' frames are not counted and pixel bombs are decoded.",
                id="hardening.E007",
            )
        )
    if "svg" in [extension.lower() for extension in getattr(settings, "WAGTAILIMAGES_EXTENSIONS", [])]:
        errors.append(
            Error("WAGTAILIMAGES_EXTENSIONS must not allow SVG (it can carry scripts).", id="hardening.E005")
        )
    if not getattr(settings, "WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT", True):
        errors.append(Error("WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT must stay True.", id="hardening.E006"))
    return errors
