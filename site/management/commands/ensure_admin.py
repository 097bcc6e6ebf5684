"""Create the first administrator for `make setup`, from the environment or with a printed password."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the admin account from ADMIN_USERNAME / ADMIN_PASSWORD if missing; say how to log in."

    def handle(self, *args, **options) -> None:
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD", "")
        email = os.environ.get("ADMIN_EMAIL", "admin@example.org")
        user = User.objects.filter(username=username).first()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email=email, password=password)
            self.stdout.write(
                f"Admin account created. Log in at /admin/ as '{username}' with password '{password}'."
            )
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(f"Admin account '{username}' exists; its password was set from ADMIN_PASSWORD.")
        else:
            self.stdout.write(
                f"Admin account '{username}' exists. Log in at /admin/; forgot the password? "
                f"Run: .venv/bin/python manage.py changepassword {username}"
            )
