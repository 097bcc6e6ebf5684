"""The admin's upload forms: documents whose content lies and images over the pixel limit are refused.

Wagtail builds every upload form from these bases (``WAGTAILDOCS_DOCUMENT_FORM_BASE``,
``WAGTAILIMAGES_IMAGE_FORM_BASE``): the single upload (/admin/documents/add/, /admin/images/add/), the
multiple uploader (its per-file validation form), the choosers' upload tabs and the edit views' file
replacement.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from hardening.images import HardenedImageField
from hardening.uploads import validate_document_upload


class HardenedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):  # an unchanged file on the edit form is not re-checked
            validate_document_upload(file.name, file)
        return file

    def _update_errors(self, errors: ValidationError) -> None:
        # Wagtail's model-level extension check runs after the form's own checks. When the form already
        # refused the file, the model only sees an empty file and would add a confusing "File extension “”
        # is not allowed" error; the form's message is the one that explains the refusal.
        if self.has_error("file") and hasattr(errors, "error_dict"):
            errors.error_dict.pop("file", None)
            if not errors.error_dict:
                return
        super()._update_errors(errors)


class HardenedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # Wagtail creates the field in a module-level callback that cannot be configured; the subclass
            # only overrides one check and keeps every attribute Wagtail set (label, widget, limits, texts).
            field.__class__ = HardenedImageField
