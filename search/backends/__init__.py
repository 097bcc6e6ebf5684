"""Wagtail's engine backends with one change: an atomic rebuild swaps the index alias in a single request.

Stock ATOMIC_REBUILD points the alias at the new index and only then removes the old one, so for a moment the
alias covers both and every page is found twice. Here the alias moves in one ``_aliases`` call (remove from
the old index, add to the new), so readers see the old index or the new one, never both. Settings name these
modules (``search.backends.opensearch2``, ``search.backends.elasticsearch8``) in place of Wagtail's.
"""

from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder


class AliasSwappingRebuilder(ElasticsearchAtomicIndexRebuilder):
    def finish(self) -> None:
        if not self.alias.is_alias():
            # First atomic rebuild over a plain index of the same name: it must be deleted before the alias
            # can take its name (a one-off gap when an existing site switches to atomic rebuilds).
            super().finish()
            return
        self.index.refresh()
        old_names = [index.name for index in self.alias.aliased_indices() if index.name != self.index.name]
        actions = [{"remove": {"index": name, "alias": self.alias.name}} for name in old_names]
        actions.append({"add": {"index": self.index.name, "alias": self.alias.name}})
        backend = self.index.backend
        if backend.use_new_elasticsearch_api:
            self.index.es.indices.update_aliases(actions=actions)
        else:
            self.index.es.indices.update_aliases(body={"actions": actions})
        for name in old_names:
            backend.index_class(backend, name).delete()
