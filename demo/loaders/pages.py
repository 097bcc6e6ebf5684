"""The home page, the sections and the standard pages (demo/content/pages.json), in every language."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, BlogPostPage
from decnet.models import HomePage, HomePageFeaturedItem, StandardPage
from demo.data import SOURCE_LANGUAGE, collection
from demo.loaders.base import (
    SITE_NAME,
    parse_date,
    publication_datetime,
    translation_key,
)
from glossary.models import GlossaryPage, GlossaryTermPage
from resources.models import ResourceLibraryPage, ResourcePage

pages = collection("pages")
blog_posts = collection("blog_posts")
resources = collection("resources")
glossary = collection("glossary")
# The site's own pages (home, sections, about...) went online with the site, before the first post.
SITE_LAUNCHED = publication_datetime(pages.launched)


class PagesLoader:
    """The page tree (pass 1) and the home, section and standard pages (pass 2)."""

    def create_translated_tree(self, code: str) -> None:
        """Pass 1 for one language: the translated home page, then every translated section and item (as
        drafts). Items are only translated below a translated section."""
        english_home = self.pages[""]
        home_text = pages.home.get(code)
        if home_text is None:
            return
        home = HomePage.objects.filter(depth=2, locale=self.locales[code]).first()
        if home is None:
            home = HomePage(
                title=home_text["title"],
                slug=f"{pages.home['slug']}-{code}",
                locale=self.locales[code],
                translation_key=english_home.translation_key,
                live=False,
            )
            english_home.get_parent().add_child(instance=home)
        self.translated_pages[code][""] = home
        for slug, model, entry in self.sections():
            if code in entry:
                self.ensure_page(slug, home, model, slug, {"title": entry[code]["title"]}, code)

        for section, model, items, required in (
            (glossary.glossary["slug"], GlossaryTermPage, glossary.terms, ("definition",)),
            (resources.library["slug"], ResourcePage, resources.resources, ("summary",)),
            (blog_posts.blog_index["slug"], BlogPostPage, blog_posts.posts, ("summary",)),
        ):
            parent = self.translated_pages[code].get(section)
            for slug, entry in items.items():
                if code not in entry:
                    continue
                if parent is None:
                    raise ValueError(f"{section}/{slug} is translated into {code!r} but {section!r} is not.")
                fields = {"title": entry[code]["title"], **{name: entry[code][name] for name in required}}
                if model is ResourcePage:
                    fields["resource_type"] = self.snippet(code, "resource types", entry["type"])
                if model is BlogPostPage:
                    fields["date"] = parse_date(entry["date"])
                self.ensure_page(f"{section}/{slug}", parent, model, slug, fields, code)

    def ensure_home(self) -> HomePage:
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's initial "Welcome to your new Wagtail site!" page is a plain Page with the slug "home".
            welcome_ids = list(
                Page.objects.child_of(root)
                .filter(content_type=ContentType.objects.get_for_model(Page), numchild=0)
                .values_list("pk", flat=True)
            )
            for pk in welcome_ids:
                Page.objects.filter(pk=pk).update(slug=f"welcome-{pk}")
            text = pages.home[SOURCE_LANGUAGE]
            home = HomePage(
                title=text["title"],
                slug=pages.home["slug"],
                locale=self.locale,
                translation_key=translation_key("page", ""),
                live=False,
            )
            root.add_child(instance=home)
            self.point_default_site_at(home)
            for page in Page.objects.filter(pk__in=welcome_ids):
                page.delete()
        else:
            self.point_default_site_at(home)
        self.pages[""] = home
        return home

    def point_default_site_at(self, home: HomePage) -> None:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
            )
            self.report.record("sites", "created")
        elif site.root_page_id != home.pk or site.site_name != SITE_NAME:
            site.root_page = home
            site.site_name = SITE_NAME
            site.save()
            self.report.record("sites", "updated")
        else:
            self.report.record("sites", "unchanged")

    @staticmethod
    def sections() -> list[tuple[str, type[Page], dict]]:
        """The home page's children, in menu order."""
        return [
            ("about", StandardPage, pages.standard_pages["about"]),
            (blog_posts.blog_index["slug"], BlogIndexPage, blog_posts.blog_index),
            (resources.library["slug"], ResourceLibraryPage, resources.library),
            (glossary.glossary["slug"], GlossaryPage, glossary.glossary),
            ("contact", StandardPage, pages.standard_pages["contact"]),
            ("privacy", StandardPage, pages.standard_pages["privacy"]),
        ]

    def create_page_tree(self) -> None:
        home = self.ensure_home()
        for slug, model, entry in self.sections():
            self.ensure_page(slug, home, model, slug, {"title": entry[SOURCE_LANGUAGE]["title"]})

        glossary_page = self.pages[glossary.glossary["slug"]]
        for slug, entry in glossary.terms.items():
            text = entry[SOURCE_LANGUAGE]
            fields = {"title": text["title"], "definition": text["definition"]}
            self.ensure_page(f"glossary/{slug}", glossary_page, GlossaryTermPage, slug, fields)

        library = self.pages[resources.library["slug"]]
        for slug, entry in resources.resources.items():
            text = entry[SOURCE_LANGUAGE]
            fields = {
                "title": text["title"],
                "summary": text["summary"],
                "resource_type": self.resource_types[entry["type"]],
            }
            self.ensure_page(f"resources/{slug}", library, ResourcePage, slug, fields)

        blog = self.pages[blog_posts.blog_index["slug"]]
        for slug, entry in blog_posts.posts.items():
            text = entry[SOURCE_LANGUAGE]
            fields = {"title": text["title"], "summary": text["summary"], "date": parse_date(entry["date"])}
            self.ensure_page(f"blog/{slug}", blog, BlogPostPage, slug, fields)

    def publish_sections(self, code: str = SOURCE_LANGUAGE) -> None:
        for entry, kind in (
            (blog_posts.blog_index, "blog index"),
            (resources.library, "resource library"),
            (glossary.glossary, "glossary index"),
        ):
            text = entry.get(code)
            if text is None:
                continue
            self.publish_page(
                self.page_kind(kind, code),
                self.page_in(code, entry["slug"]),
                fields={"title": text["title"], "introduction": text["introduction"], "show_in_menus": True},
                first_published_at=SITE_LAUNCHED,
            )
        for slug, entry in pages.standard_pages.items():
            text = entry.get(code)
            if text is None:
                continue
            self.publish_page(
                self.page_kind("standard pages", code),
                self.page_in(code, slug),
                fields={
                    "title": text["title"],
                    "introduction": text["introduction"],
                    "body": self.stream(slug, text["body"], code),
                    "show_in_menus": entry["show_in_menus"],
                },
                first_published_at=SITE_LAUNCHED,
            )

    def publish_home(self, code: str = SOURCE_LANGUAGE) -> None:
        text = pages.home.get(code)
        if text is None:
            return
        featured = [path for path in pages.home["featured"] if self.has_page(code, path)]
        self.publish_page(
            self.page_kind("home page", code),
            self.page_in(code, ""),
            fields={
                "title": text["title"],
                "introduction": self.rich_text(text["introduction"], code),
                "hero_image": self.images["Hero image: home"],
            },
            children={
                "featured_items": (
                    HomePageFeaturedItem,
                    [{"page": self.page_in(code, path)} for path in featured],
                )
            },
            first_published_at=SITE_LAUNCHED,
        )
