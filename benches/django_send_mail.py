"""send_mail() called once per message in a Django 5.2 project, to smtp-sink on loopback: Django's own smtp backend
against resilient_smtp.django.EmailBackend, in one run (ratios only; absolute rates move with the machine's load).

    python benches/django_send_mail.py [--messages N] [--rounds R]     (in the venv, PATH with /usr/sbin)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "djangoproject.settings")

import django

django.setup()

from django.core import mail
from django.test import override_settings
from peers import SmtpSink

BACKENDS = {
    "django.core.mail.backends.smtp.EmailBackend": "Django's smtp backend (smtplib, connection per send_mail)",
    "resilient_smtp.django.EmailBackend": "resilient_smtp.django.EmailBackend (shared pooled Sender)",
}


def rate(backend: str, port: int, n: int) -> float:
    with override_settings(EMAIL_BACKEND=backend, EMAIL_PORT=port, RESILIENT_SMTP={"retry": 1}):
        started = time.perf_counter()
        for i in range(n):
            mail.send_mail(f"n{i}", "body\n", None, [f"user{i}@example.net"])
        return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rates: dict[str, list[float]] = {b: [] for b in BACKENDS}
    with SmtpSink(dump=False) as sink:
        for _ in range(args.rounds):
            for backend in BACKENDS:
                rates[backend].append(rate(backend, sink.port, args.messages))
    anchor = statistics.median(rates["django.core.mail.backends.smtp.EmailBackend"])
    for backend, label in BACKENDS.items():
        median = statistics.median(rates[backend])
        print(f"{label:62} {median:7.0f} msg/s  {median / anchor:5.2f}x")


if __name__ == "__main__":
    main()
