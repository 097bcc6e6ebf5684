"""Backup and restore of the whole site: the database and the media files in one archive, with a manifest of
SHA-256 checksums, so that years of content can be carried to a new server and checked on arrival.

The archive is a gzip-compressed tar file (format 2):

* ``manifest.sig`` first: the HMAC-SHA256 of the manifest, keyed with ``BACKUP_SIGNING_KEY`` (or, when that
  is unset, a key derived from ``SECRET_KEY``; docs/backup.md);
* ``manifest.json``: the format version, the database vendor and each member's size and SHA-256;
* ``database/postgresql.dump`` (``pg_dump`` custom format) or ``database/sqlite3.db`` (SQLite's backup API);
* ``media/…``, every regular file under ``MEDIA_ROOT`` (uploads and renditions).

Because the signed manifest comes first, a restore checks while it streams: a member must be listed, its size
must be the declared one, and no more than that is ever written; the gzip stream must end with its intact
trailer. Everything goes to a staging folder before the database or the media folder is touched, so that a
refused archive changes nothing. The database is then replaced in one transaction (``pg_restore`` output fed
to ``psql --single-transaction``; SQLite's backup API), and the media files are moved in last.

``backup_site`` runs the same check on its own archive before it reports success.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import hmac
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

FORMAT_VERSION = 2
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
# The manifest is held in memory while its signature is checked. Its size is not capped by a constant (a
# site with 100,000 files has a 15 MB manifest) but relative to the archive: JSON never expands to more than
# this many times its compressed size, which a gzip bomb does.
MANIFEST_EXPANSION_LIMIT = 100
# Bytes allowed after the tar end marker (tar pads to a 10 KiB record; anything more is not ours).
TRAILING_LIMIT = 64 * 1024
MEDIA_PREFIX = "media/"
DATABASE_MEMBERS = {"postgresql": "database/postgresql.dump", "sqlite": "database/sqlite3.db"}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is one line, fit for an operator."""


def signing_key() -> bytes:
    """``BACKUP_SIGNING_KEY`` when set; otherwise derived from ``SECRET_KEY`` (then only a server with the
    same SECRET_KEY can restore the archive)."""
    key = getattr(settings, "BACKUP_SIGNING_KEY", "") or ""
    if key:
        return key.encode()
    if not settings.SECRET_KEY:
        raise BackupError("neither BACKUP_SIGNING_KEY nor SECRET_KEY is set: archives cannot be signed")
    return hmac.new(settings.SECRET_KEY.encode(), b"decnet-backup-signing-key", hashlib.sha256).digest()


def sign(manifest_bytes: bytes) -> str:
    return hmac.new(signing_key(), manifest_bytes, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    media_files: int
    database_bytes: int
    seconds: float


@dataclass(frozen=True)
class RestoreResult:
    vendor: str
    media_files: int
    seconds: float


def _manifest_entry(path: str | Path) -> dict:
    """The SHA-256 and size of a file, from one opening of it."""
    with open(path, "rb") as handle:
        return {
            "sha256": hashlib.file_digest(handle, "sha256").hexdigest(),
            "size": os.fstat(handle.fileno()).st_size,
        }


def _vendor(using: str) -> str:
    vendor = connections[using].vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(f"database vendor {vendor!r} is not supported (PostgreSQL or SQLite only)")
    return vendor


def _postgres_tool(name: str, using: str) -> str:
    """The client tool matching the server's major version (Debian installs each under its own folder)."""
    connection = connections[using]
    connection.ensure_connection()
    major = connection.pg_version // 10000
    candidate = Path(f"/usr/lib/postgresql/{major}/bin/{name}")
    if candidate.is_file():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} not found: install Debian's postgresql-client-{major}")
    return found


def _postgres_env(using: str) -> tuple[list[str], dict[str, str]]:
    """Connection options for the PostgreSQL tools; the password goes through the environment, not argv."""
    params = connections[using].get_connection_params()
    args = ["--dbname", str(params.get("dbname") or params.get("database") or "")]
    if params.get("host"):
        args += ["--host", str(params["host"])]
    if params.get("port"):
        args += ["--port", str(params["port"])]
    if params.get("user"):
        args += ["--username", str(params["user"])]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args, env


def _run(command: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, env=env, capture_output=True, **kwargs)
    if result.returncode != 0:
        error = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BackupError(f"{Path(command[0]).name} failed: {error[-1] if error else result.returncode}")
    return result


def dump_database(target: Path, using: str = "default") -> str:
    """Write the database to ``target``; returns the vendor ("postgresql" or "sqlite")."""
    vendor = _vendor(using)
    connection = connections[using]
    if vendor == "postgresql":
        args, env = _postgres_env(using)
        _run(
            [_postgres_tool("pg_dump", using), "--format=custom", "--no-owner", "--file", str(target), *args],
            env,
        )
    else:
        if connection.in_atomic_block:
            # The open transaction holds SQLite's write lock: the backup would wait for it forever.
            raise BackupError("the SQLite database cannot be backed up from inside a transaction")
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
    return vendor


def media_files(media_root: Path) -> list[tuple[str, str]]:
    """(name relative to the media folder, path) of every regular file under it, each folder's files in name
    order before its subfolders; symbolic links are skipped (they could point anywhere).

    Built from the folder listings alone (os.scandir): a site with 100,000 files is not stat'ed twice over."""
    found: list[tuple[str, str]] = []

    def visit(folder: str, prefix: str) -> None:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
        found.extend((prefix + e.name, e.path) for e in entries if e.is_file(follow_symlinks=False))
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                visit(entry.path, f"{prefix}{entry.name}/")

    if media_root.is_dir():
        visit(str(media_root), "")
    return found


def create_backup(output: Path, using: str = "default") -> BackupResult:
    """Write one archive with the signed manifest, the database and the media files, check it as a restore
    would, then move it into place: the file appears complete and verified, or not at all."""
    started = time.monotonic()
    output = Path(output).resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=output.parent) as staging:
        vendor = _vendor(using)
        database_member = DATABASE_MEMBERS[vendor]
        database_file = Path(staging) / Path(database_member).name
        dump_database(database_file, using)
        members: list[tuple[str, str | Path]] = [(database_member, database_file)]
        members += [(MEDIA_PREFIX + name, path) for name, path in media_files(media_root)]
        # First pass: the checksums, so that the manifest can lead the archive.
        entries = {name: _manifest_entry(path) for name, path in members}
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "database": vendor,
            "files": entries,
        }
        data = json.dumps(manifest, indent=1, sort_keys=True).encode()
        partial = Path(staging) / "archive.partial"
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            _add_bytes(archive, SIGNATURE, sign(data).encode())
            _add_bytes(archive, MANIFEST, data)
            for name, path in members:
                _add_member(archive, name, path, entries[name])
        extract_verified(partial, None)  # the same check as a restore, without writing anything
        os.replace(partial, output)
    return BackupResult(
        path=output,
        size=output.stat().st_size,
        media_files=len(members) - 1,
        database_bytes=entries[database_member]["size"],
        seconds=time.monotonic() - started,
    )


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(time.time()), 0o644
    archive.addfile(info, io.BytesIO(data))


class _HashingReader:
    """Hashes what tarfile reads: the checksum is that of the bytes stored, even if the file changes."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        self.digest.update(chunk)
        return chunk


def _add_member(archive: tarfile.TarFile, name: str, path: str | Path, entry: dict) -> None:
    changed = f"{path} changed while it was being backed up; run the backup again"
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        if stat.st_size != entry["size"]:
            raise BackupError(changed)
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = stat.st_size, int(stat.st_mtime), 0o644
        reader = _HashingReader(handle)
        try:
            archive.addfile(info, reader)
        except OSError as error:  # the file shrank while it was read
            raise BackupError(changed) from error
    if reader.digest.hexdigest() != entry["sha256"]:
        raise BackupError(changed)


# --- Restore ----------------------------------------------------------------------------------------------


def _safe_member_name(name: str) -> bool:
    """Relative, in normal form (no empty, '.' or '..' parts): it can only land inside the staging folder."""
    return bool(name) and not name.startswith("/") and not _UNSAFE_PARTS.intersection(name.split("/"))


_UNSAFE_PARTS = frozenset({"", ".", ".."})


def _read_capped(source, limit: int, what: str) -> bytes:
    data = source.read(limit + 1)
    if len(data) > limit:
        raise BackupError(f"{what} is larger than this archive can hold (a damaged or hostile archive)")
    return data


def _check_manifest(manifest_data: bytes, signature: bytes) -> dict:
    if not hmac.compare_digest(signature.strip(), sign(manifest_data).encode()):
        raise BackupError(
            f"{MANIFEST} is not signed with this site's key (altered, or made with another "
            "BACKUP_SIGNING_KEY)"
        )
    try:
        manifest = json.loads(manifest_data)
        expected = manifest["files"]
        vendor = manifest["database"]
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{MANIFEST} is damaged") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(
            f"archive format {manifest.get('format')!r} is not supported (expected {FORMAT_VERSION})"
        )
    if not isinstance(expected, dict) or not all(
        isinstance(entry, dict) and isinstance(entry.get("size"), int) and entry["size"] >= 0
        for entry in expected.values()
    ):
        raise BackupError(f"{MANIFEST} is damaged")
    if vendor not in DATABASE_MEMBERS or DATABASE_MEMBERS[vendor] not in expected:
        raise BackupError("the archive holds no database dump")
    for name in expected:
        if not _safe_member_name(name) or not (
            name.startswith(MEDIA_PREFIX) or name == DATABASE_MEMBERS[vendor]
        ):
            raise BackupError(f"unexpected member {name!r} in {MANIFEST}")
    return manifest


def extract_verified(archive_path: Path, staging: Path | None) -> dict:
    """Check the archive while streaming it, writing each member into ``staging`` (or only hashing it when
    ``staging`` is None); returns the manifest.

    The signed manifest comes first, so every member is checked as it arrives: it must be listed, have the
    declared size (never more is written) and the declared SHA-256. Raises BackupError (one line) for
    anything that is not a complete, intact archive made with this site's signing key."""
    archive_path = Path(archive_path)
    received: set[str] = set()
    signature = manifest_data = None
    manifest: dict = {}
    manifest_cap = max(CHUNK, archive_path.stat().st_size * MANIFEST_EXPANSION_LIMIT)
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            for member in archive:
                name = member.name
                if signature is None:
                    if name != SIGNATURE or not member.isfile():
                        raise BackupError(f"no {SIGNATURE} at the start (not a backup made by backup_site)")
                    signature = _read_capped(archive.extractfile(member), 1024, SIGNATURE)
                    continue
                if manifest_data is None:
                    if name != MANIFEST or not member.isfile():
                        raise BackupError(
                            f"no {MANIFEST} after {SIGNATURE} (not a backup made by backup_site)"
                        )
                    manifest_data = _read_capped(archive.extractfile(member), manifest_cap, MANIFEST)
                    manifest = _check_manifest(manifest_data, signature)
                    continue
                if not member.isfile() or not _safe_member_name(name):
                    raise BackupError(f"unexpected member {name!r} (not a backup made by backup_site)")
                if name in received:
                    raise BackupError(f"member {name!r} appears twice")
                entry = manifest["files"].get(name)
                if entry is None:
                    raise BackupError(f"member {name!r} is not in the manifest")
                if member.size != entry["size"]:
                    raise BackupError(f"member {name!r} is not the size the manifest declares")
                digest = _extract_member(archive.extractfile(member), entry["size"], staging, name)
                if digest != entry.get("sha256"):
                    raise BackupError(f"checksum mismatch for {name}")
                received.add(name)
            # The gzip trailer (CRC and length) comes after the tar end marker: read to the end so that a cut
            # or altered trailer is noticed, and refuse anything but padding after the marker.
            _read_capped(archive.fileobj, TRAILING_LIMIT, "the data after the end of the archive")
    except BackupError:
        raise
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise BackupError(f"not a readable backup archive ({type(error).__name__}: {error})") from error
    if manifest_data is None:
        raise BackupError(f"no {MANIFEST} in the archive (not a backup made by backup_site)")
    missing = sorted(set(manifest["files"]) - received)
    if missing:
        raise BackupError(f"{len(missing)} file(s) listed in the manifest are missing, first {missing[0]}")
    return manifest


def _extract_member(source, size: int, staging: Path | None, name: str) -> str:
    """Copy exactly ``size`` bytes (the declared size) to the staging folder; returns their SHA-256."""
    handle = None
    if staging is not None:
        try:
            handle = _new_file(os.path.join(staging, name))
        except OSError as error:
            raise BackupError(f"member {name!r} cannot be placed ({error.strerror})") from error
    with handle or contextlib.nullcontext():
        digest = hashlib.sha256()
        left = size
        while left > 0:
            chunk = source.read(min(CHUNK, left))
            if not chunk:
                raise BackupError(f"member {name!r} is shorter than declared")
            left -= len(chunk)
            digest.update(chunk)
            if handle is not None:
                handle.write(chunk)
    return digest.hexdigest()


def _new_file(path: str) -> io.BufferedWriter:
    """Never an existing file; the folder is made when the first file placed in it finds none."""
    try:
        return Path(path).open("xb")
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return Path(path).open("xb")


def database_is_empty(using: str = "default") -> bool:
    """No table at all: a database that was never migrated (or was emptied on purpose)."""
    with connections[using].cursor() as cursor:
        return not connections[using].introspection.table_names(cursor, include_views=True)


def media_is_empty(media_root: Path) -> bool:
    return not media_root.exists() or not any(
        path.is_file() or path.is_symlink() for path in media_root.rglob("*")
    )


def _restore_postgresql(dump: Path, using: str) -> None:
    """Turn the custom-format dump into SQL and run it, with the clearing of the schema, in ONE transaction:
    on any error nothing changes."""
    args, env = _postgres_env(using)
    sql = _run(
        [_postgres_tool("pg_restore", using), "--no-owner", "--no-privileges", "--file=-", str(dump)], env
    )
    prelude = b"DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n"
    connections[using].close()
    _run(
        [
            _postgres_tool("psql", using),
            "--no-psqlrc",
            "--quiet",
            "--single-transaction",
            "--set",
            "ON_ERROR_STOP=1",
            "--output=/dev/null",
            *args,
        ],
        env,
        input=prelude + sql.stdout,
    )


def _restore_sqlite(database_file: Path, using: str) -> None:
    """SQLite's backup API replaces the whole database (every table, index and full-text table) at once."""
    connection = connections[using]
    connection.ensure_connection()
    source = sqlite3.connect(database_file)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _move_media_in(staged_media: Path, media_root: Path, trash: Path) -> int:
    """Move the restored files into the media folder; with force, what was there goes to ``trash`` first."""
    media_root.mkdir(parents=True, exist_ok=True)
    trash.mkdir(parents=True, exist_ok=True)
    for entry in list(media_root.iterdir()):
        shutil.move(str(entry), str(trash / entry.name))
    count = 0
    if staged_media.is_dir():
        for entry in list(staged_media.iterdir()):
            shutil.move(str(entry), str(media_root / entry.name))
        count = sum(len(filenames) for _, _, filenames in os.walk(media_root))  # only extracted files
    return count


def restore_backup(archive_path: Path, force: bool = False, using: str = "default") -> RestoreResult:
    """Restore an archive made by create_backup into an empty database and media folder (or over existing
    ones with ``force``). The archive is fully checked before anything is written."""
    started = time.monotonic()
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError("no such file")
    media_root = Path(settings.MEDIA_ROOT)
    vendor = _vendor(using)
    staging_parent = media_root.parent if os.access(media_root.parent, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=staging_parent) as staging_name:
        staging = Path(staging_name)
        manifest = extract_verified(archive_path, staging / "archive")
        if manifest["database"] != vendor:
            raise BackupError(f"the archive holds a {manifest['database']} database, the site uses {vendor}")
        if not force and not media_is_empty(media_root):
            raise BackupError(
                f"the media folder {media_root} is not empty (use --force / FORCE=1 to replace it)"
            )
        if not force and not database_is_empty(using):
            raise BackupError("the database is not empty (use --force / FORCE=1 to replace it)")
        database_file = staging / "archive" / DATABASE_MEMBERS[vendor]
        if vendor == "postgresql":
            _restore_postgresql(database_file, using)
        else:
            _restore_sqlite(database_file, using)
        count = _move_media_in(staging / "archive" / "media", media_root, staging / "replaced-media")
    return RestoreResult(vendor=vendor, media_files=count, seconds=time.monotonic() - started)
