"""``resilient-smtp outbox work|stats|list|show|retry|purge URL ...``: the outbox from the command line."""

from __future__ import annotations

import argparse
import datetime
import json
import re
import signal
import sys
from typing import Any, NoReturn

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def duration(text: str) -> float:
    """``90``, ``90s``, ``15m``, ``2h``, ``7d`` → seconds."""
    m = _DURATION.match(text)
    if m is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration (e.g. 30s, 15m, 2h, 7d)")
    return float(m.group(1)) * _UNITS[m.group(2)]


def add_parser(sub: Any, tls_modes: tuple[str, ...], password_env: str) -> None:
    o = sub.add_parser("outbox", help="run outbox workers and look into an outbox (SQLite path or postgresql:// URL)")
    cmds = o.add_subparsers(dest="outbox_command", metavar="{work,stats,list,show,retry,purge}")
    cmds.required = True
    w = cmds.add_parser("work", help="deliver queued messages until SIGTERM (then finish what is in flight)")
    w.add_argument("url", metavar="URL")
    w.add_argument("--host", action="append", help="relay host[:port], repeatable (default: the recipients' MX hosts)")
    w.add_argument("--port", type=int, help="port for relays given without one (default by --tls, else 25)")
    w.add_argument(
        "--tls", choices=tls_modes, help="TLS mode (default by port: 465 implicit, 587 starttls, else opportunistic)"
    )
    w.add_argument("--ca-file", help="trust this CA bundle (PEM) instead of the system store")
    w.add_argument("--user", help=f"AUTH user (password from ${password_env} or a prompt)")
    w.add_argument("--timeout", type=float, help="limit for every phase in seconds")
    w.add_argument("--deadline", type=float, help="limit for one delivery in seconds (also bounds its lease)")
    w.add_argument("--helo", help="EHLO name (default: this host's FQDN)")
    w.add_argument("--until-idle", action="store_true", help="exit once nothing is in flight or due")
    w.add_argument("--concurrency", type=int, default=8, help="deliveries in flight (default 8)")
    w.add_argument("--first-retry", type=duration, default=300.0, help="first retry delay (default 300s)")
    w.add_argument("--max-retry-delay", type=duration, default=4000.0, help="longest retry delay (default 4000s)")
    w.add_argument("--lifetime", type=duration, default=5 * 86400.0, help="give up after (default 5d)")
    w.add_argument("--max-connections", type=int, help="deliveries in flight per destination")
    w.add_argument("--max-rate", type=float, help="messages per second per destination")
    s = cmds.add_parser("stats", help="entries per state (JSON)")
    s.add_argument("url", metavar="URL")
    ls = cmds.add_parser("list", help="entries, oldest first: id, state, attempts, next attempt, last error")
    ls.add_argument("url", metavar="URL")
    ls.add_argument("--state", choices=("queued", "sending", "deferred", "sent", "failed", "uncertain"))
    ls.add_argument("--limit", type=int, default=100)
    sh = cmds.add_parser("show", help="one entry, as JSON")
    sh.add_argument("url", metavar="URL")
    sh.add_argument("id", metavar="ID")
    r = cmds.add_parser("retry", help="make a deferred/failed entry due now (--uncertain: also an uncertain one)")
    r.add_argument("url", metavar="URL")
    r.add_argument("id", metavar="ID")
    r.add_argument("--uncertain", action="store_true", help="resend even though it may have been delivered")
    p = cmds.add_parser("purge", help="delete entries of a state last changed before --older-than")
    p.add_argument("url", metavar="URL")
    p.add_argument("--state", required=True, choices=("sent", "failed", "uncertain", "deferred", "queued"))
    p.add_argument("--older-than", type=duration, required=True, help="e.g. 7d, 12h")


def _when(t: float | None) -> str:
    if t is None:
        return "-"
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.id,
        "state": e.state,
        "attempts": e.attempts,
        "next_attempt": e.next_attempt,
        "sender": e.sender,
        "recipients": e.recipients,
        "recipient_log": e.recipient_log,
        "message_id": e.message_id,
        "key": e.key,
        "created": e.created,
        "updated": e.updated,
        "error": e.error.to_dict() if e.error is not None else None,
        "result": {k: v for k, v in (e.result or {}).items() if k not in ("attempts", "refused")} or None,
    }


def run(args: argparse.Namespace, password: Any, *, program: bool = False) -> int:
    from .errors import OutboxError

    try:
        return _run(args, password, program)
    except OutboxError as e:
        print(f"resilient-smtp outbox: {e}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, password: Any, program: bool) -> int:
    from .outbox import Outbox

    cmd = args.outbox_command
    if cmd != "work":
        box = Outbox(args.url)
        if cmd == "stats":
            print(json.dumps(box.stats()))
        elif cmd == "list":
            for e in box.list(args.state, args.limit):
                error = f"{type(e.error).__name__}: {e.error}" if e.error is not None else ""
                print(f"{e.id}  {e.state:<9} {e.attempts:>3}  {_when(e.next_attempt)}  {error}")
        elif cmd == "show":
            entry = box.status(args.id)
            if entry is None:
                print(f"resilient-smtp outbox: no entry {args.id}", file=sys.stderr)
                return 1
            print(json.dumps(_entry_json(entry), indent=2))
        elif cmd == "retry":
            try:
                box.retry(args.id, uncertain=args.uncertain)
            except LookupError as e:
                print(f"resilient-smtp outbox: {e}", file=sys.stderr)
                return 1
            print(f"{args.id} queued")
        else:
            print(box.purge(args.state, args.older_than))
        return 0
    box = Outbox(
        args.url,
        args.host,
        args.port,
        tls=args.tls,
        ca_file=args.ca_file,
        username=args.user,
        password=password(args.user),
        timeout=args.timeout,
        deadline=args.deadline,
        helo_name=args.helo,
        first_retry=args.first_retry,
        max_retry_delay=args.max_retry_delay,
        lifetime=args.lifetime,
        max_connections=args.max_connections,
        max_rate=args.max_rate,
    )
    signal.signal(signal.SIGTERM, lambda *_: box.stop())
    done = box.work(until_idle=args.until_idle, concurrency=args.concurrency)
    box.close()
    print(json.dumps(done), flush=True)
    if program:
        _end_worker()
    return 0


def _end_worker() -> NoReturn:
    """Ends a worker's process once its work is recorded (its queue closed, its summary printed): the atexit handlers
    run (logging's flush among them), then the process exits without the interpreter's teardown, which collects every
    module loaded: ~15 ms of CPU on a quiet machine, 30-65 ms as three workers started for one batch ended together,
    and the batch takes as long as its last worker (``benches/outbox_bench.py``'s three workers, the builds in turn,
    8 pairs: 12 956 -> 13 343 msg/s, faster in 7)."""
    import atexit
    import os

    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(0)
