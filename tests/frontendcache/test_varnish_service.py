"""scripts/services/varnish.sh on its own: once `start` returns, every later hit reaches the hit log."""

import os
import subprocess
from pathlib import Path

import pytest

from scripts.serve import free_port
from tests.frontendcache.test_varnish import VARNISH, require_varnishd

pytestmark = pytest.mark.database_free


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc (Linux)")
def test_the_hit_logger_reads_the_log_when_start_returns(tmp_path):
    """varnishncsa starts reading Varnish's log where it is when it attaches, and daemonizes before that: a
    start that returned earlier let the first readers' hits go uncounted (seen as 8 of 9 hits under load)."""
    require_varnishd()
    services = {
        **os.environ,
        "SERVICES_DIR": str(tmp_path),
        "VARNISH_PORT": str(free_port()),
        "VARNISH_BACKEND": f"127.0.0.1:{free_port()}",  # nothing listens: no request is made
    }
    subprocess.run([VARNISH, "start"], env=services, check=True, capture_output=True, timeout=120)
    try:
        pid = (tmp_path / "varnish" / "varnishncsa.pid").read_text().strip()
        assert "_.vsm_child/_.Log" in Path(f"/proc/{pid}/maps").read_text()
    finally:
        subprocess.run([VARNISH, "stop"], env=services, capture_output=True, timeout=60)
