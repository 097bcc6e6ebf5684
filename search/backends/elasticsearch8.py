"""Wagtail's ``elasticsearch8`` backend (elasticsearch client 8.x) with the alias-swapping atomic rebuild."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends import AliasSwappingRebuilder


class SearchBackend(Elasticsearch8SearchBackend):
    atomic_rebuilder_class = AliasSwappingRebuilder
