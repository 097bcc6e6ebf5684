"""scripts/cpu_accounting.sh: the machine line under `make test`'s stage table says who spent the CPU."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

PROJECT = Path(__file__).resolve().parents[2]

# A stand-in service process: waits for the word to start, burns CPU for a while, then idles until killed.
BURNER = """
import sys, time
from pathlib import Path
folder = Path(sys.argv[1])
while not (folder / "go").exists():
    time.sleep(0.01)
start = time.process_time()
while time.process_time() - start < 1.6:
    pass
(folder / "done").touch()
time.sleep(120)
"""

LINE = re.compile(
    r"machine CPU: (?P<busy>\d+) s busy of (?P<all>\d+) s \(\d+ %\): stages 5, burner (?P<burner>\d+), "
    r"stopped (?P<stopped>\d+), absent 0, the rest (?P<rest>-?\d+)"
)


def _service(folder: Path, name: str, body: str) -> None:
    script = folder / f"{name}.sh"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)


def test_the_machine_line_counts_each_service_during_the_run_and_a_stopped_one_as_noted(tmp_path):
    services = tmp_path / "services"
    services.mkdir()
    burner = subprocess.Popen([sys.executable, "-c", BURNER, str(tmp_path)])
    try:
        _service(services, "burner", f'[ "$1" = pid ] && echo {burner.pid}')
        _service(services, "stopped", "exit 1")  # stopped before the end: its CPU was noted then
        _service(services, "absent", "exit 1")  # never ran
        script = f"""
        set -euo pipefail
        RUN_DIR={tmp_path}
        SERVICE_SCRIPTS={services}
        SERVICES=(burner stopped absent)
        source scripts/cpu_accounting.sh
        start_cpu_accounting
        touch "$RUN_DIR/go"
        while [ ! -e "$RUN_DIR/done" ]; do sleep 0.05; done
        echo 12.4 >"$RUN_DIR/stopped.service-cpu"
        print_machine_cpu 5
        """
        result = subprocess.run(
            ["bash", "-c", script], cwd=PROJECT, capture_output=True, text=True, timeout=60
        )
    finally:
        burner.kill()
        burner.wait()
    assert result.returncode == 0, result.stderr
    line = LINE.search(result.stdout)
    assert line, result.stdout
    assert 1 <= int(line["burner"]) <= 3  # 1.6 s burnt after the start, not the idle time before
    assert int(line["stopped"]) == 12
    assert int(line["busy"]) >= 1  # the burner ran on this machine
    assert int(line["busy"]) <= int(line["all"])
    assert abs(int(line["rest"]) - (int(line["busy"]) - 5 - int(line["burner"]) - 12)) <= 1  # rounding
