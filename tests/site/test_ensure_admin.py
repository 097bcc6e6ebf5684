import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_creates_admin_with_printed_password(capsys, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    call_command("ensure_admin")
    out = capsys.readouterr().out
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    password = out.split("with password '")[1].split("'")[0]
    assert user.check_password(password)


def test_takes_credentials_from_environment(monkeypatch):
    monkeypatch.setenv("ADMIN_USERNAME", "lpsa")
    monkeypatch.setenv("ADMIN_PASSWORD", "correct-horse-battery-staple")
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="lpsa").check_password("correct-horse-battery-staple")


def test_second_run_keeps_existing_account(capsys, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    call_command("ensure_admin")
    call_command("ensure_admin")
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert "exists" in capsys.readouterr().out
