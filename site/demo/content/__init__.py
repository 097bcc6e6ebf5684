"""Demo content as plain Python data.

Conventions shared by every module here, so that translations can be added without touching the loader:

* Each collection is a dict keyed by a stable key (slug, ISO code…). The key never changes once published:
  the loader uses it to find the existing object on the next run.
* Language-neutral facts (dates, ISO codes, links between items) sit at the top level of an entry.
* Translatable text sits under a language code: ``entry["en"] = {"title": …, "summary": …}``. Adding French
  means adding ``entry["fr"] = {…}`` with the same keys; the English text is the source of truth.
* Rich text is HTML limited to the features the fields allow. A link to another demo page is written
  ``<a page="glossary/own-source-revenue">…</a>`` (the page's slug path below the home page); the loader
  turns it into a Wagtail page link.
"""

SOURCE_LANGUAGE = "en"
# Languages the demo site is translated into. An entry without text in one of them is not translated into it;
# a translated item needs its section (blog index, library, glossary) translated too.
TRANSLATION_LANGUAGES = ("fr", "es", "pt", "ar")
