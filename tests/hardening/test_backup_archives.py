"""Backups at any size, and every bad archive refused while streaming, with nothing changed (issue 17, 1).

The bad archives are those of the December 2026 review (shared/reviews/reliability-2026-12.md, 6b) plus a cut
gzip trailer, a manifest re-hashed to match altered files, and archives signed with another key. Each restore
must refuse with a one-line reason, leave the database and the media folder as they were, and write no more
than twice the sizes its manifest declares (measured with the process's own write counter, /proc/self/io).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import struct
import tarfile
import time
import zlib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.models import Page

from hardening import backup
from hardening.backup import MANIFEST, SIGNATURE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MB = 1024 * 1024
SLACK = 64 * 1024  # pytest's own captured output, the refusal message


def written_so_far() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    raise AssertionError("no wchar in /proc/self/io")


def write_media(root: Path, count: int, folder: str = "images") -> None:
    """``count`` small distinct files, named like Wagtail renditions, written with plain os calls (fast)."""
    target = root / folder
    target.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        name = f"photo-{index:06d}.2e16d0ba.fill-1200x630.format-webp.webp"
        descriptor = os.open(target / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        os.write(descriptor, b"%d" % index)
        os.close(descriptor)


def media_hashes(root: Path) -> dict[str, str]:
    hashes = {}
    for folder, _, filenames in os.walk(root):
        relative = os.path.relpath(folder, root)
        prefix = "" if relative == "." else relative + "/"
        for filename in filenames:
            with open(os.path.join(folder, filename), "rb") as handle:
                hashes[prefix + filename] = hashlib.file_digest(handle, "sha256").hexdigest()
    return hashes


def tree_hash(hashes: dict[str, str]) -> str:
    return hashlib.sha256(
        "".join(f"{name}\0{digest}\n" for name, digest in sorted(hashes.items())).encode()
    ).hexdigest()


# --- building archives ------------------------------------------------------------------------------------


def members_of(path: Path) -> list[tuple[tarfile.TarInfo, bytes]]:
    with tarfile.open(path) as opened:
        return [(member, opened.extractfile(member).read()) for member in opened.getmembers()]


def write_archive(
    path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]], mode: str = "w:gz"
) -> Path:
    with tarfile.open(path, mode) as new:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            new.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def file_info(name: str, size: int = 0) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o644, int(time.time())
    return info


def signed_header(manifest: dict, key: bytes | None = None) -> list[tuple[tarfile.TarInfo, bytes]]:
    data = json.dumps(manifest).encode()
    signature = hmac.new(key, data, hashlib.sha256).hexdigest() if key else backup.sign(data)
    return [(file_info(SIGNATURE), signature.encode()), (file_info(MANIFEST), data)]


def entry(data: bytes) -> dict:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def manifest_of(members: list[tuple[tarfile.TarInfo, bytes]]) -> dict:
    return json.loads({info.name: data for info, data in members}[MANIFEST])


def body_of(members):
    return [(info, data) for info, data in members if info.name not in {SIGNATURE, MANIFEST}]


def gzip_bomb(path: Path, header: list[tuple[tarfile.TarInfo, bytes]], name: str, size: int) -> Path:
    """A small .tar.gz whose member ``name`` inflates to ``size`` zero bytes, never held in memory.

    After a full flush the deflate output for one MiB of zeros is the same every time, so it is compressed
    once and repeated (a gigabyte costs a quarter of a second, the CRC, instead of three)."""
    head = io.BytesIO()
    tar = tarfile.TarFile(fileobj=head, mode="w")  # never closed: the end blocks are among the zeros below
    for info, data in header:
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    head.write(file_info(name, size).tobuf(tar.format, tar.encoding, tar.errors))
    prefix = head.getvalue()
    end = len(prefix) + -(-size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE + 2 * tarfile.BLOCKSIZE
    total = -(-end // tarfile.RECORDSIZE) * tarfile.RECORDSIZE
    whole, rest = divmod(total - len(prefix), MB)
    zeros = bytes(MB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    start = deflate.compress(prefix) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    assert deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH) == block
    tail = deflate.compress(bytes(rest)) + deflate.flush()
    crc = zlib.crc32(prefix)
    for _ in range(whole):
        crc = zlib.crc32(zeros, crc)
    crc = zlib.crc32(bytes(rest), crc)
    with path.open("wb") as out:
        out.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + start)  # gzip header: deflate, no name
        for _ in range(whole):
            out.write(block)
        out.write(tail + struct.pack("<II", crc, total & 0xFFFFFFFF))
    return path


@pytest.fixture
def small_site(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    write_media(Path(settings.MEDIA_ROOT), 5)
    (Path(settings.MEDIA_ROOT) / "documents").mkdir()
    (Path(settings.MEDIA_ROOT) / "documents" / "report.pdf").write_bytes(b"%PDF-1.4 " + b"x" * 5000)
    good = tmp_path / "good.tar.gz"
    backup.create_backup(good)
    return good


def bad_archives(good: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    """Name -> (archive, words the refusal must contain)."""
    raw = good.read_bytes()
    members = members_of(good)
    manifest = manifest_of(members)
    body = body_of(members)
    media_name = next(name for name in manifest["files"] if name.startswith("media/images/"))
    database_name = next(name for name in manifest["files"] if name.startswith("database/"))
    cases: dict[str, tuple[Path, str]] = {}

    def add(name: str, path: Path, reason: str) -> None:
        cases[name] = (path, reason)

    def put(name: str, data: bytes) -> Path:
        path = folder / f"{name}.tar.gz"
        path.write_bytes(data)
        return path

    def rebuilt(name: str, new_members) -> Path:
        return write_archive(folder / f"{name}.tar.gz", new_members)

    def with_member(name: str, data: bytes, replacing: str | None = None):
        out = [(file_info(info.name), d) for info, d in members if info.name != replacing]
        return out + [(file_info(name), data)]

    add("truncated-50", put("truncated-50", raw[: len(raw) // 2]), "not a readable backup archive")
    add("truncated-99", put("truncated-99", raw[: len(raw) * 99 // 100]), "not a readable backup archive")
    add("truncated-gzip-trailer", put("trailer", raw[:-8]), "not a readable backup archive")
    add("truncated-last-10-bytes", put("last10", raw[:-10]), "not a readable backup archive")
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 0x10
    add("one-flipped-bit", put("flipped", bytes(flipped)), "")
    altered = [
        (file_info(i.name), d[:-1] + bytes([d[-1] ^ 1]) if i.name == media_name else d) for i, d in members
    ]
    add("tampered-media-file", rebuilt("tampered-media", altered), f"checksum mismatch for {media_name}")
    # The manifest's hash changed to match the altered file, but the attacker has no key to sign it with.
    altered_data = {i.name: d for i, d in altered}[media_name]
    rehashed = dict(manifest, files={**manifest["files"], media_name: entry(altered_data)})
    add(
        "re-hashed-manifest",
        rebuilt(
            "rehashed", [(file_info(SIGNATURE), b"0" * 64), *signed_header(rehashed)[1:], *body_of(altered)]
        ),
        "not signed",
    )
    add(
        "re-hashed-and-re-signed-with-another-key",
        rebuilt("resigned", [*signed_header(rehashed, key=b"attacker's key"), *body_of(altered)]),
        "not signed",
    )
    new_database = b"SQLite format 3\0" + b"\0" * 4096
    db_swapped = dict(manifest, files={**manifest["files"], database_name: entry(new_database)})
    swapped_body = [(file_info(i.name), new_database if i.name == database_name else d) for i, d in body]
    add(
        "database-and-manifest-changed-together",
        rebuilt("dbswap", [*signed_header(db_swapped, key=b"guess"), *swapped_body]),
        "not signed",
    )
    add(
        "missing-member",
        rebuilt("missing", [(file_info(i.name), d) for i, d in members if i.name != media_name]),
        "missing",
    )
    add(
        "extra-member",
        rebuilt("extra", with_member("media/images/extra.webp", b"extra")),
        "not in the manifest",
    )
    add(
        "duplicate-member",
        rebuilt(
            "dup",
            [
                *[(file_info(i.name), d) for i, d in members],
                (file_info(media_name), dict(members)[next(i for i, _ in members if i.name == media_name)]),
            ],
        ),
        "appears twice",
    )
    for label, name in [
        ("dotdot", "media/../../../../outside/PWNED-dotdot.txt"),
        ("up", "../PWNED-up.txt"),
        ("absolute", "/tmp/PWNED-absolute.txt"),
        ("dot", "media/./x/../../PWNED-dot.txt"),
    ]:
        add(f"traversal-{label}", rebuilt(f"trav-{label}", with_member(name, b"pwned")), "unexpected member")
    for label, kind in [
        ("symlink", tarfile.SYMTYPE),
        ("hardlink", tarfile.LNKTYPE),
        ("device", tarfile.CHRTYPE),
    ]:
        info = file_info(f"media/images/{label}")
        info.type, info.linkname = kind, "/etc/passwd"
        links = [(file_info(i.name), d) for i, d in members] + [(info, None)]
        add(label, rebuilt(label, links), "unexpected member")
    add(
        "plain-tar",
        write_archive(folder / "plain.tar.gz", [(file_info(i.name), d) for i, d in members], "w"),
        "not a readable",
    )
    add("empty-file", put("empty", b""), "not a readable backup archive")
    add("random-bytes", put("random", os.urandom(4096)), "not a readable backup archive")
    add(
        "no-manifest",
        rebuilt("nomanifest", [(file_info(i.name), d) for i, d in members if i.name != MANIFEST]),
        "no manifest.json",
    )
    add(
        "unsigned-format-1",
        rebuilt(
            "v1",
            [
                *[(file_info(i.name), d) for i, d in body],
                (file_info(MANIFEST), {i.name: d for i, d in members}[MANIFEST]),
            ],
        ),
        "no manifest.sig",
    )
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    other_member = backup.DATABASE_MEMBERS[other]
    vendor_files = {other_member if n == database_name else n: e for n, e in manifest["files"].items()}
    vendor_body = [(file_info(other_member if i.name == database_name else i.name), d) for i, d in body]
    add(
        "wrong-vendor",
        rebuilt("vendor", [*signed_header(dict(manifest, database=other, files=vendor_files)), *vendor_body]),
        f"holds a {other} database",
    )
    add("format-99", rebuilt("f99", [*signed_header(dict(manifest, format=99)), *body]), "format 99")
    # Gzip bombs: a signed manifest declaring 100 bytes, followed by a member whose tar header says 1 GiB;
    # an unsigned archive starting with a 1 GiB member; a 1 GiB "manifest".
    bomb_manifest = dict(
        manifest, files={**manifest["files"], "media/images/bomb.bin": {"sha256": "0" * 64, "size": 100}}
    )
    header = signed_header(bomb_manifest)
    add(
        "gzip-bomb-member",
        gzip_bomb(
            folder / "bomb1.tar.gz",
            header + [(file_info(i.name), d) for i, d in body],
            "media/images/bomb.bin",
            1024 * MB,
        ),
        "not the size",
    )
    add(
        "gzip-bomb-first",
        gzip_bomb(folder / "bomb2.tar.gz", [], "media/bomb.bin", 1024 * MB),
        "no manifest.sig",
    )
    add(
        "gzip-bomb-manifest",
        gzip_bomb(folder / "bomb3.tar.gz", header[:1], MANIFEST, 1024 * MB),
        "larger than",
    )
    # A file, then a folder of the same name (the review's FileExistsError), both listed and signed.
    conflict_files = {**manifest["files"], "media/x": entry(b"file"), "media/x/y": entry(b"child")}
    conflict = [
        *signed_header(dict(manifest, files=conflict_files)),
        *body,
        (file_info("media/x"), b"file"),
        (file_info("media/x/y"), b"child"),
    ]
    add("file-then-folder", rebuilt("conflict", conflict), "cannot be placed")
    return cases


def declared_size(path: Path) -> int:
    """What the archive's manifest (its second member, if any) declares; 0 when there is none."""
    try:
        with tarfile.open(path) as opened:
            # Never walk past the header: a bomb member would be inflated to skip it.
            for expected in (SIGNATURE, MANIFEST):
                member = opened.next()
                if member is None or member.name != expected:
                    return 0
                if member.name == MANIFEST and member.size < 100 * MB:
                    files = json.loads(opened.extractfile(member).read())["files"]
                    return sum(item.get("size", 0) for item in files.values())
    except Exception:  # noqa: BLE001 (an unreadable archive declares nothing)
        return 0
    return 0


@pytest.mark.slow
def test_every_bad_archive_is_refused_with_nothing_changed_and_little_written_slow(
    small_site, settings, tmp_path
):
    media_root = Path(settings.MEDIA_ROOT)
    before = media_hashes(media_root)
    pages = Page.objects.count()
    folder = tmp_path / "bad"
    folder.mkdir()
    cases = bad_archives(small_site, folder)
    assert len(cases) >= 26
    outcomes = {}
    for label, (path, reason) in cases.items():
        declared = declared_size(path)
        start = written_so_far()
        with pytest.raises(CommandError) as refused:
            call_command("restore_site", str(path), force=True, stdout=io.StringIO())
        written = written_so_far() - start
        message = str(refused.value)
        outcomes[label] = message
        assert message.startswith("restore refused:") and "\n" not in message, label
        assert reason in message, (label, message)
        assert written <= 2 * declared + SLACK, (label, written, declared)
        assert media_hashes(media_root) == before, label
        assert Page.objects.count() == pages, label
        assert not list(media_root.parent.glob(".restore-*")), label
    assert not (tmp_path / "outside").exists() and not Path("/tmp/PWNED-absolute.txt").exists()
    # The good archive still restores (the refusals changed nothing).
    call_command("restore_site", str(small_site), force=True, stdout=io.StringIO())
    assert media_hashes(media_root) == before


def test_an_archive_signed_with_another_key_is_refused(small_site, settings):
    settings.BACKUP_SIGNING_KEY = "another-site's-key"
    with pytest.raises(CommandError, match="not signed with this site's key"):
        call_command("restore_site", str(small_site), force=True, stdout=io.StringIO())


def test_backup_checks_its_own_archive_before_reporting_success(small_site, monkeypatch, tmp_path):
    """A fault while writing (the bytes stored differ from those checksummed) is caught by the backup's own
    check: the command fails and no archive appears."""
    monkeypatch.setattr(backup, "_HashingReader", _CorruptingReader)
    output = tmp_path / "new.tar.gz"
    with pytest.raises(CommandError, match="backup failed: .*checksum mismatch"):
        call_command("backup_site", output=str(output), stdout=io.StringIO())
    assert not output.exists()
    assert not list(tmp_path.glob(".backup-*"))


class _CorruptingReader:
    """Stores one altered byte but reports the original's checksum (a disk or memory fault)."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()
        self.first = True

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        self.digest.update(chunk)
        if chunk and self.first:
            self.first = False
            return bytes([chunk[0] ^ 1]) + chunk[1:]
        return chunk


@pytest.mark.one_database  # media files only
def test_a_backup_of_a_large_manifest_is_verified(settings, tmp_path):
    """The manifest is no longer read with a fixed 10 MiB cap: a 20,000-file site's archive verifies."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    write_media(Path(settings.MEDIA_ROOT), 20_000)
    result = backup.create_backup(tmp_path / "big.tar.gz")
    assert result.media_files == 20_000
    manifest = backup.extract_verified(result.path, None)
    assert len(manifest["files"]) == 20_001


@pytest.mark.slow
@pytest.mark.one_database  # the database part is the small site's, proven on both by test_backup_restore.py
def test_a_site_with_100000_media_files_restores_exactly_slow(home_page, settings, tmp_path, capsys):
    media_root = tmp_path / "media"
    settings.MEDIA_ROOT = str(media_root)
    started = time.monotonic()
    write_media(media_root, 100_000)
    generated = time.monotonic()
    before = media_hashes(media_root)
    pages = sorted(Page.objects.values_list("pk", "path", "title"))
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", output=str(archive), stdout=io.StringIO())
    backed_up = time.monotonic()
    with tarfile.open(archive) as opened:
        first = opened.next()
        assert first.name == SIGNATURE
        manifest_member = opened.next()
        assert manifest_member.name == MANIFEST and manifest_member.size > 10 * MB  # past the old 10 MiB cap
    settings.MEDIA_ROOT = str(tmp_path / "restored")
    call_command("restore_site", str(archive), force=True, stdout=io.StringIO())
    restored = time.monotonic()
    after = media_hashes(Path(settings.MEDIA_ROOT))
    assert len(after) == len(before) == 100_000
    assert tree_hash(after) == tree_hash(before)
    assert after == before
    assert sorted(Page.objects.values_list("pk", "path", "title")) == pages
    with capsys.disabled():
        print(
            f"\n100,000 media files: generate {generated - started:.1f} s,"
            f" backup {backed_up - generated:.1f} s"
            f" ({archive.stat().st_size / 1e6:.1f} MB, manifest {manifest_member.size / 1e6:.1f} MB),"
            f" restore {restored - backed_up:.1f} s"
        )
