"""Builders for the files the upload tests send: real ones of each allowed type, and impostors."""

from __future__ import annotations

import io
import zipfile
import zlib

from openpyxl import Workbook
from PIL import Image
from reportlab.pdfgen import canvas

HTML_PAGE = b"<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)</script>"


def pdf_bytes() -> bytes:
    """A real one-page PDF (reportlab)."""
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, "Fiscal decentralization: a primer")
    document.showPage()
    document.save()
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    """A real workbook (openpyxl)."""
    workbook = Workbook()
    workbook.active.append(["Country", "Share of local spending"])
    workbook.active.append(["Kenya", 0.21])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bytes(entries: dict[str, bytes], stored_first: tuple[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if stored_first:
            archive.writestr(
                zipfile.ZipInfo(stored_first[0]), stored_first[1], compress_type=zipfile.ZIP_STORED
            )
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


CONTENT_TYPES_XML = b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def docx_bytes() -> bytes:
    """The parts that make a ZIP a Word document (what Word writes, minus styles)."""
    return zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES_XML,
            "_rels/.rels": b"<Relationships/>",
            "word/document.xml": b"<w:document><w:body><w:p/></w:body></w:document>",
        }
    )


def pptx_bytes() -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES_XML,
            "_rels/.rels": b"<Relationships/>",
            "ppt/presentation.xml": b"<p:presentation/>",
        }
    )


def opendocument_bytes(mimetype: str) -> bytes:
    """An OpenDocument/EPUB container: the "mimetype" entry first and uncompressed, as the formats require."""
    return zip_bytes(
        {"content.xml": b"<office:document-content/>"}, stored_first=("mimetype", mimetype.encode())
    )


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header declares width × height but whose data holds a single pixel (a pixel bomb)."""
    real = png_bytes(1, 1)
    # IHDR starts at byte 8 (signature) + 8 (length, type); width and height are its first 8 bytes.
    header = bytearray(real)
    header[16:20] = width.to_bytes(4, "big")
    header[20:24] = height.to_bytes(4, "big")
    crc = zlib.crc32(bytes(header[12:29])) & 0xFFFFFFFF
    header[29:33] = crc.to_bytes(4, "big")
    return bytes(header)


def animated_gif_bytes(width: int, height: int, frames: int) -> bytes:
    """An animated GIF; each frame a different colour so no encoder merges them."""
    images = [Image.new("P", (width, height), index % 255) for index in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=100, loop=0)
    return buffer.getvalue()


SVG_IMAGE = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script><rect width='10' height='10'/></svg>"
)


def admin_upload(client, add_url: str, name: str, content: bytes, title: str = "Uploaded"):
    """POST one file to a Wagtail admin "add" view (images or documents), as an editor's browser does."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.models import Collection

    return client.post(
        add_url,
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def file_errors(response) -> list[str]:
    """The form's errors on its file field (the admin re-renders the form with 200 when it refuses)."""
    assert response.status_code == 200, response.status_code
    return [str(message) for message in response.context["form"].errors.get("file", [])]
