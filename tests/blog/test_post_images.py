"""Images on a post are responsive: AVIF and WebP sources with srcset, a fallback with width and height,
loaded lazily."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import caches

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_cached_renditions():
    """Wagtail caches renditions by image id; an earlier test's image with the same id must not answer."""
    for cache in caches.all():
        cache.clear()


def test_feed_image_is_a_responsive_picture(client, make_post, make_image):
    make_post(slug="pictured", feed_image=make_image(width=1600, height=900))
    soup = BeautifulSoup(client.get("/en/blog/pictured/").content, "html.parser")
    picture = soup.select_one(".post-image picture")
    assert picture is not None
    sources = {source["type"]: source for source in picture.find_all("source")}
    assert set(sources) == {"image/avif", "image/webp"}
    for source in sources.values():
        widths = [candidate.split()[-1] for candidate in source["srcset"].split(",")]
        assert widths == ["480w", "800w", "1200w"]
        assert source["sizes"]
    image = picture.find("img")
    assert image["loading"] == "lazy"
    assert int(image["width"]) > 0 and int(image["height"]) > 0
    assert image["src"].endswith((".jpg", ".jpeg"))
    assert image["srcset"] and image.has_attr("alt")


def test_renditions_really_are_avif_and_webp(client, make_post, make_image):
    make_post(slug="pictured", feed_image=make_image(width=800, height=450))
    soup = BeautifulSoup(client.get("/en/blog/pictured/").content, "html.parser")
    for source, signature in (("image/avif", b"ftypavif"), ("image/webp", b"WEBP")):
        url = soup.select_one(f'.post-image source[type="{source}"]')["srcset"].split()[0]
        path = Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)
        with open(path, "rb") as handle:
            assert signature in handle.read(32)
