"""Upload checks: a document's content must match its extension, because the extension alone proves nothing.

Wagtail checks a document's extension against ``WAGTAILDOCS_EXTENSIONS`` and its size against
``WAGTAILDOCS_MAX_UPLOAD_SIZE``, but an HTML page renamed ``report.pdf`` passes both. These functions read the
file's first bytes (and, for ZIP-based formats, the archive's table of contents; nothing is extracted) and
refuse a file whose content is not what its name says. Every extension allowed in the settings needs a check
here: an extension without one is refused (fail closed), so widening the allow-list means writing its check.

Images need nothing here: Wagtail's image field already opens every upload and compares its real format with
its extension, its size with ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and width × height × frames with
``WAGTAILIMAGES_MAX_IMAGE_PIXELS``; the settings only have to be right (see ``hardening/checks.py``).
"""

from __future__ import annotations

import codecs
import os
import zipfile
from collections.abc import Callable
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Text that turns a "plain text" or CSV file into something a browser could run if it ever sniffed the type.
ACTIVE_MARKUP_MARKERS = (
    "<!doctype",
    "<html",
    "<head",
    "<body",
    "<script",
    "<iframe",
    "<svg",
    "<object",
    "<embed",
)
_TEXT_CHUNK = 64 * 1024
_HEAD_BYTES = 1024
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or the end record of an empty archive
# Every error a damaged or hostile archive can raise while its table of contents or one small entry is read.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError)

# OOXML (Office 2007+): a ZIP with [Content_Types].xml and the main part's folder.
_OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# OpenDocument and EPUB: a ZIP whose "mimetype" entry holds exactly this media type.
_ZIP_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "epub": "application/epub+zip",
}
_KIND = {
    "pdf": _("PDF document"),
    "docx": _("Word document"),
    "xlsx": _("Excel workbook"),
    "pptx": _("PowerPoint presentation"),
    "odt": _("OpenDocument text"),
    "ods": _("OpenDocument spreadsheet"),
    "odp": _("OpenDocument presentation"),
    "epub": _("EPUB book"),
    "zip": _("ZIP archive"),
    "csv": _("CSV file"),
    "txt": _("text file"),
}


class ContentMismatch(Exception):
    """The file's content is not what its extension says; the argument is the reason shown to the editor."""


def file_extension(name: str) -> str:
    """The lower-case extension without its dot ("" when there is none)."""
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def allowed_document_extensions() -> list[str]:
    """The document allow-list from the settings (read on each call so tests can override it)."""
    return [extension.lower() for extension in getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []]


def validate_document_upload(name: str, file: IO[bytes]) -> None:
    """Refuse a document whose extension is not allowed or whose content does not match its extension.

    Raises ``ValidationError`` with a message meant for the editor; leaves ``file`` rewound to its start.
    """
    extension = file_extension(name)
    allowed = allowed_document_extensions()
    if extension not in allowed:
        raise ValidationError(
            _("Files of type “%(extension)s” cannot be uploaded. Allowed types: %(allowed)s."),
            code="document_extension_not_allowed",
            params={
                "extension": f".{extension}" if extension else _("no extension"),
                "allowed": ", ".join(allowed),
            },
        )
    check = CONTENT_CHECKS.get(extension)
    try:
        if check is None:
            raise ContentMismatch(_("the site has no content check for this type, so it is refused"))
        file.seek(0)
        check(file)
    except ContentMismatch as refusal:
        raise ValidationError(
            _("This file is not a valid %(kind)s (.%(extension)s): %(reason)s. Upload the original file."),
            code="document_content_mismatch",
            params={
                "kind": _KIND.get(extension, extension),
                "extension": extension,
                "reason": refusal.args[0],
            },
        ) from None
    finally:
        file.seek(0)


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes are markup a browser would render as a web page."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(text.startswith(marker.encode()) for marker in ACTIVE_MARKUP_MARKERS)


def check_pdf(file: IO[bytes]) -> None:
    head = file.read(_HEAD_BYTES)
    if head.startswith(b"%PDF-"):
        return
    if looks_like_html(head):
        raise ContentMismatch(_("it is a web page (HTML), not a PDF"))
    raise ContentMismatch(_("it does not start with the PDF signature “%PDF-”"))


def _zip_names(file: IO[bytes]) -> tuple[zipfile.ZipFile, set[str]]:
    head = file.read(4)
    if head not in _ZIP_SIGNATURES:
        if looks_like_html(head + file.read(_HEAD_BYTES)):
            raise ContentMismatch(_("it is a web page (HTML)"))
        raise ContentMismatch(_("it is not a ZIP-based file"))
    file.seek(0)
    try:
        archive = zipfile.ZipFile(file)
        return archive, set(archive.namelist())
    except _ZIP_ERRORS:
        raise ContentMismatch(_("it is a damaged ZIP archive")) from None


def check_zip(file: IO[bytes]) -> None:
    archive, _names = _zip_names(file)
    archive.close()


def _check_ooxml(file: IO[bytes], folder: str) -> None:
    archive, names = _zip_names(file)
    archive.close()
    if "[Content_Types].xml" not in names:
        raise ContentMismatch(_("it is a ZIP archive, not an Office document"))
    if not any(name.startswith(folder) for name in names):
        raise ContentMismatch(_("it is an Office file of another kind"))


def _check_zip_mimetype(file: IO[bytes], expected: str) -> None:
    archive, names = _zip_names(file)
    try:
        if "mimetype" not in names:
            raise ContentMismatch(_("it is a ZIP archive without the “mimetype” entry of its format"))
        entry = archive.getinfo("mimetype")
        if entry.file_size > 200:
            raise ContentMismatch(_("its “mimetype” entry is not a media type"))
        try:
            with archive.open(entry) as stream:
                declared = stream.read(201).decode("ascii", errors="replace").strip()
        except (*_ZIP_ERRORS, NotImplementedError):
            raise ContentMismatch(_("its “mimetype” entry cannot be read")) from None
    finally:
        archive.close()
    if declared != expected:
        raise ContentMismatch(_("it declares the type “%(declared)s”") % {"declared": declared[:80]})


def check_text(file: IO[bytes]) -> None:
    """UTF-8 text without NUL bytes and without web-page markup (read in chunks: files may be 50 MB)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    tail = ""
    longest_marker = max(len(marker) for marker in ACTIVE_MARKUP_MARKERS)
    while True:
        chunk = file.read(_TEXT_CHUNK)
        if b"\x00" in chunk:
            raise ContentMismatch(_("it contains NUL bytes, so it is binary data, not text"))
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise ContentMismatch(_("it is not UTF-8 text (save it as UTF-8 and upload it again)")) from None
        window = (tail + text).lower()
        for marker in ACTIVE_MARKUP_MARKERS:
            if marker in window:
                raise ContentMismatch(_("it contains web-page markup (“%(marker)s”)") % {"marker": marker})
        tail = window[-longest_marker:]
        if not chunk:
            return


def _ooxml(folder: str) -> Callable[[IO[bytes]], None]:
    return lambda file: _check_ooxml(file, folder)


def _zip_mimetype(expected: str) -> Callable[[IO[bytes]], None]:
    return lambda file: _check_zip_mimetype(file, expected)


CONTENT_CHECKS: dict[str, Callable[[IO[bytes]], None]] = {
    "pdf": check_pdf,
    "zip": check_zip,
    "csv": check_text,
    "txt": check_text,
    **{extension: _ooxml(folder) for extension, folder in _OOXML_FOLDERS.items()},
    **{extension: _zip_mimetype(mimetype) for extension, mimetype in _ZIP_MIMETYPES.items()},
}
