"""Delivery to a real Postfix smtpd (peers.PostfixServer: private instance, Cyrus SASL, STARTTLS or implicit TLS),
by send() and by the smtplib facade, with smtplib itself as the reference where both should behave alike."""

from __future__ import annotations

import smtplib
import ssl

import pytest
import resilient_smtp
from conftest import make_message
from peers import Pki, PostfixServer

USERS = {"alice": "s3cret-pw"}
ONCE = resilient_smtp.RetryPolicy(max_attempts=1)


@pytest.fixture(scope="module")
def submission(pki: Pki):
    """STARTTLS required before MAIL and AUTH, SASL PLAIN/LOGIN/CRAM-MD5; messages kept on hold to be read back."""
    with PostfixServer(tls="starttls", pki=pki, users=USERS, require_tls=True, relay_needs_auth=True, hold=True) as pf:
        yield pf


def test_smtplib_reference_delivers_through_the_peer(submission: PostfixServer, pki: Pki) -> None:
    with smtplib.SMTP(submission.host, submission.port, timeout=10) as s:
        s.starttls(context=ssl.create_default_context(cafile=str(pki.ca_file)))
        s.login("alice", USERS["alice"])
        assert s.sendmail("a@example.com", ["ref@example.net"], b"Subject: ref\r\n\r\nbody\r\n") == {}
    assert any(h.recipients == ["ref@example.net"] for h in submission.held(1))


def test_send_starttls_auth_to_postfix(submission: PostfixServer, pki: Pki) -> None:
    msg = make_message(to="starttls@example.net")
    result = resilient_smtp.send(
        msg,
        submission.address,
        tls="starttls",
        ca_file=pki.ca_file,
        username="alice",
        password=USERS["alice"],
        retry=ONCE,
        timeout=10,
    )
    assert result.code == 250
    held = [h for h in submission.held(2) if h.recipients == ["starttls@example.net"]]
    assert len(held) == 1 and held[0].sender == "alice@example.com"
    assert b"ESMTPSA" in held[0].data  # Postfix's Received header: encrypted and authenticated


def test_postfix_refuses_mail_before_starttls(submission: PostfixServer) -> None:
    with pytest.raises(smtplib.SMTPException) as info:
        resilient_smtp.send(make_message(), submission.address, tls="off", retry=ONCE, timeout=10)
    assert info.value.smtp_code == 530  # 5.7.0 Must issue a STARTTLS command first


def test_implicit_tls_to_postfix(pki: Pki) -> None:
    with PostfixServer(tls="implicit", pki=pki) as pf:
        result = resilient_smtp.send(make_message(), pf.address, tls="implicit", ca_file=pki.ca_file, retry=ONCE)
        assert result.code == 250
        assert pf.delivered() == 1
