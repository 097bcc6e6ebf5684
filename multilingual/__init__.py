"""Everything the site knows about languages: the one language table (``languages``: code, native name,
Open Graph locale, search analysis, alphabet, text-search configuration), the Locale rows made from it
(``locales``, ``manage.py sync_locales``), and pages' language versions, placeholders and the reader's
language (``i18n``). Imports no project app; the settings import it before Django is set up, so nothing
here imports Django at package level. See docs/languages.md."""
