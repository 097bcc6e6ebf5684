"""Display-ready facts about knowledge products and their files (DOI links, file sizes).

Plain functions so templates only print values, and so the rules (what a DOI link looks like, what happens
when a document's size was never recorded) are tested on their own.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

logger = logging.getLogger(__name__)

DOI_RESOLVER = "https://doi.org/"

# What editors paste in front of a DOI: a resolver URL (doi.org, dx.doi.org, http or https) or "doi:".
_DOI_PREFIX_RE = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_SIZE_CHECKED = "_decnet_file_size_checked"


def normalise_doi(doi: str | None) -> str:
    """The bare DOI ("10.1234/abcd"), whether the editor typed it bare, as "doi:…" or as a resolver URL."""
    return _DOI_PREFIX_RE.sub("", (doi or "").strip()).strip()


def doi_url(doi: str | None) -> str | None:
    """The https://doi.org/ link of a DOI, or None when there is no DOI.

    Characters that are not safe in a URL path (DOIs may contain ``<``, ``#``, ``?``, ``;``…) are
    percent-encoded, as the DOI Handbook asks; the ``/`` between prefix and suffix is kept.
    """
    bare = normalise_doi(doi)
    return f"{DOI_RESOLVER}{quote(bare, safe='/')}" if bare else None


def document_file_size(document) -> int | None:
    """The document's size in bytes, measuring and storing it once when Wagtail never recorded it.

    Documents created outside the admin's upload form (imports, scripts, fixtures) have ``file_size`` None.
    The first time such a document is shown, the size is read from storage and written back with a plain
    UPDATE (no signals, no search re-indexing, no overwrite of a size stored meanwhile), so later requests
    read it from the row. A missing or unreadable file gives None (the size is then simply not shown) and is
    not retried within the same request: a broken storage must never turn a page into a server error.
    """
    if document is None:
        return None
    if document.file_size is not None:
        return document.file_size
    if getattr(document, _SIZE_CHECKED, False):
        return None
    setattr(document, _SIZE_CHECKED, True)
    try:
        size = document.file.size
    except Exception:  # any storage backend error (missing file, network…) means "unknown"
        logger.warning("Cannot read the size of document %s (%s).", document.pk, document.file.name)
        return None
    if size is None or size < 0:
        return None
    document.file_size = size
    if document.pk is not None:
        type(document).objects.filter(pk=document.pk, file_size__isnull=True).update(file_size=size)
    return size
