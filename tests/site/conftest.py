import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def _user_in_group(username: str, group_name: str):
    user = get_user_model().objects.create_user(
        username=username, password="a-long-test-password", is_active=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return _user_in_group("edna-editor", "Editors")


@pytest.fixture
def moderator(db):
    return _user_in_group("moe-moderator", "Moderators")


@pytest.fixture
def translator(db):
    return _user_in_group("tara-translator", "Translators")
