from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache (public pages for anonymous readers)"

    def ready(self) -> None:
        from pagecache import invalidation

        invalidation.connect()
