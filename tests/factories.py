"""factory_boy factories for snippets and pages; pages are added to the tree and published."""

import contextlib
import datetime
import itertools
from types import SimpleNamespace

import factory
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
from decnet.models import Country, HomePage, Person, Region, StandardPage, Topic
from glossary.models import GlossaryPage, GlossaryRelatedTerm, GlossaryTermPage
from resources.models import ResourceFile, ResourceLibraryPage, ResourcePage, ResourceType
from search import index_updates

_country_codes = (f"{a}{b}" for a, b in itertools.product("ABCDEFGHIJKLMNOPQRSTUVWXYZ", repeat=2))


class LocalizedFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)


class RegionFactory(LocalizedFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class CountryFactory(LocalizedFactory):
    class Meta:
        model = Country

    code = factory.LazyFunction(lambda: next(_country_codes))
    name = factory.Sequence(lambda n: f"Country {n}")
    region = factory.SubFactory(RegionFactory)


class TopicFactory(LocalizedFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = "A topic used in tests."


class PersonFactory(LocalizedFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    role = "Fellow"
    organisation = "Local Public Sector Alliance"


class ResourceTypeFactory(LocalizedFactory):
    class Meta:
        model = ResourceType

    name = factory.Sequence(lambda n: f"Type {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class PageFactory(factory.Factory):
    """Builds a page in memory, then adds it under ``parent`` and publishes it (unless live=False)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")

    @classmethod
    def _create(cls, model_class, *args, parent: Page, live: bool = True, **kwargs):
        many_to_many = {key: kwargs.pop(key) for key in ("topics", "countries") if key in kwargs}
        page = model_class(*args, **kwargs)
        for key, values in many_to_many.items():
            getattr(page, key).set(values)
        with _indexed_once(page):
            # Wagtail validates the page at each of its three saves; the factory validates it once, after
            # adding it (at the publish, or the save of a draft's ``live`` flag), and before only checks the
            # slug and sets defaults.
            page.full_clean = page.minimal_clean
            try:
                parent.add_child(instance=page)
            finally:
                del page.full_clean
            if live and not page.go_live_at:
                _publish_new_page(page)
            else:
                revision = page.save_revision(clean=False)
                if live:
                    revision.publish()
                else:
                    page.live = False
                    page.save(update_fields=["live"])
        page.refresh_from_db()
        return page


def _publish_new_page(page: Page) -> None:
    """What ``save_revision().publish()`` leaves for a page just added (no earlier revision, comment, alias or
    workflow): its revision, the live fields, the publish log entry and the ``page_published`` signal, without
    reading the revision back, saving the page again and looking for comments and workflows (79 queries a
    post became 57; the factories took a third of the page tests' CPU). tests/test_factories.py compares a
    page made this way with one Wagtail published."""
    page.full_clean()
    revision = page.save_revision(clean=False, changed=False)
    now = timezone.now()
    published = {
        "live": True,
        "has_unpublished_changes": False,
        "expired": False,
        "live_revision": revision,
        "first_published_at": page.first_published_at or now,
        "last_published_at": now,
    }
    Page.objects.filter(pk=page.pk).update(**published)
    for name, value in published.items():
        setattr(page, name, value)
    log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)
    page_published.send(sender=page.specific_class, instance=page, revision=revision)


@contextlib.contextmanager
def _indexed_once(page: Page):
    """Adding, saving a revision and publishing save a page three times, and each save updates its search
    and reference index entries: about a third of a test's set-up time. The page ends up in both indexes
    exactly as the signals would leave it, from one update after the last save."""
    model = type(page)
    with index_updates.updates_on_save_paused([model]) as paused, disable_reference_index_auto_update():
        yield
    if paused:
        index_updates.schedule_update(page)
    if ReferenceIndex.is_indexed(model):
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(page)


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Decentralization.Net"
    slug = "home"


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    introduction = "A standard page."


class BlogIndexPageFactory(PageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Blog"
    slug = "blog"


class BlogPostPageFactory(PageFactory):
    class Meta:
        model = BlogPostPage

    title = factory.Sequence(lambda n: f"Blog post {n}")
    date = datetime.date(2024, 5, 1)
    summary = "A post about local governance."


class ResourceLibraryPageFactory(PageFactory):
    class Meta:
        model = ResourceLibraryPage

    title = "Library"
    slug = "library"


class ResourcePageFactory(PageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Knowledge product {n}")
    summary = "A knowledge product."
    publication_date = datetime.date(2024, 3, 1)
    resource_type = factory.LazyFunction(lambda: ResourceTypeFactory())


class GlossaryPageFactory(PageFactory):
    class Meta:
        model = GlossaryPage

    title = "Glossary"
    slug = "glossary"


class GlossaryTermPageFactory(PageFactory):
    class Meta:
        model = GlossaryTermPage

    title = factory.Sequence(lambda n: f"Term {n}")
    definition = "<p>A definition used in tests.</p>"


def add_author(post: BlogPostPage, person: Person) -> None:
    """Attach an author to a post and republish, as an editor would in the admin."""
    post.authors.add(BlogPostAuthor(person=person))
    post.save_revision().publish()


def add_related_term(term: GlossaryTermPage, related: GlossaryTermPage) -> None:
    term.related_terms.add(GlossaryRelatedTerm(related_term=related))
    term.save_revision().publish()


def add_resource_file(
    resource: ResourcePage, document, language: str = "en", label: str = "Full text"
) -> None:
    resource.files.add(ResourceFile(document=document, language=language, label=label))
    resource.save_revision().publish()


def make_home_page() -> HomePage:
    """The site's home page, in place of Wagtail's default "Welcome" page (which holds the slug "home")."""
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


def make_site_tree() -> SimpleNamespace:
    """A home page and the three section indexes (blog, library, glossary), for data built once per module."""
    home = make_home_page()
    return SimpleNamespace(
        home=home,
        blog_index=BlogIndexPageFactory(parent=home),
        library=ResourceLibraryPageFactory(parent=home),
        glossary=GlossaryPageFactory(parent=home),
    )


def fresh(page: Page) -> Page:
    """The page as the database has it now: a test that changes a shared page changes only its own copy,
    and the change rolls back with the test's transaction."""
    return type(page).objects.get(pk=page.pk)
