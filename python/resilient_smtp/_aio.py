"""The asyncio side of native operations: one completion queue per event loop, drained on the loop's own thread.

A native operation runs on the Rust runtime and, when done, queues its outcome and writes a byte to a socket pair
whose reading end the loop watches (``loop.add_reader``); the reader callback calls ``Completions.take()``, which
builds the Python results with the GIL the loop thread already holds. No Rust thread ever enters Python, which is
what made pyo3-async-runtimes' ``future_into_py`` abort at interpreter exit (its issue #40). Cancelling a future
aborts its native task at once: the connection is dropped, never returned to a pool.
"""

from __future__ import annotations

import asyncio
import functools
import socket
import weakref
from typing import Any

from . import _core

__all__ = ["bridge"]


class _Bridge:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = weakref.ref(loop)  # weak: the loop owns its bridge, not the other way round
        self.rsock, self.wsock = socket.socketpair()
        self.rsock.setblocking(False)
        self.wsock.setblocking(False)
        self.native = _core.Completions(self.wsock.fileno())
        self.futures: dict[int, asyncio.Future[Any]] = {}
        loop.add_reader(self.rsock.fileno(), self._drain)
        self.closed = False

    def watch(self, op_id: int) -> asyncio.Future[Any]:
        """The future of native operation ``op_id``; cancelling it aborts the operation."""
        fut = asyncio.get_running_loop().create_future()
        self.futures[op_id] = fut
        fut.add_done_callback(functools.partial(self._done, op_id))
        return fut

    def _done(self, op_id: int, fut: asyncio.Future[Any]) -> None:
        self.futures.pop(op_id, None)
        if fut.cancelled():
            self.native.cancel(op_id)

    def _drain(self) -> None:
        try:
            while self.rsock.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        for op_id, ok, value in self.native.take():
            fut = self.futures.pop(op_id, None)
            if fut is None or fut.done():
                continue
            if ok:
                fut.set_result(value)
            else:
                fut.set_exception(value)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for op_id in list(self.futures):
            self.native.cancel(op_id)
        loop: asyncio.AbstractEventLoop | None = self._loop()
        if loop is not None and not loop.is_closed():
            try:
                loop.remove_reader(self.rsock.fileno())
            except (RuntimeError, ValueError, OSError):
                pass
        self.rsock.close()
        self.wsock.close()


_bridges: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Bridge] = weakref.WeakKeyDictionary()


def bridge() -> _Bridge:
    """The running loop's bridge (created on first use; closed when the loop is collected or closed)."""
    loop = asyncio.get_running_loop()
    b = _bridges.get(loop)
    if b is None or b.closed:
        for other_loop, other in list(_bridges.items()):
            if other_loop.is_closed():
                other.close()
                _bridges.pop(other_loop, None)
        b = _Bridge(loop)
        _bridges[loop] = b
        weakref.finalize(loop, _close_sockets, b.rsock, b.wsock)
    return b


def _close_sockets(*socks: socket.socket) -> None:
    for s in socks:
        s.close()


def close_all() -> None:
    """Closes every loop's bridge (at exit: ``_client`` calls this before stopping Rust threads entering Python)."""
    for b in list(_bridges.values()):
        b.close()
