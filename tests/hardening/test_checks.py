"""The deployment checks stay clean, and the hardening checks catch unsafe upload settings."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from hardening.checks import check_upload_settings

ROOT = Path(__file__).resolve().parents[2]


def test_deploy_check_with_production_settings_reports_nothing():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "decentralization.net",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_settings_pass_the_hardening_checks():
    assert check_upload_settings(None) == []


@pytest.mark.parametrize(
    ("setting", "value", "error_id"),
    [
        ("WAGTAILDOCS_SERVE_METHOD", "direct", "hardening.E001"),
        ("WAGTAILDOCS_EXTENSIONS", [], "hardening.E002"),
        ("WAGTAILDOCS_EXTENSIONS", ["pdf", "html"], "hardening.E003"),
        ("WAGTAILDOCS_DOCUMENT_FORM_BASE", "", "hardening.E004"),
        ("WAGTAILIMAGES_EXTENSIONS", ["png", "svg"], "hardening.E005"),
        ("WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT", False, "hardening.E006"),
        ("WAGTAILIMAGES_IMAGE_FORM_BASE", "wagtail.images.forms.BaseImageForm", "hardening.E007"),
    ],
)
def test_unsafe_upload_settings_are_errors(settings, setting, value, error_id):
    setattr(settings, setting, value)
    assert [error.id for error in check_upload_settings(None)] == [error_id]
