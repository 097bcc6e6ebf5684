"""Developer and CI scripts. The Python ones are importable (``scripts.serve``, ``scripts.site_pages``) so the
browser tests and the benchmarks share them; nothing in the application imports this package."""
