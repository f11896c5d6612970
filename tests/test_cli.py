"""The command line (``python -m resilient_smtp`` and the ``resilient-smtp`` script): probe exit codes per failed
phase, send against smtp-sink, and the in-process demo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import make_message
from peers import Dnsmasq, SmtpSink, TlsServer, closed_port
from resilient_smtp._probe import EXIT_CODES

SECRET = "cli-Pa55-secret"


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "RESILIENT_SMTP_PASSWORD"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "resilient_smtp", *args],
        capture_output=True,
        timeout=timeout,
        env=full_env,
        input=stdin if stdin is not None else b"",
        check=False,
    )


def out(p: subprocess.CompletedProcess) -> str:
    return p.stdout.decode() + p.stderr.decode()


def test_exit_code_table_is_one_code_per_phase():
    assert EXIT_CODES["ok"] == 0
    assert [
        EXIT_CODES[p] for p in ("resolve", "connect", "greeting", "ehlo", "starttls", "auth", "mail", "rcpt")
    ] == list(range(20, 28))
    assert len(set(EXIT_CODES.values())) == len(EXIT_CODES)
    # The table printed by --help is the one the code uses.
    help_text = cli("probe", "--help").stdout.decode()
    for phase in ("resolve", "connect", "greeting", "ehlo", "starttls", "auth", "mail", "rcpt"):
        assert f"{EXIT_CODES[phase]} {phase}" in help_text


def test_probe_ok_exits_0_and_prints_the_table():
    with SmtpSink() as sink:
        p = cli("probe", sink.address, "--rcpt", "bob@example.net", "--helo", "cli.test")
    assert p.returncode == 0, out(p)
    text = p.stdout.decode()
    assert "USABLE" in text and "rcpt" in text and "rset" in text


@pytest.mark.parametrize(
    "sink_options, extra, phase",
    [
        (("-Q", "CONNECT"), (), "greeting"),
        (("-W", "CONNECT:30"), ("--timeout", "0.5"), "greeting"),
        (("-Q", "EHLO"), (), "ehlo"),
        ((), ("--tls", "starttls"), "starttls"),
        (("-f", "MAIL"), ("--rcpt", "bob@example.net"), "mail"),
        (("-f", "RCPT"), ("--rcpt", "bob@example.net"), "rcpt"),
    ],
)
def test_probe_exit_code_per_failed_phase(sink_options, extra, phase):
    with SmtpSink(*sink_options) as sink:
        p = cli("probe", sink.address, "--helo", "cli.test", *extra)
    assert p.returncode == EXIT_CODES[phase], out(p)
    assert f"failed at {phase}" in p.stdout.decode()


def test_probe_exit_code_connect():
    p = cli("probe", f"127.0.0.1:{closed_port()}", "--helo", "cli.test")
    assert p.returncode == EXIT_CODES["connect"] == 21, out(p)
    assert "connection refused" in p.stdout.decode()


def test_probe_exit_code_resolve_for_a_null_mx():
    with Dnsmasq(mx=[("nomail.test", ".", 0)]) as dns:
        p = cli("probe", "nomail.test", "--resolver", dns.address, "--helo", "cli.test")
    assert p.returncode == EXIT_CODES["resolve"] == 20, out(p)
    assert "null MX" in p.stdout.decode()


def test_probe_auth_password_from_the_environment_never_printed(pki):
    with TlsServer(pki, users={"alice": "right"}) as server:
        bad = cli(
            "probe",
            f"127.0.0.1:{server.port}",
            "--tls",
            "starttls",
            "--ca-file",
            str(pki.ca_file),
            "--user",
            "alice",
            "--helo",
            "cli.test",
            env={"RESILIENT_SMTP_PASSWORD": SECRET},
        )
        good = cli(
            "probe",
            f"127.0.0.1:{server.port}",
            "--tls",
            "starttls",
            "--ca-file",
            str(pki.ca_file),
            "--user",
            "alice",
            "--helo",
            "cli.test",
            "--json",
            env={"RESILIENT_SMTP_PASSWORD": "right"},
        )
    assert bad.returncode == EXIT_CODES["auth"] == 25, out(bad)
    assert SECRET not in out(bad)
    assert good.returncode == 0, out(good)
    report = json.loads(good.stdout)
    assert report["ok"] is True and report["hosts"][0]["authenticated"] is True
    assert report["hosts"][0]["tls"]["certificate"]["subject"] == "CN=localhost"
    assert "right" not in good.stdout.decode()


def test_user_without_password_or_terminal_is_a_usage_error():
    p = cli("probe", "127.0.0.1:25", "--user", "alice")
    assert p.returncode == 2 and "RESILIENT_SMTP_PASSWORD" in p.stderr.decode()


def test_usage_errors_exit_2():
    assert cli("probe").returncode == 2
    assert cli("probe", "127.0.0.1:0").returncode == 2
    assert cli("send", "--host", "127.0.0.1:25", "--from", "a@example.com").returncode == 2  # no --to


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "resilient-smtp"
    p = subprocess.run(
        [str(script), "probe", f"127.0.0.1:{closed_port()}", "--helo", "cli.test"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert p.returncode == 21, out(p)


def test_send_against_smtp_sink_prints_the_timeline():
    with SmtpSink() as sink:
        p = cli(
            "send",
            "--host",
            f"127.0.0.1:{closed_port()}",
            "--host",
            sink.address,
            "--from",
            "alice@example.com",
            "--to",
            "bob@example.net",
            "--subject",
            "cli",
            "--body",
            "hello from the CLI",
            "--helo",
            "cli.test",
        )
        assert p.returncode == 0, out(p)
        assert sink.received() == 1
        assert b"hello from the CLI" in sink.messages()[0]
    text = p.stdout.decode()
    assert "connect failed" in text and "DELIVERED" in text and "attempt 1" in text


def test_send_a_file_from_stdin(tmp_path):
    data = make_message(subject="from a file").as_bytes()
    with SmtpSink() as sink:
        p = cli(
            "send",
            "--host",
            sink.address,
            "--from",
            "alice@example.com",
            "--to",
            "bob@example.net",
            "--file",
            "-",
            "--helo",
            "cli.test",
            stdin=data,
        )
        assert p.returncode == 0, out(p)
        assert sink.received() == 1 and b"Subject: from a file" in sink.messages()[0]


def test_send_failure_exit_code_is_the_phase():
    with SmtpSink("-f", "RCPT") as sink:
        p = cli(
            "send",
            "--host",
            sink.address,
            "--from",
            "alice@example.com",
            "--to",
            "bob@example.net",
            "--retry",
            "1",
            "--helo",
            "cli.test",
        )
    assert p.returncode == EXIT_CODES["rcpt"], out(p)
    assert "NOT DELIVERED" in p.stdout.decode()


def test_send_lost_final_reply_exits_3():
    with SmtpSink("-W", ".:30") as sink:
        p = cli(
            "send",
            "--host",
            sink.address,
            "--from",
            "alice@example.com",
            "--to",
            "bob@example.net",
            "--timeout",
            "0.5",
            "--helo",
            "cli.test",
        )
    assert p.returncode == 3, out(p)
    assert "MAYBE DELIVERED" in p.stdout.decode()


def _no_network_prefix() -> list:
    """Runs the demo in a fresh network namespace with only loopback up, when this machine lets us (root, unshare)."""
    usable = os.geteuid() == 0 and shutil.which("unshare") and shutil.which("ip", path="/usr/sbin:/sbin:/usr/bin")
    probe = (
        subprocess.run(
            ["unshare", "-n", "sh", "-c", "PATH=/usr/sbin:/sbin:$PATH; ip link set lo up"],
            capture_output=True,
            check=False,
        )
        if usable
        else None
    )
    if probe is not None and probe.returncode == 0:
        return ["unshare", "-n", "sh", "-c", 'PATH=/usr/sbin:/sbin:$PATH; ip link set lo up && exec "$@"', "sh"]
    return []


def test_demo_exits_0_within_60_s_without_network_and_tells_failover_and_backoff():
    prefix = _no_network_prefix()
    started = time.monotonic()
    p = subprocess.run(
        [*prefix, sys.executable, "-m", "resilient_smtp", "demo"], capture_output=True, timeout=60, check=False
    )
    took = time.monotonic() - started
    text = p.stdout.decode()
    assert p.returncode == 0, out(p)
    assert took < 60
    assert "failover to the next relay" in text
    assert "backoff: waited" in text and "backing off before the next attempt" in text
    assert "delivered by healthy" in text and "delivered by greylisting after 2 attempts" in text
    assert "UncertainTimeout (maybe_delivered=True)" in text
    assert "UNEXPECTED" not in text
    assert p.stderr == b"", p.stderr.decode()


def test_verbose_logs_each_command_with_credentials_redacted(pki):
    with TlsServer(pki, users={"alice": SECRET}) as server:
        p = cli(
            "-vv",
            "send",
            "--host",
            f"127.0.0.1:{server.port}",
            "--tls",
            "starttls",
            "--ca-file",
            str(pki.ca_file),
            "--user",
            "alice",
            "--from",
            "alice@example.com",
            "--to",
            "bob@example.net",
            "--helo",
            "cli.test",
            env={"RESILIENT_SMTP_PASSWORD": SECRET},
        )
    assert p.returncode == 0, out(p)
    logs = p.stderr.decode()
    assert "C: STARTTLS" in logs and "C: MAIL FROM:<alice@example.com>" in logs and "AUTH" in logs
    assert SECRET not in logs and SECRET not in p.stdout.decode()
    import base64

    for encoded in (base64.b64encode(f"\0alice\0{SECRET}".encode()), base64.b64encode(SECRET.encode())):
        assert encoded.decode() not in logs
