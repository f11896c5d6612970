"""Django integration: ``EMAIL_BACKEND = "resilient_smtp.django.EmailBackend"``.

Add ``"resilient_smtp.django"`` to ``INSTALLED_APPS`` for the ``resilient_smtp_work`` management command (the outbox's
worker); the backend alone needs no app.
"""

from __future__ import annotations

from .backend import EmailBackend

__all__ = ["EmailBackend"]
