"""Mail settings from the environment: ``EMAIL_URL`` or the usual ``EMAIL_*`` variables."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}


def email_settings(env: Mapping[str, str]) -> dict[str, object]:
    """Django's EMAIL_* settings (and DEFAULT_FROM_EMAIL / SERVER_EMAIL when EMAIL_FROM is set)."""
    values: dict[str, object] = {}
    url = env.get("EMAIL_URL", "").strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme not in _BACKENDS:
            raise ImproperlyConfigured(f"EMAIL_URL must start with one of {', '.join(_BACKENDS)}://")
        values["EMAIL_BACKEND"] = _BACKENDS[parts.scheme]
        if parts.scheme in {"smtp", "smtps"}:
            query = {key: value[-1] for key, value in parse_qs(parts.query, keep_blank_values=True).items()}
            values["EMAIL_HOST"] = parts.hostname or "localhost"
            values["EMAIL_PORT"] = parts.port or (465 if parts.scheme == "smtps" else 25)
            values["EMAIL_HOST_USER"] = unquote(parts.username or "")
            values["EMAIL_HOST_PASSWORD"] = unquote(parts.password or "")
            flag = {key: value.lower() in _TRUE | {""} for key, value in query.items()}
            values["EMAIL_USE_SSL"] = parts.scheme == "smtps" or flag.get("ssl", False)
            values["EMAIL_USE_TLS"] = flag.get("tls", False)
    else:
        if env.get("EMAIL_BACKEND"):
            values["EMAIL_BACKEND"] = env["EMAIL_BACKEND"]
        if env.get("EMAIL_HOST"):
            values["EMAIL_HOST"] = env["EMAIL_HOST"]
            values["EMAIL_PORT"] = int(env.get("EMAIL_PORT", "25"))
            values["EMAIL_HOST_USER"] = env.get("EMAIL_HOST_USER", "")
            values["EMAIL_HOST_PASSWORD"] = env.get("EMAIL_HOST_PASSWORD", "")
            values["EMAIL_USE_TLS"] = env.get("EMAIL_USE_TLS", "").lower() in _TRUE
            values["EMAIL_USE_SSL"] = env.get("EMAIL_USE_SSL", "").lower() in _TRUE
    if values.get("EMAIL_USE_TLS") and values.get("EMAIL_USE_SSL"):
        raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on")
    if env.get("EMAIL_FROM"):
        values["DEFAULT_FROM_EMAIL"] = values["SERVER_EMAIL"] = env["EMAIL_FROM"]
    values["EMAIL_TIMEOUT"] = int(env.get("EMAIL_TIMEOUT", "10"))
    return values
