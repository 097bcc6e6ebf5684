"""What the impact report needs to know about knowledge products, answered by the app that owns them.

`impact` attributes a counted download to products and counts the products published without reading this
app's models (one owner for "which product is this file part of")."""

import datetime

from django.db.models import Min
from wagtail.models import Locale

from resources.models import ResourceFile, ResourcePage


def products_for_document(document_id: int) -> list[tuple[int, str]]:
    """(product page id, file language) for every knowledge product that links the document.

    Translations of one product share a translation key and count as one product: the download is attributed
    to the version in the default locale when there is one (else the oldest), in the language of the file as
    the editors labelled it on that product.
    """
    default_locale_id = Locale.get_default().pk
    rows = (
        ResourceFile.objects.filter(document_id=document_id)
        .values_list("resource_id", "resource__translation_key", "resource__locale_id", "language")
        .order_by("resource_id", "sort_order", "pk")
    )
    chosen: dict = {}
    for resource_id, translation_key, locale_id, language in rows:
        rank = (locale_id != default_locale_id, resource_id)
        if translation_key not in chosen or rank < chosen[translation_key][0]:
            chosen[translation_key] = (rank, resource_id, language)
    return sorted((resource_id, language) for _, resource_id, language in chosen.values())


def products_published(start: datetime.date, end: datetime.date) -> int:
    """Knowledge products (translations counted once) whose publication date falls between the two days."""
    return (
        ResourcePage.objects.live()
        .order_by()
        .values("translation_key")
        .annotate(first=Min("publication_date"))
        .filter(first__gte=start, first__lte=end)
        .count()
    )
