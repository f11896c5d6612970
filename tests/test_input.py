"""Bad input is a clear Python error before any byte is sent: the server never even sees a connection."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import resilient_smtp as rs
from conftest import make_message
from peers import ScriptedServer

BAD: Dict[str, Dict[str, Any]] = {
    "crlf-in-sender": dict(sender="a@example.com\r\nRCPT TO:<x@evil.example>"),
    "lf-in-recipient": dict(recipients=["b@example.com\nDATA"]),
    "nul-in-recipient": dict(recipients=["b\0@example.com"]),
    "no-recipients": dict(recipients=[]),
    "not-an-address": dict(recipients=["no at sign"]),
    "recipient-as-str-with-comma-injection": dict(recipients="b@example.com>\r\nQUIT"),
    "crlf-in-helo": dict(helo_name="host\r\nMAIL FROM:<x>"),
    "space-in-helo": dict(helo_name="two words"),
    "crlf-in-mail-option": dict(mail_options=["SIZE=1\r\nRSET"]),
    "crlf-in-rcpt-option": dict(rcpt_options=["NOTIFY=NEVER\nQUIT"]),
    "mail-options-as-str": dict(mail_options="SMTPUTF8"),
    "crlf-in-username": dict(username="u\r\nx", password="p", allow_insecure_auth=True),
    "username-without-password": dict(username="u"),
    "password-without-username": dict(password="p"),
    "bad-tls-mode": dict(tls="yes"),
    "bad-port": dict(port=70000),
    "negative-timeout": dict(timeout=-1),
    "unknown-phase": dict(timeouts={"handshake": 3}),
    "zero-phase-timeout": dict(timeouts={"rcpt": 0}),
    "bad-retry": dict(retry=0),
    "bad-deadline": dict(deadline=0),
    "missing-ca-file": dict(ca_file="/nonexistent/ca.pem", tls="starttls"),
    "bad-source-address": dict(source_address="not-an-ip"),
    "bad-resolver": dict(resolver="dns.example.com"),
    "raw-message-without-envelope": dict(message=b"Subject: no From or To\r\n\r\nbody\r\n"),
    "bcc-left-in-raw-message": dict(message=b"From: a@example.com\r\nTo: b@example.com\r\nBcc: c@example.com\r\n\r\nx\r\n"),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_input_raises_before_connecting(case: str) -> None:
    options = dict(BAD[case])
    message = options.pop("message", make_message())
    port = options.pop("port", None)
    with ScriptedServer() as server:
        host = server.address if port is None else "127.0.0.1"
        with pytest.raises((ValueError, TypeError)) as info:
            rs.send(message, host, port, tls=options.pop("tls", "off"), retry=options.pop("retry", 1), **options)
        assert server.connections == 0
    assert str(info.value)
    assert not isinstance(info.value, rs.DeliveryError)


def test_bad_policy_values_raise_value_error() -> None:
    for kwargs in (dict(max_attempts=0), dict(initial_delay=-1), dict(multiplier=0.5), dict(jitter="some")):
        with pytest.raises(ValueError):
            rs.RetryPolicy(**kwargs)
    with pytest.raises(ValueError):
        rs.Timeouts(rcpt=-5)
