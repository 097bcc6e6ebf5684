"""scripts/services/opensearch.sh as the tests drive it: its path, the address of the node it runs, and a
fresh services folder that starts from that node's build."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SCRIPT = PROJECT / "scripts" / "services" / "opensearch.sh"


def script_node_url() -> str:
    """The address of the node the script runs (empty when it runs none)."""
    answer = subprocess.run([str(SCRIPT), "url"], capture_output=True, text=True, timeout=30)
    return answer.stdout.strip() if answer.returncode == 0 else ""


def seed_build(services_dir: Path) -> None:
    """Copy the script's own node build (the jars' classpath, the compiled launcher) into a fresh services
    folder, when it has one: a start there then skips Maven and javac (about 8 CPU s). The copies keep their
    times, so the script's own check (newer than the POM and the launcher's source) still decides whether
    they are current."""
    built = Path(os.environ.get("SERVICES_DIR") or PROJECT / ".services") / "opensearch"
    if not (built / "classpath.txt").is_file() or not (built / "classes").is_dir():
        return
    target = services_dir / "opensearch"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(built / "classpath.txt", target / "classpath.txt")
    shutil.copytree(built / "classes", target / "classes", dirs_exist_ok=True)
