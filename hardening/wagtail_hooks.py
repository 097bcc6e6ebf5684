"""Serve-time check that a page's other language versions are not restricted (hardening/restrictions.py)."""

from django.urls import reverse
from wagtail import hooks
from wagtail.models import PageViewRestriction

from hardening.restrictions import translations_restrictions
from traffic.visibility import view_restrictions


@hooks.register("before_serve_page")
def refuse_when_another_language_is_restricted(page, request, serve_args, serve_kwargs):
    """Restrictions are copied to every translation when saved; this covers rows that predate the copy.

    Answers as Wagtail's own check does: the password form, or the login page."""
    if not view_restrictions():
        return None  # no restriction anywhere on the site (read once per request, traffic/visibility.py)
    if page.get_view_restrictions():
        return None  # Wagtail's own hook handles the page's own restrictions
    for restriction in translations_restrictions(page):
        if restriction.accept_request(request):
            continue
        if restriction.restriction_type == PageViewRestriction.PASSWORD:
            from wagtail.forms import PasswordViewRestrictionForm

            form = PasswordViewRestrictionForm(
                instance=restriction, initial={"return_url": request.get_full_path()}
            )
            action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
            return page.serve_password_required_response(request, form, action_url)
        from wagtail.wagtail_hooks import require_wagtail_login

        return require_wagtail_login(next=request.get_full_path())
    return None
