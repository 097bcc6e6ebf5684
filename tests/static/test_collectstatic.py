"""Production static files: hashed names, gzip and Brotli copies, cached forever (WhiteNoise).

Runs collectstatic with the production storage (decnet.settings.production STORAGES) into a temporary
STATIC_ROOT, then serves the result through the real middleware stack.
"""

import gzip
import importlib
import json
import os
from unittest import mock

import brotli
import pytest
from django.core.management import call_command
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db
FOREVER = "max-age=315360000, public, immutable"


def production_settings():
    """The production settings module, imported with the two values it requires from the environment."""
    with mock.patch.dict(os.environ, {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "decentralization.net"}):
        return importlib.import_module("decnet.settings.production")


@pytest.fixture
def collected(tmp_path):
    root = tmp_path / "static"
    with override_settings(
        STATIC_ROOT=root,
        STORAGES=production_settings().STORAGES,
        # Only the site's own files (static/): the admin's thousands of files would only slow the test.
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


def test_production_storage_is_whitenoise_compressed_manifest():
    assert production_settings().STORAGES["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_collectstatic_writes_hashed_gzip_and_brotli_files(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css" and hashed.startswith("css/site.") and hashed.endswith(".css")
    original = (collected / hashed).read_bytes()
    assert gzip.decompress((collected / f"{hashed}.gz").read_bytes()) == original
    assert brotli.decompress((collected / f"{hashed}.br").read_bytes()) == original


def test_hashed_files_are_served_compressed_and_cached_forever(collected):
    hashed = json.loads((collected / "staticfiles.json").read_text())["paths"]["css/site.css"]
    client = Client()  # a new client loads the middleware (WhiteNoise reads STATIC_ROOT) under these settings
    response = client.get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert response["Cache-Control"] == FOREVER
    assert "Accept-Encoding" in response["Vary"]
    assert int(response["Content-Length"]) < (collected / hashed).stat().st_size

    gzipped = client.get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"


def test_unhashed_names_are_not_cached_forever(collected):
    response = Client().get("/static/css/site.css")
    assert response.status_code == 200
    assert "immutable" not in response.get("Cache-Control", "")


def test_pages_link_the_hashed_stylesheet(collected, home_page):
    with override_settings(DEBUG=False):
        html = Client().get("/en/").text
    hashed = json.loads((collected / "staticfiles.json").read_text())["paths"]["css/site.css"]
    assert f'href="/static/{hashed}"' in html
