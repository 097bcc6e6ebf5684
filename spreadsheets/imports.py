"""Imports for editors in the admin: upload a CSV or XLSX file, see what it would change, then confirm.

One view for every importer (the glossary's today). An importer is a function that reads, validates and
writes a file in one transaction, returning an outcome with a `summary` ("created N, updated N, unchanged N,
skipped N") and the `problems` of skipped rows, or raising an error whose `problems` are the file's
``FILE:LINE: column: message`` lines. The preview runs the importer for real inside a transaction that is
rolled back, so it shows exactly what confirming will do; confirming runs it again, atomically, on the same
file (carried in the confirm form, signed, so no upload is kept on the server).
"""

from __future__ import annotations

import base64
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from spreadsheets.tabular import Problem

MAX_IMPORT_BYTES = 10 * 1024 * 1024
SIGNING_SALT = "spreadsheets.imports"
SUFFIXES = (".csv", ".xlsx")


@dataclass
class Summary:
    """What an import did, printed as "created N, updated N, unchanged N, skipped N" by the commands and the
    admin view alike."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    published_drafts: int = 0  # unchanged items whose draft an import with "publish" put online

    def __str__(self) -> str:
        counts = (("created", self.created), ("updated", self.updated), ("unchanged", self.unchanged))
        return ", ".join(f"{name} {count}" for name, count in (*counts, ("skipped", self.skipped)))


@dataclass
class Outcome:
    """An importer's result: its summary and the problems of the rows it skipped."""

    summary: Summary
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Importer:
    """What the import view needs to know about one kind of import."""

    name: str  # in URLs and the signed payload
    title: str
    help_text: str
    run: Callable[..., object]  # run(path, *, publish, skip_invalid, source) -> outcome
    errors: tuple[type[Exception], ...]  # raised with `.problems` when nothing could be imported
    allowed: Callable[[HttpRequest], bool]
    done_url: Callable[[], str]


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or XLSX file"),
        help_text=gettext_lazy("UTF-8 CSV (with or without BOM) or the first sheet of an XLSX file."),
    )
    publish = forms.BooleanField(label=gettext_lazy("Publish what is created or changed"), required=False)
    skip_invalid = forms.BooleanField(
        label=gettext_lazy("Import the valid rows and skip the invalid ones"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in SUFFIXES:
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


def _run(importer: Importer, name: str, content: bytes, *, publish: bool, skip_invalid: bool, dry_run: bool):
    """(outcome, error): the importer's outcome, or the error that stopped it (nothing written either way
    when `dry_run`)."""
    with tempfile.TemporaryDirectory(prefix="decnet-import-") as folder:
        path = Path(folder) / f"upload{Path(name).suffix.lower()}"
        path.write_bytes(content)
        try:
            with transaction.atomic():
                outcome = importer.run(path, publish=publish, skip_invalid=skip_invalid, source=name)
                if dry_run:
                    transaction.set_rollback(True)
        except importer.errors as error:
            return None, error
    return outcome, None


def import_view(request: HttpRequest, importer: Importer) -> HttpResponse:
    if not importer.allowed(request):
        raise PermissionDenied
    context = {"importer": importer, "page_title": importer.title, "header_title": importer.title}
    if request.method == "POST" and "payload" in request.POST:
        return _confirm(request, importer, context)
    form = UploadForm(request.POST or None, request.FILES or None)
    context["form"] = form
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        options = {"publish": form.cleaned_data["publish"], "skip_invalid": form.cleaned_data["skip_invalid"]}
        outcome, error = _run(importer, upload.name, content, dry_run=True, **options)
        context.update(file_name=upload.name, options=options, outcome=outcome, error=error)
        if error is None:
            context["payload"] = signing.dumps(
                {
                    "importer": importer.name,
                    "name": upload.name,
                    "content": base64.b64encode(content).decode("ascii"),
                    **options,
                },
                salt=SIGNING_SALT,
                compress=True,
            )
    return TemplateResponse(request, "decnet/admin/import.html", context)


def _confirm(request: HttpRequest, importer: Importer, context: dict) -> HttpResponse:
    try:
        payload = signing.loads(request.POST["payload"], salt=SIGNING_SALT)
    except signing.BadSignature:
        return HttpResponse(_("The import form is damaged; upload the file again."), status=400)
    if payload.get("importer") != importer.name:
        return HttpResponse(_("The import form is damaged; upload the file again."), status=400)
    content = base64.b64decode(payload["content"])
    outcome, error = _run(
        importer,
        payload["name"],
        content,
        publish=payload["publish"],
        skip_invalid=payload["skip_invalid"],
        dry_run=False,
    )
    if error is not None:
        # The content changed since the preview (another editor…): nothing was written; show why.
        context.update(form=UploadForm(), file_name=payload["name"], error=error, confirm_failed=True)
        return TemplateResponse(request, "decnet/admin/import.html", context, status=409)
    messages.success(
        request, _("%(file)s imported: %(summary)s.") % {"file": payload["name"], "summary": outcome.summary}
    )
    return redirect(importer.done_url())
