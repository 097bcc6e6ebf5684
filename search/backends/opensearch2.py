"""Wagtail's ``opensearch2`` backend (opensearch-py 2.x) with the alias-swapping atomic rebuild."""

from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from search.backends import AliasSwappingRebuilder


class SearchBackend(OpenSearch2SearchBackend):
    atomic_rebuilder_class = AliasSwappingRebuilder
