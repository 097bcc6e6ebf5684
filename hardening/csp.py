"""Content-Security-Policy: a strict policy for the public site and a looser, documented one for the admin.

Public pages (everything outside the Wagtail admin) run no inline script and no inline style: every script
and stylesheet must come from the site itself. If a template ever truly needs an inline ``<script>`` or
``<style>``, it writes ``nonce="{{ request.csp_nonce }}"`` on it; the nonce is created only when a template
reads it, and only then added to the policy.

The Wagtail admin (its login page, editors' views, page previews) cannot work under that policy: Wagtail and
wagtail-localize render inline ``<script>`` blocks and ``style=""`` attributes, and the accessibility checker
(axe-core, in Wagtail's core.js) compiles its templates with ``new Function``. The admin therefore allows
'unsafe-inline' and 'unsafe-eval' for scripts and styles, images from any https origin (oEmbed thumbnails),
Wagtail's release check (connect-src releases.wagtail.org) and framing by the admin itself (the live preview
panel shows the page in an iframe). It still forbids plugins, foreign <base> elements, forms posting
elsewhere and framing by other sites. Only signed-in editors reach it.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from django.conf import settings

Directives = dict[str, list[str]]

# Features no page of the site uses: denied to the page and to every frame it embeds.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), browsing-topics=()"
)
# What a served document may do when a browser displays it (PDF inline): nothing.
DOCUMENT_POLICY = "default-src 'none'"
# The iframe origins of embedded media when settings.HARDENING_CSP_FRAME_SRC is not set.
DEFAULT_FRAME_SRC = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]


class CspNonce:
    """A per-request nonce created on first use, so a policy only names a nonce that a template used."""

    def __init__(self) -> None:
        self._value: str | None = None

    def __str__(self) -> str:
        if self._value is None:
            self._value = secrets.token_urlsafe(18)
        return self._value

    @property
    def used(self) -> str | None:
        """The nonce if a template read it, else None."""
        return self._value


def _origin(url: str) -> str | None:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in {"http", "https"} and parts.netloc else None


def _asset_origins() -> list[str]:
    """Static files and media served from another origin (a CDN) must be allowed where they are used."""
    origins = [_origin(getattr(settings, name, "")) for name in ("STATIC_URL", "MEDIA_URL")]
    return sorted({origin for origin in origins if origin})


def _frame_sources() -> list[str]:
    return list(getattr(settings, "HARDENING_CSP_FRAME_SRC", DEFAULT_FRAME_SRC))


def public_directives(nonce: str | None = None) -> Directives:
    """The public site's policy: no inline code, nothing from other origins except embedded media frames."""
    assets = _asset_origins()
    scripts = ["'self'", *assets, *([f"'nonce-{nonce}'"] if nonce else [])]
    frames = _frame_sources()
    return {
        "default-src": ["'self'"],
        "script-src": scripts,
        "style-src": list(scripts),
        "img-src": ["'self'", *assets],
        "font-src": ["'self'", *assets],
        "media-src": ["'self'", *assets],
        "connect-src": ["'self'"],
        "frame-src": frames or ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }


def admin_directives() -> Directives:
    """The Wagtail admin's policy (see the module docstring for why each exception is needed)."""
    assets = _asset_origins()
    return {
        "default-src": ["'self'", *assets],
        "script-src": ["'self'", *assets, "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", *assets, "'unsafe-inline'"],
        "img-src": ["'self'", *assets, "data:", "blob:", "https:"],
        "font-src": ["'self'", *assets, "data:"],
        "media-src": ["'self'", *assets, "blob:"],
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        "worker-src": ["'self'", "blob:"],
        "frame-src": ["'self'", *_frame_sources()],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }


def serialize(directives: Directives) -> str:
    """The header value: directives in a stable order, separated by "; "."""
    return "; ".join(" ".join([name, *values]) for name, values in directives.items())


def parse(header: str) -> Directives:
    """Split a policy header into its directives (the first occurrence of a directive wins)."""
    directives: Directives = {}
    for part in header.split(";"):
        tokens = part.split()
        if tokens and tokens[0].lower() not in directives:
            directives[tokens[0].lower()] = tokens[1:]
    return directives
