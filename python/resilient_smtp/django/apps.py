"""The app ``"resilient_smtp.django"`` adds to ``INSTALLED_APPS``: its management command, nothing else."""

from __future__ import annotations

from django.apps import AppConfig


# (type: ignore: Django ships no type information, so its classes are Any to mypy.)
class ResilientSmtpConfig(AppConfig):  # type: ignore[misc]
    name = "resilient_smtp.django"
    label = "resilient_smtp"  # the default would be "django"
    verbose_name = "resilient-smtp"
