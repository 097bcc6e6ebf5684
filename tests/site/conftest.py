import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.i18n.conftest import compiled_messages, locales, translated_home  # noqa: F401 (fixtures for the multilingual tests)


def _user_in_group(username: str, group_name: str):
    user = get_user_model().objects.create_user(
        username=username, password="a-long-test-password", is_active=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return _user_in_group("edna-editor", "Editors")


@pytest.fixture
def moderator(db):
    return _user_in_group("moe-moderator", "Moderators")


@pytest.fixture
def translator(db):
    return _user_in_group("tara-translator", "Translators")


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
