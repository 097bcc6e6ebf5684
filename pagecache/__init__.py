"""The page cache: full responses of public pages for anonymous readers (docs/caching.md)."""
