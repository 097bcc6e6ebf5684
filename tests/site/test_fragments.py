"""The cached page chrome (decnet.fragments): kept across requests until the page-cache generation changes,
never outside a request or in a preview, and built as if there were no cache when the cache is away."""

from django.core.cache import caches

from decnet import fragments
from tests.traffic.helpers import Builder, cache_down
from traffic import generation
from traffic.scope import request_scope


def test_kept_across_requests_until_a_new_generation():
    build = Builder()
    with request_scope():
        assert fragments.shared("menu", build, "en") == ["built 1"]
        assert fragments.shared("menu", build, "en") == ["built 1"]
    with request_scope():
        assert fragments.shared("menu", build, "en") == ["built 1"]
        assert fragments.shared("menu", build, "fr") == ["built 2"]  # another language: its own fragment
    generation.new_generation()  # what pagecache.invalidation does on a publish, unpublish, move, delete…
    with request_scope():
        assert fragments.shared("menu", build, "en") == ["built 3"]


def test_built_every_time_outside_a_request():
    build = Builder()
    fragments.shared("menu", build)
    fragments.shared("menu", build)
    assert build.calls == 2


def test_never_kept_for_a_preview(rf):
    build = Builder()
    preview = rf.get("/en/")
    preview.is_preview = True
    with request_scope():
        fragments.chrome(preview, "menu", build)
        fragments.chrome(preview, "menu", build)
    assert build.calls == 2


def test_an_unreachable_cache_builds_the_fragment(monkeypatch):
    monkeypatch.setattr(caches["default"], "get", cache_down)
    build = Builder()
    with request_scope():
        assert fragments.shared("menu", build) == ["built 1"]


class ManyBuilder:
    def __init__(self) -> None:
        self.asked: list[list[int]] = []

    def __call__(self, items: list[int]) -> dict[int, str]:
        self.asked.append(list(items))
        return {item: f"page {item} in build {len(self.asked)}" for item in items if item != 404}


def test_many_values_one_read_and_only_the_missing_built():
    build = ManyBuilder()
    with request_scope():
        assert fragments.shared_many("cards", [3, 1], build) == {
            3: "page 3 in build 1",
            1: "page 1 in build 1",
        }
    with request_scope():
        # In the order asked, what was kept as it was, the new one built alone, the one not built left out.
        assert fragments.shared_many("cards", [2, 1, 404, 3], build) == {
            2: "page 2 in build 2",
            1: "page 1 in build 1",
            3: "page 3 in build 1",
        }
        assert list(fragments.shared_many("cards", [1, 2], build, "fr")) == [1, 2]  # per vary: its own
    assert build.asked == [[3, 1], [2, 404], [1, 2]]
    generation.new_generation()
    with request_scope():
        fragments.shared_many("cards", [1], build)
    assert build.asked[-1] == [1]


def test_many_values_built_whole_outside_a_request_or_beyond_the_bound():
    build = ManyBuilder()
    fragments.shared_many("cards", [1], build)
    fragments.shared_many("cards", [1], build)
    many = list(range(fragments.MANY_AT_MOST + 1))
    with request_scope():
        fragments.shared_many("cards", many, build)
        fragments.shared_many("cards", many, build)
    assert build.asked == [[1], [1], many, many]


def test_many_values_built_when_the_cache_is_away(monkeypatch):
    monkeypatch.setattr(caches["default"], "get_many", cache_down)
    build = ManyBuilder()
    with request_scope():
        assert fragments.shared_many("cards", [1, 2], build) == {
            1: "page 1 in build 1",
            2: "page 2 in build 1",
        }
    assert build.asked == [[1, 2]]
