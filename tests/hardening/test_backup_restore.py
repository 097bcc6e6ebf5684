"""Backup and restore (make backup / make restore): a round trip into a fresh database and media folder gives
the same rows, page tree, media files and pages; damaged archives and non-empty targets are refused."""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client, RequestFactory
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.images import get_image_model
from wagtail.models import Page

from hardening.backup import MANIFEST, SIGNATURE, database_is_empty
from tests.hardening import files

ROOT = Path(__file__).resolve().parents[2]
NONCE = re.compile(r"""(nonce=["']|'nonce-)[A-Za-z0-9+/=_-]+""")


@pytest.fixture
def site_with_media(public_site, settings):
    """The public site plus an image shown on the blog post (an original and its renditions in media/)."""
    settings.IMPACT_FLUSH_SECONDS = 0  # page-view counts are written during the request, not later
    image = get_image_model().objects.create(
        title="Council meeting", file=ContentFile(files.png_bytes(900, 600), name="council.png")
    )
    post = public_site["blog_post"]
    post.feed_image = image
    post.save_revision().publish()
    return public_site


def sitemap_paths() -> list[str]:
    """The URLs Wagtail's sitemap view lists, as paths."""
    response = sitemap(RequestFactory().get("/sitemap.xml"))
    response.render()
    tree = ElementTree.fromstring(response.content)
    locations = [element.text for element in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    return [urlsplit(location).path for location in locations]


def rendered_pages(paths: list[str]) -> dict[str, str]:
    """Each page's HTML with the per-request CSP nonce normalised."""
    client = Client()
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        pages[path] = NONCE.sub(r"\1NONCE", response.content.decode())
    return pages


def row_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def page_tree() -> list[tuple]:
    return list(
        Page.objects.order_by("path").values_list(
            "id", "path", "depth", "numchild", "title", "slug", "url_path", "live", "content_type__model"
        )
    )


def media_hashes(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def wipe_database() -> None:
    """Make the test database a fresh, empty one (no table at all), as on a new server."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    else:
        connection.ensure_connection()
        sqlite3.connect(":memory:").backup(connection.connection)
    assert database_is_empty()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_round_trip_into_a_fresh_database_and_media_folder(site_with_media, settings, tmp_path):
    paths = sitemap_paths()
    assert len(paths) == len(site_with_media)
    html_before = rendered_pages(paths)
    assert any('srcset="' in html for html in html_before.values())  # renditions made and stored
    counts_before, tree_before = row_counts(), page_tree()
    media_before = media_hashes(Path(settings.MEDIA_ROOT))
    assert any(name.startswith("images/") for name in media_before)
    assert any(name.startswith("documents/") for name in media_before)

    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", output=str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as opened:
        assert opened.getnames()[:2] == [
            SIGNATURE,
            MANIFEST,
        ]  # signed manifest first: checked while streaming

    wipe_database()
    settings.MEDIA_ROOT = str(tmp_path / "new-media")
    call_command("restore_site", str(archive), stdout=io.StringIO())

    assert row_counts() == counts_before
    assert page_tree() == tree_before
    assert media_hashes(Path(settings.MEDIA_ROOT)) == media_before
    assert rendered_pages(sitemap_paths()) == html_before


def rewrite_archive(source: Path, target: Path, change) -> None:
    """Copy an archive member by member through ``change(name, data) -> data | None`` (None drops it)."""
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = change(member.name, old.extractfile(member).read())
            if data is not None:
                member.size = len(data)
                new.addfile(member, io.BytesIO(data))


@pytest.fixture
def archive(site_with_media, tmp_path) -> Path:
    path = tmp_path / "site.tar.gz"
    call_command("backup_site", output=str(path), stdout=io.StringIO())
    return path


@pytest.fixture
def empty_media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "empty-media")
    return Path(settings.MEDIA_ROOT)


def restore_error(path: Path, force: bool = False) -> str:
    with pytest.raises(CommandError) as error:
        call_command("restore_site", str(path), force=force, stdout=io.StringIO())
    message = str(error.value)
    assert "\n" not in message and str(path) in message
    return message


def unchanged(pages_before: int, media_root: Path, media_before: dict[str, str]) -> bool:
    return Page.objects.count() == pages_before and media_hashes(media_root) == media_before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_non_empty_database_is_refused_unless_forced(archive, empty_media):
    pages = Page.objects.count()
    assert "database is not empty" in restore_error(archive)
    assert Page.objects.count() == pages and not any(empty_media.rglob("*"))

    call_command("restore_site", str(archive), force=True, stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert any(path.name == "council.png" for path in empty_media.rglob("*"))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_non_empty_media_folder_is_refused(archive, settings):
    media_root = Path(settings.MEDIA_ROOT)
    before = media_hashes(media_root)
    assert "media folder" in restore_error(archive)
    assert media_hashes(media_root) == before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_changed_file_fails_the_checksum_even_when_forced(archive, empty_media, tmp_path):
    damaged = tmp_path / "damaged.tar.gz"

    def flip_a_byte(name: str, data: bytes) -> bytes:
        return data[:-1] + bytes([data[-1] ^ 1]) if name.endswith("council.png") else data

    rewrite_archive(archive, damaged, flip_a_byte)
    pages = Page.objects.count()
    message = restore_error(damaged, force=True)
    assert "checksum mismatch for media/original_images/council.png" in message
    assert unchanged(pages, empty_media, {})


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_missing_extra_and_unsafe_members_are_refused(archive, empty_media, tmp_path):
    pages = Page.objects.count()
    cases = {
        "without-manifest": (lambda name, data: None if name == MANIFEST else data, "no manifest.json"),
        "without-dump": (
            lambda name, data: None if name.startswith("database/") else data,
            "missing, first database/",
        ),
        "missing-file": (lambda name, data: None if name.endswith("council.png") else data, "missing"),
    }
    for label, (change, expected) in cases.items():
        broken = tmp_path / f"{label}.tar.gz"
        rewrite_archive(archive, broken, change)
        assert expected in restore_error(broken, force=True), label

    escaping = tmp_path / "escaping.tar.gz"
    with tarfile.open(archive) as old, tarfile.open(escaping, "w:gz") as new:
        for member in old.getmembers():
            new.addfile(member, old.extractfile(member))
        info = tarfile.TarInfo("../outside.txt")
        info.size = 4
        new.addfile(info, io.BytesIO(b"evil"))
    assert "unexpected member" in restore_error(escaping, force=True)
    assert not (tmp_path / "outside.txt").exists()
    assert unchanged(pages, empty_media, {})


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_files_that_are_not_archives_are_refused(archive, empty_media, tmp_path):
    pages = Page.objects.count()
    text = tmp_path / "notes.tar.gz"
    text.write_text("not an archive")
    assert "not a readable backup archive" in restore_error(text, force=True)
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    assert "not a readable backup archive" in restore_error(truncated, force=True)
    assert "no such file" in restore_error(tmp_path / "absent.tar.gz")
    assert unchanged(pages, empty_media, {})


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_command_line_prints_one_line_and_fails(tmp_path):
    """What an operator sees from `make restore FILE=…` with a bad file: one line naming it, exit status 1."""
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(b"\x1f\x8b\x08garbage")
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": _database_url(),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "restore_site", str(bad)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "not a readable backup archive" in lines[0], lines


def _database_url() -> str:
    """The test database as a URL for a child process (SQLite: a file-less database of its own)."""
    params = django_settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        return "sqlite:///:memory:"
    return f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST']}:{params['PORT']}/{connection.settings_dict['NAME']}"
