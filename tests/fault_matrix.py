"""The fault matrix: every SMTP phase's stall and every reply fault, produced by Postfix's ``smtp-sink`` (or, for the
connect timeout, a full listen backlog), with the exception it must raise. ``tests/test_faults.py`` runs each one;
``python tests/fault_matrix.py`` prints the table with measured delays (the closing note's table).
"""

from __future__ import annotations

import smtplib
import socket
import time
from dataclasses import dataclass, field

import resilient_smtp as rs
from conftest import make_message
from peers import FullBacklog, SmtpSink

STALL = "30"  # seconds a stalled smtp-sink waits; far beyond the limits below
LIMIT = 0.5  # the phase timeout under test


@dataclass(frozen=True)
class Fault:
    id: str
    sink: tuple[str, ...]  # smtp-sink options
    classes: tuple[type[BaseException], ...]
    phase: str
    code: int | None = None
    transient: bool = True
    maybe_delivered: bool = False
    timeouts: dict[str, float] = field(default_factory=dict)
    body_size: int = 0  # a large body, so that a server that stops reading blocks our writes

    @property
    def limit(self) -> float | None:
        return next(iter(self.timeouts.values()), None)


T = (rs.SMTPTimeoutError, TimeoutError, socket.timeout, smtplib.SMTPException)
DROP = (rs.ServerDisconnected, smtplib.SMTPServerDisconnected)

FAULTS = [
    # A stall in each phase: the phase's own timeout fires, named in the exception.
    Fault("stall-greeting", ("-W", f"CONNECT:{STALL}"), T, "greeting", timeouts={"greeting": LIMIT}),
    Fault("stall-ehlo", ("-W", f"EHLO:{STALL}"), T, "ehlo", timeouts={"ehlo": LIMIT}),
    Fault("stall-mail", ("-W", f"MAIL:{STALL}", "-p"), T, "mail", timeouts={"mail": LIMIT}),
    Fault("stall-rcpt", ("-W", f"RCPT:{STALL}", "-p"), T, "rcpt", timeouts={"rcpt": LIMIT}),
    Fault("stall-data", ("-w", STALL, "-p"), T, "data", timeouts={"data": LIMIT}),
    # -A: after 354 smtp-sink stops reading; a 16 MB body fills the socket buffers and a write blocks.
    Fault("stall-data-block", ("-A", STALL, "-p"), T, "data_block", timeouts={"data_block": LIMIT}, body_size=16 << 20),
    Fault(
        "stall-data-done",
        ("-W", f".:{STALL}"),
        (rs.UncertainTimeout, rs.DeliveryUncertain, *T),
        "data_done",
        transient=False,
        maybe_delivered=True,
        timeouts={"data_done": LIMIT},
    ),
    # Soft (4xx) and hard (5xx) replies to each command.
    Fault("4xx-greeting", ("-r", "CONNECT"), (rs.GreetingRefused, smtplib.SMTPConnectError), "greeting", 450),
    Fault(
        "5xx-greeting",
        ("-f", "CONNECT"),
        (rs.GreetingRefused, smtplib.SMTPConnectError),
        "greeting",
        500,
        transient=False,
    ),
    Fault("4xx-ehlo", ("-r", "EHLO,HELO"), (rs.HeloRefused, smtplib.SMTPHeloError), "ehlo", 450),
    Fault("5xx-ehlo", ("-f", "EHLO,HELO"), (rs.HeloRefused, smtplib.SMTPHeloError), "ehlo", 500, transient=False),
    Fault("4xx-mail", ("-r", "MAIL"), (rs.SenderRefused, smtplib.SMTPSenderRefused), "mail", 450),
    Fault("5xx-mail", ("-f", "MAIL"), (rs.SenderRefused, smtplib.SMTPSenderRefused), "mail", 500, transient=False),
    Fault("4xx-rcpt", ("-r", "RCPT"), (rs.RecipientsRefused, smtplib.SMTPRecipientsRefused), "rcpt", 450),
    Fault(
        "5xx-rcpt", ("-f", "RCPT"), (rs.RecipientsRefused, smtplib.SMTPRecipientsRefused), "rcpt", 500, transient=False
    ),
    Fault("4xx-data", ("-r", "DATA"), (rs.DataRefused, smtplib.SMTPDataError), "data", 450),
    Fault("5xx-data", ("-f", "DATA"), (rs.DataRefused, smtplib.SMTPDataError), "data", 500, transient=False),
    Fault("4xx-dot", ("-r", "."), (rs.DataRefused, smtplib.SMTPDataError), "data_done", 450),
    Fault("5xx-dot", ("-f", "."), (rs.DataRefused, smtplib.SMTPDataError), "data_done", 500, transient=False),
    # 421 and disconnect (RFC 5321 §3.8: the server is going away), after each command.
    Fault("421-greeting", ("-Q", "CONNECT"), (rs.GreetingRefused,), "greeting", 421),
    Fault("421-ehlo", ("-Q", "EHLO"), (rs.HeloRefused,), "ehlo", 421),
    Fault("421-mail", ("-Q", "MAIL", "-p"), (rs.SenderRefused,), "mail", 421),
    Fault("421-rcpt", ("-Q", "RCPT", "-p"), (rs.RecipientsRefused,), "rcpt", 421),
    Fault("421-data", ("-Q", "DATA", "-p"), (rs.DataRefused,), "data", 421),
    Fault("421-dot", ("-Q", "."), (rs.DataRefused,), "data_done", 421),
    # A silent drop after each command.
    Fault("drop-greeting", ("-q", "CONNECT"), DROP, "greeting"),
    Fault("drop-ehlo", ("-q", "EHLO"), DROP, "ehlo"),
    Fault("drop-mail", ("-q", "MAIL", "-p"), DROP, "mail"),
    Fault("drop-rcpt", ("-q", "RCPT", "-p"), DROP, "rcpt"),
    Fault("drop-data", ("-q", "DATA", "-p"), DROP, "data"),
    Fault(
        "drop-dot",
        ("-q", "."),
        (rs.UncertainDisconnect, rs.DeliveryUncertain, *DROP),
        "data_done",
        transient=False,
        maybe_delivered=True,
    ),
]


def provoke(fault: Fault) -> tuple[BaseException, float]:
    """Sends one message (one attempt) to a sink with the fault; returns the exception and the seconds it took."""
    msg = make_message(body=("x" * 999 + "\n") * (fault.body_size // 1000) if fault.body_size else "hi\n")
    with SmtpSink(*fault.sink) as sink:
        start = time.monotonic()
        try:
            rs.send(msg, sink.address, tls="off", retry=1, timeouts=fault.timeouts)
        except rs.DeliveryError as e:
            return e, time.monotonic() - start
    raise AssertionError(f"{fault.id}: delivered despite the fault")


def provoke_connect_timeout() -> tuple[BaseException, float]:
    with FullBacklog() as backlog:
        start = time.monotonic()
        try:
            rs.send(make_message(), f"127.0.0.1:{backlog.port}", tls="off", retry=1, timeouts={"connect": LIMIT})
        except rs.DeliveryError as e:
            return e, time.monotonic() - start
    raise AssertionError("connected through a full backlog")


def main() -> None:
    print("| fault (smtp-sink option) | class | phase | code | transient | maybe_delivered | delay (s) |")
    print("|---|---|---|---|---|---|---|")
    rows = [("connect timeout (full backlog)", *provoke_connect_timeout())]
    rows += [(f"{f.id} (`{' '.join(f.sink)}`)", *provoke(f)) for f in FAULTS]
    for name, e, delay in rows:
        assert isinstance(e, rs.DeliveryError)
        print(
            f"| {name} | {type(e).__name__} | {e.phase} | {e.smtp_code or ''} | {e.transient} | "
            f"{e.maybe_delivered} | {delay:.3f} |"
        )


if __name__ == "__main__":
    main()
