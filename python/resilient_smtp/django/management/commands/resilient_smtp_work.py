"""``python manage.py resilient_smtp_work``: a worker of the outbox named by ``RESILIENT_SMTP["outbox"]``."""

from __future__ import annotations

import signal
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from ...backend import EmailBackend


# (type: ignore: Django ships no type information, so its classes are Any to mypy.)
class Command(BaseCommand):  # type: ignore[misc]
    help = (
        "Delivers the mail that the resilient_smtp EmailBackend queued in RESILIENT_SMTP['outbox']. "
        "Run as many as you like, on any machine sharing the queue (PostgreSQL); SIGTERM ends one after what is in "
        "flight."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--until-idle", action="store_true", help="return when nothing is in flight or due")
        parser.add_argument("--concurrency", type=int, default=8, help="deliveries in flight at most (8)")

    def handle(self, *args: Any, **options: Any) -> None:
        outbox = EmailBackend().outbox
        if outbox is None:
            raise CommandError("RESILIENT_SMTP['outbox'] is not set: there is no outbox to work on")
        previous = signal.signal(signal.SIGTERM, lambda signum, frame: outbox.stop())
        try:
            done = outbox.work(until_idle=options["until_idle"], concurrency=options["concurrency"])
        finally:
            signal.signal(signal.SIGTERM, previous)
        self.stdout.write(" ".join(f"{state}={n}" for state, n in done.items()))
