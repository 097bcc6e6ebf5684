"""Image uploads through the real admin views: pixel bombs, oversize files, SVG and impostors are refused."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.images import get_image_model

from tests.hardening import files

Image = get_image_model()
ADD_URL = "/admin/images/add/"
MULTIPLE_ADD_URL = "/admin/images/multiple/add/"


def upload(client, name: str, content: bytes, title: str = "Uploaded"):
    return files.admin_upload(client, ADD_URL, name, content, title)


file_errors = files.file_errors


def test_the_limits_are_configured(settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(
    ("width", "height"),
    [
        pytest.param(10_000, 10_000, id="100-megapixels"),
        # 49 megapixels: below Pillow's own bomb warning (89 Mpx), so only the site's 40 Mpx limit stops it.
        pytest.param(7_000, 7_000, id="49-megapixels"),
    ],
)
def test_pixel_bomb_is_refused(superuser_client, width, height):
    content = files.png_header_only(width, height)
    assert len(content) < 100  # tiny file, huge declared canvas
    errors = file_errors(upload(superuser_client, "bomb.png", content))
    assert any("too many pixels" in error for error in errors), errors
    assert not Image.objects.exists()


def test_animated_gif_frames_count_towards_the_pixel_limit(superuser_client):
    # 2000 × 2000 = 4 Mpx per frame: 11 frames are 44 Mpx (refused), 9 frames 36 Mpx (accepted).
    errors = file_errors(upload(superuser_client, "loop.gif", files.animated_gif_bytes(2000, 2000, 11)))
    assert any("too many pixels (44000000)" in error for error in errors), errors
    assert not Image.objects.exists()

    response = upload(superuser_client, "loop.gif", files.animated_gif_bytes(2000, 2000, 9), title="Nine")
    assert response.status_code == 302
    assert Image.objects.filter(title="Nine").exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_oversize_image_is_refused(superuser_client):
    content = files.png_bytes(400, 400)
    assert len(content) > 1024
    errors = file_errors(upload(superuser_client, "large.png", content))
    assert any("This file is too big" in error for error in errors), errors
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("logo.svg", files.SVG_IMAGE, "Not a supported image format", id="svg"),
        pytest.param("setup.exe", b"MZ\x90\x00" + b"\x00" * 60, "Upload a valid image", id="exe"),
        pytest.param("page.html", files.HTML_PAGE, "Upload a valid image", id="html"),
        pytest.param("photo.png", files.HTML_PAGE, "Upload a valid image", id="html-renamed-png"),
        pytest.param("photo.jpg", files.png_bytes(), "The extension does not match", id="png-renamed-jpg"),
    ],
)
def test_non_images_and_impostors_are_refused(superuser_client, name, content, message):
    errors = file_errors(upload(superuser_client, name, content))
    assert any(message in error for error in errors), errors
    assert not Image.objects.exists()


def test_multiple_uploader_refuses_svg(superuser_client):
    response = superuser_client.post(
        MULTIPLE_ADD_URL, {"files[]": SimpleUploadedFile("logo.svg", files.SVG_IMAGE)}
    )
    data = json.loads(response.content)
    assert data["success"] is False
    assert "Not a supported image format" in data["error_message"]
    assert not Image.objects.exists()


def test_valid_image_is_saved_and_previews(superuser_client):
    response = upload(superuser_client, "map.png", files.png_bytes(), title="Map")
    assert response.status_code == 302
    image = Image.objects.get(title="Map")
    assert (image.width, image.height) == (40, 30)
    assert superuser_client.get(f"/admin/images/{image.pk}/").status_code == 200
    rendition = image.get_rendition("fill-20x20")
    assert (rendition.width, rendition.height) == (20, 20)


def test_truncated_image_is_a_form_error_not_a_server_error(superuser_client):
    content = files.png_header_only(100, 100)  # a plausible size, but the pixel data is missing
    errors = file_errors(upload(superuser_client, "cut.png", content))
    assert any("Upload a valid image" in error for error in errors), errors
    assert not Image.objects.exists()


def test_pixel_limit_is_checked_before_anything_decodes_the_image(superuser_client, monkeypatch):
    # A genuine, fully valid 49-megapixel PNG (1-bit, so it compresses to a few kilobytes).
    buffer = io.BytesIO()
    PILImage.new("1", (7_000, 7_000)).save(buffer, "PNG")
    decoded = []
    original_load = ImageFile.ImageFile.load

    def recording_load(self):
        decoded.append(self.size)
        return original_load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", recording_load)
    errors = file_errors(upload(superuser_client, "bomb.png", buffer.getvalue()))
    assert any("too many pixels (49000000)" in error for error in errors), errors
    assert decoded == []
