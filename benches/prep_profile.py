"""Per-message CPU of preparing `EmailMessage` objects, for instruction counts under callgrind (not part of the suite).

    valgrind --tool=callgrind --callgrind-out-file=cg.MODE python benches/prep_profile.py MODE [N] [--port P]

Modes: ``none`` builds the N bench messages and does nothing else (the baseline to subtract); ``prepare`` runs
``message.prepare`` on each (``prepare-python``: the same with the native route of ``from_message`` off);
``bulk`` sends them with ``Sender.send_many(concurrency=8)`` to the smtp-sink at ``--port`` (``bulk-python``: with the
stream's own native route off, so each item goes through ``Sender._prepare_item``). Per message = (MODE - none) / N.
Start the sink first: ``smtp-sink -u nobody 127.0.0.1:P 512``.
"""

from __future__ import annotations

import argparse
import sys
import time
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import resilient_smtp
from bench import email_messages
from resilient_smtp import _core, message
from resilient_smtp import sender as sender_module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["none", "prepare", "prepare-python", "bulk", "bulk-python"])
    ap.add_argument("n", type=int, nargs="?", default=3000)
    ap.add_argument("--port", type=int, default=0, help="the smtp-sink's port (bulk modes)")
    args = ap.parse_args()
    if args.mode == "prepare-python":
        message._native = lambda *_: None  # type: ignore[assignment]
    if args.mode == "bulk-python":
        # The stream's preparer takes plain messages natively only when their class is in the tuple it is given.
        none = _core.MessagePreparer(message._native_policy, message._date_now, ())
        sender_module._message = types.SimpleNamespace(preparer=lambda: none)  # type: ignore[assignment]
    msgs = email_messages(args.n)
    started = time.process_time()
    if args.mode.startswith("prepare"):
        for m in msgs:
            message.prepare(m, None, None, "example.com")
    elif args.mode.startswith("bulk"):
        with resilient_smtp.Sender(f"127.0.0.1:{args.port}", tls="off") as sender:
            out = sender.send_many(msgs, concurrency=8)
        assert all(isinstance(o, resilient_smtp.SendResult) for o in out), out[:3]
    print(f"{args.mode}: {(time.process_time() - started) / args.n * 1e6:.1f} us/msg of process CPU", file=sys.stderr)


if __name__ == "__main__":
    main()
