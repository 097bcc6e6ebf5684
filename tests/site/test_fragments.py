"""The cached page chrome (decnet.fragments): kept across requests until the page-cache generation changes,
never outside a request or in a preview, and built as if there were no cache when the cache is away."""

from django.core.cache import caches

from decnet import fragments
from pagecache import store
from traffic.scope import request_scope


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> list[str]:
        self.calls += 1
        return [f"built {self.calls}"]


def test_kept_across_requests_until_a_new_generation():
    build = Builder()
    with request_scope():
        assert fragments.shared("menu", build, "en") == ["built 1"]
        assert fragments.shared("menu", build, "en") == ["built 1"]
    with request_scope():
        assert fragments.shared("menu", build, "en") == ["built 1"]
        assert fragments.shared("menu", build, "fr") == ["built 2"]  # another language: its own fragment
    store.new_generation()  # what pagecache.invalidation does on a publish, unpublish, move, delete…
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
    def refuse(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(caches["default"], "get", refuse)
    build = Builder()
    with request_scope():
        assert fragments.shared("menu", build) == ["built 1"]
