"""resilient_smtp.probe() against real servers on loopback: aiosmtpd with STARTTLS and AUTH, smtp-sink faults, dnsmasq
MX records, and our scripted greylister."""

from __future__ import annotations

import json
import socket
import time
from html.parser import HTMLParser
from typing import ClassVar

import pytest
import resilient_smtp
from peers import Dnsmasq, FullBacklog, ScriptedServer, SmtpSink, TlsServer, closed_port, free_port
from resilient_smtp._probe import EXIT_CODES, ProbeReport

SECRET = "s3cret-Pa55word"
HELO = "probe.test"


def phases(report: ProbeReport, host: int = 0) -> list[str]:
    return [str(s.phase) for s in report.hosts[host].steps]


def kinds(report: ProbeReport, severity: str = "error") -> list[str]:
    return [p.kind for p in report.problems if p.severity == severity]


def test_starttls_and_auth_show_tls_version_certificate_and_mechanisms(pki):
    with TlsServer(pki, users={"alice": SECRET}) as server:
        r = resilient_smtp.probe(
            f"127.0.0.1:{server.port}",
            tls="starttls",
            ca_file=pki.ca_file,
            username="alice",
            password=SECRET,
            helo_name=HELO,
        )
    assert r.ok, str(r)
    h = r.hosts[0]
    assert phases(r) == ["connect", "greeting", "ehlo", "starttls", "ehlo", "auth", "quit"]
    assert h.tls is not None and h.tls["version"] in ("TLSv1.2", "TLSv1.3")
    assert h.tls["verified"] is True and h.tls["trusted_as_is"] is False  # a chain to the test CA
    assert h.tls["certificate"]["subject"] == "CN=localhost"
    assert "resilient-smtp test CA" in h.tls["certificate"]["issuer"]
    assert "IP:127.0.0.1" in h.tls["certificate"]["sans"]
    assert h.starttls_offered and {"PLAIN", "LOGIN"} <= set(h.auth_mechanisms)
    assert h.authenticated is True
    text = str(r)
    assert "TLSv1." in text and "CN=localhost" in text and "AUTH mechanisms offered:" in text
    for rendering in (text, repr(r), r._repr_html_(), json.dumps(r.to_dict())):
        assert SECRET not in rendering


def test_bad_password_fails_at_auth_with_a_hint_and_never_shows_it(pki):
    with TlsServer(pki, users={"alice": "right"}) as server:
        r = resilient_smtp.probe(
            f"127.0.0.1:{server.port}",
            tls="starttls",
            ca_file=pki.ca_file,
            username="alice",
            password=SECRET,
            helo_name=HELO,
        )
    assert not r.ok and r.failed_phase == "auth"
    assert kinds(r) == ["bad_credentials"]
    assert "app password" in r.errors[0].hint
    assert r.hosts[0].authenticated is False
    assert r.exit_code == EXIT_CODES["auth"] == 25
    for rendering in (str(r), r._repr_html_(), json.dumps(r.to_dict())):
        assert SECRET not in rendering


def test_expired_certificate_is_described_and_reported(pki):
    with TlsServer(pki, expired=True) as server:
        r = resilient_smtp.probe(f"127.0.0.1:{server.port}", tls="starttls", ca_file=pki.ca_file, helo_name=HELO)
    assert not r.ok and r.failed_phase == "starttls"
    assert kinds(r) == ["certificate_expired"]
    tls = r.hosts[0].tls
    assert tls is not None and tls["verified"] is False and tls["certificate"]["not_after"] < time.time()
    # The probe went on after the handshake: the server's TLS capabilities were read.
    assert phases(r) == ["connect", "greeting", "ehlo", "starttls", "ehlo", "quit"]


def test_certificate_for_another_name(pki):
    with TlsServer(pki) as server, Dnsmasq(a=[("mail.probe.test", "127.0.0.1")]) as dns:
        r = resilient_smtp.probe(
            f"mail.probe.test:{server.port}", tls="starttls", ca_file=pki.ca_file, resolver=dns.address, helo_name=HELO
        )
    assert not r.ok and r.failed_phase == "starttls"
    assert kinds(r) == ["certificate_name"]
    assert phases(r)[0] == "resolve"


def test_untrusted_issuer_without_ca_file(pki):
    with TlsServer(pki) as server:
        r = resilient_smtp.probe(f"127.0.0.1:{server.port}", tls="starttls", helo_name=HELO)
    assert kinds(r) == ["certificate_untrusted"] and "ca_file" in r.errors[0].hint


def test_530_must_starttls_first(pki):
    with TlsServer(pki, require_starttls=True) as server:
        r = resilient_smtp.probe(f"127.0.0.1:{server.port}", tls="off", rcpt_to="bob@example.net", helo_name=HELO)
    assert not r.ok and r.failed_phase == "mail"
    assert kinds(r)[0] == "starttls_required"
    assert 'tls="starttls"' in r.errors[0].hint


def test_starttls_required_but_not_offered():
    with SmtpSink() as sink:
        r = resilient_smtp.probe(sink.address, tls="starttls", helo_name=HELO)
    assert not r.ok and r.failed_phase == "starttls" and kinds(r) == ["starttls_unavailable"]


def test_plain_server_is_usable_with_a_warning_and_rcpt_test_ends_in_rset():
    with SmtpSink() as sink:
        r = resilient_smtp.probe(
            sink.address,
            rcpt_to=["bob@example.net", "carol@example.net"],
            mail_from="alice@example.com",
            helo_name=HELO,
        )
        assert sink.received() == 0  # no message was sent
    assert r.ok and r.failed_phase is None and r.exit_code == 0
    assert phases(r) == ["connect", "greeting", "ehlo", "starttls", "mail", "rcpt", "rcpt", "rset", "quit"]
    assert kinds(r, "warning") == ["no_tls"]
    assert r.hosts[0].steps[3].status == "skipped"


def test_closed_port_is_refused():
    r = resilient_smtp.probe(f"127.0.0.1:{closed_port()}", helo_name=HELO)
    assert not r.ok and r.failed_phase == "connect" and kinds(r) == ["refused"]
    assert r.exit_code == 21


def test_filtered_port_times_out_at_connect():
    with FullBacklog() as fb:
        started = time.monotonic()
        r = resilient_smtp.probe(f"127.0.0.1:{fb.port}", timeouts={"connect": 0.5}, helo_name=HELO)
        took = time.monotonic() - started
    assert not r.ok and r.failed_phase == "connect" and kinds(r) == ["filtered"]
    assert "blocked or filtered" in r.errors[0].hint
    assert took < 0.5 + 3


def test_stalled_greeting_fails_at_greeting_within_its_timeout():
    with SmtpSink("-W", "CONNECT:30") as sink:
        started = time.monotonic()
        r = resilient_smtp.probe(sink.address, timeouts={"greeting": 0.5}, helo_name=HELO)
        took = time.monotonic() - started
    assert not r.ok and r.failed_phase == "greeting" and kinds(r) == ["greeting_timeout"]
    assert r.hosts[0].steps[-1].status == "failed"
    assert took < 0.5 + 3


def test_421_greeting():
    with SmtpSink("-Q", "CONNECT") as sink:
        r = resilient_smtp.probe(sink.address, helo_name=HELO)
    assert not r.ok and r.failed_phase == "greeting" and kinds(r) == ["greeting_421"]
    assert r.hosts[0].steps[-1].code == 421
    assert r.exit_code == 22


def test_421_greeting_from_a_scripted_server_with_its_text():
    with ScriptedServer({"greeting": "421 4.7.0 Too many connections from your IP"}) as server:
        r = resilient_smtp.probe(server.address, helo_name=HELO)
    assert r.failed_phase == "greeting" and "Too many connections" in r.hosts[0].steps[-1].detail


def test_greylisting_is_recognised():
    with ScriptedServer(greylist=True) as server:
        r = resilient_smtp.probe(
            server.address, rcpt_to="bob@example.net", mail_from="alice@example.com", helo_name=HELO
        )
    assert not r.ok and r.failed_phase == "rcpt" and kinds(r) == ["greylisted"]
    assert phases(r)[-2:] == ["rset", "quit"]


def test_domain_lists_each_mx_host_in_preference_order():
    port = free_port("127.0.0.3")
    mx = [("example.test", "mx1.example.test", 10), ("example.test", "mx2.example.test", 20)]
    a = [("mx1.example.test", "127.0.0.2"), ("mx2.example.test", "127.0.0.3")]
    with Dnsmasq(mx=mx, a=a) as dns, SmtpSink(host="127.0.0.3", port=port):
        r = resilient_smtp.probe("postmaster@example.test", port=port, resolver=dns.address, helo_name=HELO)
    assert r.mode == "mx" and r.mx == [(10, "mx1.example.test"), (20, "mx2.example.test")]
    assert [(h.host, h.ip, h.preference) for h in r.hosts] == [
        ("mx1.example.test", "127.0.0.2", 10),
        ("mx2.example.test", "127.0.0.3", 20),
    ]
    assert [h.ok for h in r.hosts] == [False, True]
    assert r.hosts[0].failed_phase == "connect"
    assert r.ok  # mail gets through the second MX
    assert r.steps[0].phase == "resolve" and "MX 10 mx1.example.test" in r.steps[0].detail
    assert phases(r, 1)[:2] == ["resolve", "connect"]
    assert "mx1.example.test" in str(r) and "mx2.example.test" in str(r)


def test_null_mx():
    with Dnsmasq(mx=[("nomail.test", ".", 0)]) as dns:
        r = resilient_smtp.probe("nomail.test", resolver=dns.address, helo_name=HELO)
    assert not r.ok and r.failed_phase == "resolve" and kinds(r) == ["null_mx"]
    assert r.hosts == [] and r.exit_code == 20


def test_to_dict_round_trips_through_json():
    with SmtpSink() as sink:
        r = resilient_smtp.probe(sink.address, rcpt_to="bob@example.net", helo_name=HELO)
    d = r.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["ok"] is True and d["hosts"][0]["steps"][0]["phase"] == "connect"


class _TableParser(HTMLParser):
    """Checks that tags nest properly and collects the steps table's body rows with their class."""

    VOID: ClassVar[set[str]] = {"br", "hr", "img", "meta", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tables = 0
        self.rows: list[tuple[str | None, list[str]]] = []
        self.in_body = False
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "table":
            self.tables += 1
        if tag == "tbody" and self.tables == 1:
            self.in_body = True
        if tag == "tr" and self.in_body:
            self.rows.append((dict(attrs).get("class"), []))
        if tag == "td" and self.in_body:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag == "tbody":
            self.in_body = False
        if tag == "td" and self.cell is not None:
            self.rows[-1][1].append("".join(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def test_repr_html_is_valid_html_with_one_row_per_step_and_the_failure_highlighted():
    with SmtpSink("-f", "RCPT") as sink:
        r = resilient_smtp.probe(sink.address, rcpt_to="bob@example.net", helo_name=HELO)
    page = r._repr_html_()
    parser = _TableParser()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    steps = r.rows()
    assert len(parser.rows) == len(steps) == len(r.hosts[0].steps)
    assert [cells[2] for _, cells in parser.rows] == [str(s.phase) for _, _, s in steps]
    failing = [cells[2] for cls, cells in parser.rows if cls == "fail"]
    assert failing == ["rcpt"]
    assert r.failed_phase == "rcpt"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"port": 0}, "port"),
        ({"tls": "sometimes"}, "tls"),
        ({"mail_from": "a@b.c\r\nRSET"}, "mail_from"),
        ({"rcpt_to": "not an address"}, "rcpt_to"),
        ({"username": "u"}, "password"),
        ({"timeouts": {"greting": 1}}, "greting"),
        ({"resolver": "dns.example"}, "resolver"),
    ],
)
def test_bad_input_is_a_value_error_before_any_connection(kwargs, message):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.2)
        with pytest.raises(ValueError, match=message):
            resilient_smtp.probe(f"127.0.0.1:{listener.getsockname()[1]}", helo_name=HELO, **kwargs)
        with pytest.raises(socket.timeout):
            listener.accept()  # nobody connected


def test_implicit_tls_handshake_comes_before_the_greeting(pki):
    # aiosmtpd does not count implicit TLS as TLS for auth_require_tls: without the flag it offers AUTH after EHLO.
    with TlsServer(pki, implicit=True, users={"alice": SECRET}, auth_require_tls=False) as server:
        r = resilient_smtp.probe(
            f"127.0.0.1:{server.port}",
            tls="implicit",
            ca_file=pki.ca_file,
            username="alice",
            password=SECRET,
            helo_name=HELO,
        )
    assert r.ok, str(r)
    assert phases(r) == ["connect", "starttls", "greeting", "ehlo", "auth", "quit"]
    assert r.hosts[0].tls is not None and r.hosts[0].tls["certificate"]["subject"] == "CN=localhost"


def test_failed_phase_of_a_domain_is_the_furthest_any_host_got():
    port = free_port("127.0.0.3")
    mx = [("example.test", "mx1.example.test", 10), ("example.test", "mx2.example.test", 20)]
    a = [("mx1.example.test", "127.0.0.2"), ("mx2.example.test", "127.0.0.3")]
    with Dnsmasq(mx=mx, a=a) as dns, SmtpSink("-Q", "CONNECT", host="127.0.0.3", port=port):
        r = resilient_smtp.probe("postmaster@example.test", port=port, resolver=dns.address, helo_name=HELO)
    assert [h.failed_phase for h in r.hosts] == ["connect", "greeting"]
    assert not r.ok and r.failed_phase == "greeting" and r.exit_code == 22
