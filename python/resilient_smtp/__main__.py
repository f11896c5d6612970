"""The command line: ``resilient-smtp probe|send|outbox|demo`` (also ``python -m resilient_smtp``).

Exit codes (``probe`` and ``send``), one per failed phase like swaks':

    0   ok (probe: usable; send: delivered)
    1   internal error
    2   usage error (bad option or value)
    3   send: maybe delivered (the reply after "." never came; not resent)
    20  resolve (DNS: no such domain, null MX, no address, resolver failure)
    21  connect (refused, filtered/timed out, unreachable)
    22  greeting (421/5xx greeting, no greeting)
    23  ehlo
    24  starttls (STARTTLS missing or failing, certificate not trusted)
    25  auth (bad credentials, no AUTH, AUTH only after TLS)
    26  mail
    27  rcpt (refused recipient, relay denied, greylisted)
    28  data, 29 data_block, 30 data_done, 31 rset, 32 quit

The password is read from the environment variable RESILIENT_SMTP_PASSWORD, or asked for at a prompt: never from
the command line, where it would land in the shell history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from .types import Attempt

PASSWORD_ENV = "RESILIENT_SMTP_PASSWORD"

_EPILOG = """exit codes: 0 ok, 1 internal error, 2 usage error, 3 maybe delivered (send), then one per failed phase:
20 resolve, 21 connect, 22 greeting, 23 ehlo, 24 starttls (incl. certificate), 25 auth, 26 mail, 27 rcpt,
28 data, 29 data_block, 30 data_done, 31 rset, 32 quit.
The password comes from $RESILIENT_SMTP_PASSWORD or a prompt, never from the command line."""


def _password(user: str | None) -> str | None:
    if user is None:
        return None
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        print(
            f"resilient-smtp: --user needs a password: set {PASSWORD_ENV} (no terminal to prompt on)", file=sys.stderr
        )
        raise SystemExit(2)
    return getpass.getpass(f"password for {user}: ")


def _timeouts(args: argparse.Namespace) -> dict[str, float] | None:
    if args.timeout is None:
        return None
    from .types import Timeouts

    return {name: args.timeout for name in Timeouts.__dataclass_fields__}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resilient-smtp",
        description="SMTP with a timeout per phase, retries, failover and honest outcomes.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log to stderr as it happens: -v each attempt, -vv every command sent (credentials redacted)",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"resilient-smtp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="{probe,send,outbox,demo}")
    sub.required = True
    tls_modes = ("starttls", "opportunistic", "implicit", "off")

    p = sub.add_parser(
        "probe",
        help="check step by step whether mail can go through a server or to a domain",
        description="Check step by step whether mail can go through a server or to a domain.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "target", metavar="TARGET", help="a mail domain (its MX hosts are probed), user@domain, or host[:port]"
    )
    p.add_argument("--port", type=int, help="port (default: from TARGET, else 25; 465 with --tls implicit)")
    p.add_argument(
        "--tls", choices=tls_modes, help="TLS mode (default by port: 465 implicit, 587 starttls, else opportunistic)"
    )
    p.add_argument("--ca-file", help="trust this CA bundle (PEM) instead of the system store")
    p.add_argument("--user", help=f"test AUTH as this user (password from ${PASSWORD_ENV} or a prompt)")
    p.add_argument("--from", dest="mail_from", help="MAIL FROM address for the --rcpt test (default: <>)")
    p.add_argument(
        "--rcpt",
        action="append",
        default=[],
        help="test RCPT TO for this address (no message is sent; RSET ends the test); repeatable",
    )
    p.add_argument(
        "--resolver", action="append", help="DNS server to ask (IP[:port]) instead of the system's; repeatable"
    )
    p.add_argument("--timeout", type=float, help="limit for every step in seconds (default 30)")
    p.add_argument(
        "--helo",
        help="EHLO name (default: this host's FQDN, or its address in brackets when it has none, as smtplib does)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    s = sub.add_parser(
        "send",
        help="send one message, printing the timeline of attempts",
        description="Send one message, printing the timeline of attempts.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("--host", action="append", required=True, help="relay host[:port]; repeat for failover in order")
    s.add_argument("--port", type=int, help="port for relays given without one")
    s.add_argument("--from", dest="sender", required=True, help="envelope sender and From:")
    s.add_argument("--to", action="append", required=True, help="recipient; repeatable")
    s.add_argument("--subject", default="resilient-smtp test", help="subject (with --body)")
    body = s.add_mutually_exclusive_group()
    body.add_argument("--body", help="message text (default: a short test text)")
    body.add_argument(
        "--file", help="a complete message (RFC 5322, e.g. a .eml file) to send as it is; '-' reads standard input"
    )
    s.add_argument("--tls", choices=tls_modes, help="TLS mode (default by port, as for probe)")
    s.add_argument("--ca-file", help="trust this CA bundle (PEM) instead of the system store")
    s.add_argument("--user", help=f"AUTH user (password from ${PASSWORD_ENV} or a prompt)")
    s.add_argument("--retry", type=int, default=None, help="attempts in all (default 4; 1 = no retry)")
    s.add_argument("--deadline", type=float, help="give up after this many seconds in all")
    s.add_argument("--timeout", type=float, help="limit for every phase in seconds")
    s.add_argument(
        "--helo",
        help="EHLO name (default: this host's FQDN, or its address in brackets when it has none, as smtplib does)",
    )
    s.add_argument("--json", action="store_true", help="print the result or error as JSON")

    from . import _outbox_cli

    _outbox_cli.add_parser(sub, tls_modes, PASSWORD_ENV)

    sub.add_parser(
        "demo",
        help="watch failover, backoff and honest outcomes against servers started in this process (no network needed)",
        description="Watch failover, backoff and honest outcomes against SMTP servers started in this process on "
        "loopback (no network needed).",
    )
    return parser


def _timeline(attempts: Sequence[Attempt]) -> str:
    from ._render import attempts_text

    return attempts_text(attempts)


def _probe(args: argparse.Namespace) -> int:
    from ._probe import probe

    report = probe(
        args.target,
        port=args.port,
        tls=args.tls,
        ca_file=args.ca_file,
        username=args.user,
        password=_password(args.user),
        timeouts=_timeouts(args),
        resolver=args.resolver,
        mail_from=args.mail_from,
        rcpt_to=args.rcpt or None,
        helo_name=args.helo,
    )
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report)
    return report.exit_code


def _send(args: argparse.Namespace) -> int:
    import email.message

    from . import send
    from ._probe import exit_code_for
    from ._render import printable
    from .errors import DeliveryError

    message: object
    if args.file is not None:
        if args.file == "-":
            message = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as f:
                message = f.read()
    else:
        msg = email.message.EmailMessage()
        msg["From"] = args.sender
        msg["To"] = ", ".join(args.to)
        msg["Subject"] = args.subject
        msg.set_content(args.body if args.body is not None else "A test message sent by resilient-smtp.\n")
        message = msg
    try:
        result = send(
            message,
            args.host,
            args.port,
            sender=args.sender,
            recipients=args.to,
            tls=args.tls,
            username=args.user,
            password=_password(args.user),
            ca_file=args.ca_file,
            retry=args.retry,
            deadline=args.deadline,
            timeout=args.timeout,
            helo_name=args.helo,
        )
    except DeliveryError as e:
        if args.json:
            print(json.dumps(e.to_dict(), indent=2))
        else:
            print("attempts:")
            print(_timeline(e.attempts))
            state = "MAYBE DELIVERED" if e.maybe_delivered else "NOT DELIVERED"
            print(printable(f"{state}: {type(e).__name__}: {e}"))
            if e.maybe_delivered:
                print("  the server may have the message: it was not resent (a resend could duplicate it)")
            elif e.transient and e.retry_after:
                print(f"  transient: trying again in {e.retry_after:.0f} s or later may work")
        return 3 if e.maybe_delivered else exit_code_for(str(e.phase) if e.phase else None) or 1
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print("attempts:")
        print(_timeline(result.attempts))
        print(
            printable(
                f"DELIVERED to {result.host} [{result.ip}]:{result.port} in {result.elapsed:.3f} s: "
                f"{result.code} {result.reply}"
            )
        )
        print("  message-id: " + str(result.message_id))
        print("  phases: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in result.timings.items()))
        if result.refused:
            for rcpt, (code, text) in result.refused.items():
                print(printable(f"  refused {rcpt}: {code} {text.decode('utf-8', 'replace')}"))
    return 0


def main(argv: list[str] | None = None, *, program: bool = False) -> int:
    """Runs one command; returns the exit code (see the module docstring). ``program``: this is the process's
    command (:func:`program`), which a worker may end itself once its work is recorded."""
    args = _parser().parse_args(argv)
    # What the library logs, the printed timeline already tells; without logging configured, keep it off stderr.
    import logging

    logger = logging.getLogger("resilient_smtp")
    if args.verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if args.verbose > 1 else logging.INFO)
    elif not logger.handlers and not logging.getLogger().handlers:
        logger.addHandler(logging.NullHandler())
    try:
        if args.command == "probe":
            return _probe(args)
        if args.command == "send":
            return _send(args)
        if args.command == "outbox":
            from . import _outbox_cli

            return _outbox_cli.run(args, _password, program=program)
        from ._demo import run_demo

        return run_demo()
    except (ValueError, TypeError, OSError) as e:
        print(f"resilient-smtp {args.command}: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def program() -> NoReturn:
    """The ``resilient-smtp`` command and ``python -m resilient_smtp``: :func:`main`, whose code ends the process."""
    sys.exit(main(program=True))


if __name__ == "__main__":
    program()
