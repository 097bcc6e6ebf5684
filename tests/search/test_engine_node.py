"""The OpenSearch node that scripts/services/opensearch.sh runs for development and the tests.

Its JVM compiles with the quick tier only (-XX:TieredStopAtLevel=1), which halves the node's CPU (the script's
header): checked on the node the engine stage searches, when that node is the script's. And a JVM that ends
while it starts is reported with how it ended (a signal, an exit status, the JVM's own crash report): a
three-node start once ended with nothing in the log to say why. Those starts run in folders of their own,
where the script's node runs (the engine stage: its jars are resolved by then)."""

import json
import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from scripts.serve import free_port
from tests.search.conftest import ENGINE_URL
from tests.search.script_node import SCRIPT, script_node_url, seed_build


def _the_scripts_node_only() -> None:
    if not ENGINE_URL or ENGINE_URL.rstrip("/") != script_node_url().rstrip("/"):
        pytest.skip("the engine in use is not the node scripts/services/opensearch.sh runs here")


def test_the_scripts_node_runs_with_the_quick_jit_tier_only():
    _the_scripts_node_only()
    with urllib.request.urlopen(ENGINE_URL.rstrip("/") + "/_nodes/jvm", timeout=10) as response:
        nodes = json.load(response)["nodes"]
    for node in nodes.values():
        tiers = [argument for argument in node["jvm"]["input_arguments"] if "TieredStopAtLevel" in argument]
        assert tiers and tiers[-1] == "-XX:TieredStopAtLevel=1", tiers  # the last one given counts
    assert nodes


def _start(folder: Path, java_options: str = "") -> subprocess.Popen:
    """`opensearch.sh start` of a node of its own in ``folder``."""
    seed_build(folder)
    env = {
        **os.environ,
        "SERVICES_DIR": str(folder),
        "OPENSEARCH_PORT": str(free_port()),
        "OPENSEARCH_JAVA_OPTS": java_options,
    }
    return subprocess.Popen(
        [str(SCRIPT), "start"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _stopped(start: subprocess.Popen, folder: Path) -> tuple[str, str]:
    try:
        return start.communicate(timeout=180)
    finally:
        subprocess.run(
            [str(SCRIPT), "stop"],
            env={**os.environ, "SERVICES_DIR": str(folder)},
            capture_output=True,
            timeout=120,
        )


def test_a_jvm_killed_while_it_starts_is_reported_with_the_signal(tmp_path):
    _the_scripts_node_only()
    start = _start(tmp_path)
    pid_file = tmp_path / "opensearch" / "opensearch.pid"
    deadline = time.monotonic() + 120
    while not (pid_file.is_file() and pid_file.read_text().strip().isdigit()):
        assert start.poll() is None and time.monotonic() < deadline, "the script did not launch the JVM"
        time.sleep(0.05)
    os.kill(int(pid_file.read_text()), signal.SIGKILL)
    _, errors = _stopped(start, tmp_path)
    assert start.returncode == 1, errors
    assert "the OpenSearch JVM exited during startup: killed by signal KILL (exit status 137)" in errors, (
        errors
    )


def test_a_jvm_that_crashes_while_it_starts_is_reported_with_its_crash_report(tmp_path):
    _the_scripts_node_only()
    # A heap too small for the node, and a crash (rather than a plain exit) when it runs out.
    start = _start(tmp_path, "-XX:+CrashOnOutOfMemoryError -XX:-CreateCoredumpOnCrash -Xms12m -Xmx12m")
    _, errors = _stopped(start, tmp_path)
    assert start.returncode == 1, errors
    assert "the OpenSearch JVM exited during startup: exit status 1" in errors, errors
    reports = list((tmp_path / "opensearch").glob("hs_err_pid*.log"))
    assert len(reports) == 1, errors
    assert f"--- {reports[0]}:" in errors  # the report's beginning, after the log's end
    assert "OutOfMemory encountered" in errors.split(f"--- {reports[0]}:", 1)[1], errors
