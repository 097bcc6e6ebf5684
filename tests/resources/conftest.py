"""Resource library test helpers: real (tiny) PDF documents and PNG covers, and products with their files,
authors and classification set at creation (one publish each)."""

import datetime
import io
import itertools
from collections.abc import Callable, Iterable

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from decnet.models import Person
from resources.models import ResourceAuthor, ResourceFile, ResourceLibraryPage, ResourcePage
from tests.factories import (
    CountryFactory,
    RegionFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
    TopicFactory,
)

_numbers = itertools.count()


def pdf_bytes(text: str = "Decentralization.Net test file") -> bytes:
    """A small but well-formed one-page PDF (valid cross-reference table), built byte by byte."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png_bytes(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (11, 92, 173)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def make_document(db) -> Callable[..., object]:
    """Create a Wagtail document stored in the test media folder.

    By default the content is a generated PDF and ``file_size`` is recorded as the admin's upload form
    would; ``record_size=False`` leaves it None, as for documents imported by scripts.
    """

    def make(
        title: str = "Report",
        *,
        extension: str = "pdf",
        content: bytes | None = None,
        record_size: bool = True,
    ):
        number = next(_numbers)
        data = pdf_bytes(f"{title} {number}") if content is None else content
        document = get_document_model().objects.create(
            title=f"{title} {number}", file=ContentFile(data, name=f"document-{number}.{extension}")
        )
        if record_size:
            document.file_size = len(data)
            document.save(update_fields=["file_size"])
        return document

    return make


@pytest.fixture
def make_image(db) -> Callable[..., object]:
    """Create a Wagtail image backed by a real PNG, so renditions can be generated."""

    def make(title: str = "Cover", width: int = 320, height: int = 440):
        number = next(_numbers)
        return get_image_model().objects.create(
            title=f"{title} {number}",
            file=ImageFile(io.BytesIO(png_bytes(width, height)), name=f"cover-{number}.png"),
        )

    return make


@pytest.fixture
def make_resource(library, make_document) -> Callable[..., ResourcePage]:
    """Create a product under ``library`` (or ``parent=``), published unless ``live=False``.

    ``files`` is a list of (language, label) pairs or of (document, language, label) triples; by default
    the product has one English PDF. ``authors`` is a list of people.
    """

    def make(
        *,
        files: Iterable[tuple] | None = None,
        authors: Iterable[Person] = (),
        parent: ResourceLibraryPage | None = None,
        **kwargs,
    ) -> ResourcePage:
        rows = []
        for entry in [("en", "Full text")] if files is None else files:
            document, language, label = entry if len(entry) == 3 else (make_document(), *entry)
            rows.append(ResourceFile(document=document, language=language, label=label))
        return ResourcePageFactory(
            parent=parent or library,
            files=rows,
            authors=[ResourceAuthor(person=person) for person in authors],
            **kwargs,
        )

    return make


@pytest.fixture
def searchable_catalogue(make_resource):
    """Three products to search, filter and sort (tests/resources/test_library_search.py)."""
    africa = RegionFactory(name="Africa", slug="africa")
    asia = RegionFactory(name="Asia", slug="asia")
    kenya = CountryFactory(name="Kenya", code="KE", region=africa)
    nepal = CountryFactory(name="Nepal", code="NP", region=asia)
    primer = ResourceTypeFactory(name="Primer", slug="primer")
    profile = ResourceTypeFactory(name="Country profile", slug="country-profile")
    finance = TopicFactory(name="Local finance", slug="local-finance")
    services = TopicFactory(name="Service delivery", slug="service-delivery")
    return {
        "equalisation": make_resource(
            title="Fiscal equalisation primer",
            summary="How equalisation grants share revenue between local governments.",
            resource_type=primer,
            topics=[finance],
            countries=[kenya],
            publication_date=datetime.date(2022, 3, 1),
            files=[("en", "Primer"), ("fr", "Guide")],
        ),
        "kenya": make_resource(
            title="Kenya country profile",
            summary="Counties, their revenue and their services.",
            resource_type=profile,
            topics=[finance, services],
            countries=[kenya],
            publication_date=datetime.date(2024, 6, 1),
            files=[("en", "Profile")],
        ),
        "nepal": make_resource(
            title="Nepal country profile",
            summary="Municipal services after federalism.",
            resource_type=profile,
            topics=[services],
            countries=[nepal],
            publication_date=datetime.date(2023, 1, 1),
            files=[("es", "Perfil")],
        ),
    }
