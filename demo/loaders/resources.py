"""Knowledge products and their files (demo/content/resources.json)."""

from __future__ import annotations

from demo.data import SOURCE_LANGUAGE, collection
from demo.loaders.base import (
    parse_date,
    publication_datetime,
)
from resources.models import ResourceAuthor, ResourceFile

resources = collection("resources")


class ResourcesLoader:
    """Publishes the knowledge products."""

    def publish_resources(self, code: str = SOURCE_LANGUAGE) -> None:
        for slug, entry in resources.resources.items():
            text = entry.get(code)
            if text is None:
                continue
            cover = self.images.get(f"Cover image: {slug}")
            labels = text.get("files") or [spec[SOURCE_LANGUAGE]["label"] for spec in entry["files"]]
            if len(labels) != len(entry["files"]):
                raise ValueError(f"resources/{slug} ({code}): one file label per file, in order.")
            self.publish_page(
                self.page_kind("resources", code),
                self.page_in(code, f"resources/{slug}"),
                fields={
                    "title": text["title"],
                    "resource_type": self.snippet(code, "resource types", entry["type"]),
                    "summary": text["summary"],
                    "body": self.stream(f"resources/{slug}", text["body"], code),
                    "cover_image": cover,
                    "publication_date": parse_date(entry["publication_date"]),
                    "publisher": entry.get("publisher", "Local Public Sector Alliance"),
                    "doi": entry["doi"],
                    "isbn": entry["isbn"],
                },
                many={
                    "topics": [self.snippet(code, "topics", topic) for topic in entry["topics"]],
                    "countries": [self.snippet(code, "countries", country) for country in entry["countries"]],
                },
                children={
                    "authors": (
                        ResourceAuthor,
                        [{"person": self.snippet(code, "people", person)} for person in entry["authors"]],
                    ),
                    "files": (
                        ResourceFile,
                        [
                            {
                                "document": self.documents[spec["key"]],
                                "language": spec["language"],
                                "label": label,
                            }
                            for spec, label in zip(entry["files"], labels, strict=True)
                        ],
                    ),
                },
                first_published_at=publication_datetime(entry["publication_date"]),
            )
