"""scripts/services/postgres.sh on its own: a fresh cluster is created whatever $TMPDIR the caller has."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from scripts.serve import free_port

pytestmark = pytest.mark.database_free

POSTGRES = str(Path(__file__).resolve().parents[2] / "scripts" / "services" / "postgres.sh")


def _needs_a_root_made_cluster() -> None:
    if os.geteuid() != 0:
        pytest.skip("initdb runs as the postgres user only when the script is run by root")
    if subprocess.run(["id", "-u", "postgres"], capture_output=True).returncode != 0:
        pytest.skip("no postgres OS user (it comes with the postgresql package)")


def test_a_new_cluster_starts_when_tmpdir_is_private_to_the_caller(tmp_path):
    """`make test` points $TMPDIR at a 0700 folder of its run; initdb, run as the postgres user, must not be
    handed a file from there (CI's fresh machine failed: "could not open file ... Permission denied")."""
    _needs_a_root_made_cluster()
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir(mode=0o700)
    # The cluster's folder must be one the postgres user can enter, or the script picks a shared fallback.
    services_dir = Path(tempfile.mkdtemp(prefix="decnet-pg-service-test.", dir="/var/tmp"))
    services_dir.chmod(0o755)
    services = {
        **os.environ,
        "TMPDIR": str(private_tmp),
        "SERVICES_DIR": str(services_dir),
        "PGPORT": str(free_port()),
    }
    try:
        started = subprocess.run(
            [POSTGRES, "start"], env=services, capture_output=True, text=True, timeout=180
        )
        assert started.returncode == 0, started.stdout + started.stderr
        assert "ready: postgres://decnet:decnet@127.0.0.1:" in started.stdout + started.stderr
        assert not list((services_dir / "postgres").glob("initdb-password.*")), (
            "the throwaway password was left"
        )
        # `pid` names the server process (scripts/cpu_accounting.sh reads its CPU time from /proc).
        pid = subprocess.run([POSTGRES, "pid"], env=services, capture_output=True, text=True, timeout=30)
        assert pid.returncode == 0, pid.stderr
        assert Path(f"/proc/{int(pid.stdout)}/comm").read_text().strip() == "postgres"
    finally:
        subprocess.run([POSTGRES, "stop"], env=services, capture_output=True, timeout=120)
        shutil.rmtree(services_dir, ignore_errors=True)
