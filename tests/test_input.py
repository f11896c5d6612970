"""Bad input is a clear Python error before any byte is sent: the server never even sees a connection."""

from __future__ import annotations

from typing import Any

import pytest
import resilient_smtp as rs
from conftest import make_message
from peers import ScriptedServer

BAD: dict[str, dict[str, Any]] = {
    "crlf-in-sender": {"sender": "a@example.com\r\nRCPT TO:<x@evil.example>"},
    "lf-in-recipient": {"recipients": ["b@example.com\nDATA"]},
    "nul-in-recipient": {"recipients": ["b\0@example.com"]},
    "no-recipients": {"recipients": []},
    "not-an-address": {"recipients": ["no at sign"]},
    "recipient-as-str-with-comma-injection": {"recipients": "b@example.com>\r\nQUIT"},
    "crlf-in-helo": {"helo_name": "host\r\nMAIL FROM:<x>"},
    "space-in-helo": {"helo_name": "two words"},
    "crlf-in-mail-option": {"mail_options": ["SIZE=1\r\nRSET"]},
    "crlf-in-rcpt-option": {"rcpt_options": ["NOTIFY=NEVER\nQUIT"]},
    "mail-options-as-str": {"mail_options": "SMTPUTF8"},
    "crlf-in-username": {"username": "u\r\nx", "password": "p", "allow_insecure_auth": True},
    "username-without-password": {"username": "u"},
    "password-without-username": {"password": "p"},
    "bad-tls-mode": {"tls": "yes"},
    "bad-port": {"port": 70000},
    "negative-timeout": {"timeout": -1},
    "unknown-phase": {"timeouts": {"handshake": 3}},
    "zero-phase-timeout": {"timeouts": {"rcpt": 0}},
    "bad-retry": {"retry": 0},
    "bad-deadline": {"deadline": 0},
    "missing-ca-file": {"ca_file": "/nonexistent/ca.pem", "tls": "starttls"},
    "bad-source-address": {"source_address": "not-an-ip"},
    "bad-resolver": {"resolver": "dns.example.com"},
    "raw-message-without-envelope": {"message": b"Subject: no From or To\r\n\r\nbody\r\n"},
    "bcc-left-in-raw-message": {
        "message": b"From: a@example.com\r\nTo: b@example.com\r\nBcc: c@example.com\r\n\r\nx\r\n"
    },
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
    for kwargs in ({"max_attempts": 0}, {"initial_delay": -1}, {"multiplier": 0.5}, {"jitter": "some"}):
        with pytest.raises(ValueError):
            rs.RetryPolicy(**kwargs)
    with pytest.raises(ValueError):
        rs.Timeouts(rcpt=-5)
