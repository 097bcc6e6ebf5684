"""Template filters for knowledge products' files, shared with the site-wide document link component."""

from django import template

from resources.metadata import document_file_size

register = template.Library()


@register.filter
def document_size(document) -> int | None:
    """Size in bytes of a Wagtail document (measured and stored once if never recorded), None if unknown.

    Pair with Django's ``filesizeformat`` for a human-readable size; a None hides the size instead of
    printing a misleading "0 bytes".
    """
    return document_file_size(document)
