"""benchmarks/load.py's preparation: what `make test`'s load stage runs before its measured seconds."""

import pytest
from django.core import management

from benchmarks import load

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("static_files", "commands"), [(True, ["migrate", "collectstatic"]), (False, ["migrate"])]
)
def test_a_prepared_run_does_not_collect_the_static_files_again(
    home_page, monkeypatch, static_files, commands
):
    """`--prepared` (after `--prepare-only`, which collected them) only checks the migrations; a site that has
    its home page gets no demo content a second time."""
    called = []
    monkeypatch.setattr(management, "call_command", lambda name, **options: called.append(name))
    load.prepare_site(static_files=static_files)
    assert called == commands


def test_prepared_is_a_command_line_flag(monkeypatch):
    seen = {}
    monkeypatch.setattr(
        load, "prepare_site", lambda static_files=True: seen.setdefault("static", static_files)
    )
    monkeypatch.setattr(load, "ensure_database", lambda url, fresh=False: None)
    monkeypatch.setattr(load.os.environ, "update", lambda env: None)
    monkeypatch.setattr("sys.argv", ["load.py", "--prepared", "--prepare-only"])
    assert load.main() == 0
    assert seen == {"static": False}
