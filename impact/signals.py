"""Marks the document being delivered, for the middleware to count when the response is out."""

from impact import rules


def mark_served_document(sender, instance, request, **kwargs) -> None:
    setattr(request, rules.DOCUMENT_ATTRIBUTE, instance)
