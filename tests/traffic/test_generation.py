"""The generation (traffic.generation): one token that any change readers can see replaces, and the values
each worker keeps in its own memory for as long as the generation lasts (``in_process``)."""

from django.core.cache import caches

from tests.traffic.helpers import Builder, cache_down
from traffic import generation
from traffic.scope import request_scope


def test_in_process_values_are_built_once_per_generation_and_never_outside_a_request():
    build = Builder()
    with request_scope():
        assert generation.in_process("names", build) == ["built 1"]
    with request_scope():
        assert generation.in_process("names", build) == ["built 1"]  # kept in this process's memory
    generation.new_generation()  # a publish in any process
    with request_scope():
        assert generation.in_process("names", build) == ["built 2"]
    generation.in_process("names", build)
    assert build.calls == 3


def test_in_process_values_are_built_when_the_cache_is_away(monkeypatch):
    monkeypatch.setattr(caches["default"], "get", cache_down)
    build = Builder()
    with request_scope():
        assert generation.in_process("names", build) == ["built 1"]
    with request_scope():
        assert generation.in_process("names", build) == ["built 2"]
