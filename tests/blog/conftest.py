"""Blog test helpers: posts with authors in one step, and real (tiny) images for feed images."""

import io
from collections.abc import Callable, Iterable

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
from decnet.models import Person
from tests.factories import BlogPostPageFactory
from tests.i18n.conftest import compiled_messages, locales, shared_home_translations, translated_home  # noqa: F401 (fixtures for the multilingual tests)


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (11, 92, 173)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def make_image(db) -> Callable[..., object]:
    """Create a Wagtail image backed by a real PNG, so renditions can be generated."""
    counter = iter(range(1_000_000))

    def make(title: str = "Photo", width: int = 400, height: int = 300):
        number = next(counter)
        return get_image_model().objects.create(
            title=f"{title} {number}",
            file=ImageFile(io.BytesIO(_png(width, height)), name=f"photo-{number}.png"),
        )

    return make


def build_post(parent: BlogIndexPage, *, authors: Iterable[Person] = (), **kwargs) -> BlogPostPage:
    """A published post under ``parent`` with its authors set at creation."""
    return BlogPostPageFactory(
        parent=parent, authors=[BlogPostAuthor(person=person) for person in authors], **kwargs
    )


@pytest.fixture
def make_post(blog_index) -> Callable[..., BlogPostPage]:
    """Create a published post under ``blog_index`` (or ``parent=``) with its authors set at creation."""

    def make(*, parent: BlogIndexPage | None = None, **kwargs) -> BlogPostPage:
        return build_post(parent or blog_index, **kwargs)

    return make
