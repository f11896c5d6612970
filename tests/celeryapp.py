"""The Celery app of tests/test_celery.py's workers (``celery -A celeryapp worker``): broker, result backend and the
``resilient_smtp`` settings come from the environment the test gives the worker."""

from __future__ import annotations

import json
import os

from celery import Celery

app = Celery(
    "celeryapp",
    broker=os.environ["TEST_CELERY_BROKER"],
    backend=os.environ["TEST_CELERY_BROKER"],
)
app.conf.update(
    result_extended=True,  # AsyncResult.retries
    broker_connection_retry_on_startup=True,
    worker_hijack_root_logger=False,
)
app.conf.resilient_smtp = json.loads(os.environ.get("TEST_RESILIENT_SMTP", "{}"))

import resilient_smtp.celery  # noqa: F401  (registers the task)
