"""resilient_smtp.logging.SMTPHandler against real servers: a stalled smtp-sink (emit never waits for it) and a live
aiosmtpd (records arrive batched, over STARTTLS with AUTH), the max_records bound, the flush at exit."""

from __future__ import annotations

import email
import email.policy
import logging
import logging.config
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peers import SmtpSink, TlsServer, closed_port
from resilient_smtp.logging import SMTPHandler

HERE = Path(__file__).parent


@contextmanager
def attached(handler: logging.Handler, name: str) -> Iterator[logging.Logger]:
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield logger
    finally:
        logger.removeHandler(handler)
        handler.close()


def bodies(server: TlsServer) -> list[str]:
    out = []
    for m in server.messages:
        msg = email.message_from_bytes(m.data, policy=email.policy.default)
        out.append(msg.get_content())  # type: ignore[attr-defined]
    return out


def test_a_stalled_server_never_holds_up_the_caller(caplog, capfd) -> None:
    with SmtpSink("-W", "CONNECT:30") as sink:  # accepts, then says nothing
        handler = SMTPHandler(
            (sink.host, sink.port), "app@example.com", ["ops@example.net"], "errors", timeout=0.5, flush_interval=0.1
        )
        with attached(handler, "test.logging.stalled") as logger:
            started = time.perf_counter()
            for i in range(1000):
                logger.error("failure %d", i)
            elapsed = time.perf_counter() - started
            assert elapsed < 0.05, f"1000 logger.error calls took {elapsed * 1000:.1f} ms"
            time.sleep(0.8)  # the first mail's attempt fails meanwhile (the greeting never comes within 0.5 s)
            assert handler.stats["waiting"] == 1000  # kept for the next try, not lost
        closed = time.monotonic()
    assert time.monotonic() - closed < 3  # close() waits at most about ``timeout`` for a last try
    warnings = [r for r in caplog.records if r.name == "resilient_smtp.logging"]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING
    assert "could not mail 1000 log record(s)" in warnings[0].getMessage()
    assert capfd.readouterr().err == ""  # no "--- Logging error ---" or traceback from the handler


def test_what_a_stalled_server_prints_at_exit() -> None:
    """An application with logging.basicConfig() on stderr, its mail server stalled: it exits within about
    ``timeout``, and the handler's own output is one WARNING (the package's per-attempt log line aside)."""
    script = textwrap.dedent(
        """
        import logging, sys, time
        from resilient_smtp.logging import SMTPHandler
        logging.basicConfig(level=logging.WARNING)
        handler = SMTPHandler(("127.0.0.1", int(sys.argv[1])), "app@example.com", ["ops@example.net"], "stalled",
                              timeout=0.5, flush_interval=0.1)
        app = logging.getLogger("app")
        app.propagate = False
        app.addHandler(handler)
        started = time.perf_counter()
        for i in range(1000):
            app.error("failure %d", i)
        print(time.perf_counter() - started)
        """
    )
    with SmtpSink("-W", "CONNECT:30") as sink:
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-c", script, str(sink.port)], capture_output=True, text=True, timeout=30, cwd=HERE
        )
        took = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert float(proc.stdout) < 0.05
    assert took < 5  # the exit flush waits for one try of at most ``timeout``
    own = [line for line in proc.stderr.splitlines() if "resilient_smtp.logging" in line]
    assert len(own) == 1 and own[0].startswith("WARNING:resilient_smtp.logging:could not mail 1000 log record(s)")
    assert "Traceback" not in proc.stderr and "Logging error" not in proc.stderr
    others = [line for line in proc.stderr.splitlines() if line not in own]
    assert all(line.startswith("WARNING:resilient_smtp.deliver:attempt 1 at 127.0.0.1") for line in others), others


def test_records_arrive_batched_over_starttls_with_auth(pki) -> None:
    with TlsServer(pki, users={"alerts": "pw"}) as server:
        handler = SMTPHandler(
            ("127.0.0.1", server.port),
            "app@example.com",
            "ops@example.net",
            "app errors",
            credentials=("alerts", "pw"),
            secure=(),
            flush_interval=0.3,
            ca_file=pki.ca_file,
        )
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        with attached(handler, "test.logging.live") as logger:
            for i in range(50):
                logger.error("failure %d", i)
            logging.getLogger("resilient_smtp.test").error("about the mail path itself: not mailed")
            deadline = time.monotonic() + 10
            while handler.stats["sent"] < 50 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert handler.stats == {"sent": 50, "waiting": 0, "dropped": 0}
        assert 1 <= len(server.messages) <= 2  # one mail per interval, not one per record
        text = "\n".join(bodies(server))
        assert [f"ERROR failure {i}" in text for i in range(50)] == [True] * 50
        assert "mail path itself" not in text
        first = email.message_from_bytes(server.messages[0].data, policy=email.policy.default)
        assert first["Subject"].startswith("app errors")
        assert first["Date"] is not None
        assert server.messages[0].recipients == ["ops@example.net"]


def test_records_over_max_records_are_dropped_with_a_count(pki) -> None:
    with TlsServer(pki, starttls=False) as server:
        handler = SMTPHandler(
            ("127.0.0.1", server.port),
            "app@example.com",
            ["ops@example.net"],
            "errs",
            flush_interval=30,
            max_records=10,
        )
        with attached(handler, "test.logging.bound") as logger:
            for i in range(25):
                logger.error("failure %d", i)
            assert handler.stats == {"sent": 0, "waiting": 10, "dropped": 15}
        # close() mailed what waited at once, with the count of what was dropped.
        (body,) = bodies(server)
        assert "failure 9" in body and "failure 10" not in body
        assert "[15 more record(s) dropped: more than max_records=10 were waiting]" in body


def test_what_waits_is_mailed_at_exit(pki) -> None:
    script = textwrap.dedent(
        """
        import logging, sys
        from resilient_smtp.logging import SMTPHandler
        logging.basicConfig(level=logging.WARNING)  # stderr: anything the handler reported would show there
        handler = SMTPHandler(("127.0.0.1", int(sys.argv[1])), "app@example.com", ["ops@example.net"], "exit",
                              flush_interval=60)
        logging.getLogger("app").addHandler(handler)
        logging.getLogger("app").error("the last words")
        """
    )
    with TlsServer(pki, starttls=False) as server:
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-c", script, str(server.port)], capture_output=True, text=True, timeout=30, cwd=HERE
        )
        assert proc.returncode == 0, proc.stderr
        assert time.monotonic() - started < 10
        (body,) = bodies(server)
    assert "the last words" in body
    assert proc.stderr == "ERROR:app:the last words\n"  # the handler itself printed nothing


def test_configured_by_dictconfig(pki) -> None:
    with TlsServer(pki, starttls=False) as server:
        config = {
            "class": "resilient_smtp.logging.SMTPHandler",
            "level": "ERROR",
            "mailhost": ["127.0.0.1", server.port],  # JSON/YAML configs give a list
            "fromaddr": "app@example.com",
            "toaddrs": ["ops@example.net"],
            "subject": "from dictConfig",
            "flush_interval": 0.1,
        }
        # dictConfig()'s own way of making a handler, without reconfiguring the test process's logging.
        handler = logging.config.DictConfigurator({"version": 1}).configure_handler(config)
        with attached(handler, "test.logging.dictconfig") as logger:
            logger.warning("below the handler's level")
            logger.error("configured")
            handler.flush()
            (body,) = bodies(server)
    assert "configured" in body and "below" not in body


def test_a_batch_the_server_refused_is_mailed_once_it_is_back(caplog) -> None:
    port = closed_port()
    handler = SMTPHandler(("127.0.0.1", port), "app@example.com", ["ops@example.net"], "later", flush_interval=0.1)
    with attached(handler, "test.logging.recovery") as logger:
        for i in range(5):
            logger.error("while down %d", i)
        deadline = time.monotonic() + 5
        while not [r for r in caplog.records if r.name == "resilient_smtp.logging"] and time.monotonic() < deadline:
            time.sleep(0.02)  # until the first try failed (the port refuses)
        logger.error("still down")
        with SmtpSink(port=port) as sink:
            deadline = time.monotonic() + 10
            while handler.stats["sent"] < 6 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert handler.stats == {"sent": 6, "waiting": 0, "dropped": 0}
            (mailed,) = sink.messages()  # the kept batch and the newer record: one mail
    text = mailed.decode()
    assert all(f"while down {i}" in text for i in range(5)) and "still down" in text
    warnings = [r for r in caplog.records if r.name == "resilient_smtp.logging"]
    assert len(warnings) == 1 and "could not mail 5 log record(s)" in warnings[0].getMessage()
