"""Glossary terms (demo/content/glossary.json)."""

from __future__ import annotations

from demo.data import SOURCE_LANGUAGE, collection
from demo.loaders.base import publication_datetime
from glossary.models import GlossaryRelatedTerm

glossary = collection("glossary")


class GlossaryLoader:
    """Publishes the glossary terms."""

    def publish_glossary(self, code: str = SOURCE_LANGUAGE) -> None:
        for slug, entry in glossary.terms.items():
            text = entry.get(code)
            if text is None:
                continue
            # A translated term relates to the translations of its related terms; untranslated ones are left
            # out rather than sending the reader to another language.
            related = [other for other in entry["related"] if self.has_page(code, f"glossary/{other}")]
            self.publish_page(
                self.page_kind("glossary terms", code),
                self.page_in(code, f"glossary/{slug}"),
                fields={
                    "title": text["title"],
                    # Abbreviations are language-specific: a translation has one only if it says so.
                    "abbreviation": text.get(
                        "abbreviation", "" if code != SOURCE_LANGUAGE else entry["abbreviation"]
                    ),
                    "definition": self.rich_text(text["definition"], code),
                    "synonyms": text["synonyms"],
                    "sources": self.rich_text(text.get("sources", entry[SOURCE_LANGUAGE]["sources"]), code),
                },
                many={"topics": [self.snippet(code, "topics", topic) for topic in entry["topics"]]},
                children={
                    "related_terms": (
                        GlossaryRelatedTerm,
                        [
                            {"related_term": self.page_in(code, f"glossary/{other}").specific}
                            for other in related
                        ],
                    )
                },
                # When the term went online (with the glossary's edition or a later addition), not the day the
                # demo was loaded: readers sort and filter terms by it (ContentPage.listing_date).
                first_published_at=publication_datetime(entry["published"]),
            )
