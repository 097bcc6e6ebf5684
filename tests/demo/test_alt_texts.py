"""Every image of the demo content has a real description (its alt text), not a placeholder: Wagtail falls
back to an image's title ("Feed image: databook-2025-release") when it has none."""

import re

import pytest

from demo.loaders.media import MediaLoader
from demo.loaders.people import PeopleLoader

PLACEHOLDER_WORDS = re.compile(
    r"\b(image|photo|picture|placeholder|untitled|alt|img)\b|\.png\b|feed-|cover-", re.I
)


class _Recorder(MediaLoader, PeopleLoader):
    """The demo's image-making loaders (media, people's portraits), recording the images they would create
    (titles, files and descriptions) instead of writing them."""

    def __init__(self) -> None:
        self.images: dict = {}
        self.documents: dict = {}
        self.people: dict = {}
        self.recorded: list[tuple[str, str, str]] = []

    def image(self, title, filename, render, description=""):
        self.recorded.append((title, filename, description))

    def document(self, title, filename, render):
        return None

    def upsert_snippet(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def demo_images() -> list[tuple[str, str, str]]:
    loader = _Recorder()
    loader.load_files()
    loader.load_people()
    assert len(loader.recorded) > 10
    return loader.recorded


def test_every_demo_image_has_a_description(demo_images):
    assert [title for title, _filename, description in demo_images if not description.strip()] == []


def test_no_description_is_placeholder_like(demo_images):
    for title, filename, description in demo_images:
        assert description != title and filename not in description, description
        assert not PLACEHOLDER_WORDS.search(description), (title, description)
        assert len(description.split()) >= 4, (title, description)


def test_charts_are_described_by_their_figures(demo_images):
    descriptions = {title: description for title, _filename, description in demo_images}
    chart = descriptions["Illustration: chart-kenya-county-revenue"]
    assert chart.startswith("Bar chart") and "Equitable share 74%" in chart and "Other 3%" in chart


def test_the_pattern_catches_placeholders():
    for text in ("Feed image: databook-2025-release", "photo", "placeholder", "feed-x.png", "Image"):
        assert PLACEHOLDER_WORDS.search(text), text
