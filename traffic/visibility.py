"""Which pages a reader may be shown: Wagtail's ``PageQuerySet.public()`` reads every view restriction each
time it is called, and a page asks it 5 to 17 times (menu, footer, language versions, listings, related
items, hubs). ``public()`` here gives the same pages with the restrictions read once per generation in each
worker process (``traffic.generation``: saving or deleting a restriction, moving or deleting a page starts a
new one) and at most once per request; a restriction saved or deleted during the request is read again."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.signals import post_page_move

from traffic.generation import forget_kept, kept

_KEY = "traffic.visibility.view_restrictions"


def public(pages: PageQuerySet) -> PageQuerySet:
    """``pages`` without the restricted sections (each restricted page and its descendants)."""
    private = Q()
    for restriction in view_restrictions():
        private |= pages.descendant_of_q(restriction.page, inclusive=True)
    return pages.exclude(private) if private else pages


def view_restrictions() -> list[PageViewRestriction]:
    """Every view restriction of the site, with its page (usually none, or a few); a new list each time, as
    the kept one serves every request of the worker."""
    return list(kept(_KEY, _read_restrictions))


def _read_restrictions() -> list[PageViewRestriction]:
    return list(PageViewRestriction.objects.select_related("page").order_by("pk"))


def _restrictions_changed(**kwargs) -> None:
    forget_kept(_KEY)


post_save.connect(_restrictions_changed, sender=PageViewRestriction, dispatch_uid="traffic-visibility-save")
post_delete.connect(_restrictions_changed, sender=PageViewRestriction, dispatch_uid="traffic-visibility-del")
# A restricted page moved: the kept restriction's page has the old path (the move starts a new generation,
# which this request, having read the generation at its start, does not see).
post_page_move.connect(_restrictions_changed, dispatch_uid="traffic-visibility-move")
