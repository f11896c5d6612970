"""resilient_smtp.django.EmailBackend in a real Django 5.2 project (tests/djangoproject) against aiosmtpd and Postfix's
smtp-sink: mail sent inside a request, send_mass_mail, Django's message features, fail_silently, settings, threads."""

from __future__ import annotations

import email
import email.policy
import io
import os
import threading
import time

import django
import pytest

_previous = os.environ.get("DJANGO_SETTINGS_MODULE")
os.environ["DJANGO_SETTINGS_MODULE"] = "djangoproject.settings"
django.setup()
# Configured now: the environment goes back as it was, so other tests' subprocesses do not inherit this project.
if _previous is None:
    del os.environ["DJANGO_SETTINGS_MODULE"]
else:
    os.environ["DJANGO_SETTINGS_MODULE"] = _previous

import resilient_smtp
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from peers import SmtpSink, TlsServer, closed_port
from resilient_smtp.django import EmailBackend


def parsed(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def test_send_mail_inside_a_request_over_starttls_with_auth(pki) -> None:
    with TlsServer(pki, users={"site": "s3cret"}) as server:
        settings = {
            "EMAIL_PORT": server.port,
            "EMAIL_USE_TLS": True,
            "EMAIL_HOST_USER": "site",
            "EMAIL_HOST_PASSWORD": "s3cret",
            "RESILIENT_SMTP": {"ca_file": pki.ca_file, "retry": 1},
        }
        with override_settings(**settings):
            response = Client().get("/signup", {"to": "Zoë Ünïcode <zoe@bücher.example>"})
        assert response.status_code == 200
        assert response.content == b"1"
    (got,) = server.messages
    # DEFAULT_FROM_EMAIL = "Site Ünïcode <noreply@example.com>": the envelope has the address only; the header keeps
    # the display name as Django's sanitize_address encoded it, the IDN domain in punycode.
    assert got.sender == "noreply@example.com"
    assert got.recipients == ["zoe@xn--bcher-kva.example"]
    msg = parsed(got.data)
    assert str(msg["From"]) == "Site Ünïcode <noreply@example.com>"
    assert msg["To"].addresses[0].domain == "xn--bcher-kva.example"
    assert msg["Subject"] == "Welcome"
    assert "From now on, you get mail." in msg.get_content()  # a body line starting "From " is not mangled


def test_send_mass_mail_through_one_pool() -> None:
    datatuple = [(f"Note {i}", f"Body {i}\n", None, [f"user{i}@example.net"]) for i in range(20)]
    with SmtpSink() as sink:
        with override_settings(EMAIL_PORT=sink.port):
            assert mail.send_mass_mail(datatuple) == 20
            backend = mail.get_connection()
            assert backend.sender.pool_stats[0] <= 8  # send_many over at most 8 connections
        assert sink.received() == 20


def test_django_message_features_survive(pki) -> None:
    with TlsServer(pki, starttls=False) as server:
        with override_settings(EMAIL_PORT=server.port):
            msg = mail.EmailMultiAlternatives(
                subject="Invoice — März",
                body="Plain text\n",
                from_email="Buchhaltung Größe <billing@example.com>",
                to=["Ana <ana@example.net>"],
                cc=["cc@example.net"],
                bcc=["audit@example.org"],
                reply_to=["Support <support@example.com>"],
                headers={"X-Campaign": "march-2026"},
            )
            msg.attach_alternative("<p>HTML text</p>", "text/html")
            msg.attach("invoice.pdf", b"%PDF-1.4 binary \x00\xff", "application/pdf")
            assert msg.send() == 1
    (got,) = server.messages
    assert got.sender == "billing@example.com"
    assert sorted(got.recipients) == ["ana@example.net", "audit@example.org", "cc@example.net"]
    parsed_msg = parsed(got.data)
    assert "Bcc" not in parsed_msg
    assert parsed_msg["Reply-To"] == "Support <support@example.com>"
    assert parsed_msg["X-Campaign"] == "march-2026"
    assert parsed_msg["Subject"] == "Invoice — März"
    assert str(parsed_msg["From"]) == "Buchhaltung Größe <billing@example.com>"
    (attachment,) = parsed_msg.iter_attachments()
    assert attachment.get_filename() == "invoice.pdf"
    assert attachment.get_content() == b"%PDF-1.4 binary \x00\xff"
    html = parsed_msg.get_body(preferencelist=("html",))
    assert html is not None and "<p>HTML text</p>" in html.get_content()
    # The outcome is left on the message, as anymail leaves anymail_status.
    assert isinstance(msg.resilient_smtp, resilient_smtp.SendResult)
    assert msg.resilient_smtp.code == 250
    assert msg.resilient_smtp.message_id == parsed_msg["Message-ID"]


def test_fail_silently_on_a_closed_port() -> None:
    port = closed_port()
    with override_settings(EMAIL_PORT=port):
        started = time.monotonic()
        response = Client().get("/signup", {"to": "bob@example.net", "quiet": "1"})
        assert response.content == b"0"
        assert time.monotonic() - started < 5  # two attempts 50 ms apart (settings.RESILIENT_SMTP), not seconds
        msg = mail.EmailMessage("hi", "body", None, ["bob@example.net"])
        assert msg.send(fail_silently=True) == 0
        assert isinstance(msg.resilient_smtp, resilient_smtp.ConnectionRefused)
        assert msg.resilient_smtp.port == port
        assert len(msg.resilient_smtp.attempts) == 2
        with pytest.raises(resilient_smtp.ConnectionRefused):
            mail.send_mail("hi", "body", None, ["bob@example.net"])


def test_fail_silently_does_not_hide_a_bad_address() -> None:
    with SmtpSink() as sink:
        with override_settings(EMAIL_PORT=sink.port):
            with pytest.raises(ValueError):
                mail.send_mail("hi", "body", None, ["bob@example.net\nBcc: victim@example.org"], fail_silently=True)
        assert sink.received(settle=0.1) == 0


def test_a_refused_recipient_is_its_message_outcome() -> None:
    with SmtpSink("-f", "RCPT") as sink:
        with override_settings(EMAIL_PORT=sink.port):
            messages = [mail.EmailMessage("hi", "body", None, [f"r{i}@example.net"]) for i in range(3)]
            assert mail.get_connection(fail_silently=True).send_messages(messages) == 0
            for m in messages:
                assert isinstance(m.resilient_smtp, resilient_smtp.RecipientsRefused)
                assert not m.resilient_smtp.transient
            with pytest.raises(resilient_smtp.RecipientsRefused):
                mail.get_connection().send_messages(messages[:1])


def test_threads_share_one_backend() -> None:
    with SmtpSink() as sink:
        with override_settings(EMAIL_PORT=sink.port):
            backend = mail.get_connection()
            counts: list[int] = []

            def worker(n: int) -> None:
                for i in range(10):
                    msg = mail.EmailMessage(f"t{n}-{i}", "body", None, [f"t{n}@example.net"], connection=backend)
                    counts.append(msg.send())

            threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(30)
            assert sum(counts) == 80
            # Later backends for the same settings reuse the pool's connections.
            assert mail.get_connection().sender is backend.sender
            opened, reused = backend.sender.pool_stats
            assert opened <= 8 and reused >= 72
        assert sink.received() == 80


def test_settings_and_get_connection_keywords() -> None:
    with override_settings(EMAIL_USE_TLS=True, EMAIL_USE_SSL=True):
        with pytest.raises(ValueError, match="mutually exclusive"):
            mail.get_connection()
    with pytest.raises(TypeError, match="bogus"):
        mail.get_connection(bogus=1)
    with pytest.raises(ValueError, match="port"):
        mail.get_connection(port=0)
    with override_settings(
        EMAIL_USE_SSL=True, EMAIL_TIMEOUT=7, EMAIL_HOST_USER="u", EMAIL_HOST_PASSWORD="hunter2-secret"
    ):
        backend = mail.get_connection(port=2465, retry=1)
        assert backend.options["tls"] == "implicit"
        assert backend.options["timeout"] == 7
        assert backend.options["port"] == 2465
        assert backend.options["retry"] == 1
        assert "hunter2" not in repr(backend.sender) + repr(backend.options.keys())
    with override_settings(EMAIL_HOST_USER="u", EMAIL_HOST_PASSWORD=""):
        assert "username" not in mail.get_connection().options  # Django logs in only with both
    assert isinstance(mail.get_connection(), EmailBackend)


def test_outbox_mode_queues_inside_the_request_and_a_worker_delivers(pki, tmp_path) -> None:
    with TlsServer(pki, starttls=False) as server:
        settings = {"EMAIL_PORT": server.port, "RESILIENT_SMTP": {"outbox": str(tmp_path / "outbox.db")}}
        with override_settings(**settings):
            response = Client().get("/signup", {"to": "Zoë <zoe@bücher.example>"})
            assert response.content == b"1"
            msg = mail.EmailMessage("second", "body", None, ["bob@example.net"], bcc=["audit@example.org"])
            assert msg.send() == 1
            assert server.connections == 0  # nothing talked SMTP inside the request
            backend = mail.get_connection()
            assert backend.sender is None
            assert backend.outbox.status(msg.resilient_smtp).state == "queued"
            out = io.StringIO()
            call_command("resilient_smtp_work", "--until-idle", stdout=out)
            assert out.getvalue().split() == ["sent=2", "deferred=0", "failed=0", "uncertain=0"]
            assert backend.outbox.status(msg.resilient_smtp).state == "sent"
    envelopes = sorted((m.sender, m.recipients) for m in server.messages)
    assert envelopes == [
        ("noreply@example.com", ["bob@example.net", "audit@example.org"]),
        ("noreply@example.com", ["zoe@xn--bcher-kva.example"]),
    ]
    assert all(b"audit@" not in m.data for m in server.messages)


def test_the_worker_command_needs_an_outbox() -> None:
    with pytest.raises(CommandError, match="outbox"):
        call_command("resilient_smtp_work", "--until-idle")
