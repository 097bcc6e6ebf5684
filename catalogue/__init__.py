"""How readers narrow and follow the content: the one facet layer, the filtered section listings with their
RSS/Atom feeds, and related items, all asked through the content contract (decnet.content; see
docs/content-and-facets.md)."""
