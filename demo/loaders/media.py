"""Images and documents the pages use, made by the generators in demo/files.py and demo/datasets.py."""

from __future__ import annotations

from demo import datasets, files
from demo.data import SOURCE_LANGUAGE, collection
from demo.loaders.base import (
    SITE_NAME,
    html_to_paragraphs,
)

taxonomy = collection("taxonomy")
people = collection("people")
pages = collection("pages")
blog_posts = collection("blog_posts")
resources = collection("resources")


def banner_description(what: str, title: str) -> str:
    """Alt text of a generated banner or cover: what it is and the words printed on it."""
    return f"{what} “{title}”: its title in white over soft overlapping circles."


def image_description(spec: dict) -> str:
    """Alt text of a generated illustration: a chart's figures, or a banner's words."""
    if spec.get("kind") == "chart":
        unit = spec.get("unit", "")
        figures = ", ".join(
            f"{label} {value}{unit}" for label, value in zip(spec["labels"], spec["values"], strict=True)
        )
        return f"Bar chart, {spec['title'].removeprefix('Illustrative: ')}: {figures}."
    words = " — ".join(part for part in (spec.get("title"), spec.get("subtitle")) if part)
    return banner_description("Banner", words)


class MediaLoader:
    """Covers, feed images, illustrations and the resource files."""

    def load_files(self) -> None:
        for key, entry in resources.resources.items():
            text = entry[SOURCE_LANGUAGE]
            if entry.get("cover"):
                type_name = taxonomy.resource_types[entry["type"]][SOURCE_LANGUAGE]["name"]
                self.image(
                    f"Cover image: {key}",
                    f"cover-{key}.png",
                    lambda k=key, t=text["title"], s=type_name: files.banner_png(f"cover:{k}", t, s),
                    description=banner_description(f"Cover of the {type_name.lower()}", text["title"]),
                )
            for spec in entry["files"]:
                title = f"{text['title']} — {spec[SOURCE_LANGUAGE]['label']}"
                filename = f"lpsa-{spec['key']}.{spec['format']}"
                self.documents[spec["key"]] = self.document(
                    title, filename, lambda e=entry, s=spec: self.render_resource_file(e, s)
                )
        for slug, entry in blog_posts.posts.items():
            if entry.get("feed_image"):
                title = entry[SOURCE_LANGUAGE]["title"]
                subtitle = f"{SITE_NAME} · {entry['date'][:4]}"
                self.image(
                    f"Feed image: {slug}",
                    f"feed-{slug}.png",
                    lambda s=slug, t=title, sub=subtitle: files.banner_png(f"feed:{s}", t, sub),
                    description=banner_description("Banner of the post", title),
                )
        for key, spec in blog_posts.images.items():
            self.image(
                f"Illustration: {key}",
                f"illustration-{key}.png",
                lambda k=key, s=spec: render_image(k, s),
                description=image_description(spec),
            )
        hero = pages.home["hero_image"]
        self.image(
            "Hero image: home",
            "hero-home.png",
            lambda: render_image("hero", hero),
            description=image_description(hero),
        )

    def render_resource_file(self, entry: dict, spec: dict) -> bytes:
        text = entry[SOURCE_LANGUAGE]
        if spec["format"] == "xlsx":
            return files.xlsx_bytes(text["title"], datasets.DATASETS[spec["dataset"]]())
        label = spec[SOURCE_LANGUAGE]["label"].replace(" (PDF)", "")
        meta = [
            f"Publication date: {entry['publication_date']}",
            "Authors: " + ", ".join(people.people[slug]["name"] for slug in entry["authors"]),
        ]
        meta += [f"DOI: {entry['doi']}"] if entry["doi"] else []
        meta += [f"ISBN: {entry['isbn']}"] if entry["isbn"] else []
        meta.append("Demonstration file generated for the Decentralization.Net demo site.")
        if "text" in spec:
            return files.pdf_bytes(
                spec["text"]["title"],
                spec["text"]["paragraphs"],
                subtitle=label,
                meta=meta,
                language=spec["language"],
            )
        paragraphs = [text["summary"]]
        for block_type, value in text["body"]:
            if block_type == "paragraph":
                paragraphs += html_to_paragraphs(value)
            elif block_type == "call_out":
                paragraphs += [value["title"], *html_to_paragraphs(value["text"])]
        return files.pdf_bytes(
            text["title"], paragraphs, subtitle=label, meta=meta, language=spec["language"]
        )


def render_image(key: str, spec: dict) -> bytes:
    if spec["kind"] == "chart":
        return files.chart_png(key, spec["title"], spec["labels"], spec["values"], spec.get("unit", ""))
    return files.banner_png(f"illustration:{key}", spec["title"], spec.get("subtitle", ""))
