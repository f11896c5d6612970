"""asyncio: send_async delivers, scales to many concurrent sends, and cancellation closes the connection at once."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
import resilient_smtp
from conftest import make_message
from peers import ScriptedServer, SmtpSink, stall


def test_send_async_delivers() -> None:
    with SmtpSink() as sink:
        result = asyncio.run(resilient_smtp.send_async(make_message(), sink.address, tls="off"))
        assert result.code == 250
        assert result.message_id
        assert sink.received() == 1
        assert result.message_id.encode() in sink.messages()[0]


def test_200_concurrent_send_async_all_succeed() -> None:
    async def main(address: str) -> list[resilient_smtp.SendResult]:
        return await asyncio.gather(
            *[resilient_smtp.send_async(make_message(subject=f"n{i}"), address, tls="off", retry=1) for i in range(200)]
        )

    with SmtpSink(backlog=256) as sink:
        results = asyncio.run(main(sink.address))
        assert [r.code for r in results] == [250] * 200
        assert len({r.message_id for r in results}) == 200
        assert sink.received() == 200


def _stall_until_closed(closed: threading.Event):
    """A greeting that never comes; sets ``closed`` when the client closes its end."""

    def act(conv, line: str) -> bool:
        conv.sock.settimeout(10)
        try:
            if conv.sock.recv(1) == b"":
                closed.set()
        except OSError:
            closed.set()
        return False

    return act


def test_wait_for_cancels_at_once_and_closes_the_connection() -> None:
    closed = threading.Event()
    with ScriptedServer({"greeting": _stall_until_closed(closed)}) as server:

        async def main() -> float:
            start = time.monotonic()
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(
                    resilient_smtp.send_async(make_message(), server.address, tls="off", retry=1), 0.3
                )
            return time.monotonic() - start

        elapsed = asyncio.run(main())
        assert elapsed < 0.7
        cancelled_at = time.monotonic()
        assert closed.wait(5), "the server never saw the connection closed"
        assert time.monotonic() - cancelled_at < 0.5


def test_task_cancel_closes_the_connection() -> None:
    closed = threading.Event()
    with ScriptedServer({"greeting": _stall_until_closed(closed)}) as server:

        async def main() -> None:
            task = asyncio.ensure_future(resilient_smtp.send_async(make_message(), server.address, tls="off"))
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(main())
        assert closed.wait(1.0)


@pytest.mark.parametrize("phase", ["MAIL", "DATA", "."])
def test_phase_timeout_raises_the_same_exceptions_as_sync(phase: str) -> None:
    limit = {"MAIL": "mail", "DATA": "data", ".": "data_done"}[phase]
    with ScriptedServer({phase: stall}) as server:
        options = {"tls": "off", "retry": 1, "timeouts": {limit: 0.3}}
        with pytest.raises(resilient_smtp.DeliveryError) as sync_err:
            resilient_smtp.send(make_message(), server.address, **options)

        async def main() -> BaseException:
            try:
                await resilient_smtp.send_async(make_message(), server.address, **options)
            except resilient_smtp.DeliveryError as e:
                return e
            raise AssertionError("send_async did not raise")

        async_err = asyncio.run(main())
    assert type(async_err) is type(sync_err.value)
    assert async_err.phase == sync_err.value.phase == limit
    assert isinstance(async_err, TimeoutError)


def test_refused_delivery_raises_from_send_async() -> None:
    with SmtpSink("-f", "RCPT") as sink:
        with pytest.raises(resilient_smtp.RecipientsRefused) as err:
            asyncio.run(resilient_smtp.send_async(make_message(), sink.address, tls="off", retry=1))
        assert err.value.phase == "rcpt"
        assert 500 <= err.value.smtp_code < 600
        assert sink.received() == 0


def test_cancelled_pooled_connection_is_never_reused() -> None:
    closed = threading.Event()
    count = {"n": 0}

    def final_reply(conv, line: str) -> bool:
        count["n"] += 1
        if count["n"] == 2:
            return _stall_until_closed(closed)(conv, line)
        conv.reply("250 2.0.0 Ok: queued")
        return True

    with ScriptedServer({".": final_reply}) as server:

        async def main() -> None:
            async with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
                await sender.send_async(make_message())
                with pytest.raises(asyncio.TimeoutError):
                    await asyncio.wait_for(sender.send_async(make_message()), 0.3)
                assert closed.wait(1.0)
                result = await sender.send_async(make_message())
                assert result.code == 250
                # The first connection carried 2 transactions (one cancelled); the third needed a new one.
                assert sender.pool_stats[0] == 2

        asyncio.run(main())
        assert server.connections == 2
        assert len(server.messages) == 3  # the cancelled one was read in full, but its reply never came
