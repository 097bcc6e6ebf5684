"""The blog's place in the site: a listing section (feeds advertised on every page, newest posts on home)."""

from wagtail import hooks

from blog.models import BlogIndexPage


@hooks.register("decnet_listing_sections", order=10)
def blog_section() -> type[BlogIndexPage]:
    return BlogIndexPage
