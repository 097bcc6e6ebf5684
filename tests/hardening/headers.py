"""Assertions on security headers and on what an HTML page would need from its policy."""

from __future__ import annotations

from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from hardening import csp

JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}


def policy(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    return csp.parse(header)


def sources(directives: dict[str, list[str]], name: str) -> list[str]:
    """A fetch directive's sources, falling back to default-src as browsers do."""
    return directives.get(name, directives.get("default-src", []))


def allows_inline(directives: dict[str, list[str]], name: str) -> bool:
    """'unsafe-inline' counts only when no nonce or hash is present (browsers then ignore it)."""
    values = sources(directives, name)
    has_nonce_or_hash = any(value.startswith(("'nonce-", "'sha")) for value in values)
    return "'unsafe-inline'" in values and not has_nonce_or_hash


def inline_code(html: str) -> dict[str, list[str]]:
    """Inline scripts (executable types), event-handler attributes, <style> elements and style attributes."""
    soup = BeautifulSoup(html, "html.parser")
    scripts = [
        str(tag)[:120]
        for tag in soup.find_all("script")
        if not tag.get("src") and (tag.get("type") or "").strip().lower() in JAVASCRIPT_TYPES
    ]
    handlers = [
        f"{tag.name}[{attribute}]"
        for tag in soup.find_all(True)
        for attribute in tag.attrs
        if attribute.lower().startswith("on")
    ]
    styles = [str(tag)[:120] for tag in soup.find_all("style")]
    style_attributes = [f"{tag.name}[style]" for tag in soup.find_all(style=True)]
    return {"scripts": scripts, "handlers": handlers, "styles": styles, "style_attributes": style_attributes}


def loaded_urls(html: str) -> list[str]:
    """What the page makes the browser fetch: scripts, stylesheets, images, frames."""
    soup = BeautifulSoup(html, "html.parser")
    urls = [tag["src"] for tag in soup.find_all(["script", "img", "iframe"]) if tag.get("src")]
    urls += [tag["href"] for tag in soup.find_all("link") if "stylesheet" in (tag.get("rel") or [])]
    return urls


def is_same_origin(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc or parts.netloc == "testserver"
