"""A worker process for the outbox tests: ``python outbox_worker.py TARGET HOST PORT [CONCURRENCY]`` works until
killed (or SIGTERM: stops after what is in flight)."""

from __future__ import annotations

import signal
import sys

import resilient_smtp

target, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
concurrency = int(sys.argv[4]) if len(sys.argv) > 4 else 8
box = resilient_smtp.Outbox(target, host, port, tls="off", first_retry=1, timeout=10, deadline=20)
signal.signal(signal.SIGTERM, lambda *_: box.stop())
print("ready", flush=True)
print(box.work(concurrency=concurrency), flush=True)
