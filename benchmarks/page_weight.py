"""Server-side weight of a reader's first view, and what the discovery URLs hold, on the demo content.

    .venv/bin/python benchmarks/page_weight.py

Builds a throwaway SQLite database (migrate + load_demo_content, a few minutes) unless DATABASE_URL is set,
collects the static files with the production storage (hashed names, gzip and Brotli) into a temporary
folder, then fetches through Django (the real middleware stack) a blog post, a knowledge product and a
glossary term in English and Arabic, and prints for each: the HTML's size raw, gzipped and Brotli-compressed
(as WhiteNoise or a proxy would serve it), the stylesheet's compressed sizes, and the sum. Then the number of
URLs in sitemap.xml and of items in the feeds. The budget of the issue is 60 KB for HTML, CSS, JS and fonts
together (images not counted); the browser-side measurement lives with the browser tests.
"""

import gzip
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BUDGET = 60 * 1024


def setup_django(workdir: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "decnet.settings.test"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["MEDIA_ROOT"] = os.path.join(workdir, "media")
    import django

    django.setup()


def main() -> None:
    import brotli

    workdir = tempfile.mkdtemp(prefix="decnet-weight-")
    setup_django(workdir)
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client, override_settings
    from lxml import etree

    print("migrating and loading the demo content…", file=sys.stderr)
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)

    from blog.models import BlogPostPage
    from glossary.models import GlossaryTermPage
    from resources.models import ResourcePage

    static_root = Path(workdir) / "static"
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(
        STATIC_ROOT=static_root,
        STORAGES=storages,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        ALLOWED_HOSTS=["*"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        client = Client()
        css = sorted(static_root.glob("css/site.*.css"))[0]
        css_sizes = (
            css.stat().st_size,
            (css.with_name(css.name + ".gz")).stat().st_size,
            (css.with_name(css.name + ".br")).stat().st_size,
        )
        print(f"stylesheet {css.name}: {css_sizes[0]} B raw, {css_sizes[1]} B gzip, {css_sizes[2]} B brotli")
        print(f"{'page':58} {'HTML raw':>9} {'gzip':>6} {'br':>6} {'HTML+CSS br':>12} {'budget':>7}")
        for model in (BlogPostPage, ResourcePage, GlossaryTermPage):
            for language, _name in settings.LANGUAGES:
                page = model.objects.live().filter(locale__language_code=language).order_by("pk").first()
                if page is None:
                    continue
                url = page.get_url()
                html = client.get(url).content
                compressed = len(brotli.compress(html))
                total = compressed + css_sizes[2]
                print(
                    f"{url[:58]:58} {len(html):>9} {len(gzip.compress(html, 9)):>6} {compressed:>6} "
                    f"{total:>12} {total / BUDGET:>6.0%}"
                )
        tree = etree.fromstring(client.get("/sitemap.xml").content)
        ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
        urls = tree.findall("sm:url", ns)
        links = tree.findall("sm:url/xhtml:link", ns)
        print(f"sitemap.xml: {len(urls)} URLs, {len(links)} xhtml:link alternates")
        from blog.models import BlogIndexPage
        from resources.models import ResourceLibraryPage

        sections = [
            model.objects.live().get(locale__language_code=settings.LANGUAGE_CODE)
            for model in (BlogIndexPage, ResourceLibraryPage)
        ]
        feeds = [
            f"{section.url}{section.reverse_subpage(f'{kind}_feed')}"
            for section in sections
            for kind in ("rss", "atom")
        ]
        for feed in feeds:
            body = client.get(feed).content
            print(f"{feed}: {body.count(b'<item>') + body.count(b'<entry>')} items, {len(body)} B")


if __name__ == "__main__":
    main()
