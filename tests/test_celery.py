"""resilient_smtp.celery with real Celery workers (``celery -A celeryapp worker --pool=solo``) over a Redis broker
(Debian's redis-server on a loopback port): 100 messages to smtp-sink; a greylisted recipient retried by Celery; a
5xx and a maybe-delivered message never retried."""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import celery
import pytest
from conftest import make_message
from peers import ScriptedServer, SmtpSink, free_port, stop, tool, wait_listening
from resilient_smtp.celery import SCHEDULE_DEFAULTS, countdown, enqueue, send_message
from resilient_smtp.errors import RecipientsRefused

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    directory = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [
            tool("redis-server"),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_listening("127.0.0.1", port, proc=proc)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def producer(broker: str) -> Iterator[celery.Celery]:
    app = celery.Celery("producer", broker=broker, backend=broker, set_as_current=True)
    app.conf.update(result_extended=True, broker_connection_retry_on_startup=True)
    yield app
    app.close()


def start_worker(broker: str, queue: str, settings: dict, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "TEST_CELERY_BROKER": broker,
        "TEST_RESILIENT_SMTP": json.dumps(settings),
        "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
    }
    args = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "celeryapp",
        "worker",
        "--pool=solo",
        "-Q",
        queue,
        "-l",
        "info",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-n",
        f"{queue}@%h",
    ]
    with log.open("w") as out:  # the worker keeps its own copy of the descriptor
        return subprocess.Popen(args, cwd=HERE, env=env, stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture(scope="module")
def sink_worker(broker: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        proc = start_worker(
            broker, "sink", {"host": sink.host, "port": sink.port}, tmp_path_factory.mktemp("w") / "log"
        )
        try:
            yield sink
        finally:
            stop(proc)


class Faults:
    """RCPT: grey* greylisted once, nobody@ refused (5xx); ".": no reply for uncertain* (maybe delivered)."""

    def __init__(self) -> None:
        self.greylisted: set[str] = set()

    def rcpt(self, conv, line: str) -> bool:
        rcpt = line[8:].split(">")[0].lstrip("<")
        if rcpt.startswith("grey") and rcpt not in self.greylisted:
            self.greylisted.add(rcpt)
            conv.reply("450 4.7.1 Greylisted, try again later")
        elif rcpt.startswith("nobody@"):
            conv.reply("550 5.1.1 No such user")
        else:
            conv.recipients.append(rcpt)
            conv.reply("250 2.1.5 Ok")
        return True

    def dot(self, conv, line: str) -> bool:
        if any(r.startswith("uncertain") for r in conv.recipients):
            conv.stall()
            return False
        conv.reply("250 2.0.0 Ok: queued")
        return True


@pytest.fixture(scope="module")
def faults_worker(broker: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScriptedServer]:
    faults = Faults()
    with ScriptedServer({"RCPT": faults.rcpt, ".": faults.dot}) as server:
        settings = {
            "host": server.host,
            "port": server.port,
            "retry": 1,  # no retry inside the task: a retry seen at the server is Celery's
            "timeouts": {"data_done": 0.5},
            "first_retry": 0.2,
            "max_retry_delay": 1,
        }
        proc = start_worker(broker, "faults", settings, tmp_path_factory.mktemp("w") / "log")
        try:
            yield server
        finally:
            stop(proc)


def rcpt_count(server: ScriptedServer, who: str) -> int:
    return sum(c.upper().startswith("RCPT") and who in c for c in server.commands)


def test_100_messages_delivered_by_a_worker(producer, sink_worker: SmtpSink) -> None:
    assert send_message.name == "resilient_smtp.send"
    assert send_message.acks_late  # a worker lost mid-task leaves the message to another
    results = [enqueue(make_message(to=f"user{i}@example.net", subject=f"n{i}"), queue="sink") for i in range(100)]
    outcomes = [r.get(timeout=60) for r in results]
    assert [o["code"] for o in outcomes] == [250] * 100
    assert sink_worker.received() == 100


def test_greylisted_is_retried_by_celery_and_delivered(producer, faults_worker: ScriptedServer) -> None:
    msg = make_message(to="grey1@example.net")
    msg.set_content("Grüße\n")
    started = time.monotonic()
    result = enqueue(msg, queue="faults")
    outcome = result.get(timeout=60)
    assert outcome["code"] == 250
    assert time.monotonic() - started >= 1  # the countdown was waited: retry_after (300 s) capped by max_retry_delay
    assert result.retries == 1
    assert rcpt_count(faults_worker, "grey1@") == 2
    (got,) = [m for m in faults_worker.messages if "grey1@example.net" in m.recipients]
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    assert parsed["Message-ID"] == outcome["message_id"]
    assert parsed.get_content().strip() == "Grüße"


def test_a_recipient_greylisted_among_accepted_ones_is_retried_alone(producer, faults_worker: ScriptedServer) -> None:
    msg = make_message(to="grey2@example.net", Bcc="audit@example.org")
    result = enqueue(msg, queue="faults")
    outcome = result.get(timeout=60)
    assert result.retries == 1
    assert outcome["refused"] == {}
    copies = [m for m in faults_worker.messages if outcome["message_id"] in m.data.decode()]
    assert [m.recipients for m in copies] == [["audit@example.org"], ["grey2@example.net"]]
    assert all(b"Bcc" not in m.data and b"audit@" not in m.data for m in copies)


def test_a_5xx_is_not_retried(producer, faults_worker: ScriptedServer) -> None:
    result = enqueue(make_message(to="nobody@example.net"), queue="faults")
    with pytest.raises(Exception) as info:
        result.get(timeout=60)
    assert type(info.value).__name__ == RecipientsRefused.__name__
    assert result.state == "FAILURE"
    assert result.retries == 0
    time.sleep(1.5)  # longer than any countdown the schedule allows
    assert rcpt_count(faults_worker, "nobody@") == 1


def test_maybe_delivered_is_never_retried(producer, faults_worker: ScriptedServer) -> None:
    result = enqueue(make_message(to="uncertain@example.net"), queue="faults")
    with pytest.raises(Exception) as info:
        result.get(timeout=60)
    assert type(info.value).__name__ == "UncertainTimeout"
    assert result.retries == 0
    time.sleep(1.5)
    assert rcpt_count(faults_worker, "uncertain@") == 1


def test_countdown_follows_the_queue_schedule() -> None:
    greylisted = 300.0  # the core's retry_after for a greylisting reply
    assert countdown(greylisted, 0, SCHEDULE_DEFAULTS) == 300  # first_retry, and the error's retry_after
    later = [countdown(greylisted, n, SCHEDULE_DEFAULTS) for n in range(1, 8)]
    assert 300 <= later[0] <= 600 and 1200 <= later[2] <= 2400
    assert 2000 <= later[-1] <= SCHEDULE_DEFAULTS["max_retry_delay"]  # capped (and jittered below the cap)
    hurried = {"first_retry": 1, "max_retry_delay": 2, "lifetime": 60}
    assert countdown(greylisted, 0, hurried) == 2  # the cap wins over retry_after
    assert 0.5 <= countdown(None, 0, hurried) <= 1


def test_enqueue_refuses_a_bad_message_before_queueing(producer) -> None:
    with pytest.raises(ValueError, match="no sender"):
        enqueue(b"Subject: no From\r\n\r\nbody\r\n", recipients=["a@example.net"])
    with pytest.raises(ValueError, match="no recipients"):
        enqueue(b"From: a@example.com\r\nSubject: nobody\r\n\r\nbody\r\n")
