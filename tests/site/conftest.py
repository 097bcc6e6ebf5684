import pytest

from tests.i18n.conftest import compiled_messages, locales, shared_home_translations, translated_home  # noqa: F401 (fixtures for the multilingual tests)


@pytest.fixture
def make_png_image(db):
    """A Wagtail image backed by a real PNG, so renditions can be generated."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images import get_image_model

    def make(width: int = 1600, height: int = 900):
        buffer = io.BytesIO()
        PillowImage.new("RGB", (width, height), (11, 92, 173)).save(buffer, format="PNG")
        return get_image_model().objects.create(
            title="Photo", file=ImageFile(io.BytesIO(buffer.getvalue()), name="photo.png")
        )

    return make
