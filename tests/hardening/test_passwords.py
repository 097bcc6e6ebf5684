"""Strong password rules: weak passwords are refused by the validators and by the admin's user forms."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.hardening.conftest import STRONG_PASSWORD

WEAK = [
    pytest.param("Kenya2024", "at least 12 characters", id="too-short"),
    pytest.param("password1234", "too common", id="common"),
    pytest.param("736150284619", "entirely numeric", id="numeric"),
    pytest.param("amina.odhiambo", "too similar", id="like-the-user-name"),
]


@pytest.mark.parametrize(("password", "message"), WEAK)
def test_validators_refuse_weak_passwords(db, password, message):
    user = get_user_model()(username="amina.odhiambo", email="amina@example.org")
    with pytest.raises(ValidationError) as refused:
        validate_password(password, user)
    assert any(message in text for text in refused.value.messages), refused.value.messages


def test_validators_accept_a_long_uncommon_password(db):
    validate_password(STRONG_PASSWORD, get_user_model()(username="amina.odhiambo"))


def create_user(client, password: str):
    return client.post(
        "/admin/users/new/",
        {
            "username": "amina.odhiambo",
            "email": "amina@example.org",
            "first_name": "Amina",
            "last_name": "Odhiambo",
            "password1": password,
            "password2": password,
        },
    )


@pytest.mark.parametrize(("password", "message"), WEAK)
def test_admin_user_form_refuses_weak_passwords(superuser_client, password, message):
    response = create_user(superuser_client, password)
    assert response.status_code == 200
    errors = " ".join(str(error) for error in response.context["form"].errors.get("password2", []))
    assert message in errors, response.context["form"].errors
    assert not get_user_model().objects.filter(username="amina.odhiambo").exists()


def test_admin_user_form_accepts_a_strong_password(superuser_client):
    response = create_user(superuser_client, STRONG_PASSWORD)
    assert response.status_code == 302, response.context["form"].errors
    assert get_user_model().objects.get(username="amina.odhiambo").check_password(STRONG_PASSWORD)
