"""Spreadsheet imports for editors: reading an uploaded CSV/XLSX within bounds (``tabular``) and the one
upload → preview → confirm admin view every importer plugs into (``imports``). Shared by the glossary's and
the library's importers; imports no project app."""
