"""Wagtail looks the active locale up with a query each time it is asked (``Locale.get_active()``: routing,
``page.localized``, listings in the reader's language), 4 to 9 times per page. Within a request the answer is
read once per language code (``traffic.scope``); outside a request, and for a code with no locale, Wagtail's
own lookup runs every time. A locale saved or deleted during the request is read again.

``language_codes()``, every locale's id and code (what a search reads first), is kept longer: once per
generation in each worker (``traffic.generation``; a locale saved or deleted starts a new one)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from traffic.generation import forget_kept, kept
from traffic.scope import forget, remember

_KEY = "traffic.locales"
_CODES_KEY = "traffic.locales.codes"
_wagtail_get_for_language = LocaleManager.get_for_language


def _get_for_language(manager: LocaleManager, language_code: str) -> Locale:
    known: dict[str, Locale] | None = remember(_KEY, dict) if manager.model is Locale else None
    if known is None:
        return _wagtail_get_for_language(manager, language_code)
    if language_code not in known:
        known[language_code] = _wagtail_get_for_language(manager, language_code)
    return known[language_code]


def language_codes() -> dict[int, str]:
    """Every locale's id and language code (a copy: the kept dict is shared by the worker's requests)."""
    return dict(kept(_CODES_KEY, _read_language_codes))


def _read_language_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("pk", "language_code"))


def _locales_changed(**kwargs) -> None:
    forget(_KEY)
    forget_kept(_CODES_KEY)


def memoise_locale_lookups() -> None:
    """Route ``Locale.objects.get_for_language`` (and so ``get_active``/``get_default``) through the memo."""
    LocaleManager.get_for_language = _get_for_language
    post_save.connect(_locales_changed, sender=Locale, dispatch_uid="traffic-locales-save")
    post_delete.connect(_locales_changed, sender=Locale, dispatch_uid="traffic-locales-delete")
