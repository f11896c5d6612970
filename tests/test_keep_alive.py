"""send()'s connection cache: calls with the same settings share a connection for ``keep_alive`` seconds (Postfix's
on-demand connection cache), under the pool's rules; nothing of it outlives its time, the process, or a fork."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import resilient_smtp
from conftest import make_message
from peers import ScriptedServer, refuse_nobody
from resilient_smtp import _client

PASSWORD = "s3cret-keep-alive-pw"


@pytest.fixture(autouse=True)
def _fresh_cache():
    _client.close_cached()
    yield
    _client.close_cached()


def test_calls_with_the_same_settings_share_a_connection() -> None:
    with ScriptedServer() as server:
        first = resilient_smtp.send(make_message(subject="one"), server.address, tls="off")
        second = resilient_smtp.send(make_message(subject="two"), server.address, tls="off")
        assert first.code == second.code == 250
        assert server.connections == 1
        assert len(server.messages) == 2
        # The second transaction starts with RSET (Postfix's check of a cached connection), pipelined with MAIL.
        verbs = server.verbs()
        assert verbs.count("EHLO") == 1 and verbs.count("QUIT") == 0
        assert verbs[verbs.index("DATA") + 1 :][:2] == ["RSET", "MAIL"]


def test_keep_alive_zero_opens_and_quits_a_connection_per_call() -> None:
    with ScriptedServer() as server:
        for _ in range(2):
            resilient_smtp.send(make_message(), server.address, tls="off", keep_alive=0)
        assert server.wait_until(lambda: server.verbs().count("QUIT") == 2)
        assert server.connections == 2 and "RSET" not in server.verbs()


def test_idle_connection_gets_quit_after_keep_alive() -> None:
    with ScriptedServer() as server:
        start = time.monotonic()
        resilient_smtp.send(make_message(), server.address, tls="off", keep_alive=0.2)
        # The reaper looks every keep_alive/2: closed by 1.5x the limit, with slack for a loaded machine.
        assert server.wait_until(lambda: "QUIT" in server.verbs(), timeout=2.0)
        assert time.monotonic() - start < 0.2 * 1.5 + 0.5
        resilient_smtp.send(make_message(), server.address, tls="off", keep_alive=0.2)
        assert server.connections == 2


@pytest.mark.parametrize(
    "change",
    [
        {"helo_name": "other.example.com"},
        {"timeouts": {"mail": 5.0}},
        {"username": "alice", "password": "other", "allow_insecure_auth": True},
    ],
)
def test_different_settings_do_not_share(change) -> None:
    with ScriptedServer(ehlo_lines=("PIPELINING", "AUTH PLAIN LOGIN"), replies={"AUTH": "235 2.7.0 Ok"}) as server:
        resilient_smtp.send(make_message(), server.address, tls="off")
        resilient_smtp.send(make_message(), server.address, tls="off", **change)
        assert server.connections == 2


def test_no_reuse_after_a_failed_transaction() -> None:
    with ScriptedServer({"RCPT": refuse_nobody}) as server:
        resilient_smtp.send(make_message(), server.address, tls="off")
        with pytest.raises(resilient_smtp.RecipientsRefused):
            resilient_smtp.send(make_message(to="nobody@example.net"), server.address, tls="off")
        resilient_smtp.send(make_message(), server.address, tls="off")
        # one, reused once (its refused transaction ended it), then a new one
        assert server.connections == 2
        assert server.wait_until(lambda: server.verbs().count("QUIT") == 1)


def test_a_connection_the_server_dropped_is_replaced_before_anything_is_sent() -> None:
    def final(conv, line: str) -> bool:
        conv.reply("250 2.0.0 Ok")
        return False  # and hang up

    with ScriptedServer({".": final}) as server:
        resilient_smtp.send(make_message(subject="one"), server.address, tls="off", retry=1)
        time.sleep(0.1)
        assert resilient_smtp.send(make_message(subject="two"), server.address, tls="off", retry=1).code == 250
        assert server.connections == 2 and len(server.messages) == 2


def test_bad_keep_alive_is_refused_before_connecting() -> None:
    with ScriptedServer() as server:
        for bad in (-1, "2", True, 1e9):
            with pytest.raises(ValueError, match="keep_alive"):
                resilient_smtp.send(make_message(), server.address, tls="off", keep_alive=bad)
        assert server.connections == 0


def test_password_is_not_kept_by_the_cache() -> None:
    with ScriptedServer(ehlo_lines=("PIPELINING", "AUTH PLAIN"), replies={"AUTH": "235 2.7.0 Ok"}) as server:
        resilient_smtp.send(
            make_message(), server.address, tls="off", username="alice", password=PASSWORD, allow_insecure_auth=True
        )
    kept = repr(list(_client._cache)) + repr(list(_client._checked.items()))
    assert "alice" in kept and PASSWORD not in kept and PASSWORD.encode().hex() not in kept


def test_send_async_shares_the_cache() -> None:
    import asyncio

    with ScriptedServer() as server:

        async def main() -> None:
            for _ in range(3):
                await resilient_smtp.send_async(make_message(), server.address, tls="off")

        asyncio.run(main())
        resilient_smtp.send(make_message(), server.address, tls="off")
        assert server.connections == 1 and len(server.messages) == 4


EXIT_SCRIPT = """
import sys, resilient_smtp
msg = b"From: a@example.com\\r\\nTo: b@example.net\\r\\nSubject: x\\r\\n\\r\\nhi\\r\\n"
resilient_smtp.send(msg, sys.argv[1], tls="off", keep_alive=60)
"""


def test_kept_connection_is_quit_at_exit() -> None:
    with ScriptedServer() as server:
        start = time.monotonic()
        subprocess.run([sys.executable, "-c", EXIT_SCRIPT, server.address], check=True, timeout=30)
        assert server.wait_until(lambda: "QUIT" in server.verbs())
        assert time.monotonic() - start < 20  # not kept for its 60 s


FORK_SCRIPT = """
import os, sys, resilient_smtp
msg = b"From: a@example.com\\r\\nTo: b@example.net\\r\\nSubject: %s\\r\\n\\r\\nhi\\r\\n"
send = lambda who: resilient_smtp.send(msg % who, sys.argv[1], tls="off", keep_alive=30, deadline=10)
send(b"parent-1")
pid = os.fork()
if pid == 0:
    code = 0
    try:
        send(b"child")
    except BaseException as e:
        print("child failed:", repr(e), flush=True)
        code = 1
    os._exit(code)
_, status = os.waitpid(pid, 0)
send(b"parent-2")
print("child exit", os.waitstatus_to_exitcode(status), flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() is POSIX only")
def test_forked_child_opens_its_own_connection_and_leaves_the_parents_alone() -> None:
    with ScriptedServer() as server:
        out = subprocess.run(
            [sys.executable, "-c", FORK_SCRIPT, server.address], capture_output=True, text=True, timeout=60
        )
        assert out.returncode == 0, out.stdout + out.stderr
        assert "child exit 0" in out.stdout, out.stdout + out.stderr
        subjects = sorted(m.data.split(b"Subject: ")[1].split(b"\r\n")[0] for m in server.messages)
        assert subjects == [b"child", b"parent-1", b"parent-2"]
        # The parent's second message went over its kept connection; the child used a connection of its own.
        assert server.connections == 2


def test_threads_share_the_cache_without_sharing_a_connection() -> None:
    import threading

    with ScriptedServer() as server:
        errors = []

        def worker(n: int) -> None:
            try:
                for i in range(5):
                    resilient_smtp.send(make_message(subject=f"{n}-{i}"), server.address, tls="off")
            except Exception as e:  # noqa: BLE001 (collected and asserted below)
                errors.append(e)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not errors and len(server.messages) == 30
        # Each connection carries one transaction at a time: at most one per thread, reused across calls.
        assert server.connections <= 6
        assert len({m.data.split(b"Subject: ")[1].split(b"\r\n")[0] for m in server.messages}) == 30


def test_a_kept_tls_connection_is_reused_without_a_new_handshake(pki) -> None:
    from peers import TlsServer

    with TlsServer(pki, users={"alice": "pw"}) as server:
        results = [
            resilient_smtp.send(
                make_message(subject=f"tls {i}"),
                f"localhost:{server.port}",
                tls="starttls",
                ca_file=pki.ca_file,
                username="alice",
                password="pw",
            )
            for i in range(3)
        ]
        assert len(server.messages) == 3
        assert server.connections == 1  # one STARTTLS and one AUTH for the three messages
        assert all(r.tls is not None and r.tls["verified"] is True for r in results)
        # Other credentials never ride on this authenticated connection.
        with pytest.raises(resilient_smtp.AuthenticationFailed):
            resilient_smtp.send(
                make_message(),
                f"localhost:{server.port}",
                tls="starttls",
                ca_file=pki.ca_file,
                username="alice",
                password="wrong",
                retry=1,
            )
        assert server.connections == 2


def test_mx_delivery_keeps_its_connection_too() -> None:
    from peers import Dnsmasq

    with (
        ScriptedServer(host="127.0.0.5") as server,
        Dnsmasq(mx=[("keep.test", "mx.keep.test", 10)], a=[("mx.keep.test", "127.0.0.5")]) as dns,
    ):
        for i in range(3):
            result = resilient_smtp.send(
                make_message(to=f"user{i}@keep.test"), None, server.port, resolver=dns.address, tls="off"
            )
            assert result.host == "mx.keep.test" and result.ip == "127.0.0.5"
        assert len(server.messages) == 3 and server.connections == 1
