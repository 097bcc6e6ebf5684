"""Blog posts (demo/content/blog_posts.json)."""

from __future__ import annotations

from blog.models import BlogPostAuthor
from demo.data import SOURCE_LANGUAGE, collection
from demo.loaders.base import (
    parse_date,
    publication_datetime,
)

blog_posts = collection("blog_posts")


class BlogLoader:
    """Publishes the blog posts."""

    def publish_blog(self, code: str = SOURCE_LANGUAGE) -> None:
        for slug, entry in blog_posts.posts.items():
            text = entry.get(code)
            if text is None:
                continue
            self.publish_page(
                self.page_kind("blog posts", code),
                self.page_in(code, f"blog/{slug}"),
                fields={
                    "title": text["title"],
                    "date": parse_date(entry["date"]),
                    "summary": text["summary"],
                    "feed_image": self.images.get(f"Feed image: {slug}"),
                    "body": self.stream(f"blog/{slug}", text["body"], code),
                },
                many={
                    "topics": [self.snippet(code, "topics", topic) for topic in entry["topics"]],
                    "countries": [self.snippet(code, "countries", country) for country in entry["countries"]],
                },
                children={
                    "authors": (
                        BlogPostAuthor,
                        [{"person": self.snippet(code, "people", person)} for person in entry["authors"]],
                    ),
                },
                first_published_at=publication_datetime(entry["date"]),
            )
