"""send_email_with_retry: the seed article's function as a drop-in (True/False, max_retries = attempts in all), and
the article's Example 3 run unchanged from examples/ against smtp-sink."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import resilient_smtp
from conftest import make_message
from peers import Pki, ScriptedServer, SmtpSink, TlsServer, closed_port
from resilient_smtp import send_email_with_retry

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "seed_example3.py"
SECRET = "pw-that-must-not-leak-9137"


def failure_record(caplog: pytest.LogCaptureFixture) -> logging.LogRecord:
    records = [r for r in caplog.records if r.name == "resilient_smtp.compat" and r.levelno == logging.ERROR]
    assert len(records) == 1
    return records[0]


def test_seed_example3_runs_unchanged_against_smtp_sink() -> None:
    with SmtpSink() as sink:
        env = {**os.environ, "SEED_SMTP_HOST": sink.host, "SEED_SMTP_PORT": str(sink.port)}
        out = subprocess.run([sys.executable, str(EXAMPLE)], env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "Email sent successfully after retries."
        assert sink.received() == 1
        data = sink.messages()[0]
    assert b"Subject: Test Email Subject" in data and b"<recipient@example.com>" in data


def test_true_on_success_and_nothing_printed(capsys: pytest.CaptureFixture) -> None:
    with SmtpSink() as sink:
        assert send_email_with_retry(make_message(), (sink.host, sink.port), timeout=5) is True
        assert sink.received() == 1
    assert capsys.readouterr().out == ""


def test_false_after_max_retries_against_a_closed_port(caplog: pytest.LogCaptureFixture) -> None:
    port = closed_port()
    started = time.monotonic()
    ok = send_email_with_retry(make_message(), ("127.0.0.1", port), timeout=5, max_retries=3, backoff_factor=1)
    elapsed = time.monotonic() - started
    assert ok is False
    error = failure_record(caplog).delivery_error
    assert isinstance(error, ConnectionRefusedError)
    assert [a.number for a in error.attempts] == [1, 2, 3]
    # backoff_factor=1: full jitter up to 1 s before each retry, none after the last attempt
    assert all(a.delay_before <= 1.0 + 1e-6 for a in error.attempts)
    assert elapsed < 2 * 1.0 + 1.0
    warnings = [r for r in caplog.records if r.name == "resilient_smtp.deliver" and r.levelno == logging.WARNING]
    assert len(warnings) == 3  # one per failed attempt


def test_permanent_failure_is_not_retried(caplog: pytest.LogCaptureFixture) -> None:
    with SmtpSink("-f", "MAIL") as sink:
        started = time.monotonic()
        ok = send_email_with_retry(make_message(), (sink.host, sink.port), timeout=5, max_retries=5, backoff_factor=2)
        assert time.monotonic() - started < 1.0  # no backoff sleep at all
        assert sink.received() == 0
    assert ok is False
    error = failure_record(caplog).delivery_error
    assert error.smtp_code // 100 == 5 and len(error.attempts) == 1


def test_transient_failure_retried_until_delivered() -> None:
    with ScriptedServer(greylist=True) as server:
        ok = send_email_with_retry(make_message(), (server.host, server.port), timeout=5, backoff_factor=0.1)
    assert ok is True
    assert len(server.messages) == 1 and server.connections == 2


def test_options_reach_send_and_the_password_is_never_logged(pki: Pki, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="resilient_smtp")
    with TlsServer(pki, users={"u": SECRET}) as server:
        address = ("127.0.0.1", server.port)
        assert send_email_with_retry(
            make_message(), address, 5, username="u", password=SECRET, tls="starttls", ca_file=pki.ca_file
        )
        assert not send_email_with_retry(
            make_message(), address, 5, username="u", password=SECRET + "x", tls="starttls", ca_file=pki.ca_file
        )
    assert len(server.messages) == 1
    error = failure_record(caplog).delivery_error
    assert isinstance(error, resilient_smtp.AuthenticationFailed) and len(error.attempts) == 1
    assert SECRET not in caplog.text and SECRET not in repr(error) and SECRET not in str(error)


def test_bad_arguments_raise_before_any_connection() -> None:
    with pytest.raises(TypeError):
        send_email_with_retry(make_message(), "127.0.0.1", 5, retry=3)
    with pytest.raises(TypeError):
        send_email_with_retry(make_message(), ("127.0.0.1",), 5)
    with pytest.raises(ValueError):
        send_email_with_retry(make_message(), ("127.0.0.1", 25), 5, max_retries=0)
    with pytest.raises(ValueError):
        send_email_with_retry(make_message(), ("127.0.0.1", 25), -1)
