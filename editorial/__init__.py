"""The editors' shared tools: page forms whose choosers speak the page's language (``editing``) and the
translation rules (``translation``: a translated page's relations in its own language, the Translators
group's rights per language). Imports no project app; see docs/editors.md and docs/languages.md."""
