"""How readers and crawlers find their way: topic and country hubs below the home page, sitemap.xml,
robots.txt, the language redirect of ``/`` and the helpful 404 (see docs/hubs.md, docs/readers.md)."""
