"""The OpenSearch node that scripts/services/opensearch.sh runs for development and the tests: its JVM
compiles with the quick tier only (-XX:TieredStopAtLevel=1), which halves the node's CPU (the script's
header). Checked on the node the engine stage searches, when that node is the script's."""

import json
import subprocess
import urllib.request
from pathlib import Path

import pytest

from tests.search.conftest import ENGINE_URL

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "services" / "opensearch.sh"


def _script_node_url() -> str:
    answer = subprocess.run([str(SCRIPT), "url"], capture_output=True, text=True, timeout=30)
    return answer.stdout.strip() if answer.returncode == 0 else ""


def test_the_scripts_node_runs_with_the_quick_jit_tier_only():
    if not ENGINE_URL or ENGINE_URL.rstrip("/") != _script_node_url().rstrip("/"):
        pytest.skip("the engine in use is not the node scripts/services/opensearch.sh runs here")
    with urllib.request.urlopen(ENGINE_URL.rstrip("/") + "/_nodes/jvm", timeout=10) as response:
        nodes = json.load(response)["nodes"]
    for node in nodes.values():
        tiers = [argument for argument in node["jvm"]["input_arguments"] if "TieredStopAtLevel" in argument]
        assert tiers and tiers[-1] == "-XX:TieredStopAtLevel=1", tiers  # the last one given counts
    assert nodes
